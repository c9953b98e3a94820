import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { checkRoute, type RouteEntry } from './route-table.ts';

async function register(url: string, config?: Record<string, unknown>) {
  const app = Fastify();
  const table: RouteEntry[] = [];
  app.addHook('onRoute', (r) => checkRoute(r, table));
  app.get(url, { ...(config ? { config } : {}) }, async () => ({}));
  await app.ready();
  await app.close();
  return table;
}

describe('route registration', () => {
  it('refuses an API route without a permission', async () => {
    await expect(register('/api/things')).rejects.toThrow(/declares no permission/);
  });
  it('refuses an unknown permission', async () => {
    await expect(register('/api/things', { permission: 'things.read' })).rejects.toThrow(
      /invalid permission/,
    );
  });
  it('refuses a public route outside health, the API description and sign-in', async () => {
    await expect(register('/api/things', { permission: 'public' })).rejects.toThrow(/invalid permission/);
    expect(await register('/api/auth/anything', { permission: 'public' })).toHaveLength(1);
  });
  it('records the permission of an accepted route', async () => {
    expect(await register('/api/users', { permission: 'user.read' })).toEqual([
      { method: 'GET', url: '/api/users', permission: 'user.read' },
    ]);
  });
});
