import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../src/world/generate.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

const POLICE = 'Anti-Trafficking Police Division (demo)';
const LONG = 15 * 60_000;
const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-medium-'));

/** The four files of the medium world that import, in the order they are uploaded. */
const FILES = [
  { kind: 'calls', mapping: 'lantern', name: 'calls.csv' },
  { kind: 'transfers', mapping: 'lantern-transfers', name: 'transfers.csv' },
  { kind: 'crossings', mapping: 'lantern-crossings', name: 'crossings.csv' },
  { kind: 'tips', mapping: 'lantern-tips', name: 'tips.jsonl' },
] as const;

/** Data rows: non-empty lines, less the header line of a CSV file. */
const dataRows = (name: string) => {
  const lines = readFileSync(join(dir, name), 'utf8').split('\n');
  const count = lines.reduce((n, line) => (line.trim() === '' ? n : n + 1), 0);
  return name.endsWith('.csv') ? count - 1 : count;
};

let server: RunningServer;
let browser: Browser;
const rows = new Map<string, number>();

beforeAll(async () => {
  ensureWebBuilt();
  await generateWorld({ preset: 'medium', seed: 1, out: dir });
  for (const f of FILES) rows.set(f.name, dataRows(f.name));
  server = await startServer();
  browser = await launchChromium();
}, LONG);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const en = (n: number) => n.toLocaleString('en-US');
const count = (text: string) => Number(text.replaceAll(',', ''));

describe('the medium synthetic world through the browser', () => {
  it(
    'the analyst uploads its calls, transfers, crossings and tips and each imports completely',
    async () => {
      const { page, problems } = await watchedPage(browser, { width: 1280, height: 900 });
      await signInAsDemo(page, server.baseUrl, POLICE, /Nattaya Srisuk/);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Intelligence' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Intelligence' }).waitFor();
      await page.getByRole('tab', { name: 'Imports', exact: true }).click();

      const form = page.getByRole('form', { name: 'Import a file' });
      const jobIds = new Map<string, string>();
      const timings: string[] = [];
      for (const { kind, mapping, name } of FILES) {
        const expected = rows.get(name) ?? 0;
        await form.getByLabel('What the file holds').selectOption(kind);
        await form.getByLabel('Column mapping').selectOption(mapping);
        await form.getByLabel('File to import', { exact: true }).setInputFiles(join(dir, name));
        const started = Date.now();
        const answer = page.waitForResponse(
          (r) => r.request().method() === 'POST' && r.url().includes('/api/intel/imports?'),
          { timeout: 5 * 60_000 },
        );
        await form.getByRole('button', { name: 'Import', exact: true }).click();
        // The body of the answer is not kept by the browser after so large an upload: the job's id is read from
        // the progress view that the answer opens.
        expect((await answer).status()).toBe(202);
        const uploaded = Date.now();
        let jobId = '';
        await expect
          .poll(async () => {
            const id = await page
              .locator('section.import-progress > h3')
              .getAttribute('id', { timeout: 100 });
            jobId = id?.replace(/^progress-/, '') ?? '';
            return jobId !== '' && ![...jobIds.values()].includes(jobId);
          })
          .toBe(true);
        jobIds.set(name, jobId);

        // The progress of this job: the bar and the rows read so far, sampled until the report shows.
        const progress = page.locator(`section[aria-labelledby="progress-${jobId}"]`);
        const bar = progress.getByRole('progressbar', { name: 'Import progress' });
        const running = progress.getByText(/ rows read · [\d,]+ rows\/s/);
        const report = progress.getByText(/^Imported [\d,]+ rows of /);
        await bar.waitFor();
        const partial: { value: number; rows: number }[] = [];
        const until = Date.now() + 10 * 60_000;
        while (!(await report.isVisible()) && Date.now() < until) {
          const value = Number((await bar.getAttribute('value').catch(() => null)) ?? 'NaN');
          const text = await running.textContent({ timeout: 50 }).catch(() => null);
          const read = text ? count(/^([\d,]+) rows read/.exec(text)?.[1] ?? '0') : 0;
          if (value > 0 && value < 1 && read > 0) partial.push({ value, rows: read });
          await page.waitForTimeout(200);
        }
        expect(await report.textContent({ timeout: 1_000 })).toBe(
          `Imported ${en(expected)} rows of ${name}.`,
        );
        expect(await bar.getAttribute('value')).toBe('1');
        await progress.getByRole('heading', { name: 'Import finished' }).waitFor();
        // Rows only count up while the bar stays short of full (it stays short after the last row is read, while
        // the import indexes and links what it read).
        const seen = partial.map((p) => p.rows);
        expect(seen).toEqual([...seen].sort((a, b) => a - b));
        if (kind === 'calls') {
          expect(new Set(seen).size, 'distinct row counts seen while calls.csv imported').toBeGreaterThan(1);
          expect(Math.min(...seen), 'a count seen before the last row was read').toBeLessThan(expected);
          expect(Math.max(...seen)).toBeLessThanOrEqual(expected);
        }
        timings.push(
          `${name}: ${en(expected)} rows, upload ${uploaded - started} ms, import ${Date.now() - uploaded} ms, ` +
            `${partial.length} partial samples`,
        );
      }
      console.info(`medium world imports:\n  ${timings.join('\n  ')}`);

      // The list on the page: each job imported, every row of its file, none skipped.
      const list = page.getByRole('region', { name: 'Imports of your agency' });
      for (const { name } of FILES) {
        const job = list.getByRole('row', { name: new RegExp(name.replace('.', '\\.')) }).first();
        await job.getByText('Imported', { exact: true }).waitFor();
        const cells = job.getByRole('cell');
        await expect.poll(() => cells.nth(4).textContent()).toBe(en(rows.get(name) ?? 0));
        expect(await cells.nth(3).textContent()).toBe(en(rows.get(name) ?? 0));
        expect(await cells.nth(5).textContent()).toBe('0');
      }

      // The same through the API, with the page's session.
      const listed = await page.request.get(`${server.baseUrl}/api/intel/imports`);
      expect(listed.status()).toBe(200);
      const { jobs } = (await listed.json()) as {
        jobs: { id: string; status: string; rowsRead: number; rowsImported: number; rowsSkipped: number }[];
      };
      for (const { name } of FILES) {
        const job = jobs.find((j) => j.id === jobIds.get(name));
        const n = rows.get(name);
        expect(job, name).toMatchObject({
          status: 'completed',
          rowsRead: n,
          rowsImported: n,
          rowsSkipped: 0,
        });
        const one = await page.request.get(`${server.baseUrl}/api/intel/imports/${job?.id}`);
        expect(await one.json()).toMatchObject({ status: 'completed', rowsImported: n, badRows: [] });
      }

      expect(problems).toEqual([]);
    },
    LONG,
  );
});
