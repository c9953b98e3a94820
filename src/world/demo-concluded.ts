import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { recordCustody } from '../evidence/custody.ts';
import { custodyInputSchema } from '../evidence/schema.ts';
import { shareOperationCaseFile } from '../evidence/sharing.ts';
import type { Assessment } from '../operations/assessment.ts';
import { setChecklistItem } from '../operations/checklist.ts';
import { approve, decide } from '../operations/decisions.ts';
import { recordEntry } from '../operations/execution.ts';
import { approveOperation, concludeOperation, startOperation } from '../operations/lifecycle.ts';
import { logEntrySchema } from '../operations/log-schema.ts';
import { addMember } from '../operations/members.ts';
import { DEFAULT_BRIEFING, DEFAULT_GO_NO_GO, planSchema } from '../operations/plan-schema.ts';
import { createOperation, updatePlan } from '../operations/plans.ts';
import { DEMO_AGENCIES } from './demo.ts';

// The demo's concluded operation: a site of the rich picture that the network analysis ties to a broker who
// supplies other sites, raided through the same functions the app uses (decision, plan, approval, start, execution
// log, conclusion); its owner and the broker arrested, four exhibits seized and kept in custody, people removed to
// the NGO; then its case file shared with the demo's prosecution office.

type Q = Kysely<Database>;

export const CONCLUDED_CODE_NAME = 'KINGFISHER';
const WORKPLACES = ['construction', 'seafood_processing', 'fishing_vessel', 'farm'];
const requestId = 'demo-load';

interface Target {
  site: { id: string; label: string; town: string };
  owner: { id: string; label: string };
  broker: { id: string; label: string };
}

const labelOf = async (db: Q, id: string) =>
  (await db.selectFrom('entities').select('label').where('id', '=', id).executeTakeFirstOrThrow()).label;

/** The demo's police division is Thai: a site in Thailand (its registry address) is preferred, then a workplace. */
const PREFERENCES: ((f: Map<string, string>) => boolean)[] = [
  (f) => WORKPLACES.includes(f.get('site_kind') ?? '') && /, TH$/.test(f.get('address') ?? ''),
  (f) => WORKPLACES.includes(f.get('site_kind') ?? ''),
  () => true,
];

/**
 * The site and its suspects, as the analyst's last network analysis shows them: the best-ranked broker reaching a
 * site no decision has targeted yet, whose owner is on record (the business registry's `owns` link), preferably an
 * owner through whom the broker reaches it.
 */
async function pickTarget(db: Q, agencyId: string): Promise<Target | null> {
  const brokers = await db
    .selectFrom('network_brokers')
    .select(['node', 'sites', 'through'])
    .where('agency_id', '=', agencyId)
    .orderBy('rank')
    .execute();
  const taken = new Set(
    (
      await db
        .selectFrom('intervention_decisions')
        .select('target_entity_id')
        .where('agency_id', '=', agencyId)
        .execute()
    ).map((d) => d.target_entity_id),
  );
  const candidates = [...new Set(brokers.flatMap((b) => b.sites))].filter((s) => !taken.has(s));
  if (candidates.length === 0) return null;
  const facts = new Map<string, Map<string, string>>();
  for (const f of await db
    .selectFrom('entity_facts')
    .select(['entity_id', 'attribute', 'value'])
    .where('entity_id', 'in', candidates)
    .where('attribute', 'in', ['site_kind', 'address'])
    .execute())
    facts.set(f.entity_id, (facts.get(f.entity_id) ?? new Map()).set(f.attribute, f.value));
  const owners = await db
    .selectFrom('entity_links')
    .innerJoin('entities', 'entities.id', 'entity_links.from_id')
    .select(['entity_links.from_id', 'entity_links.to_id'])
    .where('entity_links.agency_id', '=', agencyId)
    .where('entity_links.type', '=', 'owns')
    .where('entity_links.to_id', 'in', candidates)
    .where('entities.type', '=', 'person')
    .execute();
  for (const preferred of PREFERENCES)
    for (const b of brokers)
      for (const site of b.sites) {
        const f = facts.get(site) ?? new Map<string, string>();
        if (taken.has(site) || !preferred(f)) continue;
        const held = owners.filter((o) => o.to_id === site && o.from_id !== b.node).map((o) => o.from_id);
        const owner = held.find((o) => b.through.includes(o)) ?? held[0];
        if (!owner) continue;
        return {
          site: {
            id: site,
            label: await labelOf(db, site),
            town: (f.get('address') ?? '').split(',')[0] ?? '',
          },
          owner: { id: owner, label: await labelOf(db, owner) },
          broker: { id: b.node, label: await labelOf(db, b.node) },
        };
      }
  return null;
}

