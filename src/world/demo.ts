import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { grantOversight } from '../access/oversight.ts';
import type { AgencyKind, Role } from '../access/roles.ts';
import { insertAgency, insertUser } from '../access/users-store.ts';
import type { Database } from '../db/types.ts';
import { loadDemoRouting } from './demo-monitoring.ts';

interface DemoAgency {
  name: string;
  kind: AgencyKind;
  staff: { username: string; name: string; roles: Role[] }[];
}

/** The agencies of a demo and one member of staff for each role, so a newcomer can walk the cycle as each of them. */
export const DEMO_AGENCIES: DemoAgency[] = [
  {
    name: 'Anti-Trafficking Police Division (demo)',
    kind: 'police',
    staff: [
      { username: 'demo.analyst', name: 'Pol. Capt. Nattaya Srisuk', roles: ['analyst'] },
      { username: 'demo.investigator', name: 'Pol. Maj. Anan Wongsa', roles: ['investigator'] },
      { username: 'demo.commander', name: 'Pol. Col. Thawatchai Boonmee', roles: ['operation_commander'] },
      { username: 'demo.deputy', name: 'Pol. Lt. Col. Siriporn Chaiyasit', roles: ['operation_commander'] },
      { username: 'demo.police-admin', name: 'Kittipong Saelim', roles: ['admin'] },
    ],
  },
  {
    name: 'Provincial Labour Protection Office, Samut Sakhon (demo)',
    kind: 'labour',
    staff: [{ username: 'demo.inspector', name: 'Kanya Thongdee', roles: ['labour_inspector'] }],
  },
  {
    name: 'Mekong Migrant Rights Network (demo)',
    kind: 'ngo',
    staff: [
      { username: 'demo.monitor', name: 'Aung Min Htet', roles: ['monitor'] },
      { username: 'demo.hotline', name: 'Lamai Kaewmanee', roles: ['hotline_operator'] },
      { username: 'demo.ngo-screener', name: 'Sophea Chan', roles: ['screening_officer'] },
    ],
  },
  {
    name: 'Office of the Attorney General, Anti-Trafficking Unit (demo)',
    kind: 'prosecution',
    staff: [{ username: 'demo.prosecutor', name: 'Pimchanok Rattanakul', roles: ['prosecutor'] }],
  },
  {
    name: 'Protection and Occupational Development Centre (demo)',
    kind: 'services',
    staff: [
      { username: 'demo.social-worker', name: 'Malee Saengthong', roles: ['social_worker'] },
      { username: 'demo.social-worker-2', name: 'Siriwan Phongsri', roles: ['social_worker'] },
      { username: 'demo.screener', name: 'Duangjai Phrom', roles: ['screening_officer'] },
    ],
  },
  {
    name: 'Regional Coordination Office (demo)',
    kind: 'coordination',
    staff: [
      { username: 'demo.me-officer', name: 'Nguyễn Thị Lan', roles: ['me_officer'] },
      { username: 'demo.coordinator', name: 'Souphanh Vongsa', roles: ['coordinator'] },
      { username: 'demo.auditor', name: 'Chan Dara', roles: ['auditor'] },
    ],
  },
];

/** Service providers a screened person can be referred to, in the demo. */
export const DEMO_PROVIDERS = [
  {
    name: 'Protection and Occupational Development Centre shelter (demo)',
    runBy: 'Protection and Occupational Development Centre (demo)',
    kind: 'shelter',
    languages: ['th', 'my', 'km', 'lo'],
    area: 'Nonthaburi',
    acceptsChildren: true,
    beds: 40,
  },
  {
    name: 'Children and Families Shelter, Samut Sakhon (demo)',
    kind: 'shelter',
    languages: ['th', 'my'],
    area: 'Samut Sakhon',
    acceptsChildren: true,
    beds: 25,
  },
  {
    name: 'Provincial Hospital, Samut Sakhon (demo)',
    kind: 'medical',
    languages: ['th', 'en'],
    area: 'Samut Sakhon',
    acceptsChildren: true,
  },
  {
    name: 'Migrant Legal Aid Clinic (demo)',
    kind: 'legal',
    languages: ['th', 'my', 'km', 'en'],
    area: 'Bangkok',
    acceptsChildren: true,
  },
  {
    name: 'Return and Reintegration Programme (demo)',
    kind: 'return_reintegration',
    languages: ['my', 'km', 'lo', 'vi'],
    area: 'Mae Sot, Poipet, Mukdahan',
    acceptsChildren: true,
  },
  {
    name: 'Migrant Workers Rights Centre (demo)',
    kind: 'labour_rights',
    languages: ['th', 'my', 'km'],
    area: 'Samut Sakhon',
    acceptsChildren: false,
  },
] as const;

/** Loads the demo agencies and users, marked as demo, in one transaction. */
export async function loadDemo(db: Kysely<Database>): Promise<{ agencies: number; users: number }> {
  return db.transaction().execute(async (trx) => {
    let users = 0;
    const agencies: { id: string; name: string; kind: AgencyKind }[] = [];
    for (const a of DEMO_AGENCIES) {
      const agencyId = await insertAgency(trx, a.name, a.kind);
      agencies.push({ id: agencyId, name: a.name, kind: a.kind });
      await trx.updateTable('agencies').set({ demo: true }).where('id', '=', agencyId).execute();
      for (const s of a.staff) {
        const id = await insertUser(trx, {
          agencyId,
          username: s.username,
          displayName: s.name,
          roles: s.roles,
        });
        await trx.updateTable('users').set({ demo: true }).where('id', '=', id).execute();
        users++;
      }
    }
    // The NGO's hotline answers the public reporting page (/report); a system administrator sets this in real use.
    const hotline = agencies.find((a) => a.name === 'Mekong Migrant Rights Network (demo)');
    if (hotline)
      await trx
        .insertInto('public_channel')
        .values({ id: 1, agency_id: hotline.id })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    // The coordination office's auditor reviews every demo agency (set by a system administrator in real use).
    for (const coordination of agencies.filter((a) => a.kind === 'coordination'))
      await grantOversight(
        trx,
        coordination.id,
        agencies.filter((a) => a.id !== coordination.id).map((a) => a.id),
      );
    for (const p of DEMO_PROVIDERS) {
      // The centre's own shelter is run by the centre's agency: its referrals reach that agency's inbox.
      const runBy = 'runBy' in p ? agencies.find((a) => a.name === p.runBy)?.id : undefined;
      await trx
        .insertInto('service_providers')
        .values({
          agency_id: runBy ?? null,
          name: p.name,
          kind: p.kind,
          languages: [...p.languages],
          area: p.area,
          accepts_children: p.acceptsChildren,
          beds: 'beds' in p ? p.beds : null,
        })
        .execute();
    }
    await loadDemoRouting(trx, agencies);
    await appendAudit(trx, {
      actor: { kind: 'system', userId: null, agencyId: null },
      action: 'demo.load',
      outcome: 'success',
      detail: { agencies: DEMO_AGENCIES.length, users },
    });
    return { agencies: DEMO_AGENCIES.length, users };
  });
}
