import { useTranslation } from 'react-i18next';
import { ConflictChoice, WaitingQueue } from '../../offline/WaitingQueue.tsx';
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
    <ConflictChoice
      label={t('inspections.kit.conflictLabel')}
      lead={t('inspections.kit.conflictLead')}
      subject={t('inspections.kit.finding')}
      theirs={t('inspections.kit.theirs')}
      mine={t('inspections.kit.mine')}
      outbox={outbox}
      rows={
        <>
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
        </>
      }
    />
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
  const conflicts = outbox.queue.filter(isConflict);
  return (
    <WaitingQueue
      headingId="insp-queue-h"
      title={t('inspections.kit.waitingTitle')}
      waiting={(count) => t('inspections.kit.waiting', { count })}
      queue={outbox.queue}
      describe={(item) => t(`inspections.kit.kind.${item.kind}`)}
      conflicts={
        conflicts.length
          ? {
              count: conflicts.length,
              view: <FindingsConflict items={conflicts} i={inspection} outbox={outbox} />,
            }
          : null
      }
      outbox={outbox}
      online={outbox.online}
    />
  );
}
