import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./src/db/test-global-setup.ts'],
    // A worker per core (Vitest leaves one core idle by default): the database tests are CPU-bound in their
    // worker (PGlite), so on two cores this halves the run.
    maxWorkers: availableParallelism(),
    // The unit and database tests share each worker's loaded modules from file to file instead of loading them
    // again for each (about 30% of their processor time went to that). They keep no state in modules between
    // files: each makes its own database and app, and registers its keys on it.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The `lantern` command prints in the language of the locale: the commands the tests run speak English,
    // whatever the machine's locale (the tests of the other languages set their own).
    env: { LANTERN_LANG: 'en' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'db', include: ['src/**/*.db.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          // One file at a time: the first builds the demo template the others copy. Two at a time saved 95 s of a
          // CI run but made the map test's markers flicker out of layout under the load (a failed run): not worth it.
          fileParallelism: false,
          maxWorkers: 1,
          // One process for every file, as the unit and database tests do: each file starts its own server and
          // Chromium and stops them, and a new process a file cost about 1.4 s of processor time to load Vitest
          // and Playwright again.
          isolate: false,
          testTimeout: 90_000,
          // Loading the demo into a fresh data folder takes about a minute on a busy two-core machine.
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
