import type { Browser, Page } from 'playwright-core';
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

// A protection case in the browser: the demo screener completes a walk-in screening that finds a presumed
// victim, which opens a case; the agency's social worker takes it, assesses the needs, offers services the person
// accepts or declines, records a shelter stay that has passed 30 days (warned on the case and on the list),
// records then withdraws the person's consent to share their pseudonym with the prosecutors, opens a labour claim
// and files it, and refers the person for return to an organisation in Myanmar with their consent, sharing only
// the items they chose; both are read back after a reload, on the page and from the server. The screener's
// referral to the centre's shelter reaches the centre's inbox, where the social worker accepts it. The person is
// an adult (24): a child's return waits for a guardian, an approved best-interests determination and a safe
// family, which e2e/protection-child.test.ts follows.

const TABLET = { width: 1024, height: 768 };
const AGENCY = 'Protection and Occupational Development Centre (demo)';
const PROSECUTORS = 'Office of the Attorney General, Anti-Trafficking Unit (demo)';
const PSEUDONYM = 'Person 31';
const SHELTER = 'Protection and Occupational Development Centre shelter (demo)';
const LABOUR_CLAIM = 'Labour claim (unpaid wages)';
const LABOUR_OFFICE = 'Labour Protection Office, Samut Sakhon';
const RETURN_TO = 'Department of Social Welfare, Myawaddy';
const RETURN_NOTE = 'Wants to go back to her mother in Myawaddy; needs help with the recruitment debt.';
const ANSWERS = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'Shop work',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: '9,000 baht' },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': {
    answer: 'yes',
    observation: '5am to 10pm',
  },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'Unpaid for months' },
  // An adult is presumed trafficked only with an element at destination too.
  'coercion_at_destination.confiscation_of_documents': {
    answer: 'yes',
    observation: 'Passport kept by the employer',
  },
  'coercion_at_destination.withholding_of_wages': { answer: 'yes', observation: 'Wages held back' },
};
const NEEDS: [string, string, string][] = [
  ['Safety', 'urgent', 'Afraid the broker will find her'],
  ['Health', 'serious', 'Back pain from the work'],
  ['Legal help', 'some', ''],
  ['A safe place to stay', 'urgent', ''],
  ['Family', 'some', 'Mother in Myawaddy'],
  ['Money and debts', 'serious', 'Recruitment debt'],
  ['Identity documents', 'serious', 'Passport kept by the employer'],
];

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
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** As the demo screener: a walk-in screening, completed, finding the person presumed trafficked. */
async function screenPresumedVictim(page: Page): Promise<void> {
  const call = async (method: 'post' | 'patch', path: string, data: object) => {
    const res = await page.request[method](`${server.baseUrl}${path}`, { data });
    expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as { id: string; version: number; evaluation?: { outcome: string } };
  };
  const start = screeningStart({
    source: 'walk_in',
    sourceRef: 'W-31',
    pseudonym: PSEUDONYM,
    age: 24,
    guardian: null,
  });
  const s = await call('post', '/api/screenings', start);
  const saved = await call('patch', `/api/screenings/${s.id}`, { version: s.version, answers: ANSWERS });
  const done = await call('post', `/api/screenings/${s.id}/complete`, { version: saved.version });
  expect(done.evaluation?.outcome).toBe('presumed_trafficked');
  // With the person's consent, a referral to the centre's own shelter, sharing the pseudonym and the language.
  const res = await page.request.get(`${server.baseUrl}/api/service-providers`);
  const { providers } = (await res.json()) as { providers: { id: string; name: string }[] };
  const shelter = providers.find((p) => p.name === SHELTER);
  expect(shelter).toBeDefined();
  await call('post', `/api/screenings/${s.id}/referrals`, {
    providerId: shelter?.id,
    consent: true,
    sharedItems: ['pseudonym', 'language'],
  });
}

