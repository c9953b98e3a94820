import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../types.ts';
import type { Loaded } from '../useLoad.ts';
import { formatDateTime } from './format.ts';
import { ErrorMessage } from './Live.tsx';
import { TableWrap } from './TableWrap.tsx';

interface Props<D extends Device> {
  /** The listing as loaded (a person's own devices, or an administrator's view of someone's). */
  load: Loaded<{ devices: D[] }>;
  caption: string;
  loadingText: string;
  noneText: string;
  /** What the status cell says of a device, and what it offers. */
  status: (d: D) => ReactNode;
  /** A last column of actions, when the reader has any. */
  actions?: { header: string; cell: (d: D) => ReactNode };
}

/**
 * The devices registered for the field screens, one a row: its label and browser, when it was registered and last
 * seen, and where it stands. Shared by the person's own list (home page) and an administrator's (users page).
 */
export function DeviceTable<D extends Device>({
  load,
  caption,
  loadingText,
  noneText,
  status,
  actions,
}: Props<D>) {
  const { t } = useTranslation('shell');
  const list = load.data?.devices ?? [];
  return (
    <>
      <ErrorMessage message={load.error} />
      {load.loading && !load.data ? <p className="muted">{loadingText}</p> : null}
      {load.data && list.length === 0 ? <p className="muted">{noneText}</p> : null}
      {list.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('devices.label')}</th>
                <th scope="col">{t('devices.registered')}</th>
                <th scope="col">{t('devices.lastSeen')}</th>
                <th scope="col">{t('devices.status')}</th>
                {actions ? <th scope="col">{actions.header}</th> : null}
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
                  <td>{status(d)}</td>
                  {actions ? <td>{actions.cell(d)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
