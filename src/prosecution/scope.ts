import { type Actor, hasPermission } from '../access/policy.ts';
import { visibleEntity } from '../intel/entities.ts';
import { coTravel } from '../intel/network/co-travel.ts';
import { describe, expand, type GraphNode } from '../intel/network/expand.ts';
import { HOLDING_LINKS } from '../intel/network/projection.ts';
import { auditCaseRead, caseOfAgency, type Q } from './case-access.ts';
import { disclosedProposals } from './shared-scope.ts';

// Scope beyond the site: for each suspect tied to an entity, the other people and sites the rich picture and the
// network analysis tie to them, proposed as scope expansion (a person or organisation: a suspect to consider) or
// as a new target (a site or vessel), each with the ties and what they rest on (counts, amounts, dates, reports
// and grades). Everything is read through the intelligence module's own checks: an entity the actor may not see
// is neither shown nor passed through, a declared link counts only when its report is visible, and traces and
// the network analysis are the actor's agency's own.
//
// Declared links that propose: owns, manages, works at, lives at (sites), associates with, paid (people). Links
// of recruiting, transporting or harbouring a person point to the suspect's victims, never to co-offenders, and
// family ties prove nothing: those are left out.

const DECLARED_TIES: ReadonlySet<string> = new Set([
  'owns',
  'manages',
  'works_at',
  'lives_at',
  'associates_with',
  'paid',
]);
const PERSON_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);
const TARGET_TYPES: ReadonlySet<string> = new Set(['site', 'vessel']);
/** The most pairs of fellow travellers read for the agency (most occasions first). */
const CO_TRAVEL_PAIRS = 5000;

export type TieEvidence =
  | {
      kind: 'declared';
      link: string;
      label: string;
      direction: 'out' | 'in';
      reportId: string | null;
      sourceGrade: string;
      infoGrade: string;
      assertedAt: string;
    }
  | {
      kind: 'calls';
      direction: 'out' | 'in';
      count: number;
      seconds: number;
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'transfers';
      direction: 'out' | 'in';
      count: number;
      amount: number;
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'co_travel';
      occasions: number;
      sameVehicle: number;
      checkpoints: string[];
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'broker';
      /**
       * supplies_site: the suspect, a broker, supplies this site; reaches_through / pays_broker: the suspect reaches
       * sites through this person (who pays them); supplied_by: this broker supplies the suspect's site;
       * same_broker: this site is supplied by the broker who supplies the suspect's.
       */
      relation: 'supplies_site' | 'reaches_through' | 'pays_broker' | 'supplied_by' | 'same_broker';
      rank: number;
      sitesSupplied: number;
      payers: number;
      brokerId: string;
    };

export interface Tie {
  suspectId: string;
  evidence: TieEvidence;
}

export interface Proposal {
  entity: { id: string; type: string; label: string };
  proposal: 'scope_expansion' | 'new_target';
  ties: Tie[];
}

type Found = { node: string; evidence: TieEvidence };

/** Declared links of the entity, and the phones and accounts it holds. */
async function declared(db: Q, actor: Actor, entityId: string) {
  const step = await expand(db, actor, [entityId], {});
  const found: Found[] = [];
  const holdings: string[] = [];
  for (const e of step.edges) {
    if (e.provenance.kind !== 'declared') continue;
    const other = e.from === entityId ? e.to : e.from;
    if (HOLDING_LINKS.has(e.type)) {
      if (e.from === entityId) holdings.push(other);
      continue;
    }
    if (!DECLARED_TIES.has(e.type)) continue;
    found.push({
      node: other,
      evidence: {
        kind: 'declared',
        link: e.type,
        label: e.label,
        direction: e.from === entityId ? 'out' : 'in',
        reportId: e.provenance.reportId,
        sourceGrade: e.provenance.sourceGrade,
        infoGrade: e.provenance.infoGrade,
        assertedAt: e.provenance.assertedAt,
      },
    });
  }
  return { found, holdings };
}

