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

// The network analysis on the demo (which is analysed when it loads): the analyst reads the brokers and the
// candidate groups on the Network tab, opens a site of a group and reads what the network says of it, with the
// group's other sites, and analyses the network again. The numbers calling victims' families at night, below.

const POLICE = 'Anti-Trafficking Police Division (demo)';

interface Named {
  id: string;
  type: string;
  label: string;
}
interface Broker {
  rank: number;
  person: Named;
  sites: Named[];
  through: Named[];
  paidBy: Named[];
}
interface Group {
  community: number;
  sites: Named[];
  keyPeople: Named[];
}
interface Profile {
  people: (Named & { role: string })[];
  brokers: { rank: number; person: Named; sitesSupplied: number }[];
  group: { sites: Named[]; keyPeople: Named[]; tiedSites: Named[] } | null;
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
  expect(res.ok(), `${path}: ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

const openNetworkTab = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  await page.getByText(/^Last analysed /).waitFor();
};

describe('the network analysis screens', () => {
  it('show the demo’s brokers and groups, a site’s profile with its group, and analyse again', async () => {
    const { context, page, problems } = await watchedPage(browser, { width: 1280, height: 1000 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await openNetworkTab(page);
    const before = (await json<{ last: { ranAt: string } | null }>(page, '/api/intel/network/analysis')).last;
    expect(before).not.toBeNull();

    // The brokers, best first, each with the sites reached and through whom.
    const { brokers } = await json<{ brokers: Broker[] }>(page, '/api/intel/network/brokers?limit=50');
    expect(brokers.length).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /Brokers/ });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(brokers.length);
    const top = brokers[0] as Broker;
    const first = rows.first();
    await expect(first.getByRole('rowheader').textContent()).resolves.toBe(top.person.label);
    for (const s of top.sites)
      await first.getByRole('link', { name: s.label, exact: true }).first().waitFor();
    // Why first: the sites' runners who paid the person (the demo's brokers are paid a fee per worker placed).
    expect(top.paidBy.length).toBeGreaterThan(0);
    const paid = first.locator('td[data-label="Paid by"]');
    for (const p of top.paidBy)
      await paid.getByRole('link', { name: p.label, exact: true }).first().waitFor();
    await expect(first.getByRole('link', { name: /^Open in link chart/ }).getAttribute('href')).resolves.toBe(
      `#/intel/network?node=${encodeURIComponent(top.person.id)}`,
    );
    // Sorted by the sites reached, most first, from the keyboard.
    const reached = table.getByRole('columnheader', { name: /Sites reached/ });
    await reached.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(reached.getAttribute('aria-sort')).resolves.toBe('descending');
    const most = Math.max(...brokers.map((b) => b.sites.length));
    await expect(rows.first().locator('td[data-label="Sites reached"]').textContent()).resolves.toBe(
      String(most),
    );

    // The candidate groups: a group holding two or more sites, with its sites and key people.
    const { groups } = await json<{ groups: Group[] }>(page, '/api/intel/network/groups?limit=60');
    const index = groups.findIndex((g) => g.sites.length >= 2);
    expect(index, 'a demo group holds two or more sites').toBeGreaterThanOrEqual(0);
    const group = groups[index] as Group;
    const [site, ...others] = group.sites as [Named, ...Named[]];
    const card = page.getByRole('article', { name: `Group ${index + 1} around ${site.label}`, exact: true });
    for (const n of [...group.sites, ...group.keyPeople])
      await card.getByRole('link', { name: n.label, exact: true }).first().waitFor();

