import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { FieldError, toE164 } from './fields.ts';

/** What libphonenumber itself makes of a number written in international form, asked afresh. */
function direct(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, 'TH');
  return parsed?.isPossible() && !/^(\d)\1+$/.test(parsed.nationalNumber) ? parsed.number : null;
}

const judged = (value: string): string | null => {
  try {
    return toE164(value, 'TH');
  } catch (e) {
    if (e instanceof FieldError) return null;
    throw e;
  }
};

// Numbers of the region and beyond, of right and wrong lengths, and of calling codes that several countries share
// (+1, +7, +44, +39): each judged twice over, the second time by the shape the first taught.
const PREFIXES = [
  '+668',
  '+669',
  '+662',
  '+9592',
  '+959',
  '+85512',
  '+8569',
  '+8562',
  '+849',
  '+8613',
  '+8621',
];
const SHARED = [
  '+1212',
  '+1264',
  '+1876',
  '+7701',
  '+7912',
  '+447781',
  '+441481',
  '+447700',
  '+3906698',
  '+39347',
];

describe('numbers judged by their shape', () => {
  it('agree with libphonenumber for every number, whatever its length and country', () => {
    let n = 0;
    for (const prefix of [...PREFIXES, ...SHARED])
      for (let extra = 3; extra <= 11; extra++)
        for (let i = 0; i < 12; i++) {
          const digits = String(1_000_000_000_000 + i * 7_919_113 + extra * 31).slice(-extra);
          const value = `${prefix}${digits}`;
          if (!/^\+[1-9]\d{6,14}$/.test(value)) continue;
          expect(judged(value), value).toBe(direct(value));
          // Its sibling (the last digit changed) has its shape: answered from what the first taught.
          const sibling = `${value.slice(0, -1)}${(Number(value.at(-1)) + 3) % 10}`;
          expect(judged(sibling), sibling).toBe(direct(sibling));
          n++;
        }
    expect(n).toBeGreaterThan(1500);
  });

  it('still refuses a run of one digit of a shape it has accepted', () => {
    expect(judged('+66812345678')).toBe('+66812345678');
    expect(judged('+66811111111')).toBe('+66811111111');
    expect(judged('+66888888888')).toBeNull();
  });
});
