import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TWO_FACTOR_STATES, type USER_SORTS, USER_STATUSES } from '../../../src/access/schema.ts';
import type { userListReply } from '../../../src/access/user-list.ts';
import { api, messageOf } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import type { AccountApproval, Agency, Catalogue, Me, UserRow, UserUpdateBody } from '../types.ts';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import type { Listing } from '../ui/useListing.ts';
import type { Wire } from '../wire.ts';
import { ChangeRolesForm } from './ChangeRolesForm.tsx';
import { UserActions } from './UserActions.tsx';
import { UserDevices } from './UserDevices.tsx';
import { roleList, roleWord } from './words.ts';

export type UserSort = (typeof USER_SORTS)[number];
export type UserListReply = Wire<z.output<typeof userListReply>>;
type T = TFunction<'admin'>;

const statusWord = (t: T, status: (typeof USER_STATUSES)[number]): string =>
  ({
    active: t('row.active'),
    pending: t('row.waitingFirstSignIn'),
    locked: t('users.locked'),
    disabled: t('row.disabled'),
  })[status];

const twoFactorWord = (t: T, state: (typeof TWO_FACTOR_STATES)[number]): string =>
  state === 'enrolled' ? t('row.secondFactorSet') : t('row.secondFactorNotSet');

/** Where an account stands, as the server's status filter judges it, with the lock's end. */
function statusOf(t: T, u: UserRow): string {
  if (u.disabled) return statusWord(t, 'disabled');
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now())
    return t('row.lockedUntil', { when: formatDateTime(u.lockedUntil) });
  return statusWord(t, u.hasPassword ? 'active' : 'pending');
}

interface Props {
  listing: Listing<UserListReply, UserSort>;
  me: Me;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
  /** Every agency, for those who see them all (a column and a filter); null when all accounts are the reader's own agency's, named above the table. */
  agencies: readonly Agency[] | null;
  /** Requests waiting for a second administrator, named in their account's row. */
  waiting: readonly AccountApproval[];
  onChanged: () => void;
}

/** What is open beneath one row: the form to change its roles, its devices, or what came of an action. */
interface Open {
  id: string;
  editing: boolean;
  devices?: boolean;
  done: string | null;
  error: string | null;
}

