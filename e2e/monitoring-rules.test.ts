import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepAt, totpCode } from '../src/access/totp.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// The routing rules in the browser (issue 16): the system administrator reads the demo's rules and who answers
// the public page, adds a rule for tips with children on the Mekong border, its area drawn as corners (one picked
// on the offline map, two typed), then sets it aside, and finds it so after a reload.

const TABLET = { width: 1024, height: 768 };
const NGO = 'Mekong Migrant Rights Network (demo)';
const POLICE = 'Anti-Trafficking Police Division (demo)';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** Redeems the first administrator's one-time link: a password, then an authenticator. */
async function setUpFromLink(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await heading(page, 'Choose your password').waitFor();
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Save password' }).click();
  await heading(page, 'Set up your authenticator').waitFor();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel('Six-digit code').fill(totpCode(secret, stepAt(Date.now())));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await heading(page, 'Home').waitFor();
}

async function openMonitoring(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Monitoring & tips' })
    .click();
  await heading(page, 'Monitoring & tips').waitFor();
}

describe('routing rules', () => {
  it('lets the system administrator add a routing rule with an area drawn on the map, then set it aside', async () => {
    const admin = await watchedPage(browser, TABLET);
    const page = admin.page;
    await setUpFromLink(page, server.link, 'lanterns float down the quiet river 9');
    await openMonitoring(page);
    // The administrator sees the rules (and who answers the public page), nothing of the tips themselves.
    await expect(tab(page, 'Triage queue').count()).resolves.toBe(0);
    const rules = page.getByRole('region', { name: 'Routing rules' });
    const thailand = rules.getByRole('listitem', {
      name: 'Rule Thailand: tips and findings to the anti-trafficking police',
    });
    await thailand
      .getByText('Tips and inspection findings in Thailand; any kind; any danger. Priority 100.')
      .waitFor();
    await page
      .getByRole('region', { name: 'The public reporting page' })
      .getByText(`Answered by ${NGO}; taking reports.`, { exact: false })
      .waitFor();

    const form = rules.getByRole('form', { name: 'Add a routing rule' });
    await form.getByLabel('Name of the rule').fill('Children on the Mekong border');
    await form.getByLabel('Send to').selectOption({ label: `${POLICE} (Police)` });
    await form.getByLabel('Labour inspection findings').uncheck();
    await form.getByLabel('Within an area drawn on the map').check();
    // One corner picked on the offline map, two typed.
    await form.getByRole('button', { name: 'Pick on the map' }).click();
    const picker = form.getByTestId('map-picker');
    await picker.waitFor();
    const box = await picker.boundingBox();
    if (!box) throw new Error('no map');
    await picker.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await form.getByText(/^Picked: /).waitFor();
    await form.getByRole('button', { name: 'Add the corner' }).click();
    for (const [lat, lon] of [
      ['20.35', '100.08'],
      ['20.10', '100.60'],
    ]) {
      await form.getByLabel('Corner latitude').fill(lat ?? '');
      await form.getByLabel('Corner longitude').fill(lon ?? '');
      await form.getByRole('button', { name: 'Add the corner' }).click();
    }
    await expect(
      form.getByRole('list', { name: 'Corners of the area' }).getByRole('listitem').count(),
    ).resolves.toBe(3);
    await form.getByLabel('Only where children are involved').check();
    await form.getByLabel('Only from this danger up').selectOption({ label: 'Serious harm likely soon' });
    await form.getByLabel('Priority').fill('20');
    await form.getByRole('button', { name: 'Add the rule' }).click();
    await rules.getByText('Rule “Children on the Mekong border” added.').waitFor();
    const added = rules.getByRole('listitem', { name: 'Rule Children on the Mekong border' });
    await added
      .getByText(
        'Tips in any country, within an area of 3 corners; any kind; danger at least “serious harm likely soon”; only where children are involved. Priority 20.',
      )
      .waitFor();
    await added.getByRole('button', { name: /^Set aside/ }).click();
    await rules.getByText('Rule “Children on the Mekong border” set aside.').waitFor();
    await added.getByText(/\(not in force\)/).waitFor();
    // After a reload, as the server keeps it.
    await page.reload();
    await heading(page, 'Monitoring & tips').waitFor();
    await page
      .getByRole('region', { name: 'Routing rules' })
      .getByRole('listitem', { name: 'Rule Children on the Mekong border' })
      .getByText(/\(not in force\)/)
      .waitFor();
    expect(admin.problems).toEqual([]);
    await admin.context.close();
  }, 120_000);
});
