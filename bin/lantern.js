#!/usr/bin/env node
// Entry point of the `lantern` command: runs the TypeScript sources through tsx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`Lantern needs Node.js 22.12 or newer; this is ${process.versions.node}.\n`);
  process.exit(1);
}
// The world generator streams whatever the size, but V8 lets garbage pile up far beyond what is alive unless its
// heap has a ceiling: `world generate` runs under one, so its memory stays flat (measured by `npm run bench -- world`).
const HEAP_FLAG = '--max-old-space-size=';
if (
  process.argv[2] === 'world' &&
  process.argv[3] === 'generate' &&
  !process.execArgv.some((a) => a.startsWith(HEAP_FLAG))
) {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [`${HEAP_FLAG}384`, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
