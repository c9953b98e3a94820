import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { Mark } from '../ui/Mark.tsx';

export function Header({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <header className="topbar">
      <a className="brand" href="#/">
        <Mark />
        <span className="brand-name">Lantern</span>
      </a>
      <div className="who">
        <span className="who-name">{me.user.displayName}</span>
        <span className="who-agency">{me.agency.name}</span>
      </div>
      <LanguagePicker className="topbar-language" />
      <button type="button" className="button ghost" onClick={onSignOut}>
        {t('signOut')}
      </button>
    </header>
  );
}
