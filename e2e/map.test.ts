import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// The offline map on the demo: the sites inside the region's boundaries, a site's page from its marker, a
// site's network drawn as its located sites and the routes between them, and the tips' "near" filter set by a
// click on the map.

const POLICE = 'Anti-Trafficking Police Division (demo)';
const DESKTOP = { width: 1280, height: 1000 };
const TABLET = { width: 768, height: 1024 };
const REGION = new Set(['Thailand', 'Myanmar', 'Laos', 'Cambodia', 'Vietnam', 'China']);

interface Site {
  id: string;
  label: string;
  lat: number;
  lon: number;
  kind: string | null;
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function analyst(viewport = DESKTOP) {
  const w = await watchedPage(browser, viewport);
  await signInAsDemo(w.page, server.baseUrl, POLICE, /Intelligence analyst/);
  return w;
}

/** A JSON route called from the signed-in page, as the app calls it. */
const call = <T>(page: Page, path: string, body?: object): Promise<T> =>
  page.evaluate(
    async ([p, b]) => {
      const res = await fetch(p as string, {
        method: b ? 'POST' : 'GET',
        headers: { accept: 'application/json', ...(b ? { 'content-type': 'application/json' } : {}) },
        body: b ? JSON.stringify(b) : undefined,
      });
      if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    [path, body ?? null] as const,
  ) as Promise<T>;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KM_PER_RADIAN = 6371;
const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * KM_PER_RADIAN * Math.asin(Math.min(1, Math.sqrt(h)));
};

const sitesOf = async (page: Page) =>
  (await call<{ sites: Site[] }>(page, '/api/intel/map/features?kinds=sites')).sites;

describe('the offline map', () => {
  it("shows the demo's sites inside the region's boundaries, each listed beside the map", async () => {
    const { page, problems, context } = await analyst();
    await page.goto(`${server.baseUrl}/#/intel/map`);
    await page.getByRole('heading', { level: 1, name: 'Map' }).waitFor();
    const sites = await sitesOf(page);
    expect(sites.length).toBe(30);
    const markers = page.locator('path.map-site');
    await expect.poll(() => markers.count()).toBe(sites.length);
    // Every marker is drawn inside the map as it opens on the region.
    const frame = await page.getByTestId('map').boundingBox();
    // The map redraws its markers once the boundaries have loaded and it fits the region: read their boxes when
    // every one is laid out.
    const boxes = async () => Promise.all((await markers.all()).map((m) => m.boundingBox()));
    await expect.poll(async () => (await boxes()).every((b) => b !== null)).toBe(true);
    for (const box of await boxes()) {
      expect(box && frame).toBeTruthy();
      if (!box || !frame) continue;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.y).toBeGreaterThanOrEqual(frame.y);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // The list names each site with the country whose bundled boundary holds it (vessels may be at sea).
    const list = page.getByRole('complementary', { name: 'Shown on the map' });
    await list.getByRole('heading', { name: `Sites and places (${sites.length})` }).waitFor();
    // Countries are named once the boundaries have loaded.
    const onLand = async () =>
      (await list.locator('.map-country').allInnerTexts()).filter((t) => !t.startsWith('at sea')).length;
    await expect.poll(onLand).toBeGreaterThan(sites.length / 2);
    for (const s of sites) {
      const item = list.locator(`li[data-feature="${s.id}"]`);
      await expect.poll(() => item.getByRole('link').textContent()).toBe(s.label);
      const country = ((await item.locator('.map-country').textContent()) ?? '').split(' · ')[0] ?? '';
      if (s.kind === 'fishing_vessel' && country.startsWith('at sea')) continue;
      // A place on the shore may fall just outside the 1:50m coastline: named as that country's coast.
      expect(REGION.has(country.replace(/ \(coast\)$/, '')), `${s.label} in ${country}`).toBe(true);
    }
    // Town names of the bundled file, and no tile was asked of anywhere.
    await page.locator('.town-label', { hasText: 'Bangkok' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("opens a site's page from its marker", async () => {
    const { page, problems, context } = await analyst(TABLET);
    await page.goto(`${server.baseUrl}/#/intel/map`);
    const sites = await sitesOf(page);
    const byId = new Map(sites.map((s) => [s.id, s]));
    await page.locator('path.map-site').first().waitFor();
    // The site the list shows first, brought to the middle of the map and chosen there.
    const first = page.locator('li[data-feature]').first();
    const id = (await first.getAttribute('data-feature')) ?? '';
    await first.getByRole('button', { name: /^Show .* on the map$/ }).click();
    await page.locator(`path.map-id-${id}`).click();
    await page.waitForURL(`**/#/intel/entities/${id}`);
    await page.getByRole('heading', { level: 1, name: byId.get(id)?.label ?? '?' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("draws a site's network: its linked located sites and the routes between them", async () => {
    const { page, problems, context } = await analyst();
    await page.goto(`${server.baseUrl}/#/intel/map`);
    const sites = await sitesOf(page);
    // The owner of one site is found (by the analyst) to manage two more: three sites two steps apart.
    let owner: { id: string; label: string } | undefined;
    let centre: Site | undefined;
    for (const s of sites) {
      const g = await call<{ nodes: { id: string; type: string; label: string; hops: number }[] }>(
        page,
        `/api/intel/network/neighbourhood?node=${s.id}&hops=1`,
      );
      owner = g.nodes.find((n) => n.type === 'person' && n.hops === 1);
      centre = s;
      if (owner) break;
    }
    if (!owner || !centre) throw new Error('no site of the demo has a known owner');
    const others = sites.filter((s) => s.id !== centre?.id).slice(0, 2);
    for (const o of others)
      await call(page, '/api/intel/links', { type: 'manages', fromId: owner.id, toId: o.id });
    await page.goto(`${server.baseUrl}/#/intel/map?entity=${centre.id}`);
    await page.getByText(`within two steps of ${centre.label}`).waitFor();
    await expect.poll(() => page.locator('path.map-site').count()).toBe(3);
    await expect(page.locator('path.map-site.map-centre').count()).resolves.toBe(1);
    // Site to site through the owner, who has no position: A–B, A–C and B–C.
    await expect.poll(() => page.locator('path.map-route').count()).toBe(3);
    const routes = page.getByRole('region', { name: 'Routes between them (3)' });
    for (const o of others)
      await routes
        .getByText(new RegExp(`${esc(centre.label)} — .* — ${esc(owner.label)} — manages — ${esc(o.label)}`))
        .waitFor();
    const list = page.getByRole('complementary', { name: 'Shown on the map' });
    for (const s of [centre, ...others])
      await list.getByRole('link', { name: s.label, exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets the tips\' "near" filter by a click on the map', async () => {
    const { page, problems, context } = await analyst(TABLET);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Monitoring & tips' })
      .click();
    const filters = page.getByRole('form', { name: 'Filter tips' });
    await filters.getByRole('button', { name: 'Pick on the map' }).click();
    const picker = filters.getByTestId('map-picker');
    await picker.waitFor();
    const frame = await picker.boundingBox();
    if (!frame) throw new Error('no picker');
    await picker.click({ position: { x: frame.width / 2, y: frame.height / 2 } });
    await filters.getByText(/^Picked: /).waitFor();
    const lat = Number(await filters.getByLabel('Latitude').inputValue());
    const lon = Number(await filters.getByLabel('Longitude').inputValue());
    // The middle of the region as the map opens on it (the Mekong between Laos and Thailand).
    expect(lat).toBeGreaterThan(12);
    expect(lat).toBeLessThan(22);
    expect(lon).toBeGreaterThan(99);
    expect(lon).toBeLessThan(105);
    expect(await filters.getByLabel('Within (km)').inputValue()).toBe('5');
    await picker.locator('path.map-picked').waitFor();
    // Typed entry stays: a wider circle, then the tips within it.
    await filters.getByLabel('Within (km)').fill('500');
    const asked = page.waitForResponse((r) => r.url().includes('/api/monitoring/tips?'));
    await filters.getByRole('button', { name: 'Show tips' }).click();
    const res = await asked;
    expect(new URL(res.url()).searchParams.get('near')).toBe(`${lat},${lon},500`);
    // Exactly the tips with a position within the circle, as reckoned here from all of the agency's tips.
    const shown = ((await res.json()) as { tips: { id: string }[] }).tips.map((t) => t.id).sort();
    const all = await call<{ tips: { id: string; lat: number | null; lon: number | null }[] }>(
      page,
      '/api/monitoring/tips?limit=200',
    );
    const within = all.tips
      .filter(
        (t) =>
          t.lat !== null && t.lon !== null && distanceKm({ lat, lon }, { lat: t.lat, lon: t.lon }) <= 500,
      )
      .map((t) => t.id)
      .sort();
    expect(all.tips.length).toBe(60);
    expect(within.length).toBeGreaterThan(0);
    expect(shown).toEqual(within);
    await page.getByRole('heading', { name: 'Tips, newest first' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("records a site's latitude and longitude picked on the map, both at once", async () => {
    const { page, problems, context } = await analyst(TABLET);
    await page.goto(`${server.baseUrl}/#/intel/map`);
    const site = (await sitesOf(page))[0];
    if (!site) throw new Error('no site');
    await page.goto(`${server.baseUrl}/#/intel/entities/${site.id}`);
    const form = page.getByRole('form', { name: 'Add a fact' });
    await form.getByLabel('Attribute').selectOption({ label: 'Latitude' });
    await form.getByRole('button', { name: 'Pick on the map' }).click();
    const picker = form.getByTestId('map-picker');
    await picker.waitFor();
    // The current position is marked; a click elsewhere moves it.
    const frame = await picker.boundingBox();
    if (!frame) throw new Error('no picker');
    await picker.click({ position: { x: frame.width / 2, y: frame.height / 2 } });
    await form.getByText(/^Picked: /).waitFor();
    const picked = ((await form.getByText(/^Picked: /).textContent()) ?? '').match(
      /(-?\d+(?:\.\d+)?), (-?\d+(?:\.\d+)?)\./,
    );
    const [lat, lon] = [Number(picked?.[1]), Number(picked?.[2])];
    expect(await form.getByLabel('Value').inputValue()).toBe(String(lat));
    await form.getByRole('button', { name: 'Add the fact' }).click();
    await form.getByText(`Recorded: Latitude ${lat}, Longitude ${lon}.`).waitFor();
    const moved = (await sitesOf(page)).find((s) => s.id === site.id);
    expect(moved).toMatchObject({ lat, lon });
    expect(problems).toEqual([]);
    await context.close();
  });
});
