import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM } from './chromium.ts';

export const ROOT = join(import.meta.dirname, '..');
const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/#\/welcome\/([A-Za-z0-9_-]+)/;

export interface RunningServer {
  baseUrl: string;
  /** The first administrator's one-time sign-in link, as printed on the console. */
  link: string;
  token: string;
  output: () => string;
  /** What `serve` printed on the first start on this data folder: the demo template's when it is a copy. */
  firstStartOutput: () => string;
  stop: () => Promise<void>;
}

/**
 * Builds the browser app when it has not been built; the server serves only what exists when it starts. A build
 * named by LANTERN_WEB_DIR (which the server is given too) is used as it is.
 */
export function ensureWebBuilt(): void {
  if (existsSync(join(process.env.LANTERN_WEB_DIR || join(ROOT, 'web', 'dist'), 'index.html'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    },
  );
}

/**
 * Starts `lantern serve` on a free port and waits for its sign-in link. With `--no-demo` the embedded database
 * starts empty; otherwise it starts from a copy of the demo template, a data folder on which `serve` has
 * already loaded the demo once this run (the copy issues its own one-time link: the first administrator has
 * not signed in yet).
 */
export async function startServer(args: string[] = [], timeoutMs = 60_000): Promise<RunningServer> {
  const template = args.includes('--no-demo') ? null : await demoTemplate(timeoutMs);
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  try {
    if (template) cpSync(template.dataDir, dataDir, { recursive: true });
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  // The key stays outside the data folder; a copy of the template opens with the template's key.
  const keyFile = template ? templateKey(template.dataDir) : `${dataDir}.key`;
  const { child, out, match } = await launch(dataDir, args, timeoutMs, keyFile);
  const [link, port, token] = match;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    link,
    token,
    output: out,
    firstStartOutput: template ? () => template.output : out,
    stop: async () => {
      await terminate(child);
      rmSync(dataDir, { recursive: true, force: true });
      if (!template) rmSync(keyFile, { force: true });
    },
  };
}

const templateKey = (templateDataDir: string) => join(dirname(templateDataDir), 'secret.key');

/** Spawns `lantern serve` on `dataDir` and waits for its sign-in link; stops it and removes `dataDir` on failure. */
async function launch(dataDir: string, args: string[], timeoutMs: number, keyFile: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    LANTERN_DATA_DIR: dataDir,
    LANTERN_KEY_FILE: keyFile,
    LANTERN_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.LANTERN_SECRET_KEY;
  delete env.LANTERN_RETIRED_KEYS;
  delete env.HOST;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'lantern.js'), 'serve', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => {
    text += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    text += d.toString();
  });
  const out = () => text;
  try {
    const match = await waitFor(() => LINK.exec(text), child, timeoutMs, out);
    return { child, out, match: match as unknown as [string, string, string] };
  } catch (e) {
    await terminate(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The demo template of this run: built by the first caller (under a lock, should test files ever run in
 * parallel), reused by the others. Null when the browser project's global setup did not provide a folder for
 * it (the caller then loads the demo itself).
 */
async function demoTemplate(timeoutMs: number): Promise<{ dataDir: string; output: string } | null> {
  const root = inject('lanternDemoTemplate');
  if (!root) return null;
  const dataDir = join(root, 'data');
  const log = join(root, 'first-start.log');
  const ready = join(root, 'ready');
  const lock = join(root, 'lock');
  const until = Date.now() + 2 * timeoutMs;
  for (;;) {
    if (existsSync(ready)) return { dataDir, output: readFileSync(log, 'utf8') };
    if (takeLock(lock)) {
      try {
        if (!existsSync(ready)) {
          writeFileSync(log, await buildTemplate(dataDir, timeoutMs));
          writeFileSync(ready, '');
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else {
      if (Date.now() > until)
        throw new Error(`The demo template in ${root} was not ready within ${2 * timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const takeLock = (lock: string) => {
  try {
    mkdirSync(lock);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
};

/** Starts `serve` on an empty `dataDir`, which loads the demo, then stops it cleanly; returns what it printed. */
async function buildTemplate(dataDir: string, timeoutMs: number): Promise<string> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const { child, out } = await launch(dataDir, [], timeoutMs, templateKey(dataDir));
  // Its clean stop matters (the copies start from what it wrote): after loading the demo on a busy machine, closing
  // the database can take longer than a test server's 10 s (a CI run's template was killed at 10 s).
  const code = await terminate(child, 120_000);
  if (!/Demo loaded: /.test(out()) || code !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`Building the demo template failed (exit ${code}):\n${out()}`);
  }
  return out();
}

async function waitFor<T>(probe: () => T | null, child: ChildProcess, timeoutMs: number, out: () => string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = probe();
    if (found) return found;
    if (child.exitCode !== null) throw new Error(`lantern serve exited with ${child.exitCode}:\n${out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No sign-in link from lantern serve within ${timeoutMs} ms:\n${out()}`);
}

/**
 * Stops the server with SIGTERM (SIGKILL after `graceMs`, 10 s unless told) and returns its exit code (null when
 * killed by a signal).
 */
async function terminate(child: ChildProcess, graceMs = 10_000): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  return child.exitCode;
}

/** Chromium (Debian's, or LANTERN_CHROMIUM), headless, with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      ...(process.env.XARGS ? process.env.XARGS.split(' ') : []),
    ],
  });
  // The app registers a service worker that precaches about 8.5 MB; only the field kit's tests need it (they ask
  // for it with `serviceWorkers: 'allow'`). Every other context goes without, as a browser that has not installed
  // the app yet: a page's register() then does nothing, and the suite does not download the app once a context.
  const open = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => open({ serviceWorkers: 'block', ...options });
  return browser;
}

/**
 * A new page that collects browser errors (console errors and uncaught exceptions) into `problems`; with
 * `serviceWorkers: 'allow'`, the app's service worker is installed (the field kit's tests).
 */
export async function watchedPage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { serviceWorkers?: 'allow' | 'block' } = {},
) {
  const context: BrowserContext = await browser.newContext({ viewport, ...options });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return { context, page, problems };
}

/** Signs in with one click as the demo user of `role` in `agency` (demo mode), and waits for the home page. */
export async function signInAsDemo(page: Page, baseUrl: string, agency: string, role: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/#/signin`);
  const group = page.locator('.demo-agency', { has: page.getByRole('heading', { name: agency }) });
  await group.getByRole('button', { name: role }).click();
  await page.getByText('Signed in as').waitFor();
}
