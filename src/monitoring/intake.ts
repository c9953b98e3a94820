import type { Kysely } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/max';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { SealedTable } from '../access/sealed-columns.ts';
import { type Keyring, seal, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { FieldError, toE164 } from '../intel/imports/fields.ts';
import { normaliseText } from '../intel/names/index.ts';
import { AppError } from '../platform/errors.ts';
import { afterIntake } from './intake-hooks.ts';
import type { IntakeInput, TipDetails } from './intake-schemas.ts';
import { messageContext } from './public-store.ts';
import { triageDueAt } from './triage-targets.ts';

type Q = Kysely<Database>;

export const detailsContext = (tipId: string) => `tip:${tipId}:details`;

/**
 * The sealed columns of tips (sealed-columns.ts): the details entered with a tip, a public report's contact, a
 * routed copy's details (an imported tip has none), and the messages of a public report's thread.
 */
export const TIP_COLUMNS: readonly SealedTable[] = [
  {
    table: 'tips',
    keys: ['id'],
    present: 'details',
    columns: [{ name: 'details', context: (r) => detailsContext(String(r.id)) }],
    count: 'tips',
  },
  {
    table: 'tip_messages',
    keys: ['id'],
    with: ['tip_id'],
    columns: [{ name: 'text', context: (r) => messageContext(String(r.tip_id)) }],
    count: 'tipMessages',
  },
];

export const openDetails = (ring: Keyring, tipId: string, sealed: string | null): TipDetails | null => {
  if (sealed === null) return null;
  // The public page seals only what its reporter gave (a contact, perhaps): the rest is read as empty.
  const d = JSON.parse(unseal(ring, sealed, detailsContext(tipId))) as Omit<
    Partial<TipDetails>,
    'reporter'
  > & {
    reporter?: Partial<NonNullable<TipDetails['reporter']>> | null;
  };
  return {
    reporter: d.reporter
      ? {
          name: d.reporter.name ?? '',
          contact: d.reporter.contact ?? '',
          consentToShare: d.reporter.consentToShare ?? false,
        }
      : null,
    people: d.people ?? [],
    phones: d.phones ?? [],
    plates: d.plates ?? [],
  };
};

/** A plate as it is compared: letters and digits only, upper case, in its script (Thai plates keep their letters). */
export const plateKey = (plate: string) =>
  normaliseText(plate)
    .toUpperCase()
    .replace(/[\s.\-–]/g, '');

/** The phones in E.164 (by the place's country, Thailand when none is given); a number that cannot be one is an error. */
function phonesOf(input: IntakeInput): string[] {
  const region = (input.place.country ?? 'TH') as CountryCode;
  return input.phones.map((p, i) => {
    try {
      return toE164(p, region);
    } catch (e) {
      if (e instanceof FieldError) throw new AppError('validation_failed', `phones[${i}]: ${e.message}`);
      throw e;
    }
  });
}

/**
 * A tip entered by a member of staff (a hotline call, a walk-in, an NGO monitor's report): stored in the agency's
 * tips with its triage target, the identities it names sealed apart from the text, the numbers it names kept for
 * finding the same matter from other sources. Burmese typed in Zawgyi is stored in Unicode.
 */
export async function enterTip(
  db: Q,
  actor: Actor,
  ring: Keyring,
  input: IntakeInput,
  requestId: string,
  now = new Date(),
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  if ((input.place.lat === undefined) !== (input.place.lon === undefined))
    throw new AppError('validation_failed', 'place: give both latitude and longitude, or neither');
  const phones = phonesOf(input);
  const plates = input.plates.map(plateKey).filter((p) => p !== '');
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw new AppError('validation_failed', 'receivedAt: a tip cannot be received in the future');
  const details: TipDetails = {
    reporter: input.reporter && (input.reporter.name || input.reporter.contact) ? input.reporter : null,
    people: input.people.map((p) => ({ ...p, name: normaliseText(p.name) })),
    phones,
    plates,
  };
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('tips')
      .values({
        agency_id: agencyId,
        import_id: null,
        tip_ref: null,
        received_at: receivedAt,
        channel: input.channel,
        language: input.language,
        text: normaliseText(input.text),
        place_hint: input.place.hint ? normaliseText(input.place.hint) : null,
        lat: input.place.lat ?? null,
        lon: input.place.lon ?? null,
        country: input.place.country ?? null,
        tlp: input.tlp,
        entered_by: actor.userId,
        kind: input.kind,
        occurred: input.occurred || null,
        people_count: input.peopleCount,
        children: input.children,
        danger: input.danger,
        status: 'new',
        due_at: triageDueAt(input.danger, receivedAt),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = String(row.id);
    await trx
      .updateTable('tips')
      .set({ details: seal(ring, JSON.stringify(details), detailsContext(id)) })
      .where('id', '=', id)
      .execute();
    const duplicates = await afterIntake(
      trx,
      {
        id,
        agencyId,
        numbers: [
          ...phones.map((value) => ({ kind: 'phone' as const, value })),
          ...plates.map((value) => ({ kind: 'plate' as const, value })),
        ],
      },
      { userId: actor.userId, via: 'form' },
    );
    await appendAudit(trx, {
      actor,
      action: 'monitoring.tip_enter',
      resource: { type: 'tip', id },
      outcome: 'success',
      requestId,
      detail: {
        channel: input.channel,
        danger: input.danger,
        people: details.people.length,
        duplicates: duplicates.length,
      },
    });
    return { id, dueAt: triageDueAt(input.danger, receivedAt).toISOString(), duplicates };
  });
}
