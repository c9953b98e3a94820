/**
 * What the field kit keeps of a labour inspection so it opens without a connection (a plantation, a boat, a
 * factory compound with no signal): the inspection as last read, sealed like every record (vault.ts) and
 * refreshed each time the inspector opens it with a connection. Only inspections the user is on (not taken off)
 * and opened themselves are kept; a closed one, or one the server no longer shows them, leaves the kit.
 */
import type { Inspection } from '../monitoring/inspections/types.ts';
import * as vault from './vault.ts';

/** One inspection kept on the device, as the offline opening lists it: its reference and workplace. */
export interface KeptInspectionRow {
  id: string;
  ref: string;
  workplace: string;
  keptAt: string;
}

export interface KeptInspection {
  inspection: Inspection;
  keptAt: string;
}

const LIST = 'inspections';
const record = (id: string) => `inspection/${id}`;

/** Whether `userId` is on the inspection (not taken off) and it is still open: only then is it kept. */
export const isKeepable = (i: Inspection, userId: string) =>
  i.status !== 'closed' && i.inspectors.some((x) => x.id === userId && x.removedAt === null);

/**
 * The inspection as the phone keeps it: what the offline page shows and edits. Outcomes are only read there, so
 * their notes and the referrals they made stay on the server (the interviews still say where each worker was
 * referred), and the agencies one may refer to, offered only when recording an outcome, are not kept.
 */
export const fieldCopy = (i: Inspection): Inspection => ({
  ...i,
  outcomes: i.outcomes.map((o) => ({ ...o, note: '', referrals: [] })),
  choices: { ...i.choices, screeningAgencies: [] },
});

export async function keepInspection(inspection: Inspection): Promise<void> {
  const keptAt = new Date().toISOString();
  await vault.write(record(inspection.id), {
    inspection: fieldCopy(inspection),
    keptAt,
  } satisfies KeptInspection);
  const row: KeptInspectionRow = {
    id: inspection.id,
    ref: inspection.ref,
    workplace: inspection.workplace.name,
    keptAt,
  };
  await vault.change<KeptInspectionRow[]>(LIST, [], (rows) => [...rows.filter((r) => r.id !== row.id), row]);
}

/** Closed, or no longer the user's: what was kept of it goes, but for records not yet sent. */
export async function forgetInspection(id: string): Promise<void> {
  await vault.remove(record(id));
  await vault.change<KeptInspectionRow[]>(LIST, [], (rows) => rows.filter((r) => r.id !== id));
}

export const keptInspection = (id: string) => vault.read<KeptInspection>(record(id));
export const keptInspections = async () => (await vault.read<KeptInspectionRow[]>(LIST)) ?? [];
