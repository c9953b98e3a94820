import type { Page } from 'playwright-core';
import { stepAt, totpCode } from '../src/access/totp.ts';

/**
 * Redeems a one-time link in `page`: a new password, then a new authenticator. Returns the authenticator's secret,
 * for the codes of later sign-ins.
 */
export async function setUpFromLink(page: Page, link: string, password: string): Promise<string> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Save password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Set up your authenticator' }).waitFor();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel('Six-digit code').fill(totpCode(secret, stepAt(Date.now())));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  return secret;
}

/**
 * Signs in with a user name, password and authenticator code. The code is the next step's, which the server takes
 * (one step either side) and which no earlier sign-in of this test used.
 */
export async function signInWithPassword(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
  secret: string,
) {
  await page.goto(`${baseUrl}/#/signin`);
  await page.reload();
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
  await page.getByLabel('Six-digit code').fill(totpCode(secret, stepAt(Date.now()) + 1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('Signed in as').waitFor();
}
