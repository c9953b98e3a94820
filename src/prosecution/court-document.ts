import type { Actor } from '../access/policy.ts';
import { auditCaseRead, type Q } from './case-access.ts';
import { type CaseFile, loadCaseFile } from './case-page.ts';
import type { CourtFileDocument } from './court-file-types.ts';
import { courtTimeline } from './court-timeline.ts';
import { type Proposal, scopeOf, type TieEvidence } from './scope.ts';

// The court file of a case as plain values for the PDF renderer (src/prosecution/court-file-types.ts): suspects
// with their tier, charges with their elements, evidence and testimony burden, exhibits with their chain of
// custody, a timeline, and the link chart of the scope beyond the site. A suspect whose role is not recorded yet
// is listed as a facilitator, the tier that claims less. Reading it is audited.

const VERIFY = 'Citation as commonly cited: to be checked against the current text before filing.';

function tieLabel(e: TieEvidence): string {
  switch (e.kind) {
    case 'declared':
      return e.label;
    case 'calls':
      return `${e.count} call${e.count === 1 ? '' : 's'}`;
    case 'transfers':
      return `${e.count} transfer${e.count === 1 ? '' : 's'}, ${e.amount.toLocaleString('en')}`;
    case 'co_travel':
      return `crossed together ${e.occasions} times`;
    case 'broker':
      return `broker (rank ${e.rank}): ${e.relation.replaceAll('_', ' ')}`;
  }
}

function linkChart(file: CaseFile, proposals: Proposal[]): CourtFileDocument['linkChart'] {
  if (proposals.length === 0) return null;
  const suspects = file.suspects.filter((s) => s.entityId !== null);
  const entityOf = new Map(suspects.map((s) => [s.id, s.entityId as string]));
  return {
    nodes: [
      ...suspects.map((s) => ({ id: s.entityId as string, label: s.label, kind: 'suspect' })),
      ...proposals.map((p) => ({ id: p.entity.id, label: p.entity.label, kind: p.proposal })),
    ],
    edges: proposals.flatMap((p) =>
      p.ties.map((t) => ({
        from: entityOf.get(t.suspectId) ?? t.suspectId,
        to: p.entity.id,
        label: tieLabel(t.evidence),
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
  opts: { generatedAt?: string; requestId?: string } = {},
): Promise<CourtFileDocument> {
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
  const timeline = [
    { at: file.createdAt, what: `Case file ${file.ref} opened` },
    ...(file.operation?.concludedAt
      ? [{ at: file.operation.concludedAt, what: `Operation ${file.operation.codeName} concluded` }]
      : []),
    ...file.suspects.flatMap((s) => [
      ...(s.arrestedAt ? [{ at: s.arrestedAt, what: `${s.label} arrested` }] : []),
      ...s.steps.map((x) => ({
        at: `${x.on}T00:00:00.000Z`,
        what: `${s.label}: ${x.step.replaceAll('_', ' ')}`,
      })),
    ]),
    ...exhibits.map((x) => ({ at: iso(x.collected_at), what: `Exhibit ${x.ref} collected` })),
    ...file.charges.map((ch) => ({
      at: ch.laidAt,
      what: `${ch.offence} charged against ${suspectLabel.get(ch.suspectId) ?? 'a suspect'}`,
    })),
    ...(await courtTimeline(db, caseId, (id) => {
      const ch = file.charges.find((x) => x.id === id);
      return ch ? `${ch.offence} against ${suspectLabel.get(ch.suspectId) ?? 'a suspect'}` : 'A charge';
    })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.what.localeCompare(b.what));
  await auditCaseRead(db, actor, caseId, 'prosecution.court_file', opts.requestId ?? 'court-file', {
    entityIds: scope.proposals.map((p) => p.entity.id),
  });
  return {
    caseRef: file.ref,
    title: file.title,
    agency: agency.name,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    suspects: file.suspects.map((s) => ({
      label: s.label,
      role: s.roleLabel ?? 'Role not recorded yet',
      tier: s.tier ?? 'facilitator',
      arrested: s.arrested,
    })),
    charges: file.charges.map((ch) => ({
      suspect: suspectLabel.get(ch.suspectId) ?? '',
      offence: `${ch.offence} ${ch.title}`,
      law: ch.citation
        ? `${ch.citation.law}${ch.citation.section ? `, ${ch.citation.section}` : ''}`
        : ch.offence,
      country: ch.country,
      note: [...ch.notes, VERIFY].join(' '),
      burden: {
        elements: ch.burden.elements,
        proven: ch.burden.proven,
        restingOnVictim: ch.burden.restingOnVictim,
        gaps: ch.burden.gaps,
        ratio: ch.burden.burden,
      },
      elements: ch.elements.map((el) => ({
        code: el.code,
        text: el.text,
        gap: el.status === 'gap',
        seek: el.seekNext,
        evidence: el.evidence.flatMap((x) => {
          const item = itemById.get(x.id);
          return item
            ? [
                {
                  ref: item.ref,
                  kind: item.kind,
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
      kind: e.kind,
      description: e.description,
      custody: custody
        .filter((c) => c.exhibit_id === e.exhibitId)
        .map((c) => ({ at: iso(c.at), action: c.action, by: c.display_name, to: c.to_custodian })),
    })),
    timeline,
    linkChart: linkChart(file, scope.proposals),
  };
}
