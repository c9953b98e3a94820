import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { AgencyDevice, AgencyDevices, RevokeRequestBody, RevokeRequested, UserRow } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';

interface Props {
  user: UserRow;
  /** Whether the reader may ask for a revocation (user.update), not only look. */
  mayRevoke: boolean;
  /** Called once a revocation was asked for, so that the approvals panel shows it. */
  onRequested: () => void;
  onClose: () => void;
}

/**
 * One person's devices for the field screens, beneath their row: when each was registered and last seen, and a way
 * to ask for a lost one to be revoked, with the reason the second administrator reads before approving.
 */
export function UserDevices({ user, mayRevoke, onRequested, onClose }: Props) {
  const { t } = useTranslation('admin');
  const devices = useLoad<AgencyDevices>(`/api/devices?userId=${encodeURIComponent(user.id)}`);
  const [asking, setAsking] = useState<AgencyDevice | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if (!asking) return;
    if (!reason.trim()) return setError(t('devices.reasonNeeded'));
    await api.post<RevokeRequested>(`/api/devices/${encodeURIComponent(asking.id)}/revoke`, {
      reason,
    } satisfies RevokeRequestBody);
    setDone(t('devices.asked', { label: asking.label, name: user.displayName }));
    setAsking(null);
    setReason('');
    devices.reload();
    onRequested();
  });
  const list = devices.data?.devices ?? [];
  const status = (d: AgencyDevice) =>
    d.status === 'revoked'
      ? t('devices.revokedOn', { when: formatDateTime(d.revokedAt ?? d.lastSeenAt) })
      : d.pendingApprovalId
        ? t('devices.waiting')
        : t('devices.active');
  return (
    <div className="stack" id={`devices-${user.id}`}>
      <h3>{t('devices.title', { name: user.displayName })}</h3>
      <ErrorMessage message={devices.error} />
      {devices.loading && !devices.data ? <p className="muted">{t('devices.loading')}</p> : null}
      {devices.data && list.length === 0 ? <p className="muted">{t('devices.none')}</p> : null}
      {list.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('devices.caption', { name: user.displayName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('devices.label')}</th>
                <th scope="col">{t('devices.registered')}</th>
                <th scope="col">{t('devices.lastSeen')}</th>
                <th scope="col">{t('devices.status')}</th>
                {mayRevoke ? <th scope="col">{t('users.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.label}
                    <span className="sub">{d.userAgent}</span>
                  </th>
                  <td className="nowrap">{formatDateTime(d.registeredAt)}</td>
                  <td className="nowrap">{formatDateTime(d.lastSeenAt)}</td>
                  <td>
                    {status(d)}
                    {d.status === 'revoked' && d.revokedBy ? (
                      <span className="sub">{t('devices.revokedBy', { name: d.revokedBy })}</span>
                    ) : null}
                    {d.revokeReason ? <span className="sub">{d.revokeReason}</span> : null}
                  </td>
                  {mayRevoke ? (
                    <td>
                      {d.status === 'active' && !d.pendingApprovalId ? (
                        <button
                          type="button"
                          className="button small"
                          aria-expanded={asking?.id === d.id}
                          onClick={() => {
                            setDone(null);
                            setError(null);
                            setAsking(asking?.id === d.id ? null : d);
                          }}
                        >
                          {t('devices.revoke')}
                          <span className="visually-hidden"> {d.label}</span>
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {asking ? (
        <form
          className="stack"
          onSubmit={submit}
          noValidate
          aria-label={t('devices.formLabel', { label: asking.label })}
        >
          <Field
            label={t('devices.reason')}
            hint={t('devices.reasonHint')}
            value={reason}
            onChange={setReason}
            maxLength={500}
            required
          />
          <div className="actions">
            <button type="submit" className="button primary small" disabled={busy}>
              {busy ? t('devices.asking') : t('devices.ask')}
            </button>
            <button type="button" className="button small" onClick={() => setAsking(null)}>
              {t('changeRoles.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div className="actions">
        <button type="button" className="button small" onClick={onClose}>
          {t('devices.close')}
        </button>
      </div>
    </div>
  );
}
