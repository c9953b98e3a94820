import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..');
const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/#\/welcome\/([A-Za-z0-9_-]+)/;

export interface RunningServer {
  baseUrl: string;
  /** The first administrator's one-time sign-in link, as printed on the console. */
  link: string;
  token: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Builds the browser app when it has not been built; the server serves only what exists when it starts. */
export function ensureWebBuilt(): void {
  if (existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return;
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

/** Starts `lantern serve` on a free port with a fresh embedded database, and waits for its sign-in link. */
export async function startServer(args: string[] = [], timeoutMs = 60_000): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    LANTERN_DATA_DIR: dataDir,
    LANTERN_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.LANTERN_SECRET_KEY;
  delete env.HOST;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'lantern.js'), 'serve', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const stop = () => stopServer(child, dataDir);
  try {
    const match = await waitFor(
      () => LINK.exec(out),
      child,
      timeoutMs,
      () => out,
    );
    const [link, port, token] = match as unknown as [string, string, string];
    return { baseUrl: `http://127.0.0.1:${port}`, link, token, output: () => out, stop };
  } catch (e) {
    await stop();
    throw e;
  }
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

async function stopServer(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** A new page that collects browser errors (console errors and uncaught exceptions) into `problems`. */
export async function watchedPage(browser: Browser, viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser.newContext({ viewport });
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
