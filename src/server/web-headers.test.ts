import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWebApp } from './web.ts';

/** A built app in miniature: the page, the service worker, the manifest and one hashed asset. */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lantern</title>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Lantern"}');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'export {};');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function get(url: string) {
  const app = Fastify();
  registerSecurityHeaders(app, { hsts: false });
  await registerWebApp(app, dir);
  try {
    return await app.inject({ method: 'GET', url });
  } finally {
    await app.close();
  }
}

describe('the web app as served', () => {
  it('names the service worker and the manifest in the content security policy, and allows no inline script', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('has the page, the service worker and the manifest fetched afresh, and hashed assets kept for good', async () => {
    for (const url of ['/', '/sw.js', '/manifest.webmanifest']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
