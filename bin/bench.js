#!/usr/bin/env node
// `npm run bench -- NAME [options]`: runs one benchmark (or all, without a name) through tsx.
const { register } = await import('tsx/esm/api');
register();
await import('../bench/run.ts');
