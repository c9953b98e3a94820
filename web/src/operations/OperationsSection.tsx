import type { Me } from '../types.ts';
import { DecisionPage } from './DecisionPage.tsx';
import { OperationsPage } from './OperationsPage.tsx';

/** The decision id of an `#/operations/decisions/<id>` path, or null. */
export function decisionId(path: string): string | null {
  const m = /^\/operations\/decisions\/([^/]+)$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** `#/operations` and `#/operations/decisions/<id>`. */
export function OperationsSection({ path, me }: { path: string; me: Me }) {
  const id = decisionId(path);
  return id ? <DecisionPage id={id} me={me} /> : <OperationsPage me={me} />;
}
