import { useId } from 'react';
import type { RoleInfo } from '../types.ts';

interface Props {
  roles: readonly RoleInfo[];
  chosen: readonly string[];
  onChange: (roles: string[]) => void;
}

/** One checkbox per role, with what the role is for. */
export function RoleChoices({ roles, chosen, onChange }: Props) {
  const base = useId();
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...chosen, name] : chosen.filter((r) => r !== name));
  return (
    <fieldset className="choices">
      <legend>Roles</legend>
      <ul>
        {roles.map((r) => {
          const id = `${base}-${r.name}`;
          return (
            <li key={r.name}>
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(r.name)}
                onChange={(e) => toggle(r.name, e.target.checked)}
                aria-describedby={`${id}-desc`}
              />
              <label htmlFor={id}>{r.label}</label>
              <p id={`${id}-desc`} className="hint">
                {r.description}.
                {r.requiresSecondFactor
                  ? ' Needs an authenticator app, and a second administrator approves granting it.'
                  : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
