#!/usr/bin/env node
// Entry point of the `lantern` command: runs the TypeScript sources on Node.js 22.12 or newer.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const [major, minor] = process.versions.node.split('.').map(Number);
const tooOld = major < 22 || (major === 22 && minor < 12);
// `npm install` brings Node.js 22 (the `node` dependency) into node_modules/.bin, which npm scripts and npx put
// first on PATH; a command started directly by an older node runs itself again on that one.
const projectNode = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'node');

// The world generator and bulk imports stream whatever the size, but V8 lets garbage pile up far beyond what is
// alive unless its heap has a ceiling: these commands run under one, so their memory stays flat (measured by
// `npm run bench -- world` and `npm run bench -- import-memory`); an import's live heap is about 45 MB, and a
// smaller young generation keeps its garbage from piling up between collections.
const HEAP_FLAG = '--max-old-space-size=';
// Imports of records that name people resolve them afterwards, which holds the records in memory (about 2 GB for
// a million): those run under a ceiling that allows it.
const RESOLVED_AFTER = new Set(['subscribers', 'transfers', 'crossings', 'accounts']);
// Commands that run long: the server, and those that work through whole files or the whole database.
const THROUGH_DATA = new Set(['serve', 'import', 'world', 'resolve', 'backup', 'restore']);
const THROUGH_DATA_SUB = new Set(['import-ftm', 'export-ftm', 'rotate']);
// The command's words, after a `--lang <code>` (the language of its output) given before them.
const args = process.argv.slice(2);
if (args[0] === '--lang') args.splice(0, 2);
else if (args[0]?.startsWith('--lang=')) args.shift();
const ceiling =
  args[0] === 'world' && args[1] === 'generate'
    ? 384
    : args[0] === 'import'
      ? RESOLVED_AFTER.has(args[1] ?? '')
        ? 4096
        : 96
      : 0;

/**
 * Runs this command again in a child (`node` with `flags`), passing signals on and exiting as it exits; should
 * this process be killed outright, the child sees its channel close and stops too (an import then rolls back,
 * as when killed itself).
 */
function runInChild(node, flags) {
  const child = spawn(node, [...flags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LANTERN_CHILD: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)));
}

if (process.channel && process.env.LANTERN_CHILD === '1') {
  process.channel.unref();
  process.on('disconnect', () => process.exit(137));
}
if (tooOld) {
  if (process.env.LANTERN_CHILD !== '1' && existsSync(projectNode)) {
    runInChild(projectNode, []);
  } else {
    process.stderr.write(
      `Lantern needs Node.js 22.12 or newer; this is ${process.versions.node}. Run \`npm install\` in Lantern's folder ` +
        '(it brings Node.js 22), then `npm start` or `npx lantern`.\n',
    );
    process.exit(1);
  }
} else if (ceiling > 0 && !process.execArgv.some((a) => a.startsWith(HEAP_FLAG))) {
  runInChild(process.execPath, [
    `${HEAP_FLAG}${ceiling}`,
    ...(ceiling < 128 ? ['--max-semi-space-size=4'] : []),
  ]);
} else {
  // A short command's embedded database (WebAssembly) stays at V8's baseline tier instead of being compiled again
  // by the optimising one, work that a command of a few seconds never earns back: `agency add` took 1.2 s of
  // processor time instead of 2.2 s, a migration 3.5 s instead of 4.9 s. The server and the commands that work
  // through whole files or the whole database keep V8's tiering: it pays there (a million calls imported in 40 s
  // of processor time, 47 s at the baseline tier).
  if (!THROUGH_DATA.has(args[0] ?? '') && !THROUGH_DATA_SUB.has(args[1] ?? ''))
    setFlagsFromString('--liftoff-only');
  // Node.js 22.18 and newer runs the TypeScript sources itself (they use only erasable syntax: tsconfig.json's
  // erasableSyntaxOnly); an older 22 through tsx, whose loader costs about 0.4 s a command.
  if (!process.features.typescript) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  await import('../src/cli/main.ts');
}
