import type { Rng } from '../rng.ts';
import { MODELS } from './models.ts';
import { NATIONALITIES, type Nationality, type PersonName, type Sex } from './types.ts';

// Personal names, dates of birth, phone numbers and identity numbers for the six nationalities of the
// Greater Mekong Sub-region, as they really arrive in police, NGO and border records. All randomness comes
// from the Rng passed in: the same rng state gives the same output, byte for byte.

export { recordedDate } from './dates.ts';
export { identityNumber, recordedIdentity } from './identity.ts';
export { mobileNumber, recordedPhone } from './phones.ts';
export { recordedName } from './record-name.ts';
export { NATIONALITIES, type Nationality, type PersonName, type Sex } from './types.ts';

/** A person's name by the conventions of their nationality, in native script and standard romanisation. */
export function generateName(rng: Rng, nationality: Nationality, sex: Sex): PersonName {
  return MODELS[nationality].generate(rng, sex);
}

/** Count of distinct given and family names available per nationality (Burmese: name elements, no family). */
export function nameStats(): Record<Nationality, { given: number; family: number }> {
  const out = {} as Record<Nationality, { given: number; family: number }>;
  for (const nat of NATIONALITIES)
    out[nat] = { given: MODELS[nat].stats.given, family: MODELS[nat].stats.family };
  return out;
}
