import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Agency, Catalogue, Me, UserCreateBody, UserCreated } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { type Created, LinkResult } from './LinkResult.tsx';
import { RoleChoices } from './RoleChoices.tsx';
import { roleList } from './words.ts';

interface Props {
  me: Me;
  catalogue: Catalogue;
  /** Every agency, when the user may manage all of them; null means the user's own agency only. */
  agencies: Agency[] | null;
  onCreated: () => void;
}

export function CreateUserForm({ me, catalogue, agencies, onCreated }: Props) {
  const { t } = useTranslation('admin');
  const agencyFieldId = useId();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [agencyId, setAgencyId] = useState(me.agency.id);
  const [roles, setRoles] = useState<string[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const [waiting, setWaiting] = useState<{ pending: string[]; now: string[] } | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const roleNames = new Map(catalogue.roles.map((r) => [r.name, r.label]));
  const offered = catalogue.roles.filter(
    (r) => r.name !== 'system_admin' || me.permissions.includes('user.manage_all'),
  );

  const submit = handle(async () => {
    if (roles.length === 0) {
      setError(t('createUser.chooseRole'));
      return;
    }
    setCreated(null);
    setWaiting(null);
    const r = await api.post<UserCreated>('/api/users', {
      agencyId,
      username: username.trim(),
      displayName: displayName.trim(),
      roles,
    } satisfies UserCreateBody);
    setCreated({ displayName: r.user.displayName, link: r.signInLink, hours: r.expiresInHours });
    setWaiting(r.pending ? { pending: r.pending.roles, now: r.user.roles } : null);
    setDisplayName('');
    setUsername('');
    setRoles([]);
    onCreated();
  });

  return (
    <>
      <form className="stack form-wide" onSubmit={submit} noValidate>
        <div className="row">
          <Field
            label={t('createUser.fullName')}
            value={displayName}
            onChange={setDisplayName}
            autoComplete="off"
            required
          />
          <Field
            label={t('createUser.userName')}
            value={username}
            onChange={setUsername}
            autoComplete="off"
            spellCheck={false}
            hint={t('createUser.userNameHint')}
            required
          />
        </div>
        {agencies ? (
          <div className="field">
            <label htmlFor={agencyFieldId}>{t('createUser.agency')}</label>
            <select id={agencyFieldId} value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>
            <Trans
              t={t}
              i18nKey="createUser.belongsTo"
              values={{ agency: me.agency.name }}
              components={{ 1: <strong /> }}
            />
          </p>
        )}
        <RoleChoices roles={offered} chosen={roles} onChange={setRoles} />
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy || !displayName || !username}>
            {busy ? t('createUser.creating') : t('createUser.submit')}
          </button>
        </div>
      </form>
      {created ? (
        <LinkResult created={created}>
          {waiting ? (
            <p className="notice notice-info">
              <Trans
                t={t}
                i18nKey={waiting.now.length ? 'createUser.waitingSome' : 'createUser.waitingNone'}
                values={{
                  pending: roleList(t, waiting.pending, roleNames),
                  now: roleList(t, waiting.now, roleNames),
                }}
                components={{ 1: <strong /> }}
              />
            </p>
          ) : null}
        </LinkResult>
      ) : null}
    </>
  );
}
