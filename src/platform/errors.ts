/** Stable error codes of the API, each with its one HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  sign_in_failed: 401,
  second_factor_failed: 401,
  forbidden: 403,
  device_revoked: 403,
  not_found: 404,
  method_not_allowed: 405,
  wrong_host: 421,
  conflict: 409,
  stale_revision: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  bad_request: 'The request is not valid.',
  validation_failed: 'The request does not match what this route accepts.',
  invalid_json: 'The request body is not valid JSON.',
  unauthenticated: 'Sign in first.',
  sign_in_failed: 'Sign-in failed. Check your details, or wait a while and try again.',
  second_factor_failed: 'That code was not accepted.',
  forbidden: 'You do not have permission to do this.',
  device_revoked:
    'This device was revoked: the server no longer answers it. Its stored data is to be wiped; use another device.',
  not_found: 'Not found.',
  method_not_allowed: 'This method is not allowed here.',
  wrong_host: 'This server does not answer to that address. Use the address the administrator gave you.',
  conflict: 'This conflicts with the current state of the record.',
  stale_revision:
    'Someone changed this record since you last saw it. Look at it as it is now, then send your change again on top of it or drop it.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'This content type is not accepted.',
  too_many_requests: 'Too many attempts. Wait a while and try again.',
  internal: 'Something went wrong on the server. The error has been logged.',
  unavailable: 'The service is not available right now.',
};

/** A failure with a stable code; the message must never contain personal data. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.details = details;
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export function errorBody(code: ErrorCode, message?: string, details?: unknown) {
  return {
    error: {
      code,
      message: message ?? DEFAULT_MESSAGES[code],
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** Whether `message` is the default message of `code` (translated from its code alone). */
export const isDefaultMessage = (code: ErrorCode, message: string): boolean =>
  DEFAULT_MESSAGES[code] === message;

/** The default English message of each code. */
export const defaultMessages = (): Readonly<Record<ErrorCode, string>> => DEFAULT_MESSAGES;

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
