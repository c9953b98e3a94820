import type { EntityType, LinkType } from '../registry.ts';
import { type BadLine, type FtmEntity, type Provenance, parseProvenance } from './line.ts';
import { EXT } from './mapping.ts';

/** How sure, and since when: read from `lantern:provenance`, empty for data from elsewhere. */
export interface Grading {
  sourceGrade: string | null;
  infoGrade: string | null;
  assertedAt: Date | null;
}
export interface FactPlan extends Grading {
  attribute: string;
  value: string;
}
/** A link an entity carries as a property: `other` is the FtM id its value names. */
export interface RefPlan extends Grading {
  link: LinkType;
  property: string;
  other: string;
  valueIs: 'from' | 'to';
}
/** What one entity line asks for, before its ids are looked up. */
export interface EntityPlan {
  kind: 'entity';
  line: number;
  id: string;
  type: EntityType;
  label: string;
  facts: FactPlan[];
  refs: RefPlan[];
  /** Numbers in its `phone` property, each to become a phone entity it uses. */
  phones: string[];
}
export interface EdgePlan extends Grading {
  kind: 'edge';
  line: number;
  id: string;
  schema: string;
  link: LinkType;
  /** How the link type was told: by `lantern:linkType`, by the role, or as the schema's default. */
  by: 'type' | 'role' | 'default';
  from: { id: string; field: string };
  to: { id: string; field: string };
}
export type Plan = EntityPlan | EdgePlan;

/** What reading a line gave: its plan (unless it is bad), its problems and the properties not read. */
export interface Reading {
  plan: Plan | null;
  bad: BadLine[];
  ignored: string[];
}

export const NO_GRADING: Grading = { sourceGrade: null, infoGrade: null, assertedAt: null };

export const gradingOf = (p: Provenance | undefined): Grading =>
  p
    ? {
        sourceGrade: p.sourceGrade ?? null,
        infoGrade: p.infoGrade ?? null,
        assertedAt: p.assertedAt ? new Date(p.assertedAt) : null,
      }
    : NO_GRADING;

/** The line's `lantern:provenance` entries, each bad one reported. */
export function provenanceOf(e: FtmEntity, line: number, bad: BadLine[]): Provenance[] {
  const out: Provenance[] = [];
  for (const [i, text] of (e.properties[EXT.provenance] ?? []).entries()) {
    const p = parseProvenance(text, i + 1);
    if ('reason' in p) bad.push({ line, field: `properties.${EXT.provenance}`, reason: p.reason });
    else out.push(p);
  }
  return out;
}

/** Properties of the line that carry values and were not read, as "Schema.property". */
export const unread = (e: FtmEntity, read: Set<string>): string[] =>
  Object.entries(e.properties)
    .filter(([k, v]) => v.length > 0 && !read.has(k) && !Object.values(EXT).includes(k as never))
    .map(([k]) => `${e.schema}.${k}`);
