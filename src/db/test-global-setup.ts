import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  dropSnapshots,
  migratedPGliteImage,
  PGLITE_IMAGE_ENV,
  prepareServerTemplate,
  TEST_RUN_ENV,
} from './testing.ts';

/**
 * Once per test run: with DATABASE_URL set, the database tests run on that server from a migrated template built
 * here; without it, each test file's embedded databases load a migrated image written here, instead of every file
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
  const file = path.join(tmpdir(), `lantern-test-image-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await migratedPGliteImage()).arrayBuffer()));
  process.env[PGLITE_IMAGE_ENV] = file;
  return async () => {
    await rm(file, { force: true });
  };
}
