import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Settings whose values must never be printed. */
export const SECRET_SETTINGS = new Set(['DATABASE_URL', 'LANTERN_SECRET_KEY']);

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
    LANTERN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LANTERN_SESSION_IDLE_MINUTES: intSetting(30, 1, 24 * 60),
    LANTERN_SESSION_ABSOLUTE_HOURS: intSetting(12, 1, 24 * 7),
    LANTERN_LOGIN_MAX_FAILURES: intSetting(5, 1, 100),
    LANTERN_LOCKOUT_MINUTES: intSetting(15, 1, 24 * 60),
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
  /** 32-byte key for encryption at rest and keyed hashes. */
  secretKey: Buffer;
  logLevel: Settings['LANTERN_LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  lockoutMs: number;
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

/** Reads the secret key from settings, or from (or into) the data folder for the embedded database. */
function resolveSecretKey(settings: Settings, dataDir: string): Buffer {
  if (settings.LANTERN_SECRET_KEY) return Buffer.from(settings.LANTERN_SECRET_KEY, 'hex');
  if (settings.DATABASE_URL) {
    throw new ConfigError([
      'LANTERN_SECRET_KEY: required when DATABASE_URL is set (64 hexadecimal characters)',
    ]);
  }
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/i.test(hex))
      throw new ConfigError([`LANTERN_SECRET_KEY: the key file ${file} is damaged`]);
    return Buffer.from(hex, 'hex');
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const s = parseSettings(env);
  const dataDir = resolve(s.LANTERN_DATA_DIR);
  return Object.freeze({
    port: s.PORT,
    host: s.HOST,
    dataDir,
    databaseUrl: s.DATABASE_URL,
    secretKey: resolveSecretKey(s, dataDir),
    logLevel: s.LANTERN_LOG_LEVEL,
    sessionIdleMs: s.LANTERN_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: s.LANTERN_SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: s.LANTERN_LOGIN_MAX_FAILURES,
    lockoutMs: s.LANTERN_LOCKOUT_MINUTES * 60_000,
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
    sessionIdleMinutes: config.sessionIdleMs / 60_000,
    sessionAbsoluteHours: config.sessionAbsoluteMs / 3_600_000,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl ?? '(http://HOST:PORT)',
  };
}
