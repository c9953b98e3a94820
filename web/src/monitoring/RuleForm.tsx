import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AreaPoints } from './AreaPoints.tsx';
import { AGENCY_KINDS, COUNTRIES, DANGERS, KINDS } from './labels.ts';
import type { Rule, RuleInput } from './types.ts';

const NEW_RULE: RuleInput = {
  name: '',
  toAgencyId: '',
  appliesTo: ['tip', 'inspection'],
  countries: null,
  area: null,
  kinds: null,
  childrenOnly: false,
  minDanger: null,
  priority: 100,
  active: true,
};

interface Props {
  agencies: Agency[];
  /** The rule to edit, or none for a new one. */
  rule?: Rule;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}

/** Toggles `code` in a list where an empty list means "any". */
const toggle = (list: string[] | null, code: string, on: boolean): string[] | null => {
  const next = on ? [...(list ?? []), code] : (list ?? []).filter((c) => c !== code);
  return next.length ? next : null;
};

/** A routing rule: which agency gets what (tips or inspection findings), where, of which kind, how dangerous. */
export function RuleForm({ agencies, rule, onSaved, onCancel }: Props) {
  const [r, setR] = useState<RuleInput>(() => (rule ? { ...NEW_RULE, ...rule } : NEW_RULE));
  const [priority, setPriority] = useState(String(rule?.priority ?? 100));
  const { busy, error, setError, handle } = useSubmit();
  const change = (c: Partial<RuleInput>) => setR((x) => ({ ...x, ...c }));
  const title = rule ? `Edit the rule “${rule.name}”` : 'Add a routing rule';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = Number(priority);
    const problem = !r.name.trim()
      ? 'Give the rule a name.'
      : !r.toAgencyId
        ? 'Choose the agency the rule sends to.'
        : r.appliesTo.length === 0
          ? 'Choose whether the rule sends tips, inspection findings or both.'
          : r.area !== null && r.area.length < 3
            ? 'An area needs at least three corners, or choose “Anywhere”.'
            : !Number.isInteger(p) || p < 0
              ? 'Give the priority as a whole number (lower is considered first).'
              : null;
    if (problem) {
      setError(problem);
      return;
    }
    const body: RuleInput = {
      name: r.name.trim(),
      toAgencyId: r.toAgencyId,
      appliesTo: r.appliesTo,
      countries: r.countries,
      area: r.area,
      kinds: r.kinds,
      childrenOnly: r.childrenOnly,
      minDanger: r.minDanger,
      priority: p,
      active: r.active,
    };
    void handle(async () => {
      if (rule) await api.put(`/api/monitoring/rules/${encodeURIComponent(rule.id)}`, body);
      else await api.post('/api/monitoring/rules', body);
      if (!rule) {
        setR(NEW_RULE);
        setPriority('100');
      }
      onSaved(rule ? `Rule “${body.name}” saved.` : `Rule “${body.name}” added.`);
    })();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="row">
        <Field
          label="Name of the rule"
          value={r.name}
          onChange={(name) => change({ name })}
          maxLength={200}
        />
        <SelectField
          label="Send to"
          value={r.toAgencyId}
          onChange={(toAgencyId) => change({ toAgencyId })}
          options={agencies.map((a) => [a.id, `${a.name} (${wordFor(AGENCY_KINDS, a.kind)})`] as const)}
          placeholder="Choose an agency"
        />
      </div>
      <fieldset className="form-group">
        <legend>What it sends</legend>
        <Check
          label="Tips"
          checked={r.appliesTo.includes('tip')}
          onChange={(on) =>
            change({ appliesTo: on ? [...r.appliesTo, 'tip'] : r.appliesTo.filter((x) => x !== 'tip') })
          }
        />
        <Check
          label="Labour inspection findings"
          checked={r.appliesTo.includes('inspection')}
          onChange={(on) =>
            change({
              appliesTo: on ? [...r.appliesTo, 'inspection'] : r.appliesTo.filter((x) => x !== 'inspection'),
            })
          }
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Countries (none ticked: any country)</legend>
        {COUNTRIES.map(([code, words]) => (
          <Check
            key={code}
            label={words}
            checked={r.countries?.includes(code) ?? false}
            onChange={(on) => change({ countries: toggle(r.countries, code, on) })}
          />
        ))}
      </fieldset>
      <AreaPoints area={r.area} onChange={(area) => change({ area })} />
      <fieldset className="form-group">
        <legend>Kinds of exploitation (none ticked: any kind)</legend>
        {KINDS.map(([code, words]) => (
          <Check
            key={code}
            label={words}
            checked={r.kinds?.includes(code) ?? false}
            onChange={(on) => change({ kinds: toggle(r.kinds, code, on) })}
          />
        ))}
      </fieldset>
      <div className="row">
        <SelectField
          label="Only from this danger up"
          value={r.minDanger ?? ''}
          onChange={(v) => change({ minDanger: v ? (v as RuleInput['minDanger']) : null })}
          options={DANGERS.filter(([code]) => code !== 'unknown')}
          placeholder="Any danger"
        />
        <Field
          label="Priority"
          value={priority}
          onChange={setPriority}
          inputMode="numeric"
          hint="Lower numbers are considered first."
        />
      </div>
      <Check
        label="Only where children are involved"
        checked={r.childrenOnly}
        onChange={(childrenOnly) => change({ childrenOnly })}
      />
      <Check label="In force" checked={r.active} onChange={(active) => change({ active })} />
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {rule ? 'Save the rule' : 'Add the rule'}
        </button>{' '}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
