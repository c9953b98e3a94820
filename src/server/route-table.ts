import type { RouteOptions } from 'fastify';
import { isPermission, type Permission } from '../access/catalogue.ts';

export type RoutePermission = Permission | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a caller needs; 'public' only for the few routes open without a session. */
    permission?: RoutePermission;
    /**
     * The anonymous public reporting page (src/monitoring/public-routes.ts): the client's address is not noted for
     * the audit chain, so nothing these requests write holds it.
     */
    anonymous?: boolean;
  }
}

/** Routes open without a session: health, the API description and signing in. Nothing else may be public. */
export function mayBePublic(url: string): boolean {
  return url === '/api/health' || url === '/api/openapi.json' || url.startsWith('/api/auth/');
}

export interface RouteEntry {
  method: string;
  url: string;
  permission: RoutePermission;
}

/**
 * Checks each route as it is registered: every API route must declare a known permission, and only the
 * allowed few may be public. A route without one stops the server from starting.
 */
export function checkRoute(route: RouteOptions, table: RouteEntry[]): void {
  if (!route.url.startsWith('/api')) return;
  const permission = route.config?.permission;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (permission === undefined) {
    throw new Error(`route ${methods.join(',')} ${route.url} declares no permission`);
  }
  if (permission === 'public' ? !mayBePublic(route.url) : !isPermission(permission)) {
    throw new Error(`route ${methods.join(',')} ${route.url} declares an invalid permission "${permission}"`);
  }
  for (const m of methods) if (m !== 'HEAD') table.push({ method: m, url: route.url, permission });
}
