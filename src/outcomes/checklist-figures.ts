import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { fill, printedNumber, printedYear } from '../prosecution/pdf-language.ts';
import { COUNTRIES } from '../world/places/index.ts';
import type { QuestionCode } from './checklist.ts';
import { CHECKLIST_TEXTS, type ChecklistTexts } from './checklist-texts.ts';
import { type DashboardFigures, dashboardFigures } from './dashboard.ts';
import { placeAt } from './filters.ts';
import { rankSites } from './targeting.ts';
import { rankCommunities } from './targeting-communities.ts';
import { loadCommunityEvidence, loadSiteEvidence } from './targeting-store.ts';

// Lantern's own figures for the place a donor proposal names, as links beside the checklist's questions: "12
// presumed victims identified in Samut Sakhon in 2026", "3 of the 20 sites ranked highest by evidence are in
// Samut Sakhon". Counts come from the dashboard's figures, small ones hidden ("fewer than 11"); site ranks only for
// those who may read the site ranking (intel.read: it names sites), and counted only (no site named here). The
// sentences are in the language asked for (checklist-texts.ts); English by default.

type Q = Kysely<Database>;

export interface FigureLink {
  text: string;
  /** The dashboard with the place and period chosen, or null. */
  href: string | null;
}

export interface Place {
  country: string;
  province: string | null;
}

export const TOP = 20;

export const placeWords = (p: Place) =>
  p.province ?? COUNTRIES.find((c) => c.code === p.country)?.name ?? p.country;

/** The texts that are sentences (not lists). */
type Sentence = {
  [K in keyof ChecklistTexts]: ChecklistTexts[K] extends string ? K : never;
}[keyof ChecklistTexts];

/** The place in a language: the province as recorded, else the country's name. */
export const placeWordsIn = (p: Place, lang: ServerLanguage) => {
  const countries: Record<string, string> = CHECKLIST_TEXTS[lang].countries;
  return p.province ?? (Object.hasOwn(countries, p.country) ? countries[p.country] : undefined) ?? p.country;
};

/** The checklist's place in a language, as its page names it ("Samut Sakhon, Thailand"). */
export function placeIn(p: Place, lang: ServerLanguage = 'en'): string {
  const t = CHECKLIST_TEXTS[lang];
  const countries: Record<string, string> = t.countries;
  const country = (Object.hasOwn(countries, p.country) ? countries[p.country] : undefined) ?? p.country;
  return p.province ? fill(t.placeIn, { province: p.province, country }) : country;
}

/** How a count reads: the number, or "fewer than k" when hidden. */
export const countWords = (n: number | null, k: number, lang: ServerLanguage = 'en') =>
  n === null ? fill(CHECKLIST_TEXTS[lang].fewerThan, { k: printedNumber(k, lang) }) : printedNumber(n, lang);

function dashboardHref(place: Place, from: string): string {
  const q = new URLSearchParams({
    country: place.country,
    ...(place.province ? { province: place.province } : {}),
  });
  q.set('from', from);
  return `#/outcomes?${q.toString()}`;
}

const inPlace = (p: Place) => (country: string | null, province: string | null) =>
  country === p.country && (!p.province || (province ?? '').toLowerCase() === p.province.toLowerCase());

/** Of the top sites by evidence the actor may see, how many are in the place (null: the actor may not rank). */
async function sitesInTop(db: Q, actor: Actor, place: Place, now: Date): Promise<number | null> {
  if (!hasPermission(actor, 'intel.read')) return null;
  const evidence = await loadSiteEvidence(db, actor, { since: new Date(now.getTime() - 365 * 86_400_000) });
  const top = rankSites(evidence).slice(0, TOP);
  const here = inPlace(place);
  const byId = new Map(evidence.map((e) => [e.entityId, e]));
  return top.filter((r) => {
    const e = byId.get(r.entityId);
    const at = placeAt(e?.lat, e?.lon);
    if (at.country) return here(at.country, at.province);
    const area = (r.area ?? '').toLowerCase();
    return area.includes(placeWords(place).toLowerCase());
  }).length;
}

