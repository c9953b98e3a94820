import { describe, expect, it } from 'vitest';
import { listQuery, pageOf } from './listing.ts';

interface Row {
  id: number;
  name: string;
  at: string | null;
  n: number;
}
const rows: Row[] = [
  { id: 1, name: 'Operation Kingfisher', at: '2026-03-01T00:00:00Z', n: 10 },
  { id: 2, name: 'Đặng Văn Quốc', at: null, n: 2 },
  { id: 3, name: 'operation heron', at: '2026-01-01T00:00:00Z', n: 9 },
  { id: 4, name: 'สมชาย ใจดี', at: '2026-02-01T00:00:00Z', n: 100 },
  { id: 5, name: 'Operation Egret', at: '2026-01-01T00:00:00Z', n: 9 },
];
const listing = {
  text: (r: Row) => [r.name, null],
  sorts: { name: (r: Row) => r.name, at: (r: Row) => (r.at ? new Date(r.at) : null), n: (r: Row) => r.n },
};
const q = (o: Partial<Parameters<typeof pageOf>[1]>) => ({
  sort: 'name' as const,
  order: 'asc' as const,
  page: 1,
  size: 10,
  ...o,
});
const ids = (p: { rows: Row[] }) => p.rows.map((r) => r.id);

describe('pageOf', () => {
  it('finds rows holding every word, folded for case and accents, in any script', () => {
    expect(ids(pageOf(rows, q({ q: 'OPERATION hero' }), listing))).toEqual([3]);
    expect(ids(pageOf(rows, q({ q: 'dang quoc' }), listing))).toEqual([2]);
    expect(ids(pageOf(rows, q({ q: 'ใจดี' }), listing))).toEqual([4]);
    expect(pageOf(rows, q({ q: 'nobody' }), listing)).toMatchObject({ rows: [], total: 0, page: 1 });
  });

  it('sorts words in the reader\u2019s order, numbers as numbers, dates as dates, empty values last', () => {
    expect(ids(pageOf(rows, q({ sort: 'n' }), listing))).toEqual([2, 3, 5, 1, 4]);
    expect(ids(pageOf(rows, q({ sort: 'n', order: 'desc' }), listing))).toEqual([4, 1, 3, 5, 2]);
    // Ties keep the module's order (3 before 5 both ways); the row without a date is last both ways.
    expect(ids(pageOf(rows, q({ sort: 'at' }), listing))).toEqual([3, 5, 4, 1, 2]);
    expect(ids(pageOf(rows, q({ sort: 'at', order: 'desc' }), listing))).toEqual([1, 4, 3, 5, 2]);
    expect(ids(pageOf(rows, q({ q: 'operation' }), listing))).toEqual([5, 3, 1]);
    // No column: the module's own order.
    expect(ids(pageOf(rows, q({ sort: undefined }), listing))).toEqual([1, 2, 3, 4, 5]);
  });

  it('cuts a page and counts every match; a page past the end gives the last', () => {
    const p2 = pageOf(rows, q({ sort: 'n', size: 2, page: 2 }), listing);
    expect(p2).toMatchObject({ total: 5, page: 2, size: 2 });
    expect(ids(p2)).toEqual([5, 1]);
    const past = pageOf(rows, q({ sort: 'n', size: 2, page: 9 }), listing);
    expect(past.page).toBe(3);
    expect(ids(past)).toEqual([4]);
  });
});

describe('listQuery', () => {
  const schema = listQuery({ sorts: ['name', 'at'], sort: 'at', order: 'desc' });
  it('reads defaults and strings from a query string', () => {
    expect(schema.parse({})).toEqual({ sort: 'at', order: 'desc', page: 1, size: 100 });
    expect(schema.parse({ sort: 'name', order: 'asc', page: '3', size: '25', q: 'x' })).toEqual({
      sort: 'name',
      order: 'asc',
      page: 3,
      size: 25,
      q: 'x',
    });
  });
  it('refuses a column it does not sort by, a page size over 200 and an unknown parameter', () => {
    expect(schema.safeParse({ sort: 'secret' }).success).toBe(false);
    expect(schema.safeParse({ size: '500' }).success).toBe(false);
    expect(schema.safeParse({ page: '0' }).success).toBe(false);
    expect(schema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
