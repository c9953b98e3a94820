import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckedBatch, checkedBatches } from './checked-rows.ts';
import { toE164 } from './fields.ts';
import { keptLayout, keptRow } from './kept-rows.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping, mappingSchema } from './mapping.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-kept-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(batches: AsyncIterable<CheckedBatch>) {
  const rows: { row: string; line: number; hashes: number[] }[] = [];
  const bad: unknown[] = [];
  let read = 0;
  for await (const b of batches) {
    let start = 0;
    b.ends.forEach((end, i) => {
      rows.push({
        row: b.text.slice(start, end),
        line: b.lines[i] as number,
        hashes: [b.hashes[2 * i] as number, b.hashes[2 * i + 1] as number],
      });
      start = end;
    });
    bad.push(...b.bad);
    read += b.read;
  }
  return { rows, bad, read };
}

// Values in the form Lantern keeps them in, and values a character away from it: each field's reading in place
// must either give back what the full reading gives, or leave the line to it.
const FIELD_VALUES = {
  caller: [
    '+66812345678',
    '+959488136040',
    '+85512345678',
    '0812345678',
    '66812345678',
    '+66 812345678',
    ' +66812345678',
    '+6600000000',
    '+0812345678',
    '+66812',
    '+668123456789012345',
    '+66000000000',
    '',
  ],
  callee: ['+66898765432', '+66898765433', '081-234-5679', '+1202555014', 'abc'],
  started_at: [
    '2025-11-01T00:09:47+07:00',
    '2025-02-28T23:59:59-03:30',
    '2024-02-29T12:00:00+00:00',
    '2025-02-29T12:00:00+07:00',
    '2025-11-01T24:00:00+07:00',
    '2568-11-01T00:09:47+07:00',
    '2025-11-01T00:09:47Z',
    '2025-11-01T00:09:47.5+07:00',
    ' 2025-11-01T00:09:47+07:00',
    '2025-11-01 00:09:47',
    '1969-12-31T23:59:59+07:00',
    '2025-1x-01T00:09:47+07:00',
  ],
  duration_s: ['0', '7', '37', '999999', '007', '1000000', '01:02:03', '-1', ' 5', '', '3.5'],
  kind: ['voice', 'sms', 'SMS', 'text', ' voice', 'voice ', '', 'v'],
  cell_id: ['TH-023-05', '', 'ตาก-1', ' TH-1', 'TH-1 ', 'a,b', 'x\u00a0', 'MM-068-11'],
  cell_lat: [
    '9.99048',
    '-9.99',
    '0',
    '-0',
    '90',
    '-90',
    '90.5',
    '89.999999999999',
    '0.000001',
    '0.0000001',
    '16.50',
    '1e1',
    '.5',
    '00.5',
    '',
    ' 1',
    '1.',
    '12.123456789012',
    '12.1234567890123',
    '100',
  ],
  cell_lon: ['98.64119', '180', '-180', '180.1', '179.5', '0.1', '', '-0.0', '1000'],
};
const FIELDS = Object.keys(FIELD_VALUES) as (keyof typeof FIELD_VALUES)[];

const layoutCase = fc.record({
  // Where each field is in the file: a shuffle of the fields and of columns the mapping does not read.
  order: fc.shuffledSubarray([...FIELDS, 'id', 'note'], {
    minLength: FIELDS.length + 2,
    maxLength: FIELDS.length + 2,
  }),
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
  buddhistEra: fc.constantFrom('auto', 'never', 'always'),
  dateFormat: fc.constantFrom('iso', 'iso', 'iso', 'yyyy-mm-dd hh:mm:ss'),
  smsValues: fc.constantFrom(['sms'], ['sms'], ['sms', 'SMS'], ['voice'], ['text']),
  // Fields the mapping leaves out (read as empty), besides the four a calls mapping needs.
  unmapped: fc.oneof(
    { arbitrary: fc.constant([] as string[]), weight: 3 },
    { arbitrary: fc.subarray(['kind', 'cell_id', 'cell_lat', 'cell_lon']), weight: 1 },
  ),
});

const lineValues = fc.record(
  Object.fromEntries([
    // Mostly a value in the kept form, so that many lines are read in place; now and then any of them.
    ...FIELDS.map((f) => [
      f,
      fc.oneof(
        { arbitrary: fc.constant(FIELD_VALUES[f][0] as string), weight: 8 },
        { arbitrary: fc.constantFrom(...FIELD_VALUES[f]), weight: 1 },
      ),
    ]),
    ['id', fc.constantFrom('C1', '', 'x')],
    ['note', fc.constantFrom('', 'n')],
  ]) as Record<string, fc.Arbitrary<string>>,
);

