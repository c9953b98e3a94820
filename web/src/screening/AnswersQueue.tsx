import { useTranslation } from 'react-i18next';
import { ConflictChoice, WaitingQueue } from '../offline/WaitingQueue.tsx';
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
  const label = (id: string) => set?.indicators.find((i) => i.id === id)?.label ?? id;
  const current = items.at(-1)?.conflict?.answers ?? {};
  // The phone's answers as it would leave them: a later save of an indicator over an earlier one.
  const mine: Record<string, Answer> = Object.assign({}, ...items.map((x) => x.answers));
  return (
    <ConflictChoice
      label={t('kit.conflictLabel')}
      lead={t('kit.conflictLead')}
      subject={t('kit.indicator')}
      theirs={t('kit.theirs')}
      mine={t('kit.mine')}
      outbox={outbox}
      rows={Object.entries(mine).map(([id, answer]) => (
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
    />
  );
}

/** The answers saved on this phone and not yet taken by the server, with their time, and any to decide on. */
export function AnswersQueue({ outbox, set, online }: Props) {
  const { t } = useTranslation('screening');
  const conflicts = outbox.queue.filter((x) => x.conflict);
  return (
    <WaitingQueue
      headingId="answers-queue-h"
      title={t('kit.waitingTitle')}
      waiting={(count) => t('kit.waiting', { count })}
      queue={outbox.queue}
      describe={(item) => t('kit.savedCount', { count: Object.keys(item.answers).length })}
      conflicts={
        conflicts.length
          ? { count: conflicts.length, view: <AnswersConflict items={conflicts} set={set} outbox={outbox} /> }
          : null
      }
      outbox={outbox}
      online={online}
    />
  );
}
