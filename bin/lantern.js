#!/usr/bin/env node
// Entry point of the `lantern` command: runs the TypeScript sources through tsx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`Lantern needs Node.js 22.12 or newer; this is ${process.versions.node}.\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
