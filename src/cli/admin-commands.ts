import type { Command } from 'commander';
import { createAgency, createUser, resetFromConsole, signInLinkUrl } from '../access/admin-service.ts';
import { migrateWithAuditKeys } from '../access/audit-upgrade.ts';
import { ALL_PERMISSIONS } from '../access/catalogue.ts';
import { SYSTEM_CLI } from '../access/policy.ts';
import { AGENCY_KINDS, type AgencyKind, ALL_ROLES, isRole } from '../access/roles.ts';
import { SessionStore } from '../access/sessions.ts';
import { createToken } from '../access/tokens.ts';
import { findAgency, findCredentials } from '../access/users-store.ts';
import { openDatabase } from '../db/connection.ts';
import { loadSettingsOrExit, withContext } from './context.ts';

/** Links point at the public address when one is configured (LANTERN_PUBLIC_URL), else at this machine. */
const linkBase = (config: { publicUrl: string | undefined; port: number }) =>
  config.publicUrl ?? `http://127.0.0.1:${config.port}`;

export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (also done at every start)')
    .action(async () => {
      const config = loadSettingsOrExit();
      const database = await openDatabase(config);
      try {
        const { applied } = await migrateWithAuditKeys(database.db, config);
        process.stdout.write(
          applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n',
        );
      } finally {
        await database.close();
      }
    });

  const agency = program.command('agency').description('Manage agencies');
  agency
    .command('add')
    .description('Register an agency')
    .requiredOption('--name <name>', 'the agency name')
    .requiredOption('--kind <kind>', `one of: ${AGENCY_KINDS.join(', ')}`)
    .action(async (opts: { name: string; kind: string }) =>
      withContext(async ({ database }) => {
        if (!(AGENCY_KINDS as readonly string[]).includes(opts.kind))
          throw new Error(`--kind must be one of: ${AGENCY_KINDS.join(', ')}`);
        const a = await createAgency(database.db, SYSTEM_CLI, {
          name: opts.name,
          kind: opts.kind as AgencyKind,
        });
        process.stdout.write(`Agency ${a.id} (${a.kind}) registered.\n`);
        return 0;
      }),
    );

  const user = program.command('user').description('Manage user accounts');
  user
    .command('add')
    .description('Create a user account and print its one-time sign-in link')
    .requiredOption('--agency <name-or-id>', 'the agency the user belongs to')
    .requiredOption('--username <username>', 'sign-in name (letters, digits, . _ -)')
    .requiredOption('--name <display-name>', 'the name shown to colleagues')
    .requiredOption('--role <roles...>', `one or more of: ${ALL_ROLES.join(', ')}`)
    .action(async (opts: { agency: string; username: string; name: string; role: string[] }) =>
      withContext(async ({ database, config }) => {
        const bad = opts.role.filter((r) => !isRole(r));
        if (bad.length)
          throw new Error(`--role: unknown role(s) ${bad.join(', ')}; known: ${ALL_ROLES.join(', ')}`);
        const found = await findAgency(database.db, opts.agency);
        if (!found) throw new Error('--agency: no such agency');
        const { user: u, linkToken } = await createUser(database.db, SYSTEM_CLI, {
          agencyId: found.id,
          username: opts.username,
          displayName: opts.name,
          roles: opts.role.filter(isRole),
        });
        process.stdout.write(
          `User ${u.id} created. One-time sign-in link (72 hours):\n  ${signInLinkUrl(linkBase(config), linkToken)}\n`,
        );
        return 0;
      }),
    );
  user
    .command('reset-2fa')
    .description("Clear a user's password and second factor; prints a new one-time sign-in link")
    .argument('<username>', 'the user to reset')
    .action(async (username: string) =>
      withContext(async ({ database, config }) => {
        const cred = await findCredentials(database.db, username);
        if (!cred) throw new Error('no such user');
        const sessions = new SessionStore(database.db, {
          idleMs: config.sessionIdleMs,
          absoluteMs: config.sessionAbsoluteMs,
        });
        const { linkToken } = await resetFromConsole(database.db, sessions, SYSTEM_CLI, cred.id);
        process.stdout.write(
          `Reset done; all sessions ended. One-time sign-in link (72 hours):\n  ${signInLinkUrl(linkBase(config), linkToken)}\n`,
        );
        return 0;
      }),
    );

  program
    .command('token')
    .description('Manage API tokens for machine clients')
    .command('create')
    .description('Create an API token acting for a user, limited to the given scopes; prints it once')
    .requiredOption('--user <username>', 'the user the token acts for')
    .requiredOption('--name <name>', 'what the token is for')
    .requiredOption('--scope <permissions...>', 'permissions the token may use (the user must hold them)')
    .option('--expires-days <days>', 'days until the token expires', (v) => Number.parseInt(v, 10))
    .action(async (opts: { user: string; name: string; scope: string[]; expiresDays?: number }) =>
      withContext(async ({ database }) => {
        const cred = await findCredentials(database.db, opts.user);
        if (!cred) throw new Error('--user: no such user');
        const unknown = opts.scope.filter((s) => !(ALL_PERMISSIONS as string[]).includes(s));
        if (unknown.length) throw new Error(`--scope: unknown permission(s) ${unknown.join(', ')}`);
        const { token, view } = await createToken(database.db, SYSTEM_CLI, {
          userId: cred.id,
          name: opts.name,
          scopes: opts.scope,
          expiresInDays: opts.expiresDays,
        });
        process.stdout.write(
          `Token ${view.id} created with scopes ${view.scopes.join(', ')}. It is shown only now:\n${token}\n`,
        );
        return 0;
      }),
    );
}
