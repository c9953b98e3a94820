import { AuthSteps } from './auth/AuthSteps.tsx';
import { WelcomeStep } from './auth/WelcomeStep.tsx';
import { Shell } from './shell/Shell.tsx';
import { useSession } from './useSession.ts';

export function App() {
  const { view, onStage, restart, signOut } = useSession();
  switch (view.kind) {
    case 'loading':
      return (
        <main className="loading" id="main" aria-busy="true">
          <p>Loading Lantern…</p>
        </main>
      );
    case 'welcome':
      return <WelcomeStep key={view.token} token={view.token} onStage={onStage} onRestart={restart} />;
    case 'auth':
      return <AuthSteps stage={view.stage} notice={view.notice} onStage={onStage} onRestart={restart} />;
    case 'active':
      return <Shell me={view.me} catalogue={view.catalogue} onSignOut={signOut} />;
  }
}
