import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cachedUrls,
  chainsAfterSync,
  deviceStorage,
  executingOperation,
  goOffline,
  goOnline,
  kitDatabaseExists,
  setUpKit,
  workerReady,
} from './field-kit-helpers.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

const PHONE = { width: 375, height: 740 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const CODE = 'HERON';
const COMMANDER_SECRET = 'heron commander passphrase';
const EVIDENCE_SECRET = 'heron evidence passphrase';
/** Everything typed on the phones: none of it may be readable in the browser's storage. */
const TYPED = {
  person: 'Kyaw Min Thant',
  arrestPlace: 'Loading bay at the north pier',
  ledger: 'Green wage book with forty names',
  ledgerWhere: 'Locked drawer in the shed office',
  ledgerSeal: 'SEAL-887201',
  phone: 'Supervisor handset, black Oppo',
  phoneWhere: 'Supervisor pocket at arrest',
  phoneSeal: 'SEAL-887202',
  removedTo: 'Provincial shelter, room 4',
  evidenceCorrection: 'Seal number misread: it is SEAL-887209',
  commanderCorrection: 'Wage book holds forty-two names, not forty',
};

let server: RunningServer;
let browser: Browser;
let operationId = '';

interface Phone {
  context: BrowserContext;
  page: Page;
  problems: string[];
}
let commander: Phone;
let evidence: Phone;

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
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** A lost connection shows in the console as failed requests: expected while offline, nothing else is. */
const real = (problems: string[]) =>
  problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR_FAILED/.test(p));

async function openField(phone: Phone) {
  await phone.page.goto(`${server.baseUrl}/#/operations/plan/${operationId}/field`);
}

/** Opens the locked field kit on the execution screen (the app opened with a connection). */
async function unlockOnline(page: Page, secret: string) {
  const unlock = region(page, 'Unlock the field kit');
  await unlock.getByLabel('Field kit secret').fill(secret);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await heading(page, `${CODE}: execution`).waitFor();
}

