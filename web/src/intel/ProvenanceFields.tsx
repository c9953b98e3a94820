import { SelectField } from '../screening/controls.tsx';
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

export const provenanceProblem = (p: ProvenanceDraft): string | null =>
  Boolean(p.sourceGrade) !== Boolean(p.infoGrade)
    ? 'Give both grades — the source grade and the information grade — or neither.'
    : null;

export const provenanceBody = (p: ProvenanceDraft) => ({
  ...(p.reportId ? { reportId: p.reportId } : {}),
  ...(p.sourceGrade ? { sourceGrade: p.sourceGrade } : {}),
  ...(p.infoGrade ? { infoGrade: p.infoGrade } : {}),
});

interface Props {
  reg: Registry;
  reports: ReportRow[];
  value: ProvenanceDraft;
  onChange: (change: Partial<ProvenanceDraft>) => void;
}

export function ProvenanceFields({ reg, reports, value, onChange }: Props) {
  return (
    <fieldset className="form-group">
      <legend>Where it comes from</legend>
      <div className="row">
        <SelectField
          label="From report (optional)"
          value={value.reportId}
          onChange={(reportId) => onChange({ reportId })}
          options={reports.map((r) => [r.id, `${r.title} (${dayOf(r.reportedOn)})`] as const)}
          placeholder="No report"
          hint="Only those who may see the report will see this."
        />
      </div>
      <GradeFields
        reg={reg}
        source={value.sourceGrade}
        info={value.infoGrade}
        onSource={(sourceGrade) => onChange({ sourceGrade })}
        onInfo={(infoGrade) => onChange({ infoGrade })}
        empty="Not graded"
      />
    </fieldset>
  );
}
