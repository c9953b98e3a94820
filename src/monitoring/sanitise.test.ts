import { describe, expect, it } from 'vitest';
import type { TipDetails } from './intake-schemas.ts';
import { leftInText, sanitiseText, sharedDetails, WITHHELD, withheldTerms } from './sanitise.ts';

const details: TipDetails = {
  reporter: { name: 'Ma Thandar Aye', contact: '081 234 5678', consentToShare: false },
  people: [
    { name: 'Ko Zaw Min', role: 'suspect', consentToShare: false, note: '' },
    { name: 'Nilar', role: 'victim', consentToShare: false, note: '' },
    { name: 'Hnin Wai', role: 'victim', consentToShare: true, note: '' },
  ],
  phones: ['+66812223333'],
  plates: ['1กข1234'],
};

describe('the sanitised copy', () => {
  it('keeps suspects and those who agreed, withholds the reporter and the others', () => {
    const s = sharedDetails(details);
    expect(s.details.reporter).toBeNull();
    expect(s.details.people.map((p) => p.name)).toEqual(['Ko Zaw Min', 'Hnin Wai']);
    expect(s.withheld).toEqual({ reporter: true, people: 1 });
    expect(s.details.phones).toEqual(['+66812223333']);
  });

  it('takes the withheld names and contacts out of the text, whatever their case or spacing', () => {
    const text =
      'My name is Ma Thandar Aye, call me on 081-234-5678. THANDAR saw Nilar locked in. Ko Zaw Min keeps the keys; Hnin Wai escaped.';
    const terms = withheldTerms(details);
    const clean = sanitiseText(text, terms);
    expect(clean).not.toMatch(/thandar|nilar|5678/i);
    expect(clean).toContain('Ko Zaw Min');
    expect(clean).toContain('Hnin Wai');
    expect(clean).toContain(WITHHELD);
    expect(leftInText(clean, terms)).toBeNull();
    expect(leftInText('ask nilar', terms)).toBe('Nilar');
    expect(leftInText('phone 0812345678', terms)).toBe('0812345678');
  });

  it('shares the reporter who agreed', () => {
    const s = sharedDetails({ ...details, reporter: { name: 'A', contact: 'b', consentToShare: true } });
    expect(s.details.reporter?.name).toBe('A');
    expect(s.withheld.reporter).toBe(false);
  });
});
