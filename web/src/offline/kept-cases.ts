/**
 * What the field kit keeps of a shelter case so its caseworker can record needs and service steps without a
 * connection: only cases they own and that are open, and of each only what the offline page shows (the pseudonym,
 * the person's language, the latest needs assessment, the services and their steps). Never the person's identity,
 * consents, stays, transfers or anything shared with other agencies. Sealed like every record (vault.ts), refreshed
 * each time the caseworker opens the case with a connection; a case closed, or no longer theirs, leaves the kit.
 */
import type { CasePage } from '../protection/case-types.ts';
import * as vault from './vault.ts';

/** One case kept on the device, as the offline opening lists it: by its pseudonym only. */
export interface KeptCaseRow {
  id: string;
  pseudonym: string;
  keptAt: string;
}

/** The part of a case's page the kit keeps. */
export type KeptCasePage = Pick<
  CasePage,
  'id' | 'pseudonym' | 'status' | 'owner' | 'language' | 'assessments' | 'needs' | 'services'
>;

export interface KeptCase {
  page: KeptCasePage;
  keptAt: string;
}

const LIST = 'cases';
const record = (id: string) => `case/${id}`;

export async function keepCase(c: CasePage): Promise<void> {
  const keptAt = new Date().toISOString();
  const page: KeptCasePage = {
    id: c.id,
    pseudonym: c.pseudonym,
    status: c.status,
    owner: c.owner,
    language: c.language,
    assessments: c.assessments,
    needs: c.needs,
    services: c.services,
  };
  await vault.write(record(c.id), { page, keptAt } satisfies KeptCase);
  const row: KeptCaseRow = { id: c.id, pseudonym: c.pseudonym, keptAt };
  await vault.change<KeptCaseRow[]>(LIST, [], (rows) => [...rows.filter((r) => r.id !== row.id), row]);
}

/** Closed, or no longer the user's: what was kept of it goes, but for work not yet sent. */
export async function forgetCase(id: string): Promise<void> {
  await vault.remove(record(id));
  await vault.change<KeptCaseRow[]>(LIST, [], (rows) => rows.filter((r) => r.id !== id));
}

export const keptCase = (id: string) => vault.read<KeptCase>(record(id));
export const keptCases = async () => (await vault.read<KeptCaseRow[]>(LIST)) ?? [];
