import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';
import { languageOptions, wordFor } from './labels.ts';
import { RightsView } from './RightsView.tsx';
import { useOfficerLanguage } from './useLanguageT.ts';

/** The language recorded for the person when it is one of the seven Lantern shows, else the officer's. */
export const shownLanguageFor = (recorded: string, officer: Language): Language =>
  isLanguage(recorded) ? recorded : officer;

/**
 * The language the person is shown things in: by default the one recorded for them, whatever language the
 * screens are in. Each language is named in its own script, so the person can point to theirs.
 */
export function usePersonLanguage(recorded: string) {
  const officer = useOfficerLanguage();
  const [chosen, setChosen] = useState<Language | null>(null);
  return { officer, person: chosen ?? shownLanguageFor(recorded, officer), choose: setChosen };
}

interface ChoiceProps {
  recorded: string;
  value: Language;
  onChange: (lang: Language) => void;
}

/** The choice of the person's language, with a word when the recorded one is not among those Lantern shows. */
export function PersonLanguageChoice({ recorded, value, onChange }: ChoiceProps) {
  const { t } = useTranslation('screening');
  const id = useId();
  const other = recorded !== '' && !isLanguage(recorded);
  return (
    <div className="field person-language">
      <label htmlFor={id}>{t('personLanguage.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          if (isLanguage(e.target.value)) onChange(e.target.value);
        }}
        aria-describedby={`${id}-hint`}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {other
          ? t('personLanguage.notShown', { language: wordFor(languageOptions(), recorded) })
          : t('personLanguage.hint')}
      </p>
    </div>
  );
}

/** Before the interview: the person's rights, shown in their language (the new-screening form). */
export function RightsButton({ recorded }: { recorded: string }) {
  const { t } = useTranslation('screening');
  const { officer, person, choose } = usePersonLanguage(recorded);
  const [open, setOpen] = useState(false);
  return (
    <div className="show-to-person">
      <PersonLanguageChoice recorded={recorded} value={person} onChange={choose} />
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('personLanguage.showRights')}
      </button>
      {open ? <RightsView person={person} officer={officer} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
