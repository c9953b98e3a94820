import { describe, expect, it } from 'vitest';
import { arrived } from './answers-outbox.ts';

const yes = (observation: string) => ({ answer: 'yes' as const, observation });

describe('answers sent again after their reply was lost', () => {
  it('have arrived when the current answers hold every one of them', () => {
    const mine = { a: yes('Paid nothing since March'), b: { answer: 'no' as const, observation: '' } };
    expect(arrived(mine, { ...mine, c: yes('Someone else’s') })).toBe(true);
    // Trimmed on sending, as the server keeps them.
    expect(arrived({ a: yes(' Paid nothing since March ') }, mine)).toBe(true);
  });

  it('have not when one is missing or answered otherwise (someone saved over them)', () => {
    const mine = { a: yes('Paid nothing since March'), b: yes('Locked in at night') };
    expect(arrived(mine, { a: mine.a })).toBe(false);
    expect(arrived(mine, { a: mine.a, b: { answer: 'no', observation: '' } })).toBe(false);
    expect(arrived(mine, { a: yes('Paid in part'), b: mine.b })).toBe(false);
  });
});
