import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../web/src/i18n/languages.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
} from './lantern-server.ts';
import { axeViolations, englishDays, overflowing, systemFontText } from './screen-checks.ts';

// The main screens of every part of Lantern, as the demo user who works there, in each of the seven languages at
// tablet-landscape width: each screen's heading is no longer the English one, every character is drawn in a
// bundled font (no tofu, no system fallback), no text is cut off, the page is no wider than the window and no day
// is written in English; in English, axe-core finds no serious or critical accessibility violation. With
// LANTERN_SCREENSHOTS=1, screenshots of every screen go to /tmp/lantern-languages, to look at (119 of them cost
// about ten seconds of the test run, so they are not taken by default).

const VIEWPORT = { width: 1024, height: 768 };
const SHOTS = '/tmp/lantern-languages';
const SCREENSHOTS = process.env.LANTERN_SCREENSHOTS === '1';
const POLICE = 'Anti-Trafficking Police Division (demo)';
const SERVICES = 'Protection and Occupational Development Centre (demo)';

interface Staff {
  who: string;
  agency: string;
  role: RegExp;
  /** `#` paths of the screens this user works in. */
  screens: string[];
}

const STAFF: Staff[] = [
  {
    who: 'analyst',
    agency: POLICE,
    role: /Intelligence analyst/,
    screens: ['/', '/intel', '/intel/network', '/intel/map'],
  },
  { who: 'commander', agency: POLICE, role: /Thawatchai/, screens: ['/operations', '/evidence'] },
  {
    who: 'hotline',
    agency: 'Mekong Migrant Rights Network (demo)',
    role: /Hotline operator/,
    screens: ['/monitoring'],
  },
  {
    who: 'inspector',
    agency: 'Provincial Labour Protection Office, Samut Sakhon (demo)',
    role: /Labour inspector/,
    screens: ['/monitoring'],
  },
  { who: 'screener', agency: SERVICES, role: /Screening officer/, screens: ['/screening'] },
  { who: 'caseworker', agency: SERVICES, role: /Social worker Malee Saengthong/, screens: ['/protection'] },
  {
    who: 'prosecutor',
    agency: 'Office of the Attorney General, Anti-Trafficking Unit (demo)',
    role: /Prosecutor/,
    screens: ['/prosecution'],
  },
  {
    who: 'me',
    agency: 'Regional Coordination Office (demo)',
    role: /Monitoring and evaluation officer/,
    screens: ['/outcomes'],
  },
  { who: 'admin', agency: POLICE, role: /Agency administrator/, screens: ['/admin/users', '/audit'] },
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path` and waits until its heading is up, its data loaded and its fonts drawn. */
async function open(page: Page, path: string): Promise<string> {
  await page.goto(`${server.baseUrl}/#${path}`);
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await h1.waitFor();
  await networkQuiet(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return ((await h1.textContent()) ?? '').trim();
}

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight, for `networkQuiet`. */
function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** Waits until no request has been in flight for 150 ms (Playwright's 'networkidle' waits 500 ms, every screen). */
async function networkQuiet(page: Page): Promise<void> {
  const open = inFlight.get(page) ?? new Set();
  let quietSince = Date.now();
  for (;;) {
    await page.waitForTimeout(25);
    if (open.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 150) return;
  }
}

const slug = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';

describe('the main screens in seven languages', () => {
  for (const staff of STAFF) {
    it(`${staff.who}: ${staff.screens.join(', ')}`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      trackRequests(page);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await signInAsDemo(page, server.baseUrl, staff.agency, staff.role);
      const english = new Map<string, string>();
      for (const lang of LANGUAGE_CODES) {
        await page.evaluate((l) => localStorage.setItem('lantern.language', l), lang);
        // The language is read when the app starts: load it again.
        await page.reload();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        for (const path of staff.screens) {
          const title = await open(page, path);
          await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
          const where = `${lang} ${path}`;
          if (lang === 'en') {
            english.set(path, title);
            for (const v of await axeViolations(page)) problems.push(`${where}: ${v}`);
          } else {
            if (title === english.get(path)) problems.push(`${where}: the heading "${title}" is in English`);
            for (const d of await englishDays(page))
              problems.push(`${where}: a day written in English: ${d}`);
          }
          for (const t of await systemFontText(page)) problems.push(`${where}: drawn in a system font: ${t}`);
          for (const o of await overflowing(page)) problems.push(`${where}: cut off: ${o}`);
          if (SCREENSHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-${staff.who}-${slug(path)}.png` });
        }
      }
      await context.close();
      writeFileSync(`${SHOTS}/problems-${staff.who}.txt`, problems.join('\n'));
      expect(problems).toEqual([]);
    }, 600_000);
  }
});

/** A word of the screens in `lang`, read from the catalogue the app uses (`intel:reports.new.reportedOn`). */
function word(lang: string, key: string): string {
  const [ns, path] = key.split(':') as [string, string];
  const file = join(import.meta.dirname, '..', 'web', 'src', 'i18n', 'locales', lang, `${ns}.json`);
  let at: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of path.split('.')) at = (at as Record<string, unknown>)[part];
  if (typeof at !== 'string') throw new Error(`no words for ${key} in ${lang}`);
  return at;
}

describe('days in each language', () => {
  // What a user types in the day field of a new report, as their language writes 20 November 2026, what the field
  // then shows in the next language, and the day it hands on.
  const DAYS: [lang: string, typed: string, shown: string][] = [
    ['en', '11/20/2026', '11/20/2026'], // English follows the browser's own: US English here
    ['vi', '20/11/2026', '20/11/2026'],
    ['zh', '2026年11月20日', '2026/11/20'],
    ['th', '20/11/2569', '20/11/2569'],
    ['my', '၂၀/၁၁/၂၀၂၆', '20/11/2026'],
  ];
  it('are typed and shown in the order and era of the screens, whatever the browser speaks', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
    const page = await context.newPage();
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    for (const [lang, typed, shown] of DAYS) {
      await page.evaluate((l) => localStorage.setItem('lantern.language', l), lang);
      await open(page, '/intel');
      await page.reload();
      await page.getByRole('tab', { name: word(lang, 'intel:page.tabs.newReport'), exact: true }).click();
      const field = page.getByLabel(word(lang, 'intel:reports.new.reportedOn'), { exact: true });
      await field.fill('31/02/2026');
      expect(await field.evaluate((e: HTMLInputElement) => e.validity.valid), lang).toBe(false);
      await field.fill(typed);
      expect(await field.evaluate((e: HTMLInputElement) => e.validationMessage), lang).toBe('');
      // The day handed on is the one typed: the browser's own input (behind the calendar button) holds it.
      const native = page.locator('.date-input:has(input[placeholder]) .date-native').first();
      expect(await native.inputValue(), lang).toBe('2026-11-20');
      expect(await field.inputValue()).toBe(typed);
      await field.fill('');
      await field.fill(shown);
      expect(await native.inputValue()).toBe('2026-11-20');
    }
    await context.close();
  }, 180_000);
});
