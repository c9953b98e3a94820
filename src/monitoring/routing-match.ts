/**
 * Which agency has jurisdiction over a tip or an inspection's finding, by rules on place (country and an area
 * drawn on the map), kind of exploitation, children and severity. Pure: the same item and rules give the same
 * answer, tested case by case.
 */
export interface RoutableItem {
  type: 'tip' | 'inspection';
  kind: string | null;
  children: string | null;
  danger: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

export interface Rule {
  id: string;
  name: string;
  toAgencyId: string;
  appliesTo: string[];
  countries: string[] | null;
  area: [number, number][] | null;
  kinds: string[] | null;
  childrenOnly: boolean;
  minDanger: 'life' | 'high' | 'medium' | 'low' | null;
  priority: number;
  active: boolean;
}

/** Severity, higher is worse; a danger not yet known counts as high until someone has looked. */
const SEVERITY: Record<string, number> = { low: 1, medium: 2, unknown: 3, high: 3, life: 4 };

/** Ray casting on [lat, lon] vertices; a point on the boundary may fall either side. */
export function insidePolygon(lat: number, lon: number, polygon: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [yi, xi] = polygon[i] as [number, number];
    const [yj, xj] = polygon[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Why a rule does not take an item: codes the screens word. */
export const RULE_MISSES = [
  'inactive',
  'not_for_tips',
  'not_for_inspections',
  'other_country',
  'no_point',
  'outside_area',
  'other_kind',
  'no_children',
  'less_severe',
] as const;
export type RuleMiss = (typeof RULE_MISSES)[number];

/** Why a rule does not take this item, or null when it does. */
export function ruleMiss(rule: Rule, item: RoutableItem): RuleMiss | null {
  if (!rule.active) return 'inactive';
  if (!rule.appliesTo.includes(item.type))
    return item.type === 'tip' ? 'not_for_tips' : 'not_for_inspections';
  if (rule.countries?.length && (!item.country || !rule.countries.includes(item.country)))
    return 'other_country';
  if (rule.area?.length) {
    if (item.lat === null || item.lon === null) return 'no_point';
    if (!insidePolygon(item.lat, item.lon, rule.area)) return 'outside_area';
  }
  if (rule.kinds?.length && (!item.kind || !rule.kinds.includes(item.kind))) return 'other_kind';
  if (rule.childrenOnly && item.children !== 'yes') return 'no_children';
  if (rule.minDanger && (SEVERITY[item.danger ?? 'unknown'] ?? 3) < (SEVERITY[rule.minDanger] ?? 0))
    return 'less_severe';
  return null;
}

export interface Proposal {
  /** Agencies with jurisdiction, the most specific rule's priority first. */
  agencies: { agencyId: string; rules: { id: string; name: string }[]; priority: number }[];
  /** More than one agency has jurisdiction: the person routing decides, and may send to several. */
  overlap: boolean;
  /** Why nothing matched, when nothing did: no rule is set, or why each rule did not take it. */
  unmatched: { noRules: boolean; misses: RuleMiss[] } | null;
}

export function matchRules(
  rules: readonly Rule[],
  item: RoutableItem,
  fromAgencyId: string | null = null,
): Proposal {
  const byAgency = new Map<string, Proposal['agencies'][number]>();
  const misses = new Set<RuleMiss>();
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))) {
    if (rule.toAgencyId === fromAgencyId) continue;
    const miss = ruleMiss(rule, item);
    if (miss) {
      if (miss !== 'inactive') misses.add(miss);
      continue;
    }
    const a = byAgency.get(rule.toAgencyId) ?? {
      agencyId: rule.toAgencyId,
      rules: [],
      priority: rule.priority,
    };
    a.rules.push({ id: rule.id, name: rule.name });
    a.priority = Math.min(a.priority, rule.priority);
    byAgency.set(rule.toAgencyId, a);
  }
  const agencies = [...byAgency.values()].sort((a, b) => a.priority - b.priority);
  return {
    agencies,
    overlap: agencies.length > 1,
    unmatched: agencies.length
      ? null
      : { noRules: misses.size === 0, misses: RULE_MISSES.filter((m) => misses.has(m)) },
  };
}
