import { useState } from 'react';
import { api } from '../api.ts';
import type { AccountApproval, Catalogue, Me, UserRow } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDate, formatDateTime, roleLabels } from '../ui/format.ts';
import { useSubmit } from '../ui/useSubmit.ts';
import { ChangeRolesForm } from './ChangeRolesForm.tsx';

function status(u: UserRow): string {
  if (u.disabled) return 'Disabled';
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now()) {
    return `Locked until ${formatDateTime(u.lockedUntil)}`;
  }
  if (!u.hasPassword) return 'Waiting for first sign-in';
  return 'Active';
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
    setDone(
      `Reset asked for. It waits for a second administrator, who is given the new one-time link to hand to ${u.displayName} in person.`,
    );
    onChanged();
  });
  const setDisabled = (disabled: boolean) =>
    handle(async () => {
      setDone(null);
      await api.patch<UserRow>(`/api/users/${encodeURIComponent(u.id)}`, { disabled });
      setDone(
        disabled ? `${u.displayName}'s account is disabled.` : `${u.displayName}'s account is enabled.`,
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
          {roleLabels(u.roles, roleNames)}
          {waiting
            .filter((a) => a.kind === 'grant_roles')
            .map((a) => (
              <span key={a.id} className="sub waiting">
                Waiting for approval: {roleLabels(a.roles, roleNames)}
              </span>
            ))}
        </td>
        <td>
          {status(u)}
          <span className="sub">Second factor {u.totpEnabled ? 'set up' : 'not set up'}</span>
          {waiting.some((a) => a.kind === 'reset_2fa') ? (
            <span className="sub waiting">Reset waiting for approval</span>
          ) : null}
        </td>
        <td className="nowrap">{formatDate(u.createdAt)}</td>
        <td>
          {own ? <span className="sub">Your account</span> : null}
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
                  Change roles
                  <span className="visually-hidden"> of {u.displayName}</span>
                </button>
              ) : null}
              {mayReset ? (
                <ConfirmButton
                  label="Reset password and second factor"
                  context={`of ${u.displayName}`}
                  busy={busy}
                  question={`Ask for a reset of ${u.displayName}'s password and second factor? A second administrator must approve it.`}
                  confirmLabel="Yes, ask for the reset"
                  onConfirm={() => void reset()}
                />
              ) : null}
              {mayUpdate && !u.disabled ? (
                <ConfirmButton
                  label="Disable"
                  context={`the account of ${u.displayName}`}
                  busy={busy}
                  question={`Disable ${u.displayName}'s account? They are signed out at once and cannot sign in until it is enabled again.`}
                  confirmLabel="Yes, disable"
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
                  Enable
                  <span className="visually-hidden"> the account of {u.displayName}</span>
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
