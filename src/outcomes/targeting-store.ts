import type { Kysely } from 'kysely';
import { type Actor, hasPermission, visibleRows } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { coordinate } from '../intel/map/located.ts';
import { siteFindings } from '../screening/site-findings.ts';
import { attributeTips, distanceKm, type SiteEvidence } from './targeting.ts';
import { type CommunityEvidence, countCrossing } from './targeting-communities.ts';
import { type Sign, signsOfIndicators } from './targeting-signs.ts';

// The database loader of targeting: the evidence about each site the actor may see, in the shape the pure
// ranking takes (targeting.ts). Read-only; the routes audit. What is read, and from where:
// - sites: the agency's visible site entities with their point, kind and address facts;
// - tips: the agency's own tips (when the actor reads tips) received in the window, tied to sites as
//   attributeTips does (placed: nearest site of the kind described within 2 km; in words: the one site of that
//   kind in the town named);
// - labour inspections: the agency's own visited inspections within 300 m of a site, their findings (indicator
//   ids answered yes), under-18 workers, and the breaches that show a sign (confinement, child labour…);
// - screenings: counts only, through screening's own siteFindings (concluded operations on the site, three
//   screenings or more), per indicator observed;
// - intelligence reports naming the site (report_mentions) and the last network analysis (brokers supplying it,
//   the strength of its links): brokers among the analysis's top TOP_BROKERS only.

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Brokers counted: the analysis keeps a hundred, each reaching many sites; the first ten are the real hubs. */
export const TOP_BROKERS = 10;

/** An inspection this close to a site is of that site. */
export const INSPECTION_RADIUS_KM = 0.3;

export interface LoadOptions {
  /** Tips received on or after this instant count. */
  since: Date;
}

export async function loadSiteEvidence(db: Q, actor: Actor, opts: LoadOptions): Promise<SiteEvidence[]> {
  const agency = actor.agencyId ?? NO_AGENCY;
  const rows = await db
    .selectFrom('entities as e')
    .leftJoin('entity_facts as f', (j) =>
      j.onRef('f.entity_id', '=', 'e.id').on('f.attribute', 'in', ['lat', 'lon', 'site_kind', 'address']),
    )
    .select(['e.id', 'e.label', 'f.attribute', 'f.value'])
    .where('e.type', '=', 'site')
    .where(visibleRows(actor, 'intel.read', 'entity', 'e.agency_id', 'e.id'))
    .orderBy('f.asserted_at')
    .execute();
  const sites = new Map<string, SiteEvidence>();
  for (const r of rows) {
    const s = sites.get(r.id) ?? {
      entityId: r.id,
      label: r.label,
      kind: null,
      area: null,
      lat: null,
      lon: null,
      tips: [],
      inspections: [],
      screenings: null,
      reports: 0,
      network: null,
    };
    sites.set(r.id, s);
    if (r.attribute === 'lat') s.lat = coordinate(r.value ?? '', 90) ?? s.lat;
    else if (r.attribute === 'lon') s.lon = coordinate(r.value ?? '', 180) ?? s.lon;
    else if (r.attribute === 'site_kind') s.kind = r.value;
    else if (r.attribute === 'address') s.area = r.value;
  }
  const list = [...sites.values()];
  if (list.length === 0) return list;

  if (hasPermission(actor, 'monitoring.read')) {
    const tips = await db
      .selectFrom('tips')
      .select(['text', 'lat', 'lon', 'place_hint'])
      .where('agency_id', '=', agency)
      .where('received_at', '>=', opts.since)
      .execute();
    const tied = attributeTips(
      list,
      tips.map((t) => ({ text: t.text, lat: t.lat, lon: t.lon, placeHint: t.place_hint })),
    );
    for (const [id, ts] of tied) {
      const s = sites.get(id);
      if (s) s.tips = ts;
    }
  }

  await addInspections(db, agency, list);

  const mentions = await db
    .selectFrom('report_mentions')
    .select(['entity_id', (eb) => eb.fn.count<string>('report_id').distinct().as('n')])
    .where('agency_id', '=', agency)
    .where(
      'entity_id',
      'in',
      list.map((s) => s.entityId),
    )
    .groupBy('entity_id')
    .execute();
  for (const m of mentions) {
    const s = sites.get(m.entity_id);
    if (s) s.reports = Number(m.n);
  }

  const brokers = await db
    .selectFrom('network_brokers')
    .select('sites')
    .where('agency_id', '=', agency)
    .where('rank', '<=', TOP_BROKERS)
    .execute();
  const members = await db
    .selectFrom('network_memberships')
    .select(['node', 'community', 'strength'])
    .where('agency_id', '=', agency)
    .where(
      'node',
      'in',
      list.map((s) => s.entityId),
    )
    .execute();
  for (const m of members) {
    const s = sites.get(m.node);
    if (s) s.network = { brokers: 0, strength: m.strength, community: m.community };
  }
  for (const b of brokers)
    for (const id of b.sites) {
      const s = sites.get(id);
      if (!s) continue;
      s.network = s.network ?? { brokers: 0, strength: 0, community: null };
      s.network.brokers++;
    }

  const targeted = await db
    .selectFrom('operations')
    .select('target_entity_id')
    .distinct()
    .where('status', '=', 'concluded')
    .where(
      'target_entity_id',
      'in',
      list.map((s) => s.entityId),
    )
    .execute();
  for (const t of targeted) {
    const s = t.target_entity_id ? sites.get(t.target_entity_id) : undefined;
    if (!s) continue;
    const f = await siteFindings(db, actor, s.entityId);
    if (!f || f.suppressed) continue;
    const signs: Partial<Record<Sign, number>> = {};
    for (const i of f.indicators)
      for (const sign of signsOfIndicators([i.indicator])) signs[sign] = (signs[sign] ?? 0) + i.observed;
    s.screenings = { screened: f.screened, presumedTrafficked: f.presumedTrafficked ?? 0, signs };
  }
  return list;
}

