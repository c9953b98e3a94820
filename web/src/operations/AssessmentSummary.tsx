import { useTranslation } from 'react-i18next';
import { type Options, wordFor } from '../screening/labels.ts';
import { formatNumber } from '../ui/format.ts';
import {
  childrenOptions,
  dangerOptions,
  evidenceOptions,
  exploitationOptions,
  joinList,
  levelOptions,
} from './labels.ts';
import type { Assessment } from './types.ts';

/** The assessment the decision rests on, as a list of facts. */
export function AssessmentSummary({ a }: { a: Assessment }) {
  const { t } = useTranslation('operations');
  const levels = levelOptions();
  const level = (code: string) => wordFor(levels, code);
  const words = (options: Options, codes: string[]) =>
    codes.length ? joinList(codes.map((c) => wordFor(options, c))) : t('assessment.summary.none');
  return (
    <dl className="facts assessment-facts">
      <dt>{t('assessment.summary.danger')}</dt>
      <dd>{wordFor(dangerOptions(), a.dangerToLife)}</dd>
      <dt>{t('assessment.summary.children')}</dt>
      <dd>{wordFor(childrenOptions(), a.childrenPresent)}</dd>
      <dt>{t('assessment.summary.peopleAtRisk')}</dt>
      <dd>{formatNumber(a.peopleAtRisk)}</dd>
      <dt>{t('assessment.summary.exploitation')}</dt>
      <dd>{words(exploitationOptions(), a.exploitation)}</dd>
      <dt>{t('assessment.summary.intelligence')}</dt>
      <dd>
        {t('assessment.summary.grades', {
          grade: `${a.intelligence.strongestSourceGrade}${a.intelligence.strongestInfoGrade}`,
          count: a.intelligence.corroboratingReports,
        })}
      </dd>
      <dt>{t('assessment.summary.evidence')}</dt>
      <dd>{words(evidenceOptions(), a.nonTestimonialEvidence)}</dd>
      <dt>{t('assessment.summary.risks')}</dt>
      <dd>
        {t('assessment.summary.riskWords', {
          victims: level(a.risks.victims).toLowerCase(),
          officers: level(a.risks.officers).toLowerCase(),
          bystanders: level(a.risks.bystanders).toLowerCase(),
          count: a.risks.lawfulWorkers,
        })}
      </dd>
      <dt>{t('assessment.summary.leakRisk')}</dt>
      <dd>{level(a.corruptionLeakRisk)}</dd>
      <dt>{t('assessment.summary.services')}</dt>
      <dd>{a.servicesReady ? t('assessment.summary.ready') : t('assessment.summary.notReady')}</dd>
    </dl>
  );
}
