import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { Mark } from '../ui/Mark.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

/** The frame of every sign-in step: brand, the language, one card, a note that access is recorded. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('auth');
  return (
    <div className="auth">
      <header className="auth-brand">
        <Mark size={36} />
        <span className="brand-name">Lantern</span>
        <LanguagePicker className="auth-language" />
      </header>
      <main className="auth-card" id="main">
        <PageHeading key={title}>{title}</PageHeading>
        {children}
      </main>
      <footer className="auth-foot">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
