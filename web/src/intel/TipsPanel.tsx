import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import {
  NO_FILTERS,
  type TipFilterProblem,
  TipFilters,
  type TipFilterValues,
  tipQuery,
} from './TipFilters.tsx';
import { TipList } from './TipList.tsx';
import { useTips } from './useTips.ts';

const FIRST = tipQuery(NO_FILTERS);

/**
 * The monitoring stream: the agency's tips from hotlines, NGOs and the public, newest first, filtered by words,
 * channel, days and place. Loaded when the tab is first shown, not before.
 */
export function TipsPanel({ active }: { active: boolean }) {
  const { t } = useTranslation('intel');
  const [run, setRun] = useState<{ query: string; attempt: number } | null>(null);
  const [invalid, setInvalid] = useState<TipFilterProblem | null>(null);
  useEffect(() => {
    if (active && run === null && 'query' in FIRST) setRun({ query: FIRST.query, attempt: 0 });
  }, [active, run]);
  const tips = useTips(run);
  const apply = (v: TipFilterValues) => {
    const q = tipQuery(v);
    if ('error' in q) return setInvalid(q.error);
    setInvalid(null);
    setRun((old) => ({ query: q.query, attempt: (old?.attempt ?? 0) + 1 }));
  };
  return (
    <>
      <section className="panel" aria-labelledby="tips-filter-h">
        <h2 id="tips-filter-h">{t('tips.heading')}</h2>
        <p className="hint">{t('tips.hint')}</p>
        <TipFilters onApply={apply} busy={tips.loading} />
        <ErrorMessage message={invalid ? t(`tips.filters.errors.${invalid}`) : tips.error} />
      </section>
      <section className="panel" aria-labelledby="tips-list-h">
        <h2 id="tips-list-h">{t('tips.listHeading')}</h2>
        {tips.tips.length > 0 ? <TipList tips={tips.tips} /> : null}
        {tips.loaded && !tips.loading && tips.tips.length === 0 ? (
          <p className="muted">{t('tips.none')}</p>
        ) : null}
        {tips.loading && tips.tips.length === 0 ? <p className="muted">{t('tips.loading')}</p> : null}
        {tips.next ? (
          <p className="after-form">
            <button
              type="button"
              className="button"
              onClick={tips.older}
              aria-disabled={tips.loading || undefined}
            >
              {t('tips.older')}
            </button>
          </p>
        ) : tips.tips.length > 0 ? (
          <p className="muted small">{t('tips.all')}</p>
        ) : null}
        <StatusMessage
          message={
            tips.loading && tips.tips.length > 0
              ? t('tips.loadingOlder')
              : tips.brought === null
                ? null
                : tips.brought.older
                  ? t('tips.olderLoaded', { count: tips.brought.count })
                  : t('tips.shown', { count: tips.brought.count })
          }
        />
      </section>
    </>
  );
}
