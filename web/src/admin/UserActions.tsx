import { useTranslation } from 'react-i18next';
import type { Me, UserRow } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';

interface Props {
  u: UserRow;
  me: Me;
  /** Whether this row's form to change roles is open beneath it. */
  editing: boolean;
  /** Whether this row's devices are shown beneath it. */
  showingDevices: boolean;
  busy: boolean;
  onEdit: () => void;
  onDevices: () => void;
  onReset: () => void;
  onDisabled: (disabled: boolean) => void;
}

/** What the administrator may do to an account, in its row: its form and messages go in a row beneath. */
export function UserActions({
  u,
  me,
  editing,
  showingDevices,
  busy,
  onEdit,
  onDevices,
  onReset,
  onDisabled,
}: Props) {
  const { t } = useTranslation('admin');
  const may = (p: string) => me.permissions.includes(p);
  const own = u.id === me.user.id;
  const mayUpdate = may('user.update') && !own;
  const mayReset = may('user.reset_2fa');
  return (
    <>
      {own ? <span className="sub">{t('row.yours')}</span> : null}
      <div className="row-actions">
        <button
          type="button"
          className="button small"
          aria-expanded={showingDevices}
          aria-controls={showingDevices ? `devices-${u.id}` : undefined}
          onClick={onDevices}
        >
          {t('row.devices')}
          <span className="visually-hidden"> {t('row.ofName', { name: u.displayName })}</span>
        </button>
      </div>
      {mayUpdate || mayReset ? (
        <div className="row-actions">
          {mayUpdate ? (
            <button
              type="button"
              className="button small"
              aria-expanded={editing}
              aria-controls={editing ? `roles-form-${u.id}` : undefined}
              onClick={onEdit}
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
              onConfirm={onReset}
            />
          ) : null}
          {mayUpdate && !u.disabled ? (
            <ConfirmButton
              label={t('row.disable')}
              context={t('row.accountOf', { name: u.displayName })}
              busy={busy}
              question={t('row.disableQuestion', { name: u.displayName })}
              confirmLabel={t('row.yesDisable')}
              onConfirm={() => onDisabled(true)}
            />
          ) : null}
          {mayUpdate && u.disabled ? (
            <button type="button" className="button small" disabled={busy} onClick={() => onDisabled(false)}>
              {t('row.enable')}
              <span className="visually-hidden"> {t('row.accountOf', { name: u.displayName })}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
