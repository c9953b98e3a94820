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

// An inspection's findings routed to the police (issue 16). The demo labour inspector visits a workplace in
// Samut Sakhon, finds the workers' passports held, records the outcome "referral to the police" and sends the
// findings to the police division through the inspection page: the demo's rule "Thailand: tips and findings to
// the anti-trafficking police" proposes it, and nothing is withheld because no worker's identity goes with the
// findings. The police analyst finds them under "Routed to you", receives them with a grading into the unit's
// intelligence and tells the sender; after a reload the inspector reads the police's word on the inspection.

const TABLET = { width: 820, height: 1180 };
const LABOUR = 'Provincial Labour Protection Office, Samut Sakhon (demo)';
const POLICE = 'Anti-Trafficking Police Division (demo)';
const RULE = 'Thailand: tips and findings to the anti-trafficking police';
const WORKPLACE = 'Krathum Baen Net Works';
const WORKER = 'Worker KB-7';
const FEEDBACK = 'A joint visit with the labour office is set for Thursday.';

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

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const pageText = async (page: Page) => (await page.locator('body').textContent()) ?? '';

/** The inspector plans and visits the workplace, interviews one worker and records the passports held. */
async function visitWithPassportsHeld(page: Page): Promise<string> {
  await page.goto(`${server.baseUrl}/#/monitoring`);
  await page.getByRole('tab', { name: 'Labour inspections' }).click();
  const plan = page.getByRole('form', { name: 'Plan an inspection' });
  await plan.getByLabel('Workplace').fill(WORKPLACE);
  await plan.getByLabel('Sector').fill('Fishing nets');
  await plan.getByLabel('Employer').fill('Krathum Baen Nets Ltd');
  await plan.getByLabel('Address').fill('Moo 3, Krathum Baen, Samut Sakhon');
  await expect(plan.getByLabel('Country').inputValue()).resolves.toBe('TH');
  await plan.getByLabel('Latitude').fill('13.65');
  await plan.getByLabel('Longitude').fill('100.26');
  await plan.getByRole('button', { name: 'Plan the inspection' }).click();
  const title = page.getByRole('heading', {
    level: 1,
    name: new RegExp(`^Inspection LI-\\d{4}-\\d+: ${WORKPLACE}$`),
  });
  await title.waitFor();
  const ref = ((await title.textContent()) ?? '').match(/LI-\d{4}-\d+/)?.[0] as string;
  // A planned inspection is not routed: nothing has been found yet.
  await expect(section(page, 'Sent to other agencies').count()).resolves.toBe(0);

  const independence = section(page, 'Independence of the inspectors');
  await independence
    .getByRole('button', { name: 'I have no interest in this workplace or its employer' })
    .click();
  await independence.getByText('Every inspector on it (1) has stated no interest').waitFor();
  const visit = page.getByRole('form', { name: 'Workers present' });
  for (const [label, n] of [
    ['Women present', '5'],
    ['Men present', '9'],
    ['Of another sex', '0'],
    ['Of whom under 18', '0'],
    ['Of whom migrants', '14'],
  ] as const)
    await visit.getByLabel(label, { exact: true }).fill(n);
  await visit.getByRole('button', { name: 'Record the visit' }).click();
  await page.getByText(/14 workers present \(5 women, 9 men\)/).waitFor();

  const interview = page.getByRole('form', { name: 'Record an interview' });
  await interview.getByLabel('Code or pseudonym').fill(WORKER);
  await interview.getByLabel('Language').selectOption({ label: 'Burmese' });
  await interview.getByLabel('Sex (as the worker states it)').selectOption({ label: 'Male' });
  await interview.getByRole('button', { name: 'Record the interview' }).click();
  await page.getByRole('list', { name: 'Workers interviewed' }).getByText(WORKER, { exact: true }).waitFor();

  const findings = page.getByRole('form', { name: 'Findings' });
  await findings
    .getByRole('group', { name: 'Retention of identity documents' })
    .getByRole('radio', { name: 'Observed', exact: true })
    .check();
  await findings.getByLabel('Retention of identity documents: workers concerned').fill('14');
  await findings
    .getByLabel('Retention of identity documents: what was seen or heard')
    .fill(`${WORKER} says the manager keeps every passport in a drawer`);
  await findings.getByRole('button', { name: 'Save the findings' }).click();
  await page.getByText('The findings are saved.').waitFor();

  const outcome = page.getByRole('form', { name: 'Record an outcome' });
  await outcome.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Referral to the police' });
  await outcome.getByRole('button', { name: 'Record the outcome' }).click();
  await page.getByText('The outcome is recorded.').waitFor();
  return ref;
}

