import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { DangerBadge } from './DangerBadge.tsx';
import { InboxItemActions } from './InboxItemActions.tsx';
import { tipPath, word } from './labels.ts';
import type { InboxItems } from './types.ts';
import { useReloadWhenShown } from './useReloadWhenShown.ts';

/** What other agencies routed to this one: receive each with a grading, then tell the sender what follows. */
export function Inbox({
  canReadIntel,
  keepsIntel,
  shown = true,
}: {
  canReadIntel: boolean;
  keepsIntel: boolean;
  shown?: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const inbox = useLoad<InboxItems>('/api/monitoring/inbox');
  useReloadWhenShown(shown, inbox.reload);
  const items = inbox.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="inbox-h">
      <h2 id="inbox-h">{t('inbox.title')}</h2>
      <p className="hint">{t('inbox.hint')}</p>
      <ErrorMessage message={inbox.error} />
      {inbox.loading && !inbox.data ? <p className="muted">{t('inbox.loading')}</p> : null}
      {inbox.data && items.length === 0 ? <p>{t('inbox.empty')}</p> : null}
      <ul className="tip-inbox">
        {items.map((i) => (
          <li
            key={i.routingId}
            aria-label={
              i.itemType === 'tip'
                ? t('inbox.tipFrom', { agency: i.fromAgencyName })
                : t('inbox.inspectionFrom', { agency: i.fromAgencyName })
            }
          >
            <p>
              <Trans
                t={t}
                i18nKey={i.itemType === 'tip' ? 'inbox.tipLine' : 'inbox.findingLine'}
                values={{
                  agency: i.fromAgencyName,
                  at: formatDateTime(i.sentAt),
                  status: word('routingStatus', i.status),
                }}
                components={{ 1: <strong /> }}
              />
            </p>
            <p>
              <DangerBadge danger={i.danger} />{' '}
              {t('inbox.kindChildren', {
                kind: word('kind', i.kind ?? 'unknown'),
                children: word('childrenShort', i.children ?? 'unknown').toLowerCase(),
              })}
            </p>
            <blockquote className="tip-text">{i.excerpt}</blockquote>
            {i.copyTipId ? (
              <p>
                <a href={href(tipPath(i.copyTipId))}>{t('inbox.openCopy')}</a>
              </p>
            ) : null}
            {i.feedback ? (
              <p className="tip-feedback">{t('inbox.youTold', { feedback: i.feedback })}</p>
            ) : null}
            <InboxItemActions
              item={i}
              canReadIntel={canReadIntel}
              keepsIntel={keepsIntel}
              onChanged={inbox.reload}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
