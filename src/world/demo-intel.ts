import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles, type Role } from '../access/roles.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Db } from '../db/connection.ts';
import { addFact, createEntity } from '../intel/entities.ts';
import { importCalls, importFile } from '../intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../intel/imports/mapping.ts';
import { reMentionReports } from '../intel/mentions.ts';
import { runNetworkAnalysis } from '../intel/network/analysis-run.ts';
import { recordMention } from '../intel/people/records.ts';
import { resolvePeople } from '../intel/people/run.ts';
import { createReport, createSource } from '../intel/reports.ts';
import { decide } from '../operations/decisions.ts';
import { parseCsvLine } from './csv-parse.ts';
import { loadDemoConcluded } from './demo-concluded.ts';
import { loadDemoFamilies } from './demo-families.ts';
import { loadDemoOperations } from './demo-operations.ts';
import { generateWorld } from './generate.ts';

/** A demo user as an actor of the application, for loading the demo as that user would. */
export async function demoActor(database: Db, username: string): Promise<Actor> {
  const u = await database.db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('username', '=', username)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  const roles = (
    await database.db.selectFrom('user_roles').select('role').where('user_id', '=', u.id).execute()
  ).map((r) => r.role as Role);
  return {
    kind: 'user',
    userId: u.id,
    agencyId: u.agency_id,
    roles,
    permissions: permissionsOfRoles(roles),
    label: `demo:${username}`,
  };
}

const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n');

/**
 * Fills the demo with a small synthetic world's intelligence, entered as the demo analyst and the NGO monitor
 * would: the police unit's graded reports and sources, the business registry's sites, the operators' call
 * records; the NGO's hotline tips as TLP:AMBER reports. Nothing here is real.
 */
