import { sql, type Transaction } from 'kysely';
import type { BatchRunner } from './at-rest.ts';
import type { SealedRow, SealedTable } from './sealed-columns.ts';
import { type Keyring, resealText, seal, sealText } from './sealing.ts';

// The pass over one table of sealed-columns.ts, a page a batch: each page locked until its batch commits (an app
// writing one of its rows waits, and is not overwritten by the value read before).

/** The row's sealed columns under the current key: values in clear in a row marked `needs_seal` sealed. */
function resealed(ring: Keyring, t: SealedTable, r: SealedRow): Record<string, unknown> {
  const clear = t.pending === true && r.needs_seal === true;
  const set: Record<string, unknown> = {};
  for (const c of t.columns) {
    const v = r[c.name];
    if (v === null || v === undefined) {
      set[c.name] = v;
      continue;
    }
    const sealing = clear && c.clearBefore === true;
    if ('json' in c) {
      const f = (x: string, context: string) =>
        sealing ? sealText(ring, x, context) : resealText(ring, x, context);
      set[c.name] = JSON.stringify(c.json(v, r, f));
    } else if (!sealing) set[c.name] = resealText(ring, String(v), c.context(r));
    else set[c.name] = (c.sealEmpty ? seal : sealText)(ring, String(v), c.context(r));
  }
  if (t.pending) set.needs_seal = false;
  return set;
}

/** Whether an update changes the row (a JSON column is compared as the text written). */
const changes = (update: Record<string, unknown>, row: SealedRow): boolean =>
  Object.entries(update).some(([k, v]) => {
    const was = row[k];
    return was !== null && typeof was === 'object' ? JSON.stringify(was) !== v : was !== v;
  });

/** Rows after `last` in the order of the table's key columns (compared as a row value when there are several). */
const after = (keys: readonly string[], last: readonly unknown[]) =>
  sql<boolean>`(${sql.join(keys.map((k) => sql.ref(k)))}) > (${sql.join(last.map((v) => sql`${v}`))})`;

/**
 * Brings the sealed values of one table under the current key (the first of `ring`), `size` rows a batch of `run`:
 * with `pending`, only the rows still marked `needs_seal` (sealing a page clears its marks, so the next batch finds
 * the next ones); otherwise every row, in the order of its key. A row already under the current key is left as it
 * is, so a pass stopped half-way is finished by the next. Returns how many rows changed.
 */
export async function resealTable(
  run: BatchRunner,
  ring: Keyring,
  t: SealedTable,
  pending: boolean,
  size: number,
): Promise<number> {
  const names = [...new Set([...t.keys, ...(t.with ?? []), ...t.columns.map((c) => c.name)])];
  if (t.pending) names.push('needs_seal');
  let n = 0;
  for (let last: unknown[] | null = null; ; ) {
    const from = last;
    const rows = await run(async (trx) => {
      // biome-ignore lint/suspicious/noExplicitAny: one pass over the tables sealed-columns.ts names
      const q = trx as Transaction<any>;
      const rows: SealedRow[] = await q
        .selectFrom(t.table)
        .select(names)
        .$if(t.present !== undefined, (s) => s.where(t.present as string, 'is not', null))
        .$if(pending, (s) => s.where('needs_seal', '=', true))
        .$if(!pending && from !== null, (s) => s.where(after(t.keys, from ?? [])))
        .$call((s) => t.keys.reduce((o, k) => o.orderBy(k), s))
        .limit(size)
        .forUpdate()
        .execute();
      const changed: SealedRow[] = [];
      for (const r of rows) {
        const set = resealed(ring, t, r);
        if (!changes(set, r)) continue;
        await t.keys.reduce((u, k) => u.where(k, '=', r[k]), q.updateTable(t.table).set(set)).execute();
        changed.push(r);
      }
      if (changed.length > 0 && t.after) await t.after(trx, ring, changed);
      n += changed.length;
      return rows;
    });
    if (rows.length < size) return n;
    const end = rows[rows.length - 1] as SealedRow;
    last = t.keys.map((k) => end[k]);
  }
}