const assessment: Assessment = {
  dangerToLife: 'high',
  childrenPresent: 'unknown',
  peopleAtRisk: 8,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '2', strongestInfoGrade: 'B', corroboratingReports: 3 },
  nonTestimonialEvidence: ['financial', 'call_records', 'documents'],
  risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 10 },
  corruptionLeakRisk: 'medium',
  servicesReady: true,
};

function planFor(t: Target, receivingAgency: string) {
  const now = new Date();
  return planSchema.parse({
    target: { entityId: t.site.id, label: t.site.label },
    place: `${t.site.label}: the site office and the workers' quarters behind it`,
    startsAt: now.toISOString(),
    readyBy: now.toISOString().slice(0, 10),
    screeningSite: {
      name: 'Mekong Migrant Rights Network field office, interview rooms',
      kind: 'ngo_office',
      address: t.site.town || 'To be confirmed with the network',
    },
    transport: "One van from the network's field office; a police pick-up for the suspects, kept apart",
    // Workers from across the Mekong: the unit's officers and the network's staff speak their language.
    expectedPeople: { count: 8, children: 0, languages: [], medicalNeeds: 'None reported' },
    arrestTargets: [
      { label: `${t.owner.label} (the site's owner)`, entityId: t.owner.id },
      { label: `${t.broker.label} (the broker who supplies the workers)`, entityId: t.broker.id },
    ],
    expectedEvidence: [
      { category: 'ledger', note: 'Debt ledger kept in the site office' },
      { category: 'retained_passport', note: "Workers' passports held in the office" },
      { category: 'phone', note: "The supervisor's phone, used to arrange the workers" },
      { category: 'bank_record', note: 'Slips of transfers to the broker' },
    ],
    briefing: DEFAULT_BRIEFING,
    goNoGo: DEFAULT_GO_NO_GO,
    receivingAgencies: [receivingAgency],
  });
}

const seized = [
  {
    nature: 'physical',
    category: 'ledger',
    description: "Debt ledger: each worker's recruitment fee, deductions and sums still owed, 64 pages",
    where: 'Site office, desk drawer',
    sealNumber: 'DEMO-SEAL-1101',
  },
  {
    nature: 'physical',
    category: 'retained_passport',
    description: "Eight workers' passports, held together with a rubber band",
    where: 'Site office, locked cabinet',
    sealNumber: 'DEMO-SEAL-1102',
  },
  {
    nature: 'digital',
    category: 'phone',
    description:
      "Forensic image of the supervisor's phone (the owner, who supervised the workers in person): messages with the broker about workers and fees",
    where: 'On the owner, at arrest',
    sealNumber: null,
  },
  {
    nature: 'physical',
    category: 'bank_record',
    description: 'Bank transfer slips: monthly payments from the site to the broker, one per worker placed',
    where: 'Site office, envelope in the safe',
    sealNumber: 'DEMO-SEAL-1104',
  },
] as const;

const custody = (over: Record<string, unknown>) =>
  custodyInputSchema.parse({
    toUserId: null,
    toExternal: null,
    purpose: 'Safe keeping until trial',
    authority: `Operation ${CONCLUDED_CODE_NAME}, case officer`,
    method: 'in_person',
    place: 'Evidence store, Anti-Trafficking Police Division',
    at: new Date().toISOString(),
    hashObserved: null,
    note: '',
    ...over,
  });

/**
 * Loads the concluded operation unless the demo has it already. Runs after the network analysis, whose brokers
 * it reads. Returns how many decisions and operations it added.
 */