/** Calls and transfers between the entity's phones and accounts and those of others, named by their holders. */
async function traces(db: Q, actor: Actor, entityId: string, holdings: string[]): Promise<Found[]> {
  if (holdings.length === 0) return [];
  const mine = new Set(holdings);
  const step = await expand(db, actor, holdings, { types: ['call', 'transfer'] });
  const edges = step.edges.filter(
    (e) => e.provenance.kind === 'traces' && mine.has(e.from) !== mine.has(e.to),
  );
  const others = [
    ...new Set(edges.map((e) => (mine.has(e.from) ? e.to : e.from)).filter((x) => !x.includes(':'))),
  ];
  const holders = new Map<string, string[]>();
  if (others.length > 0) {
    const held = await expand(db, actor, others, { types: [...HOLDING_LINKS] });
    for (const h of held.edges)
      if (h.from !== entityId && others.includes(h.to) && !others.includes(h.from))
        holders.set(h.to, [...(holders.get(h.to) ?? []), h.from]);
  }
  // One tie per holder, kind and direction, summed over their phones or accounts.
  const sums = new Map<string, Found>();
  for (const e of edges) {
    if (e.provenance.kind !== 'traces') continue;
    const out = mine.has(e.from);
    const other = out ? e.to : e.from;
    const p = e.provenance;
    for (const h of holders.get(other) ?? []) {
      const kind = e.type === 'call' ? 'calls' : 'transfers';
      const key = `${h}|${kind}|${out}`;
      const prev = sums.get(key)?.evidence;
      const first = prev && 'firstAt' in prev && prev.firstAt < p.firstAt ? prev.firstAt : p.firstAt;
      const last = prev && 'lastAt' in prev && prev.lastAt > p.lastAt ? prev.lastAt : p.lastAt;
      const count = (prev && 'count' in prev ? prev.count : 0) + p.count;
      const direction = out ? ('out' as const) : ('in' as const);
      const evidence: TieEvidence =
        kind === 'calls'
          ? {
              kind,
              direction,
              count,
              seconds: (prev?.kind === 'calls' ? prev.seconds : 0) + p.total,
              firstAt: first,
              lastAt: last,
            }
          : {
              kind,
              direction,
              count,
              amount: (prev?.kind === 'transfers' ? prev.amount : 0) + p.total,
              firstAt: first,
              lastAt: last,
            };
      sums.set(key, { node: h, evidence });
    }
  }
  return [...sums.values()];
}

/** What the agency's last network analysis says of the entity as a broker, or as the runner of a site supplied. */
async function brokerage(db: Q, agencyId: string, entityId: string): Promise<Found[]> {
  const rows = await db.selectFrom('network_brokers').selectAll().where('agency_id', '=', agencyId).execute();
  const out: Found[] = [];
  for (const r of rows) {
    const base = {
      kind: 'broker' as const,
      rank: r.rank,
      sitesSupplied: r.sites.length,
      payers: r.paid_by.length,
    };
    if (r.node === entityId) {
      for (const s of r.sites)
        out.push({ node: s, evidence: { ...base, relation: 'supplies_site', brokerId: r.node } });
      for (const p of r.through)
        out.push({
          node: p,
          evidence: {
            ...base,
            relation: r.paid_by.includes(p) ? 'pays_broker' : 'reaches_through',
            brokerId: r.node,
          },
        });
    } else if (r.through.includes(entityId)) {
      out.push({ node: r.node, evidence: { ...base, relation: 'supplied_by', brokerId: r.node } });
      for (const s of r.sites)
        out.push({ node: s, evidence: { ...base, relation: 'same_broker', brokerId: r.node } });
    }
  }
  return out;
}

async function fellowTravellers(db: Q, agencyId: string, entityId: string): Promise<Found[]> {
  const pairs = await coTravel(db, agencyId, { limit: CO_TRAVEL_PAIRS });
  return pairs
    .filter((p) => p.a === entityId || p.b === entityId)
    .map((p) => ({
      node: p.a === entityId ? p.b : p.a,
      evidence: {
        kind: 'co_travel',
        occasions: p.occasions,
        sameVehicle: p.sameVehicle,
        checkpoints: p.checkpoints,
        firstAt: p.first,
        lastAt: p.last,
      },
    }));
}

