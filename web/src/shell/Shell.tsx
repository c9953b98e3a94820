import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetRecentEntities } from '../intel/recent.ts';
import { useHashPath } from '../router.ts';
import type { Catalogue, Me } from '../types.ts';
import { roleWord } from '../ui/format.ts';
import { Content } from './Content.tsx';
import { Header } from './Header.tsx';
import { Nav } from './Nav.tsx';
import { NoticesBanner } from './NoticesBanner.tsx';
import { allowedSections } from './sections.ts';

interface Props {
  me: Me;
  catalogue: Catalogue;
  onSignOut: () => void;
}

/** The signed-in frame: header, the sections the user may open, and the page itself. */
export function Shell({ me, catalogue, onSignOut }: Props) {
  const { t } = useTranslation('shell');
  const path = useHashPath();
  const mainRef = useRef<HTMLElement>(null);
  const sections = useMemo(() => allowedSections(me.permissions), [me.permissions]);
  const roleNames = useMemo(
    () => new Map(catalogue.roles.map((r) => [r.name, roleWord(r.name, r.label)])),
    [catalogue],
  );
  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('skipToContent')}
      </button>
      <Header
        me={me}
        onSignOut={() => {
          forgetRecentEntities();
          onSignOut();
        }}
      />
      <NoticesBanner />
      <div className="app-body">
        <Nav sections={sections} path={path} />
        <main id="main" ref={mainRef} tabIndex={-1} className="content">
          <Content
            key={path}
            path={path}
            me={me}
            catalogue={catalogue}
            sections={sections}
            roleNames={roleNames}
          />
        </main>
      </div>
    </div>
  );
}
