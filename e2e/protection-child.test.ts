import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningStart } from '../src/screening/screening-fixture.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A child's protection in the browser, on a tablet: the demo screener's screening of a 16-year-old opens a case;
// the centre's social worker takes it, records the child's identity (shown only when asked for), the guardian, the
// child's own views and a best-interests assessment; a second social worker of the centre, never the author,
// approves it; the determination (return to the family) is recorded and approved the same way; tracing finds the
// family and it is assessed as safe; after a reload the page shows nothing blocking a return any more.

const TABLET = { width: 1024, height: 768 };
const AGENCY = 'Protection and Occupational Development Centre (demo)';
const PSEUDONYM = 'Person 16';
const CASEWORKER = 'Malee Saengthong';
const SECOND = 'Siriwan Phongsri';
const NAMES = ['Aye Aye Khaing', 'အေးအေးခိုင်'];
const PASSPORT = 'MB1234567';
const LATER = 'Person 17';
const HOSPITAL = 'Provincial Hospital, Samut Sakhon (demo)';
/** A 1x1 PNG, for the identity's photo. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const ANSWERS = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'Told it was shop work',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: '6,000 baht a month' },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': {
    answer: 'yes',
    observation: '6am to 9pm, every day',
  },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'Never paid' },
};

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

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** As the demo screener: a completed screening of a 16-year-old girl, presumed trafficked; its id and its case's. */
async function screenChild(page: Page, pseudonym: string): Promise<{ screeningId: string; caseId: string }> {
  const call = async (method: 'post' | 'patch' | 'get', path: string, data?: object) => {
    const res = await page.request[method](`${server.baseUrl}${path}`, data ? { data } : {});
    expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as {
      id: string;
      version: number;
      evaluation?: { outcome: string };
      protectionCase?: { id: string } | null;
    };
  };
  const start = screeningStart({ source: 'walk_in', sourceRef: 'W-16', pseudonym, sex: 'female' });
  const s = await call('post', '/api/screenings', start);
  const saved = await call('patch', `/api/screenings/${s.id}`, { version: s.version, answers: ANSWERS });
  const done = await call('post', `/api/screenings/${s.id}/complete`, { version: saved.version });
  expect(done.evaluation?.outcome).toBe('presumed_trafficked');
  const caseId = (await call('get', `/api/screenings/${s.id}`)).protectionCase?.id;
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
  return { screeningId: s.id, caseId: caseId as string };
}

/** Records a step of the child's protection through its form and waits for the panel to say so. */
async function recordStep(
  child: Locator,
  step: string,
  said: string,
  fill: { outcome?: [string, string]; detail?: [string, string] },
) {
  await child.getByLabel('Step', { exact: true }).selectOption(step);
  if (fill.outcome) await child.getByLabel(fill.outcome[0]).selectOption(fill.outcome[1]);
  if (fill.detail) await child.getByLabel(fill.detail[0]).fill(fill.detail[1]);
  await child.getByRole('button', { name: 'Record the step' }).click();
  await child.getByText(said, { exact: true }).waitFor();
}

/** As the second social worker: approves the waiting step whose button names `step`, on a freshly loaded page. */
async function approve(page: Page, caseUrl: string, step: RegExp, said: RegExp) {
  // A second visit to the same address only moves the hash: reload to read the case again.
  if (page.url() === caseUrl) await page.reload();
  else await page.goto(caseUrl);
  await heading(page, PSEUDONYM).waitFor();
  const child = page.getByRole('region', { name: 'A child’s protection' });
  await child.getByRole('button', { name: step }).click();
  await child.getByRole('button', { name: 'Yes, approve' }).click();
  await child.getByText(said).waitFor();
  await expect.poll(() => child.getByRole('button', { name: step }).count()).toBe(0);
}