export interface ScopeSuspect {
  id: string;
  label: string;
  entityId: string | null;
}

/**
 * The proposals the actor's own picture makes for these suspects, leaving out the entities already in the case;
 * each tie names the suspect (by `id`) it starts from.
 */
export async function proposalsFor(
  db: Q,
  actor: Actor,
  suspects: readonly ScopeSuspect[],
  inCase: ReadonlySet<string>,
) {
  const mayRead = hasPermission(actor, 'intel.read') && actor.agencyId !== null;
  const found: (Found & { suspectId: string })[] = [];
  const considered: (ScopeSuspect & { visible: boolean })[] = [];
  for (const s of suspects) {
    const entityId = s.entityId;
    const visible =
      mayRead &&
      entityId !== null &&
      (await visibleEntity(db, actor, entityId).then(
        () => true,
        () => false,
      ));
    considered.push({ ...s, visible });
    if (!visible || !entityId) continue;
    const d = await declared(db, actor, entityId);
    const all = [
      ...d.found,
      ...(await traces(db, actor, entityId, d.holdings)),
      ...(await brokerage(db, actor.agencyId as string, entityId)),
      ...(await fellowTravellers(db, actor.agencyId as string, entityId)),
    ];
    for (const f of all) if (!inCase.has(f.node)) found.push({ ...f, suspectId: s.id });
  }
  const nodes = new Map<string, GraphNode>(
    (await describe(db, actor, [...new Set(found.map((f) => f.node))])).map((n) => [n.id, n]),
  );
  const proposals = new Map<string, Proposal>();
  for (const f of found) {
    const n = nodes.get(f.node);
    if (!n?.entity) continue;
    const kind = PERSON_TYPES.has(n.type)
      ? 'scope_expansion'
      : TARGET_TYPES.has(n.type)
        ? 'new_target'
        : null;
    if (!kind) continue;
    const p = proposals.get(n.id) ?? {
      entity: { id: n.id, type: n.type, label: n.label },
      proposal: kind,
      ties: [],
    };
    p.ties.push({ suspectId: f.suspectId, evidence: f.evidence });
    proposals.set(n.id, p);
  }
  return { suspects: considered, proposals: [...proposals.values()] };
}

const byWeight = (a: Proposal, b: Proposal) =>
  b.ties.length - a.ties.length ||
  a.entity.label.localeCompare(b.entity.label) ||
  a.entity.id.localeCompare(b.entity.id);

/**
 * The scope proposals of a case, without auditing (the caller audits what it shows): the actor's own picture's,
 * and, for a case opened from a shared operation, those the sharing agency disclosed with it.
 */
export async function scopeOf(db: Q, actor: Actor, caseId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const rows = await db
    .selectFrom('prosecution_suspects')
    .select(['id', 'label', 'entity_id'])
    .where('case_id', '=', caseId)
    .orderBy('added_at')
    .execute();
  const suspects = rows.map((s) => ({ id: s.id, label: s.label, entityId: s.entity_id }));
  const inCase = new Set(suspects.map((s) => s.entityId).filter((x): x is string => x !== null));
  if (c.site_entity_id) inCase.add(c.site_entity_id);
  const own = await proposalsFor(db, actor, suspects, inCase);
  const merged = new Map(own.proposals.map((p) => [p.entity.id, p]));
  if (c.operation_id)
    for (const p of await disclosedProposals(db, actor, c.operation_id, suspects, inCase)) {
      const mine = merged.get(p.entity.id);
      if (mine) mine.ties.push(...p.ties);
      else merged.set(p.entity.id, p);
    }
  return { caseId: c.id, suspects: own.suspects, proposals: [...merged.values()].sort(byWeight) };
}

/** The scope proposals of a case, audited with the ids of the entities shown. */
export async function readScope(db: Q, actor: Actor, caseId: string, requestId: string) {
  const scope = await scopeOf(db, actor, caseId);
  await auditCaseRead(db, actor, caseId, 'prosecution.scope_read', requestId, {
    entityIds: scope.proposals.map((p) => p.entity.id),
    suspectsNotVisible: scope.suspects.filter((s) => s.entityId && !s.visible).length,
  });
  return scope;
}
