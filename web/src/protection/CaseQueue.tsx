import { useTranslation } from 'react-i18next';
import { ConflictChoice, WaitingQueue } from '../offline/WaitingQueue.tsx';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatClock } from '../ui/datetime.ts';
import type { QueuedWork } from './case-outbox.ts';
import { serviceOptions, serviceStatusOptions } from './labels.ts';
import type { CaseOutbox } from './useCaseOutbox.ts';

/** What one waiting record is, in words: the needs assessment, or a service and its step. */
function useWhat() {
  const { t } = useTranslation('protection');
  const services = serviceOptions(t);
  const statuses = serviceStatusOptions(t);
  return (x: QueuedWork) =>
    x.kind === 'needs'
      ? t('kit.needsWaiting')
      : t('kit.stepWaiting', {
          name: wordFor(services, x.service),
          status: wordFor(statuses, x.kind === 'offer' ? 'offered' : x.body.decision),
        });
}

/**
 * Steps that met another recorded meanwhile (in the office, or by a colleague who took the case over): the
 * service as it stands beside this device's step, and the person chooses. Kept, the step is sent again on the
 * current status (refused if it is no step from it); dropped, it leaves the device.
 */
function StepConflict({ items, outbox }: { items: QueuedWork[]; outbox: CaseOutbox }) {
  const { t } = useTranslation('protection');
  const services = serviceOptions(t);
  const statuses = serviceStatusOptions(t);
  const what = useWhat();
  return (
    <ConflictChoice
      label={t('kit.conflictLabel')}
      lead={t('kit.conflictLead')}
      subject={t('kit.service')}
      theirs={t('kit.theirs')}
      mine={t('kit.mine')}
      outbox={outbox}
      rows={items.map((x) => {
        const now = x.conflict;
        return (
          <tr key={x.id}>
            <th scope="row">{x.kind === 'needs' ? '' : wordFor(services, x.service)}</th>
            <td>
              {now?.status ? <strong>{wordFor(statuses, now.status)}</strong> : null}
              {now?.last
                ? ` ${t('kit.theirStep', {
                    name: now.last.by ?? '',
                    time: formatClock(now.last.at),
                    language: wordFor(languageOptions(), now.last.language),
                  })}`
                : null}
            </td>
            <td>
              {what(x)} <time dateTime={x.savedAt}>{formatClock(x.savedAt)}</time>
            </td>
          </tr>
        );
      })}
    />
  );
}

/** The case's work recorded on this device and not yet taken by the server, with its time, and any to decide on. */
export function CaseQueue({ outbox }: { outbox: CaseOutbox }) {
  const { t } = useTranslation('protection');
  const what = useWhat();
  const conflicts = outbox.queue.filter((x) => x.conflict);
  return (
    <WaitingQueue
      headingId="case-queue-h"
      title={t('kit.waitingTitle')}
      waiting={(count) => t('kit.waiting', { count })}
      queue={outbox.queue}
      describe={what}
      conflicts={
        conflicts.length
          ? { count: conflicts.length, view: <StepConflict items={conflicts} outbox={outbox} /> }
          : null
      }
      outbox={outbox}
      online={outbox.online}
    />
  );
}
