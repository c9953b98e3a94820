import type { Me } from '../types.ts';
import { EntityPage } from './EntityPage.tsx';
import { IntelPage } from './IntelPage.tsx';
import { ReportPage } from './ReportPage.tsx';

/** The part of an `#/intel…` path after the section: a report's or an entity's page, or none. */
export function intelPage(path: string): { kind: 'reports' | 'entities'; id: string } | null {
  const m = /^\/intel\/(reports|entities)\/([^/]+)$/.exec(path);
  return m?.[2] ? { kind: m[1] as 'reports' | 'entities', id: decodeURIComponent(m[2]) } : null;
}

/** `#/intel`, `#/intel/reports/<id>` and `#/intel/entities/<id>`. */
export function IntelSection({ path, me }: { path: string; me: Me }) {
  const page = intelPage(path);
  if (page?.kind === 'reports') return <ReportPage id={page.id} me={me} />;
  if (page?.kind === 'entities') return <EntityPage id={page.id} me={me} />;
  return <IntelPage me={me} />;
}
