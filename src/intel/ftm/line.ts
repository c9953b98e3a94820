import { z } from 'zod';
import { instant, textProblem } from '../../platform/text.ts';
import { WHOLE_ROW } from '../imports/import-wire.ts';

/** One FollowTheMoney entity as a line of the file: property values are always arrays of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** A line that cannot be imported: where, which field, and why (never the value itself). */
export interface BadLine {
  line: number;
  field: string;
  reason: string;
}

const MAX_ID = 400;

// Why a property's value breaks the API's text rules (the shared check, textProblem, decides), each a whole text
// the message catalogue translates.
const NUL_REASON = 'must not contain the NUL character';
const CONTROL_REASON = 'must not contain control characters';
const SURROGATE_REASON = 'must be valid Unicode (it holds a lone surrogate)';

/** Why a value cannot be kept as text, or null when it can. */
function valueReason(v: string): string | null {
  if (textProblem(v) === null) return null;
  if (v.includes('\u0000')) return NUL_REASON;
  return /[\uD800-\uDFFF]/u.test(v) ? SURROGATE_REASON : CONTROL_REASON;
}

/** Why the line is not JSON, without repeating what it holds. */
function jsonProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d+)/.exec(message)?.[1];
  const reason = /Unexpected end of JSON input|Unterminated string/.test(message)
    ? 'ends in the middle of its JSON object: the line (or the file) is truncated'
    : at === undefined
      ? 'is not valid JSON'
      : `is not valid JSON (at column ${Number(at) + 1})`;
  return reason;
}

/** A line that is not an entity: what is wrong with it, and its id if it has a readable one. */
export interface Unreadable {
  bad: BadLine[];
  id: string | null;
}

/** Reads one line into an entity, or says everything wrong with it. */
export function parseLine(text: string, line: number): FtmEntity | Unreadable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { bad: [{ line, field: WHOLE_ROW, reason: jsonProblem(e) }], id: null };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { bad: [{ line, field: WHOLE_ROW, reason: 'is not a JSON object' }], id: null };
  const o = raw as Record<string, unknown>;
  const bad: BadLine[] = [];
  const id = typeof o.id === 'string' ? o.id : null;
  if (typeof o.id !== 'string' || o.id.trim() === '' || o.id.length > MAX_ID || o.id.includes('\u0000'))
    bad.push({ line, field: 'id', reason: `must be a non-empty string of at most ${MAX_ID} characters` });
  if (typeof o.schema !== 'string' || o.schema === '')
    bad.push({ line, field: 'schema', reason: 'must be the name of an FtM schema' });
  const props = o.properties ?? {};
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    bad.push({
      line,
      field: 'properties',
      reason: 'must be an object of property names to arrays of strings',
    });
    return { bad, id };
  }
  const properties: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(props)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
      bad.push({ line, field: `properties.${key}`, reason: 'must be an array of strings' });
    else {
      const reason = values.map(valueReason).find((p) => p !== null);
      if (reason) bad.push({ line, field: `properties.${key}`, reason });
      else properties[key] = values as string[];
    }
  }
  if (bad.length > 0) return { bad, id };
  return { id: o.id as string, schema: o.schema as string, properties };
}

const grading = {
  sourceGrade: z.enum(['1', '2', '3']).optional(),
  infoGrade: z.enum(['A', 'B', 'C', 'D', 'E']).optional(),
  assertedAt: instant().optional(),
  report: z.string().max(100).optional(),
  import: z.string().max(100).optional(),
};
const provenanceEntry = z.object({
  property: z.string().max(100).optional(),
  value: z.string().optional(),
  ...grading,
});
/** A fact's (or link's) provenance as it travels in `lantern:provenance`. */
export type Provenance = z.output<typeof provenanceEntry>;

/**
 * Reads the `n`th `lantern:provenance` entry, or says why it is not one: that it is no JSON object, or which of
 * its keys holds a value it may not.
 */
export function parseProvenance(text: string, n: number): Provenance | { reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { reason: `entry ${n}: is not a JSON object` };
  }
  const r = provenanceEntry.safeParse(raw);
  if (r.success) return r.data;
  const key = r.error.issues[0]?.path.join('.');
  return {
    reason: key ? `entry ${n}: the value of "${key}" is not valid` : `entry ${n}: is not a JSON object`,
  };
}

/** The entry for a fact or link, with its keys always in the same order and empty ones left out. */
export function formatProvenance(p: {
  property?: string | undefined;
  value?: string | undefined;
  sourceGrade: string | null;
  infoGrade: string | null;
  assertedAt: Date;
  report: string | null;
  import: string | null;
}): string {
  const entry: Record<string, string> = {};
  if (p.property !== undefined) entry.property = p.property;
  if (p.value !== undefined) entry.value = p.value;
  if (p.sourceGrade) entry.sourceGrade = p.sourceGrade;
  if (p.infoGrade) entry.infoGrade = p.infoGrade;
  entry.assertedAt = p.assertedAt.toISOString();
  if (p.report) entry.report = p.report;
  if (p.import) entry.import = p.import;
  return JSON.stringify(entry);
}
