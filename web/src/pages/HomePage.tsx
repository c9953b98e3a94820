import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { type Section, sectionLabel, sectionSummary } from '../shell/sections.ts';
import type { Catalogue, Me } from '../types.ts';
import { agencyKindWord, roleDescription, roleLabels, roleWord } from '../ui/format.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { MyDevices } from './MyDevices.tsx';

interface Props {
  me: Me;
  catalogue: Catalogue;
  sections: readonly Section[];
  roleNames: ReadonlyMap<string, string>;
}

export function HomePage({ me, catalogue, sections, roleNames }: Props) {
  const { t } = useTranslation('shell');
  const myRoles = catalogue.roles.filter((r) => me.user.roles.includes(r.name));
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">
        <Trans
          t={t}
          i18nKey="home.signedInAs"
          values={{
            name: me.user.displayName,
            roles: roleLabels(me.user.roles, roleNames),
            agency: me.agency.name,
          }}
          components={{ 1: <strong /> }}
        />
      </p>
      <div className="home-grid">
        <section aria-labelledby="home-sections">
          <h2 id="home-sections">{t('home.yourWork')}</h2>
          {sections.length === 0 ? (
            <p>{t('home.noSections')}</p>
          ) : (
            <ul className="cards">
              {sections.map((s) => (
                <li key={s.key} className={s.built ? 'card' : 'card card-coming'}>
                  <h3>
                    <a href={href(s.path)}>{sectionLabel(t, s.key)}</a>
                  </h3>
                  <p>{sectionSummary(t, s.key)}</p>
                  {s.built ? null : <p className="tag">{t('home.coming')}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel account" aria-labelledby="home-account">
          <h2 id="home-account">{t('home.account')}</h2>
          <dl className="facts">
            <dt>{t('home.userName')}</dt>
            <dd>{me.user.username}</dd>
            <dt>{t('home.agency')}</dt>
            <dd>
              {me.agency.name} <span className="muted">({agencyKindWord(me.agency.kind)})</span>
            </dd>
          </dl>
          <h3>{t('home.roles')}</h3>
          <ul className="roles">
            {myRoles.map((r) => (
              <li key={r.name}>
                <strong>{roleWord(r.name, r.label)}</strong>
                <span className="muted">
                  {t('home.roleFor', { what: roleDescription(r.name, r.description) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {me.permissions.includes('device.register') ? <MyDevices /> : null}
    </>
  );
}
