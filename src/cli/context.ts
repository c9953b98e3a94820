import { sealPendingRows } from '../access/at-rest.ts';
import { migrateWithAuditKeys } from '../access/audit-upgrade.ts';
import { type Db, openDatabase } from '../db/connection.ts';
import { reMentionReports } from '../intel/mentions.ts';
import { rekeyNames } from '../intel/name-rekey.ts';
import { reTermReportItems } from '../intel/report-terms.ts';
import { type Config, ConfigError, loadConfig } from '../platform/config.ts';
import { failureMessage } from './failure.ts';
import { say, texts } from './language.ts';

/**
 * Loads settings (stopping with a readable list when they are wrong) and opens the migrated database, sealing
 * any row still in clear from before encryption at rest and indexing report items again for search when the way
 * they are indexed changed (the migrations could not: they have no key).
 */
export async function openContext(): Promise<{ config: Config; database: Db }> {
  const config = loadSettingsOrExit();
  const t = texts().upkeep;
  const note = (line: string) => process.stderr.write(`lantern: ${line}\n`);
  const database = await openDatabase(config);
  const { sealed: chain } = await migrateWithAuditKeys(database.db, config);
  // Name keys stored by an earlier version of the name rules are keyed again (names/, name-key.ts).
  const rekeyed = await rekeyNames(database.db);
  if (rekeyed?.changed) note(say(t.nameKeys, { count: rekeyed.changed }));
  if (chain) note(say(t.chainSealed, { count: chain.legacyEntries }));
  const sealed = await sealPendingRows(database, config.secretKeys);
  const n = Object.values(sealed).reduce((a, b) => a + b, 0);
  if (n > 0) note(say(t.rowsSealed, { total: n, ...sealed }));
  // Report items indexed for search by an earlier way of cutting text into terms are indexed again (with the key).
  const reTermed = await reTermReportItems(database.db, config.secretKeys);
  if (reTermed > 0) note(say(t.reTermed, { count: reTermed }));
  // Reports read for the entities they name by an earlier version of the finder, or never, are read again.
  const mentioned = await reMentionReports(database.db, config.secretKeys);
  if (mentioned > 0) note(say(t.mentioned, { count: mentioned }));
  return { config, database };
}

/**
 * The settings, or a stop (exit code 2) listing what is wrong with them: the heading in the command line's
 * language, each problem as the settings' check words it (a setting's name, what it must be, the value given).
 */
export function loadSettingsOrExit(): Config {
  const t = texts().common;
  try {
    return loadConfig(process.env, (m) =>
      process.stderr.write(`lantern: ${say(t.warning, { message: m })}\n`),
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${t.settingsInvalid}\n${e.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(2);
    }
    throw e;
  }
}

/** Runs a command body with an open database, closing it afterwards; prints failures without stack traces. */
export async function withContext(
  body: (ctx: { config: Config; database: Db }) => Promise<number | undefined>,
): Promise<void> {
  const ctx = await openContext();
  let code = 0;
  try {
    code = (await body(ctx)) ?? 0;
  } catch (e) {
    process.stderr.write(`lantern: ${failureMessage(e)}\n`);
    code = 1;
  } finally {
    await ctx.database.close();
  }
  process.exitCode = code;
}

export { ConfigError };
