import { describe, expect, it } from 'vitest';
import { syntheticPeople } from '../../../bench/resolve-synthetic.ts';
import { documentShape } from './document-kinds.ts';
import { defaultModel, LINKING_POLICY, type PersonRecord, Resolver } from './index.ts';
import { editsUpTo } from './similarity.ts';

const P = (id: string, name: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  name,
  ...extra,
});

describe('documents of one kind', () => {
  it('are known by their shape, and two numbers of one kind by the edits between them', () => {
    expect(documentShape('C1282577')).toBe('L1D7');
    expect(documentShape('1450668276791')).toBe('D13');
    expect(documentShape('12MAYAKAN123456')).toBe('D2L7D6');
    expect(documentShape('')).toBe('');
    expect(editsUpTo('C5119777', 'C5119777', 3)).toBe(0);
    expect(editsUpTo('C5119777', 'C5191777', 3)).toBe(1); // two digits swapped
    expect(editsUpTo('MC724920', 'MC279420', 3)).toBe(2);
    expect(editsUpTo('C5119777', 'C1282577', 3)).toBe(3); // another person's passport, capped
    expect(editsUpTo('C128257', 'C1282577', 3)).toBe(1);
    expect(editsUpTo('1', '1234', 3)).toBe(3);
  });

  it('keep namesakes born the same day apart, and a number mistyped twice with its holder', () => {
    const day = { birthDate: '1981-05-22', nationality: 'VN' };
    const records = [
      P('A1', 'Nguyễn Văn Anh', { ...day, documents: ['C5119777'] }),
      P('A2', 'Nguyen Van Anh', { ...day, documents: ['C5119777'], phone: '+84962554793' }),
      // Two digits swapped and one mistyped: two edits, still A's passport.
      P('A3', 'Nguyễn Văn Anh', { ...day, documents: ['C5191787'] }),
      P('B1', 'Nguyễn Văn Anh', { ...day, documents: ['C1282577'] }),
      P('B2', 'Nguyen Van Anh', { ...day, documents: ['C128257'] }),
      // A record of either with the name and the day alone: it may join one of them, never both.
      P('X', 'Nguyễn Văn Anh', { birthDate: '1981-05-22' }),
    ];
    const r = Resolver.resolve(records, { model: { ...defaultModel(), prior: 0.05 } });
    // Without the documents, the name and the day make each pair a match.
    expect(r.explain('A1', 'B1').probability).toBeGreaterThan(0.9);
    expect(r.clusterOf('A2')).toBe(r.clusterOf('A1'));
    expect(r.clusterOf('A3')).toBe(r.clusterOf('A1'));
    expect(r.clusterOf('B2')).toBe(r.clusterOf('B1'));
    expect(r.clusterOf('B1')).not.toBe(r.clusterOf('A1'));
  });

  it('tell no one apart where the records show one person holding numbers of one kind far apart', () => {
    // Files whose numbers are replaced outright (FEBRL's social security numbers): people matched on their
    // name, day and phone hold documents of one kind far apart, so these say nothing of who is who.
    const records: PersonRecord[] = [];
    for (let i = 0; i < 30; i++) {
      const shared = { birthDate: `19${50 + i}-03-1${i % 9}`, phone: `+6681${String(1_000_000 + i * 7919)}` };
      records.push(
        P(`${i}a`, `Person${i} Family${i}`, { ...shared, documents: [String(3_000_000 + i * 104_729)] }),
      );
      records.push(
        P(`${i}b`, `Person${i} Family${i}`, { ...shared, documents: [String(8_000_000 - i * 15_485)] }),
      );
    }
    const r = Resolver.resolve(records, { model: { ...defaultModel(), prior: 0.05 } });
    for (let i = 0; i < 30; i++) expect(r.clusterOf(`${i}b`)).toBe(r.clusterOf(`${i}a`));
    // A later batch too few to tell keeps what the first showed.
    const late = {
      birthDate: '1953-03-13',
      phone: `+6681${String(1_000_000 + 3 * 7919)}`,
      documents: ['5550123'],
    };
    r.add([P('late', 'Person3 Family3', late)]);
    expect(r.clusterOf('late')).toBe(r.clusterOf('3a'));
  });
});

describe('a name written apart', () => {
  it('is as common as the name written together, and joins no one on its own', () => {
    const { records } = syntheticPeople(1500, 'written-apart');
    // Six women called Huang Xiulan, each her own phone and passport.
    for (let i = 0; i < 6; i++)
      for (const c of ['a', 'b'])
        records.push(
          P(`hx${i}${c}`, c === 'a' ? 'Huang Xiulan' : 'HUANG XIULAN', {
            phone: `+86135076${String(38_500 + i * 17)}`,
            documents: [`E0${6_469_700 + i * 3_331}`],
            nationality: 'CN',
            source: c === 'a' ? 'subscribers' : 'travellers',
          }),
        );
    // The name written apart by an account file and by a border post, for two other women.
    records.push(P('apart1', 'Huang Xiu Lan', { accounts: ['ICBC-5253747304'], source: 'accounts' }));
    records.push(P('apart2', 'Huang Xiu Lan', { birthDate: '2004-02-21', source: 'travellers' }));
    // A rare name written apart twice is still rare: its two records, with nothing against them, join.
    records.push(
      P('rare1', 'Phet Sa Mone Vongkhamsao', { accounts: ['BCEL-1196776303'], source: 'accounts' }),
    );
    records.push(P('rare2', 'Phet Sa Mone Vongkhamsao', { birthDate: '1990-01-02', source: 'travellers' }));
    const r = Resolver.resolve(records, { ...LINKING_POLICY });
    expect(r.clusterOf('apart2')).not.toBe(r.clusterOf('apart1'));
    expect(r.clusterOf('rare2')).toBe(r.clusterOf('rare1'));
  });
});
