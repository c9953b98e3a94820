import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { StepButtons, type StepItem, StepList, useStepHeading } from '../ui/Steps.tsx';
import { AnswersSummary } from './AnswersSummary.tsx';
import { type Group, groupsOf, sectionKey, tally } from './groups.ts';
import { IndicatorForm } from './IndicatorForm.tsx';
import { InterviewFacts } from './InterviewFacts.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { ReferralPanel } from './ReferralPanel.tsx';
import { ShowToPerson } from './ShowToPerson.tsx';
import type { Screening, SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  /** The indicator set, or null when it could not be loaded (`setError` says why). */
  set: SetDefinition | null;
  setError: string | null;
  interview: Interview;
  child: boolean;
  readOnly: boolean;
  canWrite: boolean;
  canSeeCases: boolean;
  /** The operation's code name, when the person was removed in one. */
  codeName: string | undefined;
}

/** Where the interview opens: its summary once completed, the person before any answer, else the first group
 * with a question not yet answered. */
function firstSection(s: Screening, groups: Group[], answered: (id: string) => boolean): string {
  if (s.status === 'completed') return 'summary';
  if (!groups.some((g) => g.indicators.some((i) => answered(i.id)))) return 'person';
  const open = groups.find((g) => g.indicators.some((i) => !answered(i.id)));
  return open ? sectionKey(open) : 'summary';
}

/**
 * The interview in sections the officer moves through: the person and their consent (with what is shown to them
 * in their language), the indicators one group at a time, then a summary of the answers with the outcome and the
 * referrals. Every section stays mounted, so a half-typed observation survives a look elsewhere.
 */
export function InterviewSections(props: Props) {
  const { set, setError, interview, child, readOnly, canWrite, canSeeCases, codeName } = props;
  const { t } = useTranslation('screening');
  const s = interview.screening as Screening;
  const { answerOf } = interview;
  const groups = set ? groupsOf(set, s.evaluation, t) : [];
  const [current, setCurrent] = useState(() =>
    firstSection(s, groups, (id) => answerOf(id).answer !== 'unknown'),
  );
  const heading = useStepHeading<HTMLHeadingElement>(current);
  const all = tally(set?.indicators ?? [], answerOf);
  const items: StepItem[] = [
    { key: 'person', label: t('sections.person') },
    ...groups.map((g): StepItem => {
      const n = tally(g.indicators, answerOf);
      if (n.missing)
        return {
          key: sectionKey(g),
          label: g.label,
          note: t('sections.observationsMissing', { count: n.missing }),
          tone: 'problem',
        };
      return {
        key: sectionKey(g),
        label: g.label,
        note: t('sections.answered', { answered: n.answered, total: n.total }),
        tone: n.answered === n.total ? 'done' : undefined,
      };
    }),
    { key: 'summary', label: t('sections.summary') },
  ];
  const headingFor = (key: string) => (key === current ? heading : undefined);
  return (
    <>
      <StepList label={t('sections.label')} steps={items} current={current} onSelect={setCurrent} />
      {set ? (
        <p className="steps-progress">
          {t('sections.progress', { answered: all.answered, total: all.total })}
        </p>
      ) : null}
      <section className="panel step-panel" aria-labelledby="person-h" hidden={current !== 'person'}>
        <h2 id="person-h" ref={headingFor('person')} tabIndex={-1} className="step-heading">
          {t('sections.person')}
        </h2>
        <InterviewFacts s={s} child={child} codeName={codeName} />
        <ShowToPerson
          recorded={s.language}
          set={set}
          interview={interview}
          child={child}
          readOnly={readOnly}
        />
        <ErrorMessage message={setError} />
      </section>
      {set ? (
        <IndicatorForm
          set={set}
          groups={groups}
          interview={interview}
          child={child}
          readOnly={readOnly}
          current={current}
          headingRef={heading}
        />
      ) : null}
      <div className="step-panel stack" hidden={current !== 'summary'}>
        <AnswersSummary
          groups={groups}
          interview={interview}
          headingRef={headingFor('summary')}
          onOpen={setCurrent}
        />
        <OutcomePanel interview={interview} canWrite={canWrite} canSeeCases={canSeeCases} />
        {/* Referrals are made with a connection: opened from the field kit, those made are shown only. */}
        <ReferralPanel
          screening={s}
          canWrite={canWrite && !interview.kept}
          child={child}
          onReferral={interview.putReferral}
        />
      </div>
      <StepButtons
        steps={items}
        current={current}
        onSelect={setCurrent}
        back={(to) => t('sections.back', { section: to })}
        next={(to) => t('sections.next', { section: to })}
      />
    </>
  );
}