/** Labour-law breaches (inspection-catalogue.ts) that show a sign of exploitation. */
const BREACH_SIGN: Record<string, Sign> = {
  confined_to_premises: 'confinement',
  premises_hidden: 'premises_locked',
  child_labour: 'children',
  hazardous_work_under18: 'children',
  documents_withheld: 'documents_taken',
  unpaid_wages: 'unpaid',
};

/** The agency's visited labour inspections, each tied to the nearest site within INSPECTION_RADIUS_KM. */
async function addInspections(db: Q, agency: string, sites: SiteEvidence[]) {
  const inspections = await db
    .selectFrom('labour_inspections')
    .select(['id', 'lat', 'lon', 'workers_under18'])
    .where('agency_id', '=', agency)
    .where('visited_on', 'is not', null)
    .where('lat', 'is not', null)
    .execute();
  if (inspections.length === 0) return;
  const ids = inspections.map((i) => i.id);
  const findings = await db
    .selectFrom('labour_inspection_findings')
    .select(['inspection_id', 'indicator_id'])
    .where('inspection_id', 'in', ids)
    .where('answer', '=', 'yes')
    .execute();
  const breaches = await db
    .selectFrom('labour_inspection_breaches')
    .select(['inspection_id', 'breach'])
    .where('inspection_id', 'in', ids)
    .execute();
  const placed = sites.filter((s) => s.lat !== null && s.lon !== null);
  for (const i of inspections) {
    const at = { lat: i.lat ?? 0, lon: i.lon ?? 0 };
    const nearest = placed
      .map((s) => ({ s, d: distanceKm(at, { lat: s.lat ?? 0, lon: s.lon ?? 0 }) }))
      .filter((x) => x.d <= INSPECTION_RADIUS_KM)
      .sort((a, b) => a.d - b.d)[0];
    if (!nearest) continue;
    const signs = signsOfIndicators(
      findings.filter((f) => f.inspection_id === i.id).map((f) => f.indicator_id),
    );
    if ((i.workers_under18 ?? 0) > 0) signs.add('children');
    for (const b of breaches.filter((x) => x.inspection_id === i.id)) {
      const sign = BREACH_SIGN[b.breach];
      if (sign) signs.add(sign);
    }
    nearest.s.inspections.push({ signs: [...signs] });
  }
}

/**
 * Source communities from the border crossing records (every agency's: counted, never listed), with the
 * irregular crossings, crossings without a document and children among them. Screenings and protection cases
 * record no home area yet, so victims and re-trafficking per community stay at zero until they do.
 */
export async function loadCommunityEvidence(db: Q): Promise<CommunityEvidence[]> {
  const rows = await db
    .selectFrom('crossings')
    .select(['checkpoint_id', 'checkpoint', 'nationality', 'document_type', 'date_of_birth', 'crossed_at'])
    .execute();
  const into = new Map<string, CommunityEvidence>();
  for (const r of rows)
    countCrossing(into, {
      checkpointId: r.checkpoint_id,
      checkpoint: r.checkpoint,
      nationality: r.nationality,
      documentType: r.document_type,
      birth: r.date_of_birth,
      at: new Date(r.crossed_at),
    });
  return [...into.values()];
}
