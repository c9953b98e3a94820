import { useTranslation } from 'react-i18next';
import { UnitRosters } from '../outcomes/evaluation/UnitRosters.tsx';
import type { AccountApprovals, Agencies, Catalogue, Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useListing } from '../ui/useListing.ts';
import { useLoad } from '../useLoad.ts';
import { AgencyTable } from './AgencyTable.tsx';
import { ApprovalsPanel } from './ApprovalsPanel.tsx';
import { CreateAgencyForm } from './CreateAgencyForm.tsx';
import { CreateUserForm } from './CreateUserForm.tsx';
import { OversightForm } from './OversightForm.tsx';
import { type UserListReply, type UserSort, UserTable } from './UserTable.tsx';

interface Props {
  me: Me;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
}

export function UsersPage({ me, catalogue, roleNames }: Props) {
  const { t } = useTranslation('admin');
  const can = (p: string) => me.permissions.includes(p);
  const users = useListing<UserListReply, UserSort>('/api/users', { sort: 'name', order: 'asc' });
  const agencies = useLoad<Agencies>(can('agency.read') ? '/api/agencies' : null);
  const approvals = useLoad<AccountApprovals>('/api/account-approvals');
  const allAgencies = can('user.manage_all');
  const changed = () => {
    users.load.reload();
    approvals.reload();
  };
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">
        {allAgencies ? t('page.allAgencies') : t('page.ownAgency', { agency: me.agency.name })}{' '}
        {t('page.newStaff')}
      </p>
      <ApprovalsPanel approvals={approvals} roleNames={roleNames} onDecided={users.load.reload} />
      <section className="panel" aria-labelledby="users-heading">
        <h2 id="users-heading">{t('page.accounts')}</h2>
        <UserTable
          listing={users}
          me={me}
          catalogue={catalogue}
          roleNames={roleNames}
          agencies={allAgencies ? (agencies.data?.agencies ?? []) : null}
          waiting={approvals.data?.approvals ?? []}
          onChanged={changed}
        />
      </section>
      {can('user.create') ? (
        <section className="panel" aria-labelledby="create-user-heading">
          <h2 id="create-user-heading">{t('page.createAccount')}</h2>
          <CreateUserForm
            me={me}
            catalogue={catalogue}
            agencies={allAgencies ? (agencies.data?.agencies ?? []) : null}
            onCreated={changed}
          />
        </section>
      ) : null}
      {can('agency.read') ? (
        <section className="panel" aria-labelledby="agencies-heading">
          <h2 id="agencies-heading">{t('page.agencies')}</h2>
          <ErrorMessage message={agencies.error} />
          {agencies.data ? <AgencyTable agencies={agencies.data.agencies} /> : null}
          {can('agency.create') ? <CreateAgencyForm onCreated={agencies.reload} /> : null}
          {can('agency.oversee') && agencies.data ? (
            <OversightForm agencies={agencies.data.agencies} />
          ) : null}
        </section>
      ) : null}
      {can('user.update') ? <UnitRosters /> : null}
    </>
  );
}
