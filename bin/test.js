#!/usr/bin/env node
// `npm test`: every test. Vitest runs a project limited to one worker (the browser tests, one file at a time) only
// after the others have finished, so on a two-core machine the browser tests' waits on the server and Chromium
// were left idle beside the database tests. Here the browser tests run in one Vitest process and the unit and
// database tests in another, side by side, the latter at a lower priority; the run fails if either fails. With
// LANTERN_TEST_POSTGRES set to a server's URL (as CI sets it), the database tests then run again on that server,
// started as soon as the first of the two runs ends. With arguments (`npm test -- path`), one Vitest runs them as
// given.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);

/**
 * Runs Vitest with `extra`, each line of its output behind `label`, at `niceness` (its workers inherit it); resolves
 * to its exit code.
 */
function run(extra, label, niceness = 0, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', ...extra], {
      cwd: root,
      stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    if (niceness && child.pid)
      try {
        setPriority(child.pid, niceness);
      } catch {
        // Not allowed here: the run goes on at the usual priority.
      }
    if (label)
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.on('data', (d) => {
          const lines = (rest + d.toString()).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(`${label} ${line}\n`);
        });
        stream.on('end', () => rest && process.stdout.write(`${label} ${rest}\n`));
      }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The browser tests in one process, the unit and database tests in another, then the server's database tests. */
async function everything() {
  const browser = run(['--project', 'browser'], '[browser]');
  // The browser tests are the longest chain (a file at a time, each waiting on the server and Chromium): the
  // unit and database tests yield the processor to them and take what they leave idle.
  const local = run(['--project', 'unit', '--project', 'db'], '[unit+db]', 10);
  const server = process.env.LANTERN_TEST_POSTGRES;
  // On a server too: started when the first of the two runs ends, so that two runs share the processor all along.
  // (Run beside both from the start, one file at a time, it ended no sooner and slowed the browser tests down.)
  const again = server
    ? Promise.race([browser, local]).then(() =>
        run(['--project', 'db'], '[postgres]', 10, { DATABASE_URL: server }),
      )
    : Promise.resolve(0);
  return Promise.all([browser, local, again]);
}

const codes = args.length ? [await run(args, null)] : await everything();
const failed = codes.some((c) => c !== 0);
if (!args.length)
  console.log(failed ? 'npm test: a test run failed (see above).' : 'npm test: every test passed.');
process.exit(failed ? 1 : 0);
