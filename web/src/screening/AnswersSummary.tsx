import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Group, sectionKey, tally } from './groups.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  groups: Group[];
  interview: Interview;
  /** For the section's heading, which takes focus when the section is opened. */
  headingRef: Ref<HTMLHeadingElement> | undefined;
  /** Opens a group's section, to change or read its answers in full. */
  onOpen: (section: string) => void;
}

/**
 * Before completing: every group's answers at a glance (how many Yes, No and not asked), each Yes with what was
 * seen or said, and a way back to the group.
 */
export function AnswersSummary({ groups, interview, headingRef, onOpen }: Props) {
  const { t } = useTranslation('screening');
  const id = useId();
  const { answerOf, unsaved } = interview;
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1} className="step-heading">
        {t('sections.answers')}
      </h2>
      {unsaved > 0 ? <p className="hint">{t('sections.unsavedHint', { count: unsaved })}</p> : null}
      <ul className="answers-summary">
        {groups.map((g) => {
          const n = tally(g.indicators, answerOf);
          const yes = g.indicators.filter((i) => answerOf(i.id).answer === 'yes');
          return (
            <li key={g.id}>
              <h3 id={`${id}-${g.id}`}>{g.label}</h3>
              <p>{t('sections.tally', { yes: n.yes, no: n.no, unknown: n.unknown })}</p>
              {yes.length ? (
                <dl className="answers-yes">
                  {yes.map((i) => (
                    <div key={i.id}>
                      <dt>{i.label}</dt>
                      <dd>
                        {answerOf(i.id).observation.trim() || (
                          <span className="answers-missing">{t('sections.noObservation')}</span>
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <button
                type="button"
                className="button small"
                aria-describedby={`${id}-${g.id}`}
                onClick={() => onOpen(sectionKey(g))}
              >
                {t('sections.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
