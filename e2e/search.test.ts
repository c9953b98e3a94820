import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../src/world/generate.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

const POLICE = 'Anti-Trafficking Police Division (demo)';
const PERSON = 'Somchai Wongsawat';
const SITE = 'Green Karaoke 27';
const THAI = 'มีแรงงานพม่าประมาณ 8 คนถูกกักตัวอยู่ในโรงงานแปรรูปอาหารทะเลแถวมหาชัย ทำงานวันละ 18 ชั่วโมง';
const RED = 'Twelve Cambodian men are kept on a boat at the Ranong pier and never paid.';
const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-search-'));

let server: RunningServer;
let browser: Browser;
/** A Thai mobile number that the demo's call records mention most. */
let busiest = '';

beforeAll(async () => {
  ensureWebBuilt();
  // The world the demo loads (seed 1): its calls are in every demo server's records.
  await generateWorld({ preset: 'demo', seed: 1, out: dir });
  const tally = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'calls.csv'), 'utf8').trim().split('\n').slice(1))
    for (const n of line.split(',').slice(1, 3))
      if (/^\+66[689]\d{8}$/.test(n)) tally.set(n, (tally.get(n) ?? 0) + 1);
  busiest = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  server = await startServer();
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** 081-234-5678 from +66812345678: how it is written in Thailand. */
const local = (e164: string) => `0${e164.slice(3, 5)}-${e164.slice(5, 8)}-${e164.slice(8)}`;

