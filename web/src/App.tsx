import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthSteps } from './auth/AuthSteps.tsx';
import { WelcomeStep } from './auth/WelcomeStep.tsx';
import { DemoBanner } from './demo/DemoBanner.tsx';
import { useDemo } from './demo/useDemo.ts';
import { useKitNotice } from './offline/notice.ts';
import { OfflineApp } from './offline/OfflineApp.tsx';
import { watchRevocation } from './offline/session.ts';
import { Shell } from './shell/Shell.tsx';
import { useSession } from './useSession.ts';

export function App() {
  const demo = useDemo();
  const kitNotice = useKitNotice();
  // A request refused because the agency revoked this device wipes its field kit, whatever screen is open.
  useEffect(watchRevocation, []);
  return (
    <>
      {demo && <DemoBanner />}
      {kitNotice ? (
        <p className="notice notice-error kit-notice" role="alert">
          {kitNotice}
        </p>
      ) : null}
      <View demo={demo} />
    </>
  );
}

function View({ demo }: { demo: boolean }) {
  const { view, onStage, restart, signOut, recheck } = useSession();
  const { t, i18n } = useTranslation();
  switch (view.kind) {
    case 'loading':
      return (
        <main className="loading" id="main" aria-busy="true">
          <p>{t('loadingLantern')}</p>
        </main>
      );
    case 'welcome':
      return <WelcomeStep key={view.token} token={view.token} onStage={onStage} onRestart={restart} />;
    case 'auth':
      return (
        <AuthSteps
          key={i18n.language}
          stage={view.stage}
          notice={view.notice}
          onStage={onStage}
          onRestart={restart}
          demo={demo}
        />
      );
    case 'offline':
      return (
        <div className="app">
          <OfflineApp onOnline={recheck} />
        </div>
      );
    case 'active':
      // A new language redraws every screen, including those that format dates without a translation hook.
      return <Shell key={i18n.language} me={view.me} catalogue={view.catalogue} onSignOut={signOut} />;
  }
}
