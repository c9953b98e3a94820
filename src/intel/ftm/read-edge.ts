import type { LinkType } from '../registry.ts';
import type { BadLine, FtmEntity } from './line.ts';
import { type EdgeMap, type End, EXT, IMPORT_LINKS, LINK_MAP, roleProperty } from './mapping.ts';
import { type EdgePlan, gradingOf, provenanceOf, type Reading, unread } from './plan.ts';

/** The link types an interval schema is read as: exported ones first, then import-only ones. */
export function edgeReaders(schema: string): { link: LinkType; map: EdgeMap }[] {
  return [
    ...Object.entries(LINK_MAP).map(([link, map]) => ({ link: link as LinkType, map })),
    ...IMPORT_LINKS,
  ].filter((r): r is { link: LinkType; map: EdgeMap } => r.map.kind === 'edge' && r.map.schema === schema);
}

export const isEdgeSchema = (schema: string): boolean => edgeReaders(schema).length > 0;

/** The roles that tell apart the link types an interval schema is read as. */
export const rolesOf = (schema: string): string[] =>
  edgeReaders(schema).flatMap((r) => (r.map.role ? [r.map.role] : []));

const endProperties = (end: End): string[] => [end.property, ...Object.values(end.byType ?? {})];

/** Reads an interval line (Ownership, UnknownLink, Call…) into one of our links between two FtM ids. */
export function readEdge(e: FtmEntity, line: number): Reading {
  const bad: BadLine[] = [];
  const readers = edgeReaders(e.schema);
  const given = e.properties[EXT.linkType]?.[0];
  const roleProp = roleProperty(e.schema);
  const roles = (e.properties[roleProp] ?? []).map((r) => r.trim().toLowerCase());
  let by: EdgePlan['by'] = 'default';
  let chosen = readers.find((r) => !r.map.role);
  if (given !== undefined) {
    by = 'type';
    chosen = readers.find((r) => r.link === given);
    if (!chosen) {
      const reason = `is not a Lantern link that the schema ${e.schema} can be read as (${readers.map((r) => r.link).join(', ')})`;
      return { plan: null, bad: [{ line, field: `properties.${EXT.linkType}`, reason }], ignored: [] };
    }
  } else {
    const byRole = readers.find((r) => r.map.role !== undefined && roles.includes(r.map.role));
    if (byRole) {
      by = 'role';
      chosen = byRole;
    }
  }
  if (!chosen) return { plan: null, bad: [{ line, field: 'schema', reason: 'is not read' }], ignored: [] };
  const map = chosen.map;
  const end = (which: End, first: boolean) => {
    const property = endProperties(which).find((p) => (e.properties[p] ?? []).some((v) => v.trim() !== ''));
    const values = (property ? (e.properties[property] ?? []) : []).filter((v) => v.trim() !== '');
    const field = `properties.${property ?? which.property}`;
    if (values.length === 0)
      bad.push({
        line,
        field,
        reason: first
          ? `is required: the first end of the ${e.schema}`
          : `is required: the second end of the ${e.schema}`,
      });
    else if (values.length > 1)
      bad.push({
        line,
        field,
        reason: `has ${values.length} values; a Lantern link joins one entity to one`,
      });
    return { id: (values[0] ?? '').trim(), field };
  };
  const from = end(map.from, true);
  const to = end(map.to, false);
  const provenance = provenanceOf(e, line, bad);
  if (provenance.length > 1)
    bad.push({
      line,
      field: `properties.${EXT.provenance}`,
      reason: 'has more than one entry; a link has one',
    });
  const read = new Set([...endProperties(map.from), ...endProperties(map.to), ...(map.endLabels ?? [])]);
  if (by !== 'default') read.add(roleProp);
  const ignored = unread(e, read);
  if (bad.length > 0) return { plan: null, bad, ignored };
  const plan: EdgePlan = {
    kind: 'edge',
    line,
    id: e.id,
    schema: e.schema,
    link: chosen.link,
    by,
    from,
    to,
    ...gradingOf(provenance[0]),
  };
  return { plan, bad, ignored };
}
