import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Catalogue, Me, PendingGrant, UserRow, UserUpdateBody } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { RoleChoices } from './RoleChoices.tsx';
import { roleList } from './words.ts';

interface Props {
  me: Me;
  user: UserRow;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
  /** Called with what to tell the administrator once the change is saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Another person's roles: removals and roles that see neither intelligence nor victims apply at once. */
export function ChangeRolesForm({ me, user, catalogue, roleNames, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [roles, setRoles] = useState<string[]>(user.roles);
  const { busy, error, setError, handle } = useSubmit();
  const offered = catalogue.roles.filter(
    (r) =>
      r.name !== 'system_admin' || me.permissions.includes('user.manage_all') || user.roles.includes(r.name),
  );
  const submit = handle(async () => {
    if (roles.length === 0) return setError(t('changeRoles.chooseOne'));
    if (roles.length === user.roles.length && roles.every((r) => user.roles.includes(r)))
      return setError(t('changeRoles.unchanged'));
    const r = await api.patch<UserRow & { pending: PendingGrant | null }>(
      `/api/users/${encodeURIComponent(user.id)}`,
      { roles } satisfies UserUpdateBody,
    );
    const granted = r.roles.length ? roleList(t, r.roles, roleNames) : t('changeRoles.noRole');
    onSaved(
      r.pending
        ? t('changeRoles.savedPending', {
            name: user.displayName,
            granted,
            pending: roleList(t, r.pending.roles, roleNames),
          })
        : t('changeRoles.saved', { name: user.displayName, granted }),
    );
  });
  return (
    <form
      className="stack roles-form"
      onSubmit={submit}
      noValidate
      aria-label={t('changeRoles.label', { name: user.displayName })}
    >
      <RoleChoices roles={offered} chosen={roles} onChange={setRoles} />
      <p className="hint">{t('changeRoles.hint', { name: user.displayName })}</p>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? t('changeRoles.saving') : t('changeRoles.save')}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('changeRoles.cancel')}
        </button>
      </div>
    </form>
  );
}
