import type { PersonRecord } from '../src/intel/resolution/types.ts';
import {
  generateName,
  identityNumber,
  mobileNumber,
  NATIONALITIES,
  recordedDate,
  recordedIdentity,
  recordedName,
  recordedPhone,
} from '../src/world/names/index.ts';
import { Rng } from '../src/world/rng.ts';

/**
 * Person records of the region made from the synthetic world's name, phone, date and identity generators: each
 * person recorded one to three times, each record with the recording noise of real files (other spellings,
 * native script, nicknames, dates in local forms and the Buddhist Era, phones in any format, number slips) and
 * fields left empty. `truth` maps a record to its person.
 */
export function syntheticPeople(records: number, seed = 'resolve-bench', noise = 0.5) {
  const rng = new Rng(seed);
  const out: PersonRecord[] = [];
  const truth: string[] = [];
  let person = 0;
  while (out.length < records) {
    const nat = rng.pick(NATIONALITIES);
    const sex = rng.chance(0.5) ? 'F' : 'M';
    const name = generateName(rng, nat, sex);
    const y = 1950 + Math.floor(rng.next() * 55);
    const dob = `${y}-${String(1 + Math.floor(rng.next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng.next() * 28)).padStart(2, '0')}`;
    const phone = mobileNumber(rng, nat);
    const doc = identityNumber(rng, nat, rng.chance(0.7) ? 'national_id' : 'passport');
    const copies = 1 + Math.floor(rng.next() * 3);
    for (let c = 0; c < copies && out.length < records; c++) {
      out.push({
        id: `r${out.length}`,
        name: recordedName(rng, name, noise),
        birthDate: rng.chance(0.85) ? recordedDate(rng, dob, nat, noise) : null,
        phone: rng.chance(0.6) ? recordedPhone(rng, phone, noise) : null,
        documents: rng.chance(0.35) ? [recordedIdentity(rng, doc, noise)] : [],
        nationality: rng.chance(0.8) ? nat : null,
        sex: rng.chance(0.7) ? sex : null,
        source: `file${c}`,
      });
      truth.push(`p${person}`);
    }
    person++;
  }
  return { records: out, truth, people: person };
}
