import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Device, MyDevices as MyDevicesReply } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { DeviceTable } from '../ui/DeviceTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
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
  return (
    <section className="panel" aria-labelledby="my-devices">
      <h2 id="my-devices">{t('devices.title')}</h2>
      <p className="hint">{t('devices.hint')}</p>
      <DeviceTable
        load={devices}
        caption={t('devices.caption')}
        loadingText={t('devices.loading')}
        noneText={t('devices.none')}
        status={(d) =>
          d.status === 'revoked' ? (
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
          )
        }
      />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
