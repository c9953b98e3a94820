import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { type Section, type SectionKey, sectionLabel } from './sections.ts';

interface Props {
  sections: readonly Section[];
  path: string;
}

/** Links to the parts of Lantern this user may open; on narrow screens it folds behind a Menu button. */
export function Nav({ sections, path }: Props) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const links: { key: SectionKey | 'home'; path: string }[] = [{ key: 'home', path: '/' }, ...sections];
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <button
        type="button"
        className="button nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('nav.close') : t('nav.open')}
      </button>
      <ul id={listId} className={open ? 'nav-list open' : 'nav-list'}>
        {links.map((s) => (
          <li key={s.key}>
            <a
              href={href(s.path)}
              aria-current={
                s.path === path || (s.path !== '/' && path.startsWith(`${s.path}/`)) ? 'page' : undefined
              }
              onClick={() => setOpen(false)}
            >
              {s.key === 'home' ? t('nav.home') : sectionLabel(t, s.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
