import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvLine } from './csv-parse.ts';
import { CSV_COLUMNS, FILES, TRACE_FILES } from './formats.ts';
import { generateWorld } from './generate.ts';
import { statusOf } from './indicators.ts';
import { worldStats } from './stats.ts';

const dirA = mkdtempSync(join(tmpdir(), 'lantern-world-a-'));
const dirB = mkdtempSync(join(tmpdir(), 'lantern-world-b-'));
const dirC = mkdtempSync(join(tmpdir(), 'lantern-world-c-'));

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const jsonl = <T>(dir: string, f: string) =>
  read(dir, f)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
const csvRows = (dir: string, f: string) => {
  const [header, ...rows] = read(dir, f).trim().split('\n');
  const cols = parseCsvLine(header ?? '');
  return {
    cols,
    rows: rows.map((r) => Object.fromEntries(parseCsvLine(r).map((v, i) => [cols[i] ?? `#${i}`, v]))),
  };
};
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
const digest = (dir: string, f: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, f)))
    .digest('hex');

interface Person {
  id: string;
  role: string;
  phones: { number: string; from: string; to: string }[];
  group: string | null;
  victim: {
    status: string;
    child: boolean;
    site: string;
    recruiter: string | null;
    transporter: string | null;
    indicators: string[];
    recruited_on: string;
  } | null;
}
interface Truth {
  groups: { id: string; members: { id: string; role: string }[]; key_figures: string[]; sites: string[] }[];
  sites: { id: string; severity: string; group: string | null }[];
}

beforeAll(async () => {
  await generateWorld({ preset: 'demo', seed: 7, out: dirA });
  await generateWorld({ preset: 'demo', seed: 7, out: dirB });
  await generateWorld({ preset: 'demo', seed: 8, out: dirC });
}, 120_000);

describe('the same seed', () => {
  it('gives the same bytes in every file, and another seed another world', () => {
    const list = files(dirA);
    expect(list).toEqual(files(dirB));
    expect(list).toEqual(
      expect.arrayContaining([...TRACE_FILES, 'truth.json', 'truth/persons.jsonl', 'truth/records.jsonl']),
    );
    for (const f of list) expect(digest(dirA, f), f).toBe(digest(dirB, f));
    expect(digest(dirA, 'calls.csv')).not.toBe(digest(dirC, 'calls.csv'));
  });
});

describe('every file', () => {
  it.each(TRACE_FILES)('%s passes its own import schema', (f) => {
    const schema = FILES[f].row;
    if (f.endsWith('.csv')) {
      const { cols, rows } = csvRows(dirA, f);
      expect(cols).toEqual(CSV_COLUMNS[f]);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const res = schema.safeParse(r);
        expect(res.success, `${f}: ${JSON.stringify(r)} ${res.error?.message}`).toBe(true);
      }
    } else {
      const rows = jsonl<unknown>(dirA, f);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(schema.safeParse(r).success, `${f}: ${JSON.stringify(r)}`).toBe(true);
    }
  });
});

