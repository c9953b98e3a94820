import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { recordAudit } from '../access/audit.ts';
import type { Database } from '../db/types.ts';
import type { Config } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The address people reach Lantern at, for links: LANTERN_PUBLIC_URL, or http://HOST:PORT. */
    publicUrl(): string;
  }
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = 'application/json';
/** The only API routes whose body is not JSON: file uploads, each with the one type its parser reads. */
const RAW_BODY_ROUTES: Record<string, string> = {
  'POST /api/intel/imports': 'application/octet-stream',
  'POST /api/intel/import/ftm': 'application/x-ndjson',
};

const bracketed = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
const defaultPort = (protocol: string) => (protocol === 'https:' ? 443 : 80);

/** Host and port of an address as the URL parser normalises them (lower case, IPv6 in brackets). */
function parseAuthority(value: string, protocol: string): { hostname: string; port: number | null } | null {
  if (!URL.canParse(`${protocol}//${value}`)) return null;
  const u = new URL(`${protocol}//${value}`);
  if (u.username || u.password || u.pathname !== '/' || u.search || u.hash) return null;
  return { hostname: u.hostname, port: u.port === '' ? null : Number(u.port) };
}

/**
 * The addresses this server answers to. A page on another name that resolves to this machine (DNS rebinding)
 * sends its own name as Host and Origin, and is refused: only the configured address, loopback names when bound
 * to loopback, IP literals when bound to every interface, and LANTERN_PUBLIC_URL are accepted.
 */
export class HostRules {
  private readonly config: Config;
  private readonly boundPort: () => number | null;
  constructor(config: Config, boundPort: () => number | null) {
    this.config = config;
    this.boundPort = boundPort;
  }

  port(): number {
    return this.boundPort() ?? this.config.port;
  }

  publicUrl(): string {
    if (this.config.publicUrl) return this.config.publicUrl;
    const host = WILDCARD_HOSTS.has(this.config.host) ? '127.0.0.1' : bracketed(this.config.host);
    return `http://${host}:${this.port()}`;
  }

  /**
   * `port` null: the Host header named none, so the scheme's default (80, or 443 behind TLS) is meant.
   * `anyAddress`: when bound to every interface, accept any address typed as digits (for the Host header only).
   */
  allows(hostname: string, port: number | null, anyAddress = true): boolean {
    const ports = port === null ? [80, 443] : [port];
    const own = this.port();
    const configured = bracketed(this.config.host.toLowerCase());
    const names = new Set<string>();
    if (WILDCARD_HOSTS.has(configured)) {
      for (const n of LOOPBACK_NAMES) names.add(n);
      // Rebinding needs a name; an address typed as digits cannot be rebound.
      if (anyAddress && (IPV4.test(hostname) || hostname.startsWith('['))) names.add(hostname);
    } else {
      names.add(configured);
      if (LOOPBACK_HOSTS.has(configured)) for (const n of LOOPBACK_NAMES) names.add(n);
    }
    if (names.has(hostname) && ports.includes(own)) return true;
    if (this.config.publicUrl) {
      const pub = new URL(this.config.publicUrl);
      const pubPort = pub.port === '' ? defaultPort(pub.protocol) : Number(pub.port);
      if (pub.hostname === hostname && ports.includes(pubPort)) return true;
    }
    return false;
  }

  allowsHostHeader(host: string | undefined): boolean {
    const a = host ? parseAuthority(host, 'http:') : null;
    return a !== null && this.allows(a.hostname, a.port);
  }

  /**
   * An Origin (or a Referer's origin) is ours when it is http(s) on a name we answer to, or the very address
   * the request was sent to (its Host, already checked): a page on some other machine's address is not ours.
   */
  allowsOrigin(origin: string, host: string | undefined): boolean {
    if (!URL.canParse(origin)) return false;
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    const port = u.port === '' ? defaultPort(u.protocol) : Number(u.port);
    const own = host ? parseAuthority(host, u.protocol) : null;
    if (own && own.hostname === u.hostname && (own.port ?? defaultPort(u.protocol)) === port) return true;
    return this.allows(u.hostname, port, false);
  }
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Runs first on every request, before sessions are looked at:
 * - the Host header must be an address this server answers to (else 421), so a rebound name reaches nothing;
 * - a state-changing request that names its origin (Origin, or else Referer) must come from this app (else 403).
 *   A request naming neither is not from a browser page (browsers send Origin on every cross-site POST and on
 *   every fetch POST), so API clients and scripts need neither. Refusals are audited (no session is looked at);
 * - a state-changing API request with a body type must send JSON (or a file upload's own type): the types a
 *   form or a simple cross-site request may send (text/plain, forms) are refused (415), body or not.
 */
export function registerRequestGuard(app: FastifyInstance, rules: HostRules, db: Kysely<Database>): void {
  app.decorate('publicUrl', () => rules.publicUrl());
  app.addHook('onRequest', async (request) => {
    if (!rules.allowsHostHeader(header(request, 'host'))) throw new AppError('wrong_host');
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = header(request, 'origin');
    // A page served with `Referrer-Policy: no-referrer` makes the browser send `Origin: null` on its form posts, as
    // the anonymous public page's are. Those routes have no session or cookie to ride on: a forged post can do no
    // more there than anyone may, so "null" passes on them (and only on them).
    if (origin === 'null' && request.routeOptions.config?.anonymous === true) return;
    const referer = header(request, 'referer');
    if (
      origin !== undefined
        ? !rules.allowsOrigin(origin, header(request, 'host'))
        : referer !== undefined && !rules.allowsOrigin(referer, header(request, 'host'))
    ) {
      await recordAudit(db, {
        actor: null,
        action: 'request.origin',
        resource: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? '(unmatched)'}` },
        outcome: 'denied',
        requestId: request.id,
        detail: { reason: origin !== undefined ? 'foreign_origin' : 'foreign_referer' },
      });
      throw new AppError('forbidden', 'This request did not come from the Lantern app.');
    }
  });
  // After the session check, so a caller without one learns only that (401), whatever type it sent.
  app.addHook('preParsing', async (request) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return;
    const type = header(request, 'content-type');
    if (type === undefined) return;
    const media = type.split(';')[0]?.trim().toLowerCase() ?? '';
    const wanted = RAW_BODY_ROUTES[`${request.method} ${request.routeOptions.url ?? ''}`] ?? JSON_TYPE;
    if (media !== wanted) throw new AppError('unsupported_media_type', `Send the body as ${wanted}.`);
  });
}
