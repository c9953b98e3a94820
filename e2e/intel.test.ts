import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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

const TABLET = { width: 768, height: 1024 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const NGO = 'Mekong Migrant Rights Network (demo)';
const DAY = '2026-11-20';
const FIRST = 'Ko Aung recruits at the Mae Sot crossing';
const SECOND = 'Boat captain pays recruiters in cash';
const GRADE = {
  '1': '1 — Reliable',
  '2': '2 — Untested',
  '3': '3 — Not reliable',
  A: 'A — Known directly to the source',
  B: 'B — Known indirectly to the source but corroborated',
  C: 'C — Known indirectly to the source',
  D: 'D — Not known',
};

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const toIntel = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
  await heading(page, 'Intelligence').waitFor();
};
async function grade(scope: Locator, suffix: string, source: keyof typeof GRADE, info: keyof typeof GRADE) {
  await scope.getByLabel(`Source grade${suffix}`).selectOption({ label: GRADE[source] });
  await scope.getByLabel(`Information grade${suffix}`).selectOption({ label: GRADE[info] });
}
async function share(page: Page) {
  const panel = page.getByRole('region', { name: 'Share with agency' });
  await panel.getByLabel('Agency to share with').selectOption({ label: NGO });
  await panel.getByRole('button', { name: 'Share', exact: true }).click();
  return panel;
}

