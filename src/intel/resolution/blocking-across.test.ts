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
    P('malee', 'Malee Boonma', '1988-07-26', { sex: 'F' }),
    P('nam', 'Nguyen Van Nam', '1988-07-26', { nationality: 'VN', sex: 'M' }),
    P('late', 'Somsak Boonma', '1988-07-27', { nationality: 'TH', sex: 'M' }),
  ];
  // The starting model: a handful of records teaches nothing, and every proposed pair is listed whatever its score.
  const r = Resolver.resolve(records, { model: defaultModel() });
  const proposed = new Set(r.scoredPairs(0).map((p) => `${p.rule}:${[p.a, p.b].sort().join('+')}`));

  it('proposes each one-part name against each fuller name born that day whose nationality and sex agree', () => {
    const its = [...proposed].filter((p) => p.startsWith(`${RULE}:`)).map((p) => p.slice(RULE.length + 1));
    // Not two fuller names, not two one-part names, not another day; not Arm against a woman or a Vietnamese, not
    // Nok against the men; Malee's nationality is not recorded, so it does not disagree.
    expect(its.sort()).toEqual(['arm+full', 'arm+other', 'malee+nok']);
  });

  it('counts the pairs across its two sides before the run', () => {
    const count = r.blockCounts.find((c) => c.rule === RULE);
    // One block of six records (two of one part, four fuller): eight pairs across, not fifteen.
    expect(count?.pairs).toBe(8);
  });

  it('finds a new record of one part against the fuller names resolved before it, not against Nok', () => {
    const base = Resolver.resolve(records.slice(1), { model: defaultModel() });
    base.add([records[0] as PersonRecord]);
    const found = base.scoredPairs(0).filter((p) => p.rule === RULE && (p.a === 'arm' || p.b === 'arm'));
    expect(found.map((p) => [p.a, p.b].sort().join('+')).sort()).toEqual(['arm+full', 'arm+other']);
  });
});
