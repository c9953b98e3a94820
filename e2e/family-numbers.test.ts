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

// A mother calls the NGO's hotline: her daughter went to work in Mae Sot, and men call the family at night. The
// operator saves the tip and records, on the tip's page, the number the family is reached on: sealed, never shown
// again (the analysts' night-calls view matches it against call records: e2e/network-analysis.test.ts).

const TABLET = { width: 1024, height: 768 };
const NGO = 'Mekong Migrant Rights Network (demo)';
const FAMILY_TEXT =
  'My daughter went to work at a factory in Mae Sot in June. Men call us at night saying she owes 30,000 baht.';

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

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
/** Everything the page shows, as text. */
const pageText = async (page: Page) => ((await page.locator('body').textContent()) ?? '').toLowerCase();

describe("a victim's family on the tip page", () => {
  it("records, sealed, the number a victim's family is reached on, beside the family's tip", async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, NGO, /Hotline operator/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Monitoring & tips' })
      .click();
    await tab(page, 'Report a tip').click();
    const call = page.getByRole('form', { name: 'Report a tip' });
    await call.getByLabel('What the reporter said').fill(FAMILY_TEXT);
    await call.getByLabel('The place, as described').fill('Mae Sot');
    await call.getByLabel('When it happened').fill('Since June');
    await call.getByRole('button', { name: 'Save the tip' }).click();
    await tab(page, 'Triage queue').click();
    const queue = page.getByRole('table', { name: 'Tips waiting, most urgent first' });
    await queue.getByRole('row').filter({ hasText: 'My daughter went to work' }).getByRole('link').click();
    const family = page.getByRole('region', { name: "A victim's family" });
    // Nothing given is refused before it is sent; a number that cannot be one is refused by the server.
    await family.getByRole('button', { name: "Record the family's number" }).click();
    await family.getByText("Give the family's phone number.").waitFor();
    await family.getByLabel("Family's phone number").fill('12');
    await family.getByRole('button', { name: "Record the family's number" }).click();
    await family.getByText(/number: not a phone number/).waitFor();
    await family.getByLabel("Family's phone number").fill('+95 9 420 000 001');
    await family.getByLabel('Related to the person as').selectOption({ label: 'Parent' });
    await family.getByRole('button', { name: "Record the family's number" }).click();
    await family.getByText("The family's number is recorded, sealed.").waitFor();
    await expect(family.getByLabel("Family's phone number").inputValue()).resolves.toBe('');
    // Kept sealed: the page does not show it again.
    expect(await pageText(page)).not.toContain('420 000 001');
    expect(problems.filter((p) => !/\b400\b/.test(p))).toEqual([]);
    await context.close();
  });
});
