import { readFileSync } from 'node:fs';
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

// A prosecution case file in the browser: the demo prosecutor opens a case file from the demo's concluded
// operation shared with their office (its two arrests become the suspects, its four shared exhibits the first
// evidence), sets the first suspect's role, lays a charge of trafficking (Thailand, TH-ATIP-6), records a victim's
// statement and links it to the act (the gauge shows the one proven element resting on the victim), then maps two
// exhibits to the means and the purpose and sees the gauge move, read back after a reload and from the server;
// sees the people and sites the intelligence ties to the suspects, downloads the file for court as a PDF, unlinks
// the statement, and finds the worst gauge on the list of case files.

const TABLET = { width: 1024, height: 768 };
const PROSECUTORS = 'Office of the Attorney General, Anti-Trafficking Unit (demo)';
const OPERATION = 'KINGFISHER';
const OFFENCE = 'Trafficking in persons (TH-ATIP-6)';
const STATEMENT =
  'Statement of a worker from the site, taken with an interpreter: recruited in Savannakhet by the broker and driven to the site.';

interface Burden {
  elements: number;
  proven: number;
  restingOnVictim: number;
  gaps: number;
}
interface CaseFile {
  id: string;
  ref: string;
  suspects: { id: string; label: string; role: string | null; tier: string | null; arrested: boolean }[];
  evidence: { id: string; ref: string; kind: string; description: string; exhibitId: string | null }[];
  charges: {
    offence: string;
    suspectId: string;
    elements: { code: string; text: string; status: string; evidence: { id: string }[] }[];
    burden: Burden;
  }[];
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

/** Picks the option of a select whose text contains `text` (option texts carry refs and ids the test reads). */
async function pick(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text });
  await expect.poll(() => option.count(), { message: `an option with "${text}"` }).toBe(1);
  await select.selectOption((await option.getAttribute('value')) ?? '');
}

