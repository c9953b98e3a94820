import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A case file's assets, court and requests abroad in the browser. Through the API the demo prosecutor opens a case
// file from the demo's concluded operation shared with the office and charges the first suspect with trafficking
// (Thailand, TH-ATIP-6); then on the page, at tablet width: records a bank account tied to that suspect as its
// owner, freezes then confiscates it and allocates part to a victim's claim, and reads the totals; schedules the
// trial, records the indictment, the conviction at the trial 20 days ago and the sentence, and sees the appeal
// deadline (Thailand: 30 days, so 10 days left) in the court panel; drafts a request for assistance to Myanmar and
// asks the labour inspectorate to close the site; reads it all back after a reload and from the server, and finds
// the deadline on the Prosecution page's list.

const TABLET = { width: 1024, height: 768 };
const PROSECUTORS = 'Office of the Attorney General, Anti-Trafficking Unit (demo)';
const OPERATION = 'KINGFISHER';
const COURT = 'Criminal Court for Trafficking Cases, Bangkok';
const ACCOUNT = 'Kasikornbank 123-4-56789-0';
const CLAIM = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

const DAY = 86_400_000;
/** The day `n` days from today (UTC, as the server counts), as YYYY-MM-DD. */
const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

interface Court {
  charges: { id: string; decision: { decision: string; on: string } | null; sentence: unknown }[];
  hearings: { kind: string; court: string }[];
  mla: { ref: string; toCountry: string; status: string; asks: string[]; suspectIds: string[] }[];
  deadlines: { kind: string; dueOn: string; state: string; daysLeft: number; chargeId: string | null }[];
}

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

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The row of `table` whose row header starts with `start`. */
const rowOf = (page: Page, table: Locator, start: string) =>
  table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${literal(start)}`) }) });

describe('a case file in court, its assets and a request abroad, in the browser', () => {
  it('records an asset to confiscation, a conviction and its sentence, the appeal deadline and a request to Myanmar', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, PROSECUTORS, /Prosecutor/);
    const api = `${server.baseUrl}/api/prosecution`;

    // Set up through the API: the case file from the shared operation, and a charge on its first suspect.
    const ops = (await (await page.request.get(`${api}/operations`)).json()) as {
      operations: { id: string; codeName: string }[];
    };
    const op = ops.operations.find((o) => o.codeName === OPERATION);
    if (!op) throw new Error(`${OPERATION} is not shared with the office`);
    const opened = await page.request.post(`${api}/cases`, { data: { operationId: op.id } });
    expect(opened.status()).toBe(201);
    const { id: caseId, ref } = (await opened.json()) as { id: string; ref: string };
    const file = (await (await page.request.get(`${api}/cases/${caseId}`)).json()) as {
      suspects: { id: string; label: string }[];
    };
    const suspect = file.suspects[0];
    if (!suspect) throw new Error('a suspect was expected from the operation');
    const laid = await page.request.post(`${api}/cases/${caseId}/charges`, {
      data: { suspectId: suspect.id, country: 'TH', offence: 'TH-ATIP-6', victims: 'adults' },
    });
    expect(laid.status()).toBe(201);
    const charge = `Trafficking in persons (TH-ATIP-6) against ${suspect.label}`;
    const shown = (d: string) =>
      page.evaluate(
        (x) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${x}T12:00:00`)),
        d,
      );

    await page.goto(`${server.baseUrl}/#/prosecution/${caseId}`);
    await heading(page, `Operation ${OPERATION}`).waitFor();

    // A bank account tied to the suspect as its owner, frozen then confiscated, part of it allocated to a claim.
    const assets = page.getByRole('region', { name: 'Assets and confiscation' });
    await assets.getByText('No asset recorded yet.').waitFor();
    const addAsset = assets.getByRole('form', { name: 'Record an asset' });
    await addAsset.getByLabel('Kind of asset').selectOption({ label: 'Bank account' });
    await addAsset.getByLabel('Identifier (optional)').fill(ACCOUNT);
    await addAsset.getByLabel('Description').fill('Savings account the workers’ deductions were paid into.');
    await addAsset.getByLabel(suspect.label, { exact: true }).selectOption({ label: 'Owner' });
    await addAsset.getByLabel('Estimated value (optional)').fill('2,500,000');
    await addAsset.getByRole('button', { name: 'Record the asset' }).click();
    await assets.getByText(`Asset recorded: bank account, tied to ${suspect.label} (owner).`).waitFor();
    const assetTable = assets.getByRole('table', { name: 'Assets behind the case, in the order recorded' });
    const account = rowOf(page, assetTable, 'Asset 1: bank account');
    await account.getByText('Identified, no order yet', { exact: true }).waitFor();
    await account.getByText(`Identifier: ${ACCOUNT}`).waitFor();

    const orderForm = assets.getByRole('form', { name: 'Record a court order on an asset' });
    const order = async (kind: string, on: string, value?: string) => {
      await orderForm.getByLabel('Asset', { exact: true }).selectOption({ index: 1 });
      await orderForm.getByLabel('Order', { exact: true }).selectOption({ label: kind });
      await orderForm.getByLabel('On', { exact: true }).fill(on);
      await orderForm.getByLabel('Court or authority').fill(COURT);
      if (value) await orderForm.getByLabel(/^Value confiscated/).fill(value);
      await orderForm.getByRole('button', { name: 'Record the order' }).click();
    };
    await order('Freezing order', day(-60));
    await assets.getByText(`Asset 1, bank account: frozen on ${await shown(day(-60))}.`).waitFor();
    await account.getByText('Frozen', { exact: true }).first().waitFor();
    await order('Confiscation order', day(-20), '2,400,000');
    await assets
      .getByText(`Asset 1, bank account: confiscated on ${await shown(day(-20))}, 2,400,000 THB.`)
      .waitFor();
    const allocate = assets.getByRole('form', { name: 'Allocate a confiscated asset to victims' });
    await allocate.getByLabel('Confiscated asset').selectOption({ index: 1 });
    await allocate.getByLabel('Amount (THB)').fill('400000');
    await allocate.getByLabel('Victim’s claim id (optional)').fill(CLAIM);
    await allocate.getByRole('button', { name: 'Allocate to victims' }).click();
    await assets
      .getByText('400,000 THB of asset 1 allocated to the victims’ compensation, on the claim named.')
      .waitFor();
    const totals = assets.getByRole('table', { name: 'Asset totals per currency' });
    const thb = rowOf(page, totals, 'THB');
    const totalsRead = ['THB', '2,500,000 THB', '0 THB', '0 THB', '2,400,000 THB', '400,000 THB'];
    await expect.poll(() => thb.getByRole('cell').allTextContents()).toEqual(totalsRead.slice(1));

    // The trial, the indictment and the conviction at it, and the sentence: the appeal deadline follows.
    const court = page.getByRole('region', { name: 'In court', exact: true });
    await court.getByText('No hearing scheduled yet.').waitFor();
    const schedule = court.getByRole('form', { name: 'Schedule a hearing' });
    await schedule.getByLabel('Hearing', { exact: true }).selectOption({ label: 'Trial' });
    await schedule.getByLabel('Day and time').fill(`${day(-20)}T09:30`);
    await schedule.getByLabel('Court', { exact: true }).fill(COURT);
    await schedule.getByRole('button', { name: 'Schedule the hearing' }).click();
    await court.getByText(new RegExp(`^Trial scheduled for .+ at ${literal(COURT)}\\.$`)).waitFor();
    const hearings = court.getByRole('table', { name: 'Hearings, by date' });
    await rowOf(page, hearings, 'Trial').getByText('Not recorded yet').waitFor();

    const decide = court.getByRole('form', { name: 'Record a decision on a charge' });
    const decision = async (words: string, on: string, atTrial: boolean) => {
      await decide.getByLabel('Charge', { exact: true }).selectOption({ index: 1 });
      await decide.getByLabel('Decision', { exact: true }).selectOption({ label: words });
      await decide.getByLabel('On', { exact: true }).fill(on);
      if (atTrial) await decide.getByLabel('At the hearing (optional)').selectOption({ index: 1 });
      await decide.getByRole('button', { name: 'Record the decision' }).click();
    };
    await decision('Indicted', day(-40), false);
    await court.getByText(`${charge}: indicted on ${await shown(day(-40))}.`).waitFor();
    await decision('Convicted', day(-20), true);
    await court
      .getByText(
        `${charge}: convicted on ${await shown(day(-20))}. The appeal period ends on ${await shown(day(10))} (30 days).`,
      )
      .waitFor();

    const sentence = court.getByRole('form', { name: 'Record a sentence' });
    await sentence.getByLabel('Conviction').selectOption({ index: 1 });
    await sentence.getByLabel('On', { exact: true }).fill(day(-20));
    await sentence.getByLabel('Prison term: years').fill('8');
    await sentence.getByLabel('Fine (optional)').fill('200000');
    await sentence.getByLabel('Compensation to the victims (optional)').fill('300000');
    await sentence.getByRole('button', { name: 'Record the sentence' }).click();
    const sentenceWords = '8 years in prison; fine 200,000 THB; compensation to the victims 300,000 THB';
    await court.getByText(`Sentence on ${charge}: ${sentenceWords}.`).waitFor();

    // A request for assistance to Myanmar about the suspect.
    const mla = page.getByRole('region', { name: 'Requests for assistance abroad' });
    const draft = mla.getByRole('form', { name: 'Draft a request for assistance' });
    await draft.getByLabel('To the country').selectOption({ label: 'Myanmar' });
    await draft.getByLabel('Authority', { exact: true }).fill('Central Authority, Ministry of Home Affairs');
    await draft.getByRole('group', { name: 'What is asked' }).getByLabel('Evidence').check();
    await draft
      .getByRole('group', { name: 'What is asked' })
      .getByLabel('Records (bank, telephone, company)')
      .check();
    await draft.getByRole('group', { name: 'Suspects it concerns' }).getByLabel(suspect.label).check();
    await draft.getByRole('button', { name: 'Draft the request' }).click();
    await mla
      .getByText('Request to Myanmar drafted: evidence, records (bank, telephone, company).')
      .waitFor();

    // Beside the criminal case: the labour inspectorate is asked to close the site, and orders it.
    const remedies = page.getByRole('region', { name: 'Civil and administrative remedies' });
    const ask = remedies.getByRole('form', { name: 'Request a remedy' });
    await ask
      .getByLabel('Remedy', { exact: true })
      .selectOption({ label: 'Site closure by the labour inspectorate' });
    await ask.getByLabel('Against').selectOption({ label: 'The case’s site' });
    await ask.getByLabel('Authority', { exact: true }).fill('Department of Labour Protection and Welfare');
    await ask.getByLabel('Requested on').fill(day(-30));
    await ask.getByRole('button', { name: 'Record the request' }).click();
    await remedies
      .getByText(
        `Site closure by the labour inspectorate against the site: requested on ${await shown(day(-30))}.`,
      )
      .waitFor();
    const remedyStep = remedies.getByRole('form', { name: 'Record a remedy’s next step' });
    await remedyStep.getByLabel('Remedy', { exact: true }).selectOption({ index: 1 });
    await remedyStep.getByLabel('What happened').selectOption({ label: 'Ordered' });
    await remedyStep.getByLabel('On', { exact: true }).fill(day(-10));
    await remedyStep.getByRole('button', { name: 'Record the remedy’s step' }).click();
    await remedies
      .getByText(
        `Site closure by the labour inspectorate against the site: ordered on ${await shown(day(-10))}.`,
      )
      .waitFor();

    // After a reload, the page reads it all back from the server.
    await page.reload();
    await heading(page, `Operation ${OPERATION}`).waitFor();
    await account.getByText('Confiscated', { exact: true }).first().waitFor();
    await expect(
      account
        .getByRole('list', { name: 'Orders and allocations of asset 1' })
        .getByRole('listitem')
        .allTextContents(),
    ).resolves.toEqual([
      `Frozen on ${await shown(day(-60))}${COURT}`,
      `Confiscated on ${await shown(day(-20))}${COURT}, 2,400,000 THB`,
      `400,000 THB allocated to victims on ${await shown(day(0))}to claim ${CLAIM.slice(0, 8)}`,
    ]);
    await expect(account.textContent()).resolves.toContain(suspect.label);
    await expect.poll(() => thb.getByRole('cell').allTextContents()).toEqual(totalsRead.slice(1));

    const standing = rowOf(page, court.getByRole('table', { name: 'Charges in court' }), charge);
    await standing.getByText(`Convicted on ${await shown(day(-20))}`, { exact: true }).waitFor();
    await standing.getByText(sentenceWords, { exact: true }).waitFor();
    await expect(standing.textContent()).resolves.toContain(`Before: indicted on ${await shown(day(-40))}`);
    const deadlines = court.getByRole('table', { name: 'Deadlines of the case file' });
    const appeal = rowOf(page, deadlines, 'Appeal against the verdict');
    await expect
      .poll(() => appeal.getByRole('cell').allTextContents())
      .toEqual([await shown(day(10)), `${charge}, convicted on ${await shown(day(-20))}`, 'Due in 10 days']);
    await rowOf(page, hearings, 'Trial').getByText(COURT).waitFor();
    const request = rowOf(
      page,
      mla.getByRole('table', { name: 'Requests for assistance abroad' }),
      `${ref}/MLA1`,
    );
    await expect
      .poll(() => request.getByRole('cell').allTextContents())
      .toEqual([
        'MyanmarCentral Authority, Ministry of Home Affairs',
        'Evidence, Records (bank, telephone, company)',
        suspect.label,
        `DraftedDrafted on ${await shown(day(0))}`,
      ]);

    const closure = rowOf(
      page,
      remedies.getByRole('table', { name: 'Remedies' }),
      'Site closure by the labour inspectorate',
    );
    await expect
      .poll(() => closure.getByRole('cell').allTextContents())
      .toEqual([
        'The case’s site',
        'Department of Labour Protection and Welfare',
        'Ordered',
        `Requested on ${await shown(day(-30))}Ordered on ${await shown(day(-10))}`,
      ]);

    // The server holds the same.
    const stored = (await (await page.request.get(`${api}/cases/${caseId}/court`)).json()) as Court;
    expect(stored.charges[0]?.decision).toMatchObject({ decision: 'convicted', on: day(-20) });
    expect(stored.charges[0]?.sentence).toMatchObject({ prisonMonths: 96, suspended: false });
    expect(stored.deadlines).toMatchObject([{ kind: 'appeal', dueOn: day(10), state: 'due', daysLeft: 10 }]);
    expect(stored.mla).toMatchObject([
      {
        ref: `${ref}/MLA1`,
        toCountry: 'MM',
        status: 'drafted',
        asks: ['evidence', 'records'],
        suspectIds: [suspect.id],
      },
    ]);
    expect(stored.hearings).toMatchObject([{ kind: 'trial', court: COURT }]);

    // On a tablet, nothing scrolls sideways but the tables.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);

    // The Prosecution page lists the appeal deadline among those due in the next 14 days.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prosecution' }).click();
    await heading(page, 'Prosecution').waitFor();
    const due = page
      .getByRole('region', { name: 'Deadlines in the next 14 days' })
      .getByRole('table', { name: 'Deadlines overdue or due in the next 14 days' });
    const dueRow = rowOf(page, due, 'Appeal against the verdict').filter({ hasText: ref });
    await expect
      .poll(() => dueRow.getByRole('cell').allTextContents())
      .toEqual([await shown(day(10)), ref, 'Due in 10 days']);
    await expect(dueRow.getByRole('link', { name: ref }).getAttribute('href')).resolves.toBe(
      `#/prosecution/${caseId}`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
