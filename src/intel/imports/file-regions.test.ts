import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckedBatch, checkedBatches } from './checked-rows.ts';
import { FileFacts, LineBreaks } from './file-regions.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';
import { offThreadReads, readBatches } from './read-off-thread.ts';

const mapping = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
const dir = mkdtempSync(join(tmpdir(), 'lantern-regions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a read yields, put together: what the import sees of the file. */
async function readAll(batches: AsyncIterable<CheckedBatch>) {
  const out = {
    text: '',
    ends: [] as number[],
    hashes: [] as number[],
    lines: [] as number[],
    bad: [] as unknown[],
  };
  const counts = { read: 0, badCount: 0, bytes: 0 };
  for await (const b of batches) {
    const base = out.text.length;
    out.text += b.text;
    out.ends.push(...Array.from(b.ends, (e) => e + base));
    out.hashes.push(...b.hashes);
    out.lines.push(...b.lines);
    out.bad.push(...b.bad);
    counts.read += b.read;
    counts.badCount += b.badCount;
    counts.bytes = Math.max(counts.bytes, b.bytes);
  }
  return { ...out, ...counts };
}

const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
/** Lines of a calls file: good rows, repeated rows, bad fields, wrong widths, blank lines, NULs, Thai text. */
const line = fc.oneof(
  fc
    .record({
      id: fc.nat(999),
      a: fc.constantFrom('+66812345678', '0812345670', '+959488136040', '12', '+85512345678'),
      b: fc.constantFrom('+66898765432', '081-234-5679', 'abc'),
      at: fc.constantFrom('2025-11-01T00:09:47+07:00', '2025-02-30T01:00:00+07:00', '2025-11-01T05:00:00Z'),
      d: fc.constantFrom('37', '007', '01:02:03', '-1'),
      cell: fc.constantFrom('TH-023-05', 'ตาก-1', '', 'MM-068-11'),
      lat: fc.constantFrom('9.99048', '16.50', '', '95'),
    })
    .map((r) => `C${r.id},${r.a},${r.b},${r.at},${r.d},voice,${r.cell},${r.lat},98.64119`),
  fc.constant('C1,+66812345678,+66898765432,2025-11-01T00:09:47+07:00,37,sms,TH-1,9.9,98.6'),
  fc.constantFrom('', 'C9,+66812345678', 'C9,+66812345678,\u0000,x,1,voice,,,', ' '),
);
const file = fc.record({
  bom: fc.boolean(),
  breaks: fc.constantFrom('\n', '\r\n', 'mixed'),
  lines: fc.array(line, { minLength: 0, maxLength: 120 }),
  endsWithBreak: fc.boolean(),
});

describe('reading a file in regions, side by side', () => {
  // Each run starts two or three threads (about a third of a second each).
  it('yields what one pass yields: the same rows, lines, bad rows and duplicates, whatever the cuts', {
    timeout: 120_000,
  }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 2, max: 3 }),
        async (f, regionBytes, readers) => {
          const path = join(dir, `calls-${n++}.csv`);
          const br = (i: number) => (f.breaks === 'mixed' ? ['\n', '\r\n', '\r'][i % 3] : f.breaks) as string;
          const body = [HEADER, ...f.lines].map(
            (l, i) => l + (i < f.lines.length || f.endsWithBreak ? br(i) : ''),
          );
          writeFileSync(path, `${f.bom ? '\ufeff' : ''}${body.join('')}`);
          const whole = await readAll(
            checkedBatches(path, 'calls.csv', mapping, 'calls', { prefix: 'p,q,' }),
          );
          const before = offThreadReads.split;
          const size = statSync(path).size;
          const plan = { size, prefix: 'p,q,', splittable: true, offThreadFrom: 0, regionBytes, readers };
          const split = await readAll(readBatches(path, 'calls.csv', mapping, 'calls', plan));
          expect(offThreadReads.split).toBe(before + 1);
          expect(split).toEqual(whole);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });

  it('says a mapping that does not fit, and bytes that are not text, as one pass does', async () => {
    const path = join(dir, 'bad-bytes.csv');
    const rows = Array.from(
      { length: 200 },
      (_, i) => `C${i},+66812345678,+66898765432,2025-11-01T00:09:47+07:00,1,voice,,,`,
    );
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(`${[HEADER, ...rows].join('\n')}\n`), Buffer.from([0xff, 0x0a])]),
    );
    const plan = {
      size: statSync(path).size,
      prefix: '',
      splittable: true,
      offThreadFrom: 0,
      regionBytes: 500,
      readers: 2,
    };
    const one = checkedBatches(path, 'calls.csv', mapping, 'calls');
    const at = statSync(path).size - 2;
    await expect(readAll(one)).rejects.toThrow(`not valid utf-8 near byte ${at}:`);
    await expect(readAll(readBatches(path, 'calls.csv', mapping, 'calls', plan))).rejects.toThrow(
      `near byte ${at}:`,
    );
    const other = { ...mapping, columns: { ...mapping.columns, caller: 'msisdn' } };
    await expect(readAll(readBatches(path, 'calls.csv', other, 'calls', plan))).rejects.toThrow(
      /does not fit/,
    );
  });
});

describe('what the first pass learns of a file', () => {
  const facts = (text: string | Uint8Array, fileName = 'calls.csv', encoding = 'auto') => {
    const f = new FileFacts();
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    for (let i = 0; i < bytes.length; i += 3) f.see(bytes.subarray(i, i + 3));
    return f.splittable(fileName, { ...mapping, encoding } as ColumnMapping);
  };
  it('splits plain delimited text in UTF-8 or windows-874, and nothing else', () => {
    expect(facts('a,b\n1,2\n')).toBe(true);
    expect(facts('\ufeffa,b\n1,2\n')).toBe(true);
    expect(facts('a,b\n1,2\n', 'calls.csv', 'windows-874')).toBe(true);
    expect(facts('a,b\n"1\n2",3\n')).toBe(false);
    expect(facts('a,b\n1,2\n', 'calls.jsonl')).toBe(false);
    expect(facts('a,b\n1,2\n', 'calls.xlsx')).toBe(false);
    expect(facts('a,b\n1,2\n', 'calls.csv', 'utf-16le')).toBe(false);
    expect(facts(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toBe(false);
  });
  it('counts line breaks as the reader does, across chunks', () => {
    const count = (...chunks: string[]) => {
      const b = new LineBreaks();
      for (const c of chunks) b.add(Buffer.from(c));
      return b.end();
    };
    expect(count('a\nb\r\nc\rd')).toBe(3);
    expect(count('a\r', '\nb')).toBe(1);
    expect(count('a\r', 'b\r')).toBe(2);
    expect(count('\r\n\r\n', '', '\n')).toBe(3);
  });
});
