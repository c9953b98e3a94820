import type { Page } from 'playwright-core';
import { setUpKit } from './field-kit-helpers.ts';

// The demo's operation KESTREL in the browser, as the operations tests reach it.

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** Opens KESTREL from the list of the user's operations (on a phone, through the menu). */
export async function openKestrel(page: Page, phone = false) {
  if (phone) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
  await page.getByRole('region', { name: 'Your operations' }).getByRole('link', { name: 'KESTREL' }).click();
  await heading(page, 'Operation KESTREL').waitFor();
}

/**
 * Opens KESTREL's execution screen from its page. The first time on a phone the field kit is set up: what it keeps
 * offline is sealed with this passphrase.
 */
export async function openExecution(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Open the execution screen' }).click();
  await setUpKit(page, 'kestrel phone passphrase');
  await heading(page, 'KESTREL: execution').waitFor();
}
