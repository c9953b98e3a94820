#!/usr/bin/env node
// Makes sure the browser tests have a Chromium (before `npm test`): Debian's at /usr/bin/chromium, or the one
// LANTERN_CHROMIUM names. When it is missing and this runs as root with apt-get, installs Debian's `chromium`;
// otherwise stops with one line saying how. `--dry-run` says what it would do and changes nothing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const APT_GET = '/usr/bin/apt-get';

/** The Chromium the browser tests launch. */
export function chromiumPath(env = process.env) {
  return env.LANTERN_CHROMIUM || DEFAULT_CHROMIUM;
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One line telling how to provide the Chromium at `path`. */
export function howToInstall(path) {
  return path === DEFAULT_CHROMIUM
    ? `Browser tests need Chromium at ${path}: install it with \`sudo apt-get install chromium\`, or set LANTERN_CHROMIUM to a Chromium executable.`
    : `Browser tests need Chromium at ${path} (LANTERN_CHROMIUM): point LANTERN_CHROMIUM at a Chromium executable, or unset it to use Debian's (\`sudo apt-get install chromium\`).`;
}

/**
 * What to do about Chromium: 'present', 'install' (root, with apt-get) or 'refuse' (say how, in one line).
 * An apt install gives /usr/bin/chromium; `LANTERN_CHROMIUM=/nonexistent` exercises this logic without removing it.
 */
export function plan({
  path = chromiumPath(),
  isRoot = process.getuid?.() === 0,
  hasApt = executable(APT_GET),
} = {}) {
  if (executable(path)) return 'present';
  return isRoot && hasApt ? 'install' : 'refuse';
}

function main() {
  const dryRun = process.argv.includes('--dry-run');
  const path = chromiumPath();
  const action = plan({ path });
  if (action === 'present') {
    if (dryRun) process.stdout.write(`Chromium for the browser tests: ${path}\n`);
    return;
  }
  if (action === 'refuse') {
    process.stderr.write(`${howToInstall(path)}\n`);
    process.exit(1);
  }
  const steps = [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ];
  process.stdout.write(`Installing Debian's Chromium for the browser tests (apt-get install chromium)…\n`);
  if (dryRun) {
    for (const args of steps) process.stdout.write(`would run: ${APT_GET} ${args.join(' ')}\n`);
    return;
  }
  try {
    for (const args of steps) {
      execFileSync(APT_GET, args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    }
  } catch {
    process.stderr.write(`apt-get could not install chromium (see above). ${howToInstall(path)}\n`);
    process.exit(1);
  }
  if (!executable(path)) {
    process.stderr.write(`${howToInstall(path)}\n`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
