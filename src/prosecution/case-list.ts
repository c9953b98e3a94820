import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { type Listing, pageOf } from '../platform/listing.ts';
import { listCases } from './cases.ts';
import { offenceTitle } from './court-file-offences.ts';
import type { CASE_SORTS, caseListQuery } from './schemas.ts';

// How the agency's case files are listed: found by reference, title or the suspect named beside the worst charge,
// filtered by status and by where the file came from, sorted by any column. An office's files are read whole and
// cut in memory; the read is audited with what was returned, never the words searched. The worst charge's offence
// is titled in the reader's language.

type Row = Awaited<ReturnType<typeof listCases>>[number];

export const caseListing: Listing<Row, (typeof CASE_SORTS)[number]> = {
  text: (c) => [c.ref, c.title, c.worst?.suspect],
  sorts: {
    ref: (c) => c.ref,
    title: (c) => c.title,
    opened: (c) => new Date(c.createdAt),
    suspects: (c) => c.suspects,
    charges: (c) => c.charges,
    // The share of proven elements resting on the victim's testimony alone; a file without a charge goes last.
    burden: (c) => c.worst?.burden.burden ?? null,
  },
};

/** A page of the actor's agency's case files; the read is audited with the files returned and how many matched. */
export async function listCasePage(
  db: Kysely<Database>,
  actor: Actor,
  query: z.output<typeof caseListQuery>,
  language: ServerLanguage,
  requestId: string,
) {
  const { status, origin, ...rest } = query;
  const all = await listCases(db, actor);
  const kept = all.filter((c) => (!status || c.status === status) && (!origin || c.origin === origin));
  const page = pageOf(kept, rest, caseListing, language);
  await recordAudit(db, {
    actor,
    action: 'prosecution.cases_list',
    outcome: 'success',
    requestId,
    detail: { returned: page.rows.length, total: page.total, cases: page.rows.map((c) => c.id) },
  });
  const cases = page.rows.map((c) =>
    c.worst
      ? { ...c, worst: { ...c.worst, title: offenceTitle(c.worst.offence, c.worst.title, language) } }
      : c,
  );
  return { cases, total: page.total, page: page.page, size: page.size };
}
