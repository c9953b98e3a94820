import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { Rule } from './routing-match.ts';
import type { ruleView } from './wire.ts';

type Q = Kysely<Database>;
type StoredRule = Omit<z.output<typeof ruleView>, 'toAgencyName'>;

export interface RuleInput {
  name: string;
  toAgencyId: string;
  appliesTo: ('tip' | 'inspection')[];
  countries: string[] | null;
  area: [number, number][] | null;
  kinds: string[] | null;
  childrenOnly: boolean;
  minDanger: 'life' | 'high' | 'medium' | 'low' | null;
  priority: number;
  active: boolean;
}

type Row = Awaited<ReturnType<typeof ruleRows>>[number];
const ruleRows = (db: Q) =>
  db.selectFrom('routing_rules').selectAll().orderBy('priority').orderBy('name').execute();

const toRule = (r: Row): Rule => ({
  id: r.id,
  name: r.name,
  toAgencyId: r.to_agency_id,
  appliesTo: r.applies_to,
  countries: r.countries,
  area: r.area,
  kinds: r.kinds,
  childrenOnly: r.children_only,
  minDanger: r.min_danger as Rule['minDanger'],
  priority: r.priority,
  active: r.active,
});

/** Every rule (active or not), for matching and for the rules screen, with the receiving agency's name. */
export async function listRules(db: Q) {
  const rows = await ruleRows(db);
  const agencies = await db.selectFrom('agencies').select(['id', 'name']).execute();
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  // A rule holds only the codes its body allowed (ruleBody in wire.ts).
  return rows.map((r) => ({ ...(toRule(r) as StoredRule), toAgencyName: names.get(r.to_agency_id) ?? '' }));
}

async function checkInput(db: Q, input: RuleInput) {
  const agency = await db
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', input.toAgencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('validation_failed', 'toAgencyId: no such agency');
  if (input.area && input.area.length < 3)
    throw new AppError(
      'validation_failed',
      'area: draw at least three points, or leave the area out for anywhere',
    );
  if (!input.appliesTo.length)
    throw new AppError('validation_failed', 'appliesTo: choose tips, inspections or both');
}

const values = (input: RuleInput) => ({
  name: input.name,
  to_agency_id: input.toAgencyId,
  applies_to: input.appliesTo,
  countries: input.countries?.length ? input.countries : null,
  area: input.area ? JSON.stringify(input.area) : null,
  kinds: input.kinds?.length ? input.kinds : null,
  children_only: input.childrenOnly,
  min_danger: input.minDanger,
  priority: input.priority,
  active: input.active,
});

export async function createRule(db: Q, actor: Actor, input: RuleInput, requestId: string) {
  await checkInput(db, input);
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('routing_rules')
      .values({ ...values(input), created_by: actor.userId ?? '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.rule_create',
      resource: { type: 'routing_rule', id: r.id },
      outcome: 'success',
      requestId,
      detail: { to: input.toAgencyId },
    });
    return r.id;
  });
}

export async function updateRule(db: Q, actor: Actor, id: string, input: RuleInput, requestId: string) {
  await checkInput(db, input);
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('routing_rules')
      .set(values(input))
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!r) throw new AppError('not_found', 'No such routing rule.');
    await appendAudit(trx, {
      actor,
      action: 'monitoring.rule_update',
      resource: { type: 'routing_rule', id },
      outcome: 'success',
      requestId,
      detail: { to: input.toAgencyId, active: input.active },
    });
  });
}
