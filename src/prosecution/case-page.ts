import type { Actor } from '../access/policy.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { auditCaseRead, caseOfAgency, type Q } from './case-access.ts';
import { classOf, isTestimonial } from './evidence-kinds.ts';
import { burdenOf, loadCharges } from './gauge.ts';
import { chargeIn } from './offence-language.ts';
import { offenceByCode } from './offences/index.ts';
import { tierOf } from './suspect-roles.ts';

// The case page: the case, its suspects (role, tier, arrest, cooperation and confession), its evidence items, and
// its charges with every element's state, evidence and what to seek next, and the testimony-burden gauge per
// charge and for the case. The read is audited. Roles and kinds go out as codes; the screens word them, and
// the charges' offences are worded in the reader's language (the court file words them in its own).

export async function loadCaseFile(db: Q, actor: Actor, caseId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const op = c.operation_id
    ? await db
        .selectFrom('operations')
        .select(['id', 'code_name', 'concluded_at'])
        .where('id', '=', c.operation_id)
        .executeTakeFirst()
    : undefined;
  const suspects = await db
    .selectFrom('prosecution_suspects')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('added_at')
    .orderBy('arrested_at')
    .orderBy('id')
    .execute();
  const steps = suspects.length
    ? await db
        .selectFrom('prosecution_suspect_steps')
        .select(['suspect_id', 'kind', 'occurred_on', 'recorded_at'])
        .where(
          'suspect_id',
          'in',
          suspects.map((s) => s.id),
        )
        .orderBy('recorded_at')
        .execute()
    : [];
  const evidence = await db
    .selectFrom('prosecution_evidence as e')
    .leftJoin('exhibits as x', 'x.id', 'e.exhibit_id')
    .select([
      'e.id',
      'e.n',
      'e.kind',
      'e.description',
      'e.exhibit_id',
      'e.report_id',
      'e.added_at',
      'x.ref as exhibit_ref',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.n')
    .execute();
  const charges = await loadCharges(db, [caseId]);
  const latest = (suspectId: string, kinds: string[]) =>
    steps.filter((s) => s.suspect_id === suspectId && kinds.includes(s.kind)).at(-1)?.kind ?? null;
  return {
    id: c.id,
    ref: c.ref,
    title: c.title,
    origin: c.origin,
    status: c.status,
    createdAt: new Date(c.created_at).toISOString(),
    siteEntityId: c.site_entity_id,
    operation: op
      ? {
          id: op.id,
          codeName: op.code_name,
          concludedAt: op.concluded_at ? new Date(op.concluded_at).toISOString() : null,
        }
      : null,
    suspects: suspects.map((s) => ({
      id: s.id,
      label: s.label,
      entityId: s.entity_id,
      role: s.role,
      tier: tierOf(s.role),
      arrested: s.arrested,
      arrestedAt: s.arrested_at ? new Date(s.arrested_at).toISOString() : null,
      cooperation: latest(s.id, ['cooperating', 'cooperation_ended']),
      confession: latest(s.id, ['confessed', 'confession_retracted']),
      steps: steps
        .filter((x) => x.suspect_id === s.id)
        .map((x) => ({ step: x.kind, on: x.occurred_on, recordedAt: new Date(x.recorded_at).toISOString() })),
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      ref: e.exhibit_ref ?? `${c.ref}/E${e.n}`,
      n: e.n,
      kind: e.kind,
      class: classOf(e.kind),
      testimonial: isTestimonial(e.kind),
      description: e.description,
      exhibitId: e.exhibit_id,
      reportId: e.report_id,
      addedAt: new Date(e.added_at).toISOString(),
    })),
    charges: charges.map((ch) => {
      const o = offenceByCode(ch.offence);
      return {
        ...ch,
        title: o?.title ?? ch.offence,
        citation: o?.citation ?? null,
        category: o?.category ?? null,
        notes: [...(o?.notes ?? [])],
      };
    }),
    burden: burdenOf(charges.flatMap((ch) => ch.elements.map((e) => e.status))),
  };
}

export type CaseFile = Awaited<ReturnType<typeof loadCaseFile>>;

/** The case page as the screens read it: its charges' offences in the reader's language. The read is audited. */
export async function readCaseFile(
  db: Q,
  actor: Actor,
  caseId: string,
  lang: ServerLanguage,
  requestId: string,
) {
  const file = await loadCaseFile(db, actor, caseId);
  await auditCaseRead(db, actor, caseId, 'prosecution.case_read', requestId);
  return { ...file, charges: file.charges.map((ch) => chargeIn(ch, lang)) };
}