async function json<T>(page: Page, path: string, init?: { data: unknown; headers?: Record<string, string> }) {
  const res = init
    ? await page.request.post(`${server.baseUrl}${path}`, init)
    : await page.request.get(`${server.baseUrl}${path}`);
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** Uploads four tips (one Thai, one marked TLP:RED at the site's place) and waits until they are imported. */
async function uploadTips(page: Page, at: { lat: number; lon: number }) {
  const tips = [
    {
      tip_id: 'E2E-1',
      received_at: '2026-11-20T09:15:00+07:00',
      channel: 'hotline',
      language: 'th',
      text: THAI,
    },
    { tip_id: 'E2E-2', received_at: '2026-11-21T10:00:00+07:00', channel: 'ngo', language: 'en', text: RED },
    {
      tip_id: 'E2E-3',
      received_at: '2026-11-22T18:40:00+07:00',
      channel: 'social_media',
      language: 'km',
      text: 'ក្មេងស្រីបីនាក់ត្រូវបានគេនាំទៅធ្វើការនៅបារខារ៉ាអូខេមួយនៅប៉ោយប៉ែត',
    },
    {
      tip_id: 'E2E-4',
      received_at: '2026-11-23T07:05:00+07:00',
      channel: 'walk_in',
      language: 'my',
      text: 'မြဝတီနားက စက်ရုံတစ်ခုမှာ အလုပ်သမားတွေကို ပိတ်ထားတယ်',
    },
  ].map((t, i) => ({
    ...t,
    place_hint: ['มหาชัย', 'Ranong', 'Poipet', 'Myawaddy'][i],
    lat: i === 1 ? at.lat : null,
    lon: i === 1 ? at.lon : null,
    ...(i === 1 ? { tlp: 'RED' } : {}),
  }));
  const file = Buffer.from(`${tips.map((t) => JSON.stringify(t)).join('\n')}\n`);
  const { jobId } = await json<{ jobId: string }>(
    page,
    '/api/intel/imports?kind=tips&mapping=lantern-tips&fileName=tips.jsonl',
    { data: file, headers: { 'content-type': 'application/octet-stream' } },
  );
  await expect
    .poll(async () => (await json<{ status: string }>(page, `/api/intel/imports/${jobId}`)).status, {
      timeout: 20_000,
    })
    .toBe('completed');
}

async function search(page: Page, text: string) {
  await page.getByLabel('Name, number, plate or words').fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByText(new RegExp(`(results? for|Nothing found for) “${text.replace(/[+()]/g, '\\$&')}”`))
    .waitFor();
}

describe('search and tips in the browser', () => {
  it('finds a name spelled otherwise, a number typed locally and a tip by a Thai word; lists and filters tips', async () => {
    const { page, problems } = await watchedPage(browser, { width: 1280, height: 900 });
    await signInAsDemo(page, server.baseUrl, POLICE, /Nattaya Srisuk/);

    // The demo's entities are sites: a person is recorded here to be found under another spelling.
    const person = await json<{ id: string }>(page, '/api/intel/entities', {
      data: { type: 'person', label: PERSON },
    });
    const found = await json<{ entities: { id: string }[] }>(
      page,
      `/api/intel/search?q=${encodeURIComponent(SITE)}`,
    );
    const siteId = found.entities[0]?.id ?? '';
    const site = await json<{ facts: { attribute: string; value: string }[] }>(
      page,
      `/api/intel/entities/${siteId}`,
    );
    const fact = (a: string) => Number(site.facts.find((f) => f.attribute === a)?.value);
    await uploadTips(page, { lat: fact('lat'), lon: fact('lon') });
    // A line's own marking wins over the mapping's AMBER.
    const held = await json<{ tips: { tlp: string }[] }>(page, '/api/monitoring/tips?q=Ranong');
    expect(held.tips[0]?.tlp).toBe('RED');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intelligence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intelligence' }).waitFor();

    // A name with two letters changed.
    await search(page, 'Somchay Wongsawad');
    const people = page.getByRole('region', { name: 'People & things' });
    await people
      .getByText(/match \d+%/)
      .first()
      .waitFor();
    await people.getByRole('link', { name: PERSON }).click();
    await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    expect(page.url()).toContain(`#/intel/entities/${person.id}`);
    await page.goBack();

    // A number as written in Thailand: its E.164 form and how many call records mention it.
    expect(busiest).not.toBe('');
    const reading = await json<{ phones: { number: string; callRecords: number }[] }>(
      page,
      `/api/intel/search?q=${encodeURIComponent(local(busiest))}`,
    );
    const calls = reading.phones.find((p) => p.number === busiest)?.callRecords ?? 0;
    expect(calls).toBeGreaterThan(0);
    await search(page, local(busiest));
    const phones = page.getByRole('region', { name: 'Phone numbers' });
    await phones.getByText(`${busiest} — ${calls.toLocaleString('en-US')} call records`).waitFor();

    // A word of the Thai tip, under Tips with its marking.
    await search(page, 'กักตัว');
    const tips = page.getByRole('region', { name: 'Tips', exact: true });
    const thai = tips.getByRole('listitem').filter({ hasText: 'กักตัว' });
    await thai.waitFor();
    await expect(thai.locator('.tlp').textContent()).resolves.toBe('TLP:AMBER');
    await thai.getByText('Your own organisation and its clients, on a need-to-know basis.').waitFor();

    // The Tips tab: all four, newest first, each under its marking.
    await page.getByRole('tab', { name: 'Tips', exact: true }).click();
    const list = page.getByRole('list', { name: 'Tips, newest first' });
    // The demo's own tips came earlier: this test's four are the newest.
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    const newest = (await list.getByRole('listitem').allTextContents()).slice(0, 4).join(' ');
    for (const part of ['Myawaddy', RED, THAI]) expect(newest).toContain(part);
    await expect(list.getByRole('listitem').first().textContent()).resolves.toContain('Myawaddy');
    const red = list.getByRole('listitem').filter({ hasText: RED });
    await expect(red.locator('.tlp').textContent()).resolves.toBe('TLP:RED');
    await list.locator('[lang="th"]').filter({ hasText: THAI }).first().waitFor();

    // The words filter narrows the list to tips holding the word; a circle the server refuses says why.
    const filters = page.getByRole('form', { name: 'Filter tips' });
    await filters.getByLabel('Words', { exact: true }).fill('Ranong');
    await filters.getByRole('button', { name: 'Show tips' }).click();
    await expect
      .poll(async () => (await list.getByRole('listitem').allTextContents()).every((t) => /ranong/i.test(t)))
      .toBe(true);
    await list.getByText(RED).waitFor();
    await filters.getByLabel('Words', { exact: true }).fill('');
    await filters.getByLabel('Latitude').fill('95');
    await filters.getByLabel('Longitude').fill('100.5');
    await filters.getByLabel('Within (km)').fill('5');
    await filters.getByRole('button', { name: 'Show tips' }).click();
    await page.getByText('near: latitude must lie within ±90 and longitude within ±180').waitFor();

    // The site's timeline brings the tip placed at it.
    await search(page, SITE);
    await page.getByRole('region', { name: 'People & things' }).getByRole('link', { name: SITE }).click();
    await page.getByRole('heading', { level: 1, name: SITE }).waitFor();
    await page.getByLabel('Tips nearby (1)').waitFor();
    await page.getByRole('row', { name: /Tip .*Ranong pier/ }).waitFor();

    // The monitoring section lists the same tips.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Monitoring & tips' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring & tips' }).waitFor();
    const monitored = page.getByRole('list', { name: 'Tips, newest first' });
    await monitored.getByRole('listitem').filter({ hasText: RED }).waitFor();
    await monitored.getByRole('listitem').filter({ hasText: 'Myawaddy' }).first().waitFor();

    expect(problems.filter((p) => !/\b400\b/.test(p))).toEqual([]);
  }, 90_000);
});
