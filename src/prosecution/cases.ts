import { sql } from 'kysely';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { visibleExhibit } from '../evidence/exhibits.ts';
import { AppError } from '../platform/errors.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { auditCase, type Q, type Trx } from './case-access.ts';
import { CASE_TEXTS } from './case-texts.ts';
import { type Burden, loadCharges } from './gauge.ts';
import { offenceByCode } from './offences/index.ts';
import { fill } from './pdf-language.ts';

// Opening a case file: from intelligence (a title, nothing else yet), or from an operation once it has concluded
// and its agency has shared it with the actor's: the operation's arrests become the case's suspects (arrested),
// and those of its exhibits the actor may see become its first evidence items. One case file per operation and
// agency. The title it is given when none is, and the label of an arrested person the log does not name, are
// written in the language of the person opening it (case-texts.ts).

interface ArrestEntry {
  person?: string;
  entityId?: string | null;
}

async function nextRef(trx: Trx) {
  const n = await sql<{ n: string }>`SELECT nextval('prosecution_case_ref_seq') AS n`.execute(trx);
  return `PC-${new Date().getUTCFullYear()}-${String(n.rows[0]?.n ?? '0').padStart(6, '0')}`;
}

async function refuse(db: Q, actor: Actor, operationId: string, reason: string, requestId: string) {
  await recordAudit(db, {
    actor,
    action: 'prosecution.case_open',
    resource: { type: 'operation', id: operationId },
    outcome: 'denied',
    requestId,
    detail: { reason },
  });
}

/** The operation the case is opened from: shared with the actor's agency and concluded; else nothing is written. */
async function sourceOperation(db: Q, actor: Actor, operationId: string, requestId: string) {
  const op = await db.selectFrom('operations').selectAll().where('id', '=', operationId).executeTakeFirst();
  const shared = await db
    .selectFrom('shares')
    .select('agency_id')
    .where('resource_type', '=', 'operation')
    .where('resource_id', '=', operationId)
    .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst();
  if (!op || !shared) {
    await refuse(db, actor, operationId, 'not_shared', requestId);
    throw new AppError('not_found', 'operationId: no operation shared with your agency has this id.');
  }
  if (op.status !== 'concluded') {
    await refuse(db, actor, operationId, 'not_concluded', requestId);
    throw new AppError(
      'conflict',
      `Operation ${op.code_name} is ${op.status}: a case file is opened from it once it has concluded.`,
    );
  }
  const existing = await db
    .selectFrom('prosecution_cases')
    .select('ref')
    .where('agency_id', '=', actor.agencyId as string)
    .where('operation_id', '=', operationId)
    .executeTakeFirst();
  if (existing)
    throw new AppError(
      'conflict',
      `Operation ${op.code_name} already has case file ${existing.ref} in your agency: add to that one.`,
    );
  return op;
}

/** The exhibits of the operation that the actor may see (shared with their agency), in the order seized. */
async function visibleExhibitsOf(db: Q, actor: Actor, operationId: string) {
  const all = await db
    .selectFrom('exhibits')
    .select('id')
    .where('operation_id', '=', operationId)
    .orderBy('collected_at')
    .orderBy('ref')
    .execute();
  const out = [];
  for (const x of all) {
    try {
      out.push(await visibleExhibit(db, actor, x.id, 'evidence.read'));
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'not_found')) throw e;
    }
  }
  return out;
}

