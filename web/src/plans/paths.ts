/** The pages under `#/operations`, and their addresses. */

export type OperationsRoute =
  | { page: 'list' }
  | { page: 'decision'; id: string }
  | { page: 'operation'; id: string }
  | { page: 'field'; id: string }
  | { page: 'briefs' }
  | { page: 'brief'; id: string }
  | { page: 'missing' };

const PATTERNS: [RegExp, (id: string) => OperationsRoute][] = [
  [/^\/operations\/decisions\/([^/]+)$/, (id) => ({ page: 'decision', id })],
  [/^\/operations\/plan\/([^/]+)$/, (id) => ({ page: 'operation', id })],
  [/^\/operations\/plan\/([^/]+)\/field$/, (id) => ({ page: 'field', id })],
  [/^\/operations\/briefs\/([^/]+)$/, (id) => ({ page: 'brief', id })],
];

/** The page an `#/operations…` path opens, or null when the path is not in this section. */
export function operationsRoute(path: string): OperationsRoute | null {
  if (path === '/operations') return { page: 'list' };
  if (path === '/operations/briefs') return { page: 'briefs' };
  if (!path.startsWith('/operations/')) return null;
  for (const [re, make] of PATTERNS) {
    const id = re.exec(path)?.[1];
    if (id) return make(decodeURIComponent(id));
  }
  return { page: 'missing' };
}

export const operationPath = (id: string) => `/operations/plan/${encodeURIComponent(id)}`;
export const fieldPath = (id: string) => `${operationPath(id)}/field`;
export const briefPath = (id: string) => `/operations/briefs/${encodeURIComponent(id)}`;
export const exhibitPath = (id: string) => `/evidence/${encodeURIComponent(id)}`;
export const operationApi = (id: string) => `/api/operations/plans/${encodeURIComponent(id)}`;