describe('a protection case in the browser', () => {
  it('is taken, assessed, given services, a stay, a consent given then withdrawn, a claim and a return', async () => {
    const screener = await watchedPage(browser, TABLET);
    await signInAsDemo(screener.page, server.baseUrl, AGENCY, /Screening officer/);
    await screenPresumedVictim(screener.page);
    expect(screener.problems).toEqual([]);
    await screener.context.close();

    const { context, page, problems } = await watchedPage(browser, TABLET);
    // The centre has two social workers: Malee takes the case.
    await signInAsDemo(page, server.baseUrl, AGENCY, /Social worker Malee Saengthong/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Protection' }).click();
    await heading(page, 'Protection').waitFor();
    await page.getByText('No stay needs attention.').waitFor();
    await page.getByText('No follow-up is due.').waitFor();
    // The referral has reached the shelter's inbox, with what the person agreed to share; the shelter accepts it.
    const inbox = page.getByRole('region', { name: 'Referrals to your services' });
    const referral = inbox.getByRole('listitem', { name: `Referral to ${SHELTER} from ${AGENCY}` });
    await referral.getByText('Waiting for your answer', { exact: false }).waitFor();
    await expect(referral.textContent()).resolves.toContain(`${PSEUDONYM} · speaks Burmese`);
    await referral.getByRole('button', { name: 'Accept the referral' }).click();
    await inbox.getByText(`Referral to ${SHELTER} accepted.`).waitFor();
    await expect.poll(() => referral.getByRole('button', { name: 'Accept the referral' }).count()).toBe(0);
    await referral.getByText(/Accepted\./).waitFor();
    const row = page.getByRole('table', { name: 'Protection cases' }).getByRole('row', { name: /Person 31/ });
    await expect(row.textContent()).resolves.toContain('Labour exploitation');
    await row.getByRole('link', { name: PSEUDONYM, exact: true }).click();
    await heading(page, PSEUDONYM).waitFor();
    expect(page.url()).toMatch(/#\/protection\/[0-9a-f-]{36}$/);

    // Taking the case: until then, nothing on it can be changed.
    await page.getByText('No caseworker yet', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Record the assessment' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Take this case' }).click();
    await page.getByText('You are now this case’s caseworker.').waitFor();
    await page.getByText('Malee Saengthong (you)').waitFor();
    await expect(page.getByRole('button', { name: 'Take this case' }).count()).resolves.toBe(0);

    // The needs, in every domain, in the person's language (Burmese, from the screening).
    await expect(page.getByLabel('Language of the assessment').inputValue()).resolves.toBe('my');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.getByText(/^Choose a level in every domain: Safety, Health/).waitFor();
    for (const [domain, level, note] of NEEDS) {
      await page.getByLabel(`${domain}: need`).selectOption(level);
      if (note) await page.getByLabel(`${domain}: note (optional)`).fill(note);
    }
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.getByText('Needs assessment recorded.').waitFor();
    const needs = page.getByRole('table', { name: 'Latest needs assessment' });
    await expect(needs.getByRole('row', { name: /^Safety/ }).textContent()).resolves.toContain(
      'Urgent: act today',
    );
    await expect(needs.getByRole('row', { name: /^Identity documents/ }).textContent()).resolves.toContain(
      'Passport kept by the employer',
    );

    // Three services offered; the person accepts two and declines one, which may be offered again.
    const services = page.getByRole('region', { name: 'Services' });
    for (const service of ['Shelter', 'Medical care', 'Legal aid']) {
      await services.getByLabel('Service to offer').selectOption({ label: service });
      await services.getByRole('button', { name: 'Offer', exact: true }).click();
      await services.getByText(`${service} offered.`).waitFor();
    }
    const item = (name: string) => services.getByRole('listitem', { name, exact: true });
    await item('Legal aid').getByText('Offered, waiting for the person’s answer', { exact: true }).waitFor();
    await item('Shelter')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await item('Shelter').getByText('Accepted by the person', { exact: true }).waitFor();
    await item('Medical care')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await item('Medical care').getByText('Accepted by the person', { exact: true }).waitFor();
    await item('Legal aid')
      .getByRole('button', { name: /^Decline/ })
      .click();
    await item('Legal aid').getByText('Declined by the person', { exact: true }).waitFor();
    await item('Legal aid')
      .getByRole('button', { name: /^Offer again/ })
      .waitFor();
    await item('Shelter')
      .getByRole('button', { name: /^Withdraw/ })
      .waitFor();
    await item('Shelter').getByText('History of Shelter').click();
    await item('Shelter')
      .getByText(/^Accepted by the person — .*recorded by Malee Saengthong, in Burmese/)
      .waitFor();

    // Declining the status of victim blocks nothing.
    await page.getByText(/Declining blocks nothing/).waitFor();

    // A shelter stay started 31 days ago: over the agency's 30-day threshold.
    const stays = page.getByRole('region', { name: 'Shelter stays' });
    await stays.getByLabel('Place').fill('Protection centre shelter, Nonthaburi');
    await stays.getByLabel('Started on').fill(daysAgo(31));
    await expect(stays.getByLabel('Free to leave').isChecked()).resolves.toBe(true);
    await stays.getByRole('button', { name: 'Record the stay' }).click();
    await stays.getByText('Stay recorded.', { exact: true }).waitFor();
    const stay = stays
      .getByRole('table', { name: 'Stays, newest first' })
      .getByRole('row', { name: /Nonthaburi/ });
    await stay.getByText('Over 30 days in the shelter').waitFor();
    await expect(stay.textContent()).resolves.toContain('still there');
    await stays.getByText('Shelter-days in all: 31').waitFor();
    await stays.getByRole('button', { name: 'End the stay' }).waitFor();

    // Consent to share the pseudonym with the prosecutors, then withdrawn.
    const consent = page.getByRole('region', { name: 'Consent to share' });
    await consent
      .getByLabel('What the person agreed to share')
      .selectOption({ label: 'The name they go by here (pseudonym)' });
    await consent.getByLabel('Agency to share with').selectOption({ label: PROSECUTORS });
    await consent.getByRole('button', { name: 'Record the consent' }).click();
    await consent
      .getByText(`Consent recorded: the name they go by here (pseudonym), with ${PROSECUTORS}.`)
      .waitFor();
    const given = consent
      .getByRole('table', { name: 'Consents to share' })
      .getByRole('row', { name: /pseudonym/ });
    await given.getByText('Live: shared').waitFor();
    await page.screenshot({ path: '/tmp/protection-case-tablet.png', fullPage: true });
    await given.getByRole('button', { name: `Withdraw the consent to share with ${PROSECUTORS}` }).click();
    await given.getByText(/^Withdrawn /).waitFor();
    await consent.getByText(`Consent withdrawn: ${PROSECUTORS} reads nothing of it from now on.`).waitFor();
    await expect(given.getByRole('button').count()).resolves.toBe(0);
    const caseId = /#\/protection\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

    // A labour claim for her unpaid wages, opened then filed.
    const compensation = page.getByRole('region', { name: 'Compensation' });
    await compensation.getByText('No claim recorded.').waitFor();
    await compensation.getByLabel('Route of the claim').selectOption({ label: LABOUR_CLAIM });
    await compensation.getByLabel('Where it is made').fill(LABOUR_OFFICE);
    await compensation.getByLabel('Amount claimed').fill('30,000');
    await expect(compensation.getByLabel('Currency').inputValue()).resolves.toBe('THB');
    await compensation.getByRole('button', { name: 'Open the claim' }).click();
    await compensation
      .getByText('Claim opened: labour claim (unpaid wages), 30,000 THB, being prepared.', { exact: true })
      .waitFor();
    const nextStep = compensation.getByRole('form', {
      name: `Next step on the ${LABOUR_CLAIM} at ${LABOUR_OFFICE}`,
    });
    await expect(nextStep.getByLabel('What happened').inputValue()).resolves.toBe('filed');
    await nextStep.getByRole('button', { name: /^Record the step/ }).click();
    await compensation.getByText(`${LABOUR_CLAIM} at ${LABOUR_OFFICE}: filed.`, { exact: true }).waitFor();

    // A referral for return to an organisation in Myanmar, with her consent, sharing only what she chose.
    const transfers = page.getByRole('region', { name: 'Return and transfers' });
    await transfers.getByText('No transfer or return recorded.').waitFor();
    await transfers
      .getByLabel('Kind of transfer')
      .selectOption({ label: 'Return to their country of origin' });
    await expect(transfers.getByLabel('Who receives the person').inputValue()).resolves.toBe('organisation');
    await transfers.getByLabel('Organisation', { exact: true }).fill(RETURN_TO);
    await transfers.getByLabel('Organisation’s country').selectOption('MM');
    await transfers.getByLabel('Country the person returns to').selectOption('MM');
    const items = transfers.getByRole('group', { name: 'What the person agreed to share' });
    await expect(items.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    await transfers.getByRole('button', { name: 'Send the referral for return' }).click();
    await transfers.getByText(/^Record the transfer once the person has agreed to it/).waitFor();
    await items.getByLabel('The name they go by here (pseudonym)').check();
    await items.getByLabel('The language they speak').check();
    await items.getByLabel('A note on the return plan').check();
    await transfers.getByLabel('Note on the return plan, for the receiver').fill(RETURN_NOTE);
    await expect(transfers.getByLabel('Language it was explained in').inputValue()).resolves.toBe('my');
    await transfers.getByLabel('The person agreed to this transfer and to sharing what is ticked').check();
    await transfers.getByRole('button', { name: 'Send the referral for return' }).click();
    await transfers
      .getByText(/^Referral for return sent to Department of Social Welfare, Myawaddy \(/)
      .waitFor();

    // After a reload, both are read back from the server: on the page, and as stored.
    await page.reload();
    await heading(page, PSEUDONYM).waitFor();
    const claims = compensation.getByRole('table', { name: 'Compensation claims' });
    await expect.poll(() => claims.getByRole('row').count()).toBe(2);
    const claim = claims.getByRole('row', { name: /^Labour claim \(unpaid wages\)/ });
    await claim.getByText('Filed', { exact: true }).waitFor();
    await expect(claim.textContent()).resolves.toContain(LABOUR_OFFICE);
    await expect(claim.textContent()).resolves.toContain('30,000 THB');
    const totals = compensation.getByRole('table', { name: 'Totals per currency' });
    await expect(totals.getByRole('row', { name: /^THB/ }).textContent()).resolves.toContain('30,000 THB');
    const sent = transfers.getByRole('list', { name: 'Transfers, oldest first' }).getByRole('listitem', {
      name: /^Return to their country of origin: Department of Social Welfare, Myawaddy/,
    });
    await expect.poll(() => sent.count()).toBe(1);
    await sent.getByText('Sent, waiting for the receiver’s answer', { exact: true }).waitFor();
    await sent
      .getByText('The name they go by here (pseudonym); The language they speak; A note on the return plan', {
        exact: true,
      })
      .waitFor();
    await sent.getByText(RETURN_NOTE, { exact: true }).waitFor();
    await sent.getByRole('button', { name: /^The organisation accepted/ }).waitFor();
    // While the return is under way, no second one is sent.
    await expect(transfers.getByRole('button', { name: /^Send the/ }).count()).resolves.toBe(0);
    const stored = async <T>(path: string): Promise<T> => {
      const res = await page.request.get(`${server.baseUrl}/api/protection/cases/${caseId}${path}`);
      expect(res.ok(), `${path}: ${res.status()}`).toBe(true);
      return (await res.json()) as T;
    };
    const { claims: storedClaims } = await stored<{ claims: Record<string, unknown>[] }>('/compensation');
    expect(storedClaims).toMatchObject([
      { route: 'labour_claim', forum: LABOUR_OFFICE, amountClaimed: 30000, currency: 'THB', status: 'filed' },
    ]);
    const { transfers: storedTransfers } = await stored<{ transfers: Record<string, unknown>[] }>(
      '/transfers',
    );
    expect(storedTransfers).toMatchObject([
      {
        kind: 'return_to_origin',
        status: 'sent',
        to: { agency: null, organisation: RETURN_TO, country: 'MM' },
        country: 'MM',
        items: ['pseudonym', 'language', 'return_plan_note'],
        consentLanguage: 'my',
        note: RETURN_NOTE,
      },
    ]);
    // On a tablet, nothing scrolls sideways but the tables.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);

    // The stay is warned on the agency's list too, linking back to the case.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Protection' }).click();
    await heading(page, 'Protection').waitFor();
    const warning = page.getByRole('list', { name: 'Stay warnings' }).getByRole('listitem');
    await warning.getByText('Over 30 days in the shelter').waitFor();
    await expect(warning.textContent()).resolves.toContain('Caseworker: Malee Saengthong (you).');
    await warning.getByRole('link', { name: PSEUDONYM }).click();
    await heading(page, PSEUDONYM).waitFor();
    // The case for a transfer outside Lantern, in HTCDS 2.0: the link the page offers answers the standard's fields.
    const htcds = await page.getByRole('link', { name: 'the case in HTCDS 2.0 (JSON)' }).getAttribute('href');
    const exported = await page.request.get(`${server.baseUrl}${htcds}`);
    expect(exported.status()).toBe(200);
    expect(await exported.json()).toMatchObject({
      identityIncluded: false,
      fields: { cas_Status: 'Active', vic_TraffickingStatus: 'PossibleVictimOfTrafficking' },
      extensions: { ext_ShelterDays: expect.any(Number) },
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
