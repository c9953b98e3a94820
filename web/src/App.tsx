import { AuthSteps } from './auth/AuthSteps.tsx';
import { WelcomeStep } from './auth/WelcomeStep.tsx';
import { DemoBanner } from './demo/DemoBanner.tsx';
import { useDemo } from './demo/useDemo.ts';
import { Shell } from './shell/Shell.tsx';
import { useSession } from './useSession.ts';

export function App() {
  const demo = useDemo();
  return (
    <>
      {demo && <DemoBanner />}
      <View demo={demo} />
    </>
  );
}

function View({ demo }: { demo: boolean }) {
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
      return (
        <AuthSteps
          stage={view.stage}
          notice={view.notice}
          onStage={onStage}
          onRestart={restart}
          demo={demo}
        />
      );
    case 'active':
      return <Shell me={view.me} catalogue={view.catalogue} onSignOut={signOut} />;
  }
}