    // The site's page: what the network says, with the group's other sites.
    await card.getByRole('link', { name: site.label, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: site.label }).waitFor();
    const says = page.getByRole('region', { name: 'What the network says' });
    const profile = await json<Profile>(page, `/api/intel/network/sites/${site.id}/profile`);
    expect(profile.group?.sites.map((s) => s.id).sort()).toEqual(others.map((s) => s.id).sort());
    for (const o of others) await says.getByRole('link', { name: o.label, exact: true }).first().waitFor();
    // The sites the group's people are tied to outside it (a farm registered by a member, worked by outsiders).
    await says.getByText('Sites its people are tied to', { exact: true }).waitFor();
    const outside = profile.group?.tiedSites ?? [];
    if (outside.length === 0) await says.getByText('none outside the group', { exact: true }).waitFor();
    for (const x of outside) await says.getByRole('link', { name: x.label, exact: true }).first().waitFor();
    const tied = profile.people[0];
    if (tied) await says.getByRole('listitem').filter({ hasText: tied.role }).first().waitFor();
    // The brokers supplying it, best ranked first: ten, then all on request.
    const supplying = (b: Profile['brokers'][number]) =>
      says.getByText(new RegExp(`^ranked ${b.rank}, supplies ${b.sitesSupplied} sites?$`));
    for (const b of profile.brokers.slice(0, 10)) await supplying(b).waitFor();
    const last = profile.brokers.at(-1);
    if (last && profile.brokers.length > 10) {
      await expect(supplying(last).count()).resolves.toBe(0);
      await says.getByRole('button', { name: `Show all ${profile.brokers.length} brokers` }).click();
      await supplying(last).waitFor();
    }
    await expect(
      says.getByRole('link', { name: 'Show the site on the map' }).getAttribute('href'),
    ).resolves.toBe(`#/intel/map?entity=${encodeURIComponent(site.id)}`);

    // And the analysis again: the busy button, then what it found; the last run is now.
    await openNetworkTab(page);
    // The run is held back a moment so that its busy state can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/intel/network/analyses', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Analyse the network' }).click();
    await expect(page.getByRole('button', { name: 'Analysing the network…' }).isDisabled()).resolves.toBe(
      true,
    );
    release();
    await page
      .getByText(/^Analysed [\d,]+ people, sites, phones and accounts joined by [\d,]+ ties/)
      .waitFor({
        timeout: 60_000,
      });
    const after = (await json<{ last: { ranAt: string } }>(page, '/api/intel/network/analysis')).last;
    expect(Date.parse(after.ranAt)).toBeGreaterThan(Date.parse(before?.ranAt ?? ''));
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the numbers calling victims' families at night, each family as its tip, and fits a phone", async () => {
    const { context, page, problems } = await watchedPage(browser, { width: 390, height: 844 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await page.goto(`${server.baseUrl}/#/intel`);
    await page.getByRole('tab', { name: 'Network', exact: true }).click();
    const { callers } = await json<{ callers: { caller: string; numbers: string[]; tips: string[] }[] }>(
      page,
      '/api/intel/network/calls/night-families?fromHour=22&toHour=6&limit=50',
    );
    expect(callers.length, 'the demo has night callers of families').toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /families at night/ });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(callers.length);
    const top = callers[0] as { caller: string; numbers: string[]; tips: string[] };
    const first = rows.first();
    for (const n of top.numbers) await first.getByRole('link', { name: n, exact: true }).waitFor();
    for (const tip of top.tips)
      await expect(first.getByRole('link', { name: `Tip ${tip}` }).getAttribute('href')).resolves.toBe(
        `#/monitoring/tips/${tip}`,
      );
    // A night that starts at nine asks again with those hours.
    const asked = page.waitForRequest((r) => r.url().includes('night-families?fromHour=21&toHour=6'));
    await page.getByLabel('Night from').selectOption('21');
    await asked;
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(callers.length);
    const box = page.locator('.table-wrap', { has: table });
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client as number);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads on a phone: the brokers as cards, no page wider than the screen', async () => {
    const { context, page, problems } = await watchedPage(browser, { width: 390, height: 844 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await page.goto(`${server.baseUrl}/#/intel`);
    await page.getByRole('tab', { name: 'Network', exact: true }).click();
    await page
      .getByRole('table', { name: /Brokers/ })
      .locator('tbody tr')
      .first()
      .waitFor();
    // The table fits its box: no sideways scrolling to read a broker.
    const box = page.locator('.table-wrap', { has: page.getByRole('table', { name: /Brokers/ }) });
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client as number);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });
});
