import type { ReactNode } from 'react';
import { Mark } from '../ui/Mark.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

/** The frame of every sign-in step: brand, one card, a note that access is recorded. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth">
      <header className="auth-brand">
        <Mark size={36} />
        <span className="brand-name">Lantern</span>
      </header>
      <main className="auth-card" id="main">
        <PageHeading key={title}>{title}</PageHeading>
        {children}
      </main>
      <footer className="auth-foot">
        <p>For authorised staff of participating agencies. Every sign-in and access is recorded.</p>
      </footer>
    </div>
  );
}
