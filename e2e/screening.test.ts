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

const TABLET = { width: 768, height: 1024 };
const AGENCY = 'Protection and Occupational Development Centre (demo)';
/** The section of the interview each indicator is in, the indicator, and what was seen or said. */
const YES: [string, string, string][] = [
  [
    'Deceptive recruitment',
    'Deceived about the nature of the job, location or employer',
    'Promised restaurant work in Bangkok; sent to a fishing boat.',
  ],
  [
    'Deceptive recruitment',
    'Deceived about wages/earnings',
    'Told 9,000 baht a month; paid nothing for four months.',
  ],
  [
    'Exploitative conditions of work',
    'Excessive working days or hours',
    'Says she worked from 4 am to 10 pm every day.',
  ],
  ['Exploitative conditions of work', 'Low or no salary', 'No wages; only rice and a place to sleep.'],
];

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
/** An indicator's radio button (indicators may share a label across elements: the first one). */
const radio = (page: Page, indicator: string, name: string) =>
  page.getByRole('group', { name: indicator }).first().getByRole('radio', { name, exact: true });
const save = async (page: Page) => page.getByRole('button', { name: 'Save', exact: true }).click();
/** Opens a section of the interview from the list of sections (its name starts the button's, a count follows). */
async function section(page: Page, name: string) {
  const button = page
    .getByRole('navigation', { name: 'Sections of the interview' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-current')).toBe('step');
}

describe('screening in the browser', () => {
  it('screens a child from an operation at a shelter, completes it and refers her with consent', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, AGENCY, /Screening officer/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Screening' }).click();
    await heading(page, 'Screening').waitFor();
    await page.getByText('No screenings yet.').waitFor();
    await page.getByLabel('Pseudonym', { exact: true }).fill('Person 7');
    await page.getByLabel('Where the case comes from').selectOption('operation');
    // The demo's operation in planning is offered (receivers see it from planning on); this case is another one's.
    await page
      .getByRole('region', { name: 'New screening' })
      .getByLabel('Operation', { exact: true })
      .selectOption({ label: 'Another operation (outside reference)' });
    await page.getByLabel('Kind of place').selectOption('shelter');
    await page.getByLabel('Describe the place').fill('Quiet room at the shelter, Nonthaburi');
    await page.getByLabel('The person’s language').selectOption({ label: 'Burmese' });
    await page.getByLabel('An interpreter is used').check();
    await page.getByLabel('Interpreter’s name').fill('Ma Thida');
    await page.getByLabel('The person agreed to be interviewed').check();
    await page.getByLabel('Was told their rights').check();
    await page.getByLabel('Was told their options').check();
    await page.getByLabel('Was told services are voluntary').check();
    await page.getByLabel('Age in years').fill('16');
    await page.getByLabel('Guardian present').fill('Shelter guardian on duty');
    await page.getByLabel('Kind of exploitation').selectOption('labour');
    await expect(page.getByLabel('Indicator set').inputValue()).resolves.toBe('ilo-ec-2009-labour');
    await page.getByRole('button', { name: 'Start the screening' }).click();

    await heading(page, 'Screening of Person 7').waitFor();
    expect(page.url()).toMatch(/#\/screening\/[0-9a-f-]{36}$/);
    // A new interview opens on the person and their consent; the indicators follow, one group at a time.
    await page.getByRole('heading', { level: 2, name: 'The person and consent' }).waitFor();
    await page.getByText('0 of 67 indicators answered.', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Next: Deceptive recruitment/ }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(
      /^Deceptive recruitment/,
    );
    for (const [where, label, observation] of YES) {
      await section(page, where);
      const row = page.getByRole('group', { name: label });
      await row.getByRole('radio', { name: 'Yes' }).check();
      await row.getByLabel('What was seen or said').fill(observation);
    }
    await save(page);
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.getByText('4 of 67 indicators answered.', { exact: true }).waitFor();
    const sections = page.getByRole('navigation', { name: 'Sections of the interview' });
    await expect(
      sections.getByRole('button', { name: /^Deceptive recruitment/ }).textContent(),
    ).resolves.toMatch(/2 of 10 answered$/);
    await section(page, 'Summary');
    await page.getByText('Presumed trafficked (labour)').waitFor();
    const answers = page.getByRole('region', { name: 'Summary of the answers' });
    await answers.getByText(YES[0]?.[2] ?? '', { exact: true }).waitFor();

    // Someone else saves in between: the stale save is refused with the server's message, nothing is lost.
    const api = `${server.baseUrl}/api/screenings/${page.url().split('/').pop()}`;
    const current = (await (await page.request.get(api)).json()) as { version: number };
    const other = 'coercive_recruitment.violence_on_victims';
    const patched = await page.request.patch(api, {
      data: { version: current.version, answers: { [other]: { answer: 'no', observation: '' } } },
    });
    expect(patched.status()).toBe(200);
    await section(page, 'Coercive recruitment');
    await radio(page, 'Debt bondage', 'No').check();
    await save(page);
    await page.getByText(/Someone saved this screening/).waitFor();
    await expect(radio(page, 'Violence on victims', 'No').isChecked()).resolves.toBe(true);
    await save(page);
    await page.getByText('Saved.', { exact: true }).waitFor();

    await section(page, 'Summary');
    await page.getByRole('button', { name: 'Complete the screening' }).click();
    const outcome = page.getByRole('region', { name: 'Final outcome' });
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toContain('Presumed trafficked');
    await expect(outcome.textContent()).resolves.toContain('a child needs no means');
    await outcome.getByText(/^Non-punishment:/).waitFor();
    await section(page, 'Exploitative conditions of work');
    await expect(radio(page, 'Low or no salary', 'Yes').isDisabled()).resolves.toBe(true);
    await section(page, 'Summary');

    const res = await page.request.get(`${server.baseUrl}/api/service-providers`);
    const { providers } = (await res.json()) as { providers: { name: string; kind: string }[] };
    const shelter = providers.find((p) => p.kind === 'shelter');
    expect(shelter).toBeDefined();
    const referrals = page.getByRole('region', { name: 'Referrals' });
    await referrals.getByLabel('Service provider').selectOption({ label: `${shelter?.name} — Shelter` });
    await referrals.getByText('Accepts children').waitFor();
    await referrals.getByLabel('The name they go by here (pseudonym)').check();
    await referrals.getByLabel('Their age').check();
    await referrals.getByLabel('The language they speak').check();
    await referrals.getByRole('button', { name: 'Refer' }).click();
    await referrals.getByText('Refer only when the person consents to this referral.').waitFor();
    await referrals.getByLabel('The person consents to this referral').check();
    await referrals.getByRole('button', { name: 'Refer' }).click();
    const item = referrals.getByRole('listitem').filter({ hasText: shelter?.name ?? '' });
    await item.getByText('Sent, waiting for an answer').waitFor();
    await expect(item.textContent()).resolves.toContain(
      'the name they go by here (pseudonym); their age; the language they speak',
    );
    await item.getByLabel(/New status of the referral/).selectOption('accepted');
    await item.getByRole('button', { name: 'Update status' }).click();
    await item.getByText('Status updated: Accepted.').waitFor();
    await outcome.getByRole('heading', { name: 'Final outcome' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/screening-tablet.png' });
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/screening-referral-tablet.png' });

    await page.getByRole('link', { name: 'Screenings' }).click();
    await heading(page, 'Screening').waitFor();
    const listed = page.getByRole('row', { name: /Person 7/ });
    await expect(listed.textContent()).resolves.toContain('Presumed trafficked');
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
    await context.close();
  });
});
