import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

// A name in Thai script, typed in the browser with the screens in Thai: the analyst records a person as
// "สมชาย พรหมมา" and finds them by the Latin spelling "Somchai Phromma" in the one search box (the screens in Thai,
// the result in its own script); the prosecutor, also working in Thai, types the same name as a suspect of a case
// file and prints the file for court: the PDF holds the name in Thai script, drawn with its own font.

const NAME = 'สมชาย พรหมมา';
const LATIN = 'Somchai Phromma';
const POLICE = 'Anti-Trafficking Police Division (demo)';
const PROSECUTORS = 'Office of the Attorney General, Anti-Trafficking Unit (demo)';
const DESKTOP = { width: 1280, height: 900 };

/** A word of the Thai screens, read from the catalogue the app uses (`intel:search.field`). */
function th(key: string): string {
  const [ns, path] = key.split(':') as [string, string];
  const file = join(import.meta.dirname, '..', 'web', 'src', 'i18n', 'locales', 'th', `${ns}.json`);
  let at: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of path.split('.')) at = (at as Record<string, unknown>)[part];
  if (typeof at !== 'string') throw new Error(`no Thai words for ${key}`);
  return at;
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

/** Switches the screens to Thai with the language picker in the top bar. */
async function toThai(page: Page) {
  await page.getByRole('banner').getByLabel('Language').selectOption('th');
  await page.getByRole('banner').getByLabel(th('common:language.label')).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('th');
}

describe('a Thai-script name, in the browser, in search and in a PDF', () => {
  it('is typed in Thai, found by its Latin spelling and printed in the court file', async () => {
    const analyst = await watchedPage(browser, DESKTOP);
    await signInAsDemo(analyst.page, server.baseUrl, POLICE, /Intelligence analyst/);
    await toThai(analyst.page);
    const nav = analyst.page.getByRole('navigation', { name: th('shell:nav.label') });
    const intelligence = th('shell:sections.intel.label');
    await nav.getByRole('link', { name: intelligence }).click();
    await analyst.page.getByRole('heading', { level: 1, name: intelligence }).waitFor();

    // The person recorded through the entities tab, typed in Thai script.
    const made = analyst.page.waitForResponse(
      (r) => r.url().endsWith('/api/intel/entities') && r.request().method() === 'POST',
    );
    await analyst.page.getByRole('tab', { name: th('intel:page.tabs.entities'), exact: true }).click();
    await analyst.page.getByLabel(th('intel:entities.type')).selectOption('person');
    await analyst.page.getByLabel(th('intel:entities.label'), { exact: true }).fill(NAME);
    await analyst.page.getByRole('button', { name: th('intel:entities.create') }).click();
    const entity = (await (await made).json()) as { id: string };
    await analyst.page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Found by the Latin spelling, the result shown in its Thai script.
    await nav.getByRole('link', { name: intelligence }).click();
    await analyst.page.getByLabel(th('intel:search.field')).fill(LATIN);
    await analyst.page.keyboard.press('Enter');
    const hit = analyst.page.getByRole('main').getByRole('link', { name: NAME }).first();
    await hit.waitFor();
    await hit.click();
    await analyst.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(analyst.page.url()).toContain(`#/intel/entities/${entity.id}`);
    expect(analyst.problems).toEqual([]);
    await analyst.context.close();

    // The prosecutor: a case file from the shared operation, the suspect typed in Thai, the court file printed.
    const prosecutor = await watchedPage(browser, DESKTOP);
    const page = prosecutor.page;
    await signInAsDemo(page, server.baseUrl, PROSECUTORS, /Prosecutor/);
    const api = `${server.baseUrl}/api/prosecution`;
    const ops = (await (await page.request.get(`${api}/operations`)).json()) as {
      operations: { id: string; codeName: string }[];
    };
    const op = ops.operations.find((o) => o.codeName === 'KINGFISHER');
    if (!op) throw new Error('KINGFISHER is not shared with the office');
    const opened = await page.request.post(`${api}/cases`, { data: { operationId: op.id } });
    expect(opened.status()).toBe(201);
    const { id: caseId } = (await opened.json()) as { id: string };
    await toThai(page);
    await page.goto(`${server.baseUrl}/#/prosecution/${caseId}`);
    const add = page.getByRole('form', { name: th('prosecution:suspects.addHeading') });
    await add.getByLabel(th('prosecution:suspects.name')).fill(NAME);
    const added = page.waitForResponse((r) => r.url().endsWith(`/cases/${caseId}/suspects`));
    await add.getByRole('button', { name: th('prosecution:suspects.add') }).click();
    expect((await added).status()).toBe(201);
    await page.getByRole('main').getByText(NAME).first().waitFor();

    // The screens' link asks for the file in their language.
    const link = await page.locator('a[href*="court-file.pdf"]').first().getAttribute('href');
    expect(link).toContain('lang=th');
    const pdf = await page.request.get(`${server.baseUrl}${link}`);
    expect(pdf.status()).toBe(200);
    const pages = await renderedPages(Buffer.from(await pdf.body()));
    const text = pages.map((p) => p.text).join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(NAME);
    // The PDF's text layer spells sara am (ำ) as its two marks: compare both in compatibility form.
    expect(text.normalize('NFKC')).toContain('สำนวนคดี'.normalize('NFKC'));
    expect(prosecutor.problems).toEqual([]);
    await prosecutor.context.close();
  });
});
