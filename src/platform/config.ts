import { resolve } from 'node:path';
import { z } from 'zod';
import { keyId } from '../access/crypto.ts';
import { defaultKeyFile, isInside, loadOrCreateKeyFile, readKeyFile } from './key-file.ts';

/** Settings whose values must never be printed. */
export const SECRET_SETTINGS = new Set(['DATABASE_URL', 'LANTERN_SECRET_KEY', 'LANTERN_RETIRED_KEYS']);

const intSetting = (dflt: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(dflt);

const boolSetting = (dflt: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(dflt ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting Lantern reads from its environment, in one schema. */
export const settingsSchema = z
  .object({
    PORT: intSetting(4600, 0, 65535),
    HOST: z.string().min(1).default('127.0.0.1'),
    LANTERN_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    LANTERN_SECRET_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
      .optional(),
    LANTERN_RETIRED_KEYS: z
      .string()
      .regex(
        /^[0-9a-f]{64}(,[0-9a-f]{64})*$/i,
        'must be keys of 64 hexadecimal characters, separated by commas',
      )
      .optional(),
    LANTERN_KEY_FILE: z.string().min(1).optional(),
    LANTERN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LANTERN_SESSION_IDLE_MINUTES: intSetting(30, 1, 24 * 60),
    LANTERN_SESSION_ABSOLUTE_HOURS: intSetting(12, 1, 24 * 7),
    LANTERN_LOGIN_MAX_FAILURES: intSetting(5, 1, 100),
    LANTERN_LOCKOUT_MINUTES: intSetting(15, 1, 24 * 60),
    LANTERN_LOGIN_ACCOUNT_FAILURES: intSetting(50, 10, 100_000),
    LANTERN_TRUSTED_PROXIES: z
      .string()
      .regex(
        /^[0-9a-f.:/]+(,[0-9a-f.:/]+)*$/i,
        'must be addresses or ranges (CIDR) of reverse proxies, separated by commas',
      )
      .optional(),
    LANTERN_LOGIN_ATTEMPTS_PER_IP: intSetting(30, 1, 10_000),
    LANTERN_BODY_LIMIT_BYTES: intSetting(1_048_576, 1024, 100 * 1_048_576),
    LANTERN_SECURE_COOKIES: boolSetting(false),
    LANTERN_WEB_DIR: z.string().min(1).default('./web/dist'),
    LANTERN_PUBLIC_URL: z
      .string()
      .regex(
        /^https?:\/\/[^/?#\s]+\/?$/i,
        'must be http(s)://host[:port] with no path, e.g. https://lantern.example.org',
      )
      .refine((v) => URL.canParse(v), 'must be a valid address')
      .optional(),
  })
  .strip();

export type Settings = z.output<typeof settingsSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** 32-byte key for encryption at rest and keyed hashes: the current one, `secretKeys[0].key`. */
  readonly secretKey: Buffer;
  /**
   * Every configured key, newest first: the first seals; the retired ones still open and verify older material.
   * One array for the whole process, which a key rotation asked of the running server changes in place
   * (sealing.ts putKeyFirst), so whoever holds it seals under the new key at once.
   */
  secretKeys: readonly { id: string; key: Buffer }[];
  /** The file the keys come from (embedded database), or null when they come from the environment. */
  keyFile: string | null;
  logLevel: Settings['LANTERN_LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  lockoutMs: number;
  /** Failures from every address together after which the account itself pauses (a short, growing delay). */
  loginAccountFailures: number;
  /** Reverse proxies whose X-Forwarded-For names the client (LANTERN_TRUSTED_PROXIES); none by default. */
  trustedProxies: string[];
  loginAttemptsPerIp: number;
  bodyLimitBytes: number;
  secureCookies: boolean;
  webDir: string;
  /** The address people reach Lantern at (LANTERN_PUBLIC_URL, its origin only); undefined: http://HOST:PORT. */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Lantern cannot start: its settings are not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws ConfigError listing every problem. Never echoes secret values. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(settingsSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const result = settingsSchema.safeParse(picked);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'settings');
        const given = SECRET_SETTINGS.has(name) ? '(secret value hidden)' : JSON.stringify(picked[name]);
        return `${name}: ${issue.message}; given ${given}`;
      }),
    );
  }
  return result.data;
}

