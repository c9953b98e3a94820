import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Hashed build assets may be cached for good; never the service worker or the manifest, wherever they sit. */
const immutable = (path: string) =>
  path.includes('/assets/') && !/(^|\/)(sw\.js|manifest\.webmanifest)$/.test(path);

/** Serves the built browser app; the app routes by the URL's hash, so one index.html serves every page. */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain').send('The browser app is not built. Run `npm run build`, then restart.'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    index: ['index.html'],
    wildcard: false,
    cacheControl: false,
    // Built assets carry a content hash in their names and never change; index.html must be fetched afresh
    // after an upgrade, or it would point at assets that no longer exist, and so must the service worker (sw.js)
    // and the manifest, or a phone would keep an old app long after the upgrade.
    setHeaders: (res, path) => {
      res.header('cache-control', immutable(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
