import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const SERVICES = 'Protection and Occupational Development Centre (demo)';
const OUTSIDE_REF = 'PROV-OP-2026-117';
/** The section of the interview each indicator is in, the indicator, and what was seen or said. */
const YES: [string, string, string][] = [
  [
    'Deceptive recruitment',
    'Deceived about the nature of the job, location or employer',
    'Promised shop work in Bangkok; taken to a processing hall.',
  ],
  ['Deceptive recruitment', 'Deceived about wages/earnings', 'Told 9,000 baht a month; paid nothing.'],
  ['Exploitative conditions of work', 'Excessive working days or hours', 'From 5 am to 10 pm every day.'],
  ['Exploitative conditions of work', 'Low or no salary', 'No wages for three months.'],
];

let server: RunningServer;
let browser: Browser;
/** NIGHTJAR, the demo's operation in planning, and its target's entity id. */
let nightjar = '';
let targetId = '';

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

/** Opens a section of the interview from the list of sections (its name starts the button's, a count follows). */
async function section(page: Page, name: string) {
  const button = page
    .getByRole('navigation', { name: 'Sections of the interview' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-current')).toBe('step');
}

/** A JSON call as the signed-in user of `page`; fails the test on any refusal. */
async function call<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: object,
) {
  const res = await request.fetch(`${server.baseUrl}${path}`, { method, ...(data ? { data } : {}) });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

interface PlanView {
  version: number;
  plan: { target: { entityId: string }; expectedPeople: { languages: string[] }; goNoGo: unknown[] };
}

/** Fills the start of the new-screening form, up to the reference of the case. */
async function startForm(page: Page, pseudonym: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Screening' }).click();
  await heading(page, 'Screening').waitFor();
  await page.getByLabel('Pseudonym', { exact: true }).fill(pseudonym);
  await page.getByLabel('Where the case comes from').selectOption('operation');
}

/** Fills the rest of the form for a 16-year-old with a guardian, and starts the screening. */
async function finishForm(page: Page, pseudonym: string) {
  await page.getByLabel('Kind of place').selectOption('shelter');
  await page.getByLabel('Describe the place').fill('Interview room at the centre, Nonthaburi');
  await page.getByLabel('The person’s language').selectOption({ label: 'Burmese' });
  await page.getByLabel('The person agreed to be interviewed').check();
  await page.getByLabel('Was told their rights').check();
  await page.getByLabel('Age in years').fill('16');
  await page.getByLabel('Guardian present').fill('Guardian on duty');
  await page.getByRole('button', { name: 'Start the screening' }).click();
  await heading(page, `Screening of ${pseudonym}`).waitFor();
}

describe('screenings linked to operations, and the protection cases they open', () => {
  it('a screener names an operation run without Lantern by its reference', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, SERVICES, /Screening officer/);
    const listed = page.waitForResponse((r) => r.url().endsWith('/api/screening/operations'));
    await startForm(page, 'Person 3');
    // NIGHTJAR, still in planning, is offered already: the list never signals when a raid starts.
    const { operations } = (await (await listed).json()) as { operations: Record<string, unknown>[] };
    expect(operations.map((o) => o.codeName)).toEqual(['NIGHTJAR']);
    for (const o of operations) expect(Object.keys(o)).not.toContain('status');
    await page
      .getByRole('region', { name: 'New screening' })
      .getByLabel('Operation', { exact: true })
      .selectOption({ label: 'Another operation (outside reference)' });
    await page.getByLabel('Reference (optional)').fill(OUTSIDE_REF);
    await finishForm(page, 'Person 3');
    // An outside reference is kept as typed.
    const facts = (await page.locator('.screening-facts').textContent()) ?? '';
    expect(facts).toContain(`An operation (${OUTSIDE_REF})`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the commanders take NIGHTJAR to execution and the people removed reach the centre', async () => {
    const commander = await watchedPage(browser, TABLET);
    await signInAsDemo(commander.page, server.baseUrl, POLICE, /Thawatchai/);
    const asCommander = commander.page.request;
    const { operations } = await call<{ operations: { id: string; codeName: string }[] }>(
      asCommander,
      'GET',
      '/api/operations/plans',
    );
    nightjar = operations.find((o) => o.codeName === 'NIGHTJAR')?.id ?? '';
    expect(nightjar).not.toBe('');
    const plans = `/api/operations/plans/${nightjar}`;
    // The gaps the demo leaves: no one to arrest, no Khmer interpreter. Only Burmese speakers are expected now.
    const view = await call<PlanView>(asCommander, 'GET', plans);
    targetId = view.plan.target.entityId;
    await call(asCommander, 'PUT', `${plans}/plan`, {
      version: view.version,
      plan: { ...view.plan, expectedPeople: { ...view.plan.expectedPeople, languages: ['my'] } },
    });
    const { candidates } = await call<{ candidates: { userId: string; name: string }[] }>(
      asCommander,
      'GET',
      `${plans}/candidates`,
    );
    const arrester = candidates.find((c) => c.name === 'Pol. Capt. Nattaya Srisuk');
    expect(arrester).toBeDefined();
    await call(asCommander, 'POST', `${plans}/members`, {
      userId: arrester?.userId,
      role: 'arrest',
      team: 'Arrest',
      language: null,
    });
    await commander.context.close();

    const deputy = await watchedPage(browser, TABLET);
    await signInAsDemo(deputy.page, server.baseUrl, POLICE, /Siriporn/);
    const asDeputy = deputy.page.request;
    const ready = await call<PlanView>(asDeputy, 'GET', plans);
    await call(asDeputy, 'POST', `${plans}/approval`, { version: ready.version });
    for (const index of ready.plan.goNoGo.keys())
      await call(asDeputy, 'POST', `${plans}/checklist`, { list: 'goNoGo', index, done: true });
    await call(asDeputy, 'POST', `${plans}/start`);
    await call(asDeputy, 'POST', `${plans}/log`, {
      id: randomUUID(),
      kind: 'removal',
      occurredAt: new Date().toISOString(),
      count: 3,
      children: 1,
      languages: ['my'],
      to: 'Protection and Occupational Development Centre',
      transport: 'Van',
      medicalNeeds: '',
    });
    await deputy.context.close();
  });

  it('a screener picks NIGHTJAR, completes a presumed victim’s screening, and the protection case opens', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, SERVICES, /Screening officer/);
    await startForm(page, 'Person 12');
    const operation = page
      .getByRole('region', { name: 'New screening' })
      .getByLabel('Operation', { exact: true });
    await operation.waitFor();
    await expect(operation.locator('option').allTextContents()).resolves.toEqual([
      'Choose the operation',
      'NIGHTJAR — 3 removed, 0 screened',
      'Another operation (outside reference)',
    ]);
    await expect(page.getByLabel('Reference (optional)').count()).resolves.toBe(0);
    await operation.selectOption({ label: 'Another operation (outside reference)' });
    await page.getByLabel('Reference (optional)').waitFor();
    await operation.selectOption({ label: 'NIGHTJAR — 3 removed, 0 screened' });
    await expect(page.getByLabel('Reference (optional)').count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/screening-operation-picker.png' });
    await finishForm(page, 'Person 12');
    await page.locator('.screening-facts').getByText('An operation: NIGHTJAR', { exact: true }).waitFor();

    for (const [where, label, observation] of YES) {
      await section(page, where);
      const row = page.getByRole('group', { name: label });
      await row.getByRole('radio', { name: 'Yes' }).check();
      await row.getByLabel('What was seen or said').fill(observation);
    }
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await section(page, 'Summary');
    await page.getByRole('button', { name: 'Complete the screening' }).click();
    const outcome = page.getByRole('region', { name: 'Final outcome' });
    await outcome.waitFor();
    const opened = outcome.getByText(/^Protection case opened under the pseudonym Person 12 on /);
    await opened.waitFor();
    await expect(opened.textContent()).resolves.toMatch(
      /on .+: services are offered there, each by the person’s choice\./,
    );
    await opened.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/screening-protection-case.png' });

    await opened.getByRole('link', { name: 'See the protection cases' }).click();
    await heading(page, 'Protection').waitFor();
    const row = page.getByRole('row', { name: /Person 12/ });
    await row.waitFor();
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
      expect.any(String),
      'Labour exploitation',
      'Yes',
      'No caseworker yet',
      '0',
      'Open',
    ]);
    await page.screenshot({ path: '/tmp/protection-cases.png' });

    // The next screening sees the count move on.
    await startForm(page, 'Person 13');
    await page
      .getByRole('option', { name: 'NIGHTJAR — 3 removed, 1 screened' })
      .waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the social worker finds the case in Protection', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, SERVICES, /Social worker Malee Saengthong/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Protection' }).click();
    await heading(page, 'Protection').waitFor();
    await page.getByText(/Open a case to record the person’s needs, the services they choose/).waitFor();
    await page
      .getByRole('row', { name: /Person 12/ })
      .getByRole('link', { name: 'Person 12', exact: true })
      .click();
    // The case's own page, which leads back to the screening it came from.
    await heading(page, 'Person 12').waitFor();
    await page.getByRole('link', { name: 'open the screening' }).click();
    await heading(page, 'Screening of Person 12').waitFor();
    await page
      .getByRole('region', { name: 'Final outcome' })
      .getByText(/^Protection case opened/)
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('once NIGHTJAR has ended, its site shows how many were screened, and no more while they are so few', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    await call(page.request, 'POST', `/api/operations/plans/${nightjar}/conclude`);
    await page.goto(`${server.baseUrl}/#/intel/entities/${targetId}`);
    const findings = page.getByRole('region', { name: 'Screening findings at this site' });
    await findings
      .getByText('1 screened: too few to show without risk of singling someone out.', { exact: true })
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
