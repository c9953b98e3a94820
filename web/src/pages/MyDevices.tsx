import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Device, MyDevices as MyDevicesReply } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';

/**
 * The phones and browsers the person registered for the field screens, each revoked at once from here when lost:
 * the server refuses it from then on, and the phone wipes what it stores when it next opens with a connection.
 */
export function MyDevices() {
  const { t } = useTranslation('shell');
  const devices = useLoad<MyDevicesReply>('/api/me/devices');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const revoke = (d: Device) =>
    handle(async () => {
      setDone(null);
      await api.post<Device>(`/api/me/devices/${encodeURIComponent(d.id)}/revoke`);
      setDone(t('devices.revoked', { label: d.label }));
      devices.reload();
    });
  const list = devices.data?.devices ?? [];
  return (
    <section className="panel" aria-labelledby="my-devices">
      <h2 id="my-devices">{t('devices.title')}</h2>
      <p className="hint">{t('devices.hint')}</p>
      <ErrorMessage message={devices.error} />
      {devices.loading && !devices.data ? <p className="muted">{t('devices.loading')}</p> : null}
      {devices.data && list.length === 0 ? <p className="muted">{t('devices.none')}</p> : null}
      {list.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('devices.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('devices.label')}</th>
                <th scope="col">{t('devices.registered')}</th>
                <th scope="col">{t('devices.lastSeen')}</th>
                <th scope="col">{t('devices.status')}</th>
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
                    {d.status === 'revoked' ? (
                      t('devices.revokedOn', { when: formatDateTime(d.revokedAt ?? d.lastSeenAt) })
                    ) : (
                      <ConfirmButton
                        label={t('devices.revoke')}
                        context={d.label}
                        busy={busy}
                        question={t('devices.revokeQuestion', { label: d.label })}
                        confirmLabel={t('devices.yesRevoke')}
                        onConfirm={() => void revoke(d)()}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
