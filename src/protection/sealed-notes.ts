import type { Transaction } from 'kysely';
import { type Keyring, resealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { needNoteContext, serviceNoteContext } from './case-work.ts';
import { childStepContext } from './children.ts';
import { identityContext, rekeyIdentities } from './identity.ts';
import { followUpNoteContext, planAreaContext, planGoalsContext } from './reintegration.ts';
import { transferNoteContext } from './transfers.ts';
import { measureNoteContext } from './witness.ts';

type Trx = Transaction<Database>;

/** Each sealed text column of the protection track: its table, column, key column, and the context it is bound to. */
const SEALED: readonly { table: string; column: string; context: (id: string) => string; id?: string }[] = [
  { table: 'protection_needs', column: 'note', context: needNoteContext },
  { table: 'protection_service_events', column: 'note', context: serviceNoteContext },
  { table: 'protection_child_steps', column: 'detail', context: childStepContext },
  { table: 'protection_identities', column: 'identity', context: identityContext, id: 'case_id' },
  { table: 'protection_witness_measures', column: 'note', context: measureNoteContext },
  { table: 'protection_transfers', column: 'note', context: transferNoteContext },
  { table: 'protection_reintegration_plans', column: 'goals', context: planGoalsContext },
  { table: 'protection_reintegration_plans', column: 'area', context: planAreaContext },
  { table: 'protection_follow_ups', column: 'note', context: followUpNoteContext },
];

/**
 * A key rotation's part in the protection track: every sealed text of the track opened with the key that sealed
 * it and sealed again under the current one. These texts were never written in clear, so a rotation is the only
 * pass they need. Returns how many rows were sealed again.
 */
export async function resealProtectionNotes(trx: Trx, ring: Keyring): Promise<number> {
  let n = 0;
  for (const { table, column, context, id = 'id' } of SEALED) {
    // biome-ignore lint/suspicious/noExplicitAny: one loop over tables whose sealed column is named in SEALED
    const q = trx as Transaction<any>;
    const rows: { id: string; text: string }[] = await q
      .selectFrom(table)
      .select([`${id} as id`, `${column} as text`])
      .execute();
    for (const r of rows) {
      await q
        .updateTable(table)
        .set({ [column]: resealText(ring, r.text, context(r.id)) })
        .where(id, '=', r.id)
        .execute();
      n++;
    }
  }
  // The identities' keyed hashes follow the key, so a person is still recognised once the old key is gone.
  await rekeyIdentities(trx, ring);
  return n;
}
