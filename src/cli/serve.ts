import { ensureFirstAdministrator, signInLinkUrl } from '../access/admin-service.ts';
import { hasDemoUsers, isLoopbackHost } from '../access/demo.ts';
import { rotationQueue } from '../access/key-rotation.ts';
import { loggedRotation } from '../access/live-rotation.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { countUsers } from '../access/users-store.ts';
import { listenForBackups } from '../db/backup/live-backup.ts';
import { describeConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { buildApp } from '../server/app.ts';
import { loadDemo } from '../world/demo.ts';
import { openContext } from './context.ts';
import { say, texts } from './language.ts';

/**
 * Starts the server: migrates, creates a first administrator when there is none, loads the demo on the first
 * start on this machine (unless told not to), listens until stopped.
 */
export async function serve(opts: { demo?: boolean } = {}): Promise<void> {
  const { config, database } = await openContext();
  const t = texts().serve;
  const logger = createLogger(config.logLevel);
  const fresh = (await countUsers(database.db)) === 0;
  const first = await ensureFirstAdministrator(database.db, SYSTEM_CLI);
  if (fresh && opts.demo !== false && !config.databaseUrl && isLoopbackHost(config.host)) {
    const loaded = await loadDemo(database.db);
    const { loadDemoIntelligence } = await import('../world/demo-intel.ts');
    const intel = await loadDemoIntelligence(database, config.secretKeys);
    process.stdout.write(`${say(t.demoLoaded, { ...loaded, ...intel })}\n`);
  }
  const demo = await hasDemoUsers(database.db);
  if (demo && !isLoopbackHost(config.host)) {
    process.stderr.write(`${t.demoRefused}\n${t.demoRefusedHint}\n`);
    await database.close();
    process.exit(2);
  }
  const lantern = await buildApp({ config, database, logger, demo });
  await lantern.app.listen({ port: config.port, host: config.host });
  const address = lantern.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ config: describeConfig(config), port }, 'Lantern is listening');
  // The embedded database is this process's alone: `lantern backup` asks it for backups on a socket in the data
  // folder, `lantern keys rotate` for a key rotation (into the keyring the app holds), and `lantern restore` finds
  // it there and refuses.
  const rotate = rotationQueue(database, config);
  const backups = config.databaseUrl
    ? null
    : await listenForBackups({
        database,
        dataDir: config.dataDir,
        keys: () => config.secretKeys,
        rotate: loggedRotation(rotate, logger),
      });
  if (!config.databaseUrl && !backups)
    logger.warn(
      'online backups are off: the data folder path is too long for a socket, or another Lantern uses it',
    );
  if (first) {
    // The one-time link goes to the console only, never to the log; it works from this machine alone.
    const url = signInLinkUrl(`http://127.0.0.1:${port}`, first.linkToken);
    process.stdout.write(
      `\n${t.firstAdministrator}\n\n  ${url}\n\n${isLoopbackHost(config.host) ? '' : `${t.linkLocalOnly}\n`}`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await lantern.app.close();
    await backups?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
