/**
 * What the field kit keeps of a screening so its interview opens without a connection (a shelter with no signal):
 * the screening as last read and the indicator set it is answered on, sealed like every record (vault.ts) and
 * refreshed each time the screener opens it with a connection. Only screenings the user opened themselves are
 * kept; a completed one, or one the server no longer shows them, leaves the kit.
 */
import type { Screening, SetDefinition } from '../screening/types.ts';
import * as vault from './vault.ts';

/** One screening kept on the device, as the offline opening lists it: by its pseudonym only. */
export interface KeptScreeningRow {
  id: string;
  pseudonym: string;
  keptAt: string;
}

export interface KeptScreening {
  screening: Screening;
  set: SetDefinition;
  keptAt: string;
}

const LIST = 'screenings';
const record = (id: string) => `screening/${id}`;

export async function keepScreening(screening: Screening, set: SetDefinition): Promise<void> {
  if (screening.status === 'completed') return forgetScreening(screening.id);
  const keptAt = new Date().toISOString();
  await vault.write(record(screening.id), { screening, set, keptAt } satisfies KeptScreening);
  const row: KeptScreeningRow = { id: screening.id, pseudonym: screening.pseudonym, keptAt };
  await vault.change<KeptScreeningRow[]>(LIST, [], (rows) => [...rows.filter((r) => r.id !== row.id), row]);
}

/** Completed, or no longer the user's to see: what was kept of it goes, but for answers not yet sent. */
export async function forgetScreening(id: string): Promise<void> {
  await vault.remove(record(id));
  await vault.change<KeptScreeningRow[]>(LIST, [], (rows) => rows.filter((r) => r.id !== id));
}

export const keptScreening = (id: string) => vault.read<KeptScreening>(record(id));
export const keptScreenings = async () => (await vault.read<KeptScreeningRow[]>(LIST)) ?? [];
