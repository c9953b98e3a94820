import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchChromium, type RunningServer, startServer } from './lantern-server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('demo mode in the browser', () => {
  it('lists the demo users by agency and signs in as one with a click, under a banner on every page', async () => {
    expect(server.firstStartOutput()).toMatch(/Demo loaded: \d+ demo users/);
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/#/signin`);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/Demo/);
    await page.getByRole('heading', { name: 'Try it as a member of staff' }).waitFor();
    await page.getByRole('heading', { name: /Anti-Trafficking Police Division/ }).waitFor();
    await page.getByRole('button', { name: /Intelligence analyst/ }).click();
    await page.getByText('Signed in as').waitFor();
    expect(await page.getByRole('note').textContent()).toMatch(/Demo/);
    await expect
      .poll(() => page.getByRole('navigation').getByRole('link', { name: 'Intelligence' }).count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/demo-home-tablet.png' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Lantern' }).waitFor();
    await page.getByRole('button', { name: /Labour inspector/ }).click();
    await page.getByText('Signed in as').waitFor();
    expect(await page.getByText('Kanya Thongdee').count()).toBeGreaterThan(0);
    await context.close();
  });
});
