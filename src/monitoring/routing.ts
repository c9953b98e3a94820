import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { shareProblem, type Tlp } from '../intel/grading.ts';
import { AppError } from '../platform/errors.ts';
import { detailsContext } from './intake.ts';
import { afterIntake } from './intake-hooks.ts';
import { matchRules } from './routing-match.ts';
import { listRules } from './routing-rules.ts';
import { routableItem } from './routing-sources.ts';
import { leftInText, sanitiseText, sharedDetails, withheldTerms } from './sanitise.ts';
import { triageDueAt } from './triage-targets.ts';

type Q = Kysely<Database>;
export type ItemType = 'tip' | 'inspection';

/** The agencies with jurisdiction by the rules, and the sanitised text proposed for sending. */
export async function routeProposal(
  db: Q,
  actor: Actor,
  ring: Keyring,
  type: ItemType,
  id: string,
  requestId: string,
) {
  const item = await routableItem(db, actor, ring, type, id);
  const rules = await listRules(db);
  const proposal = matchRules(rules, item, item.agencyId);
  const agencies = await db.selectFrom('agencies').select(['id', 'name', 'kind']).execute();
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const { withheld } = sharedDetails(item.details);
  // The proposal opens the item's identities to withhold them and shows its text: a read like any other.
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.route_proposal_read',
      resource: { type, id },
      outcome: 'success',
      requestId,
      detail: { agencies: proposal.agencies.length, overlap: proposal.overlap },
    }),
  );
  return {
    agencies: proposal.agencies.map((a) => ({
      agencyId: a.agencyId,
      agencyName: byId.get(a.agencyId)?.name ?? '',
      agencyKind: byId.get(a.agencyId)?.kind ?? '',
      rules: a.rules,
    })),
    overlap: proposal.overlap,
    unmatched: proposal.unmatched,
    sanitised: { text: sanitiseText(item.text, withheldTerms(item.details)), withheld },
  };
}

/**
 * Sends a tip or a finding to the agencies chosen (those the rules name, or others the person picks): each
 * receives a copy in its own tips, with the reporter and the people who did not agree withheld and the text as the
 * sender reviewed it — refused while it still holds a withheld identity. The original stays with the sender.
 */
export async function routeItem(
  db: Q,
  actor: Actor,
  ring: Keyring,
  type: ItemType,
  id: string,
  input: { toAgencyIds: string[]; text: string },
  requestId: string,
  now = new Date(),
) {
  const item = await routableItem(db, actor, ring, type, id);
  const to = [...new Set(input.toAgencyIds)];
  if (!to.length) throw new AppError('validation_failed', 'toAgencyIds: choose at least one agency');
  if (to.includes(item.agencyId))
    throw new AppError('validation_failed', 'toAgencyIds: the tip is already your agency’s');
  if (item.routedIn) {
    const problem = shareProblem({ handling: 'P', sanitisation: null, tlp: item.tlp as Tlp });
    if (problem) throw new AppError('conflict', `This tip came from another agency under ${problem}`);
  }
  const terms = withheldTerms(item.details);
  const left = leftInText(input.text, terms);
  if (left !== null)
    throw new AppError(
      'validation_failed',
      'text: it still holds an identity that is withheld (the reporter’s, or that of a person who did not agree); take it out before sending',
    );
  const agencies = await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', to).execute();
  if (agencies.length !== to.length) throw new AppError('validation_failed', 'toAgencyIds: no such agency');
  const proposal = matchRules(await listRules(db), item, item.agencyId);
  const { details, withheld } = sharedDetails(item.details);
  return db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('routings')
      .select('to_agency_id')
      .where('item_type', '=', type)
      .where('item_id', '=', id)
      .where('to_agency_id', 'in', to)
      .execute();
    if (already.length) throw new AppError('conflict', 'It was already routed to one of these agencies.');
    const out: { id: string; toAgencyId: string }[] = [];
    for (const agency of agencies) {
      const copy = await trx
        .insertInto('tips')
        .values({
          agency_id: agency.id,
          import_id: null,
          tip_ref: null,
          received_at: now,
          channel: type === 'inspection' ? 'inspection' : item.channel,
          language: item.language,
          text: input.text,
          place_hint: item.placeHint,
          lat: item.lat,
          lon: item.lon,
          country: item.country,
          tlp: item.tlp,
          kind: item.kind,
          occurred: item.occurred,
          people_count: item.peopleCount,
          children: item.children,
          danger: item.danger,
          status: 'new',
          due_at: triageDueAt(item.danger, now),
          routed_from: type === 'tip' ? id : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const copyId = String(copy.id);
      await trx
        .updateTable('tips')
        .set({ details: seal(ring, JSON.stringify(details), detailsContext(copyId)) })
        .where('id', '=', copyId)
        .execute();
      await afterIntake(
        trx,
        {
          id: copyId,
          agencyId: agency.id,
          numbers: [
            ...details.phones.map((value) => ({ kind: 'phone' as const, value })),
            ...details.plates.map((value) => ({ kind: 'plate' as const, value })),
          ],
        },
        { userId: null, via: 'routing' },
      );
      const matched = proposal.agencies.find((a) => a.agencyId === agency.id);
      const r = await trx
        .insertInto('routings')
        .values({
          item_type: type,
          item_id: id,
          from_agency_id: item.agencyId,
          to_agency_id: agency.id,
          rule_ids: matched?.rules.map((x) => x.id) ?? [],
          overlap: proposal.overlap,
          withheld: JSON.stringify(withheld),
          copy_tip_id: copyId,
          sent_by: actor.userId ?? '',
          report_id: null,
          received_by: null,
          received_at: null,
          feedback_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      out.push({ id: r.id, toAgencyId: agency.id });
      if (type === 'tip')
        await trx
          .insertInto('tip_events')
          .values({
            tip_id: id,
            kind: 'routed',
            by_user: actor.userId,
            detail: JSON.stringify({ agency: agency.name }),
          })
          .execute();
      await appendAudit(trx, {
        actor,
        action: 'monitoring.route',
        resource: { type: type === 'tip' ? 'tip' : 'inspection', id },
        outcome: 'success',
        requestId,
        detail: {
          routing: r.id,
          to: agency.id,
          byRule: matched !== undefined,
          withheldPeople: withheld.people,
          withheldReporter: withheld.reporter,
        },
      });
    }
    if (type === 'tip')
      await trx.updateTable('tips').set({ status: 'routed' }).where('id', '=', id).execute();
    return { routings: out };
  });
}