/**
 * The secret keys, newest first: from LANTERN_SECRET_KEY (and LANTERN_RETIRED_KEYS), or, for the embedded
 * database, from a key file outside the data folder (LANTERN_KEY_FILE, by default in the user's configuration
 * folder), created on the first start.
 */
function resolveSecretKeys(
  settings: Settings,
  dataDir: string,
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): { keys: Buffer[]; keyFile: string | null } {
  if (settings.LANTERN_SECRET_KEY) {
    if (settings.LANTERN_KEY_FILE)
      throw new ConfigError([
        'LANTERN_KEY_FILE: set either LANTERN_SECRET_KEY or LANTERN_KEY_FILE, not both',
      ]);
    const retired = (settings.LANTERN_RETIRED_KEYS ?? '').split(',').filter(Boolean);
    return {
      keys: [settings.LANTERN_SECRET_KEY, ...retired].map((h) => Buffer.from(h, 'hex')),
      keyFile: null,
    };
  }
  if (settings.LANTERN_RETIRED_KEYS)
    throw new ConfigError(['LANTERN_RETIRED_KEYS: only with LANTERN_SECRET_KEY (a key file lists its own)']);
  if (settings.DATABASE_URL) {
    throw new ConfigError([
      'LANTERN_SECRET_KEY: required when DATABASE_URL is set (64 hexadecimal characters)',
    ]);
  }
  const file = resolve(settings.LANTERN_KEY_FILE ?? defaultKeyFile(dataDir, env));
  if (isInside(file, dataDir))
    throw new ConfigError([
      'LANTERN_KEY_FILE: must lie outside the data folder (whoever copies the data must not get the key)',
    ]);
  try {
    return { keys: loadOrCreateKeyFile(file, dataDir, warn), keyFile: file };
  } catch (e) {
    throw new ConfigError([`LANTERN_KEY_FILE: ${(e as Error).message}`]);
  }
}

/** The keys of a key file as Config lists them. */
export const keyringOf = (keys: Buffer[]) => Object.freeze(keys.map((key) => ({ id: keyId(key), key })));
export { readKeyFile };

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = (m) => process.stderr.write(`lantern: warning: ${m}\n`),
): Config {
  const s = parseSettings(env);
  const dataDir = resolve(s.LANTERN_DATA_DIR);
  const { keys, keyFile } = resolveSecretKeys(s, dataDir, env, warn);
  // Not frozen: a rotation asked of the running server puts its new key first in this very array.
  const secretKeys = keys.map((key) => ({ id: keyId(key), key }));
  return Object.freeze({
    port: s.PORT,
    host: s.HOST,
    dataDir,
    databaseUrl: s.DATABASE_URL,
    get secretKey() {
      return (secretKeys[0] as { key: Buffer }).key;
    },
    secretKeys,
    keyFile,
    logLevel: s.LANTERN_LOG_LEVEL,
    sessionIdleMs: s.LANTERN_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: s.LANTERN_SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: s.LANTERN_LOGIN_MAX_FAILURES,
    lockoutMs: s.LANTERN_LOCKOUT_MINUTES * 60_000,
    loginAccountFailures: s.LANTERN_LOGIN_ACCOUNT_FAILURES,
    trustedProxies: (s.LANTERN_TRUSTED_PROXIES ?? '').split(',').filter(Boolean),
    loginAttemptsPerIp: s.LANTERN_LOGIN_ATTEMPTS_PER_IP,
    bodyLimitBytes: s.LANTERN_BODY_LIMIT_BYTES,
    secureCookies: s.LANTERN_SECURE_COOKIES,
    webDir: resolve(s.LANTERN_WEB_DIR),
    publicUrl: s.LANTERN_PUBLIC_URL ? new URL(s.LANTERN_PUBLIC_URL).origin : undefined,
  });
}

/** A printable view of the configuration with secrets masked. */
export function describeConfig(config: Config): Record<string, string | number | boolean> {
  return {
    port: config.port,
    host: config.host,
    database: config.databaseUrl ? 'postgresql (DATABASE_URL, hidden)' : `embedded (${config.dataDir})`,
    secretKey: '(hidden)',
    keys: `${config.secretKeys.length} (current ${config.secretKeys[0]?.id ?? 'none'})`,
    keyFile: config.keyFile ?? '(environment)',
    sessionIdleMinutes: config.sessionIdleMs / 60_000,
    sessionAbsoluteHours: config.sessionAbsoluteMs / 3_600_000,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl ?? '(http://HOST:PORT)',
  };
}