describe('rows read in place, in the form they are kept in', () => {
  it('read as the full reading reads them, or are left to it', async () => {
    let n = 0;
    let inPlace = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        layoutCase,
        fc.array(lineValues, { minLength: 1, maxLength: 40 }),
        async (c, lines) => {
          const mapped = FIELDS.filter((f) => !c.unmapped.includes(f));
          const mapping = mappingSchema.parse({
            ...BUILT_IN_MAPPINGS.lantern,
            name: 'kept-test',
            delimiter: c.delimiter,
            dateFormat: c.dateFormat,
            buddhistEra: c.buddhistEra,
            smsValues: c.smsValues,
            columns: Object.fromEntries(mapped.map((f) => [f, `col_${f}`])),
          }) as ColumnMapping;
          const header = c.order.map((f) => `col_${f}`).join(c.delimiter);
          const body = lines.map((l) => c.order.map((f) => l[f]).join(c.delimiter));
          // The same lines twice: with a plain header, read in place where they can be; with the header's first
          // name quoted, which makes the chunk one to read character by character, each line fully.
          const plain = join(dir, `plain-${n}.csv`);
          const full = join(dir, `full-${n++}.csv`);
          writeFileSync(plain, `${[header, ...body].join('\n')}\n`);
          const quoted = `"${c.order.map((f) => `col_${f}`)[0]}"${header.slice(header.indexOf(c.delimiter))}`;
          writeFileSync(full, `${[quoted, ...body].join('\n')}\n`);
          const a = await readAll(checkedBatches(plain, 'calls.csv', mapping, 'calls', { prefix: 'p,' }));
          const b = await readAll(checkedBatches(full, 'calls.csv', mapping, 'calls', { prefix: 'p,' }));
          expect(a).toEqual(b);
          // How many lines the reading in place took (it must take some: see below).
          const index = Object.fromEntries(mapped.map((f) => [f, c.order.indexOf(f)]));
          const layout = keptLayout('calls', index, c.order.length, mapping, c.delimiter);
          const text = `${body.join('\n')}\n`;
          const starts = Int32Array.from([
            0,
            ...body.map((_, i) => body.slice(0, i + 1).join('\n').length + 1),
          ]);
          const p = {
            plain: true as const,
            text,
            starts,
            count: body.length,
            line: 2,
            delimiter: c.delimiter,
          };
          total += body.length;
          if (layout) for (let i = 0; i < body.length; i++) if (keptRow(p, i, layout) !== null) inPlace++;
        },
      ),
      { numRuns: 400 },
    );
    // About a fifth of the lines are in the kept form throughout (each field's first value, a mapping reading it so).
    expect(inPlace).toBeGreaterThan(total / 10);
  }, 60_000);

  it("reads Lantern's own layout in place, and a local number fully", () => {
    const mapping = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
    const header = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon'.split(',');
    const index = Object.fromEntries(header.map((h, i) => [h, i]));
    const layout = keptLayout('calls', index, header.length, mapping, ',');
    if (!layout) throw new Error('calls are read in place');
    expect(layout.slice).toBe(true);
    const lines = [
      'C1,+66812345678,+66898765432,2025-11-01T00:09:47+07:00,37,voice,TH-023-05,9.99048,98.64119',
      'C2,0812345678,+66898765432,2025-11-01T00:09:47+07:00,37,voice,TH-023-05,9.99048,98.64119',
    ];
    const text = `${lines.join('\n')}\n`;
    const starts = Int32Array.from(
      [0, lines[0]?.length ?? 0, text.length - 1].map((s, i) => (i ? s + 1 : 0)),
    );
    const p = { plain: true as const, text, starts, count: 2, line: 2, delimiter: ',' };
    // A number's shape is learnt from libphonenumber's answer for a first number of it (phone-shapes.ts).
    toE164('+66812345670', 'TH');
    expect(keptRow(p, 0, layout)).toBe(lines[0]?.slice(3));
    expect(layout.rowAt).toBe(3);
    expect(keptRow(p, 1, layout)).toBeNull();
    // The same columns split by semicolons: the row is the fields joined by commas, as COPY reads it.
    const semi = keptLayout('calls', index, header.length, { ...mapping, delimiter: ';' }, ';');
    if (!semi) throw new Error('calls are read in place');
    expect(semi.slice).toBe(false);
    const q = { ...p, text: text.replaceAll(',', ';'), delimiter: ';' };
    expect(keptRow(q, 0, semi)).toBe(lines[0]?.slice(3));
  });
});
