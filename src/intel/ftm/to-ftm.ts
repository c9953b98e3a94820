import type { EntityType, LinkType } from '../registry.ts';
import { type FtmEntity, formatProvenance } from './line.ts';
import { ENTITY_MAP, EXT, LINK_MAP, type PropertyMap, roleProperty } from './mapping.ts';

/** Where a fact or link came from, as stored. */
export interface Origin {
  sourceGrade: string | null;
  infoGrade: string | null;
  assertedAt: Date;
  reportId: string | null;
  importId: string | null;
}
export interface OurFact extends Origin {
  attribute: string;
  value: string;
}
/** A link kept in FtM as a property of this entity (an Identification's holder), naming the other end. */
export interface OurRef extends Origin {
  type: LinkType;
  otherId: string;
}
export interface OurEntity {
  /** The id it is exported under: the FtM id it was imported with, else its own. */
  id: string;
  type: EntityType;
  label: string;
  facts: OurFact[];
  refs: OurRef[];
}
export interface OurLink extends Origin {
  id: string;
  type: LinkType;
  from: { id: string; type: EntityType; label: string };
  to: { id: string; type: EntityType; label: string };
}

const provenance = (o: Origin, property?: string, value?: string) =>
  formatProvenance({
    property,
    value,
    sourceGrade: o.sourceGrade,
    infoGrade: o.infoGrade,
    assertedAt: o.assertedAt,
    report: o.reportId,
    import: o.importId,
  });

/** Properties with their keys and values sorted, so one picture always gives the same bytes. */
function sorted(props: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries(
    [...props.keys()].sort().map((k) => [k, [...(props.get(k) ?? [])].sort()] as [string, string[]]),
  );
}

function collector() {
  const props = new Map<string, Set<string>>();
  return {
    props,
    add(property: string, value: string) {
      const set = props.get(property) ?? new Set<string>();
      set.add(value);
      props.set(property, set);
    },
  };
}

/** One of our entities as an FtM entity, its facts' provenance in `lantern:provenance`. */
export function entityToFtm(e: OurEntity): FtmEntity {
  const map = ENTITY_MAP[e.type];
  const attributes = map.attributes as Record<string, PropertyMap>;
  const { props, add } = collector();
  if (map.labelProperty) add(map.labelProperty, e.label);
  add(EXT.type, e.type);
  add(EXT.label, e.label);
  for (const f of e.facts) {
    const pm = attributes[f.attribute];
    if (!pm) continue;
    const value = pm.convert ? pm.convert.toFtm(f.value) : f.value;
    add(pm.property, value);
    add(EXT.provenance, provenance(f, pm.property, value));
  }
  for (const r of e.refs) {
    const m = LINK_MAP[r.type];
    if (m.kind !== 'ref') continue;
    add(m.property, r.otherId);
    add(EXT.provenance, provenance(r, m.property, r.otherId));
  }
  return { id: e.id, schema: map.schema, properties: sorted(props) };
}

/** One of our links as an FtM interval; null for links FtM keeps as a property of an end (see entityToFtm). */
export function linkToFtm(l: OurLink): FtmEntity | null {
  const m = LINK_MAP[l.type];
  if (m.kind !== 'edge') return null;
  const { props, add } = collector();
  add(m.from.byType?.[l.from.type] ?? m.from.property, l.from.id);
  add(m.to.byType?.[l.to.type] ?? m.to.property, l.to.id);
  if (m.role) add(roleProperty(m.schema), m.role);
  if (m.endLabels) {
    add(m.endLabels[0], l.from.label);
    add(m.endLabels[1], l.to.label);
  }
  add(EXT.linkType, l.type);
  add(EXT.provenance, provenance(l));
  return { id: l.id, schema: m.schema, properties: sorted(props) };
}

/** The line written for an entity: its keys in FtM's order. */
export const ftmLine = (e: FtmEntity): string =>
  `${JSON.stringify({ id: e.id, schema: e.schema, properties: e.properties })}\n`;