describe("a child's protection in the browser", () => {
  it('is recorded by the caseworker, approved by a second one, and nothing blocks a return', async () => {
    const screener = await watchedPage(browser, TABLET);
    await signInAsDemo(screener.page, server.baseUrl, AGENCY, /Screening officer/);
    const { screeningId, caseId } = await screenChild(screener.page, PSEUDONYM);
    // The same girl, screened again later under another pseudonym: her passport recognises her.
    const later = await screenChild(screener.page, LATER);
    // The start form asks the person's sex as they state it; the referral form shows what each provider can
    // take, and the server's refusal names what does not fit until an interpreter is arranged.
    await screener.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Screening' })
      .click();
    await heading(screener.page, 'Screening').waitFor();
    await screener.page
      .getByLabel('Sex, as the person states it')
      .selectOption({ label: 'Prefers not to say' });
    await screener.page.goto(`${server.baseUrl}/#/screening/${screeningId}`);
    await heading(screener.page, `Screening of ${PSEUDONYM}`).waitFor();
    const referrals = screener.page.getByRole('region', { name: 'Referrals' });
    const capacity = referrals.getByRole('table', { name: 'What each provider can take now' });
    await expect(
      capacity
        .getByRole('row', { name: /^Protection and Occupational Development Centre shelter/ })
        .textContent(),
    ).resolves.toMatch(/\d+ free of 40.*Burmese.*Children and adults/);
    await referrals.getByLabel('Service provider').selectOption({ label: `${HOSPITAL} — Medical care` });
    await referrals.getByLabel('The person consents to this referral').check();
    await referrals.getByRole('button', { name: 'Refer' }).click();
    await referrals
      .getByText(`${HOSPITAL} cannot take this referral: this provider works in th, en`)
      .waitFor();
    await referrals.getByLabel('An interpreter is arranged').check();
    await referrals.getByRole('button', { name: 'Refer' }).click();
    await referrals.getByText(`Referred to ${HOSPITAL}.`).waitFor();
    expect(screener.problems.filter((p) => !p.includes('400'))).toEqual([]);
    await screener.context.close();
    const caseUrl = `${server.baseUrl}/#/protection/${caseId}`;

    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, AGENCY, new RegExp(CASEWORKER));
    await page.goto(caseUrl);
    await heading(page, PSEUDONYM).waitFor();
    await page.getByRole('button', { name: 'Take this case' }).click();
    await page.getByText('You are now this case’s caseworker.').waitFor();

    // The identity, in two scripts, with a passport: sealed on saving, shown only when asked for.
    const identity = page.getByRole('region', { name: 'Identity', exact: true });
    await identity.getByText('No identity recorded.').waitFor();
    await identity.getByLabel('Names, one per line').fill(NAMES.join('\n'));
    await identity.getByLabel('Birth date or year').fill('2009');
    await identity.getByLabel('Nationality').selectOption('MM');
    await identity.getByRole('button', { name: 'Add a document' }).click();
    await identity.getByLabel('Document 1: kind').selectOption('passport');
    await identity.getByLabel('Document 1: number').fill(PASSPORT);
    await identity.getByLabel('Document 1: issued by').selectOption('MM');
    await identity
      .getByLabel('Photo (optional)')
      .setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: PNG });
    await identity.getByRole('img', { name: 'The person, as it will be saved' }).waitFor();
    await identity.getByRole('button', { name: 'Save the identity' }).click();
    await identity.getByText('Identity saved. It is shown again only when asked for.').waitFor();
    await identity.getByText('Identity recorded.', { exact: true }).waitFor();
    await expect(page.getByText(NAMES[0] as string).count()).resolves.toBe(0);

    // The child's steps: until they are all there, a return is blocked and says why.
    const child = page.getByRole('region', { name: 'A child’s protection' });
    const blockers = child.getByRole('list', { name: 'What still blocks a return' });
    await blockers.getByText('No guardian appointed', { exact: true }).waitFor();
    await recordStep(child, 'guardian', 'Guardian appointed recorded.', {
      outcome: ['Who the guardian is', 'state_appointed'],
      detail: ['The guardian’s name and how to reach them (optional)', 'Khun Pranee, shelter guardian'],
    });
    await recordStep(child, 'child_views', 'The child’s own views recorded.', {
      detail: [
        'The child’s views, in their own words',
        'I want to go home to my mother, not to the factory.',
      ],
    });
    await recordStep(child, 'best_interests_assessment', 'Best-interests assessment recorded.', {
      detail: [
        'What the assessment found (optional)',
        'Mother wants her back; the broker is from another town.',
      ],
    });
    // Its author cannot approve it: a second caseworker does.
    const steps = child.getByRole('table', { name: 'Steps of the child’s protection, oldest first' });
    const assessment = steps.getByRole('row', { name: /^Best-interests assessment/ });
    await assessment.getByText('Waiting for a second caseworker’s approval').waitFor();
    await expect(child.getByRole('button', { name: /^Approve/ }).count()).resolves.toBe(0);

    const second = await watchedPage(browser, TABLET);
    await signInAsDemo(second.page, server.baseUrl, AGENCY, new RegExp(SECOND));
    await approve(
      second.page,
      caseUrl,
      /^Approve the best-interests assessment/,
      /^Best-interests assessment of .* approved\.$/,
    );
    // The colleague reads the case but not the identity: only the caseworker and those let in do.
    const theirs = second.page.getByRole('region', { name: 'Identity', exact: true });
    await theirs.getByText(/Identity recorded\. You may not read it/).waitFor();
    await expect(theirs.getByRole('button', { name: 'Show identity' }).count()).resolves.toBe(0);

    await page.reload();
    await heading(page, PSEUDONYM).waitFor();
    await assessment.getByText(`Approved by ${SECOND}`).waitFor();
    await recordStep(child, 'best_interests_determination', 'Best-interests determination recorded.', {
      outcome: ['What is decided to be in the child’s best interests', 'return_to_family'],
    });
    await approve(
      second.page,
      caseUrl,
      /^Approve the best-interests determination/,
      /^Best-interests determination of .* approved\.$/,
    );
    // The caseworker lets the colleague in; on their next look the identity is theirs to open.
    await identity.getByLabel('Colleague', { exact: true }).selectOption({ label: SECOND });
    await identity.getByRole('button', { name: 'Let in' }).click();
    await identity.getByText(`${SECOND} may now read the identity.`).waitFor();
    await second.page.reload();
    await heading(second.page, PSEUDONYM).waitFor();
    await theirs.getByRole('button', { name: 'Show identity' }).click();
    await theirs
      .getByText(NAMES[0] as string)
      .first()
      .waitFor();
    expect(second.problems).toEqual([]);
    await second.context.close();

    await page.reload();
    await heading(page, PSEUDONYM).waitFor();
    await recordStep(child, 'family_tracing', 'Family tracing recorded.', {
      outcome: ['Result of the tracing', 'found'],
    });
    await recordStep(child, 'family_assessment', 'Assessment of the family recorded.', {
      outcome: ['Is the family safe for the child?', 'safe'],
    });

    // After a reload, from the server: every step there, both approvals, nothing blocking a return.
    await page.reload();
    await heading(page, PSEUDONYM).waitFor();
    await child.getByText('Nothing blocks a return any more.').waitFor();
    await expect(blockers.count()).resolves.toBe(0);
    const determination = steps.getByRole('row', { name: /^Best-interests determination/ });
    await expect(determination.textContent()).resolves.toContain('Return to the family');
    await expect(determination.textContent()).resolves.toContain(`Approved by ${SECOND}`);
    await expect(assessment.textContent()).resolves.toContain(`Approved by ${SECOND}`);
    await expect(
      steps.getByRole('row', { name: /^Assessment of the family/ }).textContent(),
    ).resolves.toContain('The family is safe for the child');
    await expect(steps.getByRole('row').count()).resolves.toBe(7);

    // Witness support says first that cooperating changes nothing; the person's stance is theirs.
    const witness = page.getByRole('region', { name: 'Witness support' });
    await witness.getByText('Whether the person cooperates never changes their services.').waitFor();
    await witness.getByLabel('What the person said').selectOption('declined');
    await witness.getByRole('button', { name: 'Record the stance' }).click();
    await witness.getByText('The person’s stance recorded: declined to cooperate.').waitFor();
    await witness.getByText('Declined to cooperate', { exact: true }).first().waitFor();
    // A stay permit granted until a date 20 days away shows as expiring; travel paid is summed per currency.
    await witness.getByLabel('Measure', { exact: true }).selectOption('temporary_stay_permit');
    await witness.getByLabel('Valid until').fill(daysAhead(20));
    await witness.getByRole('button', { name: 'Ask for the measure' }).click();
    await witness.getByText('Temporary stay permit requested.').waitFor();
    const permit = witness.getByRole('listitem', { name: 'Temporary stay permit', exact: true });
    await permit.getByLabel('Next status', { exact: true }).selectOption('granted');
    await permit.getByLabel('Valid until').fill(daysAhead(20));
    await permit.getByRole('button', { name: /^Record/ }).click();
    await permit.getByText('Temporary stay permit: granted.').waitFor();
    await permit.getByText('Expiring within 30 days', { exact: true }).waitFor();
    await witness
      .getByRole('list', { name: 'Permits expiring or expired' })
      .getByText(/expires on/)
      .waitFor();
    await witness.getByLabel('Measure', { exact: true }).selectOption('travel');
    await witness.getByLabel('Amount').fill('1500');
    await witness.getByRole('button', { name: 'Ask for the measure' }).click();
    await witness.getByText('Travel costs requested.').waitFor();
    const travel = witness.getByRole('listitem', { name: 'Travel costs', exact: true });
    await travel.getByLabel('Next status', { exact: true }).selectOption('provided');
    await travel.getByRole('button', { name: /^Record/ }).click();
    await travel.getByText('Travel costs: provided.').waitFor();
    const paid = witness.getByRole('table', { name: 'Travel and subsistence paid to the person' });
    await expect(paid.getByRole('row', { name: /^THB/ }).textContent()).resolves.toContain('1,500.00');

    // The identity is read only on request, and then shows what was recorded.
    await expect(page.getByText(NAMES[0] as string).count()).resolves.toBe(0);
    await identity.getByRole('button', { name: 'Show identity' }).click();
    const shown = identity.getByRole('region', { name: 'The person’s identity' });
    for (const name of NAMES) await shown.getByText(name, { exact: true }).waitFor();
    await shown.getByText('In 2009 (the year only)').waitFor();
    await shown.getByRole('img', { name: 'The person, as recorded with the identity' }).waitFor();
    await expect(
      shown
        .getByRole('table', { name: 'Identity documents' })
        .getByRole('row', { name: /^Passport/ })
        .textContent(),
    ).resolves.toContain(PASSPORT);
    await page.screenshot({ path: '/tmp/protection-child-tablet.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);

    // Her later case: the same passport recorded there says plainly that she is known from the earlier case.
    await page.goto(`${server.baseUrl}/#/protection/${later.caseId}`);
    await heading(page, LATER).waitFor();
    await page.getByRole('button', { name: 'Take this case' }).click();
    await page.getByText('You are now this case’s caseworker.').waitFor();
    await identity.getByLabel('Names, one per line').fill('Aye Khaing');
    await identity.getByRole('button', { name: 'Add a document' }).click();
    await identity.getByLabel('Document 1: number').fill(PASSPORT);
    await identity.getByLabel('Document 1: issued by').selectOption('MM');
    await identity.getByRole('button', { name: 'Save the identity' }).click();
    await identity.getByText(/^This person was recognised from an earlier case of your agency/).waitFor();
    await expect(
      identity.getByRole('link', { name: 'open the earlier case' }).getAttribute('href'),
    ).resolves.toBe(`#/protection/${caseId}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
