import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q } from './case-access.ts';
import {
  type AdultVictimsSex,
  applicabilityProblem,
  type ChargeVictims,
  chargeElements,
  type Inapplicable,
  offenceByCode,
} from './offences/index.ts';
import { suspectOfCase } from './suspects.ts';

// Charges: an offence of the catalogue laid on one suspect, refused when the offence does not protect the
// charge's victims (a law on women and children for adult men; a child-only offence for adults). The charge keeps
// the elements to prove as they stood when it was laid, so a later change of the catalogue does not move a case.

const UNIQUE_VIOLATION = '23505';

/**
 * A charge refused because its offence does not protect its victims, each reason one whole message with only codes
 * in it, so that the message catalogue (src/platform/i18n/locales/<lang>/prosecution.json) words it in every
 * language.
 */
function refusal(offence: string, p: Inapplicable): AppError {
  if (p.problem === 'children_only')
    return new AppError(
      'validation_failed',
      `offence: ${offence} protects children only, and this charge's victims include adults.`,
    );
  if (p.problem === 'sex_unsaid')
    return new AppError(
      'validation_failed',
      `adultVictimsSex: ${offence} protects women and children only: say whether the adult victims are female, male or mixed.`,
    );
  if (p.instead.length === 0)
    return new AppError(
      'validation_failed',
      `offence: ${offence} protects women and children only, not adult men.`,
    );
  return new AppError(
    'validation_failed',
    `offence: ${offence} protects women and children only, not adult men; for them consider ${p.instead.join(', ')}.`,
  );
}

export async function layCharge(
  db: Q,
  actor: Actor,
  caseId: string,
  input: {
    suspectId: string;
    country: string;
    offence: string;
    victims: ChargeVictims;
    adultVictimsSex?: AdultVictimsSex | undefined;
  },
  requestId: string,
) {
  const o = offenceByCode(input.offence);
  if (!o || o.country !== input.country)
    throw new AppError(
      'validation_failed',
      `offence: ${input.offence} is not an offence of ${input.country} in the catalogue (GET /api/prosecution/offences).`,
    );
  const sex = input.victims === 'children' ? null : (input.adultVictimsSex ?? null);
  const problem = applicabilityProblem(o, input.victims, sex);
  if (problem) throw refusal(o.code, problem);
  const elements = chargeElements(o, input.victims).map((e) => ({
    code: e.code,
    text: e.text,
    seek: [...e.seek],
  }));
  try {
    return await db.transaction().execute(async (trx) => {
      const c = await openCaseForChange(trx, actor, caseId);
      await suspectOfCase(trx, caseId, input.suspectId);
      const row = await trx
        .insertInto('prosecution_charges')
        .values({
          agency_id: c.agencyId,
          case_id: caseId,
          suspect_id: input.suspectId,
          country: o.country,
          offence_code: o.code,
          victims: input.victims,
          adult_victims_sex: sex,
          elements: JSON.stringify(elements),
          laid_by: c.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditCase(trx, actor, caseId, 'prosecution.charge_lay', requestId, {
        charge: row.id,
        suspect: input.suspectId,
        offence: o.code,
        victims: input.victims,
      });
      return { chargeId: row.id, offence: o.code, elements: elements.map((e) => e.code) };
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError('conflict', `offence: ${o.code} is already charged against this suspect.`);
    throw e;
  }
}
