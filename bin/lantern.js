#!/usr/bin/env node
// Entry point of the `lantern` command: runs the TypeScript sources through tsx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`Lantern needs Node.js 22.12 or newer; this is ${process.versions.node}.\n`);
  process.exit(1);
}
// The world generator and bulk imports stream whatever the size, but V8 lets garbage pile up far beyond what is
// alive unless its heap has a ceiling: these commands run under one, so their memory stays flat (measured by
// `npm run bench -- world` and `npm run bench -- import-memory`); an import's live heap is about 45 MB, and a
// smaller young generation keeps its garbage from piling up between collections.
const HEAP_FLAG = '--max-old-space-size=';
const ceiling =
  process.argv[2] === 'world' && process.argv[3] === 'generate' ? 384 : process.argv[2] === 'import' ? 96 : 0;
if (ceiling > 0 && !process.execArgv.some((a) => a.startsWith(HEAP_FLAG))) {
  // The command runs in a child under the ceiling. Signals are passed on; and should this process be killed
  // outright, the child sees its channel close and stops too (an import then rolls back, as when killed itself).
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    [
      `${HEAP_FLAG}${ceiling}`,
      ...(ceiling < 128 ? ['--max-semi-space-size=4'] : []),
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, LANTERN_HEAP_CHILD: '1' } },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)));
} else {
  if (process.channel && process.env.LANTERN_HEAP_CHILD === '1') {
    process.channel.unref();
    process.on('disconnect', () => process.exit(137));
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