/** Of the top source communities by vulnerability, how many have their home side in the place. */
async function communitiesInTop(db: Q, place: Place): Promise<number> {
  const top = rankCommunities(await loadCommunityEvidence(db)).slice(0, TOP);
  // A community's area reads "Town, Province, CC".
  return top.filter((c) => {
    const parts = c.area.split(', ');
    return here(parts[parts.length - 1] ?? null, parts[parts.length - 2] ?? null);
  }).length;
  function here(country: string | null, province: string | null) {
    return inPlace(place)(country, province);
  }
}

function count(f: DashboardFigures, table: string, match: (key: string[]) => boolean): number | null {
  const cells = f.tables.find((t) => t.id === table)?.cells.filter((c) => match(c.key)) ?? [];
  if (cells.some((c) => c.count === null)) return null;
  return cells.reduce((a, c) => a + (c.count ?? 0), 0);
}
const stage = (f: DashboardFigures, table: string, name: string) => count(f, table, (k) => k[0] === name);

/** The links for each question that has figures, for the place, over the current year. */
export async function checklistFigures(
  db: Q,
  actor: Actor,
  place: Place,
  opts: { k?: number; now?: Date; lang?: ServerLanguage } = {},
): Promise<Partial<Record<QuestionCode, FigureLink[]>>> {
  const now = opts.now ?? new Date();
  const lang = opts.lang ?? 'en';
  const t = CHECKLIST_TEXTS[lang];
  const n = (count: number) => printedNumber(count, lang);
  const year = now.getUTCFullYear();
  const from = `${year}-01-01`;
  const f = await dashboardFigures(
    db,
    { country: place.country, ...(place.province ? { province: place.province } : {}), from },
    { k: opts.k, now },
  );
  const k = f.k;
  const where = placeWordsIn(place, lang);
  const when = printedYear(year, lang);
  const href = dashboardHref(place, from);
  const link = (count: number | null, sentence: Sentence): FigureLink => ({
    text: fill(t[sentence], { count: countWords(count, k, lang), place: where, year: when }),
    href,
  });
  const sites = await sitesInTop(db, actor, place, now);
  const communities = await communitiesInTop(db, place);
  const siteLink: FigureLink[] =
    sites === null
      ? []
      : [{ text: fill(t.sitesInTop, { n: n(sites), top: n(TOP), place: where }), href: null }];
  const communityLink: FigureLink = {
    text: fill(t.communitiesInTop, { n: n(communities), top: n(TOP), place: where }),
    href: null,
  };
  const children = count(f, 'victims-identified', (key) => key[1] === 'child');
  return {
    evidence_base: [
      link(stage(f, 'protection', 'presumed victims'), 'presumedVictims'),
      link(stage(f, 'tips', 'received'), 'tipsReceived'),
      link(stage(f, 'inspections', 'visited'), 'inspectionsVisited'),
      ...siteLink,
    ],
    prior_evaluation: [
      link(
        count(f, 'objectives', (key) => key[0] === 'arrest'),
        'operationsConcluded',
      ),
      link(
        count(f, 'interventions', (key) => key[1] === 'all three objectives met'),
        'interventionsMet',
      ),
    ],
    duplication: [
      link(
        count(f, 'interventions', () => true),
        'interventionsApproved',
      ),
      link(stage(f, 'protection', 'protection cases'), 'casesOpened'),
    ],
    egregious_focus: [...siteLink, link(children, 'children')],
    monitoring: [{ text: fill(t.dashboard, { place: where, year: when }), href }],
    links: [
      link(stage(f, 'justice', 'arrests'), 'arrests'),
      link(stage(f, 'justice', 'charges laid'), 'chargesLaid'),
      link(stage(f, 'protection', 'accepted a service'), 'servicesAccepted'),
    ],
    cultural_fit: [communityLink],
    urgency: [link(stage(f, 'tips', 'received'), 'tipsReceived'), ...siteLink, communityLink],
    impact: [
      link(stage(f, 'justice', 'charges convicted'), 'convictions'),
      link(stage(f, 'protection', 'received compensation'), 'compensated'),
    ],
  };
}
