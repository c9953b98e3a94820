import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BulkTransaction } from '../../db/bulk.ts';
import type { ImportKind } from './kinds.ts';

/** What is compared first, with the table's index on (agency_id, these): never empty in a stored row. */
const KEYS: Record<string, readonly string[]> = {
  call_records: ['caller', 'started_at'],
  transfers: ['from_account', 'occurred_at'],
  crossings: ['checkpoint', 'crossed_at'],
  tips: ['received_at'],
};

export interface DuplicateLines {
  count: number;
  /** The first duplicated lines, in file order. */
  lines: number[];
}

/**
 * Rows the filter flagged as possibly seen before wait on disk (never in memory, however many), apart from the
 * rows copied in. When the file has been read, they are copied into a temporary table and each is checked
 * exactly against the rows of this import and the earlier flagged rows: a row equal to an earlier one in every
 * column is a duplicate; the others are real rows and join the import.
 */
export class DuplicateCandidates {
  #dir: string | null = null;
  #out: WriteStream | null = null;
  count = 0;

  async add(line: number, row: string): Promise<void> {
    if (!this.#out) {
      this.#dir = mkdtempSync(join(tmpdir(), 'lantern-dups-'));
      this.#out = createWriteStream(join(this.#dir, 'candidates.jsonl'), { mode: 0o600 });
    }
    this.count++;
    if (!this.#out.write(`${JSON.stringify([line, row])}\n`)) await once(this.#out, 'drain');
  }

  /**
   * Checks the flagged rows in the import's transaction; copies the real ones into the table the import loads
   * into (`ids.table`: the kind's, or the import's own partition), and answers the duplicated lines.
   */
  async resolve(
    tx: BulkTransaction,
    kind: ImportKind,
    ids: { agencyId: string; importId: string; table: string },
    keep: number,
  ): Promise<DuplicateLines> {
    if (!this.#out || this.count === 0) return { count: 0, lines: [] };
    this.#out.end();
    await once(this.#out, 'finish');
    const cols = kind.columns;
    await tx.query(
      `CREATE TEMP TABLE import_candidates ON COMMIT DROP AS SELECT 0::bigint AS line, ${cols.join(', ')} FROM ${kind.table} WITH NO DATA`,
    );
    const writer = await tx.copyInto('import_candidates', ['line', ...cols]);
    let buffer = '';
    const lines = createInterface({ input: createReadStream(join(this.#dir as string, 'candidates.jsonl')) });
    for await (const text of lines) {
      const [line, row] = JSON.parse(text) as [number, string];
      buffer += `${line},${row}\n`;
      if (buffer.length > 1 << 20) {
        await writer.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await writer.write(buffer);
    await writer.end();
    await tx.query('ALTER TABLE import_candidates ADD COLUMN dup boolean NOT NULL DEFAULT false');
    await tx.query('ANALYZE import_candidates');
    const keys = KEYS[kind.table] ?? [];
    const same = (other: string) =>
      cols
        .map((c) =>
          keys.includes(c)
            ? `${other}.${c} = c.${c}`
            : `coalesce(${other}.${c}::text, E'\\x01') = coalesce(c.${c}::text, E'\\x01')`,
        )
        .join(' AND ');
    await tx.query(
      `UPDATE import_candidates c SET dup = true
       WHERE EXISTS (SELECT 1 FROM ${ids.table} t WHERE t.agency_id = $1 AND t.import_id = $2 AND ${same('t')})
          OR EXISTS (SELECT 1 FROM import_candidates d WHERE d.line < c.line AND ${same('d')})`,
      [ids.agencyId, ids.importId],
    );
    const [counted] = await tx.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM import_candidates WHERE dup',
    );
    const first = await tx.query<{ line: string }>(
      'SELECT line::text AS line FROM import_candidates WHERE dup ORDER BY line LIMIT $1',
      [keep],
    );
    await tx.query(
      `INSERT INTO ${ids.table} (agency_id, import_id, ${cols.join(', ')})
       SELECT $1, $2, ${cols.join(', ')} FROM import_candidates WHERE NOT dup ORDER BY line`,
      [ids.agencyId, ids.importId],
    );
    return { count: Number(counted?.n ?? 0), lines: first.map((r) => Number(r.line)) };
  }

  /** Removes the waiting rows from disk. */
  dispose(): void {
    this.#out?.destroy();
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = null;
    this.#out = null;
  }
}
