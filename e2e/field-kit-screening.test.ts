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

const PHONE = { width: 375, height: 740 };
const AGENCY = 'Protection and Occupational Development Centre (demo)';
const SECRET = 'shelter screening passphrase';
const PSEUDONYM = 'Person K-41';
/** What the screener types on the phone: none of it may be readable in the browser's storage. */
const TYPED = {
  wages: 'Told 8,500 baht a month; paid nothing since March',
  hours: 'Hauled nets from 3 am until midnight',
  salary: 'Only rice and a mat on the deck',
  dropped: 'Paid in rice only, never in money',
};
const ID = {
  wages: 'deceptive_recruitment.deceived_about_wages_earnings',
  hours: 'exploitative_conditions_of_work.excessive_working_days_or_hours',
  salary: 'exploitative_conditions_of_work.low_or_no_salary',
};
/** An adult removed in a raid, screened in a shelter. */
const START = {
  source: 'shelter',
  sourceRef: '',
  pseudonym: PSEUDONYM,
  place: { kind: 'shelter', description: 'Interview room, provincial shelter' },
  language: 'my',
  interpreter: { used: true, name: 'Interpreter on call', language: 'my' },
  consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
  age: 29,
  ageDoubtful: false,
  guardian: null,
  exploitation: 'labour',
  setId: 'ilo-ec-2009-labour',
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
/** A lost connection and a refused stale save show in the console as failed requests: expected, nothing else is. */
const real = (problems: string[]) =>
  problems.filter(
    (p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR_FAILED|status of 409/.test(p),
  );
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
async function section(page: Page, name: string) {
  const button = page
    .getByRole('navigation', { name: 'Sections of the interview' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-current')).toBe('step');
}
async function answerYes(page: Page, indicator: string, observation: string) {
  const row = page.getByRole('group', { name: indicator }).first();
  await row.getByRole('radio', { name: 'Yes', exact: true }).check();
  await row.getByLabel('What was seen or said').fill(observation);
}
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

describe('a screening interview in the field kit', () => {
  it('is kept online, answered offline and sealed, sent once back online (one conflict kept, another dropped), and left once completed', async () => {
    const { context, page, problems } = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    await signInAsDemo(page, server.baseUrl, AGENCY, /Screening officer/);
    const started = await page.request.post(`${server.baseUrl}/api/screenings`, { data: START });
    expect(started.status()).toBe(201);
    const id = ((await started.json()) as { id: string }).id;
    const api = `${server.baseUrl}/api/screenings/${id}`;

    // Opened with a connection, the screening is kept once the kit is set up on this phone.
    await page.goto(`${server.baseUrl}/#/screening/${id}`);
    await heading(page, `Screening of ${PSEUDONYM}`).waitFor();
    const keep = region(page, 'Work without a connection');
    await keep.getByRole('button', { name: 'Set up the field kit' }).click();
    await setUpKit(page, SECRET);
    await keep.getByText(/^Kept in the field kit on this phone/).waitFor();
    await expect
      .poll(async () => (await keptNames(page)).some((k) => k.endsWith(`/screening/${id}`)))
      .toBe(true);
    await workerReady(page);

    // No signal in the shelter: the app reloads from the worker's cache and the interview opens from the kit.
    await goOffline(context);
    await page.reload();
    await heading(page, 'Offline — unlock the field kit').waitFor();
    const unlock = region(page, 'Unlock the field kit');
    await unlock.getByLabel('Field kit secret').fill(SECRET);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Screenings kept on this phone').waitFor();
    await page.getByRole('button', { name: PSEUDONYM, exact: true }).click();
    await heading(page, `Screening of ${PSEUDONYM}`).waitFor();
    await page.getByText(/^No connection: the screening as kept on this phone/).waitFor();

    await section(page, 'Deceptive recruitment');
    await answerYes(page, 'Deceived about wages/earnings', TYPED.wages);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved on this phone, sealed; sent when the connection returns.').waitFor();
    await section(page, 'Exploitative conditions of work');
    await answerYes(page, 'Excessive working days or hours', TYPED.hours);
    await answerYes(page, 'Low or no salary', TYPED.salary);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const waiting = region(page, 'Answers waiting on this phone');
    await waiting.getByText('2 saves waiting to be sent.').waitFor();
    // Completing fixes the outcome and non-punishment: not offline.
    await section(page, 'Summary');
    await expect(page.getByRole('button', { name: 'Complete the screening' }).isDisabled()).resolves.toBe(
      true,
    );

    const stored = await deviceStorage(page);
    expect(stored).toContain(KIT_DB);
    for (const typed of [...Object.values(TYPED), PSEUDONYM]) expect(stored).not.toContain(typed);

    // Meanwhile the screening is saved from the office: wages answered "No".
    const office = await watchedPage(browser, { width: 1280, height: 800 });
    await signInAsDemo(office.page, server.baseUrl, AGENCY, /Screening officer/);
    const before = (await (await office.page.request.get(api)).json()) as { version: number };
    const theirs = await office.page.request.patch(api, {
      data: { version: before.version, answers: { [ID.wages]: { answer: 'no', observation: '' } } },
    });
    expect(theirs.status()).toBe(200);

    // Back online: the phone's saves meet the office's; the screener sees both and keeps theirs.
    let sent = 0;
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && new URL(r.url()).pathname === `/api/screenings/${id}`) sent += 1;
    });
    await goOnline(context);
    await waiting.getByText(/^Someone saved this screening before your answers/).waitFor();
    const wages = waiting.getByRole('row', { name: /Deceived about wages/ });
    await wages.getByText('No', { exact: true }).waitFor();
    await wages.getByText(TYPED.wages).waitFor();
    await waiting.getByRole('button', { name: 'Keep mine' }).click();
    await waiting.waitFor({ state: 'detached' });

    const after = (await (await office.page.request.get(api)).json()) as {
      version: number;
      answers: Record<string, { answer: string; observation: string }>;
    };
    // The office's save, then the phone's two, each once.
    expect(after.version).toBe(before.version + 3);
    expect(sent).toBe(3);
    expect(after.answers[ID.wages]).toEqual({ answer: 'yes', observation: TYPED.wages });
    expect(after.answers[ID.hours]?.observation).toBe(TYPED.hours);
    expect(after.answers[ID.salary]?.observation).toBe(TYPED.salary);
    expect(await deviceStorage(page)).not.toContain(TYPED.wages);

    // A second conflict, dropped: offline again the screener rewrites the salary answer, the office saves it too.
    await goOffline(context);
    await section(page, 'Exploitative conditions of work');
    await answerYes(page, 'Low or no salary', TYPED.dropped);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waiting.getByText('1 save waiting to be sent.').waitFor();
    const office2 = (await (await office.page.request.get(api)).json()) as { version: number };
    const officeSalary = { answer: 'yes', observation: 'Paid 500 baht once, in May' };
    const saved = await office.page.request.patch(api, {
      data: { version: office2.version, answers: { [ID.salary]: officeSalary } },
    });
    expect(saved.status()).toBe(200);
    await goOnline(context);
    await waiting.getByText(/^Someone saved this screening before your answers/).waitFor();
    await waiting
      .getByRole('row', { name: /Low or no salary/ })
      .getByText(TYPED.dropped)
      .waitFor();
    await waiting.getByRole('button', { name: 'Drop mine' }).click();
    await waiting.waitFor({ state: 'detached' });
    // The office's answer stands and shows on the phone; the phone's was sent once, refused, and not again.
    const salary = page.getByRole('group', { name: 'Low or no salary' }).first();
    await expect
      .poll(() => salary.getByLabel('What was seen or said').inputValue())
      .toBe(officeSalary.observation);
    const kept = (await (await office.page.request.get(api)).json()) as typeof after;
    expect(kept.version).toBe(office2.version + 1);
    expect(kept.answers[ID.salary]).toEqual(officeSalary);
    expect(sent).toBe(4);

    // Completed with the connection, the screening leaves the kit.
    await section(page, 'Summary');
    const complete = page.getByRole('button', { name: 'Complete the screening' });
    await expect.poll(() => complete.isEnabled()).toBe(true);
    await complete.click();
    await region(page, 'Final outcome').waitFor();
    await expect
      .poll(async () => (await keptNames(page)).some((k) => k.includes(`/screening/${id}`)))
      .toBe(false);
    expect(real(problems)).toEqual([]);
    await office.context.close();
    await context.close();
  });
});
