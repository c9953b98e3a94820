import { api } from '../../api.ts';
import type { Filters, GraphSource, Neighbourhood, PathAnswer } from './types.ts';

/** The filters as the network routes' query string (the paths route names the time window since/until). */
export function filterQuery(f: Filters, window: 'from' | 'since' = 'from'): string {
  const q = new URLSearchParams();
  if (f.from) q.set(window === 'from' ? 'from' : 'since', f.from);
  if (f.to) q.set(window === 'from' ? 'to' : 'until', f.to);
  if (f.types && f.types.length > 0) q.set('types', f.types.join(','));
  if (f.minWeight && f.minWeight > 1) q.set('minWeight', String(f.minWeight));
  if (f.worstSource) q.set('worstSource', f.worstSource);
  if (f.worstInfo) q.set('worstInfo', f.worstInfo);
  return q.toString();
}

const amp = (s: string) => (s ? `&${s}` : '');

/** The graph from the server: one step at a time, with the permission filter applied by the server. */
export const apiSource: GraphSource = {
  neighbours: (node, f) =>
    api.get<Neighbourhood>(
      `/api/intel/network/neighbourhood?node=${encodeURIComponent(node)}&hops=1${amp(filterQuery(f))}`,
    ),
  paths: (from, to, f) =>
    api.get<PathAnswer>(
      `/api/intel/network/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${amp(
        filterQuery(f, 'since'),
      )}`,
    ),
};
