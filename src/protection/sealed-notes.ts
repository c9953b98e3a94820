import type { Transaction } from 'kysely';
import { type Keyring, resealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { needNoteContext, serviceNoteContext } from './case-work.ts';
import { childStepContext } from './children.ts';

type Trx = Transaction<Database>;

/** Each sealed text column of the protection track: its table, column, and the context it is bound to. */
const SEALED: readonly {
  table: 'protection_needs' | 'protection_service_events' | 'protection_child_steps';
  column: 'note' | 'detail';
  context: (id: string) => string;
}[] = [
  { table: 'protection_needs', column: 'note', context: needNoteContext },
  { table: 'protection_service_events', column: 'note', context: serviceNoteContext },
  { table: 'protection_child_steps', column: 'detail', context: childStepContext },
];

/**
 * A key rotation's part in the protection track: every sealed text of the track opened with the key that sealed
 * it and sealed again under the current one. These texts were never written in clear, so a rotation is the only
 * pass they need. Returns how many rows were sealed again.
 */
export async function resealProtectionNotes(trx: Trx, ring: Keyring): Promise<number> {
  let n = 0;
  for (const { table, column, context } of SEALED) {
    // biome-ignore lint/suspicious/noExplicitAny: one loop over tables whose sealed column is named in SEALED
    const q = trx as Transaction<any>;
    const rows: { id: string; text: string }[] = await q
      .selectFrom(table)
      .select(['id', `${column} as text`])
      .execute();
    for (const r of rows) {
      await q
        .updateTable(table)
        .set({ [column]: resealText(ring, r.text, context(r.id)) })
        .where('id', '=', r.id)
        .execute();
      n++;
    }
  }
  return n;
}
