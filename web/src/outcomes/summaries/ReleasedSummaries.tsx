import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import type { ReleasedSummary, ReleasedSummaryList } from './types.ts';
import './summaries.css';

/** The text as the press office passes it on: headline, then the body. */
const pressText = (s: ReleasedSummary) => `${s.headline}\n\n${s.body}`;

function Released({ s }: { s: ReleasedSummary }) {
  const { t } = useTranslation('outcomes');
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pressText(s));
      setCopied(t('released.copied'));
    } catch {
      setCopied(t('released.copyRefused'));
    }
  };
  return (
    <article className="released-summary" aria-labelledby={`released-${s.id}`}>
      <h3 id={`released-${s.id}`}>{s.headline}</h3>
      <p className="muted">
        {t('released.facts', {
          agency: s.agency,
          kind: t(`codes.summaryKind.${s.kind}` as ParseKeys<'outcomes'>, { defaultValue: s.kind }),
          on: formatDate(s.releasedAt),
        })}
      </p>
      <p className="summary-text">{s.body}</p>
      <div className="actions">
        <button type="button" className="button small" onClick={() => void copy()}>
          {t('released.copy')}
        </button>
        <span className="small" aria-live="polite">
          {copied}
        </span>
      </div>
    </article>
  );
}

/** `#/outcomes/summaries`: what every agency has released to the press, newest first, ready to pass on. */
export function ReleasedSummaries() {
  const { t } = useTranslation('outcomes');
  const list = useLoad<ReleasedSummaryList>('/api/outcomes/summaries');
  return (
    <section className="panel" aria-labelledby="released-h">
      <h2 id="released-h">{t('page.summaries')}</h2>
      <p className="hint">{t('released.hint')}</p>
      <ErrorMessage message={list.error} />
      {list.loading && !list.data ? <p className="muted">{t('released.loading')}</p> : null}
      {list.data && list.data.summaries.length === 0 ? <p className="muted">{t('released.none')}</p> : null}
      {(list.data?.summaries ?? []).map((s) => (
        <Released key={s.id} s={s} />
      ))}
    </section>
  );
}
