import type { ParseKeys, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../ui/TableWrap.tsx';
import { figure, orList } from './labels.ts';
import { cellWords, dimensionWords, tableTitle } from './tableWords.ts';
import type { ShownTable } from './types.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The rows a table shows: every stage of a funnel or list; a breakdown's combinations that count something. */
export function rowsOf(
  t: ShownTable,
  tr: TFunction<'outcomes'>,
): { rows: { label: string; count: number | null }[]; zeros: number } {
  const all = t.cells.map((c, i) => ({
    label: cellWords(tr, t, i).map(capital).join(' · '),
    count: c.count,
  }));
  if (t.kind !== 'breakdown') return { rows: all, zeros: 0 };
  const rows = all.filter((r) => r.count !== 0);
  return { rows, zeros: all.length - rows.length };
}

/** The figures of one indicator table, as an accessible table (the chart beside it draws the same). */
export function FigureTable({ table: t, k }: { table: ShownTable; k: number }) {
  const { t: tr } = useTranslation('outcomes');
  const { rows, zeros } = rowsOf(t, tr);
  const head = dimensionWords(tr, t).map(capital).join(' · ');
  return (
    <TableWrap>
      <table className="figure-table">
        <caption>{tableTitle(tr, t)}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="num">
              {tr('figures.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{capital(r.label)}</th>
              <td className={r.count === null ? 'num hidden-figure' : 'num'}>{figure(r.count, k)}</td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2} className="muted">
                {tr('figures.nothingCounted')}
              </td>
            </tr>
          ) : null}
        </tbody>
        {t.kind === 'breakdown' && rows.length > 0 ? (
          <tfoot>
            <tr>
              <th scope="row">{tr('figures.total')}</th>
              <td className={t.total === null ? 'num hidden-figure' : 'num'}>{figure(t.total, k)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      {zeros > 0 && rows.length > 0 ? <p className="hint">{tr('figures.zeros', { count: zeros })}</p> : null}
      {t.unfiltered.length ? (
        <p className="hint">
          {tr('figures.unfiltered', {
            filters: orList(
              t.unfiltered.map((f) =>
                tr(`codes.filterName.${f}` as ParseKeys<'outcomes'>, { defaultValue: f }),
              ),
            ),
          })}
        </p>
      ) : null}
    </TableWrap>
  );
}
