import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_KINDS } from '../../../../src/monitoring/inspection-catalogue.ts';
import { api } from '../../api.ts';
import { navigate } from '../../router.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { onCode } from '../labels.ts';
import { inspectionPath, kindOptions, today } from './labels.ts';
import type { InspectionCreated, PlanBody } from './types.ts';
import { EMPTY_WORKPLACE, WorkplaceFields, workplaceBody, workplaceProblem } from './WorkplaceFields.tsx';

/** Plans a planned or unannounced inspection of a workplace; it opens once planned. */
export function PlanForm() {
  const { t } = useTranslation('monitoring');
  const [kind, setKind] = useState<PlanBody['kind']>('unannounced');
  const [plannedOn, setPlannedOn] = useState(today);
  const [workplace, setWorkplace] = useState(EMPTY_WORKPLACE);
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const wrong = workplaceProblem(t, workplace) ?? (plannedOn ? null : t('inspections.plan.noDay'));
    if (wrong) {
      setError(wrong);
      return;
    }
    const r = await api.post<InspectionCreated>('/api/monitoring/inspections', {
      kind,
      plannedOn,
      workplace: workplaceBody(workplace),
    } satisfies PlanBody);
    navigate(inspectionPath(r.id));
  });
  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label={t('inspections.plan.title')}>
      <div className="row">
        <SelectField
          label={t('inspections.plan.kind')}
          value={kind}
          onChange={onCode(INSPECTION_KINDS, setKind)}
          options={kindOptions().filter(([k]) => k !== 'follow_up')}
          hint={t('inspections.plan.kindHint')}
        />
        <Field label={t('inspections.visit.day')} type="date" value={plannedOn} onChange={setPlannedOn} />
      </div>
      <WorkplaceFields value={workplace} onChange={setWorkplace} />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('inspections.plan.planning') : t('inspections.plan.submit')}
        </button>
      </div>
    </form>
  );
}
