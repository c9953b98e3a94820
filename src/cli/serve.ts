import { ensureFirstAdministrator, signInLinkUrl } from '../access/admin-service.ts';
import { hasDemoUsers, isLoopbackHost } from '../access/demo.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { countUsers } from '../access/users-store.ts';
import { describeConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { buildApp } from '../server/app.ts';
import { loadDemo } from '../world/demo.ts';
import { openContext } from './context.ts';

/**
 * Starts the server: migrates, creates a first administrator when there is none, loads the demo on the first
 * start on this machine (unless told not to), listens until stopped.
 */
export async function serve(opts: { demo?: boolean } = {}): Promise<void> {
  const { config, database } = await openContext();
  const logger = createLogger(config.logLevel);
  const fresh = (await countUsers(database.db)) === 0;
  const first = await ensureFirstAdministrator(database.db, SYSTEM_CLI);
  if (fresh && opts.demo !== false && !config.databaseUrl && isLoopbackHost(config.host)) {
    const loaded = await loadDemo(database.db);
    const { loadDemoIntelligence } = await import('../world/demo-intel.ts');
    const intel = await loadDemoIntelligence(database, config.secretKeys);
    process.stdout.write(
      `Demo loaded: ${loaded.users} demo users in ${loaded.agencies} agencies; ${intel.reports} graded reports, ${intel.tips} tips, ${intel.sites} sites, ${intel.calls} call records, ${intel.people} people and organisations resolved from the records that name them, ${intel.decisions} decisions, ${intel.operations} operation in planning and ${intel.concluded} concluded, its case file shared with the prosecutor (start with --no-demo to skip).\n`,
    );
  }
  const demo = await hasDemoUsers(database.db);
  if (demo && !isLoopbackHost(config.host)) {
    process.stderr.write(
      `Lantern will not start: this database holds demo users, and demo mode is allowed only on this machine (HOST=127.0.0.1).\nA real deployment starts from a fresh data folder with --no-demo.\n`,
    );
    await database.close();
    process.exit(2);
  }
  const lantern = await buildApp({ config, database, logger, demo });
  await lantern.app.listen({ port: config.port, host: config.host });
  const address = lantern.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ config: describeConfig(config), port }, 'Lantern is listening');
  if (first) {
    // The one-time link goes to the console only, never to the log; it works from this machine alone.
    const url = signInLinkUrl(`http://127.0.0.1:${port}`, first.linkToken);
    process.stdout.write(
      `\nNo administrator has signed in yet. Open this one-time link on this machine to set up the first account:\n\n  ${url}\n\n` +
        (isLoopbackHost(config.host) ? '' : 'The link works only from this machine (127.0.0.1).\n'),
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await lantern.app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
