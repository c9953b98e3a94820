import { type Logger, pino } from 'pino';

/** Fields that may carry personal data or secrets; pino replaces them wherever they appear. */
export const REDACTED_PATHS = [
  'password',
  'newPassword',
  'code',
  'token',
  'secret',
  'username',
  'name',
  'displayName',
  'email',
  'phone',
  '*.password',
  '*.newPassword',
  '*.code',
  '*.token',
  '*.secret',
  '*.username',
  '*.name',
  '*.displayName',
  '*.email',
  '*.phone',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'lantern' },
    },
    destination as pino.DestinationStream | undefined,
  );
}
