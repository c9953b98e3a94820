import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvLine } from './csv-parse.ts';
import { csvRow } from './writer.ts';

describe('CSV fields', () => {
  it('round-trip through writing and parsing, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !/[\r\n]/.test(s)),
          { minLength: 1, maxLength: 8 },
        ),
        (fields) => {
          expect(parseCsvLine(csvRow(fields))).toEqual(fields);
        },
      ),
    );
  });
  it('keeps empty fields, at the end too', () => {
    expect(parseCsvLine('a,,b,')).toEqual(['a', '', 'b', '']);
    expect(parseCsvLine('"x, y",z')).toEqual(['x, y', 'z']);
  });
});
