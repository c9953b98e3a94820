import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLanguageChoice, usePersonLanguage } from './PersonLanguage.tsx';
import { QuestionsView } from './QuestionsView.tsx';
import { RightsView } from './RightsView.tsx';
import type { SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  /** The language recorded for the person at the start of the screening. */
  recorded: string;
  set: SetDefinition | null;
  interview: Interview;
  child: boolean;
  readOnly: boolean;
}

/**
 * On the interview: the person's language, and what is shown to them in it, whatever language the screens are
 * in: the indicators' questions one by one, and their rights.
 */
export function ShowToPerson({ recorded, set, interview, child, readOnly }: Props) {
  const { t } = useTranslation('screening');
  const { officer, person, choose } = usePersonLanguage(recorded);
  const [open, setOpen] = useState<'questions' | 'rights' | null>(null);
  const close = () => setOpen(null);
  const asked = set ? Object.keys(set.questions?.[person] ?? {}).length > 0 : false;
  return (
    <div className="show-to-person">
      <PersonLanguageChoice recorded={recorded} value={person} onChange={choose} />
      <div className="save-actions">
        <button type="button" className="button" disabled={!set} onClick={() => setOpen('questions')}>
          {t('personLanguage.showQuestions')}
        </button>
        <button type="button" className="button" onClick={() => setOpen('rights')}>
          {t('personLanguage.showRights')}
        </button>
      </div>
      {set && !asked ? <p className="hint">{t('personLanguage.noQuestions')}</p> : null}
      {open === 'questions' && set ? (
        <QuestionsView
          set={set}
          interview={interview}
          child={child}
          readOnly={readOnly}
          person={person}
          officer={officer}
          onClose={close}
        />
      ) : null}
      {open === 'rights' ? <RightsView person={person} officer={officer} onClose={close} /> : null}
    </div>
  );
}
