import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpFromLink, signInWithPassword } from './account-helpers.ts';
import { executingOperation, kitDatabaseExists } from './field-kit-helpers.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// The devices people register for the field screens, in the browser: a person with a password sets up the field kit
// on a phone with it and finds the phone in their own list; signing in again opens the kit without asking, a reload
// asks again and says why. One administrator asks for the phone to be revoked, a second approves, and the phone's
// next opening wipes the kit.

const PHONE = { width: 375, height: 740 };
const WIDE = { width: 1280, height: 1000 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const ANAN = 'Pol. Maj. Anan Wongsa';
const ANAN_USER = 'demo.investigator';
const ROOT_PASSWORD = 'correct horse battery staple 42';
const ANAN_PASSWORD = 'anan field kit password 2026';
const CODE = 'WAGTAIL';
const REASON = 'Phone left in a taxi after the raid';
const REVOKED = 'Your agency has revoked this device: the field kit on it has been wiped';
const WHY_AGAIN = /its key is kept only while this page is open, never stored on the phone/;

let server: RunningServer;
let browser: Browser;
type Watched = Awaited<ReturnType<typeof watchedPage>>;
let root: Watched;
let admin: Watched;
let phone: Watched;
let totpSecret = '';
let operationId = '';
let label = '';

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const approvals = (page: Page, what: RegExp) =>
  page
    .getByRole('region', { name: 'Waiting for a second administrator' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: what }) });
const openField = (page: Page) => page.goto(`${server.baseUrl}/#/operations/plan/${operationId}/field`);
const usersPage = async (page: Page) => {
  await page.goto(`${server.baseUrl}/#/admin/users`);
  // Read again when it was open already (a change of hash alone reads nothing).
  await page.reload();
  await heading(page, 'Users & agencies').waitFor();
};
const ananRow = (page: Page) => page.getByRole('row', { name: new RegExp(ANAN) }).first();