describe('a prosecution case file in the browser', () => {
  it('is opened from a shared operation, charged, its evidence mapped to elements, and downloaded for court', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, PROSECUTORS, /Prosecutor/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prosecution' }).click();
    await heading(page, 'Prosecution').waitFor();
    await page.getByText('No case file yet', { exact: false }).waitFor();

    // The concluded operation shared with the office, with its arrests and the exhibits shared.
    const fromOperation = page.getByRole('form', {
      name: 'From a concluded operation shared with your office',
    });
    const operation = fromOperation.getByLabel('Shared operation');
    await pick(operation, OPERATION);
    await expect(operation.locator('option', { hasText: OPERATION }).textContent()).resolves.toMatch(
      /: 2 arrests, 4 exhibits shared$/,
    );
    await fromOperation.getByRole('button', { name: 'Open from the operation' }).click();
    await heading(page, `Operation ${OPERATION}`).waitFor();
    const caseId = /#\/prosecution\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(caseId).toBeDefined();
    const stored = async (): Promise<CaseFile> => {
      const res = await page.request.get(`${server.baseUrl}/api/prosecution/cases/${caseId}`);
      expect(res.ok(), `case file: ${res.status()}`).toBe(true);
      return (await res.json()) as CaseFile;
    };
    const opened = await stored();
    expect(opened.suspects).toHaveLength(2);
    expect(opened.suspects.every((s) => s.arrested && s.role === null)).toBe(true);
    expect(opened.evidence.map((e) => e.kind)).toEqual(['exhibit', 'exhibit', 'exhibit', 'exhibit']);
    const [first, second] = opened.suspects;
    if (!first || !second) throw new Error('two suspects expected');

    // The suspects, arrested, with no role yet; the first is set as the site's owner: an exploiter.
    const suspects = page.getByRole('region', { name: 'Suspects', exact: true });
    const rows = suspects.getByRole('table', { name: 'Suspects, in the order added' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    const firstRow = rows.filter({ has: page.getByRole('rowheader', { name: first.label, exact: true }) });
    await firstRow.getByText('Not set', { exact: true }).waitFor();
    const roleForm = suspects.getByRole('form', { name: 'Set a suspect’s role' });
    await roleForm.getByLabel('Suspect').selectOption({ label: first.label });
    await roleForm.getByLabel('Role played').selectOption({ label: 'Owner of the site (exploiter)' });
    await roleForm.getByRole('button', { name: 'Set the role' }).click();
    await suspects.getByText(`${first.label}: Owner of the site, exploiter.`).waitFor();
    await firstRow.getByText('Owner of the site', { exact: true }).waitFor();
    await firstRow.getByText('Exploiter', { exact: true }).waitFor();

    // A charge of trafficking against the owner, from Thailand's catalogue: three elements, none proven yet.
    const charges = page.getByRole('region', { name: 'Charges and elements' });
    const chargeForm = charges.getByRole('form', { name: 'Lay a charge' });
    await chargeForm.getByLabel('Suspect').selectOption({ label: first.label });
    await expect(chargeForm.getByLabel('Country').inputValue()).resolves.toBe('TH');
    await chargeForm.getByLabel('Offence').selectOption({ label: OFFENCE });
    await chargeForm.getByLabel('The victims are').selectOption({ label: 'Adults' });
    await chargeForm.getByRole('button', { name: 'Lay the charge' }).click();
    await charges.getByText(`Charge laid: ${OFFENCE} against ${first.label}.`).waitFor();
    const charge = charges.getByRole('region', { name: `${OFFENCE} against ${first.label}` });
    await charge.getByText('None of the 3 elements is proven yet', { exact: true }).waitFor();
    const laid = (await stored()).charges[0];
    expect(laid?.offence).toBe('TH-ATIP-6');
    const text = (code: string) => laid?.elements.find((e) => e.code === code)?.text ?? code;
    const element = (code: string) =>
      charge
        .getByRole('table', { name: `Elements of TH-ATIP-6 against ${first.label}` })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: text(code), exact: true }) });

    // The victim's statement, linked to the act: the one proven element rests on the victim alone.
    const evidence = page.getByRole('region', { name: 'Evidence', exact: true });
    const evidenceForm = evidence.getByRole('form', { name: 'Add evidence' });
    await evidenceForm.getByLabel('Kind of evidence').selectOption({ label: 'The victim’s statement' });
    await evidenceForm.getByLabel('Description').fill(STATEMENT);
    await evidenceForm.getByRole('button', { name: 'Add the evidence' }).click();
    await evidence.getByText('Evidence added: The victim’s statement.').waitFor();
    const statementRef = `${opened.ref}/E5`;
    await evidence.getByRole('rowheader', { name: new RegExp(`^${statementRef}`) }).waitFor();

    const linkForm = charges.getByRole('form', { name: 'Link evidence to an element' });
    const link = async (item: string, code: string) => {
      await pick(linkForm.getByLabel('Evidence item'), item);
      await linkForm.getByLabel('Element it goes to').selectOption({ label: text(code) });
      await linkForm.getByRole('button', { name: 'Link', exact: true }).click();
      await charges.getByText(new RegExp(`linked to “${text(code).slice(0, 20)}`)).waitFor();
    };
    await link(statementRef, 'act');
    const before = '1 of 1 proven element rests on victim testimony alone';
    await charge.getByText(before, { exact: true }).waitFor();
    await element('act').getByText('Rests on the victim’s testimony alone', { exact: true }).waitFor();
    await element('means').getByText('Gap: not proven yet', { exact: true }).waitFor();

    // Two exhibits of the operation go to the means and the purpose: the gauge moves.
    const ledger = opened.evidence.find((e) => e.description.includes('Debt ledger'));
    const slips = opened.evidence.find((e) => e.description.includes('Bank transfer slips'));
    if (!ledger || !slips) throw new Error('the ledger and the transfer slips were expected as evidence');
    await link(ledger.ref, 'means');
    await link(slips.ref, 'purpose');
    const after = '1 of 3 proven elements rests on victim testimony alone';
    await charge.getByText(after, { exact: true }).waitFor();
    await expect(charge.getByText(before, { exact: true }).count()).resolves.toBe(0);

    // After a reload the page reads the same from the server.
    await page.reload();
    await heading(page, `Operation ${OPERATION}`).waitFor();
    await charge.getByText(after, { exact: true }).waitFor();
    await expect(charge.locator('.gauge-figure').textContent()).resolves.toBe(`${after} (33%).`);
    await element('means').getByText('Proven by independent evidence', { exact: true }).waitFor();
    await element('purpose').getByText(slips.ref, { exact: true }).waitFor();
    const mapped = (await stored()).charges[0];
    expect(mapped?.burden).toMatchObject({ elements: 3, proven: 3, restingOnVictim: 1, gaps: 0 });
    expect(mapped?.elements.map((e) => [e.code, e.status])).toEqual([
      ['act', 'victim_only'],
      ['means', 'independent'],
      ['purpose', 'independent'],
    ]);
    // The evidence list says where each item goes, and opens the exhibit behind it.
    const ledgerRow = evidence
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${ledger.ref}`) }) });
    await ledgerRow.getByText(`TH-ATIP-6 against ${first.label}: ${text('means')}`).waitFor();
    await expect(ledgerRow.getByRole('link').getAttribute('href')).resolves.toBe(
      `#/evidence/${ledger.exhibitId}`,
    );

    // The scope beyond the site: at least one person or place the intelligence ties to the suspects.
    const scope = page.getByRole('region', { name: 'Scope beyond the site' });
    const proposals = scope.getByRole('list', { name: 'Proposals' }).getByRole('listitem');
    await expect.poll(() => proposals.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const tie = await proposals.first().locator('ul li').first().textContent();
    expect(tie).toMatch(new RegExp(`${first.label}|${second.label}`));
    // The office has no picture of its own: the police disclosed these with the operation's file.
    await scope.getByText(/^Disclosed by .+ with the operation’s file/).waitFor();

    // On a tablet, nothing scrolls sideways but the tables.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);

    // The file for court, as a PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the file for court (PDF)' }).click(),
    ]);
    const path = await download.path();
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10 * 1024);
    expect(download.suggestedFilename()).toBe(`${opened.ref}.pdf`);

    // Unlinking the statement leaves the act a gap: nothing rests on the victim any more.
    await element('act')
      .getByRole('button', { name: `Unlink ${statementRef} from “${text('act')}”` })
      .click();
    await charge
      .getByText('0 of 2 proven elements rest on victim testimony alone', { exact: true })
      .waitFor();
    await element('act').getByText('Gap: not proven yet', { exact: true }).waitFor();
    await link(statementRef, 'act');
    await charge.getByText(after, { exact: true }).waitFor();

    // The list of case files shows the worst gauge of each.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prosecution' }).click();
    await heading(page, 'Prosecution').waitFor();
    const row = page
      .getByRole('table', { name: 'Case files' })
      .getByRole('row', { name: new RegExp(opened.ref) });
    await row.getByText(after, { exact: true }).waitFor();
    await expect(row.textContent()).resolves.toContain(`${OFFENCE} against ${first.label}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
