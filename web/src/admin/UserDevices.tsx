import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { AgencyDevice, AgencyDevices, RevokeRequestBody, RevokeRequested, UserRow } from '../types.ts';
import { DeviceTable } from '../ui/DeviceTable.tsx';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
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
  const status = (d: AgencyDevice) =>
    d.status === 'revoked'
      ? t('devices.revokedOn', { when: formatDateTime(d.revokedAt ?? d.lastSeenAt) })
      : d.pendingApprovalId
        ? t('devices.waiting')
        : t('devices.active');
  const revokeButton = (d: AgencyDevice) =>
    d.status === 'active' && !d.pendingApprovalId ? (
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
    ) : null;
  return (
    <div className="stack" id={`devices-${user.id}`}>
      <h3>{t('devices.title', { name: user.displayName })}</h3>
      <DeviceTable
        load={devices}
        caption={t('devices.caption', { name: user.displayName })}
        loadingText={t('devices.loading')}
        noneText={t('devices.none')}
        status={(d) => (
          <>
            {status(d)}
            {d.status === 'revoked' && d.revokedBy ? (
              <span className="sub">{t('devices.revokedBy', { name: d.revokedBy })}</span>
            ) : null}
            {d.revokeReason ? <span className="sub">{d.revokeReason}</span> : null}
          </>
        )}
        {...(mayRevoke ? { actions: { header: t('users.actions'), cell: revokeButton } } : {})}
      />
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