describe('truth and traces agree', () => {
  const persons = () => new Map(jsonl<Person>(dirA, 'truth/persons.jsonl').map((p) => [p.id, p]));
  const truth = () => JSON.parse(read(dirA, 'truth.json')) as Truth;

  it('every victim has a criminal site and a recruiter of the group that runs it, and indicators that make the status', () => {
    const ps = persons();
    const t = truth();
    const sites = new Map(t.sites.map((s) => [s.id, s]));
    const victims = [...ps.values()].filter((p) => p.victim?.status === 'trafficked');
    expect(victims.length).toBeGreaterThan(10);
    for (const v of victims) {
      const site = sites.get(v.victim?.site ?? '');
      expect(site?.group, v.id).toBeTruthy();
      const group = t.groups.find((g) => g.id === site?.group);
      const recruiter = ps.get(v.victim?.recruiter ?? '');
      expect(recruiter?.group, v.id).toBe(group?.id);
      expect(['recruiter', 'site_owner', 'broker']).toContain(recruiter?.role);
      expect(statusOf(v.victim?.indicators ?? [], v.victim?.child ?? false)).toBe('trafficked');
    }
    const cases = [...ps.values()].filter((p) => p.victim?.status === 'exploited_not_trafficked');
    for (const c of cases)
      expect(statusOf(c.victim?.indicators ?? [], false)).toBe('exploited_not_trafficked');
  });

  it('every record points to one true person, and every subscriber record to the SIM its person used', () => {
    const ps = persons();
    const records = jsonl<{ file: string; id: string; person: string; user?: string }>(
      dirA,
      'truth/records.jsonl',
    );
    for (const r of records) expect(ps.has(r.person), `${r.file} ${r.id}`).toBe(true);
    const subscribers = new Map(csvRows(dirA, 'subscribers.csv').rows.map((s) => [s.subscriber_id, s.phone]));
    for (const r of records.filter((x) => x.file === 'subscribers.csv')) {
      const user = ps.get(r.user ?? '');
      expect(user?.phones.map((p) => p.number)).toContain(subscribers.get(r.id));
    }
    const crossings = new Set(csvRows(dirA, 'crossings.csv').rows.map((c) => c.crossing_id));
    expect(records.filter((r) => r.file === 'crossings.csv').every((r) => crossings.has(r.id))).toBe(true);
  });

  it('recruiters call the people they recruit before recruiting them', () => {
    const ps = persons();
    const calls = csvRows(dirA, 'calls.csv').rows;
    const pairs = new Set(calls.map((c) => `${c.caller}>${c.callee}`));
    const victims = [...ps.values()].filter(
      (p) => p.victim?.status === 'trafficked' && p.victim.recruited_on > '2026-05-10',
    );
    let linked = 0;
    for (const v of victims) {
      const r = ps.get(v.victim?.recruiter ?? '');
      const ours = v.phones.map((p) => p.number);
      const theirs = r?.phones.map((p) => p.number) ?? [];
      if (ours.some((a) => theirs.some((b) => pairs.has(`${a}>${b}`) || pairs.has(`${b}>${a}`)))) linked++;
    }
    expect(linked / victims.length).toBeGreaterThan(0.9);
  });

  it('repeated tips point to an earlier tip about the same site', () => {
    const tips = jsonl<{ file: string; id: string; site: string; duplicate_of: string | null }>(
      dirA,
      'truth/records.jsonl',
    ).filter((r) => r.file === 'tips.jsonl');
    const byId = new Map(tips.map((t) => [t.id, t]));
    const order = new Map(tips.map((t, i) => [t.id, i]));
    const dups = tips.filter((t) => t.duplicate_of);
    expect(dups.length).toBeGreaterThan(0);
    for (const d of dups) {
      expect(byId.get(d.duplicate_of ?? '')?.site).toBe(d.site);
      expect(order.get(d.duplicate_of ?? '') ?? 1e9).toBeLessThan(order.get(d.id) ?? 0);
    }
  });

  it("victims cross the border in their transporter's vehicle", () => {
    const records = jsonl<{ file: string; id: string; person: string; purpose?: string }>(
      dirA,
      'truth/records.jsonl',
    ).filter((r) => r.file === 'crossings.csv');
    const rows = new Map(csvRows(dirA, 'crossings.csv').rows.map((c) => [c.crossing_id, c]));
    const ps = persons();
    const carried = records.filter((r) => r.purpose === 'victim_transported');
    expect(carried.length).toBeGreaterThan(0);
    for (const r of carried) {
      const row = rows.get(r.id);
      const transporter = ps.get(ps.get(r.person)?.victim?.transporter ?? '');
      const withThem = records.filter(
        (x) =>
          x.person === transporter?.id &&
          rows.get(x.id)?.crossed_at?.slice(0, 10) === row?.crossed_at?.slice(0, 10),
      );
      expect(
        withThem.some(
          (x) => rows.get(x.id)?.vehicle_plate === row?.vehicle_plate && row?.vehicle_plate !== '',
        ),
        r.id,
      ).toBe(true);
    }
  });
});

describe('statistics', () => {
  it('are plausible for the demo world', async () => {
    const s = await worldStats(dirA);
    expect(s.people).toBeGreaterThanOrEqual(400);
    expect(s.trafficked).toBeGreaterThan(10);
    expect(s.traffickedPercentOfMigrants).toBeGreaterThan(1);
    expect(s.traffickedPercentOfMigrants).toBeLessThan(60);
    expect(s.callsPerPhone.max).toBeGreaterThan(s.callsPerPhone.median * 3);
    expect(Object.keys(s.distinctNamesByNationality).length).toBeGreaterThanOrEqual(4);
  });
});
