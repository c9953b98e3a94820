/** Same-origin JSON calls to the Lantern API. Failures become ApiError with the server's code and message. */
import { currentLanguage, i18next } from './i18n/i18n.ts';
import { deviceId } from './offline/device-id.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server added to explain the refusal, e.g. `{ currentVersion }` or `{ gaps }`. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = (error: ApiError) => void;
let onUnauthenticated: Listener | null = null;

/** The app registers one handler for a 401 `unauthenticated` answer: the session has ended. */
export function setUnauthenticatedHandler(listener: Listener | null): void {
  onUnauthenticated = listener;
}

let onDeviceRevoked: Listener | null = null;

/** The field kit registers one handler for a 403 `device_revoked` answer: this device's store must be wiped. */
export function setDeviceRevokedHandler(listener: Listener | null): void {
  onDeviceRevoked = listener;
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : 'unknown';
    const message =
      typeof body.error?.message === 'string'
        ? body.error.message
        : i18next.t('errors.status', { status: res.status });
    return new ApiError(res.status, code, message, body.error?.details);
  } catch {
    return new ApiError(res.status, 'unknown', i18next.t('errors.status', { status: res.status }));
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  // The server answers in the language of the screens (its messages, PDFs) where it has a translation.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': currentLanguage(),
  };
  // A device with an open field kit says which it is, so the server can refuse a device the agency revoked.
  const device = deviceId();
  if (device) headers['x-lantern-device'] = device;
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network'));
  }
  if (!res.ok) {
    const error = await readError(res);
    if (error.status === 401 && error.code === 'unauthenticated') onUnauthenticated?.(error);
    if (error.status === 403 && error.code === 'device_revoked') onDeviceRevoked?.(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  /** POST with a JSON body, or with no body and no content type when `body` is left out. */
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** A list of strings the server put in an error's details under `key` (e.g. `gaps`, `noGo`), or none. */
export function detailList(e: unknown, key: string): string[] {
  if (!(e instanceof ApiError) || typeof e.details !== 'object' || e.details === null) return [];
  const v = (e.details as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export const messageOf = (e: unknown): string =>
  e instanceof ApiError ? e.message : i18next.t('errors.browser');
