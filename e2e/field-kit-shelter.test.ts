import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningStart } from '../src/screening/screening-fixture.ts';
import { deviceStorage, goOffline, goOnline, KIT_DB, setUpKit, workerReady } from './field-kit-helpers.ts';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A shelter case in the field kit: the demo's social worker takes a case and opens it with a connection on a
// phone, which keeps it sealed once the kit is set up. With no signal in the shelter, the app reloads from the
// worker's cache, the kit is unlocked and the case opened from it: a needs assessment and the person's answers on
// two services are recorded there, none of it readable in the browser's storage. Meanwhile a step on one of
// those services is recorded in the office; back online, the rest arrives once, with the time it was recorded,
// and the clash is shown beside the office's step, for the caseworker to drop theirs. Nothing is sent again.

const PHONE = { width: 390, height: 844 };
const AGENCY = 'Protection and Occupational Development Centre (demo)';
const WORKER = /Social worker Malee Saengthong/;
const SECRET = 'shelter case work passphrase';
const PSEUDONYM = 'Person 52';
/** What the caseworker types on the phone: none of it may be readable in the browser's storage. */
const TYPED = {
  health: 'Cough since the boat; clinic visit asked for',
  family: 'Sister in Mawlamyine, no phone',
};
const ANSWERS = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'x',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: 'x' },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': { answer: 'yes', observation: 'x' },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'x' },
  'coercion_at_destination.confiscation_of_documents': { answer: 'yes', observation: 'x' },
  'coercion_at_destination.withholding_of_wages': { answer: 'yes', observation: 'x' },
};
const DOMAINS = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'];

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

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** A lost connection and the refused stale step show in the console as failed requests: expected, nothing else. */
const real = (problems: string[]) =>
  problems.filter(
    (p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR_FAILED|status of 409/.test(p),
  );

/** As the demo screener: a screening completed, finding the person presumed trafficked; the case it opens. */
async function openedCase(page: Page): Promise<string> {
  const call = async (method: 'post' | 'patch', path: string, data: object) => {
    const res = await page.request[method](`${server.baseUrl}${path}`, { data });
    expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as { id: string; version: number; protectionCase?: { id: string } };
  };
  const start = screeningStart({ source: 'walk_in', sourceRef: 'W-52', pseudonym: PSEUDONYM, age: 31 });
  const s = await call('post', '/api/screenings', { ...start, guardian: null });
  const saved = await call('patch', `/api/screenings/${s.id}`, { version: s.version, answers: ANSWERS });
  const done = await call('post', `/api/screenings/${s.id}/complete`, { version: saved.version });
  const id = done.protectionCase?.id;
  if (!id) throw new Error('The screening opened no case.');
  return id;
}

interface Service {
  id: string;
  service: string;
  status: string;
  steps: { status: string; at: string; language: string; by: { name: string } | null }[];
}
interface Case {
  assessments: number;
  needs: { domain: string; note: string; assessedAt: string }[];
  services: Service[];
}

describe('a shelter case in the field kit', () => {
  it('is kept online, worked on offline and sealed, sent once back online, a clash with the office shown and chosen on', async () => {
    const screener = await watchedPage(browser, { width: 1280, height: 800 });
    await signInAsDemo(screener.page, server.baseUrl, AGENCY, /Screening officer/);
    const caseId = await openedCase(screener.page);
    await screener.context.close();

    const { context, page, problems } = await watchedPage(browser, PHONE, { serviceWorkers: 'allow' });
    await signInAsDemo(page, server.baseUrl, AGENCY, WORKER);
    const api = `${server.baseUrl}/api/protection/cases/${caseId}`;
    const post = async (path: string, data?: object) => {
      const r = await page.request.post(`${api}${path}`, data ? { data } : {});
      expect(r.ok(), `${path}: ${r.status()} ${await r.text()}`).toBe(true);
      return (await r.json()) as { serviceId: string };
    };
    // Taken, assessed once and two services offered, with a connection.
    await post('/owner');
    await post('/needs', { language: 'my', needs: DOMAINS.map((domain) => ({ domain, level: 'some' })) });
    const medical = (await post('/services', { service: 'medical', language: 'my' })).serviceId;
    const legal = (await post('/services', { service: 'legal_aid', language: 'my' })).serviceId;

    // Opened with a connection, the case is kept once the kit is set up on this phone.
    await page.goto(`${server.baseUrl}/#/protection/${caseId}`);
    await heading(page, PSEUDONYM).waitFor();
    const keep = region(page, 'Work in the shelter without a connection');
    await keep.getByRole('button', { name: 'Set up the field kit' }).click();
    await setUpKit(page, SECRET);
    await keep.getByText(/^This case is kept, sealed, in your field kit/).waitFor();
    await workerReady(page);

    // No signal in the shelter: the app reloads from the worker's cache and the case opens from the kit.
    await goOffline(context);
    await page.reload();
    await heading(page, 'Offline — unlock the field kit').waitFor();
    const unlock = region(page, 'Unlock the field kit');
    await unlock.getByLabel('Field kit secret').fill(SECRET);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Shelter cases').waitFor();
    await page.getByRole('button', { name: PSEUDONYM, exact: true }).click();
    await heading(page, PSEUDONYM).waitFor();
    await page.getByText(/^No connection: the case as kept on this device/).waitFor();
    await page.getByText(/^Consent to share, stays, transfers, referrals/).waitFor();
    // Only what is recorded offline is on the page: no consents, stays nor transfers.
    await expect(page.getByRole('region', { name: 'Shelter stays' }).count()).resolves.toBe(0);

    const needs = region(page, 'Needs');
    await needs.getByLabel('Health: need').selectOption('serious');
    await needs.getByLabel('Health: note (optional)').fill(TYPED.health);
    await needs.getByLabel('Family: note (optional)').fill(TYPED.family);
    const recordedFrom = Date.now();
    await needs.getByRole('button', { name: 'Record the assessment' }).click();
    await needs.getByText('Kept on this device: it will be sent when the connection returns.').waitFor();
    const services = region(page, 'Services');
    const item = (name: string) => services.getByRole('listitem', { name, exact: true });
    await item('Medical care')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await item('Medical care').getByText('(waiting to be sent)').waitFor();
    // Accepted on the phone: its next steps follow from there.
    await item('Medical care')
      .getByRole('button', { name: /^Withdraw/ })
      .waitFor();
    await item('Legal aid')
      .getByRole('button', { name: /^Decline/ })
      .click();
    const waiting = region(page, 'Case work waiting on this device');
    await waiting.getByText('3 records waiting to be sent.').waitFor();
    const recordedTo = Date.now();

    const stored = await deviceStorage(page);
    expect(stored).toContain(KIT_DB);
    for (const typed of [...Object.values(TYPED), PSEUDONYM]) expect(stored).not.toContain(typed);

    // Meanwhile, in the office, the person's answer on legal aid is recorded: accepted.
    const office = await watchedPage(browser, { width: 1280, height: 800 });
    await signInAsDemo(office.page, server.baseUrl, AGENCY, WORKER);
    const theirs = await office.page.request.post(`${api}/services/${legal}/decision`, {
      data: { decision: 'accepted', language: 'th' },
    });
    expect(theirs.status()).toBe(200);

    // Back online: what waited is sent, each once; the clash is shown beside the office's step.
    const sent: { path: string; body: string }[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.method() === 'POST' && path.startsWith(`/api/protection/cases/${caseId}/`))
        sent.push({ path, body: r.postData() ?? '' });
    });
    await goOnline(context);
    await waiting.getByText(/^Another step was recorded on these services/).waitFor();
    const clash = waiting.getByRole('row', { name: /^Legal aid/ });
    await clash.getByText('Accepted by the person', { exact: true }).waitFor();
    await clash.getByText(/Legal aid: Declined by the person/).waitFor();
    await waiting.getByRole('button', { name: 'Drop mine' }).click();
    await waiting.waitFor({ state: 'detached' });

    const after = (await (await office.page.request.get(api)).json()) as Case;
    expect(after.assessments).toBe(2);
    const byDomain = Object.fromEntries(after.needs.map((n) => [n.domain, n]));
    expect(byDomain.health?.note).toBe(TYPED.health);
    expect(byDomain.family?.note).toBe(TYPED.family);
    // With the time it was recorded on the phone, not the time it arrived.
    const assessedAt = Date.parse(byDomain.health?.assessedAt ?? '');
    expect(assessedAt).toBeGreaterThanOrEqual(recordedFrom - 1000);
    expect(assessedAt).toBeLessThanOrEqual(recordedTo);
    const service = (id: string) => after.services.find((s) => s.id === id) as Service;
    expect(service(medical).status).toBe('accepted');
    const accepted = service(medical).steps.at(-1);
    expect(accepted).toMatchObject({ status: 'accepted', language: 'my', by: { name: 'Malee Saengthong' } });
    expect(Date.parse(accepted?.at ?? '')).toBeLessThanOrEqual(recordedTo);
    // The office's answer stands; the phone's was never recorded.
    expect(service(legal).status).toBe('accepted');
    expect(service(legal).steps.map((s) => s.status)).toEqual(['offered', 'accepted']);
    // Each sent once: the assessment, the medical step, and the legal step refused as stale.
    expect(sent.map((s) => s.path.slice(api.length - server.baseUrl.length))).toEqual([
      '/needs',
      `/services/${medical}/decision`,
      `/services/${legal}/decision`,
    ]);

    // Nothing is sent again: the case read again sends nothing, and the same assessment sent again changes nothing.
    await page.reload();
    await heading(page, PSEUDONYM).waitFor();
    await region(page, 'Needs').waitFor();
    expect(sent).toHaveLength(3);
    const resent = await page.request.post(`${api}/needs`, {
      data: JSON.parse(sent[0]?.body ?? '{}'),
    });
    expect(resent.status()).toBe(200);
    expect(((await (await page.request.get(api)).json()) as Case).assessments).toBe(2);
    expect(await deviceStorage(page)).not.toContain(TYPED.health);
    expect(real(problems)).toEqual([]);
    await office.context.close();
    await context.close();
  });
});