export async function loadDemoIntelligence(
  database: Db,
  secretKeys: Keyring,
): Promise<{
  reports: number;
  sites: number;
  calls: number;
  tips: number;
  decisions: number;
  operations: number;
  concluded: number;
  people: number;
  familyNumbers: number;
  familyCalls: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-demo-world-'));
  try {
    await generateWorld({ preset: 'demo', seed: 1, out: dir });
    const analyst = await demoActor(database, 'demo.analyst');
    const db = database.db;
    const requestId = 'demo-load';

    const sources = new Map<string, string>();
    let reports = 0;
    for (const line of lines(join(dir, 'reports.jsonl'))) {
      const r = JSON.parse(line) as {
        reported_on: string;
        source_type: string;
        source_code: string;
        source_grade: '1' | '2' | '3';
        information_grade: 'A';
        handling: 'P' | 'C';
        text: string;
      };
      let sourceId = sources.get(r.source_code);
      if (!sourceId) {
        sourceId = (
          await createSource(
            db,
            analyst,
            { code: r.source_code, kind: r.source_type, description: 'Demo source' },
            requestId,
          )
        ).id;
        sources.set(r.source_code, sourceId);
      }
      await createReport(
        db,
        analyst,
        secretKeys,
        {
          sourceId,
          reportedOn: r.reported_on,
          title: r.text.slice(0, 80),
          handling: r.handling,
          actionCode: r.handling === 'C' ? 'A2' : undefined,
          sanitisationCode: r.handling === 'C' ? 'S1' : undefined,
          provenance: '',
          items: [{ text: r.text, sourceGrade: r.source_grade, infoGrade: r.information_grade }],
        },
        requestId,
      );
      reports++;
    }

    // The business registry, as an open source: each registered site with its facts.
    const registry = (
      await createSource(
        db,
        analyst,
        { code: 'REGISTRY', kind: 'open_source', description: 'Business and vessel registries' },
        requestId,
      )
    ).id;
    const [header = '', ...rows] = lines(join(dir, 'businesses.csv'));
    const cols = parseCsvLine(header);
    let karaoke: { id: string; label: string } | null = null;
    const workplaces: { id: string; label: string }[] = [];
    const extract = await createReport(
      db,
      analyst,
      secretKeys,
      {
        sourceId: registry,
        reportedOn: '2026-10-01',
        title: 'Business registry extract',
        handling: 'P',
        provenance: 'Public registry',
        items: [
          {
            text: `${rows.length} registered businesses and vessels in the areas of interest.`,
            sourceGrade: '1',
            infoGrade: 'A',
          },
        ],
      },
      requestId,
    );
    for (const row of rows) {
      const b = Object.fromEntries(parseCsvLine(row).map((v, i) => [cols[i] ?? '', v]));
      const site = await createEntity(db, analyst, { type: 'site', label: b.name ?? '' }, requestId);
      if (!karaoke && (b.kind === 'karaoke_bar' || b.kind === 'brothel' || b.kind === 'scam_compound'))
        karaoke = site;
      if (['seafood_processing', 'fishing_vessel', 'farm', 'construction'].includes(b.kind ?? ''))
        workplaces.push(site);
      // The registry names each site's owner: a record of a person (or company) to resolve.
      if (b.owner_name)
        await recordMention(db, analyst.agencyId ?? '', {
          source: 'registry',
          sourceRef: b.registration_no ?? site.id,
          name: b.owner_name,
          document: b.owner_id_number || null,
          siteId: site.id,
        });
      for (const [attribute, value] of [
        ['name', b.name],
        ['site_kind', b.kind],
        ['lat', b.lat],
        ['lon', b.lon],
        ['registration_no', b.registration_no],
        ['address', `${b.town}, ${b.country}`],
      ] as const) {
        if (value)
          await addFact(
            db,
            analyst,
            site.id,
            { attribute, value, reportId: extract, sourceGrade: '1', infoGrade: 'A' },
            requestId,
          );
      }
    }

    const agencyId = analyst.agencyId ?? '';
    const calls = await importCalls(database, {
      actor: analyst,
      agencyId,
      path: join(dir, 'calls.csv'),
      mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
      acceptSkips: false,
    });
    // Who the phones are registered to, the money and who holds its accounts, the border: records that name people.
    for (const kind of ['subscribers', 'transfers', 'accounts', 'crossings'] as const)
      await importFile(database, {
        actor: analyst,
        agencyId,
        path: join(dir, `${kind}.csv`),
        mapping: BUILT_IN_MAPPINGS[`lantern-${kind}`] as ColumnMapping,
        acceptSkips: false,
      });
    const people = await resolvePeople(db, analyst, requestId);

    // Tips reach the NGO's hotline, which passes its file to the police unit under TLP:AMBER (limited to the
    // recipients' organisations). The unit imports it as it came: its analysts and investigators, who read tips
    // (monitoring.read), see them; tips are the receiving agency's own and are never passed on by Lantern.
    const tipsImport = await importFile(database, {
      actor: analyst,
      agencyId,
      path: join(dir, 'tips.jsonl'),
      mapping: BUILT_IN_MAPPINGS['lantern-tips'] as ColumnMapping,
      acceptSkips: false,
    });
    const tips = tipsImport.rowsImported;
    // The reports were written before the registry's sites and the people resolved: read them again for the
    // entities they name (mentions.ts).
    await reMentionReports(db, secretKeys, { agencyId });
    // A decision awaiting approval: the commander has assessed a site the tips point to.
    const commander = await demoActor(database, 'demo.commander');
    let decisions = 0;
    if (karaoke) {
      await decide(
        db,
        commander,
        {
          target: { entityId: karaoke.id, label: karaoke.label },
          assessment: {
            dangerToLife: 'high',
            childrenPresent: 'unknown',
            peopleAtRisk: 9,
            exploitation: ['sexual'],
            intelligence: { strongestSourceGrade: '2', strongestInfoGrade: 'B', corroboratingReports: 3 },
            nonTestimonialEvidence: ['call_records'],
            risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 4 },
            corruptionLeakRisk: 'medium',
            servicesReady: true,
          },
          decision: 'planned_raid_and_rescue',
          rationale:
            'Repeated tips and call records place the recruiters at this site; women are held and forced to take clients.',
        },
        requestId,
      );
      decisions++;
    }
    const ops = await loadDemoOperations(
      database,
      {
        commander,
        deputy: await demoActor(database, 'demo.deputy'),
        byUsername: (u) => demoActor(database, u),
      },
      workplaces,
    );
    // The network as the analyst would find it on the first morning: groups and brokers of the sites that the
    // reports name and the operations targeted.
    await runNetworkAnalysis(db, analyst, requestId);
    // A concluded operation on a site the analysis ties to a broker, its case file shared with the prosecutor.
    const concluded = await loadDemoConcluded(db, (u) => demoActor(database, u));
    // Victims' families, their calls to the hotline and the calls they get (after the analysis: it stays as it was).
    const families = await loadDemoFamilies(database, analyst, secretKeys, dir, requestId);
    return {
      reports,
      sites: rows.length,
      calls: calls.rowsImported,
      tips,
      decisions: decisions + ops.decisions + concluded.decisions,
      operations: ops.operations,
      concluded: concluded.operations,
      people: people.entities,
      ...families,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
