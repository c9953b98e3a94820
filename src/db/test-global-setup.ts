import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  dropSnapshots,
  migrateTestFolder,
  PGLITE_TEMPLATE_ENV,
  prepareServerTemplate,
  TEST_RUN_ENV,
  testFolderRoot,
} from './testing.ts';

/**
 * Once per test run: with DATABASE_URL set, the database tests run on that server from a migrated template built
 * here; without it, each test file's embedded databases are copies of a migrated data folder made here, in a
 * folder of the run's own that its end removes (with every copy and snapshot in it), instead of every file
 * migrating one of its own.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  // The run's name, for the snapshot templates its files make on a server (dropped at its end).
  process.env[TEST_RUN_ENV] = String(process.pid);
  if (url) {
    await prepareServerTemplate(url);
    return async () => {
      await dropSnapshots(url);
    };
  }
  sweepLeftFolders(testFolderRoot());
  const root = mkdtempSync(path.join(testFolderRoot(), `lantern-test-${process.pid}-`));
  const template = path.join(root, 'template');
  await migrateTestFolder(template);
  process.env[PGLITE_TEMPLATE_ENV] = template;
  return async () => {
    rmSync(root, { recursive: true, force: true });
  };
}

/** Removes the folders of earlier runs that were killed before their end (their process is gone). */
function sweepLeftFolders(where: string): void {
  for (const name of readdirSync(where)) {
    const pid = /^lantern-test-(\d+)-/.exec(name)?.[1];
    if (!pid || alive(Number(pid))) continue;
    rmSync(path.join(where, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
