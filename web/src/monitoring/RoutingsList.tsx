import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { word } from './labels.ts';
import type { MyTip, TipRouting } from './types.ts';

/** A routing as the sender's list or the person who entered the tip sees it (only the sender has when it went). */
type RoutingView = MyTip['routings'][number] & { sentAt?: TipRouting['sentAt'] };

/** Which of the line's wordings fits what is known of the routing. */
const lineKey = (r: RoutingView) =>
  r.sentAt
    ? r.receivedAt
      ? 'routingsList.lineSentReceived'
      : 'routingsList.lineSent'
    : r.receivedAt
      ? 'routingsList.lineReceived'
      : 'routingsList.line';

/** Where a tip or an inspection's findings were routed and what became of it, as far as the receiving agency tells. */
export function RoutingsList({
  routings,
  label,
  empty,
}: {
  routings: RoutingView[];
  label: string;
  /** What is said when it went nowhere yet (by default, that the tip was not routed). */
  empty?: string;
}) {
  const { t } = useTranslation('monitoring');
  if (routings.length === 0) return <p className="muted">{empty ?? t('routing.tip.none')}</p>;
  return (
    <ul className="tip-routings" aria-label={label}>
      {routings.map((r) => (
        <li key={r.toAgencyName}>
          <Trans
            t={t}
            i18nKey={lineKey(r)}
            values={{
              agency: r.toAgencyName,
              status: word('routingStatus', r.status),
              sent: r.sentAt ? formatDateTime(r.sentAt) : '',
              received: r.receivedAt ? formatDateTime(r.receivedAt) : '',
            }}
            components={{ 1: <strong /> }}
          />
          {r.feedback ? (
            <p className="tip-feedback">
              {r.feedbackAt
                ? t('routingsList.theirWordAt', { at: formatDateTime(r.feedbackAt), feedback: r.feedback })
                : t('routingsList.theirWord', { feedback: r.feedback })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
