import { describe, expect, it } from 'vitest';
import { defaultModel, type PersonRecord, Resolver } from './index.ts';

// The full birth date blocks a name of one part against the others only: a nickname like none of the full name's
// parts meets its bearer by the date, and the block's other pairs are neither walked nor counted.

const RULE = 'birth date (a one-part name against the others)';
const P = (id: string, name: string, birthDate: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  name,
  birthDate,
  ...extra,
});

describe('a one-part name against the others, by the full birth date', () => {
  const records = [
    P('arm', 'Arm', '1988-07-26', { nationality: 'TH', sex: 'M' }),
    P('full', 'Surachai Mankong', '26/07/1988', { nationality: 'TH', sex: 'M' }),
    P('other', 'Wichai Srisuk', '1988-07-26', { nationality: 'TH', sex: 'M' }),
    P('nok', 'Nok', '1988-07-26', { nationality: 'TH', sex: 'F' }),
    P('late', 'Somsak Boonma', '1988-07-27', { nationality: 'TH', sex: 'M' }),
  ];
  // The starting model: a handful of records teaches nothing, and every proposed pair is listed whatever its score.
  const r = Resolver.resolve(records, { model: defaultModel() });
  const proposed = new Set(r.scoredPairs(0).map((p) => `${p.rule}:${[p.a, p.b].sort().join('+')}`));

  it('proposes each one-part name against each fuller name born that day, and no other pair', () => {
    for (const one of ['arm', 'nok'])
      for (const full of ['full', 'other'])
        expect(proposed).toContain(`${RULE}:${[one, full].sort().join('+')}`);
    // Two fuller names born the same day, two one-part names, and a name born another day are not its pairs.
    const its = [...proposed].filter((p) => p.startsWith(`${RULE}:`));
    expect(its).toHaveLength(4);
  });

  it('counts the pairs across its two sides before the run', () => {
    const count = r.blockCounts.find((c) => c.rule === RULE);
    // One block of four records (two of one part, two fuller): four pairs across, not six.
    expect(count?.pairs).toBe(4);
  });

  it('finds a new record of one part against the fuller names resolved before it, not against Nok', () => {
    const base = Resolver.resolve(records.slice(1), { model: defaultModel() });
    base.add([records[0] as PersonRecord]);
    const found = base.scoredPairs(0).filter((p) => p.rule === RULE && (p.a === 'arm' || p.b === 'arm'));
    expect(found.map((p) => [p.a, p.b].sort().join('+')).sort()).toEqual(['arm+full', 'arm+other']);
  });
});