/** The times (ISO, as kept on the phone) of the items waiting in the outbox, in order. */
const waitingTimes = (page: Page) =>
  region(page, 'Connection')
    .locator('.queue-list > li > time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));

interface ServerLog {
  entries: {
    id: string;
    kind: string;
    occurredAt: string;
    revision?: number;
    corrections?: { text: string }[];
    exhibit?: { id: string } | null;
  }[];
}
const serverLog = async (page: Page) =>
  (await (
    await page.request.get(`${server.baseUrl}/api/operations/plans/${operationId}/log`)
  ).json()) as ServerLog;

describe('the field kit on a phone: offline, sealed, and in sync when the connection returns', () => {
  it('sets up an operation in execution, and each phone sets up its field kit', async () => {
    const deputy = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    commander = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    evidence = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    await signInAsDemo(commander.page, server.baseUrl, POLICE, /Thawatchai/);
    await signInAsDemo(deputy.page, server.baseUrl, POLICE, /Siriporn/);
    operationId = await executingOperation(
      commander.page.request,
      deputy.page.request,
      server.baseUrl,
      CODE,
      [
        ['Pol. Lt. Col. Siriporn Chaiyasit', 'command'],
        ['Pol. Maj. Anan Wongsa', 'evidence'],
        ['Pol. Capt. Nattaya Srisuk', 'arrest'],
      ],
    );
    await deputy.context.close();

    await signInAsDemo(evidence.page, server.baseUrl, POLICE, /Investigator/);
    for (const [phone, secret] of [
      [commander, COMMANDER_SECRET],
      [evidence, EVIDENCE_SECRET],
    ] as const) {
      await openField(phone);
      await heading(phone.page, 'Field kit').waitFor();
      if (phone === commander)
        await phone.page.screenshot({ path: '/tmp/field-kit-setup-phone.png', fullPage: true });
      // Demo users sign in without a password: the kit is sealed with a passphrase, refused when too short.
      await setUpKit(phone.page, 'short');
      await phone.page.getByText('A passphrase has at least 10 characters.').waitFor();
      await setUpKit(phone.page, secret);
      await heading(phone.page, `${CODE}: execution`).waitFor();
      await phone.page.getByText('Field kit set up, and this phone registered with your agency.').waitFor();
      await region(phone.page, 'Recorded').getByText('Nothing recorded yet.').waitFor();
      await workerReady(phone.page);
    }
  });

  it('reloaded without a connection, the app opens on the field kit and records entries offline, sealed', async () => {
    for (const [phone, secret] of [
      [commander, COMMANDER_SECRET],
      [evidence, EVIDENCE_SECRET],
    ] as const) {
      await goOffline(phone.context);
      await phone.page.reload();
      await heading(phone.page, 'Offline — unlock the field kit').waitFor();
      if (phone === commander)
        await phone.page.screenshot({ path: '/tmp/field-kit-offline-phone.png', fullPage: true });
      const unlock = region(phone.page, 'Unlock the field kit');
      await unlock.getByLabel('Field kit secret').fill('not the secret at all');
      await unlock.getByRole('button', { name: 'Unlock' }).click();
      await unlock.getByText('That secret does not open the field kit on this phone.').waitFor();
      await unlock.getByLabel('Field kit secret').fill(secret);
      await unlock.getByRole('button', { name: 'Unlock' }).click();
      await heading(phone.page, `${CODE}: execution`).waitFor();
      await region(phone.page, 'Connection')
        .getByText(/^No connection/)
        .waitFor();
    }

    // The commander records the arrest and the people removed; the evidence officer two exhibits.
    let page = commander.page;
    await page.getByRole('button', { name: 'Arrest', exact: true }).click();
    const arrest = region(page, 'Record an arrest');
    await arrest.getByLabel('Person arrested').fill(TYPED.person);
    await arrest.getByLabel('Where arrested').fill(TYPED.arrestPlace);
    await arrest.getByLabel('Kept apart from potential victims and witnesses').check();
    await arrest.getByRole('button', { name: 'Record the arrest' }).click();
    await page
      .getByText('Arrest saved on this phone: it will be sent when the connection returns.')
      .waitFor();
    await page.getByRole('button', { name: 'People removed', exact: true }).click();
    const removal = region(page, 'Record people removed');
    await removal.getByLabel('People removed').fill('2');
    await removal.getByLabel('Taken to').fill(TYPED.removedTo);
    await removal.getByRole('button', { name: 'Record the removal' }).click();
    await page
      .getByText('Removal saved on this phone: it will be sent when the connection returns.')
      .waitFor();
    await region(page, 'Connection').getByText('2 entries waiting to be sent.').waitFor();

    page = evidence.page;
    for (const [kind, description, where, seal] of [
      ['ledger', TYPED.ledger, TYPED.ledgerWhere, TYPED.ledgerSeal],
      ['phone', TYPED.phone, TYPED.phoneWhere, TYPED.phoneSeal],
    ] as const) {
      await page.getByRole('button', { name: 'Exhibit', exact: true }).click();
      const exhibit = region(page, 'Record an exhibit');
      await exhibit.getByLabel('Kind of exhibit').selectOption(kind);
      await exhibit.getByLabel('Description').fill(description);
      await exhibit.getByLabel('Where found').fill(where);
      await exhibit.getByLabel('Seal number').fill(seal);
      await exhibit.getByRole('button', { name: 'Record the exhibit' }).click();
      await page
        .getByText('Exhibit saved on this phone: it will be sent when the connection returns.')
        .waitFor();
    }
    await region(page, 'Connection').getByText('2 entries waiting to be sent.').waitFor();

    // Nothing typed is readable in what the browser keeps: IndexedDB holds only ciphertext, the storages nothing.
    for (const phone of [commander, evidence]) {
      const kept = await deviceStorage(phone.page);
      expect(kept).toContain('lantern-field-kit/records');
      for (const value of Object.values(TYPED)) expect(kept).not.toContain(value);
      expect(kept).not.toContain(COMMANDER_SECRET);
      expect(kept).not.toContain(EVIDENCE_SECRET);
      // The worker's caches hold the app (the page it reopened from among them), never an API answer.
      const cached = await cachedUrls(phone.page);
      expect(cached).toContain('/index.html');
      expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);
    }
  });

  it('back online, every entry arrives once with its original time, and a second sync sends nothing new', async () => {
    const made = [...(await waitingTimes(commander.page)), ...(await waitingTimes(evidence.page))];
    expect(made).toHaveLength(4);
    await commander.page.waitForTimeout(1100); // so that a time taken on sending would differ from the original
    for (const phone of [commander, evidence]) {
      await goOnline(phone.context);
      await region(phone.page, 'Connection').getByText('Nothing waiting to be sent.').waitFor();
    }
    await commander.page.getByRole('button', { name: 'Refresh' }).click();
    const rows = region(commander.page, 'Recorded').getByRole('row');
    await expect.poll(() => rows.count()).toBe(5);
    const shown = await region(commander.page, 'Recorded')
      .locator('tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...shown].sort()).toEqual([...made].sort());
    const log = await serverLog(commander.page);
    expect(log.entries.map((e) => e.occurredAt).sort()).toEqual([...made].sort());
    expect(new Set(log.entries.map((e) => e.id)).size).toBe(4);
    expect(log.entries.map((e) => e.kind).sort()).toEqual(['arrest', 'exhibit', 'exhibit', 'removal']);

    // A second sync (the connection drops and returns, the screen reopens): nothing is sent again.
    let sent = 0;
    const count = (r: { method: () => string; url: () => string }) => {
      if (r.method() === 'POST' && /\/log(\/|$)/.test(new URL(r.url()).pathname)) sent += 1;
    };
    commander.page.on('request', count);
    await goOffline(commander.context);
    await goOnline(commander.context);
    await openField(commander);
    await commander.page.reload();
    // Reopened, the kit is locked again (its key lived in the page's memory only): the secret opens it.
    await unlockOnline(commander.page, COMMANDER_SECRET);
    await region(commander.page, 'Connection').getByText('Nothing waiting to be sent.').waitFor();
    await expect.poll(() => rows.count()).toBe(5);
    commander.page.off('request', count);
    expect(sent).toBe(0);
    expect((await serverLog(commander.page)).entries).toHaveLength(4);
  });

  it('two phones correct the same exhibit offline: the second to sync sees the conflict and keeps theirs', async () => {
    // Both see the ledger at revision 0, then lose the connection and correct it.
    await evidence.page.getByRole('button', { name: 'Refresh' }).click();
    const ledgerRow = (page: Page) =>
      region(page, 'Recorded').getByRole('row', { name: new RegExp(TYPED.ledger) });
    await ledgerRow(evidence.page).waitFor();
    await ledgerRow(commander.page).waitFor();
    for (const [phone, text] of [
      [evidence, TYPED.evidenceCorrection],
      [commander, TYPED.commanderCorrection],
    ] as const) {
      await goOffline(phone.context);
      await region(phone.page, 'Connection')
        .getByText(/^No connection/)
        .waitFor();
      await ledgerRow(phone.page)
        .getByRole('button', { name: /^Correct the entry/ })
        .click();
      const form = region(phone.page, 'Correct an entry');
      await form.getByLabel('Correction').fill(text);
      await form.getByRole('button', { name: 'Record the correction' }).click();
      await phone.page
        .getByText('Correction saved on this phone: it will be sent when the connection returns.')
        .waitFor();
      await region(phone.page, 'Connection').getByText('1 entry waiting to be sent.').waitFor();
      const kept = await deviceStorage(phone.page);
      expect(kept).not.toContain(text);
    }

    // The evidence officer's reaches the server first; the commander's meets it.
    await goOnline(evidence.context);
    await region(evidence.page, 'Connection').getByText('Nothing waiting to be sent.').waitFor();
    await goOnline(commander.context);
    const conflict = region(commander.page, 'Connection').getByRole('group', {
      name: 'Correction in conflict',
    });
    await conflict.getByText('Someone corrected this entry before yours reached the server.').waitFor();
    await conflict.getByText(TYPED.evidenceCorrection).waitFor();
    await conflict.getByText(TYPED.commanderCorrection).waitFor();
    await commander.page.screenshot({ path: '/tmp/field-kit-conflict-phone.png', fullPage: true });
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await region(commander.page, 'Connection').getByText('Nothing waiting to be sent.').waitFor();
    await ledgerRow(commander.page).getByText(TYPED.commanderCorrection).waitFor();
    await ledgerRow(commander.page).getByText(TYPED.evidenceCorrection).waitFor();
    const ledger = (await serverLog(commander.page)).entries.find(
      (e) => e.kind === 'exhibit' && e.revision === 2,
    );
    expect(ledger?.corrections?.map((c) => c.text)).toEqual([
      TYPED.evidenceCorrection,
      TYPED.commanderCorrection,
    ]);

    // A second conflict, dropped: the evidence officer corrects on the revision they saw (1), now stale.
    await goOffline(evidence.context);
    await ledgerRow(evidence.page)
      .getByRole('button', { name: /^Correct the entry/ })
      .click();
    const form = region(evidence.page, 'Correct an entry');
    await form.getByLabel('Correction').fill('A third reading of the seal');
    await form.getByRole('button', { name: 'Record the correction' }).click();
    await region(evidence.page, 'Connection').getByText('1 entry waiting to be sent.').waitFor();
    await goOnline(evidence.context);
    const second = region(evidence.page, 'Connection').getByRole('group', { name: 'Correction in conflict' });
    await second.getByRole('button', { name: 'Drop mine' }).click();
    await region(evidence.page, 'Connection').getByText('Nothing waiting to be sent.').waitFor();
    const after = (await serverLog(evidence.page)).entries.find(
      (e) => e.kind === 'exhibit' && e.revision === 2,
    );
    expect(after?.corrections).toHaveLength(2);
    expect(real(commander.problems).filter((p) => !/\b409\b/.test(p))).toEqual([]);
    expect(real(evidence.problems).filter((p) => !/\b409\b/.test(p))).toEqual([]);
  });

  it('after the sync (a stale correction kept on top, another dropped), the audit chain and each custody chain verify', async () => {
    const log = await serverLog(evidence.page);
    const exhibits = log.entries.flatMap((e) => (e.exhibit ? [e.exhibit.id] : []));
    const chains = await chainsAfterSync(browser, server.baseUrl, POLICE, evidence.page.request, exhibits);
    const intact = { intact: true, entries: 1, problems: [] };
    expect(chains).toEqual({ audit: 'intact', records: [], custody: [intact, intact] });
  });

  it('signing out wipes the field kit from the phone', async () => {
    // The evidence officer's phone still shows the app as opened offline: with the connection back, it offers the
    // app proper, where the field kit stays open.
    await evidence.page.getByText('The connection is back.').waitFor();
    await evidence.page.getByRole('button', { name: 'Open Lantern' }).click();
    await evidence.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await openField(evidence);
    await heading(evidence.page, `${CODE}: execution`).waitFor();
    for (const phone of [commander, evidence]) {
      expect(await kitDatabaseExists(phone.page)).toBe(true);
      await phone.page.getByRole('button', { name: 'Sign out' }).click();
      await phone.page.getByText('You have signed out.').waitFor();
      await expect.poll(() => kitDatabaseExists(phone.page)).toBe(false);
      expect(await deviceStorage(phone.page)).not.toMatch(/lantern-field-kit|field-queue/);
      await phone.context.close();
    }
  });

  it('a revoked phone is wiped: at its next opening with a connection, or at the refusal of any request', async () => {
    const phone = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    const { page } = phone;
    const REVOKED = 'Your agency has revoked this device: the field kit on it has been wiped';
    const myDevices = async () =>
      (
        (await (await page.request.get(`${server.baseUrl}/api/me/devices`)).json()) as {
          devices: { id: string }[];
        }
      ).devices;
    const setUpAndRevoke = async () => {
      await openField(phone);
      await setUpKit(page, 'arrest officer passphrase');
      await page.getByText('Field kit set up, and this phone registered with your agency.').waitFor();
      const [newest] = await myDevices();
      // Revoked from elsewhere (this request names no device): the phone does not know yet.
      const r = await page.request.post(`${server.baseUrl}/api/me/devices/${newest?.id}/revoke`);
      expect(r.status()).toBe(200);
    };
    await signInAsDemo(page, server.baseUrl, POLICE, /Nattaya/);
    await setUpAndRevoke();
    // Opened again with a connection: the device's status says revoked.
    await page.reload();
    await page.getByText(REVOKED).waitFor();
    await expect.poll(() => kitDatabaseExists(page)).toBe(false);
    await heading(page, 'Field kit').waitFor();

    // Set up again (a new device in the register), revoked again: the next entry sent is refused, and wipes it.
    await page.reload();
    await setUpAndRevoke();
    await heading(page, `${CODE}: execution`).waitFor();
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await region(page, 'Record a note').getByLabel('Note').fill('Radio check from the north gate');
    await region(page, 'Record a note').getByRole('button', { name: 'Record the note' }).click();
    await page.getByText(REVOKED).waitFor();
    await expect.poll(() => kitDatabaseExists(page)).toBe(false);
    expect(real(phone.problems).filter((p) => !/\b403\b/.test(p))).toEqual([]);
    await phone.context.close();
  });
});
