import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { foldText } from '../intel/text-terms.ts';
import { AppError } from '../platform/errors.ts';
import { isId } from '../platform/text.ts';
import { openPseudonym } from '../screening/sealed-fields.ts';
import {
  caseSummaryFigures,
  draftText,
  operationSummaryFigures,
  type SummaryFigures,
} from './summary-figures.ts';
import type { SummaryKind, SummaryStatus } from './summary-wire.ts';

type Q = Kysely<Database>;

export type { SummaryKind };

const NONE = '00000000-0000-0000-0000-000000000000';

/** The subject of a summary, of the actor's agency and concluded, with the words its text must never hold. */
async function subject(db: Q, ring: Keyring, actor: Actor, kind: SummaryKind, id: string) {
  if (!isId(id)) throw new AppError('not_found');
  const agency = actor.agencyId ?? NONE;
  if (kind === 'operation') {
    const op = await db
      .selectFrom('operations')
      .select(['id', 'status', 'code_name', 'target_label', 'place', 'target_entity_id'])
      .where('id', '=', id)
      .where('agency_id', '=', agency)
      .executeTakeFirst();
    if (!op) throw new AppError('not_found', 'No such operation in your agency.');
    if (op.status !== 'concluded')
      throw new AppError('conflict', 'Only a concluded operation is summarised for the press.');
    const cases = await db
      .selectFrom('prosecution_cases')
      .select('id')
      .where('operation_id', '=', id)
      .execute();
    return {
      agencyId: agency,
      forbidden: [
        op.code_name,
        op.target_label,
        op.place,
        ...(await victimNames(db, ring, [id])),
        ...(await suspectNames(
          db,
          cases.map((c) => c.id),
        )),
      ],
      figures: () => operationSummaryFigures(db, id),
    };
  }
  const c = await db
    .selectFrom('prosecution_cases')
    .select(['id', 'status', 'ref', 'title', 'operation_id'])
    .where('id', '=', id)
    .where('agency_id', '=', agency)
    .executeTakeFirst();
  if (!c) throw new AppError('not_found', 'No such case file in your agency.');
  const decided = await db
    .selectFrom('prosecution_decisions')
    .select('id')
    .where('case_id', '=', id)
    .where('decision', 'in', ['convicted', 'convicted_lesser', 'acquitted', 'dropped'])
    .executeTakeFirst();
  if (c.status !== 'closed' && !decided)
    throw new AppError(
      'conflict',
      'A case file is summarised for the press once the court has decided or it is closed.',
    );
  return {
    agencyId: agency,
    forbidden: [
      c.ref,
      c.title,
      ...(await victimNames(db, ring, c.operation_id ? [c.operation_id] : [])),
      ...(await suspectNames(db, [id])),
    ],
    figures: () => caseSummaryFigures(db, id),
  };
}

/** The pseudonyms of the people screened from these operations: never in a press text. */
async function victimNames(db: Q, ring: Keyring, operationIds: string[]) {
  if (!operationIds.length) return [];
  const rows = await db
    .selectFrom('screenings')
    .select(['id', 'pseudonym'])
    .where('source_operation_id', 'in', operationIds)
    .execute();
  return rows.map((r) => openPseudonym(ring, r.id, r.pseudonym));
}

/** Suspects as the case file names them: a press text gives outcomes, not names. */
async function suspectNames(db: Q, caseIds: string[]) {
  if (!caseIds.length) return [];
  const rows = await db
    .selectFrom('prosecution_suspects')
    .select('label')
    .where('case_id', 'in', caseIds)
    .execute();
  return rows.map((r) => r.label);
}

/** The first word group of `forbidden` found in the text (folded), for the refusal; parts of names count. */
export function forbiddenIn(text: string, forbidden: readonly string[]): boolean {
  const folded = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const f of forbidden) {
    const whole = foldText(f)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!whole) continue;
    if (folded.includes(` ${whole} `)) return true;
    for (const part of whole.split(' '))
      if ([...part].length >= 4 && folded.includes(` ${part} `)) return true;
  }
  return false;
}

function checkText(text: { headline: string; body: string }, forbidden: readonly string[]) {
  if (forbiddenIn(`${text.headline}\n${text.body}`, forbidden))
    throw new AppError(
      'validation_failed',
      'text: it names a person, the code name, the target or its place; a public summary gives figures and outcomes only',
    );
}

async function audit(
  db: Q,
  actor: Actor,
  action: string,
  id: string,
  requestId: string,
  detail: Record<string, unknown> = {},
) {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action,
      resource: { type: 'public_summary', id },
      outcome: 'success',
      requestId,
      detail,
    }),
  );
}

