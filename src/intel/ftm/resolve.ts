import { plainKey } from '../name-key.ts';
import { type EntityType, LINK_TYPES, type LinkType, linkProblem } from '../registry.ts';
import { phoneKeys } from '../search.ts';
import type { BadLine } from './line.ts';
import { PHONE_PROPERTY } from './mapping.ts';
import { type EntityPlan, type Grading, NO_GRADING, type Plan } from './plan.ts';
import { rolesOf } from './read-edge.ts';

/** Entities and links already in the agency, by the FtM id they were imported with (or their own id). */
export interface Known {
  entities: Map<string, { entityId: string; type: EntityType }>;
  links: Set<string>;
}

/** A link to write, between two FtM ids. `id` is null-free: links FtM keeps as properties get a made-up one. */
export interface LinkPlan extends Grading {
  id: string;
  /** Made up from its entity (a holder, a phone number): such a link is matched by its ends, not its id. */
  derived: boolean;
  type: LinkType;
  from: string;
  to: string;
}

export interface Resolved {
  entities: EntityPlan[];
  links: LinkPlan[];
}

/** The id a phone number gets when it comes as a property: the same number, the same phone. */
export function phoneId(number: string): string {
  return `lantern-phone:${phoneKeys(number)[0] ?? plainKey(number)}`;
}

/**
 * Checks every link's ends against the file and what the agency already holds, and that each link type joins
 * them; turns phone properties into phone entities they use. Problems go to `bad`; `badIds` are the ids of
 * lines already found bad.
 */
export function resolvePlans(
  plans: Plan[],
  known: Known,
  bad: BadLine[],
  badIds = new Set<string>(),
): Resolved {
  const entities = new Map<string, EntityPlan>();
  for (const p of plans) if (p.kind === 'entity') entities.set(p.id, p);
  const links: LinkPlan[] = [];
  const typeOf = (id: string): EntityType | undefined =>
    entities.get(id)?.type ?? known.entities.get(id)?.type;

  for (const p of [...entities.values()]) {
    for (const number of p.phones) {
      const id = phoneId(number);
      const existing = entities.get(id);
      if (!existing) {
        const fact = { attribute: 'number', value: number, ...NO_GRADING };
        entities.set(id, { ...p, id, type: 'phone', label: number, facts: [fact], refs: [], phones: [] });
      }
      links.push({
        id: `${p.id}>phone>${id}`,
        derived: true,
        type: PHONE_PROPERTY.link,
        from: p.id,
        to: id,
        ...NO_GRADING,
      });
    }
  }

  /** Checks a link's ends; `roles` are given for an interval read by default, whose role could have told. */
  const check = (
    line: number,
    field: string,
    link: LinkPlan,
    roles?: { schema: string; known: string[] },
  ) => {
    const from = typeOf(link.from);
    const to = typeOf(link.to);
    const missing = from === undefined ? link.from : to === undefined ? link.to : null;
    if (missing !== null) {
      // An end on a bad line is reported there, not again here.
      if (!badIds.has(missing))
        bad.push({
          line,
          field,
          reason: 'names no entity in this file or imported before',
        });
      return;
    }
    if (link.from === link.to) {
      bad.push({ line, field, reason: 'joins an entity to itself' });
      return;
    }
    if (linkProblem(link.type, from as EntityType, to as EntityType) === null) {
      links.push(link);
      return;
    }
    const def = LINK_TYPES[link.type];
    const [fromTypes, toTypes] = [def.from.join('/'), def.to.join('/')];
    bad.push({
      line,
      field,
      reason: roles
        ? `is read as the link type "${link.type}", which goes from ${fromTypes} to ${toTypes}, not from ${from} to ${to}: give the ${roles.schema} a role Lantern knows (${roles.known.join(', ')}) or lantern:linkType`
        : `the link type "${link.type}" goes from ${fromTypes} to ${toTypes}, not from ${from} to ${to}`,
    });
  };

  for (const p of entities.values()) {
    if (known.links.has(p.id))
      bad.push({ line: p.line, field: 'id', reason: 'was imported before as a link, not an entity' });
    const before = known.entities.get(p.id);
    if (before && before.type !== p.type)
      bad.push({
        line: p.line,
        field: 'schema',
        reason: `was imported before with the type ${before.type}, not ${p.type}`,
      });
    for (const r of p.refs) {
      const [from, to] = r.valueIs === 'from' ? [r.other, p.id] : [p.id, r.other];
      const id = `${p.id}>${r.property}>${r.other}`;
      const grading = { sourceGrade: r.sourceGrade, infoGrade: r.infoGrade, assertedAt: r.assertedAt };
      check(p.line, `properties.${r.property}`, { id, derived: true, type: r.link, from, to, ...grading });
    }
  }
  for (const p of plans) {
    if (p.kind !== 'edge') continue;
    if (known.entities.has(p.id))
      bad.push({ line: p.line, field: 'id', reason: 'was imported before as an entity, not a link' });
    const schemaRoles = rolesOf(p.schema);
    const roles =
      p.by === 'default' && schemaRoles.length > 0 ? { schema: p.schema, known: schemaRoles } : undefined;
    const link: LinkPlan = {
      id: p.id,
      derived: false,
      type: p.link,
      from: p.from.id,
      to: p.to.id,
      sourceGrade: p.sourceGrade,
      infoGrade: p.infoGrade,
      assertedAt: p.assertedAt,
    };
    const field =
      typeOf(p.from.id) === undefined ? p.from.field : typeOf(p.to.id) === undefined ? p.to.field : 'schema';
    check(p.line, field, link, roles);
  }
  return { entities: [...entities.values()], links };
}
