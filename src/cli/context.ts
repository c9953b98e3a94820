import { sealPendingRows } from '../access/at-rest.ts';
import { migrateWithAuditKeys } from '../access/audit-upgrade.ts';
import { type Db, openDatabase } from '../db/connection.ts';
import { reMentionReports } from '../intel/mentions.ts';
import { rekeyNames } from '../intel/name-rekey.ts';
import { reTermReportItems } from '../intel/report-terms.ts';
import { type Config, ConfigError, loadConfig } from '../platform/config.ts';

/**
 * Loads settings (stopping with a readable list when they are wrong) and opens the migrated database, sealing
 * any row still in clear from before encryption at rest and indexing report items again for search when the way
 * they are indexed changed (the migrations could not: they have no key).
 */
export async function openContext(): Promise<{ config: Config; database: Db }> {
  const config = loadSettingsOrExit();
  const database = await openDatabase(config);
  const { sealed: chain } = await migrateWithAuditKeys(database.db, config);
  // Name keys stored by an earlier version of the name rules are keyed again (names/, name-key.ts).
  const rekeyed = await rekeyNames(database.db);
  if (rekeyed?.changed)
    process.stderr.write(`lantern: ${rekeyed.changed} name keys rebuilt for the current name rules.\n`);
  if (chain)
    process.stderr.write(
      `lantern: the audit log's ${chain.legacyEntries} unkeyed entries were sealed with the key; take a checkpoint now (lantern audit checkpoint --out <a file kept elsewhere>).\n`,
    );
  const sealed = await sealPendingRows(database, config.secretKeys);
  const n = Object.values(sealed).reduce((a, b) => a + b, 0);
  if (n > 0)
    process.stderr.write(
      `lantern: sealed ${n} rows written in clear before encryption at rest (${sealed.screenings} screenings, ${sealed.referrals} referrals, ${sealed.protectionCases} protection cases, ${sealed.reports} reports, ${sealed.reportItems} report items).\n`,
    );
  // Report items indexed for search by an earlier way of cutting text into terms are indexed again (with the key).
  const reTermed = await reTermReportItems(database.db, config.secretKeys);
  if (reTermed > 0) process.stderr.write(`lantern: ${reTermed} report items indexed again for search.\n`);
  // Reports read for the entities they name by an earlier version of the finder, or never, are read again.
  const mentioned = await reMentionReports(database.db, config.secretKeys);
  if (mentioned > 0) process.stderr.write(`lantern: ${mentioned} reports read for the entities they name.\n`);
  return { config, database };
}

export function loadSettingsOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
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
    process.stderr.write(`lantern: ${e instanceof Error ? e.message : String(e)}\n`);
    code = 1;
  } finally {
    await ctx.database.close();
  }
  process.exitCode = code;
}

export { ConfigError };
