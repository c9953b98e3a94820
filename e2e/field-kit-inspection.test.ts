import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceStorage, goOffline, goOnline, KIT_DB, setUpKit, workerReady } from './field-kit-helpers.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A labour inspection on a palm plantation with no signal: the demo labour inspector keeps it in the field kit
// with a connection, reloads the app offline, unlocks the kit and records the visit, a worker's interview and the
// findings on the phone, sealed. Meanwhile the office saves other findings. Back online everything arrives once
// with the phone's times (an interview whose answer is lost on the way is sent again and taken as a duplicate),
// and the findings that met the office's are shown beside theirs and kept over them. Closed online, it leaves the kit.

const PHONE = { width: 375, height: 740 };
const LABOUR = 'Provincial Labour Protection Office, Samut Sakhon (demo)';
const SECRET = 'plantation inspection passphrase';
const WORKPLACE = 'Khlong Dan Oil Palm Estate';
/** What the inspector types on the phone: none of it may be readable in the browser's storage. */
const TYPED = {
  code: 'Harvester KD-17',
  papers: 'Passports locked in the estate office safe',
  hours: 'Cutting fruit bunches from 4 am, seven days a week',
};
const ID = { papers: 'ilo11.retention_of_identity_documents', wages: 'ilo11.withholding_of_wages' };
const iso = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

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

/** A lost connection and a refused stale save show in the console as failed requests: expected, nothing else is. */
const real = (problems: string[]) =>
  problems.filter(
    (p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR_FAILED|status of 409/.test(p),
  );
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The names of the field kit's sealed records (ids only). */
const keptNames = (page: Page) =>
  page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const keys = r.result.transaction('records', 'readonly').objectStore('records').getAllKeys();
          keys.onsuccess = () => {
            r.result.close();
            resolve(keys.result.map(String));
          };
        };
      }),
    KIT_DB,
  );

interface InspectionRead {
  interviews: { id: string; code: string; at: string }[];
  workers: { female: number | null; male: number | null };
  findings: {
    revision: number;
    savedAt: string | null;
    indicators: { id: string; answer: string | null; observation: string }[];
    breaches: { breach: string; note: string }[];
  };
}

