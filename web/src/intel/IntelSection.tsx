import type { Me } from '../types.ts';
import { EntityPage } from './EntityPage.tsx';
import { IntelPage } from './IntelPage.tsx';
import { MapPage } from './map/MapPage.tsx';
import { NumberPage } from './NumberPage.tsx';
import { NetworkSection } from './network/NetworkSection.tsx';
import { ReportPage } from './ReportPage.tsx';

/** The part of an `#/intel…` path after the section: a report's, an entity's or a phone number's page, or none. */
export function intelPage(path: string): { kind: 'reports' | 'entities' | 'phones'; id: string } | null {
  const m = /^\/intel\/(reports|entities|phones)\/([^/]+)$/.exec(path);
  return m?.[2] ? { kind: m[1] as 'reports' | 'entities' | 'phones', id: decodeURIComponent(m[2]) } : null;
}

/**
 * `#/intel`, `#/intel/reports/<id>`, `#/intel/entities/<id>`, `#/intel/phones/<E.164 number>`, the link chart
 * (`#/intel/network…`) and the map (`#/intel/map`).
 */
export function IntelSection({ path, me }: { path: string; me: Me }) {
  if (/^\/intel\/network(\/|\?|$)/.test(path)) return <NetworkSection path={path} me={me} />;
  if (/^\/intel\/map(\?|$)/.test(path)) return <MapPage me={me} />;
  const page = intelPage(path);
  if (page?.kind === 'reports') return <ReportPage id={page.id} me={me} />;
  if (page?.kind === 'entities') return <EntityPage id={page.id} me={me} />;
  if (page?.kind === 'phones') return <NumberPage number={page.id} me={me} />;
  return <IntelPage me={me} />;
}
