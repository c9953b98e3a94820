import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { RunSummary } from './types.ts';

/** The summary of a run in one sentence, for the live region. */
export function runWords(t: TFunction<'intel'>, s: RunSummary): string {
  const n = formatNumber;
  return t('people.run.summary', {
    records: n(s.records),
    entities: n(s.entities),
    created: n(s.created),
    seconds: n(s.ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    pairs: n(s.pairs),
    match: n(s.match),
    review: n(s.review),
    links: n(s.links),
  });
}

/** Runs resolution over the agency's records (analysts' decisions are kept) and says what it found. */
export function RunResolution({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('intel');
  const { busy, error, handle } = useSubmit();
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const run = handle(async () => {
    setSummary(null);
    setSummary(await api.post<RunSummary>('/api/intel/resolution/runs'));
    onDone();
  });
  return (
    <section className="panel" aria-labelledby="resolution-run-h">
      <h2 id="resolution-run-h">{t('people.run.heading')}</h2>
      <p className="hint">{t('people.run.hint')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? t('people.run.resolving') : t('people.run.run')}
      </button>
      <ErrorMessage message={error} />
      <StatusMessage message={summary && !busy ? runWords(t, summary) : null} tone="success" />
    </section>
  );
}
