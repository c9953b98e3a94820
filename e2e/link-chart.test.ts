import { readFileSync } from 'node:fs';
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

// The link chart on the demo, as an analyst uses it: from a site's page into the chart, two steps out to a
// person, the path to them, why a link on it is there, the chart saved and reopened from the agency's list.

const POLICE = 'Anti-Trafficking Police Division (demo)';
const DESKTOP = { width: 1400, height: 1000 };

interface Node {
  id: string;
  type: string;
  label: string;
  hops: number;
}
interface Edge {
  id: string;
  from: string;
  to: string;
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function json<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/**
 * A site of the demo with a person at least two steps away, found through the API as the chart will find it:
 * the site, the person, and the shortest path between them (site, the nodes between, person). In the demo a
 * site's people reach others through their phones' calls: site → person → phone → phone → person.
 */
async function siteAndDistantPerson(page: Page) {
  const { entities } = await json<{ entities: { id: string; label: string }[] }>(
    page,
    '/api/intel/entities?type=site&limit=100',
  );
  for (const s of entities.slice(0, 40)) {
    const g = await json<{ nodes: Node[]; edges: Edge[] }>(
      page,
      `/api/intel/network/neighbourhood?node=${s.id}&hops=3`,
    );
    const near = new Set(g.nodes.map((n) => n.id));
    const far = g.nodes.filter((n) => n.hops >= 2 && !n.id.includes(':'));
    for (const f of far.filter((n) => n.type === 'person' || n.type === 'phone').slice(0, 10)) {
      const next = await json<{ nodes: Node[] }>(
        page,
        `/api/intel/network/neighbourhood?node=${f.id}&hops=1`,
      );
      const person = [f, ...next.nodes].find(
        (n) => n.type === 'person' && (n.id === f.id || !near.has(n.id)),
      );
      if (!person) continue;
      const { paths } = await json<{ paths: { nodes: string[] }[] }>(
        page,
        `/api/intel/network/paths?from=${s.id}&to=${person.id}`,
      );
      const path = paths[0]?.nodes;
      if (path && path.length >= 3) return { site: { id: s.id, label: s.label }, person, path };
    }
  }
  return undefined;
}

const nodeRow = (page: Page, id: string) => page.locator(`.chart-nodes > li[data-node="${id}"]`);
const nodeCount = async (page: Page) => {
  const h = await page.getByRole('heading', { name: /^Nodes on the chart \(/ }).textContent();
  return Number(/\(([\d,]+)\)/.exec(h ?? '')?.[1]?.replaceAll(',', ''));
};

describe('the link chart', () => {
  it('opens a site in the chart, finds the path to a person several steps away, saves the chart and reopens it', async () => {
    const { page, problems } = await watchedPage(browser, DESKTOP);
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    const pick = await siteAndDistantPerson(page);
    expect(pick, 'a demo site has a person two or more steps away').toBeDefined();
    if (!pick) return;
    const { site, person, path } = pick;
    const between = path.slice(1, -1);
    console.info(`Site ${site.label}; ${person.label}, ${path.length - 1} steps away`);

    // From the site's page into the chart: the site and its neighbours, one step.
    await page.goto(`${server.baseUrl}/#/intel/entities/${site.id}`);
    await page.getByRole('link', { name: 'Open in link chart' }).click();
    await page.waitForURL(`**/#/intel/network?node=${site.id}`);
    await nodeRow(page, between[0] as string).waitFor();
    await expect(nodeRow(page, person.id).count()).resolves.toBe(0);
    await expect(page.locator('.chart-canvas canvas').count()).resolves.toBeGreaterThan(0);

    // Step by step outwards: expanding each node between brings the next in, and the person at the end.
    for (const [i, id] of between.entries()) {
      const row = nodeRow(page, id);
      await row.waitFor();
      await row.getByRole('button', { name: /^Expand / }).click();
      await row.getByRole('button', { name: /^Collapse / }).waitFor();
      await nodeRow(page, (path[i + 2] ?? person.id) as string).waitFor();
    }
    await nodeRow(page, person.id).waitFor();

    // Select the site and the person in the list; the path between them highlighted, step by step.
    await page.getByLabel('Find on the chart').fill(site.label);
    await nodeRow(page, site.id).getByRole('checkbox').check();
    await page.getByLabel('Find on the chart').fill(person.label);
    await nodeRow(page, person.id).getByRole('checkbox').check();
    await page.getByLabel('Find on the chart').fill('');
    await page.getByRole('button', { name: 'Find the shortest paths' }).click();
    const paths = page.getByRole('list', { name: 'Paths found' });
    await paths.getByRole('listitem').first().waitFor();
    const first = (await paths.getByRole('listitem').first().textContent()) ?? '';
    expect(first).toMatch(new RegExp(`^${path.length - 1} step\\(s\\)`));
    expect(first).toContain(person.label);

    // Why is the first link of the path there: its provenance in words.
    await paths
      .getByRole('button', { name: /^Why: / })
      .first()
      .click();
    const why = page.getByRole('region', { name: 'Why is this link here?' });
    await why.waitFor();
    await expect(why.locator('dd').first().textContent()).resolves.toMatch(/^(Declared|Traced): /);
    await page.screenshot({ path: '/tmp/link-chart.png' });

    // Exports: GraphML with every node on the chart, SVG drawn from the positions.
    const count = await nodeCount(page);
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    const xml = readFileSync((await graphml.path()) as string, 'utf8');
    expect(xml.match(/<node /g)?.length).toBe(count);
    expect(xml).toContain(`<node id="${person.id}">`);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg [\s\S]*<\/svg>$/);

    // A narrower filter is applied to the links on the chart without asking the server: no link is that strong,
    // so only the site and the nodes expanded stay; back to any link, the chart is whole again.
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/intel/network/neighbourhood')) asked.push(r.url());
    });
    const weakest = page.getByLabel('Weakest link kept (calls or transfers between the pair)');
    await weakest.fill('1000000');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(/^Filters applied: /).waitFor();
    await expect(nodeCount(page)).resolves.toBe(path.length - 1);
    await expect(nodeRow(page, person.id).count()).resolves.toBe(0);
    await weakest.fill('1');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await nodeRow(page, person.id).waitFor();
    await expect(nodeCount(page)).resolves.toBe(count);
    expect(asked).toEqual([]);

    // Saved for the agency, and reopened from the saved list with the same nodes.
    const title = `Suppliers of ${site.label}`;
    await page.getByLabel('Chart title').fill(title);
    await page.getByRole('button', { name: 'Save chart' }).click();
    await page.getByText(`Saved “${title}” with ${count} nodes`).waitFor();
    await page.goto(`${server.baseUrl}/#/intel/network`);
    await page.getByRole('list', { name: 'Saved charts' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await nodeRow(page, person.id)
      .or(page.getByText(/more: narrow the list/))
      .first()
      .waitFor();
    await expect(nodeCount(page)).resolves.toBe(count);
    await page.getByLabel('Find on the chart').fill(person.label);
    await nodeRow(page, person.id).waitFor();
    expect(problems).toEqual([]);
  }, 180_000);
});
