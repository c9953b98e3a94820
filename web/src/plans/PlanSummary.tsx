import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { evidenceCategoryOptions, joinList, languageWords, siteWords } from './labels.ts';
import type { CheckItem, Operation } from './types.ts';

function Checklist({ title, items }: { title: string; items: CheckItem[] }) {
  const { t } = useTranslation('plans');
  return (
    <>
      <h3>{title}</h3>
      <ul className="checklist-view">
        {keyed(items, (i) => i.item).map(({ key, item: i }) => (
          <li key={key} className={i.done ? 'done' : 'open'}>
            <span className="visually-hidden">{i.done ? t('summary.done') : t('summary.notDone')} </span>
            {i.item}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The plan, read only: for members who do not command, and once the operation has started. */
export function PlanSummary({ op }: { op: Operation }) {
  const { t } = useTranslation('plans');
  const p = op.plan;
  const people = p.expectedPeople;
  const categories = evidenceCategoryOptions();
  const peopleWords = {
    people: people.count,
    count: people.children,
    languages: languageWords(people.languages),
    needs: people.medicalNeeds,
  };
  return (
    <>
      <dl className="facts">
        <dt>{t('summary.target')}</dt>
        <dd>{p.target.label}</dd>
        <dt>{t('summary.place')}</dt>
        <dd>{p.place}</dd>
        <dt>{t('summary.starts')}</dt>
        <dd>{p.startsAt ? formatDateTime(p.startsAt) : t('summary.notSet')}</dd>
        <dt>{t('summary.readyBy')}</dt>
        <dd>{p.readyBy ? formatDay(p.readyBy) : t('summary.notSet')}</dd>
        <dt>{t('summary.site')}</dt>
        <dd>{p.screeningSite ? siteWords(p.screeningSite) : t('summary.notChosen')}</dd>
        <dt>{t('summary.transport')}</dt>
        <dd>{p.transport || t('summary.notArranged')}</dd>
        <dt>{t('summary.people')}</dt>
        <dd>
          {people.medicalNeeds
            ? t('summary.peopleWithNeeds', peopleWords)
            : t('summary.peopleWords', peopleWords)}
        </dd>
        <dt>{t('summary.receivers')}</dt>
        <dd>{op.receivers.length ? joinList(op.receivers.map((r) => r.name)) : t('summary.noneNamed')}</dd>
        <dt>{t('summary.suspects')}</dt>
        <dd>
          {p.arrestTargets.length
            ? joinList(
                p.arrestTargets.map((s) => s.label),
                'semicolon',
              )
            : t('summary.noneNamed')}
        </dd>
        <dt>{t('summary.evidence')}</dt>
        <dd>
          {p.expectedEvidence.length
            ? joinList(
                p.expectedEvidence.map((e) => {
                  const category = wordFor(categories, e.category);
                  return e.note ? t('summary.evidenceNoted', { category, note: e.note }) : category;
                }),
                'semicolon',
              )
            : t('summary.noneListed')}
        </dd>
      </dl>
      <Checklist title={t('summary.briefing')} items={p.briefing} />
      <Checklist title={t('summary.goNoGo')} items={p.goNoGo} />
    </>
  );
}
