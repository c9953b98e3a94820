import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A public summary for the press, in the browser: the demo commander opens the concluded operation KINGFISHER,
// drafts its summary from the figures (read in words beside it), tries a headline naming the code name (refused,
// the server's message shown), cannot approve what they wrote (no button; the server answers 403); the deputy
// approves, the commander releases, and the M&E officer reads it under Released summaries with the agency's
// name, and copies it. Then the police's agency administrator keeps the specialist units' roster in the users
// section: a new unit with a member. No browser error but the refusals' own 400 and 403.

const DESKTOP = { width: 1280, height: 900 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const OFFICE = 'Regional Coordination Office (demo)';
const UNIT = 'Anti-trafficking task force, Udon Thani';
const MEMBER = 'Pol. Capt. Nattaya Srisuk';

let server: RunningServer;
let browser: Browser;
/** The summary's headline as the server drafted it, shared by the steps (which run in order). */
let headline = '';

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
/** Only what the refusals themselves log: "the server responded with a status of 400/403". */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|403)\b/.test(p));

/** Opens KINGFISHER from the user's operations and its "Public summary" tab; returns the panel. */
async function openSummary(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
  await page
    .getByRole('region', { name: 'Your operations' })
    .getByRole('link', { name: 'KINGFISHER' })
    .click();
  await heading(page, 'Operation KINGFISHER').waitFor();
  await page.getByRole('tab', { name: 'Public summary' }).click();
  const panel = page.getByRole('region', { name: 'Public summary for the press' });
  await panel.waitFor();
  return panel;
}

