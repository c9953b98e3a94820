#!/usr/bin/env node
// `npm run bench -- NAME [options]`: runs one benchmark (or all, without a name). Node.js 22.18 and newer runs
// the TypeScript sources itself, as bin/lantern.js does; an older 22 through tsx. (Registered here, tsx's loader
// was inherited by worker threads, which could not load it again: resolution's workers never started.)
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../bench/run.ts');
