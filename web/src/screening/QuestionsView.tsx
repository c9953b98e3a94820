import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { askedOrder } from './groups.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import { languageOptions, wordFor } from './labels.ts';
import { PersonView, type Shown } from './PersonView.tsx';
import type { SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  set: SetDefinition;
  interview: Interview;
  child: boolean;
  readOnly: boolean;
  person: Language;
  officer: Language;
  onClose: () => void;
}

/**
 * The indicators' questions put to the person, one at a time in their language, starting at the first not yet
 * answered; beneath, the officer records the answer as on the form.
 */
export function QuestionsView({ set, interview, child, readOnly, person, officer, onClose }: Props) {
  const { t } = useTranslation('screening');
  const order = askedOrder(set, t);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      order.findIndex((i) => interview.answerOf(i.id).answer === 'unknown'),
    ),
  );
  const personLanguage = wordFor(languageOptions(), person);
  const items: Shown[] = order.map((i) => {
    const own = set.questions?.[officer]?.[i.id] ?? i.label;
    const theirs = set.questions?.[person]?.[i.id];
    return {
      key: i.id,
      person: { text: theirs ?? own },
      officer: { title: i.label, text: own },
      missing: theirs ? undefined : t('personView.noQuestion', { language: personLanguage }),
    };
  });
  const current = order[index];
  return (
    <PersonView
      title={t('personView.questionsTitle', { language: personLanguage })}
      person={person}
      officer={officer}
      items={items}
      index={index}
      onIndex={setIndex}
      onClose={onClose}
    >
      {current ? (
        <section className="person-view-record" aria-label={t('personView.record')}>
          <IndicatorRow
            key={current.id}
            indicator={current}
            child={child}
            answer={interview.answerOf(current.id)}
            onChange={(a) => interview.change(current.id, a)}
            disabled={readOnly}
          />
          {readOnly ? null : (
            <div className="save-actions">
              <button
                type="button"
                className="button"
                disabled={interview.busy}
                onClick={() => void interview.save()}
              >
                {interview.busy ? t('indicatorForm.saving') : t('personView.save')}
              </button>
              <p className="muted small">
                {interview.unsaved > 0
                  ? t('indicatorForm.unsaved', { count: interview.unsaved })
                  : t('indicatorForm.allSaved')}
              </p>
            </div>
          )}
          <StatusMessage message={interview.status} tone="success" />
          <ErrorMessage message={interview.saveError} />
        </section>
      ) : null}
    </PersonView>
  );
}
