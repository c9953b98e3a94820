import { parseLine } from './line.ts';
import { IMPORT_LINKS, IMPORT_SCHEMATA, LINK_MAP } from './mapping.ts';
import type { Reading } from './plan.ts';
import { isEdgeSchema, readEdge } from './read-edge.ts';
import { isEntitySchema, readEntity } from './read-entity.ts';

/** Every schema Lantern reads, for saying so when a line has another. */
export function readableSchemata(): string[] {
  const edges = [...Object.values(LINK_MAP), ...IMPORT_LINKS.map((l) => l.map)].flatMap((m) =>
    m.kind === 'edge' ? [m.schema] : [],
  );
  return [...new Set([...Object.keys(IMPORT_SCHEMATA), ...edges])].sort();
}

/**
 * Reads one line of an FtM file: an entity, an interval between two entities, or the reasons it is neither. The
 * line's id comes back even when the line is bad, so links to it are not reported a second time.
 */
export function readLine(text: string, line: number): Reading & { id: string | null } {
  const e = parseLine(text, line);
  if ('bad' in e) return { plan: null, bad: e.bad, ignored: [], id: e.id };
  if (isEntitySchema(e.schema)) return { ...readEntity(e, line), id: e.id };
  if (isEdgeSchema(e.schema)) return { ...readEdge(e, line), id: e.id };
  const reason = `"${e.schema.slice(0, 60)}" has no counterpart in Lantern; it reads ${readableSchemata().join(', ')}`;
  return { plan: null, bad: [{ line, field: 'schema', reason }], ignored: [], id: e.id };
}
