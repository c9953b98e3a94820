import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { AccountApproval, AccountApprovals, Approved } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import type { Loaded } from '../useLoad.ts';
import { type Created, LinkResult } from './LinkResult.tsx';
import { roleList } from './words.ts';

interface Props {
  approvals: Loaded<AccountApprovals>;
  roleNames: ReadonlyMap<string, string>;
  /** Called after a decision, so that the accounts table shows the new roles or state. */
  onDecided: () => void;
}

const what = (t: TFunction<'admin'>, a: AccountApproval, roleNames: ReadonlyMap<string, string>) =>
  a.kind === 'reset_2fa'
    ? t('approvals.reset')
    : a.kind === 'revoke_device'
      ? t('approvals.revokeDevice', { label: a.device?.label ?? '' })
      : t('approvals.grant', { roles: roleList(t, a.roles, roleNames) || t('approvals.roles') });

/** What approving does, asked before it is done. */
const approveQuestion = (
  t: TFunction<'admin'>,
  a: AccountApproval,
  roleNames: ReadonlyMap<string, string>,
) =>
  a.kind === 'reset_2fa'
    ? t('approvals.approveReset', { name: a.user.displayName })
    : a.kind === 'revoke_device'
      ? t('approvals.approveRevoke', { label: a.device?.label ?? '', name: a.user.displayName })
      : t('approvals.approveGrant', { roles: roleList(t, a.roles, roleNames), name: a.user.displayName });

/**
 * Resets, role grants and revocations of devices that one administrator asked for and a second must approve. The one-time link of an
 * approved reset is shown here, to the approver, who hands it to the person in person.
 */
export function ApprovalsPanel({ approvals, roleNames, onDecided }: Props) {
  const { t } = useTranslation('admin');
  // Every link handed out on this visit stays shown: each is shown once, so a later decision must not hide it.
  const [links, setLinks] = useState<Created[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const decide = (a: AccountApproval, verdict: 'approve' | 'refuse') =>
    handle(async () => {
      setDone(null);
      const path = `/api/account-approvals/${encodeURIComponent(a.id)}/${verdict}`;
      if (verdict === 'refuse') {
        await api.post<AccountApproval>(path);
        setDone(t('approvals.refused', { what: what(t, a, roleNames), name: a.user.displayName }));
      } else {
        const r = await api.post<Approved>(path);
        const link = r.signInLink;
        if (link)
          setLinks((l) => [
            { displayName: a.user.displayName, link, hours: r.expiresInHours ?? 72, purpose: 'reset' },
            ...l,
          ]);
        else setDone(t('approvals.approved', { what: what(t, a, roleNames), name: a.user.displayName }));
      }
      approvals.reload();
      onDecided();
    });
  const list = approvals.data?.approvals ?? [];
  return (
    <section className="panel approvals" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">{t('approvals.title')}</h2>
      <p className="hint">{t('approvals.hint')}</p>
      <p className="hint">{t('approvals.hintDevices')}</p>
      <ErrorMessage message={approvals.error} />
      {approvals.data && list.length === 0 ? <p className="muted">{t('approvals.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="approval-list">
          {list.map((a) => (
            <li key={a.id} className="approval">
              <h3>
                {what(t, a, roleNames)}
                <span className="sub">
                  <Trans
                    t={t}
                    i18nKey="approvals.for"
                    values={{
                      name: a.user.displayName,
                      username: a.user.username,
                      agency: a.user.agencyName,
                    }}
                    components={{ 1: <span className="mono" /> }}
                  />
                </span>
              </h3>
              <p className="small">
                {t('approvals.asked', {
                  by: a.requestedBy,
                  on: formatDateTime(a.requestedAt),
                  lapses: formatDateTime(a.expiresAt),
                })}
              </p>
              {a.reason ? <p className="small">{t('approvals.reason', { reason: a.reason })}</p> : null}
              {a.mayDecide ? (
                <div className="actions">
                  <ConfirmButton
                    label={t('approvals.approve')}
                    context={t('approvals.context', {
                      what: what(t, a, roleNames),
                      name: a.user.displayName,
                    })}
                    primary
                    busy={busy}
                    question={approveQuestion(t, a, roleNames)}
                    confirmLabel={t('approvals.yesApprove')}
                    onConfirm={() => void decide(a, 'approve')()}
                  />
                  <ConfirmButton
                    label={t('approvals.refuse')}
                    context={t('approvals.context', {
                      what: what(t, a, roleNames),
                      name: a.user.displayName,
                    })}
                    busy={busy}
                    question={t('approvals.refuseQuestion', { name: a.user.displayName })}
                    confirmLabel={t('approvals.yesRefuse')}
                    onConfirm={() => void decide(a, 'refuse')()}
                  />
                </div>
              ) : (
                <p className="muted">{t('approvals.waitingOther')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {approvals.loading && !approvals.data ? <p className="muted">{t('approvals.loading')}</p> : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      {links.map((l) => (
        <LinkResult key={l.link} created={l} />
      ))}
    </section>
  );
}
