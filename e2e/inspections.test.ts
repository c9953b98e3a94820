import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
} from './lantern-server.ts';

// A labour inspection on a tablet held upright: the demo labour inspector plans an unannounced inspection of a
// seafood workplace (its point picked on the offline map), states she has no interest in it, records the visit
// with the workers present, two private interviews, an indicator of forced labour observed and two labour-law
// breaches, an improvement order, and refers both workers to screening at the protection centre; after a reload
// the inspection shows them all. The centre's screening officer then sees exactly the two workers referred and
// starts a screening from one, which shows its source: the labour inspection. Nothing scrolls sideways.

const TABLET = { width: 820, height: 1180 };
const LABOUR = 'Provincial Labour Protection Office, Samut Sakhon (demo)';
const CENTRE = 'Protection and Occupational Development Centre (demo)';
const WORKPLACE = 'Tha Chalom Seafood Processing';
const WORKERS = ['Worker SK-1', 'Worker SK-2'] as const;
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

/** A tablet (touch, mobile viewport) page that collects browser errors. */
async function tabletPage() {
  const context = await browser.newContext({ viewport: TABLET, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return { context, page, problems };
}

/** Nothing on the page is wider than the screen. */
async function fitsSideways(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('a labour inspection on a tablet', () => {
  it('refers two workers to screening, whom the protection centre screens', async () => {
    const { context, page, problems } = await tabletPage();
    await signInAsDemo(page, server.baseUrl, LABOUR, /Labour inspector/);
    await page.goto(`${server.baseUrl}/#/monitoring`);
    await page.getByRole('tab', { name: 'Labour inspections' }).click();
    await page.getByRole('heading', { name: 'Plan an inspection' }).waitFor();
    await fitsSideways(page);

    const plan = page.getByRole('form', { name: 'Plan an inspection' });
    await expect(plan.getByLabel('Kind of visit').inputValue()).resolves.toBe('unannounced');
    await plan.getByLabel('Workplace').fill(WORKPLACE);
    await plan.getByLabel('Sector').fill('Seafood processing');
    await plan.getByLabel('Employer').fill('Tha Chalom Seafood Co. Ltd');
    await plan.getByLabel('Address').fill('Soi 4, Tha Chalom, Mueang Samut Sakhon');
    // A tap on the offline map fills the point; she then types it as her GPS reads it.
    await plan.getByRole('button', { name: 'Pick on the map' }).click();
    const picker = plan.getByTestId('map-picker');
    await picker.waitFor();
    const frame = await picker.boundingBox();
    if (!frame) throw new Error('no picker');
    await picker.click({ position: { x: frame.width / 2, y: frame.height / 2 } });
    await plan.getByText(/^Picked: /).waitFor();
    const picked = ((await plan.getByText(/^Picked: /).textContent()) ?? '').match(/(-?\d+(?:\.\d+)?), /);
    expect(await plan.getByLabel('Latitude').inputValue()).toBe(picked?.[1]);
    await plan.getByLabel('Latitude').fill('13.53');
    await plan.getByLabel('Longitude').fill('100.27');
    await fitsSideways(page);
    await plan.getByRole('button', { name: 'Plan the inspection' }).click();
    const title = page.getByRole('heading', {
      level: 1,
      name: new RegExp(`^Inspection LI-\\d{4}-\\d+: ${WORKPLACE}$`),
    });
    await title.waitFor();
    const ref = ((await title.textContent()) ?? '').match(/LI-\d{4}-\d+/)?.[0] as string;

    // Independence: the visit waits for her statement.
    const independence = section(page, 'Independence of the inspectors');
    await independence.getByText('0 of 1 inspectors on it have stated no interest').waitFor();
    await expect(page.getByRole('button', { name: 'Record the visit' }).isDisabled()).resolves.toBe(true);
    await independence
      .getByRole('button', { name: 'I have no interest in this workplace or its employer' })
      .click();
    await independence.getByText('Every inspector on it (1) has stated no interest').waitFor();

    const visit = page.getByRole('form', { name: 'Workers present' });
    for (const [label, n] of [
      ['Women present', '12'],
      ['Men present', '18'],
      ['Of another sex', '0'],
      ['Of whom under 18', '0'],
      ['Of whom migrants', '26'],
    ] as const)
      await visit.getByLabel(label, { exact: true }).fill(n);
    await visit.getByRole('button', { name: 'Record the visit' }).click();
    await page.getByText(/30 workers present \(12 women, 18 men\), 0 under 18, 26 migrants/).waitFor();

    const interview = page.getByRole('form', { name: 'Record an interview' });
    for (const [code, language, sex] of [
      [WORKERS[0], 'Burmese', 'Female'],
      [WORKERS[1], 'Khmer', 'Male'],
    ] as const) {
      await interview.getByLabel('Code or pseudonym').fill(code);
      await interview.getByLabel('Language').selectOption({ label: language });
      await interview.getByLabel('Sex (as the worker states it)').selectOption({ label: sex });
      await expect(interview.getByLabel(/Interviewed in private/).isChecked()).resolves.toBe(true);
      await interview.getByLabel('With an interpreter').check();
      await interview.getByRole('button', { name: 'Record the interview' }).click();
      await page
        .getByRole('list', { name: 'Workers interviewed' })
        .getByText(code, { exact: true })
        .waitFor();
    }

    const findings = page.getByRole('form', { name: 'Findings' });
    await findings
      .getByRole('group', { name: 'Retention of identity documents' })
      .getByRole('radio', { name: 'Observed', exact: true })
      .check();
    await findings.getByLabel('Retention of identity documents: workers concerned').fill('12');
    await findings
      .getByLabel('Retention of identity documents: what was seen or heard')
      .fill('Passports in the supervisor’s safe');
    await findings
      .getByRole('group', { name: 'Debt bondage' })
      .getByRole('radio', { name: 'Not observed', exact: true })
      .check();
    await findings.getByLabel('Identity documents withheld by the employer', { exact: true }).check();
    await findings.getByLabel('Identity documents withheld by the employer: workers concerned').fill('12');
    await findings.getByLabel('Excessive working hours', { exact: true }).check();
    await findings.getByLabel('Excessive working hours: workers concerned').fill('30');
    await fitsSideways(page);
    await findings.getByRole('button', { name: 'Save the findings' }).click();
    await page.getByText('The findings are saved.').waitFor();

    const outcome = page.getByRole('form', { name: 'Record an outcome' });
    await outcome.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Improvement order' });
    await outcome.getByLabel('What the employer must put right').fill('Return the passports to the workers');
    await outcome.getByLabel('Comply by').fill(iso(30));
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByText('The outcome is recorded.').waitFor();
    await outcome
      .getByLabel('Outcome', { exact: true })
      .selectOption({ label: 'Workers referred to screening' });
    await outcome.getByLabel('Agency that screens the workers').selectOption({ label: CENTRE });
    for (const w of WORKERS) await outcome.getByLabel(new RegExp(`^${w} \\(`)).check();
    await outcome
      .getByLabel('Why they are referred')
      .fill('Passports held by the employer; both want to leave');
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByText('2 workers referred to screening.').waitFor();
    await fitsSideways(page);

    // After a reload the inspection shows everything recorded.
    await page.reload();
    await title.waitFor();
    await independence
      .getByText(/Kanya Thongdee stated no interest in this workplace or its employer/)
      .waitFor();
    const interviewed = page.getByRole('list', { name: 'Workers interviewed' }).getByRole('listitem');
    await expect(interviewed.allTextContents()).resolves.toEqual([
      `${WORKERS[0]}Burmese, with an interpreter, female, 18 or over, interviewed privatelyReferred to screening at ${CENTRE}`,
      `${WORKERS[1]}Khmer, with an interpreter, male, 18 or over, interviewed privatelyReferred to screening at ${CENTRE}`,
    ]);
    await expect(
      findings
        .getByRole('group', { name: 'Retention of identity documents' })
        .getByRole('radio', { name: 'Observed', exact: true })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(
      findings.getByLabel('Retention of identity documents: workers concerned').inputValue(),
    ).resolves.toBe('12');
    await expect(
      findings.getByLabel('Identity documents withheld by the employer', { exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect(findings.getByLabel('Excessive working hours', { exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await expect(
      findings.getByLabel('Wages below the minimum wage', { exact: true }).isChecked(),
    ).resolves.toBe(false);
    const outcomes = page.getByRole('list', { name: 'Outcomes recorded' }).getByRole('listitem');
    await expect(outcomes.count()).resolves.toBe(2);
    await outcomes.nth(0).getByText('Improvement order', { exact: true }).waitFor();
    await outcomes
      .nth(0)
      .getByText(/^To comply by /)
      .waitFor();
    await outcomes
      .nth(1)
      .getByText(`${WORKERS[0]} to ${CENTRE} (waiting); ${WORKERS[1]} to ${CENTRE} (waiting)`)
      .waitFor();
    await fitsSideways(page);
    expect(problems).toEqual([]);
    await context.close();

    // The centre's screening officer sees exactly the two workers and starts a screening from one.
    const screener = await tabletPage();
    const s = screener.page;
    await signInAsDemo(s, server.baseUrl, CENTRE, /Screening officer/);
    await s.goto(`${server.baseUrl}/#/screening`);
    const referred = s
      .getByRole('list', { name: 'Workers referred from labour inspections' })
      .getByRole('listitem');
    await referred.first().waitFor();
    await expect(referred.count()).resolves.toBe(2);
    for (const w of WORKERS)
      await referred
        .filter({ hasText: w })
        .getByText(`inspection ${ref} by ${LABOUR}`, { exact: false })
        .waitFor();
    await fitsSideways(s);
    const first = referred.filter({ hasText: WORKERS[0] });
    await first.getByRole('button', { name: `Start a screening of ${WORKERS[0]}` }).click();
    await expect(first.getByLabel('Pseudonym', { exact: true }).inputValue()).resolves.toBe(WORKERS[0]);
    await expect(first.getByLabel('Where the case comes from').inputValue()).resolves.toBe('inspection');
    await expect(first.getByLabel('The person’s language').inputValue()).resolves.toBe('my');
    await first.getByLabel('Kind of place').selectOption('labour_office');
    await first.getByLabel('Describe the place').fill('Interview room, labour office, Samut Sakhon');
    await first.getByLabel('The person agreed to be interviewed').check();
    await first.getByLabel('Was told their rights').check();
    await first.getByLabel('Was told their options').check();
    await first.getByLabel('Was told services are voluntary').check();
    await first.getByLabel('Age in years').fill('24');
    await fitsSideways(s);
    await first.getByRole('button', { name: 'Start the screening' }).click();
    await s.getByText(`A labour inspection (${ref})`).waitFor();
    await s.goto(`${server.baseUrl}/#/screening`);
    await referred
      .filter({ hasText: WORKERS[0] })
      .getByRole('link', { name: 'Screening started: open it' })
      .waitFor();
    await referred
      .filter({ hasText: WORKERS[1] })
      .getByRole('button', { name: `Start a screening of ${WORKERS[1]}` })
      .waitFor();
    expect(screener.problems).toEqual([]);
    await screener.context.close();
  }, 180_000);
});
