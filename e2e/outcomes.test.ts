import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderedPages } from '../src/prosecution/pdf-testing.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// The outcomes dashboard in the browser, as the demo M&E officer: filtered to Udon Thani (where the demo's
// concluded operation KINGFISHER removed 8 people and arrested 2), the funnel charts drawn on their canvas with
// their tables beside them saying "fewer than 11" for those figures and 0 where nothing was counted; the map by
// province; a k-anonymised table prepared for publication and its CSV fetched (no figure from 1 to 10); the
// printable report; and a donor checklist for the province written, read with Lantern's figures and fetched as a
// PDF holding its title. No browser error on the way (the strict CSP refuses inline styles: none are needed).

const DESKTOP = { width: 1280, height: 900 };
const OFFICE = 'Regional Coordination Office (demo)';
const PROVINCE = 'Udon Thani';
const TITLE = 'Village information points on safe migration, Udon Thani';
const YEAR = new Date().getUTCFullYear();

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

/** The count in the row of `table` whose header is `label`. */
const countIn = (table: Locator, label: string) =>
  table.getByRole('row', { name: new RegExp(`^${label}\\b`) }).getByRole('cell');

/** Quoted CSV lines as rows of fields (the release's CSV quotes fields holding commas or quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('the outcomes dashboard and the donor checklist, in the browser', () => {
  it('filters to a province, shows the funnels with their tables, exports a k-anonymised table and a checklist as PDF', async () => {
    const { context, page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, OFFICE, /Monitoring and evaluation officer/);
    await page.goto(`${server.baseUrl}/#/outcomes`);
    await heading(page, 'Outcomes').waitFor();

    // Filter to one province, on the server.
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Country').selectOption({ label: 'Thailand' });
    await filters.getByLabel('Province').selectOption({ label: PROVINCE });
    await filters.getByRole('button', { name: 'Show these figures' }).click();
    await page.getByText(`Showing: Country: Thailand; Province: ${PROVINCE}.`).waitFor();
    expect(page.url()).toContain('province=Udon+Thani');

    // The funnels: a chart on its canvas, and its table beside it.
    for (const id of ['protection', 'justice']) {
      const canvas = page.getByTestId(`chart-${id}`).locator('canvas');
      await canvas.first().waitFor();
      expect(await canvas.count()).toBeGreaterThan(0);
    }
    const protection = page.getByRole('table', { name: /^People removed in operations, screened/ });
    await expect(countIn(protection, 'Removed').textContent()).resolves.toBe('8');
    await expect(countIn(protection, 'Screened').textContent()).resolves.toBe('0');
    await expect(countIn(protection, 'Presumed victims').textContent()).resolves.toBe('0');
    const justice = page.getByRole('table', { name: /^Arrests made in operations/ });
    await expect(countIn(justice, 'Arrests').textContent()).resolves.toBe('fewer than 3');
    await expect(countIn(justice, 'Charges laid').textContent()).resolves.toBe('0');

    // The map of the province and its table.
    await page.getByTestId('outcome-map').waitFor();
    const byProvince = page.getByRole('table', { name: 'Figures by province' });
    const row = byProvince.getByRole('row', { name: new RegExp(`^${PROVINCE}`) });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(['8', '0', 'fewer than 3', '8']);

    // A k-anonymised table: a release of these tables prepared, its CSV fetched.
    const exports = page.getByRole('region', { name: 'Exports' });
    await exports.getByRole('button', { name: 'Prepare a release of these tables' }).click();
    await exports.getByText(/Release prepared: \d+ figures? hidden/).waitFor();
    const csvLink = exports.getByRole('link', { name: 'Download the prepared tables (CSV)' });
    const csv = await page.request.get(`${server.baseUrl}${await csvLink.getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    const [header, ...rows] = csvRows(await csv.text());
    expect(header).toEqual(['table', 'title', 'figure', 'value']);
    const values = rows.filter((r) => r[0] !== 'report').map((r) => r[3] ?? '');
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((v) => v !== 'hidden' && !/^\d+$/.test(v))).toEqual([]);
    expect(values.filter((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < 11)).toEqual([]);
    expect(rows.find((r) => r[0] === 'protection' && r[2] === 'stage: removed')?.[3]).toBe('hidden');

    // The printable report of the same figures.
    const pdfHref = await exports.getByRole('link', { name: /Printable report/ }).getAttribute('href');
    expect(pdfHref).toBe('/api/outcomes/dashboard/report.pdf?country=TH&province=Udon+Thani&lang=en');
    const report = await page.request.get(`${server.baseUrl}${pdfHref}`);
    expect(report.headers()['content-type']).toBe('application/pdf');
    expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // A donor checklist for the province, written on the page.
    await page
      .getByRole('navigation', { name: 'Outcomes' })
      .getByRole('link', { name: 'Donor checklists' })
      .click();
    await page.getByRole('link', { name: 'Assess a new proposal' }).click();
    const form = page.getByRole('form', { name: 'New donor checklist' });
    await form.getByLabel('Title of the proposal').fill(TITLE);
    await form.getByLabel('Country').selectOption({ label: 'Thailand' });
    await form.getByLabel('Province').selectOption({ label: PROVINCE });
    await form
      .getByLabel('The intervention it proposes')
      .fill('Information points in 12 villages, run with the labour office.');
    await form.getByLabel('Funding asked for').fill('USD 180,000');
    await form.getByLabel('Duration (months)').fill('18');
    const evidence = form.getByRole('group', { name: '1. Evidence base' });
    await evidence.getByLabel('Answer').fill('Removals and arrests in the province this year.');
    await evidence.getByLabel('Judgement').selectOption({ label: 'Partly met' });
    await form.getByRole('button', { name: 'Save the checklist' }).click();

    const view = page.getByRole('region', { name: TITLE });
    await view.waitFor();
    await view.getByText('Partly met', { exact: true }).waitFor();
    await view
      .getByRole('list', { name: "Lantern's figures: Evidence base" })
      .getByText(`0 presumed victims identified in ${PROVINCE} in ${YEAR}`)
      .waitFor();
    await view
      .getByRole('list', { name: "Lantern's figures: Links to other activities" })
      .getByText(`fewer than 11 arrests in ${PROVINCE} in ${YEAR}`)
      .waitFor();
    const checklistPdf = await view.getByRole('link', { name: 'Download as PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${checklistPdf}`);
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await renderedPages(bytes)).map((p) => p.text).join('\n');
    expect(text).toContain(TITLE);
    expect(text).toContain(`fewer than 11 arrests in ${PROVINCE} in ${YEAR}`);

    // Listed with its assessment.
    await page.getByRole('link', { name: 'All checklists' }).click();
    const listed = page.getByRole('row', { name: new RegExp(`^${TITLE}`) });
    await listed.getByText(`${PROVINCE}, Thailand`).waitFor();
    await listed.getByText('0 met, 1 partly met, 0 not met, 10 not known').waitFor();

    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
