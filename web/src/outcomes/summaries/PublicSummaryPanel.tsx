import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Me } from '../../types.ts';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { statusWord } from './figure-words.ts';
import { SummaryReview } from './SummaryReview.tsx';
import { draftApi, type Summaries, type SummaryDraftBody, type SummaryKind, summaryApi } from './types.ts';
import './summaries.css';

/**
 * "Public summary for the press", on a concluded operation's page or a decided case file's: the agency drafts
 * it from the frozen figures (the server writes the first text), edits it, a second member approves it, then it
 * is released; it may be withdrawn with a reason. The server refuses a text naming the code name, the target,
 * its place, a victim or a suspect, and says so here.
 */
export function PublicSummaryPanel({
  kind,
  subjectId,
  me,
}: {
  kind: SummaryKind;
  subjectId: string;
  me: Me;
}) {
  const { t } = useTranslation('outcomes');
  const list = useLoad<Summaries>(`${summaryApi(kind)}/public-summaries`);
  const draft = useSubmit();
  const [said, setSaid] = useState<string | null>(null);
  const mine = (list.data?.summaries ?? []).filter((s) => s.subjectId === subjectId);
  const current = mine[0];
  const earlier = mine.slice(1);
  const changed = (message: string) => {
    setSaid(message);
    list.reload();
  };
  const start = draft.handle(async () => {
    setSaid(null);
    await api.post(draftApi(kind, subjectId), { text: null } satisfies SummaryDraftBody);
    changed(t('summary.drafted'));
  });
  return (
    <section className="panel public-summary" aria-labelledby={`summary-h-${kind}`}>
      <h2 id={`summary-h-${kind}`}>{t('summary.title')}</h2>
      <p className="hint">
        {t('summary.hint')}
        {kind === 'case' ? ` ${t('summary.hintCase')}` : ''}
      </p>
      <ErrorMessage message={list.error} />
      {list.loading && !list.data ? <p className="muted">{t('released.loading')}</p> : null}
      {current ? (
        <SummaryReview
          key={current.id}
          s={current}
          kind={kind}
          me={me}
          onChanged={changed}
          onStart={() => setSaid(null)}
        />
      ) : null}
      {list.data && (!current || current.status === 'withdrawn') ? (
        <div className="actions">
          <button type="button" className="button primary" disabled={draft.busy} onClick={() => void start()}>
            {t(`summary.draft.${current ? 'again' : 'first'}.${kind}` as ParseKeys<'outcomes'>)}
          </button>
        </div>
      ) : null}
      <ErrorMessage message={draft.error} />
      <StatusMessage message={said} tone="success" />
      {earlier.length ? (
        <details>
          <summary>{t('summary.earlier', { count: earlier.length })}</summary>
          <ul className="earlier-summaries">
            {earlier.map((s) => (
              <li key={s.id}>
                {s.status === 'withdrawn'
                  ? t('summary.earlierWithdrawn', {
                      headline: s.headline,
                      on: formatDate(s.draftedAt),
                      reason: s.withdrawnReason ?? '',
                    })
                  : t('summary.earlierItem', {
                      headline: s.headline,
                      on: formatDate(s.draftedAt),
                      status: statusWord(t, s.status),
                    })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
