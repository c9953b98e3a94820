import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { attributeTips, type PlacedTip, type SiteEvidence } from '../src/outcomes/targeting.ts';
import { type Sign, signsOfIndicators } from '../src/outcomes/targeting-signs.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';

// A generated world's evidence about its sites, read from the world's files as the app would hold it, without the
// database: the business registry's sites (name, kind, town, point), the hotline's tips with a point tied to the
// nearest site of the kind they describe (attributeTips, as the app does), labour inspections by the site's
// registration number (their findings, under-age workers, premises found locked), and intelligence reports by
// the sites they name. The truth (truth.json) is read only by the benchmark, to judge the ranking.

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  }))
    if (line) yield line;
}

export async function worldSiteEvidence(dir: string): Promise<SiteEvidence[]> {
  const sites = new Map<string, SiteEvidence>();
  const byName = new Map<string, SiteEvidence>();
  let header: string[] | null = null;
  for await (const line of lines(join(dir, 'businesses.csv'))) {
    const cells = parseCsvLine(line);
    if (!header) {
      header = cells;
      continue;
    }
    const b = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    const e: SiteEvidence = {
      entityId: b.registration_no ?? '',
      label: b.name ?? '',
      kind: b.kind || null,
      area: `${b.town}, ${b.country}`,
      lat: b.lat ? Number(b.lat) : null,
      lon: b.lon ? Number(b.lon) : null,
      tips: [],
      inspections: [],
      screenings: null,
      reports: 0,
      network: null,
    };
    sites.set(e.entityId, e);
    byName.set(e.label, e);
  }
  const placed: PlacedTip[] = [];
  for await (const line of lines(join(dir, 'tips.jsonl'))) {
    const t = JSON.parse(line) as {
      text: string;
      lat: number | null;
      lon: number | null;
      place_hint: string;
    };
    placed.push({ text: t.text, lat: t.lat, lon: t.lon, placeHint: t.place_hint });
  }
  for (const [id, tips] of attributeTips([...sites.values()], placed)) {
    const s = sites.get(id);
    if (s) s.tips = tips;
  }
  for await (const line of lines(join(dir, 'inspections.jsonl'))) {
    const i = JSON.parse(line) as {
      registration_no: string;
      findings: string[];
      violations: string[];
      notes: string;
    };
    const s = sites.get(i.registration_no);
    if (!s) continue;
    const signs: Set<Sign> = signsOfIndicators(i.findings);
    if (i.violations.includes('underage_worker')) signs.add('children');
    if (/locked/i.test(i.notes)) signs.add('premises_locked');
    s.inspections.push({ signs: [...signs] });
  }
  for await (const line of lines(join(dir, 'reports.jsonl'))) {
    const r = JSON.parse(line) as { mentions: { sites?: string[] } };
    for (const name of new Set(r.mentions.sites ?? [])) {
      const s = byName.get(name);
      if (s) s.reports++;
    }
  }
  return [...sites.values()];
}

/** The truth about each registered site, by registration number: its severity, kind and whether children are held. */
export function worldSiteTruth(
  dir: string,
): Map<string, { severity: string; kind: string; children: boolean }> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    sites: { registration_no: string | null; severity: string; kind: string; children: boolean }[];
  };
  const out = new Map<string, { severity: string; kind: string; children: boolean }>();
  for (const s of truth.sites) if (s.registration_no) out.set(s.registration_no, s);
  return out;
}
