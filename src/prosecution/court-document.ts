import type { Actor } from '../access/policy.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { auditCaseRead, type Q } from './case-access.ts';
import { type CaseFile, loadCaseFile } from './case-page.ts';
import { citationText, elementText, offenceNotes, offenceTitle } from './court-file-offences.ts';
import { COURT_FILE_TEXTS, type CourtFileTexts, wordFor } from './court-file-texts.ts';
import type { CourtFileDocument } from './court-file-types.ts';
import { courtTimeline } from './court-timeline.ts';
import { fill, printedNumber } from './pdf-language.ts';
import { type Proposal, scopeOf, type TieEvidence } from './scope.ts';

// The court file of a case as plain values for the PDF renderer (src/prosecution/court-file-types.ts), in the
// language asked for: suspects with their tier, charges with their elements, evidence and testimony burden,
// exhibits with their chain of custody, a timeline, and the link chart of the scope beyond the site. The codes
// (roles, kinds of evidence, custody, hearings, decisions) and the offence catalogue's words are put in that
// language; what people typed (names, descriptions, notes, courts) stays as typed. A suspect whose role is not
// recorded yet is listed as a facilitator, the tier that claims less. Reading it is audited.

function tieLabel(e: TieEvidence, t: CourtFileTexts, lang: ServerLanguage): string {
  const n = (count: number) => printedNumber(count, lang);
  switch (e.kind) {
    case 'declared':
      return e.label;
    case 'calls':
      return fill(e.count === 1 ? t.callOne : t.callMany, { n: n(e.count) });
    case 'transfers': {
      const amount = lang === 'en' ? e.amount.toLocaleString('en') : n(e.amount);
      return fill(e.count === 1 ? t.transferOne : t.transferMany, { n: n(e.count), amount });
    }
    case 'co_travel':
      return e.occasions === 1 ? t.crossedOnce : fill(t.crossedMany, { n: n(e.occasions) });
    case 'broker':
      return fill(t.broker, { rank: n(e.rank), relation: wordFor(t.brokerRelations, e.relation) });
  }
}

function linkChart(
  file: CaseFile,
  proposals: Proposal[],
  t: CourtFileTexts,
  lang: ServerLanguage,
): CourtFileDocument['linkChart'] {
  if (proposals.length === 0) return null;
  const suspects = file.suspects.filter((s) => s.entityId !== null);
  const entityOf = new Map(suspects.map((s) => [s.id, s.entityId as string]));
  return {
    nodes: [
      ...suspects.map((s) => ({ id: s.entityId as string, label: s.label, kind: t.chartKinds.suspect })),
      ...proposals.map((p) => ({
        id: p.entity.id,
        label: p.entity.label,
        kind: wordFor(t.chartKinds, p.proposal),
      })),
    ],
    edges: proposals.flatMap((p) =>
      p.ties.map((tie) => ({
        from: entityOf.get(tie.suspectId) ?? tie.suspectId,
        to: p.entity.id,
        label: tieLabel(tie.evidence, t, lang),
      })),
    ),
  };
}

async function custodyOf(db: Q, exhibitIds: string[]) {
  if (exhibitIds.length === 0) return [];
  return db
    .selectFrom('custody_events as c')
    .innerJoin('users as u', 'u.id', 'c.recorded_by')
    .select(['c.exhibit_id', 'c.seq', 'c.at', 'c.action', 'c.to_custodian', 'u.display_name'])
    .where('c.exhibit_id', 'in', exhibitIds)
    .orderBy('c.exhibit_id')
    .orderBy('c.seq')
    .execute();
}