describe('a labour inspection in the field kit', () => {
  it('is kept online, recorded offline and sealed, sent once back online, a conflict with the office kept over', async () => {
    const { context, page, problems } = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    await signInAsDemo(page, server.baseUrl, LABOUR, /Labour inspector/);
    const planned = await page.request.post(`${server.baseUrl}/api/monitoring/inspections`, {
      data: {
        kind: 'unannounced',
        plannedOn: iso(0),
        workplace: { name: WORKPLACE, sector: 'Agriculture', country: 'TH' },
      },
    });
    expect(planned.status()).toBe(201);
    const { id, ref } = (await planned.json()) as { id: string; ref: string };
    const api = `${server.baseUrl}/api/monitoring/inspections/${id}`;
    const stated = await page.request.post(`${api}/independence`, { data: { statement: 'no_interest' } });
    expect(stated.status()).toBe(200);

    // Opened with a connection, the inspection is kept once the kit is set up on this phone.
    await page.goto(`${server.baseUrl}/#/monitoring/inspections/${id}`);
    await heading(page, `Inspection ${ref}: ${WORKPLACE}`).waitFor();
    const keep = region(page, 'Work without a connection');
    await keep.getByRole('button', { name: 'Set up the field kit' }).click();
    await setUpKit(page, SECRET);
    await keep.getByText(/^Kept in the field kit on this phone/).waitFor();
    await expect
      .poll(async () => (await keptNames(page)).some((k) => k.endsWith(`/inspection/${id}`)))
      .toBe(true);
    await workerReady(page);

    // No signal on the estate: the app reloads from the worker's cache and the inspection opens from the kit.
    await goOffline(context);
    await page.reload();
    await heading(page, 'Offline — unlock the field kit').waitFor();
    const unlock = region(page, 'Unlock the field kit');
    await unlock.getByLabel('Field kit secret').fill(SECRET);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Labour inspections kept on this phone').waitFor();
    await page.getByRole('button', { name: `${ref}: ${WORKPLACE}` }).click();
    await heading(page, `Inspection ${ref}: ${WORKPLACE}`).waitFor();
    await page.getByText(/^No connection: the inspection as kept on this phone/).waitFor();
    await page.getByText(/closing the inspection need a connection\.$/).waitFor();

    const visit = page.getByRole('form', { name: 'Workers present' });
    await visit.getByLabel('Women present', { exact: true }).fill('7');
    await visit.getByLabel('Men present', { exact: true }).fill('11');
    await visit.getByRole('button', { name: 'Record the visit' }).click();
    await region(page, 'The visit and the workers present')
      .getByText('Saved on this phone, sealed; sent when the connection returns.')
      .waitFor();

    const interview = page.getByRole('form', { name: 'Record an interview' });
    await interview.getByLabel('Code or pseudonym').fill(TYPED.code);
    await interview.getByLabel('Language').selectOption({ label: 'Burmese' });
    await interview.getByLabel('Sex (as the worker states it)').selectOption({ label: 'Male' });
    await interview.getByRole('button', { name: 'Record the interview' }).click();
    await page
      .getByRole('list', { name: 'Workers interviewed' })
      .getByText(TYPED.code, { exact: true })
      .waitFor();

    const findings = page.getByRole('form', { name: 'Findings' });
    await findings
      .getByRole('group', { name: 'Retention of identity documents' })
      .getByRole('radio', { name: 'Observed', exact: true })
      .check();
    await findings.getByLabel('Retention of identity documents: workers concerned').fill('4');
    await findings.getByLabel('Retention of identity documents: what was seen or heard').fill(TYPED.papers);
    await findings.getByLabel('Excessive working hours', { exact: true }).check();
    await findings.getByLabel('Excessive working hours: note').fill(TYPED.hours);
    await findings.getByRole('button', { name: 'Save the findings' }).click();
    await findings.getByText('Saved on this phone, sealed; sent when the connection returns.').waitFor();
    const waiting = region(page, 'Waiting on this phone');
    await waiting.getByText('3 records waiting to be sent.').waitFor();
    // Closing and outcomes (referrals reach other agencies) are not offered offline.
    await expect(page.getByRole('button', { name: 'Close the inspection' }).count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: 'Record an outcome' }).count()).resolves.toBe(0);

    const stored = await deviceStorage(page);
    expect(stored).toContain(KIT_DB);
    for (const typed of [...Object.values(TYPED), WORKPLACE]) expect(stored).not.toContain(typed);

    // Meanwhile the office saves findings on the inspection (visited by then from the office's own record).
    const office = await watchedPage(browser, { width: 1280, height: 800 });
    await signInAsDemo(office.page, server.baseUrl, LABOUR, /Labour inspector/);
    const officeVisit = await office.page.request.post(`${api}/visit`, {
      data: { visitedOn: iso(0), workers: { female: 7, male: 11, other: 0, under18: 0, migrant: 15 } },
    });
    expect(officeVisit.status()).toBe(200);
    const theirs = await office.page.request.put(`${api}/findings`, {
      data: {
        revision: 0,
        indicators: [
          { id: ID.wages, answer: 'observed', workers: 18, observation: 'Paid only at harvest end' },
        ],
        breaches: [{ breach: 'unpaid_wages', workers: 18, note: '' }],
      },
    });
    expect(theirs.status()).toBe(200);

    // Back online; the first answer to the interview is lost on the way (the server has recorded it).
    const sent = { visit: 0, interviews: 0, findings: 0 };
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === `/api/monitoring/inspections/${id}/visit`) sent.visit += 1;
      if (path === `/api/monitoring/inspections/${id}/interviews`) sent.interviews += 1;
      if (path === `/api/monitoring/inspections/${id}/findings`) sent.findings += 1;
    });
    let lost = false;
    await context.route(`**/api/monitoring/inspections/${id}/interviews`, async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    const backAt = new Date().toISOString();
    await goOnline(context);
    await expect.poll(() => lost).toBe(true);
    await waiting.getByRole('button', { name: 'Send now' }).click();
    await waiting.getByText(/^Someone saved the findings of this inspection before yours arrived/).waitFor();
    const papers = waiting.getByRole('row', { name: /Retention of identity documents/ });
    await papers.getByText(TYPED.papers).waitFor();
    await waiting
      .getByRole('row', { name: /Excessive working hours/ })
      .getByText('Not found')
      .waitFor();
    await waiting.getByRole('button', { name: 'Keep mine' }).click();
    await waiting.waitFor({ state: 'detached' });
    // The findings form starts again from what stands now: the office's indicator beside the phone's.
    const observed = (name: string) =>
      findings.getByRole('group', { name }).getByRole('radio', { name: 'Observed', exact: true });
    await expect.poll(() => observed('Withholding of wages').isChecked()).toBe(true);
    await expect(observed('Retention of identity documents').isChecked()).resolves.toBe(true);

    const after = (await (await office.page.request.get(api)).json()) as InspectionRead;
    expect(sent).toEqual({ visit: 1, interviews: 2, findings: 2 });
    expect(after.interviews).toHaveLength(1);
    expect(after.interviews[0]?.code).toBe(TYPED.code);
    // Each with the time it was made on the phone, before the connection returned.
    expect((after.interviews[0]?.at ?? '') < backAt).toBe(true);
    expect((after.findings.savedAt ?? '') < backAt).toBe(true);
    expect(after.findings.revision).toBe(2);
    const answer = (i: string) => after.findings.indicators.find((f) => f.id === i);
    expect(answer(ID.wages)?.answer).toBe('observed');
    expect(answer(ID.papers)?.observation).toBe(TYPED.papers);
    expect(after.findings.breaches.map((b) => b.breach).sort()).toEqual(['excessive_hours', 'unpaid_wages']);

    // The interview sent once more by its phone id: answered as recorded, nothing added.
    const again = await office.page.request.post(`${api}/interviews`, {
      data: {
        id: after.interviews[0]?.id,
        code: TYPED.code,
        private: true,
        language: 'my',
        interpreter: false,
        sex: 'male',
        under18: false,
      },
    });
    expect(again.status()).toBe(200);
    const last = (await (await office.page.request.get(api)).json()) as InspectionRead;
    expect(last.interviews).toHaveLength(1);
    expect(await deviceStorage(page)).not.toContain(TYPED.papers);

    // Closed with the connection, the inspection leaves the kit.
    await expect.poll(async () => (await keptNames(page)).some((k) => k.includes('/outbox/'))).toBe(false);
    await page.getByRole('button', { name: 'Close the inspection' }).click();
    await page.getByRole('button', { name: 'Yes, close it' }).click();
    await expect
      .poll(async () => (await keptNames(page)).some((k) => k.includes(`/inspection/${id}`)))
      .toBe(false);
    expect(real(problems)).toEqual([]);
    await office.context.close();
    await context.close();
  });
});