describe('an inspection’s findings routed to the police', () => {
  it('goes to the police division by the demo’s rule, and the police’s word comes back', async () => {
    const inspector = await watchedPage(browser, TABLET);
    let page = inspector.page;
    await signInAsDemo(page, server.baseUrl, LABOUR, /Labour inspector/);
    const ref = await visitWithPassportsHeld(page);
    const inspectionUrl = page.url();

    const sent = section(page, 'Sent to other agencies');
    await sent.getByText('The findings were not sent to any agency yet.').waitFor();
    await sent.getByRole('button', { name: 'Prepare to send the findings' }).click();
    await sent.getByRole('heading', { name: 'Send the findings to the police with jurisdiction' }).waitFor();
    const police = sent.getByLabel(`${POLICE} (Police)`);
    await expect(police.isChecked()).resolves.toBe(true);
    await sent.getByText(`By the rule: ${RULE}`).waitFor();
    // The labour office's own rule is for tips only, and its own agency is never offered.
    await expect(sent.getByLabel(`${LABOUR} (Labour inspectorate)`).count()).resolves.toBe(0);
    await expect(sent.getByText(/^Jurisdictions overlap/).count()).resolves.toBe(0);
    await sent
      .getByText('Nothing is withheld: the findings carry no worker’s identity (no code, pseudonym or name).')
      .waitFor();
    const text = await sent.getByLabel('What the agency receives').inputValue();
    expect(text).toContain(`Labour inspection ${ref}`);
    expect(text).toContain(WORKPLACE);
    expect(text).toMatch(/Retention of identity documents/);
    expect(text).toContain('Referral to the police');
    expect(text).not.toContain(WORKER);
    expect(text).not.toContain('drawer');
    await sent.getByRole('button', { name: 'Send the findings' }).click();
    await sent.getByText('Findings sent to 1 agency.').waitFor();
    const where = sent.getByRole('list', { name: 'Where the findings were sent' });
    await where.getByText(`${POLICE}: Sent, not yet received.`, { exact: false }).waitFor();
    await expect(sent.getByRole('button', { name: 'Prepare to send the findings' }).count()).resolves.toBe(1);
    expect(inspector.problems).toEqual([]);
    await inspector.context.close();

    // The police analyst receives the findings into the unit's intelligence and tells the labour office.
    const analyst = await watchedPage(browser, TABLET);
    page = analyst.page;
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Monitoring & tips' })
      .click();
    await page.getByRole('tab', { name: 'Routed to you', exact: true }).click();
    const item = page
      .getByRole('region', { name: 'Routed to your agency' })
      .getByRole('listitem', { name: `Inspection from ${LABOUR}` })
      .filter({ hasText: WORKPLACE });
    await item.getByText(/Inspection finding from .*Sent, not yet received/).waitFor();
    await item.getByText(`Labour inspection ${ref}`, { exact: false }).waitFor();
    await item.getByLabel('How reliable is the sender').selectOption({ label: 'Reliable' });
    await item
      .getByLabel('How the information is known')
      .selectOption({ label: 'Known directly to the source' });
    await item.getByRole('button', { name: /^Receive/ }).click();
    await item.getByText('Received and filed as an intelligence report.').waitFor();
    expect(await pageText(page)).not.toContain(WORKER);
    await item.getByLabel('What you are doing').selectOption({ label: 'We are acting on it' });
    await item.getByLabel('What the sender may know').fill(FEEDBACK);
    await item.getByRole('button', { name: 'Tell the sender' }).click();
    await item.getByText('The sender has been told.').waitFor();
    await item.getByRole('link', { name: 'Open the intelligence report' }).click();
    await page.getByRole('heading', { level: 1, name: /^Inspection finding routed by / }).waitFor();
    expect(await pageText(page)).not.toContain(WORKER);
    expect(analyst.problems).toEqual([]);
    await analyst.context.close();

    // The inspector reads the police's word on the inspection.
    const back = await watchedPage(browser, TABLET);
    page = back.page;
    await signInAsDemo(page, server.baseUrl, LABOUR, /Labour inspector/);
    await page.goto(inspectionUrl);
    await page.reload();
    const told = section(page, 'Sent to other agencies').getByRole('list', {
      name: 'Where the findings were sent',
    });
    await told.getByText(`${POLICE}: Acting on it`, { exact: false }).waitFor();
    await told.getByText(`: ${FEEDBACK}`, { exact: false }).waitFor();
    expect(back.problems).toEqual([]);
    await back.context.close();
  }, 180_000);
});
