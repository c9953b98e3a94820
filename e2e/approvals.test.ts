import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpFromLink } from './account-helpers.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

const PASSWORD = 'correct horse battery staple 42';
const NEW_PASSWORD = 'a new long passphrase for anan 7';
const WIDE = { width: 1280, height: 1000 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const ANAN = 'Pol. Maj. Anan Wongsa';
const SHOTS = '/work/main/.scratch';

let server: RunningServer;
let browser: Browser;

// Loading the demo (the first start builds the run's demo template) can take over a minute on a busy machine.
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
const requests = (page: Page) => page.getByRole('region', { name: 'Waiting for a second administrator' });
const request = (page: Page, what: RegExp) =>
  requests(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: what }) });

describe('two administrators in the browser', () => {
  it('one asks for a reset and a role, a second approves and hands over the link, the person is told at sign-in', async () => {
    // The system administrator sets up the account (the demo's only other administrator).
    const root = await watchedPage(browser, WIDE);
    await setUpFromLink(root.page, server.link, PASSWORD);

    // The police agency's administrator asks for a reset of Anan's account and for a role that sees intelligence.
    const police = await watchedPage(browser, WIDE);
    await signInAsDemo(police.page, server.baseUrl, POLICE, /Agency administrator/);
    await police.page.goto(`${server.baseUrl}/#/admin/users`);
    await heading(police.page, 'Users & agencies').waitFor();
    await requests(police.page).getByText('Nothing is waiting.').waitFor();
    const row = police.page.getByRole('row', { name: new RegExp(ANAN) }).first();
    // Nobody changes their own roles: the own row offers no such action.
    const ownRow = police.page.getByRole('row', { name: /Kittipong Saelim/ }).first();
    await ownRow.getByText('Your account').waitFor();
    expect(await ownRow.getByRole('button', { name: /Change roles/ }).count()).toBe(0);

    await row.getByRole('button', { name: /Reset password and second factor/ }).click();
    await police.page.getByRole('group', { name: /Ask for a reset of .*Anan Wongsa/ }).waitFor();
    await police.page.screenshot({ path: `${SHOTS}/approvals-confirm.png` });
    await police.page.getByRole('button', { name: 'Yes, ask for the reset' }).click();
    await police.page.getByText('Reset asked for. It waits for a second administrator').first().waitFor();

    await row.getByRole('button', { name: /Change roles/ }).click();
    const form = police.page.getByRole('form', { name: `Change the roles of ${ANAN}` });
    await form.getByRole('checkbox', { name: 'Intelligence analyst' }).check();
    await form.getByRole('button', { name: 'Save roles' }).click();
    await police.page
      .getByText(
        /Roles saved: .* now has Investigator\. Waiting for a second administrator to approve: Intelligence analyst\./,
      )
      .first()
      .waitFor();

    // Both requests are listed for their requester, neither one decidable by them.
    const reset = request(police.page, /Reset of password and second factor/);
    const grant = request(police.page, /Grant of Intelligence analyst/);
    await reset.getByText('Waiting for another administrator.').waitFor();
    await grant.getByText('Waiting for another administrator.').waitFor();
    expect(
      await requests(police.page)
        .getByRole('button', { name: /Approve|Refuse/ })
        .count(),
    ).toBe(0);
    await row.getByText('Reset waiting for approval').waitFor();
    await row.getByText('Waiting for approval: Intelligence analyst').waitFor();
    await police.page.screenshot({ path: `${SHOTS}/approvals-pending.png`, fullPage: true });

    // The system administrator sees both as decidable, approves the reset and is given the link.
    await root.page.goto(`${server.baseUrl}/#/admin/users`);
    await heading(root.page, 'Users & agencies').waitFor();
    const rootReset = request(root.page, /Reset of password and second factor/);
    await rootReset.getByText('Asked for by Kittipong Saelim', { exact: false }).waitFor();
    await rootReset.getByRole('button', { name: /^Approve/ }).click();
    await root.page.getByRole('button', { name: 'Yes, approve' }).click();
    await root.page.getByRole('heading', { name: `Password and second factor reset for ${ANAN}` }).waitFor();
    await root.page.getByText('in person', { exact: true }).waitFor();
    const link = await root.page.getByLabel('Sign-in link').inputValue();
    expect(link).toMatch(/#\/welcome\/[A-Za-z0-9_-]+$/);
    await root.page.screenshot({ path: `${SHOTS}/approvals-link.png` });

    await request(root.page, /Grant of Intelligence analyst/)
      .getByRole('button', { name: /^Approve/ })
      .click();
    await root.page.getByRole('button', { name: 'Yes, approve' }).click();
    await root.page.getByText(`Approved: Grant of Intelligence analyst for ${ANAN}.`).waitFor();
    await requests(root.page).getByText('Nothing is waiting.').waitFor();
    // The link is shown once: a later decision leaves it on the page.
    await expect(root.page.getByLabel('Sign-in link').inputValue()).resolves.toBe(link);
    await root.page
      .getByRole('row', { name: new RegExp(ANAN) })
      .first()
      .getByText('Intelligence analyst, Investigator')
      .waitFor();

    // Anan redeems the link and is told, at sign-in, what was done and by whom, until they say they have read it.
    const anan = await watchedPage(browser, WIDE);
    await setUpFromLink(anan.page, link, NEW_PASSWORD);
    const banner = anan.page.getByRole('region', { name: /Please read/ });
    await banner.waitFor();
    const resetNotice = banner
      .getByRole('listitem')
      .filter({ hasText: 'password and second factor were reset' });
    await resetNotice
      .getByText(/asked for by Kittipong Saelim and approved by First administrator/)
      .waitFor();
    const grantNotice = banner.getByRole('listitem').filter({ hasText: 'You were given the role' });
    await grantNotice.getByText(/approved by First administrator/).waitFor();
    await anan.page.screenshot({ path: `${SHOTS}/approvals-notices.png`, fullPage: true });
    await resetNotice.getByRole('button', { name: 'I have read this' }).click();
    await expect.poll(() => resetNotice.count()).toBe(0);
    await grantNotice.getByRole('button', { name: 'I have read this' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await anan.page.reload();
    await heading(anan.page, 'Home').waitFor();
    expect(await anan.page.getByRole('region', { name: /Please read/ }).count()).toBe(0);

    // A new account's roles that see victims wait; the others are granted at once. The second administrator refuses.
    await police.page.getByLabel('Full name').fill('Test Screener');
    await police.page.getByLabel('User name', { exact: true }).fill('test.screener');
    await police.page.getByRole('checkbox', { name: 'Community or NGO monitor' }).check();
    await police.page.getByRole('checkbox', { name: 'Screening officer' }).check();
    await police.page.getByRole('button', { name: 'Create account' }).click();
    await police.page.getByRole('heading', { name: 'Account created for Test Screener' }).waitFor();
    await police.page
      .getByText(
        'Waiting for a second administrator before they are granted: Screening officer. Until another administrator approves them, the account has only: Community or NGO monitor.',
      )
      .waitFor();
    await request(police.page, /Grant of Screening officer/)
      .getByText('Waiting for another administrator.')
      .waitFor();
    await police.page.setViewportSize({ width: 768, height: 1024 });
    await police.page.screenshot({ path: `${SHOTS}/approvals-created-tablet.png`, fullPage: true });

    await root.page.reload();
    await heading(root.page, 'Users & agencies').waitFor();
    await request(root.page, /Grant of Screening officer/)
      .getByRole('button', { name: /^Refuse/ })
      .click();
    await root.page.getByRole('button', { name: 'Yes, refuse' }).click();
    await root.page
      .getByText('Refused: Grant of Screening officer for Test Screener. Nothing was changed.')
      .waitFor();
    await requests(root.page).getByText('Nothing is waiting.').waitFor();
    await root.page
      .getByRole('row', { name: /Test Screener/ })
      .first()
      .getByRole('cell', { name: 'Community or NGO monitor', exact: true })
      .waitFor();

    for (const p of [root, police, anan]) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  });
});