describe('a public summary of KINGFISHER for the press, and the units roster', () => {
  it('the commander drafts it from the figures; a headline naming the code name is refused; the writer cannot approve', async () => {
    const { context, page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    const panel = await openSummary(page);
    await panel.getByRole('button', { name: /Draft the summary from the operation’s figures/ }).click();
    await panel.getByText('Summary drafted from the figures.', { exact: false }).waitFor();
    await panel.getByText('Draft, waiting for approval').waitFor();
    await panel.getByText(/^Written by Pol\. Col\. Thawatchai Boonmee on /).waitFor();
    // The figures it rests on, in words: the demo's 2 arrests, 4 exhibits and 8 people brought to safety.
    const figures = panel.getByRole('list').first();
    await figures.getByText('2 arrests; 4 items of evidence seized.').waitFor();
    await figures.getByText(/^8 people brought to safety/).waitFor();
    await figures
      .getByText(
        'The operation met all three of its objectives (arrests, evidence, people brought to safety).',
      )
      .waitFor();
    const words = panel.getByRole('form', { name: 'Words of the summary' });
    headline = await words.getByLabel('Headline').inputValue();
    expect(headline).toBe('2 arrests in Udon Thani, 8 brought to safety');
    const body = await words.getByLabel('Text').inputValue();
    expect(body).toContain('8 people were brought to safety');
    expect(`${headline} ${body}`).not.toMatch(/kingfisher/i);

    await words.getByLabel('Headline').fill('Operation KINGFISHER frees 8 people');
    await words.getByRole('button', { name: 'Save the text' }).click();
    await panel
      .getByText(
        'text: it names a person, the code name, the target or its place; a public summary gives figures and outcomes only',
      )
      .waitFor();

    // The writer is not offered approval, and the server refuses it anyway.
    await panel.getByText('You wrote this text: another member of your agency approves it.').waitFor();
    expect(await panel.getByRole('button', { name: 'Approve for release' }).count()).toBe(0);
    const mine = (await (
      await page.request.get(`${server.baseUrl}/api/operations/public-summaries`)
    ).json()) as {
      summaries: { id: string; headline: string }[];
    };
    expect(mine.summaries.map((s) => s.headline)).toEqual([headline]);
    const refused = await page.request.post(
      `${server.baseUrl}/api/operations/public-summaries/${mine.summaries[0]?.id}/approve`,
    );
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'A summary is approved by someone other than the person who wrote it.',
    );
    expect(await panel.getByRole('button', { name: 'Release to the press' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/summary-draft.png', fullPage: true });
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('the deputy approves it and the commander releases it', async () => {
    const deputy = await watchedPage(browser, DESKTOP);
    await signInAsDemo(deputy.page, server.baseUrl, POLICE, /Siriporn/);
    const panel = await openSummary(deputy.page);
    await panel.getByText('Draft, waiting for approval').waitFor();
    await panel.getByRole('button', { name: 'Approve for release' }).click();
    await panel.getByText('Summary approved: it may now be released.').waitFor();
    await panel.getByText(/approved by Pol\. Lt\. Col\. Siriporn Chaiyasit\.$/).waitFor();
    expect(deputy.problems).toEqual([]);
    await deputy.context.close();

    const { context, page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    const mine = await openSummary(page);
    await mine.getByText('Approved, not yet released').waitFor();
    await mine.getByRole('button', { name: 'Release to the press' }).click();
    await mine.getByRole('button', { name: 'Yes, release it' }).click();
    await mine.getByText('Summary released', { exact: false }).waitFor();
    await mine.getByText('Released to the press').waitFor();
    // Released: the words are no longer edited, and no new draft is offered beside it.
    expect(await mine.getByRole('form', { name: 'Words of the summary' }).count()).toBe(0);
    expect(await mine.getByRole('button', { name: /Draft/ }).count()).toBe(0);
    await mine.getByText(headline).waitFor();
    await page.screenshot({ path: '/tmp/summary-released.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the M&E officer reads it under Released summaries on the Outcomes page and copies its text', async () => {
    const { context, page, problems } = await watchedPage(browser, DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await signInAsDemo(page, server.baseUrl, OFFICE, /Monitoring and evaluation officer/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' }).click();
    await heading(page, 'Outcomes').waitFor();
    await page
      .getByRole('navigation', { name: 'Outcomes' })
      .getByRole('link', { name: 'Released summaries' })
      .click();
    const released = page.getByRole('region', { name: 'Released summaries' });
    const item = released.getByRole('article', { name: headline });
    await item.waitFor();
    await item.getByText(new RegExp(`^${POLICE.replace(/[()]/g, '\\$&')} · operation · released `)).waitFor();
    await item.getByText(/8 people were brought to safety/).waitFor();
    expect(await released.getByRole('article').count()).toBe(1);
    await item.getByRole('button', { name: 'Copy the text' }).click();
    await item.getByText('Text copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${headline}\n\n`)).toBe(true);
    expect(copied).toContain('8 people were brought to safety');
    expect(copied).not.toMatch(/kingfisher/i);
    await page.screenshot({ path: '/tmp/summary-outcomes.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the police's agency administrator keeps the units roster in the users section: a new unit with a member", async () => {
    const { context, page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Agency administrator/);
    // Administrators do not open the Outcomes section; the roster is where they keep accounts.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Outcomes' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Users & agencies' }).click();
    const units = page.getByRole('region', { name: 'Specialist units' });
    await units.waitFor();
    const create = units.getByRole('form', { name: 'New unit' });
    await create.getByLabel('Name of the unit').fill(UNIT);
    await create.getByRole('button', { name: 'Create the unit' }).click();
    await units.getByRole('heading', { level: 3, name: UNIT }).waitFor();
    await units.getByText(/· 0 members now/).waitFor();

    const add = units.getByRole('form', { name: `Add to ${UNIT}` });
    await add.getByLabel('Member of staff').selectOption({ label: MEMBER });
    await add.getByLabel('Joined on').fill('2026-01-05');
    await add.getByRole('button', { name: 'Add to the roster' }).click();
    await units.getByText(/· 1 member now/).waitFor();
    const roster = units.getByRole('table', { name: 'Roster' });
    await roster
      .getByRole('row', { name: new RegExp(MEMBER) })
      .getByText('still in the unit')
      .waitFor();
    await page.screenshot({ path: '/tmp/units-roster-admin.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