/** The accounts, found by name, filtered, sorted and paged on the server, each with what may be done to it. */
export function UserTable({ listing, me, catalogue, roleNames, agencies, waiting, onChanged }: Props) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const [busy, setBusy] = useState(false);
  const filter = (name: string) => listing.state.filters[name] ?? '';

  const act = (u: UserRow, action: () => Promise<string>) => {
    setBusy(true);
    setOpen({ id: u.id, editing: false, done: null, error: null });
    action().then(
      (done) => {
        setOpen({ id: u.id, editing: false, done, error: null });
        setBusy(false);
        onChanged();
      },
      (e: unknown) => {
        setOpen({ id: u.id, editing: false, done: null, error: messageOf(e) });
        setBusy(false);
      },
    );
  };
  const reset = (u: UserRow) =>
    act(u, async () => {
      await api.post(`/api/users/${encodeURIComponent(u.id)}/reset-2fa`);
      return t('row.resetAsked', { name: u.displayName });
    });
  const setDisabled = (u: UserRow, disabled: boolean) =>
    act(u, async () => {
      await api.patch(`/api/users/${encodeURIComponent(u.id)}`, { disabled } satisfies UserUpdateBody);
      return disabled
        ? t('row.isDisabled', { name: u.displayName })
        : t('row.isEnabled', { name: u.displayName });
    });
  const editing = (u: UserRow) => open?.id === u.id && open.editing;
  const showingDevices = (u: UserRow) => open?.id === u.id && open.devices === true;

  const columns: Column<UserRow, UserSort>[] = [
    {
      key: 'name',
      header: t('users.name'),
      sort: 'name',
      rowHeader: true,
      cell: (u) => (
        <>
          {u.displayName}
          <span className="sub mono">{u.username}</span>
        </>
      ),
    },
    ...(agencies
      ? [
          {
            key: 'agency',
            header: t('users.agency'),
            sort: 'agency',
            cell: (u: UserRow) => u.agencyName,
          } satisfies Column<UserRow, UserSort>,
        ]
      : []),
    {
      key: 'roles',
      header: t('users.roles'),
      cell: (u) => (
        <>
          {roleList(t, u.roles, roleNames)}
          {waiting
            .filter((a) => a.user.id === u.id && a.kind === 'grant_roles')
            .map((a) => (
              <span key={a.id} className="sub waiting">
                {t('row.waitingApproval', { roles: roleList(t, a.roles, roleNames) })}
              </span>
            ))}
        </>
      ),
    },
    {
      key: 'status',
      header: t('users.status'),
      sort: 'status',
      cell: (u) => (
        <>
          {statusOf(t, u)}
          <span className="sub">{twoFactorWord(t, u.totpEnabled ? 'enrolled' : 'not_enrolled')}</span>
          {waiting.some((a) => a.user.id === u.id && a.kind === 'reset_2fa') ? (
            <span className="sub waiting">{t('row.resetWaiting')}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'created',
      header: t('users.created'),
      sort: 'created_at',
      first: 'desc',
      className: 'nowrap',
      cell: (u) => formatDate(u.createdAt),
    },
    {
      key: 'actions',
      header: t('users.actions'),
      cell: (u) => (
        <UserActions
          u={u}
          me={me}
          editing={editing(u)}
          showingDevices={showingDevices(u)}
          busy={busy}
          onEdit={() => setOpen(editing(u) ? null : { id: u.id, editing: true, done: null, error: null })}
          onDevices={() =>
            setOpen(
              showingDevices(u) ? null : { id: u.id, editing: false, devices: true, done: null, error: null },
            )
          }
          onReset={() => reset(u)}
          onDisabled={(disabled) => setDisabled(u, disabled)}
        />
      ),
    },
  ];

  const detail = (u: UserRow) =>
    open?.id === u.id && (open.editing || open.devices || open.done || open.error) ? (
      <>
        {open.devices ? (
          <UserDevices
            user={u}
            mayRevoke={me.permissions.includes('user.update') && u.id !== me.user.id}
            onRequested={onChanged}
            onClose={() => setOpen(null)}
          />
        ) : null}
        {open.editing ? (
          <div id={`roles-form-${u.id}`}>
            <ChangeRolesForm
              me={me}
              user={u}
              catalogue={catalogue}
              roleNames={roleNames}
              onCancel={() => setOpen(null)}
              onSaved={(message) => {
                setOpen({ id: u.id, editing: false, done: message, error: null });
                onChanged();
              }}
            />
          </div>
        ) : null}
        {open.error ? <p className="notice notice-error">{open.error}</p> : null}
        {open.done ? <p className="notice notice-success">{open.done}</p> : null}
      </>
    ) : null;

  const select = (name: string, label: string, options: readonly (readonly [string, string])[]) => (
    <SelectField
      label={label}
      value={filter(name)}
      onChange={(v) => listing.setFilter(name, v)}
      options={options}
      placeholder={common('table.any')}
    />
  );
  return (
    <div className="user-table">
      <DataTable
        caption={t('users.caption')}
        columns={columns}
        listing={listing}
        rows={(r) => r.users}
        rowKey={(u) => u.id}
        detail={detail}
        search={t('users.search')}
        empty={t('users.none')}
        filters={
          <>
            {agencies?.length
              ? select(
                  'agencyId',
                  t('users.agency'),
                  agencies.map((a) => [a.id, a.name] as const),
                )
              : null}
            {select(
              'role',
              t('users.role'),
              catalogue.roles.map((r) => [r.name, roleWord(t, r.name, r.label)] as const),
            )}
            {select(
              'status',
              t('users.status'),
              USER_STATUSES.map((s) => [s, statusWord(t, s)] as const),
            )}
            {select(
              'twoFactor',
              t('users.secondFactor'),
              TWO_FACTOR_STATES.map((s) => [s, twoFactorWord(t, s)] as const),
            )}
          </>
        }
      />
      {/* Always in the page, so that screen readers hear what came of an action, even when its row has left the page. */}
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {open?.error}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {open?.done}
      </div>
    </div>
  );
}
