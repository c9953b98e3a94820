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
const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-imports-'));

let server: RunningServer;
let browser: Browser;
let rows = 0;

beforeAll(async () => {
  ensureWebBuilt();
  // Seed 3: not the file the demo already loaded.
  await generateWorld({ preset: 'demo', seed: 3, out: dir });
  rows = readFileSync(join(dir, 'calls.csv'), 'utf8').trim().split('\n').length - 1;
  server = await startServer();
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('imports from the browser', () => {
  it('the analyst uploads a file of calls, follows its progress, and finds the job in the list', async () => {
    const { page, problems } = await watchedPage(browser, { width: 1280, height: 900 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Nattaya Srisuk/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intelligence' }).waitFor();
    await page.getByRole('tab', { name: 'Imports', exact: true }).click();

    const form = page.getByRole('form', { name: 'Import a file' });
    await form.getByLabel('What the file holds').selectOption('calls');
    await expect.poll(() => form.getByLabel('Column mapping').inputValue()).toBe('lantern');
    await form.getByLabel('File to import', { exact: true }).setInputFiles(join(dir, 'calls.csv'));
    // Every value the bar takes is kept by an observer in the page, however fast the job ends.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { barValues: string[] }).barValues = seen;
      const read = () => {
        const bar = document.querySelector('progress[aria-label="Import progress"]');
        const value = bar?.getAttribute('value');
        if (value != null && seen.at(-1) !== value) seen.push(value);
      };
      new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await form.getByRole('button', { name: 'Import', exact: true }).click();

    // The bar moves from nothing to full.
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    const imported = page.getByText(`Imported ${rows.toLocaleString('en-US')} rows of calls.csv.`);
    await imported.waitFor({ timeout: 45_000 });
    await imported.waitFor({ timeout: 1_000 });
    expect(await bar.getAttribute('value')).toBe('1');
    const seen = await page.evaluate(() => (window as unknown as { barValues: string[] }).barValues);
    expect(seen.at(-1)).toBe('1');
    expect(seen.some((v) => Number(v) < 1)).toBe(true);

    const list = page.getByRole('region', { name: 'Imports of your agency' });
    const job = list.getByRole('row', { name: /calls\.csv/ }).first();
    await job.getByText('Imported', { exact: true }).waitFor();
    await expect.poll(() => job.getByRole('cell').nth(4).textContent()).toBe(rows.toLocaleString('en-US'));

    expect(problems).toEqual([]);
  }, 60_000);
});
