import { href } from '../router.ts';
import type { Section } from '../shell/sections.ts';
import type { Catalogue, Me } from '../types.ts';
import { KIND_LABELS, roleLabels } from '../ui/format.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

interface Props {
  me: Me;
  catalogue: Catalogue;
  sections: readonly Section[];
  roleNames: ReadonlyMap<string, string>;
}

export function HomePage({ me, catalogue, sections, roleNames }: Props) {
  const myRoles = catalogue.roles.filter((r) => me.user.roles.includes(r.name));
  return (
    <>
      <PageHeading>Home</PageHeading>
      <p className="lead">
        Signed in as <strong>{me.user.displayName}</strong> · {roleLabels(me.user.roles, roleNames)} ·{' '}
        {me.agency.name}
      </p>
      <div className="home-grid">
        <section aria-labelledby="home-sections">
          <h2 id="home-sections">Your work in Lantern</h2>
          {sections.length === 0 ? (
            <p>Your roles do not open any part of Lantern yet. Ask your agency administrator.</p>
          ) : (
            <ul className="cards">
              {sections.map((s) => (
                <li key={s.key} className={s.built ? 'card' : 'card card-coming'}>
                  <h3>
                    <a href={href(s.path)}>{s.label}</a>
                  </h3>
                  <p>{s.summary}</p>
                  {s.built ? null : <p className="tag">Module coming</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel account" aria-labelledby="home-account">
          <h2 id="home-account">Your account</h2>
          <dl className="facts">
            <dt>User name</dt>
            <dd>{me.user.username}</dd>
            <dt>Agency</dt>
            <dd>
              {me.agency.name}{' '}
              <span className="muted">({KIND_LABELS[me.agency.kind] ?? me.agency.kind})</span>
            </dd>
          </dl>
          <h3>Roles</h3>
          <ul className="roles">
            {myRoles.map((r) => (
              <li key={r.name}>
                <strong>{r.label}</strong>
                <span className="muted">{r.description}.</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
