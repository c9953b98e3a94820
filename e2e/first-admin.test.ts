import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepAt, totpCode } from '../src/access/totp.ts';
import { ensureWebBuilt, launchChromium, type RunningServer, startServer } from './lantern-server.ts';

const PASSWORD = 'correct horse battery staple 42';
const TABLET = { width: 768, height: 1024 };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer(['--no-demo']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A code for a step after `usedStep`: the server refuses a step it has already accepted. */
function freshCode(secret: string, usedStep: number): { code: string; step: number } {
  const now = stepAt(Date.now());
  // The server accepts one step ahead for clock drift, so the next step can be used at once.
  const step = now > usedStep ? now : usedStep + 1;
  return { code: totpCode(secret, step), step };
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

describe('first administrator in a real browser', () => {
  it('sets up the account from the one-time link, signs out and in again, and verifies the audit chain', async () => {
    const context = await browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(server.link);
    await heading(page, 'Choose your password').waitFor();
    expect(page.url()).not.toContain(server.token);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();

    await heading(page, 'Set up your authenticator').waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByLabel(/setup address/).inputValue()).resolves.toMatch(/^otpauth:\/\/totp\//);
    const enrolStep = stepAt(Date.now());
    await page.getByLabel('Six-digit code').fill(totpCode(secret, enrolStep));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();

    await heading(page, 'Home').waitFor();
    await page.getByText('Signed in as First administrator').waitFor();
    await expect(page.getByRole('banner').getByText('First administrator').isVisible()).resolves.toBe(true);
    for (const name of ['Home', 'Users & agencies', 'Audit log']) {
      await expect(nav(page).getByRole('link', { name }).isVisible()).resolves.toBe(true);
    }
    await expect(nav(page).getByRole('link', { name: 'Intelligence' }).count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/home-tablet.png', fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in to Lantern').waitFor();
    await page.getByText('You have signed out.').waitFor();

    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Enter your code').waitFor();
    const second = freshCode(secret, enrolStep);
    await page.getByLabel('Six-digit code').fill(second.code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Home').waitFor();

    await nav(page).getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log').waitFor();
    await page.getByRole('cell', { name: 'auth.link', exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/^The chain is intact: \d+ entries checked/).waitFor();

    await nav(page).getByRole('link', { name: 'Users & agencies' }).click();
    await heading(page, 'Users & agencies').waitFor();
    await page.getByRole('rowheader', { name: 'First administrator' }).waitFor();
    await page.getByLabel('Full name').fill('Audit Reviewer');
    await page.getByLabel('User name', { exact: true }).fill('reviewer');
    await page.getByRole('checkbox', { name: 'Auditor' }).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Account created for Audit Reviewer' }).waitFor();
    await expect(page.getByLabel('Sign-in link').inputValue()).resolves.toMatch(
      /#\/welcome\/[A-Za-z0-9_-]+$/,
    );
    await page.getByRole('rowheader', { name: 'Audit Reviewer' }).waitFor();

    // The session ends elsewhere: the next call answers 401 and the app returns to sign-in with a notice.
    await page.request.post(`${server.baseUrl}/api/auth/sign-out`);
    await nav(page).getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Sign in to Lantern').waitFor();
    await page.getByText('Your session has ended. Sign in again.').waitFor();

    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    await context.close();
  });

  it('refuses a wrong password with a message and starts no session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await heading(page, 'Sign in to Lantern').waitFor();
    expect(page.url()).toMatch(/#\/signin$/);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Sign-in failed. Check your details, or wait a while and try again.').waitFor();
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    await expect(heading(page, 'Sign in to Lantern').isVisible()).resolves.toBe(true);
    const session = await page.request.get(`${server.baseUrl}/api/auth/session`);
    expect(await session.json()).toEqual({ signedIn: false, demo: false });
    expect((await context.cookies()).map((c) => c.name)).not.toContain('lantern_session');
    await context.close();
  });
});