describe('intelligence in the browser', () => {
  it('grades reports item by item, shares them as their handling allows, and builds an entity with its links', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await toIntel(page);

    // The tabs follow the arrow keys.
    await page.getByRole('tab', { name: 'Reports' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'New report' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Network' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );

    // A source, under its code name.
    await tab(page, 'Sources');
    const newSource = page.getByRole('form', { name: 'New source' });
    await newSource.getByLabel('Code name').fill('SRC-0042');
    await newSource.getByLabel('Kind of source').selectOption('informant');
    await newSource.getByLabel('Description (optional)').fill('Works at the border market');
    await newSource.getByRole('button', { name: 'Register the source' }).click();
    await page.getByText('Source SRC-0042 registered.').waitFor();
    await page.getByRole('row', { name: /SRC-0042/ }).waitFor();
    await page.screenshot({ path: '/tmp/intel-sources-tablet.png' });

    // A report with two items, each graded on its own, TLP:AMBER, handling P.
    await tab(page, 'New report');
    const form = page.getByRole('form', { name: 'New report' });
    await form.getByLabel('Source', { exact: true }).selectOption({ label: 'SRC-0042 — Informant' });
    await form.getByLabel('Reported on').fill(DAY);
    await form.getByLabel('Title').fill(FIRST);
    await form.getByLabel('How it was obtained').fill('Met the source at the market on 19 November.');
    await form.getByLabel('What item 1 says').fill('Ko Aung offers jobs on fishing boats to Myanmar men.');
    await grade(form, ' of item 1', '2', 'B');
    await form.getByRole('button', { name: 'Add an item' }).click();
    await form.getByLabel('What item 2 says').fill('He crosses at the Friendship Bridge every Monday.');
    await grade(form, ' of item 2', '1', 'A');
    await expect(form.getByRole('radio', { name: /^P — / }).isChecked()).resolves.toBe(true);
    await form.getByLabel('TLP marking').selectOption('AMBER');
    await page.screenshot({ path: '/tmp/intel-new-report-tablet.png', fullPage: true });
    await form.getByRole('button', { name: 'Record the report' }).click();

    await heading(page, FIRST).waitFor();
    const firstUrl = page.url();
    expect(firstUrl).toMatch(/#\/intel\/reports\/[0-9a-f-]{36}$/);
    await page.getByText('2B', { exact: true }).waitFor();
    await page.getByText('1A', { exact: true }).waitFor();
    await expect(page.locator('.markings .tlp').textContent()).resolves.toBe('TLP:AMBER');
    await page.getByText('Source SRC-0042 (Informant)').waitFor();
    await page.screenshot({ path: '/tmp/intel-report-tablet.png', fullPage: true });
    const shared = await share(page);
    await shared.getByText(`Shared with ${NGO}.`, { exact: false }).waitFor();

    // Handling C: refused as it stands, shared as a sanitised version.
    await page.getByRole('link', { name: 'Intelligence' }).first().click();
    await heading(page, 'Intelligence').waitFor();
    await tab(page, 'New report');
    await form.getByLabel('Source', { exact: true }).selectOption({ label: 'SRC-0042 — Informant' });
    await form.getByLabel('Reported on').fill(DAY);
    await form.getByLabel('Title').fill(SECOND);
    await form.getByLabel('What item 1 says').fill('SRC-0042 saw the captain of the Sea Star pay Ko Aung.');
    await grade(form, ' of item 1', '2', 'C');
    await form.getByRole('radio', { name: /^C — / }).check();
    await form.getByRole('radio', { name: /^A2 — / }).check();
    await form.getByRole('radio', { name: /^S1 — / }).check();
    await form.getByRole('button', { name: 'Record the report' }).click();
    await heading(page, SECOND).waitFor();
    await page.getByText('Handling C', { exact: true }).waitFor();
    const refused = await share(page);
    await expect(refused.locator('.notice-error').textContent()).resolves.toMatch(/sanitised version/);

    await page.screenshot({ path: '/tmp/intel-refused-tablet.png', fullPage: true });
    await page.getByRole('button', { name: 'Make a sanitised version' }).click();
    const sanitised = page.getByRole('form', { name: 'Sanitised version' });
    await expect(sanitised.getByLabel('Title of the sanitised version').inputValue()).resolves.toBe(
      `${SECOND} (sanitised)`,
    );
    await sanitised.getByLabel('What item 1 says').fill('A boat captain pays a recruiter in cash.');
    await sanitised.getByRole('button', { name: 'Save the sanitised version' }).click();
    await heading(page, `${SECOND} (sanitised)`).waitFor();
    await page.getByRole('link', { name: 'The original report' }).waitFor();
    await page.getByText('2C', { exact: true }).waitFor();
    const allowed = await share(page);
    await allowed.getByText(`Shared with ${NGO}.`, { exact: false }).waitFor();

    // Entities: a person and a phone, facts that disagree, and a link.
    await toIntel(page);
    await tab(page, 'Entities');
    await page.getByLabel('Type of entity').selectOption({ label: 'Person' });
    await page.getByLabel('Label', { exact: true }).fill('Ko Aung');
    await page.getByRole('button', { name: 'Create the entity' }).click();
    await heading(page, 'Ko Aung').waitFor();
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByText(/^No calls, transfers or crossings are recorded for this entity’s numbers/)
      .waitFor();
    await toIntel(page);
    await page.getByLabel('Type of entity').selectOption({ label: 'Phone number' });
    await page.getByLabel('Label', { exact: true }).fill('+66812345678');
    await page.getByRole('button', { name: 'Create the entity' }).click();
    await heading(page, '+66812345678').waitFor();
    await toIntel(page);
    await page
      .getByRole('region', { name: 'Recently opened entities' })
      .getByRole('link', { name: 'Ko Aung' })
      .click();
    await heading(page, 'Ko Aung').waitFor();

    const fact = page.getByRole('form', { name: 'Add a fact' });
    await fact.getByLabel('Attribute').selectOption({ label: 'Nationality' });
    await fact.getByLabel('Value').fill('MM');
    await fact.getByLabel('From report (optional)').selectOption({ label: `${FIRST} (${DAY})` });
    await grade(fact, '', '2', 'B');
    await fact.getByRole('button', { name: 'Add the fact' }).click();
    await fact.getByText('Recorded: Nationality MM.').waitFor();
    await fact.getByLabel('Value').fill('TH');
    await fact.getByLabel('From report (optional)').selectOption('');
    await grade(fact, '', '3', 'D');
    await fact.getByRole('button', { name: 'Add the fact' }).click();
    await fact.getByText('Recorded: Nationality TH.').waitFor();

    const link = page.getByRole('form', { name: 'Add a link' });
    await link.getByLabel('Other entity').fill('+66812345678');
    await link.getByRole('button', { name: 'Phone number +66812345678' }).click();
    await link.getByLabel('Kind of link').selectOption({ label: 'Ko Aung uses phone +66812345678' });
    await link.getByRole('button', { name: 'Add the link' }).click();
    await link.getByText('Linked to +66812345678.').waitFor();

    const facts = page.getByRole('region', { name: 'Facts' });
    await facts.getByText('Sources differ: 2 values').waitFor();
    const value = (v: string) => facts.locator('dd', { has: page.locator('.fact-value', { hasText: v }) });
    const mm = value('MM');
    await expect(mm.locator('.grade').textContent()).resolves.toBe('2B');
    await expect(mm.getByRole('link', { name: `Report: ${FIRST}` }).getAttribute('href')).resolves.toBe(
      `#${firstUrl.split('#')[1]}`,
    );
    const th = value('TH');
    await expect(th.locator('.grade').textContent()).resolves.toBe('3D');
    await expect(th.textContent()).resolves.toContain('No report');
    const links = page.getByRole('region', { name: 'Links' });
    const phone = links.getByRole('link', { name: '+66812345678' });
    await expect(links.locator('.link-sentence').textContent()).resolves.toMatch(
      /^Ko Aung uses phone \+66812345678/,
    );
    await facts.getByRole('heading', { name: 'Facts' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/intel-entity-tablet.png', fullPage: true });

    await phone.click();
    await heading(page, '+66812345678').waitFor();
    await page.getByRole('region', { name: 'Links' }).getByRole('link', { name: 'Ko Aung' }).waitFor();
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
    await context.close();
  });

  it('shows the calls of a phone from the demo call records in its timeline, a page at a time', async () => {
    const number = await busiestDemoNumber();
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await toIntel(page);
    await tab(page, 'Entities');
    await page.getByLabel('Type of entity').selectOption({ label: 'Phone number' });
    await page.getByLabel('Label', { exact: true }).fill(number);
    await page.getByRole('button', { name: 'Create the entity' }).click();
    await heading(page, number).waitFor();

    const timeline = page.getByRole('region', { name: 'Timeline' });
    const rows = timeline.locator('tbody tr');
    const calls = timeline.getByRole('checkbox', { name: /^Calls/ });
    await expect.poll(() => rows.count()).toBe(50);
    await expect(calls.isChecked()).resolves.toBe(true);
    await expect(timeline.getByText('Calls (50)', { exact: true }).count()).resolves.toBe(1);
    await expect(rows.first().getByRole('cell').nth(1).textContent()).resolves.toBe('Call');
    await expect(rows.first().getByRole('cell').nth(2).textContent()).resolves.toMatch(
      /^(Call|SMS) (to|from) \+\d+/,
    );
    const times = () =>
      timeline.locator('tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    const first = await times();
    await timeline.getByRole('heading', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/intel-timeline-tablet.png' });

    await timeline.getByRole('button', { name: 'Older' }).click();
    await timeline.getByText('50 older events loaded.').waitFor();
    await expect(rows.count()).resolves.toBe(100);
    const all = await times();
    expect(all.slice(0, 50)).toEqual(first);
    expect(all).toEqual([...all].sort().reverse());
    expect(new Set(all).size).toBeGreaterThan(90);

    await calls.uncheck();
    await timeline.getByText('No events of the kinds chosen are loaded.').waitFor();
    await calls.check();
    await expect(rows.count()).resolves.toBe(100);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** The number in most calls of the demo's call records: the demo loads the world of seed 1. */
async function busiestDemoNumber(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-world-'));
  try {
    await generateWorld({ preset: 'demo', seed: 1, out: dir });
    const [header = '', ...lines] = readFileSync(join(dir, 'calls.csv'), 'utf8').trim().split('\n');
    const cols = header.split(',');
    const caller = cols.indexOf('caller');
    const callee = cols.indexOf('callee');
    const counts = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split(',');
      for (const n of [cells[caller], cells[callee]]) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const [number = '', n = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(n).toBeGreaterThan(100);
    return number;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
