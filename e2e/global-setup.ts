import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder that holds the demo data folder the browser tests copy (see demoTemplate in lantern-server.ts). */
    lanternDemoTemplate: string;
  }
}

/**
 * Gives the browser tests one folder for the demo template, built by the first test that starts a demo and
 * copied by the others, so the demo is loaded once per run; removes it when the run ends.
 */
export default function setup(project: TestProject): () => void {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    // `npm test` installs it when it may (bin/ensure-browser.js); a run started otherwise says how, in one line.
    throw new Error(
      `No Chromium at ${CHROMIUM} for the browser tests: run \`node bin/ensure-browser.js\` (installs Debian's chromium as root) or set LANTERN_CHROMIUM.`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'lantern-e2e-demo-'));
  project.provide('lanternDemoTemplate', root);
  return () => rmSync(root, { recursive: true, force: true });
}
