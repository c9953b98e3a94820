import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import type { Agency } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AreaPoints } from './AreaPoints.tsx';
import { agencyOption, countryOptions, dangerOptions, kindOptions } from './labels.ts';
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

/** The codes a rule may name: the options' codes are the server's lists (src/monitoring/intake-schemas.ts). */
type Country = NonNullable<RuleInput['countries']>[number];
type Kind = NonNullable<RuleInput['kinds']>[number];

/** Toggles `code` in a list where an empty list means "any". */
const toggle = <C extends string>(list: C[] | null | undefined, code: C, on: boolean): C[] | null => {
  const next = on ? [...(list ?? []), code] : (list ?? []).filter((c) => c !== code);
  return next.length ? next : null;
};

/** A routing rule: which agency gets what (tips or inspection findings), where, of which kind, how dangerous. */
export function RuleForm({ agencies, rule, onSaved, onCancel }: Props) {
  const { t } = useTranslation('monitoring');
  const [r, setR] = useState<RuleInput>(() => (rule ? { ...NEW_RULE, ...rule } : NEW_RULE));
  const [priority, setPriority] = useState(String(rule?.priority ?? 100));
  const { busy, error, setError, handle } = useSubmit();
  const change = (c: Partial<RuleInput>) => setR((x) => ({ ...x, ...c }));
  const title = rule ? t('ruleForm.editTitle', { name: rule.name }) : t('ruleForm.addTitle');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = Number(priority);
    const problem = !r.name.trim()
      ? t('ruleForm.noName')
      : !r.toAgencyId
        ? t('ruleForm.noAgency')
        : r.appliesTo.length === 0
          ? t('ruleForm.noWhat')
          : r.area !== null && r.area.length < 3
            ? t('ruleForm.fewCorners', { anywhere: t('area.anywhere') })
            : !Number.isInteger(p) || p < 0
              ? t('ruleForm.badPriority')
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
      if (rule)
        await api.put(`/api/monitoring/rules/${encodeURIComponent(rule.id)}`, body satisfies RuleInput);
      else await api.post('/api/monitoring/rules', body satisfies RuleInput);
      if (!rule) {
        setR(NEW_RULE);
        setPriority('100');
      }
      onSaved(rule ? t('ruleForm.saved', { name: body.name }) : t('ruleForm.added', { name: body.name }));
    })();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="row">
        <Field
          label={t('ruleForm.name')}
          value={r.name}
          onChange={(name) => change({ name })}
          maxLength={200}
        />
        <SelectField
          label={t('shared.sendTo')}
          value={r.toAgencyId}
          onChange={(toAgencyId) => change({ toAgencyId })}
          options={agencies.map(agencyOption)}
          placeholder={t('shared.chooseAgency')}
        />
      </div>
      <fieldset className="form-group">
        <legend>{t('ruleForm.whatItSends')}</legend>
        <Check
          label={t('ruleForm.tips')}
          checked={r.appliesTo.includes('tip')}
          onChange={(on) =>
            change({ appliesTo: on ? [...r.appliesTo, 'tip'] : r.appliesTo.filter((x) => x !== 'tip') })
          }
        />
        <Check
          label={t('ruleForm.findings')}
          checked={r.appliesTo.includes('inspection')}
          onChange={(on) =>
            change({
              appliesTo: on ? [...r.appliesTo, 'inspection'] : r.appliesTo.filter((x) => x !== 'inspection'),
            })
          }
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('ruleForm.countries')}</legend>
        {countryOptions().map(([code, words]) => (
          <Check
            key={code}
            label={words}
            checked={r.countries?.includes(code as Country) ?? false}
            onChange={(on) => change({ countries: toggle(r.countries, code as Country, on) })}
          />
        ))}
      </fieldset>
      <AreaPoints area={r.area} onChange={(area) => change({ area })} />
      <fieldset className="form-group">
        <legend>{t('ruleForm.kinds')}</legend>
        {kindOptions().map(([code, words]) => (
          <Check
            key={code}
            label={words}
            checked={r.kinds?.includes(code as Kind) ?? false}
            onChange={(on) => change({ kinds: toggle(r.kinds, code as Kind, on) })}
          />
        ))}
      </fieldset>
      <div className="row">
        <SelectField
          label={t('ruleForm.minDanger')}
          value={r.minDanger ?? ''}
          onChange={(v) => change({ minDanger: v ? (v as RuleInput['minDanger']) : null })}
          options={dangerOptions().filter(([code]) => code !== 'unknown')}
          placeholder={t('ruleForm.anyDanger')}
        />
        <Field
          label={t('ruleForm.priority')}
          value={priority}
          onChange={setPriority}
          inputMode="numeric"
          hint={t('ruleForm.priorityHint')}
        />
      </div>
      <Check
        label={t('ruleForm.childrenOnly')}
        checked={r.childrenOnly}
        onChange={(childrenOnly) => change({ childrenOnly })}
      />
      <Check label={t('ruleForm.inForce')} checked={r.active} onChange={(active) => change({ active })} />
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {rule ? t('ruleForm.save') : t('ruleForm.add')}
        </button>{' '}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
