import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleInfo } from '../types.ts';
import { roleDescriptionWord, roleWord } from './words.ts';

interface Props {
  roles: readonly RoleInfo[];
  chosen: readonly string[];
  onChange: (roles: string[]) => void;
}

/** One checkbox per role, with what the role is for. */
export function RoleChoices({ roles, chosen, onChange }: Props) {
  const { t } = useTranslation('admin');
  const base = useId();
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...chosen, name] : chosen.filter((r) => r !== name));
  return (
    <fieldset className="choices">
      <legend>{t('roles.legend')}</legend>
      <ul>
        {roles.map((r) => {
          const id = `${base}-${r.name}`;
          const description = roleDescriptionWord(t, r.name, r.description);
          return (
            <li key={r.name}>
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(r.name)}
                onChange={(e) => toggle(r.name, e.target.checked)}
                aria-describedby={`${id}-desc`}
              />
              <label htmlFor={id}>{roleWord(t, r.name, r.label)}</label>
              <p id={`${id}-desc`} className="hint">
                {r.requiresSecondFactor
                  ? t('roles.descriptionSecondFactor', { description })
                  : t('roles.description', { description })}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
