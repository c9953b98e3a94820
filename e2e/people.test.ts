import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../src/world/generate.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

const POLICE = 'Anti-Trafficking Police Division (demo)';
const DESKTOP = { width: 1280, height: 1000 };
const PHONE = { width: 390, height: 844 };
const BURMESE = /[\u1000-\u109f]/;
const LATIN = /[A-Za-z]/;
const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-people-'));

interface Rec {
  id: string;
  name: string;
  entityId: string | null;
}
interface Pair {
  a: Rec | null;
  b: Rec | null;
  why: { field: string }[];
}

let server: RunningServer;
let browser: Browser;

/**
 * Names the demo's sources wrote in Burmese script, each with the usual Latin spelling of the person it names:
 * from the world the demo loads (seed 1), its source files and its truth.
 */
let burmese: { written: string; latin: string }[] = [];

/** The rows of a CSV file the world writes (no quoted commas in its name columns), keyed by their first column. */
function csvRows(file: string): Map<string, Record<string, string>> {
  const [head = '', ...lines] = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  const cols = head.split(',');
  return new Map(
    lines.map((l) => {
      const v = l.split(',');
      return [v[0] ?? '', Object.fromEntries(cols.map((c, i) => [c, v[i] ?? '']))];
    }),
  );
}

function burmeseNames(): { written: string; latin: string }[] {
  const jsonl = (f: string) =>
    readFileSync(join(dir, 'truth', f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const latin = new Map<string, string>(
    jsonl('persons.jsonl').map((p: { id: string; name: { latin: string } }) => [p.id, p.name.latin]),
  );
  const files = {
    'crossings.csv': csvRows('crossings.csv'),
    'subscribers.csv': csvRows('subscribers.csv'),
    'transfers.csv': csvRows('transfers.csv'),
  };
  const out = new Map<string, string>();
  for (const t of jsonl('records.jsonl') as { file: string; id: string; person: string; to?: string }[]) {
    const row = files[t.file as keyof typeof files]?.get(t.id);
    if (!row) continue;
    const named: [string | undefined, string | undefined][] = [
      [row.traveller_name ?? row.registered_name ?? row.from_name, t.person],
      [row.to_name, t.to],
    ];
    for (const [written, person] of named) {
      const spelling = person ? latin.get(person) : undefined;
      if (written && spelling && BURMESE.test(written) && !BURMESE.test(spelling)) out.set(written, spelling);
    }
  }
  return [...out].map(([written, spelling]) => ({ written, latin: spelling }));
}

beforeAll(async () => {
  ensureWebBuilt();
  await generateWorld({ preset: 'demo', seed: 1, out: dir });
  burmese = burmeseNames();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function json<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function search(page: Page, text: string) {
  await page.getByLabel('Name, number, plate or words').fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText(new RegExp(`(results? for|Nothing found for) “${text}”`)).waitFor();
}

/**
 * The person a Burmese-script record was grouped into, found through the API: preferably one whose records are
 * all in Burmese script, so that a search in Latin letters can reach it only across scripts.
 */
async function burmesePerson(page: Page) {
  const found: { id: string; written: string; latin: string; latinRecords: number }[] = [];
  for (const b of burmese) {
    const hits = await json<{ entities: { id: string; type: string; value: string }[] }>(
      page,
      `/api/intel/search?q=${encodeURIComponent(b.written)}`,
    );
    for (const h of hits.entities.filter((e) => e.type === 'person' && e.value === b.written)) {
      const { records } = await json<{ records: Rec[] }>(page, `/api/intel/entities/${h.id}/records`);
      if (!records.some((r) => r.name === b.written)) continue;
      found.push({ ...b, id: h.id, latinRecords: records.filter((r) => LATIN.test(r.name)).length });
    }
  }
  found.sort((x, y) => x.latinRecords - y.latinRecords || x.written.localeCompare(y.written));
  return found[0];
}

describe('who is who in the browser', () => {
  it('finds a person recorded in Burmese script from a Latin spelling of the name', async () => {
    expect(burmese.length, 'the demo world writes some names in Burmese script').toBeGreaterThan(0);
    const { page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    const person = await burmesePerson(page);
    expect(person, 'a person entity holds a Burmese-script record of the demo').toBeDefined();
    if (!person) return;
    console.info(
      `Burmese-script record “${person.written}”, searched as “${person.latin}”; Latin-letter records in its person: ${person.latinRecords}`,
    );

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intelligence' }).waitFor();
    await search(page, person.latin);
    const people = page.getByRole('region', { name: 'People & things' });
    const hit = people.locator(`a[href="#/intel/entities/${person.id}"]`);
    await expect(
      hit.count(),
      `“${person.latin}” finds the person recorded as “${person.written}”`,
    ).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/people-search.png' });
    await hit.click();
    await page.waitForURL(`**/#/intel/entities/${person.id}`);

    // The person's records, as their sources wrote them: the Burmese one in its script's language.
    const records = page.getByRole('list', { name: /^Records of / });
    const written = records.locator('[lang="my"]', { hasText: person.written });
    await written.first().waitFor();
    await page.getByRole('heading', { name: 'Records', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/people-entity.png' });

    expect(problems).toEqual([]);
  }, 120_000);

  it('reviews a candidate pair field by field, confirms it, and undoes the decision', async () => {
    const { page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    const queued = await json<{ waiting: number; pairs: Pair[] }>(
      page,
      '/api/intel/resolution/review?limit=20',
    );
    const pair = queued.pairs[0];
    expect(pair, 'a pair of the demo waits for review').toBeDefined();
    if (!pair?.a || !pair.b) return;
    const key = `${pair.a.id}|${pair.b.id}`;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
    await page.getByRole('tab', { name: 'Who is who' }).click();
    const queue = page.getByRole('list', { name: 'Pairs to review, most consequential first' });
    const item = queue.locator(`[data-pair="${key}"]`);
    await item.waitFor();
    await expect(queue.getByRole('listitem').first().getAttribute('data-pair')).resolves.toBe(key);

    // Side by side, with each field's evidence in words.
    await item.getByText(pair.a.name, { exact: true }).first().waitFor();
    await item.getByText(pair.b.name, { exact: true }).first().waitFor();
    const why = item.getByRole('list', { name: /field by field$/ });
    await expect(why.getByRole('listitem').count()).resolves.toBe(pair.why.length);
    await expect(why.getByRole('listitem').first().textContent()).resolves.toMatch(
      /(for|against|either way)/,
    );
    await page.screenshot({ path: '/tmp/people-review.png' });

    // "Same person", from the keyboard: the pair leaves the queue, and the message links to the person.
    await item.getByRole('button', { name: /^Same person/ }).focus();
    await page.keyboard.press('Enter');
    const status = page.getByText(/^Recorded: .* are the same person, now /);
    await status.waitFor();
    await expect(status.getByRole('link').count()).resolves.toBe(1);
    await expect.poll(() => queue.locator(`[data-pair="${key}"]`).count()).toBe(0);

    // The decision heads the history; undoing it brings the pair back.
    const history = page.getByRole('list', { name: 'Decisions, newest first' });
    const decided = history.getByRole('listitem').first();
    await expect(decided.textContent()).resolves.toMatch(/^Same person:/);
    await decided.getByRole('button', { name: /^Undo/ }).click();
    await page.getByText(/^Undone: the decision on /).waitFor();
    await decided.getByText('undone', { exact: true }).waitFor();
    await expect(decided.getByRole('button', { name: /^Undo/ }).count()).resolves.toBe(0);
    await queue.locator(`[data-pair="${key}"]`).waitFor();
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/people-decisions.png' });

    // On a phone the two records stand one above the other.
    const phone = await watchedPage(browser, PHONE);
    await signInAsDemo(phone.page, server.baseUrl, POLICE, /Intelligence analyst/);
    await phone.page.goto(`${server.baseUrl}/#/intel`);
    await phone.page.getByRole('tab', { name: 'Who is who' }).click();
    const first = phone.page
      .getByRole('list', { name: /^Pairs to review/ })
      .getByRole('listitem')
      .first();
    await first.waitFor();
    const cards = first.locator('.person-record');
    const [top, below] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(below?.y ?? 0).toBeGreaterThan((top?.y ?? 0) + (top?.height ?? 0) - 1);
    await expect(
      phone.page.evaluate<number>('document.documentElement.scrollWidth'),
    ).resolves.toBeLessThanOrEqual(PHONE.width);
    await first.scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: '/tmp/people-review-phone.png' });

    expect(problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  }, 120_000);
});
