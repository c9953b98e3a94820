import { ensureFirstAdministrator, signInLinkUrl } from '../access/admin-service.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { describeConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { buildApp } from '../server/app.ts';
import { openContext } from './context.ts';

const isLoopbackHost = (h: string) => h === '127.0.0.1' || h === 'localhost' || h === '::1';

/** Starts the server: migrates, creates a first administrator when there is none, listens until stopped. */
export async function serve(): Promise<void> {
  const { config, database } = await openContext();
  const logger = createLogger(config.logLevel);
  const lantern = await buildApp({ config, database, logger });
  const first = await ensureFirstAdministrator(database.db, SYSTEM_CLI);
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
