import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { AccountApproval, Catalogue, Me, UserRow } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { useSubmit } from '../ui/useSubmit.ts';
import { ChangeRolesForm } from './ChangeRolesForm.tsx';
import { roleList } from './words.ts';

function status(t: TFunction<'admin'>, u: UserRow): string {
  if (u.disabled) return t('row.disabled');
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now()) {
    return t('row.lockedUntil', { when: formatDateTime(u.lockedUntil) });
  }
  if (!u.hasPassword) return t('row.waitingFirstSignIn');
  return t('row.active');
}

interface Props {
  u: UserRow;
  me: Me;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
  showAgency: boolean;
  /** This account's requests waiting for a second administrator. */
  waiting: readonly AccountApproval[];
  /** Called after a change, so that the accounts and the requests waiting for approval are read again. */
  onChanged: () => void;
}

/** One account, with what the administrator may do to it; its form and messages go in a row beneath. */
export function UserRowView({ u, me, catalogue, roleNames, showAgency, waiting, onChanged }: Props) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const may = (p: string) => me.permissions.includes(p);
  const own = u.id === me.user.id;
  const formId = `roles-form-${u.id}`;

  const reset = handle(async () => {
    setDone(null);
    await api.post<{ approvalId: string; status: 'pending' }>(
      `/api/users/${encodeURIComponent(u.id)}/reset-2fa`,
    );
    setDone(t('row.resetAsked', { name: u.displayName }));
    onChanged();
  });
  const setDisabled = (disabled: boolean) =>
    handle(async () => {
      setDone(null);
      await api.patch<UserRow>(`/api/users/${encodeURIComponent(u.id)}`, { disabled });
      setDone(
        disabled ? t('row.isDisabled', { name: u.displayName }) : t('row.isEnabled', { name: u.displayName }),
      );
      onChanged();
    });

  const mayUpdate = may('user.update') && !own;
  const mayReset = may('user.reset_2fa');
  const detail = editing || done !== null || error !== null;
  return (
    <>
      <tr className={detail ? 'has-detail' : undefined}>
        <th scope="row">
          {u.displayName}
          <span className="sub mono">{u.username}</span>
        </th>
        {showAgency ? <td>{u.agencyName}</td> : null}
        <td>
          {roleList(t, u.roles, roleNames)}
          {waiting
            .filter((a) => a.kind === 'grant_roles')
            .map((a) => (
              <span key={a.id} className="sub waiting">
                {t('row.waitingApproval', { roles: roleList(t, a.roles, roleNames) })}
              </span>
            ))}
        </td>
        <td>
          {status(t, u)}
          <span className="sub">
            {u.totpEnabled ? t('row.secondFactorSet') : t('row.secondFactorNotSet')}
          </span>
          {waiting.some((a) => a.kind === 'reset_2fa') ? (
            <span className="sub waiting">{t('row.resetWaiting')}</span>
          ) : null}
        </td>
        <td className="nowrap">{formatDate(u.createdAt)}</td>
        <td>
          {own ? <span className="sub">{t('row.yours')}</span> : null}
          {mayUpdate || mayReset ? (
            <div className="row-actions">
              {mayUpdate ? (
                <button
                  type="button"
                  className="button small"
                  aria-expanded={editing}
                  aria-controls={editing ? formId : undefined}
                  onClick={() => {
                    setDone(null);
                    setEditing((e) => !e);
                  }}
                >
                  {t('row.changeRoles')}
                  <span className="visually-hidden"> {t('row.ofName', { name: u.displayName })}</span>
                </button>
              ) : null}
              {mayReset ? (
                <ConfirmButton
                  label={t('row.reset')}
                  context={t('row.ofName', { name: u.displayName })}
                  busy={busy}
                  question={t('row.resetQuestion', { name: u.displayName })}
                  confirmLabel={t('row.yesReset')}
                  onConfirm={() => void reset()}
                />
              ) : null}
              {mayUpdate && !u.disabled ? (
                <ConfirmButton
                  label={t('row.disable')}
                  context={t('row.accountOf', { name: u.displayName })}
                  busy={busy}
                  question={t('row.disableQuestion', { name: u.displayName })}
                  confirmLabel={t('row.yesDisable')}
                  onConfirm={() => void setDisabled(true)()}
                />
              ) : null}
              {mayUpdate && u.disabled ? (
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  onClick={() => void setDisabled(false)()}
                >
                  {t('row.enable')}
                  <span className="visually-hidden"> {t('row.accountOf', { name: u.displayName })}</span>
                </button>
              ) : null}
            </div>
          ) : null}
          {/* Always in the page, so that screen readers announce what is shown in the row beneath. */}
          <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
            {error}
          </div>
          <div className="visually-hidden" aria-live="polite" aria-atomic="true">
            {done}
          </div>
        </td>
      </tr>
      {detail ? (
        <tr className="row-detail">
          <td colSpan={showAgency ? 6 : 5}>
            {editing ? (
              <div id={formId}>
                <ChangeRolesForm
                  me={me}
                  user={u}
                  catalogue={catalogue}
                  roleNames={roleNames}
                  onCancel={() => setEditing(false)}
                  onSaved={(message) => {
                    setEditing(false);
                    setDone(message);
                    onChanged();
                  }}
                />
              </div>
            ) : null}
            {error ? <p className="notice notice-error">{error}</p> : null}
            {done ? <p className="notice notice-success">{done}</p> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
