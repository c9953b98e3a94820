import { useTranslation } from 'react-i18next';
import { formatClock } from '../../ui/datetime.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import {
  changesOf,
  type FindingsState,
  findingsStateOfBody,
  type QueuedFindings,
  type QueuedRecord,
} from './inspection-outbox.ts';
import { answerOptions, breachWord, wordFor } from './labels.ts';
import type { Inspection } from './types.ts';
import type { InspectionOutbox } from './useInspectionOutbox.ts';

type Indicator = FindingsState['indicators'][number];
type BreachRow = FindingsState['breaches'][number];

function IndicatorWords({ f }: { f: Indicator | undefined }) {
  const { t } = useTranslation('monitoring');
  const answer = wordFor(answerOptions(), f?.answer ?? 'not_checked');
  if (f?.answer !== 'observed') return <span className="muted">{answer}</span>;
  return (
    <>
      <strong>{t('inspections.kit.withWorkers', { answer, count: f.workers })}</strong>{' '}
      {f.observation ? <q>{f.observation}</q> : null}
    </>
  );
}

function BreachWords({ b }: { b: BreachRow | undefined }) {
  const { t } = useTranslation('monitoring');
  if (!b) return <span className="muted">{t('inspections.kit.notFound')}</span>;
  return (
    <>
      <strong>{t('inspections.kit.found', { count: b.workers })}</strong> {b.note ? <q>{b.note}</q> : null}
    </>
  );
}

/**
 * Someone saved the findings before this phone's reached the server: for each indicator and breach the phone
 * changed, theirs now and this phone's side by side, and the person chooses. Kept, the phone's changes are laid
 * over theirs and sent on the current revision; dropped, they leave the phone and theirs stand.
 */
function FindingsConflict({
  items,
  i,
  outbox,
}: {
  items: QueuedFindings[];
  i: Inspection;
  outbox: InspectionOutbox;
}) {
  const { t } = useTranslation('monitoring');
  const { t: tf } = useTranslation('field');
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last?.conflict) return null;
  const current = last.conflict;
  const mine = findingsStateOfBody(last.body, first.base.revision);
  const changed = changesOf(first.base, mine);
  const label = (id: string) => i.findings.indicators.find((f) => f.id === id)?.label ?? id;
  const breachLabel = (code: string) =>
    breachWord(code, i.choices.breaches.find((b) => b.code === code)?.label ?? code);
  const find = <T,>(rows: T[], key: keyof T, v: string) => rows.find((r) => r[key] === v);
  return (
    <fieldset className="conflict">
      <legend className="visually-hidden">{t('inspections.kit.conflictLabel')}</legend>
      <p className="conflict-lead">{t('inspections.kit.conflictLead')}</p>
      <table className="conflict-answers">
        <thead>
          <tr>
            <th scope="col">{t('inspections.kit.finding')}</th>
            <th scope="col">{t('inspections.kit.theirs')}</th>
            <th scope="col">{t('inspections.kit.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.indicators.map((id) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td>
                <IndicatorWords f={find(current.indicators, 'id', id)} />
              </td>
              <td>
                <IndicatorWords f={find(mine.indicators, 'id', id)} />
              </td>
            </tr>
          ))}
          {changed.breaches.map((code) => (
            <tr key={code}>
              <th scope="row">{breachLabel(code)}</th>
              <td>
                <BreachWords b={find(current.breaches, 'breach', code)} />
              </td>
              <td>
                <BreachWords b={find(mine.breaches, 'breach', code)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="conflict-actions">
        <button type="button" className="button primary" onClick={() => void outbox.keepMine()}>
          {tf('conflict.keep')}
        </button>
        <button type="button" className="button" onClick={() => void outbox.dropMine()}>
          {tf('conflict.drop')}
        </button>
      </div>
    </fieldset>
  );
}

const isConflict = (x: QueuedRecord): x is QueuedFindings => x.kind === 'findings' && !!x.conflict;

/** The records kept on this phone and not yet taken by the server, with their time, and any to decide on. */
export function InspectionQueue({
  outbox,
  inspection,
}: {
  outbox: InspectionOutbox;
  inspection: Inspection;
}) {
  const { t } = useTranslation('monitoring');
  const { t: tf } = useTranslation('field');
  const { queue } = outbox;
  const conflicts = queue.filter(isConflict);
  if (queue.length === 0 && !outbox.sendError) return null;
  return (
    <section className="panel queue queue-waiting" aria-labelledby="insp-queue-h">
      <h2 id="insp-queue-h">{t('inspections.kit.waitingTitle')}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">
          {queue.length ? t('inspections.kit.waiting', { count: queue.length }) : tf('queue.nothingWaiting')}
        </p>
      </div>
      <ul className="queue-list">
        {queue.map((item) => (
          <li key={item.id}>
            <time dateTime={item.savedAt}>{formatClock(item.savedAt)}</time>{' '}
            {t(`inspections.kit.kind.${item.kind}`)}
            {item.refused ? (
              <>
                {' '}
                <span className="refused">{tf('queue.refused', { reason: item.refused })}</span>{' '}
                <button type="button" className="button small" onClick={() => void outbox.drop(item.id)}>
                  {tf('queue.discard')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {conflicts.length > 0 ? <FindingsConflict items={conflicts} i={inspection} outbox={outbox} /> : null}
      {outbox.online && queue.length > conflicts.length ? (
        <button
          type="button"
          className="button"
          disabled={outbox.sending}
          onClick={() => void outbox.flush()}
        >
          {outbox.sending ? tf('queue.sending') : tf('queue.send')}
        </button>
      ) : null}
      <ErrorMessage message={outbox.sendError} />
    </section>
  );
}
