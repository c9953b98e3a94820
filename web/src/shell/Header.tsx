import type { Me } from '../types.ts';
import { Mark } from '../ui/Mark.tsx';

export function Header({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
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
      <button type="button" className="button ghost" onClick={onSignOut}>
        Sign out
      </button>
    </header>
  );
}
