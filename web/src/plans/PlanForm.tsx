import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import type { Agencies } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { StepButtons, type StepItem, StepList, useStepHeading } from '../ui/Steps.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { joinList } from './labels.ts';
import { PeopleFields } from './PeopleFields.tsx';
import { PlanDraftSummary, StepNotes } from './PlanDraftSummary.tsx';
import { operationApi } from './paths.ts';
import { type PlanForm as Form, type PlanSetter, planForm, toPlan } from './planForm.ts';
import { gapStep, PLAN_STEPS, type PlanStep } from './planSteps.ts';
import { ReceiversField } from './ReceiversField.tsx';
import { SiteFields } from './SiteFields.tsx';
import { StaleNotice } from './StaleNotice.tsx';
import { SuspectsEditor } from './SuspectsEditor.tsx';
import type { Operation, PlanSaveBody } from './types.ts';
import { WhenWhereFields } from './WhenWhereFields.tsx';

interface Props {
  op: Operation;
  onSaved: (op: Operation) => void;
  /** Load the operation afresh, dropping this form's edits. */
  onReload: () => void;
}

const currentVersion = (e: unknown): number | null => {
  if (!(e instanceof ApiError) || e.status !== 409) return null;
  const v = (e.details as { currentVersion?: unknown } | undefined)?.currentVersion;
  return typeof v === 'number' ? v : null;
};

/**
 * The plan, edited by a commanding member, one group of fields per step and the whole plan on the last, where it is
 * saved. Every step edits the same form, so moving between them keeps what was typed. The plan is saved as a new
 * version of the one it was loaded from: if someone saved in between, the save is refused and nothing is
 * overwritten.
 */
export function PlanForm({ op, onSaved, onReload }: Props) {
  const { t } = useTranslation('plans');
  const [form, setForm] = useState<Form>(() => planForm(op.plan));
  const [version, setVersion] = useState(op.version);
  const [stale, setStale] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [step, setStep] = useState<PlanStep>('when');
  // What stops a save is shown once the summary has been opened (or a save tried), not while the first rows are typed.
  const [checked, setChecked] = useState(false);
  const [dirty, setDirty] = useState(false);
  const agencies = useLoad<Agencies>('/api/agencies');
  const heading = useStepHeading<HTMLHeadingElement>(step);
  const { busy, error, setError, handle } = useSubmit();
  const set: PlanSetter = (key, value) => {
    setForm((f) => ({ ...f, [key]: value }));
    setStatus(null);
    setDirty(true);
  };
  const made = toPlan(form, op.plan.target, t);
  const problems = checked && 'problems' in made ? made.problems : [];
  const go = (key: string) => {
    const to = PLAN_STEPS.find((s) => s === key) ?? 'when';
    setStep(to);
    if (to === 'summary') setChecked(true);
  };
  const submit = handle(async () => {
    setStatus(null);
    setChecked(true);
    if ('problems' in made)
      return setError(
        t('form.checkPlan', {
          problems: joinList(
            made.problems.map((p) => p.text),
            'semicolon',
          ),
        }),
      );
    try {
      const saved = await api.put<Operation>(`${operationApi(op.id)}/plan`, {
        version,
        plan: made.plan,
      } satisfies PlanSaveBody);
      setVersion(saved.version);
      setStale(null);
      setDirty(false);
      onSaved(saved);
      setStatus(t('form.saved', { version: saved.version }));
    } catch (e) {
      const now = currentVersion(e);
      if (now === null) throw e;
      setStale(now);
    }
  });
  const gapsOf = (s: PlanStep) => op.gaps.filter((g) => gapStep(g) === s);
  const problemsOf = (s: PlanStep) => problems.filter((p) => p.step === s);
  const label = (s: PlanStep) => t(`steps.names.${s}`);
  const items: StepItem[] = PLAN_STEPS.map((s) => {
    const wrong = problemsOf(s).length;
    const gaps = gapsOf(s).length;
    if (wrong) return { key: s, label: label(s), note: t('steps.toCorrect'), tone: 'problem' };
    if (s === 'summary' && dirty) return { key: s, label: label(s), note: t('steps.toSave'), tone: 'gap' };
    if (gaps) return { key: s, label: label(s), note: t('steps.gaps', { count: gaps }), tone: 'gap' };
    return { key: s, label: label(s) };
  });
  const fields: Record<Exclude<PlanStep, 'summary'>, ReactNode> = {
    when: <WhenWhereFields form={form} set={set} />,
    site: <SiteFields form={form} set={set} />,
    people: <PeopleFields form={form} set={set} />,
    receivers: (
      <ReceiversField
        agencies={agencies}
        chosen={form.receivingAgencies}
        onChange={(v) => set('receivingAgencies', v)}
      />
    ),
    suspects: <SuspectsEditor rows={form.arrestTargets} onChange={(v) => set('arrestTargets', v)} />,
    evidence: <EvidenceEditor rows={form.expectedEvidence} onChange={(v) => set('expectedEvidence', v)} />,
    lists: (
      <>
        <ChecklistEditor
          legend={t('form.briefing.legend')}
          hint={t('form.briefing.hint')}
          rows={form.briefing}
          onChange={(v) => set('briefing', v)}
          newLabel={t('form.briefing.new')}
        />
        <ChecklistEditor
          legend={t('form.goNoGo.legend')}
          hint={t('form.goNoGo.hint')}
          rows={form.goNoGo}
          onChange={(v) => set('goNoGo', v)}
          newLabel={t('form.goNoGo.new')}
        />
      </>
    ),
  };
  const names = new Map((agencies.data?.agencies ?? []).map((a) => [a.id, a.name]));
  for (const r of op.receivers) if (!names.has(r.id)) names.set(r.id, r.name);
  const receivers = form.receivingAgencies.map((id) => ({ id, name: names.get(id) ?? id }));
  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label={t('form.label')}>
      <p className="muted small">
        <Trans
          t={t}
          i18nKey={op.status === 'approved' ? 'form.editingApproved' : 'form.editing'}
          values={{ target: op.plan.target.label, version }}
          components={{ 1: <strong /> }}
        />
      </p>
      <StepList label={t('steps.label')} steps={items} current={step} onSelect={go} />
      {dirty && step !== 'summary' ? (
        <p className="hint">{t('steps.unsaved', { step: label('summary') })}</p>
      ) : null}
      {PLAN_STEPS.map((s) => (
        <div key={s} className="step-panel stack" hidden={s !== step}>
          <h3 ref={s === step ? heading : undefined} tabIndex={-1} className="step-heading">
            {label(s)}
          </h3>
          {s === 'summary' ? (
            <>
              <PlanDraftSummary
                op={op}
                made={made}
                receivers={receivers}
                gaps={gapsOf('summary')}
                label={label}
                onStep={go}
              />
              {stale !== null ? <StaleNotice version={stale} onReload={onReload} /> : null}
              <ErrorMessage message={error} />
              <StatusMessage message={status} tone="success" />
              <div>
                <button type="submit" className="button primary" disabled={busy}>
                  {busy ? t('form.saving') : t('form.save')}
                </button>
              </div>
            </>
          ) : (
            <>
              <StepNotes gaps={gapsOf(s)} problems={problemsOf(s)} />
              {fields[s]}
            </>
          )}
        </div>
      ))}
      <StepButtons
        steps={items}
        current={step}
        onSelect={go}
        back={(to) => t('steps.back', { step: to })}
        next={(to) => t('steps.next', { step: to })}
      />
    </form>
  );
}
