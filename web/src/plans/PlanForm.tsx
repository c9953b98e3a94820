import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { joinList } from './labels.ts';
import { PeopleFields } from './PeopleFields.tsx';
import { operationApi } from './paths.ts';
import { type PlanForm as Form, type PlanSetter, planForm, toPlan } from './planForm.ts';
import { ReceiversField } from './ReceiversField.tsx';
import { SiteFields } from './SiteFields.tsx';
import { StaleNotice } from './StaleNotice.tsx';
import { SuspectsEditor } from './SuspectsEditor.tsx';
import type { Operation } from './types.ts';
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
 * The plan, edited by a commanding member. It is saved as a new version of the one it was loaded from: if someone
 * saved in between, the save is refused and nothing is overwritten.
 */
export function PlanForm({ op, onSaved, onReload }: Props) {
  const { t } = useTranslation('plans');
  const [form, setForm] = useState<Form>(() => planForm(op.plan));
  const [version, setVersion] = useState(op.version);
  const [stale, setStale] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const set: PlanSetter = (key, value) => {
    setForm((f) => ({ ...f, [key]: value }));
    setStatus(null);
  };
  const submit = handle(async () => {
    setStatus(null);
    const made = toPlan(form, op.plan.target, t);
    if ('problems' in made)
      return setError(t('form.checkPlan', { problems: joinList(made.problems, 'semicolon') }));
    try {
      const saved = await api.put<Operation>(`${operationApi(op.id)}/plan`, { version, plan: made.plan });
      setVersion(saved.version);
      setStale(null);
      onSaved(saved);
      setStatus(t('form.saved', { version: saved.version }));
    } catch (e) {
      const now = currentVersion(e);
      if (now === null) throw e;
      setStale(now);
    }
  });
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
      <WhenWhereFields form={form} set={set} />
      <SiteFields form={form} set={set} />
      <PeopleFields form={form} set={set} />
      <ReceiversField chosen={form.receivingAgencies} onChange={(v) => set('receivingAgencies', v)} />
      <SuspectsEditor rows={form.arrestTargets} onChange={(v) => set('arrestTargets', v)} />
      <EvidenceEditor rows={form.expectedEvidence} onChange={(v) => set('expectedEvidence', v)} />
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
      {stale !== null ? <StaleNotice version={stale} onReload={onReload} /> : null}
      <ErrorMessage message={error} />
      <StatusMessage message={status} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
