import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { infoGradeOf, sourceGradeOf } from './codes.ts';
import { GradeFields } from './GradeFields.tsx';
import { dayOf } from './labels.ts';
import type { Registry, ReportRow } from './types.ts';

/** Where a fact or link comes from: a report the analyst may see, and its grading. */
export interface ProvenanceDraft {
  reportId: string;
  sourceGrade: string;
  infoGrade: string;
}

export const NO_PROVENANCE: ProvenanceDraft = { reportId: '', sourceGrade: '', infoGrade: '' };

export const provenanceProblem = (t: TFunction<'intel'>, p: ProvenanceDraft): string | null =>
  Boolean(p.sourceGrade) !== Boolean(p.infoGrade) ? t('provenance.bothGrades') : null;

/** The provenance part of a fact's or link's body: the report and the grades chosen, each left out when not. */
export const provenanceBody = (p: ProvenanceDraft) => {
  const sourceGrade = sourceGradeOf(p.sourceGrade);
  const infoGrade = infoGradeOf(p.infoGrade);
  return {
    ...(p.reportId ? { reportId: p.reportId } : {}),
    ...(sourceGrade ? { sourceGrade } : {}),
    ...(infoGrade ? { infoGrade } : {}),
  };
};

interface Props {
  reg: Registry;
  reports: ReportRow[];
  value: ProvenanceDraft;
  onChange: (change: Partial<ProvenanceDraft>) => void;
}

/** The report's day stays as the API writes it (YYYY-MM-DD) in the choice: the same in every language. */
export function ProvenanceFields({ reg, reports, value, onChange }: Props) {
  const { t } = useTranslation('intel');
  return (
    <fieldset className="form-group">
      <legend>{t('provenance.legend')}</legend>
      <div className="row">
        <SelectField
          label={t('provenance.report')}
          value={value.reportId}
          onChange={(reportId) => onChange({ reportId })}
          options={reports.map((r) => [r.id, `${r.title} (${dayOf(r.reportedOn)})`] as const)}
          placeholder={t('provenance.noReport')}
          hint={t('provenance.reportHint')}
        />
      </div>
      <GradeFields
        reg={reg}
        source={value.sourceGrade}
        info={value.infoGrade}
        onSource={(sourceGrade) => onChange({ sourceGrade })}
        onInfo={(infoGrade) => onChange({ infoGrade })}
        empty={t('grades.notGraded')}
      />
    </fieldset>
  );
}
