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
import { say, texts } from './language.ts';

/** Links point at the public address when one is configured (LANTERN_PUBLIC_URL), else at this machine. */
const linkBase = (config: { publicUrl: string | undefined; port: number }) =>
  config.publicUrl ?? `http://127.0.0.1:${config.port}`;

export function registerAdminCommands(program: Command): void {
  const { help, admin: t, common } = texts();
  program
    .command('migrate')
    .description(help.migrate)
    .action(async () => {
      const config = loadSettingsOrExit();
      const database = await openDatabase(config);
      try {
        const { applied } = await migrateWithAuditKeys(database.db, config);
        process.stdout.write(
          `${applied.length ? say(t.applied, { migrations: applied.join(', ') }) : t.upToDate}\n`,
        );
      } finally {
        await database.close();
      }
    });

  const agency = program.command('agency').description(help.agency);
  agency
    .command('add')
    .description(help.agencyAdd)
    .requiredOption('--name <name>', help.agencyName)
    .requiredOption('--kind <kind>', say(help.oneOf, { values: AGENCY_KINDS.join(', ') }))
    .action(async (opts: { name: string; kind: string }) =>
      withContext(async ({ database }) => {
        if (!(AGENCY_KINDS as readonly string[]).includes(opts.kind))
          throw new Error(say(t.kindError, { kinds: AGENCY_KINDS.join(', ') }));
        const a = await createAgency(database.db, SYSTEM_CLI, {
          name: opts.name,
          kind: opts.kind as AgencyKind,
        });
        process.stdout.write(
          `${say(t.agencyRegistered, { id: a.id, kind: t.kinds[a.kind as AgencyKind] ?? a.kind })}\n`,
        );
        return 0;
      }),
    );

  const user = program.command('user').description(help.user);
  user
    .command('add')
    .description(help.userAdd)
    .requiredOption('--agency <name-or-id>', help.userAgency)
    .requiredOption('--username <username>', help.username)
    .requiredOption('--name <display-name>', help.displayName)
    .requiredOption('--role <roles...>', say(help.roles, { values: ALL_ROLES.join(', ') }))
    .action(async (opts: { agency: string; username: string; name: string; role: string[] }) =>
      withContext(async ({ database, config }) => {
        const bad = opts.role.filter((r) => !isRole(r));
        if (bad.length)
          throw new Error(say(t.roleError, { unknown: bad.join(', '), known: ALL_ROLES.join(', ') }));
        const found = await findAgency(database.db, opts.agency);
        if (!found) throw new Error(common.noAgency);
        const { user: u, linkToken } = await createUser(database.db, SYSTEM_CLI, {
          agencyId: found.id,
          username: opts.username,
          displayName: opts.name,
          roles: opts.role.filter(isRole),
        });
        process.stdout.write(
          `${say(t.userCreated, { id: u.id })}\n  ${signInLinkUrl(linkBase(config), linkToken)}\n`,
        );
        return 0;
      }),
    );
  user
    .command('reset-2fa')
    .description(help.reset2fa)
    .argument('<username>', help.userToReset)
    .action(async (username: string) =>
      withContext(async ({ database, config }) => {
        const cred = await findCredentials(database.db, username);
        if (!cred) throw new Error(t.noUser);
        const sessions = new SessionStore(database.db, {
          idleMs: config.sessionIdleMs,
          absoluteMs: config.sessionAbsoluteMs,
        });
        const { linkToken } = await resetFromConsole(database.db, sessions, SYSTEM_CLI, cred.id);
        process.stdout.write(`${t.resetDone}\n  ${signInLinkUrl(linkBase(config), linkToken)}\n`);
        return 0;
      }),
    );

  program
    .command('token')
    .description(help.token)
    .command('create')
    .description(help.tokenCreate)
    .requiredOption('--user <username>', help.tokenUser)
    .requiredOption('--name <name>', help.tokenName)
    .requiredOption('--scope <permissions...>', help.tokenScope)
    .option('--expires-days <days>', help.tokenExpires, (v) => Number.parseInt(v, 10))
    .action(async (opts: { user: string; name: string; scope: string[]; expiresDays?: number }) =>
      withContext(async ({ database }) => {
        const cred = await findCredentials(database.db, opts.user);
        if (!cred) throw new Error(t.noTokenUser);
        const unknown = opts.scope.filter((s) => !(ALL_PERMISSIONS as string[]).includes(s));
        if (unknown.length) throw new Error(say(t.scopeError, { unknown: unknown.join(', ') }));
        const { token, view } = await createToken(database.db, SYSTEM_CLI, {
          userId: cred.id,
          name: opts.name,
          scopes: opts.scope,
          expiresInDays: opts.expiresDays,
        });
        process.stdout.write(
          `${say(t.tokenCreated, { id: view.id, scopes: view.scopes.join(', ') })}\n${token}\n`,
        );
        return 0;
      }),
    );
}
