import type { ParseKeys } from 'i18next';
import { Fragment, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { formatDay } from './labels.ts';
import { countryName, sharedWords, transferKindOptions } from './transfer-labels.ts';
import type { InboxTransfer, TransferInboxReply } from './transfer-types.ts';
import type { TransferAnswerBody } from './types.ts';

/**
 * Transfers and referrals for return sent to the agency, each with only what the person agreed to share (read
 * from the sending case now); accepting opens the agency's own case. Shown only when there are some; answering
 * needs protection.write.
 */
export function TransferInbox({ canAnswer }: { canAnswer: boolean }) {
  const { t } = useTranslation('protection');
  const inbox = useLoad<TransferInboxReply>('/api/protection/transfers/inbox');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (x: InboxTransfer, decision: TransferAnswerBody['decision']) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/protection/transfers/${encodeURIComponent(x.id)}/answer`, {
        decision,
      } satisfies TransferAnswerBody);
      setDone(
        decision === 'accepted'
          ? t('transferInbox.accepted', { agency: x.fromAgency })
          : t('transferInbox.declined', { agency: x.fromAgency }),
      );
      inbox.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const transfers = inbox.data?.transfers ?? [];
  const kinds = transferKindOptions(t);
  if (transfers.length === 0 && !inbox.error) return null;
  return (
    <section className="panel" aria-labelledby="transfer-inbox-h">
      <h2 id="transfer-inbox-h">{t('transferInbox.title')}</h2>
      <ErrorMessage message={inbox.error ?? error} />
      <StatusMessage message={done} tone="success" />
      <ul className="stack">
        {transfers.map((x) => {
          const kind = wordFor(kinds, x.kind);
          const shared = sharedWords(t, x);
          const status = t(`codes.inboxStatus.${x.status}` as ParseKeys<'protection'>, {
            defaultValue: x.status,
          });
          return (
            <li key={x.id} aria-label={t('transferInbox.label', { kind, agency: x.fromAgency })}>
              <p>
                <Trans
                  t={t}
                  i18nKey={x.country ? 'transferInbox.itemTo' : 'transferInbox.item'}
                  values={{
                    kind,
                    agency: x.fromAgency,
                    when: formatDate(x.sentAt),
                    country: x.country ? countryName(x.country) : '',
                  }}
                  components={{ 1: <strong /> }}
                />{' '}
                {x.completedOn
                  ? t('transferInbox.statusOn', { status, on: formatDay(x.completedOn) })
                  : t('transferInbox.status', { status })}
              </p>
              {x.status === 'declined' ? null : shared.length === 0 ? (
                <p className="muted">{t('transferInbox.nothingShared')}</p>
              ) : (
                <dl className="facts">
                  {shared.map(([k, v]) => (
                    <Fragment key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </Fragment>
                  ))}
                </dl>
              )}
              {x.caseId ? (
                <p>
                  <a href={href(`/protection/${encodeURIComponent(x.caseId)}`)}>
                    {t('transferInbox.openCase')}
                  </a>
                </p>
              ) : null}
              {canAnswer && x.status === 'sent' ? (
                <p className="actions">
                  <button
                    type="button"
                    className="button small primary"
                    disabled={busy}
                    onClick={() => void answer(x, 'accepted')}
                  >
                    {t('transferInbox.accept')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => void answer(x, 'declined')}
                  >
                    {t('transferInbox.decline')}
                  </button>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
