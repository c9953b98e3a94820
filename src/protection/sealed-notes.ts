import type { Transaction } from 'kysely';
import { type Keyring, resealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { needNoteContext, serviceNoteContext } from './case-work.ts';

/**
 * A key rotation's part in the protection track: every sealed note of needs assessments and services opened with
 * the key that sealed it and sealed again under the current one. These notes were never written in clear, so a
 * rotation is the only pass they need. Returns how many rows were sealed again.
 */
export async function resealProtectionNotes(trx: Transaction<Database>, ring: Keyring): Promise<number> {
  let n = 0;
  for (const r of await trx.selectFrom('protection_needs').select(['id', 'note']).execute()) {
    const note = resealText(ring, r.note, needNoteContext(r.id));
    await trx.updateTable('protection_needs').set({ note }).where('id', '=', r.id).execute();
    n++;
  }
  for (const r of await trx.selectFrom('protection_service_events').select(['id', 'note']).execute()) {
    const note = resealText(ring, r.note, serviceNoteContext(r.id));
    await trx.updateTable('protection_service_events').set({ note }).where('id', '=', r.id).execute();
    n++;
  }
  return n;
}
