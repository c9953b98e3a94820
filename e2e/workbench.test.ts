import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvLine } from '../src/world/csv-parse.ts';
import { generateWorld } from '../src/world/generate.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// The analyst's workbench: sites listed and sorted by last activity, one opened, linked to a person found by
// typing part of the name, and the reports that name it.

const POLICE = 'Anti-Trafficking Police Division (demo)';
const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-workbench-'));

let server: RunningServer;
let browser: Browser;
/** The registered site the demo's reports name most, its owner, and how many reports name it. */
let site = '';
let owner = '';
let named = 0;

beforeAll(async () => {
  ensureWebBuilt();
  // The world the demo loads (seed 1).
  await generateWorld({ preset: 'demo', seed: 1, out: dir });
  const [header = '', ...rows] = readFileSync(join(dir, 'businesses.csv'), 'utf8').trim().split('\n');
  const cols = parseCsvLine(header);
  const businesses = rows.map((r) => Object.fromEntries(parseCsvLine(r).map((v, i) => [cols[i] ?? '', v])));
  const texts = readFileSync(join(dir, 'reports.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const counted = businesses
    .filter((b) => b.owner_name && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(b.owner_name))
    .map((b) => ({ b, n: texts.filter((t) => t.includes(b.name ?? '')).length }))
    .sort((x, y) => y.n - x.n);
  site = counted[0]?.b.name ?? '';
  owner = counted[0]?.b.owner_name ?? '';
  named = counted[0]?.n ?? 0;
  server = await startServer();
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the analyst’s workbench', () => {
  it('lists sites by last activity, opens one, links it to a person found by name, and shows the reports naming it', async () => {
    expect(named).toBeGreaterThan(1);
    const { context, page, problems } = await watchedPage(browser, { width: 1280, height: 900 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
    await page.getByRole('tab', { name: 'Entities', exact: true }).click();

    const table = page.getByRole('table');
    const filters = page.getByRole('form', { name: 'Filter entities' });
    await filters.getByLabel('Type').selectOption({ label: 'Site' });
    // Sorted by last activity, newest first, by its header.
    const activity = table.getByRole('columnheader', { name: /Last activity/ });
    await expect(activity.getAttribute('aria-sort')).resolves.toBe('descending');
    await table.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
    await expect(table.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    await activity.getByRole('button').click();
    await expect(activity.getAttribute('aria-sort')).resolves.toBe('descending');
    await page.getByText(/^Page 1: 25 entities, more on the next page\.$/).waitFor();
    const times = await table
      .locator('tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times).toHaveLength(25);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await table.locator('tbody td:nth-child(2)').allTextContents()).toEqual(Array(25).fill('Site'));
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(/^Page 2: /).waitFor();

    // The site the reports name most, found by part of its name.
    await filters.getByLabel('Name contains').fill(site.slice(0, -1));
    await table.getByRole('link', { name: site, exact: true }).click();
    await heading(page, site).waitFor();

    const reports = page.getByRole('region', { name: /^Named in/ });
    await reports.getByRole('heading', { name: `Named in ${named} reports` }).waitFor();
    await expect(reports.getByRole('link').count()).resolves.toBe(named);

    // Linked to its owner, found by typing part of the name: only the kinds of link a person and a site allow.
    const link = page.getByRole('form', { name: 'Add a link' });
    const family = owner.split(' ')[1] ?? owner;
    await link.getByLabel('Other entity').fill(family);
    await link
      .getByRole('button', { name: `Person ${owner}` })
      .first()
      .click();
    const kinds = await link.getByLabel('Kind of link').locator('option').allTextContents();
    expect(kinds.slice(1).sort()).toEqual(
      [
        `${owner} lives at ${site}`,
        `${owner} manages ${site}`,
        `${owner} owns ${site}`,
        `${owner} works at ${site}`,
        `${site} harboured ${owner}`,
      ].sort(),
    );
    await link.getByLabel('Kind of link').selectOption({ label: `${owner} owns ${site}` });
    await link.getByRole('button', { name: 'Add the link' }).click();
    await link.getByText(`Linked to ${owner}.`).waitFor();
    // (The registry may name the same owner already: the link the analyst made is one of them.)
    await page.getByRole('region', { name: 'Links' }).getByRole('link', { name: owner }).first().waitFor();

    // A report naming it opens, and names the site back.
    await reports.getByRole('link').first().click();
    const mentions = page.getByRole('region', { name: 'Named in this report' });
    await mentions.getByRole('link', { name: site, exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/workbench-report.png' });
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
