import { useState } from 'react';
import { api } from '../api.ts';
import type { Catalogue, Me, PendingGrant, UserRow } from '../types.ts';
import { roleLabels } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { RoleChoices } from './RoleChoices.tsx';

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
  const [roles, setRoles] = useState<string[]>(user.roles);
  const { busy, error, setError, handle } = useSubmit();
  const offered = catalogue.roles.filter(
    (r) =>
      r.name !== 'system_admin' || me.permissions.includes('user.manage_all') || user.roles.includes(r.name),
  );
  const submit = handle(async () => {
    if (roles.length === 0) return setError('Choose at least one role, or disable the account instead.');
    if (roles.length === user.roles.length && roles.every((r) => user.roles.includes(r)))
      return setError('These are the roles the account has already: tick or untick one.');
    const r = await api.patch<UserRow & { pending: PendingGrant | null }>(
      `/api/users/${encodeURIComponent(user.id)}`,
      { roles },
    );
    const granted = r.roles.length ? roleLabels(r.roles, roleNames) : 'no role';
    onSaved(
      r.pending
        ? `Roles saved: ${user.displayName} now has ${granted}. Waiting for a second administrator to approve: ${roleLabels(r.pending.roles, roleNames)}.`
        : `Roles saved: ${user.displayName} now has ${granted}, and signs in again to use them.`,
    );
  });
  return (
    <form
      className="stack roles-form"
      onSubmit={submit}
      noValidate
      aria-label={`Change the roles of ${user.displayName}`}
    >
      <RoleChoices roles={offered} chosen={roles} onChange={setRoles} />
      <p className="hint">
        Saving signs {user.displayName} out. Roles that see intelligence or victims are granted only once a
        second administrator approves them.
      </p>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? 'Saving…' : 'Save roles'}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
