import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { DecisionHistory } from './DecisionHistory.tsx';
import { Outcome } from './Outcome.tsx';
import { decidedMessage, undoneMessage } from './outcomes.tsx';
import { pairKey } from './PairView.tsx';
import { ReviewablePair } from './ReviewablePair.tsx';
import { RunResolution } from './RunResolution.tsx';
import type { Decision, DecisionBody, Decisions, ReviewQueue, ScoredPair, WhereNow } from './types.ts';
import './people.css';

const PAGE = 20;

/**
 * The "Who is who" tab: pairs of records the model is unsure of, those whose decision would change the picture
 * most first, each with its explanation and the analyst's two answers; the decisions taken, each one undoable; and
 * a new resolution run. Nothing is loaded (nor audited as read) until the tab is first opened.
 */
export function ReviewPanel({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const { t } = useTranslation('intel');
  const [opened, setOpened] = useState(active);
  useEffect(() => {
    if (active) setOpened(true);
  }, [active]);
  const queue = useLoad<ReviewQueue>(opened ? `/api/intel/resolution/review?limit=${PAGE}` : null);
  const decisions = useLoad<Decisions>(opened ? '/api/intel/resolution/decisions' : null);
  const { busy, error, handle } = useSubmit();
  const [outcome, setOutcome] = useState<{ text: ReactNode; at: number } | null>(null);
  const reload = () => {
    queue.reload();
    decisions.reload();
  };
  const decide = (p: ScoredPair, decision: DecisionBody['decision'], note: string) =>
    handle(async () => {
      if (!p.a || !p.b) return;
      setOutcome(null);
      const now = await api.post<WhereNow>('/api/intel/resolution/decisions', {
        a: p.a.id,
        b: p.b.id,
        decision,
        note,
      } satisfies DecisionBody);
      setOutcome({ text: decidedMessage(p.a, p.b, decision, now), at: Date.now() });
      reload();
    })();
  const undo = (d: Decision) =>
    handle(async () => {
      setOutcome(null);
      const now = await api.post<WhereNow>(
        `/api/intel/resolution/decisions/${encodeURIComponent(d.id)}/undo`,
      );
      setOutcome({ text: undoneMessage(d.a, d.b, now), at: Date.now() });
      reload();
    })();
  const pairs = queue.data?.pairs ?? [];
  return (
    <div className="who-is-who">
      <section className="panel" aria-labelledby="review-queue-h">
        <h2 id="review-queue-h">{t('people.review.heading')}</h2>
        <p className="hint">{t('people.review.hint')}</p>
        <ErrorMessage message={queue.error} />
        <ErrorMessage message={error} />
        <Outcome focus={outcome?.at}>{outcome?.text}</Outcome>
        {queue.data ? (
          <p className="small muted">
            {pairs.length === 0
              ? t('people.review.none')
              : t('people.review.showing', { shown: formatNumber(pairs.length), count: queue.data.waiting })}
          </p>
        ) : null}
        {queue.loading && !queue.data ? <p className="muted">{t('people.review.loading')}</p> : null}
        {pairs.length > 0 ? (
          <ol className="review-queue" aria-label={t('people.review.label')}>
            {pairs.map((p) => (
              <li key={pairKey(p)} data-pair={pairKey(p)}>
                <ReviewablePair
                  pair={p}
                  canWrite={canWrite}
                  busy={busy}
                  onDecide={(q, d, note) => void decide(q, d, note)}
                />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <DecisionHistory decisions={decisions} canWrite={canWrite} busy={busy} onUndo={(d) => void undo(d)} />
      {canWrite ? <RunResolution onDone={reload} /> : null}
    </div>
  );
}
