import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import type { QueuedAnswers } from './answers-outbox.ts';
import type { Answer, SetDefinition } from './types.ts';
import type { AnswersOutbox } from './useAnswersOutbox.ts';

interface Props {
  outbox: AnswersOutbox;
  set: SetDefinition | null;
  online: boolean;
}

function AnswerWords({ answer }: { answer: Answer | undefined }) {
  const { t } = useTranslation('screening');
  if (!answer) return <span className="muted">{t('kit.notAnswered')}</span>;
  return (
    <>
      <strong>{t(`indicatorRow.choice.${answer.answer}`)}</strong>
      {answer.observation ? (
        <>
          {' '}
          <q>{answer.observation}</q>
        </>
      ) : null}
    </>
  );
}

interface ConflictProps {
  items: QueuedAnswers[];
  set: SetDefinition | null;
  outbox: AnswersOutbox;
}

/**
 * Someone saved the screening before these answers reached the server: for each indicator they name, the answer
 * now and this phone's side by side, and the person chooses. Kept, they are sent again on the current version
 * (replacing those indicators only); dropped, they leave the phone.
 */
function AnswersConflict({ items, set, outbox }: ConflictProps) {
  const { t } = useTranslation('screening');
  const { t: tf } = useTranslation('field');
  const label = (id: string) => set?.indicators.find((i) => i.id === id)?.label ?? id;
  const current = items.at(-1)?.conflict?.answers ?? {};
  // The phone's answers as it would leave them: a later save of an indicator over an earlier one.
  const mine: Record<string, Answer> = Object.assign({}, ...items.map((x) => x.answers));
  return (
    <fieldset className="conflict">
      <legend className="visually-hidden">{t('kit.conflictLabel')}</legend>
      <p className="conflict-lead">{t('kit.conflictLead')}</p>
      <table className="conflict-answers">
        <thead>
          <tr>
            <th scope="col">{t('kit.indicator')}</th>
            <th scope="col">{t('kit.theirs')}</th>
            <th scope="col">{t('kit.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(mine).map(([id, answer]) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td>
                <AnswerWords answer={current[id]} />
              </td>
              <td>
                <AnswerWords answer={answer} />
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

/** The answers saved on this phone and not yet taken by the server, with their time, and any to decide on. */
export function AnswersQueue({ outbox, set, online }: Props) {
  const { t } = useTranslation('screening');
  const { t: tf } = useTranslation('field');
  const { queue } = outbox;
  const conflicts = queue.filter((x) => x.conflict);
  if (queue.length === 0 && !outbox.sendError) return null;
  return (
    <section className="panel queue queue-waiting" aria-labelledby="answers-queue-h">
      <h2 id="answers-queue-h">{t('kit.waitingTitle')}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">
          {queue.length ? t('kit.waiting', { count: queue.length }) : tf('queue.nothingWaiting')}
        </p>
      </div>
      <ul className="queue-list">
        {queue.map((item) => (
          <li key={item.id}>
            <time dateTime={item.savedAt}>{formatClock(item.savedAt)}</time>{' '}
            {t('kit.savedCount', { count: Object.keys(item.answers).length })}
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
      {conflicts.length > 0 ? <AnswersConflict items={conflicts} set={set} outbox={outbox} /> : null}
      {online && queue.length > conflicts.length ? (
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
