import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { SelectField } from './controls.tsx';
import { IntakeFields } from './IntakeFields.tsx';
import { exploitationOptions, isSex } from './labels.ts';
import { EMPTY_FORM, type NewForm, problem, type Setter, toBody } from './newScreening.ts';
import { PersonFields } from './PersonFields.tsx';
import type { ScreenableOperations, Screening, SetList, SetSummary, StartBody } from './types.ts';

/**
 * Starts a screening: who, where, in which language, with consent; then opens the interview. `initial` pre-fills
 * it (a worker referred from a labour inspection) and `extra` goes with the body (the referral it takes up).
 */
export function NewScreeningForm({
  initial,
  extra,
}: {
  /** The sex as another part recorded it: kept when it is one of the screening's codes, else left to ask. */
  initial?: Partial<Omit<NewForm, 'sex'>> & { sex?: string };
  extra?: Pick<StartBody, 'inspectionReferralId'>;
} = {}) {
  const { t } = useTranslation('screening');
  const [form, setForm] = useState<NewForm>(() => {
    const { sex = '', ...rest } = initial ?? {};
    return { ...EMPTY_FORM, ...rest, sex: isSex(sex) ? sex : '' };
  });
  const set: Setter = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const sets = useLoad<SetList>('/api/screening/sets');
  const ops = useLoad<ScreenableOperations>('/api/screening/operations');
  const operations = ops.data?.operations ?? [];
  const { busy, error, setError, handle } = useSubmit();
  const chosen = sets.data?.sets.find((s) => s.id === form.setId);

  const submit = handle(async () => {
    const wrong = problem(form, operations.length, t);
    if (wrong) {
      setError(wrong);
      return;
    }
    const s = await api.post<Screening>('/api/screenings', {
      ...toBody(form, operations.length),
      ...extra,
    } satisfies StartBody);
    navigate(`/screening/${encodeURIComponent(s.id)}`);
  });

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate>
      <IntakeFields form={form} set={set} operations={operations} />
      <PersonFields form={form} set={set} />
      <div className="row">
        <SelectField
          label={t('newForm.exploitation')}
          value={form.exploitation}
          onChange={(v) => set('exploitation', v as NewForm['exploitation'])}
          options={exploitationOptions()}
        />
        <SelectField
          label={t('newForm.set')}
          value={form.setId}
          onChange={(v) => set('setId', v)}
          options={newest(sets.data?.sets ?? []).map((s) => setOption(t, s))}
          placeholder={sets.data ? undefined : t('newForm.loadingSets')}
          hint={chosen ? setHint(t, chosen, form.exploitation) : undefined}
        />
      </div>
      <ErrorMessage message={sets.error ?? ops.error} />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy || !sets.data}>
          {busy ? t('newForm.starting') : t('newForm.start')}
        </button>
      </div>
    </form>
  );
}

/** Each set once: the list holds an agency set's versions newest first. */
const newest = (sets: SetSummary[]) => sets.filter((s, i) => sets.findIndex((x) => x.id === s.id) === i);

const setOption = (t: TFunction<'screening'>, s: SetSummary) =>
  [s.id, s.origin === 'agency' ? t('newForm.agencySet', { name: s.name }) : s.name] as const;

/** Whole sentences, each its own key: the version, and what the set lacks for this case. */
function setHint(t: TFunction<'screening'>, s: SetSummary, exploitation: string): string {
  const parts = [t('newForm.setVersion', { version: s.version })];
  if (!s.complete) parts.push(t('newForm.setIncomplete'));
  if (!s.exploitation.some((e) => e === exploitation)) parts.push(t('newForm.setOtherExploitation'));
  return parts.join(' ');
}
