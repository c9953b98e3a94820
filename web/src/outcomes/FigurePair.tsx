import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureTable, rowsOf } from './FigureTable.tsx';
import type { ShownTable } from './types.ts';

const Chart = lazy(() => import('./Chart.tsx'));

/** One indicator: its chart and, beside it, its table. */
export function FigurePair({ table, k }: { table: ShownTable; k: number }) {
  const { t } = useTranslation('outcomes');
  const { rows } = rowsOf(table, t);
  return (
    <figure className="figure-pair" data-table={table.id}>
      <div className="figure-chart">
        {rows.length > 0 ? (
          <Suspense fallback={<p className="muted">{t('figures.drawing')}</p>}>
            <Chart bars={rows} k={k} funnel={table.kind === 'funnel'} testId={`chart-${table.id}`} />
          </Suspense>
        ) : (
          <p className="muted">{t('figures.nothingToDraw')}</p>
        )}
      </div>
      <FigureTable table={table} k={k} />
    </figure>
  );
}
