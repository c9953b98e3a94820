import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../world/writer.ts';
import { csvRecords, HOLDS_NUL_REASON, MAX_RECORD_CHARS, TOO_LONG_REASON } from './csv-stream.ts';

async function parse(
  text: string,
  sizes: number[],
): Promise<{ line: number; fields: string[]; unterminated: boolean }[]> {
  async function* chunks() {
    let i = 0;
    let k = 0;
    while (i < text.length) {
      const size = sizes[k++ % sizes.length] ?? 1;
      yield text.slice(i, i + size);
      i += size;
    }
  }
  const out = [];
  for await (const r of csvRecords(chunks(), ',')) out.push(r);
  return out;
}

describe('streaming CSV records', () => {
  it('reads any fields back, however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (rows, sizes, crlf) => {
          const text = rows.map((r) => csvRow(r)).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
          const parsed = await parse(text, sizes);
          expect(parsed.map((p) => p.fields)).toEqual(
            rows.map((r) => r.map((f) => f.replaceAll('\r\n', '\r\n'))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
  it('reads plain lines and quoted ones alike, with their line numbers, however they are cut and mixed', async () => {
    // Plain rows (no quote, break or carriage return) are split whole; a quoted field with breaks in it, or a CRLF
    // line, is read character by character: the two ways must agree on fields and on the line each record starts.
    const plainField = fc.stringMatching(/^[a-z0-9 +:.-]{0,6}$/);
    const quotedField = fc.stringMatching(/^[a-z\n,"]{1,6}$/);
    const row = fc.tuple(
      fc.array(fc.oneof(plainField, plainField, quotedField), { minLength: 1, maxLength: 4 }),
      fc.nat(2),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        async (rows, sizes) => {
          let text = '';
          let line = 1;
          const expected: { line: number; fields: string[] }[] = [];
          for (const [fields, blanks, crlf] of rows) {
            text += '\n'.repeat(blanks);
            line += blanks;
            const written = csvRow(fields);
            if (written !== '') expected.push({ line, fields });
            text += written + (crlf ? '\r\n' : '\n');
            line += 1 + (written.match(/\n/g)?.length ?? 0);
          }
          const parsed = await parse(text, sizes);
          expect(parsed.map((p) => ({ line: p.line, fields: p.fields }))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('numbers records by the line they start on, counting breaks inside quotes', async () => {
    const parsed = await parse('a,b\n"x\ny",z\nlast,1\n', [3]);
    expect(parsed.map((p) => p.line)).toEqual([1, 2, 4]);
  });
  it('flags a record cut short inside a quote', async () => {
    const parsed = await parse('a,b\n1,"unfinished', [4]);
    expect(parsed[1]).toEqual({ line: 2, fields: ['1', 'unfinished'], unterminated: true });
  });
  it('skips a record longer than 1 MiB to its end, reporting it, and reads on', async () => {
    const long = 'x'.repeat(MAX_RECORD_CHARS + 10);
    const parsed = await parse(`a,b\n1,2\n${long},3\n4,5\n`, [65_536, 4096]);
    expect(parsed).toEqual([
      { line: 1, fields: ['a', 'b'], unterminated: false },
      { line: 2, fields: ['1', '2'], unterminated: false },
      { line: 3, fields: [], unterminated: false, invalid: TOO_LONG_REASON },
      { line: 4, fields: ['4', '5'], unterminated: false },
    ]);
  });
  it('names a record holding NUL characters', async () => {
    const parsed = await parse('a,b\n1,\u0000\u0000\n', [3]);
    expect(parsed[1]).toMatchObject({ line: 2, invalid: HOLDS_NUL_REASON });
  });
  it('splits on tabs, semicolons and pipes as on commas', async () => {
    for (const d of ['\t', ';', '|']) {
      const out = [];
      async function* one() {
        yield `a${d}"b${d}c"${d}d\n1${d}2${d}3\n`;
      }
      for await (const r of csvRecords(one(), d)) out.push(r.fields);
      expect(out).toEqual([
        ['a', `b${d}c`, 'd'],
        ['1', '2', '3'],
      ]);
    }
  });
});