/** Drafts (or redrafts) the summary of a concluded operation or decided case: figures frozen, text proposed or given. */
export async function draftSummary(
  db: Q,
  ring: Keyring,
  actor: Actor,
  kind: SummaryKind,
  subjectId: string,
  text: { headline: string; body: string } | null,
  requestId: string,
) {
  const s = await subject(db, ring, actor, kind, subjectId);
  const figures: SummaryFigures = await s.figures();
  const words = text ?? draftText(figures);
  checkText(words, s.forbidden);
  const row = await db
    .insertInto('public_summaries')
    .values({
      agency_id: s.agencyId,
      kind,
      subject_id: subjectId,
      headline: words.headline,
      body: words.body,
      figures: JSON.stringify(figures),
      drafted_by: actor.userId ?? NONE,
      approved_by: null,
      approved_at: null,
      released_at: null,
      withdrawn_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, actor, 'outcomes.summary_draft', row.id, requestId, { kind, subject: subjectId });
  return row.id;
}

async function ownSummary(db: Q, actor: Actor, kind: SummaryKind, id: string) {
  const row = isId(id)
    ? await db
        .selectFrom('public_summaries')
        .selectAll()
        .where('id', '=', id)
        .where('kind', '=', kind)
        .where('agency_id', '=', actor.agencyId ?? NONE)
        .executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('not_found', 'No such summary in your agency.');
  return row;
}

/** Changes the text of a draft (or an approved summary, which then needs approving again). */
export async function editSummary(
  db: Q,
  ring: Keyring,
  actor: Actor,
  kind: SummaryKind,
  id: string,
  text: { headline: string; body: string },
  requestId: string,
) {
  const row = await ownSummary(db, actor, kind, id);
  if (row.status === 'released' || row.status === 'withdrawn')
    throw new AppError('conflict', 'A released or withdrawn summary is not changed; draft a new one.');
  const s = await subject(db, ring, actor, kind, row.subject_id);
  checkText(text, s.forbidden);
  await db
    .updateTable('public_summaries')
    .set({
      headline: text.headline,
      body: text.body,
      status: 'draft',
      approved_by: null,
      approved_at: null,
      drafted_by: actor.userId ?? NONE,
    })
    .where('id', '=', id)
    .execute();
  await audit(db, actor, 'outcomes.summary_edit', id, requestId);
}

/** A second member of the agency, who did not write it, approves it for release. */
export async function approveSummary(
  db: Q,
  actor: Actor,
  kind: SummaryKind,
  id: string,
  requestId: string,
  now = new Date(),
) {
  const row = await ownSummary(db, actor, kind, id);
  if (row.status !== 'draft') throw new AppError('conflict', 'Only a draft is approved.');
  if (row.drafted_by === actor.userId)
    throw new AppError('forbidden', 'A summary is approved by someone other than the person who wrote it.');
  await db
    .updateTable('public_summaries')
    .set({ status: 'approved', approved_by: actor.userId, approved_at: now })
    .where('id', '=', id)
    .execute();
  await audit(db, actor, 'outcomes.summary_approve', id, requestId);
}

export async function releaseSummary(
  db: Q,
  actor: Actor,
  kind: SummaryKind,
  id: string,
  requestId: string,
  now = new Date(),
) {
  const row = await ownSummary(db, actor, kind, id);
  if (row.status !== 'approved') throw new AppError('conflict', 'A summary is released once it is approved.');
  await db
    .updateTable('public_summaries')
    .set({ status: 'released', released_at: now })
    .where('id', '=', id)
    .execute();
  await audit(db, actor, 'outcomes.summary_release', id, requestId);
}

export async function withdrawSummary(
  db: Q,
  actor: Actor,
  kind: SummaryKind,
  id: string,
  reason: string,
  requestId: string,
) {
  const row = await ownSummary(db, actor, kind, id);
  if (row.status === 'withdrawn') throw new AppError('conflict', 'This summary is already withdrawn.');
  await db
    .updateTable('public_summaries')
    .set({ status: 'withdrawn', withdrawn_reason: reason })
    .where('id', '=', id)
    .execute();
  await audit(db, actor, 'outcomes.summary_withdraw', id, requestId);
}

const view = (r: Awaited<ReturnType<typeof ownSummary>>, names: Map<string, string>) => ({
  id: r.id,
  kind: r.kind as SummaryKind, // the table's check allows only these
  subjectId: r.subject_id,
  headline: r.headline,
  body: r.body,
  figures: r.figures as unknown as SummaryFigures,
  status: r.status as SummaryStatus, // the table's check allows only these
  draftedBy: names.get(r.drafted_by) ?? '',
  draftedById: r.drafted_by,
  approvedBy: r.approved_by ? (names.get(r.approved_by) ?? '') : null,
  draftedAt: new Date(r.drafted_at).toISOString(),
  releasedAt: r.released_at ? new Date(r.released_at).toISOString() : null,
  withdrawnReason: r.withdrawn_reason,
});

/** The agency's summaries of this kind, any status, newest first. */
export async function agencySummaries(db: Q, actor: Actor, kind: SummaryKind) {
  const rows = await db
    .selectFrom('public_summaries')
    .selectAll()
    .where('kind', '=', kind)
    .where('agency_id', '=', actor.agencyId ?? NONE)
    .orderBy('drafted_at', 'desc')
    .execute();
  const ids = [
    ...new Set(rows.flatMap((r) => [r.drafted_by, r.approved_by].filter((x): x is string => x !== null))),
  ];
  const users = ids.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  return rows.map((r) => view(r, names));
}

/** Released summaries of every agency, for coordinators, donors and the press office. */
export async function releasedSummaries(db: Q) {
  const rows = await db
    .selectFrom('public_summaries')
    .innerJoin('agencies', 'agencies.id', 'public_summaries.agency_id')
    .select([
      'public_summaries.id',
      'public_summaries.kind',
      'public_summaries.headline',
      'public_summaries.body',
      'public_summaries.figures',
      'public_summaries.released_at',
      'agencies.name',
    ])
    .where('public_summaries.status', '=', 'released')
    .orderBy('public_summaries.released_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as SummaryKind,
    agency: r.name,
    headline: r.headline,
    body: r.body,
    figures: r.figures as unknown as SummaryFigures,
    releasedAt: new Date(r.released_at ?? 0).toISOString(),
  }));
}