describe('devices for the field screens', () => {
  it('a person with a password sets up the kit with it, sees the phone in their list, and is not asked again at sign-in', async () => {
    // Anan is given a password: the police administrator asks for a reset, the system administrator approves it.
    root = await watchedPage(browser, WIDE);
    await setUpFromLink(root.page, server.link, ROOT_PASSWORD);
    admin = await watchedPage(browser, WIDE);
    await signInAsDemo(admin.page, server.baseUrl, POLICE, /Agency administrator/);
    await usersPage(admin.page);
    await ananRow(admin.page)
      .getByRole('button', { name: /Reset password and second factor/ })
      .click();
    await admin.page.getByRole('button', { name: 'Yes, ask for the reset' }).click();
    await usersPage(root.page);
    await approvals(root.page, /Reset of password and second factor/)
      .getByRole('button', { name: /^Approve/ })
      .click();
    await root.page.getByRole('button', { name: 'Yes, approve' }).click();
    const link = await root.page.getByLabel('Sign-in link').inputValue();
    phone = await watchedPage(browser, PHONE);
    totpSecret = await setUpFromLink(phone.page, link, ANAN_PASSWORD);

    // An operation in execution with Anan as its evidence officer.
    const commander = await watchedPage(browser, WIDE);
    const deputy = await watchedPage(browser, WIDE);
    await signInAsDemo(commander.page, server.baseUrl, POLICE, /Thawatchai/);
    await signInAsDemo(deputy.page, server.baseUrl, POLICE, /Siriporn/);
    operationId = await executingOperation(
      commander.page.request,
      deputy.page.request,
      server.baseUrl,
      CODE,
      [
        ['Pol. Lt. Col. Siriporn Chaiyasit', 'command'],
        [ANAN, 'evidence'],
        ['Pol. Capt. Nattaya Srisuk', 'arrest'],
      ],
    );
    await commander.context.close();
    await deputy.context.close();

    // The field kit is set up with the sign-in password: the phone is registered.
    const { page } = phone;
    await openField(page);
    await heading(page, 'Field kit').waitFor();
    const setUp = region(page, 'Set up the field kit on this phone');
    await setUp.getByRole('radio', { name: 'My sign-in password' }).check();
    await setUp.getByRole('textbox', { name: 'Sign-in password' }).fill(ANAN_PASSWORD);
    await setUp.getByLabel('The same again').fill(ANAN_PASSWORD);
    await setUp.getByRole('button', { name: 'Set up the field kit' }).click();
    await page.getByText('Field kit set up, and this phone registered with your agency.').waitFor();
    await heading(page, `${CODE}: execution`).waitFor();
    const mine = (await (await page.request.get(`${server.baseUrl}/api/me/devices`)).json()) as {
      devices: { label: string; status: string }[];
    };
    expect(mine.devices).toHaveLength(1);
    label = mine.devices[0]?.label ?? '';

    // Their own list on the home page shows it, active, with a way to revoke it.
    await page.goto(`${server.baseUrl}/#/`);
    const myList = region(page, 'My devices');
    const row = myList.getByRole('row', { name: label });
    await row.getByRole('button', { name: /^Revoke/ }).waitFor();
    expect(await myList.getByRole('row').count()).toBe(2);

    // Reloaded with the session still valid, the kit asks for the secret again, and says why.
    await openField(page);
    await heading(page, `${CODE}: execution`).waitFor();
    await page.reload();
    const unlock = region(page, 'Unlock the field kit');
    await unlock.getByText(WHY_AGAIN).waitFor();
    await unlock.getByLabel('Field kit secret').fill(ANAN_PASSWORD);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, `${CODE}: execution`).waitFor();

    // The session ends (the cookie gone, the kit kept): signing in with the password opens the kit without asking.
    await phone.context.clearCookies();
    await signInWithPassword(page, server.baseUrl, ANAN_USER, ANAN_PASSWORD, totpSecret);
    expect(await kitDatabaseExists(page)).toBe(true);
    await openField(page);
    await heading(page, `${CODE}: execution`).waitFor();
    expect(await region(page, 'Unlock the field kit').count()).toBe(0);
  });

  it('an administrator asks to revoke the phone, a second approves, and the phone wipes its kit when it next opens', async () => {
    // The police administrator sees the phone under Anan and asks for it to be revoked, with the reason.
    const { page } = admin;
    await usersPage(page);
    await ananRow(page)
      .getByRole('button', { name: /^Devices/ })
      .click();
    const devices = page.locator('[id^="devices-"]');
    await devices.getByRole('heading', { name: `Devices of ${ANAN}` }).waitFor();
    const row = devices.getByRole('row', { name: label });
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByRole('button', { name: /^Ask to revoke/ }).click();
    const form = page.getByRole('form', { name: `Ask to revoke the device ${label}` });
    await form.getByRole('button', { name: 'Ask for the revocation' }).click();
    await devices.getByText('Say why the device must be revoked.').waitFor();
    await form.getByLabel('Reason').fill(REASON);
    await form.getByRole('button', { name: 'Ask for the revocation' }).click();
    await devices.getByText(/^Revocation of “.*” asked for\. It waits for a second administrator/).waitFor();
    await row.getByText('Revocation waiting for a second administrator').waitFor();
    const own = approvals(page, /Revocation of the device/);
    await own.getByText('Waiting for another administrator.').waitFor();
    expect(await own.getByRole('button', { name: /Approve|Refuse/ }).count()).toBe(0);

    // Until approved, the phone works: its kit opens, and its list says the device is active.
    await phone.page.reload();
    await heading(phone.page, `${CODE}: execution`).or(region(phone.page, 'Unlock the field kit')).waitFor();
    expect(await kitDatabaseExists(phone.page)).toBe(true);

    // The system administrator approves, having read the reason.
    await usersPage(root.page);
    const request = approvals(root.page, /Revocation of the device/);
    await request.getByText(`Reason given: ${REASON}`).waitFor();
    await request.getByRole('button', { name: /^Approve/ }).click();
    await root.page.getByRole('button', { name: 'Yes, approve' }).click();
    await root.page.getByText(/^Approved: Revocation of the device/).waitFor();

    // The phone's next opening with a connection wipes the kit.
    await phone.page.reload();
    await phone.page.getByText(REVOKED).waitFor();
    await expect.poll(() => kitDatabaseExists(phone.page)).toBe(false);

    // The administrators' list says revoked, with the reason.
    await page.reload();
    await ananRow(page)
      .getByRole('button', { name: /^Devices/ })
      .click();
    const revoked = devices.getByRole('row', { name: label });
    await revoked.getByText(/^Revoked on/).waitFor();
    await revoked.getByText(REASON).waitFor();
    expect(await revoked.getByRole('button', { name: /^Ask to revoke/ }).count()).toBe(0);

    const refused = (p: string) => /\b403\b|Failed to load resource/.test(p);
    for (const w of [root, admin, phone]) {
      expect(w.problems.filter((p) => !refused(p))).toEqual([]);
      await w.context.close();
    }
  });
});
