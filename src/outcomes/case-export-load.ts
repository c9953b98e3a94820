import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { identityContext } from '../protection/identity.ts';
import { type CaseExport, type CaseRecord, exportCases } from './case-export.ts';
import { placeAt } from './filters.ts';

// The records behind the k-anonymised case export, from every agency's protection cases: one per person
// identified (a case opened by accepting a transfer is the same person as the case it came from, and is left
// out). The year the case was opened, the screening's sex and age, the case's exploitation and child flag, the
// nationality from the sealed identity (unsealed here, in the server, and only ever leaving generalised and in a
// class of at least k) and the country of the operation the person was removed in (its target's point).

type Q = Kysely<Database>;

export async function caseRecords(
  db: Q,
  ring: Keyring,
  opts: { from?: string; to?: string },
): Promise<CaseRecord[]> {
  const rows = await db
    .selectFrom('protection_cases as c')
    .leftJoin('screenings as s', 's.id', 'c.screening_id')
    .leftJoin('protection_identities as i', 'i.case_id', 'c.id')
    .leftJoin('operations as o', 'o.id', 's.source_operation_id')
    .select([
      'c.id',
      'c.opened_at',
      'c.exploitation',
      'c.child',
      's.age',
      's.sex',
      'i.identity',
      'o.target_entity_id',
    ])
    .where('c.transferred_from', 'is', null)
    .$if(opts.from !== undefined, (q) => q.where('c.opened_at', '>=', new Date(`${opts.from}T00:00:00Z`)))
    .$if(opts.to !== undefined, (q) =>
      q.where('c.opened_at', '<', new Date(Date.parse(`${opts.to}T00:00:00Z`) + 86_400_000)),
    )
    .execute();
  const targets = [...new Set(rows.flatMap((r) => (r.target_entity_id ? [r.target_entity_id] : [])))];
  const facts =
    targets.length === 0
      ? []
      : await db
          .selectFrom('entity_facts')
          .select(['entity_id', 'attribute', 'value'])
          .where('entity_id', 'in', targets)
          .where('attribute', 'in', ['lat', 'lon', 'country'])
          .execute();
  const countryOf = new Map<string, string | null>();
  for (const id of targets) {
    const f = (a: string) => facts.find((x) => x.entity_id === id && x.attribute === a)?.value;
    const lat = Number(f('lat'));
    const lon = Number(f('lon'));
    const stated = f('country');
    countryOf.set(
      id,
      f('lat') && f('lon') ? (placeAt(lat, lon).country ?? stated ?? null) : (stated ?? null),
    );
  }
  return rows.map((r) => {
    let nationality: string | null = null;
    if (r.identity) {
      const id = JSON.parse(unsealText(ring, r.identity, identityContext(r.id))) as {
        nationality?: string | null;
      };
      nationality = id.nationality ?? null;
    }
    return {
      year: r.opened_at.getUTCFullYear(),
      sex: r.sex ?? null,
      age: r.age ?? null,
      child: r.child,
      nationality,
      exploitation: r.exploitation,
      countryOfExploitation: r.target_entity_id ? (countryOf.get(r.target_entity_id) ?? null) : null,
    };
  });
}

/** The export, audited with counts only. */
export async function caseExport(
  db: Q,
  actor: Actor,
  ring: Keyring,
  opts: { k: number; from?: string | undefined; to?: string | undefined },
  requestId: string,
): Promise<CaseExport> {
  const period: { from?: string; to?: string } = {};
  if (opts.from) period.from = opts.from;
  if (opts.to) period.to = opts.to;
  const out = exportCases(await caseRecords(db, ring, period), { k: opts.k });
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'outcomes.case_export',
      resource: { type: 'case_export' },
      outcome: 'success',
      requestId,
      detail: {
        k: opts.k,
        records: out.report.records,
        exported: out.report.exported,
        period: Object.keys(period),
      },
    }),
  );
  return out;
}
