import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadConfig } from '../platform/config.ts';
import { type TestApp, testAppOn } from '../server/testing.ts';
import { sealPendingRows } from './at-rest.ts';

/** A data folder on disk and, beside it (never in it), its key file. */
export function diskFolder(): { root: string; dataDir: string; keyFile: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'lantern-at-rest-'));
  return {
    root,
    dataDir: join(root, 'data'),
    keyFile: join(root, 'keys', 'lantern.key'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A whole server on an embedded database in a folder on disk, started as `lantern serve` starts it (migrate, seal
 * rows left in clear, build the app), with a clock the test moves. Closing it shuts PGlite down cleanly.
 */
export async function startDiskApp(
  folder: { dataDir: string; keyFile: string },
  now = Date.now(),
): Promise<TestApp> {
  const config = loadConfig(
    {
      LANTERN_DATA_DIR: folder.dataDir,
      LANTERN_KEY_FILE: folder.keyFile,
      LANTERN_WEB_DIR: '/nonexistent-lantern-web',
      // inject() sends `Host: localhost:80`.
      PORT: '80',
    },
    () => {},
  );
  const database = await openDatabase({ dataDir: config.dataDir });
  await migrateToLatest(database.db);
  await sealPendingRows(database, config.secretKeys);
  return testAppOn(config, database, { now });
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) yield* filesUnder(path);
    else if (s.isFile()) yield path;
  }
}

/**
 * Scans every file under `dir` as raw bytes for each value in UTF-8; returns, for each value found, the files
 * (relative to `dir`) that hold it. Also counts the files and bytes read, so a test can show it read the WAL.
 */
export function scanFolder(dir: string, values: Record<string, string>) {
  const found: Record<string, string[]> = {};
  const needles = Object.entries(values).map(([name, v]) => [name, Buffer.from(v, 'utf8')] as const);
  let files = 0;
  let bytes = 0;
  const read: string[] = [];
  for (const file of filesUnder(dir)) {
    const buf = readFileSync(file);
    files++;
    bytes += buf.length;
    read.push(relative(dir, file));
    for (const [name, needle] of needles)
      if (buf.includes(needle)) found[name] = [...(found[name] ?? []), relative(dir, file)];
  }
  return { found, files, bytes, read };
}
