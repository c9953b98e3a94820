import { isoDay } from '../clock.ts';
import { CSV_COLUMNS } from '../formats.ts';
import { CRIMINAL_ROLES } from '../model.ts';
import { recordedDate, recordedIdentity, recordedName } from '../names/index.ts';
import { nationalityOf, roleOf } from '../population.ts';
import type { Rng } from '../rng.ts';
import type { TruthSink } from '../truth.ts';
import { accountOf, documentsOf, isoBirth, nameOf, type World } from '../world.ts';
import { csvRow, LineWriter } from '../writer.ts';

const PROVIDERS: Record<string, string[]> = {
  '66': ['AIS', 'TrueMove H', 'dtac'],
  '855': ['Smart', 'Cellcard', 'Metfone'],
  '856': ['Unitel', 'Lao Telecom', 'ETL'],
  '95': ['MPT', 'Ooredoo', 'Mytel'],
  '84': ['Viettel', 'Vinaphone', 'Mobifone'],
  '86': ['China Mobile', 'China Unicom', 'China Telecom'],
};
const providerOf = (number: number, h: number) => {
  const s = String(number);
  const code = ['855', '856', '66', '95', '84', '86'].find((c) => s.startsWith(c)) ?? '66';
  const list = PROVIDERS[code] ?? ['Operator'];
  return list[h % list.length] ?? 'Operator';
};

/**
 * `subscribers.csv`: one registration per SIM. Criminals often register SIMs in someone else's name (a nominee
 * from the background population); the truth records who really used each number.
 */
export async function writeSubscribers(w: World, path: string, truth: TruthSink): Promise<number> {
  const rng = w.rng.fork('subscribers');
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['subscribers.csv'] ?? []).join(','));
  const b = w.pop.phones;
  const background = w.pop.n - w.pop.castSize;
  for (let k = 0; k < b.count; k++) {
    const user = b.owner[k] ?? 0;
    const nominee = CRIMINAL_ROLES.has(roleOf(w.pop, user)) && rng.chance(0.5) && background > 0;
    const registrant = nominee ? w.pop.castSize + rng.int(0, background - 1) : user;
    const name = recordedName(rng, nameOf(w, registrant), 0.25);
    const doc = documentsOf(w, registrant);
    const id = rng.chance(0.15)
      ? ''
      : recordedIdentity(rng, rng.chance(0.6) ? doc.nationalId : doc.passport, 0.08);
    const subscriberId = `SUB${k + 1}`;
    const t = truth.record('subscribers.csv', subscriberId, registrant, { user, nominee });
    if (t) await t;
    const p = out.line(
      csvRow([
        subscriberId,
        `+${b.number[k]}`,
        providerOf(b.number[k] ?? 0, k),
        name,
        id,
        isoDay(Math.max(b.from[k] ?? 0, w.startDay - 720)),
      ]),
    );
    if (p) await p;
  }
  await out.close();
  return b.count;
}

/**
 * The identity number a registry holds for an owner (a company's director): the national identity card of a
 * citizen of the site's country, the passport of a foreigner; left out of one registration in ten.
 */
function ownerIdNumber(w: World, rng: Rng, owner: number, country: string): string {
  if (rng.chance(0.1)) return '';
  const doc = documentsOf(w, owner);
  return recordedIdentity(rng, nationalityOf(w.pop, owner) === country ? doc.nationalId : doc.passport, 0.05);
}

/** `businesses.csv`: every registered site under its lawful name, with the owner named in the registry (sometimes a nominee). */
export async function writeBusinesses(w: World, path: string, truth: TruthSink): Promise<number> {
  const rng = w.rng.fork('businesses');
  // Owners' identity numbers from a stream of their own, so that the rest of the file is as it always was.
  const ids = w.rng.fork('businesses/owner-ids');
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['businesses.csv'] ?? []).join(','));
  let rows = 0;
  for (const s of w.sites) {
    if (!s.registrationNo) continue;
    const town = w.geo.towns[s.townIdx];
    const nominee = s.group >= 0 && rng.chance(0.4);
    const owner = nominee ? w.pop.castSize + rng.int(0, Math.max(0, w.pop.n - w.pop.castSize - 1)) : s.owner;
    await truth.record('businesses.csv', s.registrationNo, owner, {
      site: s.id,
      nominee,
      realOwner: s.owner,
    });
    await out.line(
      csvRow([
        s.registrationNo,
        s.name,
        s.kind,
        town?.name ?? '',
        town?.country ?? 'TH',
        s.lat,
        s.lon,
        recordedName(rng, nameOf(w, owner), 0.1),
        isoDay(s.registeredOn),
        ownerIdNumber(w, ids, owner, town?.country ?? 'TH'),
      ]),
    );
    rows++;
  }
  await out.close();
  return rows;
}

/**
 * `accounts.csv`: the account-opening records of every account a transfer names, as the banks give them to the
 * police on request: the holder's name, identity card (a passport now and then) and birth date as the bank
 * recorded them. Accounts abroad that only receive remittances (EXT-…) are not asked for.
 */
export async function writeAccounts(
  w: World,
  path: string,
  truth: TruthSink,
  holders: Uint8Array,
): Promise<number> {
  const rng = w.rng.fork('accounts');
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['accounts.csv'] ?? []).join(','));
  let rows = 0;
  for (let i = 0; i < w.pop.n; i++) {
    if (holders[i] !== 1) continue;
    const account = accountOf(w, i);
    if (!account) continue;
    const nat = nationalityOf(w.pop, i);
    const doc = documentsOf(w, i);
    const id = rng.chance(0.05)
      ? ''
      : recordedIdentity(rng, rng.chance(0.9) ? doc.nationalId : doc.passport, 0.05);
    const t = truth.record('accounts.csv', account, i);
    if (t) await t;
    const p = out.line(
      csvRow([
        account,
        account.slice(0, account.indexOf('-')),
        recordedName(rng, nameOf(w, i), 0.15),
        id,
        recordedDate(rng, isoBirth(w, i), nat, 0.1),
        isoDay(w.startDay - rng.int(30, 3650)),
      ]),
    );
    if (p) await p;
    rows++;
  }
  await out.close();
  return rows;
}