export async function openCase(
  db: Q,
  actor: Actor,
  input: { title?: string | undefined; operationId?: string | undefined },
  lang: ServerLanguage,
  requestId: string,
) {
  const words = CASE_TEXTS[lang];
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden', 'A case file is opened by a user.');
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  if (!input.operationId && !input.title)
    throw new AppError('validation_failed', 'title: a case file opened from intelligence needs a title.');
  const op = input.operationId ? await sourceOperation(db, actor, input.operationId, requestId) : null;
  const arrests = op
    ? await db
        .selectFrom('operation_log')
        .select(['id', 'entry', 'occurred_at'])
        .where('operation_id', '=', op.id)
        .where('kind', '=', 'arrest')
        .orderBy('occurred_at')
        .execute()
    : [];
  const exhibits = op ? await visibleExhibitsOf(db, actor, op.id) : [];
  return db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx);
    const c = await trx
      .insertInto('prosecution_cases')
      .values({
        agency_id: agencyId,
        ref,
        title: input.title ?? fill(words.operationTitle, { codename: op?.code_name ?? '' }),
        origin: op ? 'operation' : 'intelligence',
        operation_id: op?.id ?? null,
        site_entity_id: op?.target_entity_id ?? null,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // One suspect per person arrested: two entries naming the same entity are one person.
    const seen = new Set<string>();
    let suspects = 0;
    for (const a of arrests) {
      const e = a.entry as ArrestEntry;
      if (e.entityId && seen.has(e.entityId)) continue;
      if (e.entityId) seen.add(e.entityId);
      await trx
        .insertInto('prosecution_suspects')
        .values({
          agency_id: agencyId,
          case_id: c.id,
          label: e.person ?? words.unnamedArrested,
          entity_id: e.entityId ?? null,
          arrested: true,
          arrest_entry_id: a.id,
          arrested_at: a.occurred_at,
          added_by: userId,
        })
        .execute();
      suspects++;
    }
    for (const [i, x] of exhibits.entries())
      await trx
        .insertInto('prosecution_evidence')
        .values({
          agency_id: agencyId,
          case_id: c.id,
          n: i + 1,
          kind: 'exhibit',
          description: `${x.ref}: ${x.description}`,
          exhibit_id: x.id,
          added_by: userId,
        })
        .execute();
    await auditCase(trx, actor, c.id, 'prosecution.case_open', requestId, {
      operation: op?.id ?? null,
      suspects,
      exhibits: exhibits.map((x) => x.id),
    });
    return { id: c.id, ref, suspects, evidence: exhibits.length };
  });
}

/** The agency's case files, newest first, with their counts and worst charge (case-list.ts pages and audits them). */
export async function listCases(db: Q, actor: Actor) {
  const rows = await db
    .selectFrom('prosecution_cases as c')
    .select([
      'c.id',
      'c.ref',
      'c.title',
      'c.origin',
      'c.status',
      'c.created_at',
      (eb) =>
        eb
          .selectFrom('prosecution_suspects as s')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('s.case_id', '=', 'c.id')
          .as('suspects'),
      (eb) =>
        eb
          .selectFrom('prosecution_charges as ch')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('ch.case_id', '=', 'c.id')
          .as('charges'),
    ])
    .where('c.agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
    .orderBy('c.created_at', 'desc')
    .execute();
  const worst = await worstCharges(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    ref: r.ref,
    title: r.title,
    origin: r.origin,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    suspects: Number(r.suspects ?? 0),
    charges: Number(r.charges ?? 0),
    worst: worst.get(r.id) ?? null,
  }));
}

/** Per case, the charge that leans most on the victim's testimony alone (then has the most gaps), with its gauge. */
async function worstCharges(db: Q, caseIds: readonly string[]) {
  const out = new Map<string, { offence: string; title: string; suspect: string; burden: Burden }>();
  if (caseIds.length === 0) return out;
  const charges = await loadCharges(db, caseIds);
  const suspects = new Map(
    (
      await db
        .selectFrom('prosecution_suspects')
        .select(['id', 'label'])
        .where('case_id', 'in', caseIds)
        .execute()
    ).map((s) => [s.id, s.label]),
  );
  const sorted = [...charges].sort(
    (a, b) => b.burden.burden - a.burden.burden || b.burden.gaps - a.burden.gaps,
  );
  for (const ch of sorted)
    if (!out.has(ch.caseId))
      out.set(ch.caseId, {
        offence: ch.offence,
        title: offenceByCode(ch.offence)?.title ?? ch.offence,
        suspect: suspects.get(ch.suspectId) ?? '',
        burden: ch.burden,
      });
  return out;
}