export async function loadDemoConcluded(
  db: Q,
  byUsername: (username: string) => Promise<Actor>,
): Promise<{ decisions: number; operations: number }> {
  const commander = await byUsername('demo.commander');
  const agencyId = commander.agencyId ?? '';
  const none = { decisions: 0, operations: 0 };
  const done = await db
    .selectFrom('operations')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code_name', '=', CONCLUDED_CODE_NAME)
    .executeTakeFirst();
  if (done) return none;
  const target = await pickTarget(db, agencyId);
  if (!target) return none;
  const [deputy, investigator, arrester, carer] = await Promise.all(
    ['demo.deputy', 'demo.investigator', 'demo.analyst', 'demo.ngo-screener'].map(byUsername),
  );
  const prosecutionName = DEMO_AGENCIES.find((a) => a.kind === 'prosecution')?.name ?? '';
  const prosecution = await db
    .selectFrom('agencies')
    .select('id')
    .where('name', '=', prosecutionName)
    .executeTakeFirst();
  if (!deputy || !investigator || !arrester || !carer?.agencyId || !prosecution) return none;

  const d = await decide(
    db,
    commander,
    {
      target: { entityId: target.site.id, label: target.site.label },
      assessment,
      decision: 'planned_raid_and_rescue',
      rationale:
        "Workers' debts kept in a ledger and their passports held; the owner pays a broker per worker placed, seen in the transfers.",
    },
    requestId,
  );
  await approve(
    db,
    deputy,
    d.id,
    { approve: true, note: 'Approved: the NGO receives the workers.' },
    requestId,
  );
  const op = await createOperation(
    db,
    commander,
    { decisionId: d.id, codeName: CONCLUDED_CODE_NAME },
    requestId,
  );
  const planned = await updatePlan(
    db,
    commander,
    op.id,
    { version: op.version, plan: planFor(target, carer.agencyId) },
    requestId,
  );
  const team: [Actor, 'command' | 'evidence' | 'arrest' | 'victim_care', string][] = [
    [deputy, 'command', 'Command'],
    [investigator, 'evidence', 'Evidence'],
    [arrester, 'arrest', 'Arrest'],
    [carer, 'victim_care', 'Care'],
  ];
  for (const [who, role, teamName] of team)
    await addMember(
      db,
      commander,
      op.id,
      { userId: who.userId ?? '', role, team: teamName, language: null },
      requestId,
    );
  // The commander confirms the briefing and go/no-go items just before the raid (ticks keep the plan's version).
  for (const list of ['briefing', 'goNoGo'] as const)
    for (const [index] of planned.plan[list].entries())
      await setChecklistItem(db, commander, op.id, { list, index, done: true }, requestId);
  await approveOperation(db, deputy, op.id, planned.version, requestId);
  await startOperation(db, commander, op.id, requestId);

  const log = (actor: Actor, entry: Record<string, unknown>) =>
    recordEntry(
      db,
      actor,
      op.id,
      logEntrySchema.parse({ id: randomUUID(), occurredAt: new Date().toISOString(), ...entry }),
      requestId,
    );
  for (const [targetIndex, who] of [target.owner, target.broker].entries())
    await log(arrester, {
      kind: 'arrest',
      person: who.label,
      entityId: who.id,
      targetIndex,
      place: targetIndex === 0 ? 'Site office' : 'Car park by the site gate, on arrival to collect fees',
      separatedFromVictims: true,
      separationNote: '',
    });
  const exhibits: string[] = [];
  for (const x of seized) {
    const digitalHash =
      x.nature === 'digital' ? createHash('sha256').update(`${op.id}:${x.category}`).digest('hex') : null;
    const r = await log(investigator, { kind: 'exhibit', exhibit: { ...x, digitalHash } });
    if (!r.exhibitId) continue;
    exhibits.push(r.exhibitId);
    if (digitalHash) {
      const lab = 'Digital Forensics Laboratory, Royal Thai Police (demo)';
      await recordCustody(
        db,
        investigator,
        r.exhibitId,
        custody({
          action: 'to_laboratory',
          toExternal: lab,
          purpose: 'Extraction of messages and contacts',
          place: lab,
        }),
        requestId,
      );
      await recordCustody(
        db,
        investigator,
        r.exhibitId,
        custody({
          action: 'hash_reverified',
          hashObserved: digitalHash,
          purpose: 'Image checked on receipt',
          place: lab,
        }),
        requestId,
      );
      await recordCustody(
        db,
        investigator,
        r.exhibitId,
        custody({
          action: 'returned_from_laboratory',
          toUserId: investigator.userId,
          purpose: 'Extraction done',
        }),
        requestId,
      );
    } else {
      await recordCustody(
        db,
        investigator,
        r.exhibitId,
        custody({ action: 'to_storage', toExternal: 'Evidence store, Anti-Trafficking Police Division' }),
        requestId,
      );
    }
  }
  await log(carer, {
    kind: 'removal',
    count: 8,
    children: 0,
    languages: ['lo'],
    to: 'Mekong Migrant Rights Network field office, interview rooms',
    transport: "The network's van, with two of its staff",
    medicalNeeds: 'One worker with a cut hand, dressed on site',
  });
  await concludeOperation(db, commander, op.id, requestId);
  await shareOperationCaseFile(
    db,
    investigator,
    op.id,
    { agencyId: prosecution.id, exhibitIds: exhibits },
    requestId,
  );
  return { decisions: 1, operations: 1 };
}
