#!/usr/bin/env node
// `npm test`: every test. Vitest runs a project limited to one worker (the browser tests, one file at a time) only
// after the others have finished, so on a two-core machine the browser tests' waits on the server and Chromium
// were left idle beside the database tests. Here the browser tests run in one Vitest process and the unit and
// database tests in another, side by side, the latter at a lower priority; the run fails if either fails. With
// LANTERN_TEST_POSTGRES set to a server's URL (as CI sets it), the database tests then run again on that server in
// the second process, while the browser tests go on. With arguments (`npm test -- path`), one Vitest runs them as
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

const codes = args.length
  ? [await run(args, null)]
  : await Promise.all([
      run(['--project', 'browser'], '[browser]'),
      // The browser tests are the longest chain (a file at a time, each waiting on the server and Chromium): the
      // unit and database tests yield the processor to them and take what they leave idle.
      run(['--project', 'unit', '--project', 'db'], '[unit+db]', 10).then(async (code) => {
        const server = process.env.LANTERN_TEST_POSTGRES;
        if (!server) return code;
        const again = await run(['--project', 'db'], '[postgres]', 10, { DATABASE_URL: server });
        return code || again;
      }),
    ]);
const failed = codes.some((c) => c !== 0);
if (!args.length)
  console.log(failed ? 'npm test: a test run failed (see above).' : 'npm test: every test passed.');
process.exit(failed ? 1 : 0);
