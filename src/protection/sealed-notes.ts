import type { Transaction } from 'kysely';
import type { BatchRunner } from '../access/at-rest.ts';
import { type Keyring, resealText } from '../access/sealing.ts';
import { needNoteContext, serviceNoteContext } from './case-work.ts';
import { childStepContext } from './children.ts';
import { identityContext, rekeyIdentities } from './identity.ts';
import { followUpNoteContext, planAreaContext, planGoalsContext } from './reintegration.ts';
import { transferNoteContext } from './transfers.ts';
import { measureNoteContext } from './witness.ts';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

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
 * it and sealed again under the current one, `size` rows a batch of `run` (each page locked until its batch
 * ends); a text already under the current key is left as it is. A person's identity sealed again has its keyed
 * hashes made again under the current key in the same batch, so a person is still recognised once the old key is
 * gone. These texts were never written in clear, so a rotation is the only pass they need. Returns how many rows
 * were sealed again.
 */
export async function resealProtectionNotes(run: BatchRunner, ring: Keyring, size: number): Promise<number> {
  let n = 0;
  for (const { table, column, context, id = 'id' } of SEALED) {
    for (let last = FIRST_ID; ; ) {
      const from = last;
      const rows = await run(async (trx) => {
        // biome-ignore lint/suspicious/noExplicitAny: one loop over tables whose sealed column is named in SEALED
        const q = trx as Transaction<any>;
        const rows: { id: string; text: string }[] = await q
          .selectFrom(table)
          .select([`${id} as id`, `${column} as text`])
          .where(id, '>', from)
          .orderBy(id)
          .limit(size)
          .forUpdate()
          .execute();
        const resealed: string[] = [];
        for (const r of rows) {
          const text = resealText(ring, r.text, context(r.id));
          if (text === r.text) continue;
          await q
            .updateTable(table)
            .set({ [column]: text })
            .where(id, '=', r.id)
            .execute();
          resealed.push(r.id);
        }
        if (table === 'protection_identities' && resealed.length > 0)
          await rekeyIdentities(trx, ring, resealed);
        n += resealed.length;
        return rows;
      });
      if (rows.length < size) break;
      last = rows[rows.length - 1]?.id ?? last;
    }
  }
  return n;
}
