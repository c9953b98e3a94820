import { useTranslation } from 'react-i18next';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
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
  const { t: tf } = useTranslation('field');
  const services = serviceOptions(t);
  const statuses = serviceStatusOptions(t);
  const what = useWhat();
  return (
    <fieldset className="conflict">
      <legend className="visually-hidden">{t('kit.conflictLabel')}</legend>
      <p className="conflict-lead">{t('kit.conflictLead')}</p>
      <table className="conflict-answers">
        <thead>
          <tr>
            <th scope="col">{t('kit.service')}</th>
            <th scope="col">{t('kit.theirs')}</th>
            <th scope="col">{t('kit.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((x) => {
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

/** The case's work recorded on this device and not yet taken by the server, with its time, and any to decide on. */
export function CaseQueue({ outbox }: { outbox: CaseOutbox }) {
  const { t } = useTranslation('protection');
  const { t: tf } = useTranslation('field');
  const what = useWhat();
  const { queue } = outbox;
  const conflicts = queue.filter((x) => x.conflict);
  if (queue.length === 0 && !outbox.sendError) return null;
  return (
    <section className="panel queue queue-waiting" aria-labelledby="case-queue-h">
      <h2 id="case-queue-h">{t('kit.waitingTitle')}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="queue-count">
          {queue.length ? t('kit.waiting', { count: queue.length }) : tf('queue.nothingWaiting')}
        </p>
      </div>
      <ul className="queue-list">
        {queue.map((item) => (
          <li key={item.id}>
            <time dateTime={item.savedAt}>{formatClock(item.savedAt)}</time> {what(item)}
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
      {conflicts.length > 0 ? <StepConflict items={conflicts} outbox={outbox} /> : null}
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
