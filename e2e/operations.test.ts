import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExecution, openKestrel } from './kestrel.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';
import { fillPlan, openStep, stepButton } from './plan-form.ts';

const TABLET = { width: 768, height: 1024 };
const PHONE = { width: 375, height: 740 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const NGO = 'Mekong Migrant Rights Network (demo)';
const SERVICES = 'Protection and Occupational Development Centre (demo)';
const PLACE = 'Drying yard and the locked dormitory behind gate 3';
const SITE = 'Provincial shelter interview rooms';
const SUSPECT = 'The night foreman';
const STORE = 'Evidence store, Provincial Police HQ';
const HASH = 'a3f1c9e2'.repeat(8);

let server: RunningServer;
let browser: Browser;
/** Shared by the steps, which run in order: the operation's address and its target's label. */
let operationUrl = '';
let target = '';

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
const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${day(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Adds a member from the candidates, with a role, a team and perhaps a language. */
async function addMember(page: Page, who: string, agency: string, role: string, language?: string) {
  const team = page.getByRole('region', { name: 'Team' });
  await team.getByLabel('Person').selectOption({ label: `${who} — ${agency}` });
  await team.getByLabel('Role').selectOption(role);
  await team.getByLabel('Team', { exact: true }).fill(role === 'command' ? 'Command' : 'Alpha');
  if (language) await team.getByLabel('Language interpreted').selectOption(language);
  await team.getByRole('button', { name: 'Add to the team' }).click();
  await team.getByText(`${who} added to the team.`).waitFor();
}

describe('an operation in the browser, from plan to after-action review', () => {
  it('a commander plans KESTREL on the approved decision that has none, fills the plan and names the team', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
    await heading(page, 'Operations').waitFor();

    // NIGHTJAR is already planned on one approved decision, KINGFISHER (concluded) on another: KESTREL goes on
    // the third.
    const yours = page.getByRole('region', { name: 'Your operations' });
    const targetOf = async (codeName: string) =>
      (await yours.getByRole('row', { name: codeName }).getByRole('cell').first().textContent()) ?? '';
    const [nightjarTarget, kingfisherTarget] = [await targetOf('NIGHTJAR'), await targetOf('KINGFISHER')];
    expect(nightjarTarget).not.toBe('');
    expect(kingfisherTarget).not.toBe('');
    const decisions = page.getByRole('region', { name: /^Intervention decisions of/ });
    const free = decisions
      .getByRole('row', { name: /Approved/ })
      .filter({ hasNotText: nightjarTarget })
      .filter({ hasNotText: kingfisherTarget });
    // The decisions arrive in a request of their own: wait for them rather than count what has loaded so far.
    await expect.poll(() => free.count(), { timeout: 30_000 }).toBe(1);
    target = (await free.getByRole('link').textContent()) ?? '';
    await free.getByRole('link').click();
    await heading(page, `Decision on ${target}`).waitFor();
    const planIt = page.getByRole('region', { name: 'Plan an operation' });
    await planIt.getByLabel('Code name').fill('KESTREL');
    await planIt.getByRole('button', { name: 'Plan operation' }).click();
    await heading(page, 'Operation KESTREL').waitFor();
    expect(page.url()).toMatch(/#\/operations\/plan\/[0-9a-f-]{36}$/);
    operationUrl = page.url();

    const readiness = page.getByRole('region', { name: 'Readiness' });
    await readiness.getByText('The place is not confirmed.').waitFor();
    const plan = page.getByRole('region', { name: 'Plan', exact: true });
    // The plan is filled in steps; the step list says where you are and which steps the server's gaps are in.
    await expect(stepButton(plan, 'Place and time').getAttribute('aria-current')).resolves.toBe('step');
    await expect(stepButton(plan, 'Place and time').textContent()).resolves.toMatch(/2 gaps$/);
    const start = new Date(Date.now() + 10 * 86_400_000);
    start.setHours(22, 0, 0, 0);
    await fillPlan(page, plan, {
      when: [PLACE, localTime(start), day(new Date(start.getTime() - 86_400_000))],
      site: [SITE, 'shelter', 'Mueang district'],
      transport: 'Two vans from the shelter; suspects apart',
      people: ['3', '0', 'my'],
      receiver: SERVICES,
      suspect: SUSPECT,
      evidence: ['ledger', 'Debt ledger in the office', 'phone'],
    });
    // Back to an earlier step and on to the summary: what was typed is kept, and shown whole before the save.
    await openStep(plan, 'Place and time');
    await expect(plan.getByLabel('Place', { exact: true }).inputValue()).resolves.toBe(PLACE);
    await openStep(plan, 'Summary');
    await plan.getByText(PLACE, { exact: true }).waitFor();
    await plan.getByText('Debt ledger in the office', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await plan.getByText('Plan saved (version 2).').waitFor();

    // Someone else saves the plan in between: the stale save is refused, nothing is overwritten, Reload shows theirs.
    const api = `${server.baseUrl}/api/operations/plans/${operationUrl.split('/').pop()}`;
    const current = (await (await page.request.get(api)).json()) as { version: number; plan: object };
    const theirs = { ...current.plan, transport: 'Three vans from the shelter; suspects apart' };
    const put = await page.request.put(`${api}/plan`, { data: { version: current.version, plan: theirs } });
    expect(put.status()).toBe(200);
    await openStep(plan, 'People expected');
    await plan.getByLabel('Medical needs').fill('One worker with an injured hand');
    await openStep(plan, 'Summary');
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await plan.getByText(/The plan was changed by someone else \(it is now version 3\)/).waitFor();
    await plan.getByRole('button', { name: 'Reload' }).click();
    await plan.getByText('editing version 3', { exact: false }).waitFor();
    await openStep(plan, 'Screening site and transport');
    await expect(plan.getByLabel('Transport', { exact: true }).inputValue()).resolves.toBe(theirs.transport);
    await openStep(plan, 'People expected');
    await expect(plan.getByLabel('Medical needs').inputValue()).resolves.toBe('');
    await readiness
      .getByText('Arrest objective: suspects are named but no member is assigned to arrest.')
      .waitFor();
    await page.screenshot({ path: '/tmp/operation-plan-tablet.png', fullPage: true });

    await page.getByRole('tab', { name: 'Team' }).click();
    await addMember(page, 'Pol. Lt. Col. Siriporn Chaiyasit', POLICE, 'command');
    await addMember(page, 'Pol. Maj. Anan Wongsa', POLICE, 'evidence');
    await addMember(page, 'Pol. Capt. Nattaya Srisuk', POLICE, 'arrest');
    await addMember(page, 'Sophea Chan', NGO, 'interpreter', 'my');
    await addMember(page, 'Duangjai Phrom', SERVICES, 'victim_care');
    await expect(page.getByRole('region', { name: 'Team' }).getByRole('row').count()).resolves.toBe(7);
    await readiness.getByText('No gaps: the plan is ready for approval.').waitFor();
    await readiness.getByText('You planned this operation: another commanding member approves it.').waitFor();
    await expect(readiness.getByRole('button', { name: 'Approve the plan' }).count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/operation-team-tablet.png', fullPage: true });
    expect(problems.filter((p) => !/\b409\b/.test(p))).toEqual([]);
    await context.close();
  });

  it('the deputy commander approves the plan and gives the go', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Siriporn/);
    await openKestrel(page);
    const readiness = page.getByRole('region', { name: 'Readiness' });
    await readiness.getByRole('button', { name: 'Approve the plan' }).click();
    await readiness.getByText(/Approved by Pol\. Lt\. Col\. Siriporn Chaiyasit/).waitFor();
    // Just before the start the go/no-go items are confirmed one by one; the approval stands.
    await readiness.getByText('Go/no-go items still to confirm before the start:').waitFor();
    const confirmations = readiness.getByRole('group', { name: 'Go/no-go confirmations' });
    for (const box of await confirmations.getByRole('checkbox').all()) {
      // The tick is the server's answer: the box shows it once saved.
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await readiness.getByText('Every go/no-go item is confirmed.').waitFor();
    await readiness.getByText(/Approved by Pol\. Lt\. Col\. Siriporn Chaiyasit/).waitFor();
    await readiness.getByRole('button', { name: 'Go', exact: true }).click();
    await readiness.getByText('Start the operation now?', { exact: false }).waitFor();
    await readiness.getByRole('button', { name: 'Yes, go' }).click();
    await readiness.getByText('Executing', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Open the execution screen' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the receiving social worker sees the logistics brief only: no target, place or time', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, SERVICES, /Social worker Malee Saengthong/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
    await heading(page, 'Operation briefs').waitFor();
    await expect(page.getByRole('region', { name: 'Your operations' }).count()).resolves.toBe(0);
    const row = page.getByRole('row', { name: /KESTREL/ });
    await expect(row.textContent()).resolves.toContain('Burmese (my)');
    await row.getByRole('link', { name: 'KESTREL' }).click();
    await heading(page, 'Brief for operation KESTREL').waitFor();
    const brief = page.getByRole('region', { name: 'What to prepare' });
    const text = (await brief.textContent()) ?? '';
    expect(text).toMatch(/People expected\s*3/);
    expect(text).toContain('Burmese (my)');
    expect(text).toContain(SITE);
    const everything = (await page.locator('body').textContent()) ?? '';
    expect(everything).not.toContain(target);
    expect(everything).not.toContain(PLACE);
    expect(everything).not.toContain(SUSPECT);

    await page.goto(operationUrl);
    await heading(page, 'Operation not found').waitFor();
    const after = (await page.locator('body').textContent()) ?? '';
    expect(after).not.toContain(target);
    expect(problems.filter((p) => !/\b404\b/.test(p))).toEqual([]);
    await context.close();
  });

  it('the investigator records the operation on a phone, one exhibit without a connection, and hands one to the store', async () => {
    const { context, page, problems } = await watchedPage(browser, PHONE);
    await signInAsDemo(page, server.baseUrl, POLICE, /Investigator/);
    await openKestrel(page, true);
    await openExecution(page);
    const connection = page.getByRole('region', { name: 'Connection' });
    const recorded = page.getByRole('region', { name: 'Recorded' });
    await recorded.getByText('Nothing recorded yet.').waitFor();

    // The evidence officer records exhibits and notes, not arrests or people removed: those are other roles'.
    await expect(page.getByRole('button', { name: 'Arrest', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'People removed', exact: true }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Exhibit', exact: true }).click();
    let exhibit = page.getByRole('region', { name: 'Record an exhibit' });
    await exhibit.getByLabel('Kind of exhibit').selectOption('ledger');
    await exhibit.getByLabel('Description').fill('Blue debt ledger, 48 pages, names and sums owed');
    await exhibit.getByLabel('Where found').fill('Desk drawer, site office');
    await exhibit.getByLabel('Seal number').fill('SEAL-000451');
    await exhibit.getByRole('button', { name: 'Record the exhibit' }).click();
    await page.getByText(/^Exhibit EX-\d{4}-\d{6} recorded\.$/).waitFor();

    // The connection drops: the next exhibit waits on the phone with its time, and goes when it returns.
    await context.setOffline(true);
    await connection.getByText(/^No connection/).waitFor();
    await page.getByRole('button', { name: 'Exhibit', exact: true }).click();
    exhibit = page.getByRole('region', { name: 'Record an exhibit' });
    await exhibit.getByLabel('Nature').selectOption('digital');
    await exhibit.getByLabel('Kind of exhibit').selectOption('phone');
    await exhibit.getByLabel('Description').fill("Forensic image of the foreman's phone");
    await exhibit.getByLabel('Where found').fill('Foreman, at arrest');
    await exhibit.getByLabel('SHA-256 hash').fill(HASH);
    await exhibit.getByRole('button', { name: 'Record the exhibit' }).click();
    await page
      .getByText('Exhibit saved on this phone: it will be sent when the connection returns.')
      .waitFor();
    await connection.getByText('1 entry waiting to be sent.').waitFor();
    const queuedAt = (await connection.locator('time').first().textContent()) ?? '';
    expect(queuedAt).not.toBe('');
    await page.screenshot({ path: '/tmp/field-offline-phone.png', fullPage: true });
    await page.waitForTimeout(1100); // so that a time taken on sending would differ from the original
    await context.setOffline(false);
    await connection.getByText('Nothing waiting to be sent.').waitFor();
    const phoneRow = recorded.getByRole('row', { name: /forensic image/i });
    await phoneRow.waitFor();
    await expect(phoneRow.locator('time').textContent()).resolves.toBe(queuedAt);

    await expect(recorded.getByRole('row').count()).resolves.toBe(3);

    // The ledger goes to the evidence store: the chain grows to two entries and still verifies.
    await recorded
      .getByRole('row', { name: /Ledger/ })
      .getByRole('link')
      .click();
    await heading(page, /^Exhibit EX-\d{4}-\d{6}$/).waitFor();
    const chain = page.getByRole('region', { name: 'Chain of custody' });
    await chain.getByText('Chain of custody intact: 1 entry').waitFor();
    const custody = page.getByRole('region', { name: 'Record custody' });
    await custody.getByLabel('Action').selectOption('to_storage');
    await custody.getByLabel('New custodian outside Lantern').fill(STORE);
    await custody.getByLabel('Purpose').fill('Safe keeping until trial');
    await custody.getByLabel('Authority').fill('Operation KESTREL evidence order 12/2026');
    await custody.getByLabel('Place').fill('Provincial Police HQ, evidence room');
    await custody.getByRole('button', { name: 'Record custody' }).click();
    await custody.getByText('Custody entry 2 recorded.').waitFor();
    await chain.getByText('Chain of custody intact: 2 entries', { exact: false }).waitFor();
    await expect(chain.getByRole('row').count()).resolves.toBe(3);
    await expect(chain.getByRole('row').last().textContent()).resolves.toContain(STORE);

    // Printed, it is the court record: no navigation, forms or buttons.
    await page.evaluate("window.print = () => document.body.setAttribute('data-printed', 'yes')");
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('body').getAttribute('data-printed')).resolves.toBe('yes');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await expect(custody.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('note').isVisible()).resolves.toBe(false);
    await expect(chain.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/tmp/exhibit-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it('on their phones the arrest team records the arrest and victim care the people removed, each only that', async () => {
    const arrester = await watchedPage(browser, PHONE);
    await signInAsDemo(arrester.page, server.baseUrl, POLICE, /Nattaya/);
    await openKestrel(arrester.page, true);
    await openExecution(arrester.page);
    let page = arrester.page;
    await expect(page.getByRole('button', { name: 'Exhibit', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'People removed', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Arrest', exact: true }).click();
    const arrest = page.getByRole('region', { name: 'Record an arrest' });
    await arrest.getByLabel('Planned suspect').selectOption({ label: SUSPECT });
    await expect(arrest.getByLabel('Person arrested').inputValue()).resolves.toBe(SUSPECT);
    await arrest.getByLabel('Where arrested').fill('Office behind the drying yard');
    await arrest.getByLabel('Kept apart from potential victims and witnesses').check();
    await arrest.getByRole('button', { name: 'Record the arrest' }).click();
    await page.getByText('Arrest recorded.').waitFor();
    let recorded = page.getByRole('region', { name: 'Recorded' });
    await recorded.getByRole('row', { name: new RegExp(SUSPECT) }).waitFor();
    expect(arrester.problems).toEqual([]);
    await arrester.context.close();

    const carer = await watchedPage(browser, PHONE);
    await signInAsDemo(carer.page, server.baseUrl, SERVICES, /Duangjai/);
    await openKestrel(carer.page, true);
    await openExecution(carer.page);
    page = carer.page;
    await expect(page.getByRole('button', { name: 'Arrest', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'People removed', exact: true }).click();
    const removal = page.getByRole('region', { name: 'Record people removed' });
    await expect(removal.getByLabel('Taken to').inputValue()).resolves.toBe(SITE);
    await expect(removal.getByLabel('Languages').inputValue()).resolves.toBe('my');
    await removal.getByLabel('People removed').fill('3');
    await removal.getByLabel('Transport', { exact: true }).fill('Shelter van 1');
    await removal.getByRole('button', { name: 'Record the removal' }).click();
    await page.getByText('Removal recorded.').waitFor();
    recorded = page.getByRole('region', { name: 'Recorded' });
    await recorded.getByRole('row', { name: new RegExp(`3 people to ${SITE}`) }).waitFor();
    await expect(recorded.getByRole('row').count()).resolves.toBe(5);
    await page.screenshot({ path: '/tmp/field-phone.png', fullPage: true });
    expect(carer.problems).toEqual([]);
    await carer.context.close();
  });

  it('a commander concludes KESTREL and submits the after-action review on the three objectives', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    await openKestrel(page);
    const readiness = page.getByRole('region', { name: 'Readiness' });
    await readiness.getByRole('button', { name: 'Conclude the operation' }).click();
    await readiness.getByRole('button', { name: 'Yes, conclude' }).click();
    await readiness.getByText('Concluded', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Exhibits' }).click();
    const exhibits = page.getByRole('region', { name: 'Exhibits' });
    await exhibits.getByRole('row', { name: /Phone/ }).waitFor();
    await expect(exhibits.getByRole('row').count()).resolves.toBe(3);

    await page.getByRole('tab', { name: 'Review', exact: true }).click();
    const review = page.getByRole('region', { name: 'After-action review' });
    await review.getByLabel('No harm observed').check();
    await review.getByLabel('Lessons').fill('The interpreter on site made the separation quick and calm.');
    await review.getByRole('button', { name: 'Submit the review' }).click();
    await review.getByRole('heading', { name: 'Review submitted' }).waitFor();
    await review.getByText('No harm observed.').waitFor();
    const objective = async (name: string) =>
      (await review.getByRole('region', { name, exact: true }).textContent()) ?? '';
    const arrest = await objective('Arrest');
    expect(arrest).toMatch(/Arrests made\s*1/);
    expect(arrest).toMatch(/^ArrestMet/);
    const evidence = await objective('Evidence');
    expect(evidence).toMatch(/Exhibits seized\s*2/);
    expect(evidence).toMatch(/^EvidenceMet/);
    const rescue = await objective('Rescue');
    expect(rescue).toMatch(/People removed\s*3/);
    expect(rescue).toMatch(/^RescueMet/);
    await expect(review.getByRole('button', { name: 'Submit the review' }).count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/operation-review-tablet.png', fullPage: true });

    await page.getByRole('tab', { name: 'Leak review' }).click();
    await page
      .getByRole('region', { name: 'Leak review' })
      .getByText(/audited event/)
      .waitFor();

    // The outcome feeds the picture of the target in intelligence.
    const api = `${server.baseUrl}/api/operations/plans/${operationUrl.split('/').pop()}`;
    const op = (await (await page.request.get(api)).json()) as { plan: { target: { entityId: string } } };
    await page.goto(`${server.baseUrl}/#/intel/entities/${op.plan.target.entityId}`);
    await heading(page, target).waitFor();
    const outcomes = page.getByRole('region', { name: 'Operation outcomes' });
    const row = outcomes.getByRole('row', { name: /KESTREL/ });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['1', '2', '3']),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