export async function courtFileDocument(
  db: Q,
  actor: Actor,
  caseId: string,
  opts: { generatedAt?: string; requestId?: string; lang?: ServerLanguage } = {},
): Promise<CourtFileDocument> {
  const lang = opts.lang ?? 'en';
  const t = COURT_FILE_TEXTS[lang];
  const file = await loadCaseFile(db, actor, caseId);
  const scope = await scopeOf(db, actor, caseId);
  const agency = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', actor.agencyId as string)
    .executeTakeFirstOrThrow();
  const exhibitIds = file.evidence.map((e) => e.exhibitId).filter((x): x is string => x !== null);
  const custody = await custodyOf(db, exhibitIds);
  const exhibits = exhibitIds.length
    ? await db
        .selectFrom('exhibits')
        .select(['id', 'ref', 'collected_at'])
        .where('id', 'in', exhibitIds)
        .execute()
    : [];
  const itemById = new Map(file.evidence.map((e) => [e.id, e]));
  const suspectLabel = new Map(file.suspects.map((s) => [s.id, s.label]));
  const iso = (d: Date | string) => new Date(d).toISOString();
  const suspectOf = (id: string) => suspectLabel.get(id) ?? t.aSuspect;
  const timeline = [
    { at: file.createdAt, what: fill(t.caseOpened, { ref: file.ref }) },
    ...(file.operation?.concludedAt
      ? [
          {
            at: file.operation.concludedAt,
            what: fill(t.operationConcluded, { name: file.operation.codeName }),
          },
        ]
      : []),
    ...file.suspects.flatMap((s) => [
      ...(s.arrestedAt ? [{ at: s.arrestedAt, what: fill(t.suspectArrested, { name: s.label }) }] : []),
      ...s.steps.map((x) => ({
        at: `${x.on}T00:00:00.000Z`,
        what: fill(t.suspectStep, { name: s.label, step: wordFor(t.steps, x.step) }),
      })),
    ]),
    ...exhibits.map((x) => ({ at: iso(x.collected_at), what: fill(t.exhibitCollected, { ref: x.ref }) })),
    ...file.charges.map((ch) => ({
      at: ch.laidAt,
      what: fill(t.charged, { offence: ch.offence, suspect: suspectOf(ch.suspectId) }),
    })),
    ...(await courtTimeline(
      db,
      caseId,
      (id) => {
        const ch = file.charges.find((x) => x.id === id);
        return ch
          ? fill(t.chargeAgainst, { offence: ch.offence, suspect: suspectOf(ch.suspectId) })
          : t.aCharge;
      },
      lang,
    )),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.what.localeCompare(b.what));
  await auditCaseRead(db, actor, caseId, 'prosecution.court_file', opts.requestId ?? 'court-file', {
    entityIds: scope.proposals.map((p) => p.entity.id),
  });
  return {
    lang,
    caseRef: file.ref,
    title: file.title,
    agency: agency.name,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    suspects: file.suspects.map((s) => ({
      label: s.label,
      role: s.role ? wordFor(t.roles, s.role) : null,
      tier: s.tier ?? 'facilitator',
      arrested: s.arrested,
    })),
    charges: file.charges.map((ch) => ({
      suspect: suspectLabel.get(ch.suspectId) ?? '',
      offence: `${ch.offence} ${offenceTitle(ch.offence, ch.title, lang)}`,
      kind: ch.category ? wordFor(t.offenceKinds, ch.category) : null,
      law: ch.citation ? citationText(ch.citation.law, ch.citation.section, lang) : ch.offence,
      country: ch.country,
      note: [...offenceNotes(ch.offence, ch.notes, lang), t.verify].join(' '),
      burden: {
        elements: ch.burden.elements,
        proven: ch.burden.proven,
        restingOnVictim: ch.burden.restingOnVictim,
        gaps: ch.burden.gaps,
        ratio: ch.burden.burden,
      },
      elements: ch.elements.map((el) => ({
        code: wordFor(t.elementCodes, el.code),
        text: elementText(el.text, lang),
        gap: el.status === 'gap',
        seek: el.seekNext.map((kind) => wordFor(t.seekKinds, kind)),
        evidence: el.evidence.flatMap((x) => {
          const item = itemById.get(x.id);
          return item
            ? [
                {
                  ref: item.ref,
                  kind: wordFor(t.evidenceKinds, item.kind),
                  description: item.description,
                  testimonial: item.testimonial,
                },
              ]
            : [];
        }),
      })),
    })),
    evidence: file.evidence.map((e) => ({
      ref: e.ref,
      kind: wordFor(t.evidenceKinds, e.kind),
      description: e.description,
      custody: custody
        .filter((c) => c.exhibit_id === e.exhibitId)
        .map((c) => ({
          at: iso(c.at),
          action: wordFor(t.custodyActions, c.action),
          by: c.display_name,
          to: c.to_custodian,
        })),
    })),
    timeline,
    linkChart: linkChart(file, scope.proposals, t, lang),
  };
}
