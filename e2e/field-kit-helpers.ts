import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { signInAsDemo } from './lantern-server.ts';

/** The field kit's IndexedDB database (web/src/offline/db.ts). */
export const KIT_DB = 'lantern-field-kit';

/** Sets up the field kit on the execution screen the first time on this phone, with a passphrase. */
export async function setUpKit(page: Page, passphrase: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Set up the field kit on this phone' });
  await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await form.getByLabel('The same again').fill(passphrase);
  await form.getByRole('button', { name: 'Set up the field kit' }).click();
}

/**
 * Cuts this phone off the network, for the page and for its service worker alike. Chromium's offline emulation
 * (setOffline) covers the page's requests, but requests a service worker makes may escape it; so every API
 * request is also aborted as a lost connection would fail it. The app shell then comes only from the worker's
 * precache, and API answers only from the field kit's sealed store.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/api/**', (r) => r.abort('internetdisconnected'));
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**/api/**');
  await context.setOffline(false);
}

/** Waits until the service worker controls the page with its precache installed (it activates only after). */
export async function workerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  });
}

/**
 * Everything this origin keeps in the browser, as text: every record of every IndexedDB database and object store
 * (byte arrays read both as UTF-8 and as Latin-1, so a plaintext hidden in bytes shows either way), and the local
 * and session storage.
 */
export function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const bytesOf = (v: unknown) =>
      v instanceof Uint8Array ? v : v instanceof ArrayBuffer ? new Uint8Array(v) : null;
    const text = (v: unknown): string =>
      JSON.stringify(v, (_k, x) => {
        const b = bytesOf(x);
        if (!b) return x;
        return `${new TextDecoder().decode(b)}|${Array.from(b, (c) => String.fromCharCode(c)).join('')}`;
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(info.name as string);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (r) =>
              new Promise<unknown>((resolve, reject) => {
                r.onsuccess = () => resolve(r.result);
                r.onerror = () => reject(r.error);
              }),
          ),
        );
        parts.push(`${info.name}/${name}: ${text(keys)} ${text(values)}`);
      }
      db.close();
    }
    for (const s of [localStorage, sessionStorage])
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i) ?? '';
        parts.push(`${k}=${s.getItem(k)}`);
      }
    return parts.join('\n');
  });
}

/** Every URL the service worker's caches hold: the app's own files only, never an API answer. */
export const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });

export const kitDatabaseExists = (page: Page) =>
  page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), KIT_DB);

/**
 * An operation in execution, made through the API as the demo's commander (who plans and commands) and deputy
 * (who approves and gives the go): the evidence officer and the arrest officer in the team. No one is expected to
 * be removed, so the plan needs no screening site; people removed can still be recorded.
 */
export async function executingOperation(
  commander: APIRequestContext,
  deputy: APIRequestContext,
  base: string,
  codeName: string,
  members: [name: string, role: string][],
): Promise<string> {
  const ok = async <T>(res: Promise<import('playwright-core').APIResponse>): Promise<T> => {
    const r = await res;
    if (!r.ok()) throw new Error(`${r.url()}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const { decisions } = await ok<{ decisions: { id: string; status: string; operation: unknown }[] }>(
    commander.get(`${base}/api/operations/decisions?status=approved`),
  );
  const free = decisions.find((d) => d.status === 'approved' && d.operation === null);
  if (!free) throw new Error('The demo has no approved decision without an operation.');
  const decision = await ok<{ target: { entityId: string | null; label: string } }>(
    commander.get(`${base}/api/operations/decisions/${free.id}`),
  );
  const made = await ok<{ id: string; version: number }>(
    commander.post(`${base}/api/operations/plans`, { data: { decisionId: free.id, codeName } }),
  );
  const api = `${base}/api/operations/plans/${made.id}`;
  const plan = {
    target: { entityId: decision.target.entityId, label: decision.target.label },
    place: 'Packing shed behind the pier',
    startsAt: new Date(Date.now() + 3_600_000).toISOString(),
    readyBy: null,
    screeningSite: null,
    transport: '',
    expectedPeople: { count: 0, children: 0, languages: [], medicalNeeds: '' },
    arrestTargets: [{ label: 'The shed supervisor', entityId: null }],
    expectedEvidence: [{ category: 'ledger', note: 'Wage book' }],
    briefing: [{ item: 'Roles briefed', done: true }],
    goNoGo: [{ item: 'Intelligence re-checked', done: false }],
    receivingAgencies: [],
  };
  const saved = await ok<{ version: number }>(
    commander.put(`${api}/plan`, { data: { version: made.version, plan } }),
  );
  const { candidates } = await ok<{ candidates: { userId: string; name: string }[] }>(
    commander.get(`${api}/candidates`),
  );
  for (const [name, role] of members) {
    const who = candidates.find((c) => c.name === name);
    if (!who) throw new Error(`${name} is not a candidate`);
    await ok(
      commander.post(`${api}/members`, { data: { userId: who.userId, role, team: 'Alpha', language: null } }),
    );
  }
  const approved = await ok<{ version: number; plan: { goNoGo: unknown[] } }>(
    deputy.post(`${api}/approval`, { data: { version: saved.version } }),
  );
  for (const [index] of approved.plan.goNoGo.entries())
    await ok(deputy.post(`${api}/checklist`, { data: { list: 'goNoGo', index, done: true } }));
  const started = await ok<{ status: string }>(deputy.post(`${api}/start`));
  if (started.status !== 'executing') throw new Error(`${codeName} did not start`);
  return made.id;
}

/**
 * What the server says of its chains after a sync: the audit chain end to end, and the agency's sealed records with
 * every exhibit's chain of custody (POST /api/audit/verify, as the agency's administrator); then the chain of
 * custody of each exhibit named, as its record shows it to `reader`, who reads evidence.
 */
export async function chainsAfterSync(
  browser: Browser,
  base: string,
  agency: string,
  reader: APIRequestContext,
  exhibits: string[],
) {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await signInAsDemo(page, base, agency, /Agency administrator/);
  const verified = await page.request.post(`${base}/api/audit/verify`);
  if (!verified.ok()) throw new Error(`audit verify: ${verified.status()} ${await verified.text()}`);
  const v = (await verified.json()) as {
    ok: boolean;
    firstBad?: { problem: string };
    records: { problems: { problem: string }[] };
  };
  await admin.close();
  const custody: { intact: boolean; entries: number; problems: string[] }[] = [];
  for (const id of exhibits) {
    const r = await reader.get(`${base}/api/evidence/exhibits/${id}`);
    if (!r.ok()) throw new Error(`exhibit ${id}: ${r.status()}`);
    custody.push(((await r.json()) as { verification: (typeof custody)[number] }).verification);
  }
  return {
    audit: v.ok ? 'intact' : v.firstBad?.problem,
    records: v.records.problems.map((p) => p.problem),
    custody,
  };
}
