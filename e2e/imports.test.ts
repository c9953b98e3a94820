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
    await form.getByRole('button', { name: 'Import', exact: true }).click();

    // The bar moves from nothing to full; the values seen on the way are kept.
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    const seen = new Set<string>();
    const imported = page.getByText(`Imported ${rows.toLocaleString('en-US')} rows of calls.csv.`);
    const until = Date.now() + 45_000;
    while (!(await imported.isVisible()) && Date.now() < until) {
      seen.add((await bar.getAttribute('value').catch(() => null)) ?? '');
      await page.waitForTimeout(100);
    }
    await imported.waitFor({ timeout: 1_000 });
    expect(await bar.getAttribute('value')).toBe('1');
    expect([...seen].some((v) => v !== '1')).toBe(true);

    const list = page.getByRole('region', { name: 'Imports of your agency' });
    const job = list.getByRole('row', { name: /calls\.csv/ }).first();
    await job.getByText('Imported', { exact: true }).waitFor();
    await expect.poll(() => job.getByRole('cell').nth(4).textContent()).toBe(rows.toLocaleString('en-US'));

    expect(problems).toEqual([]);
  }, 60_000);
});
