import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../src/monitoring/inspection-catalogue.ts';
import { Check, SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { isCode } from '../labels.ts';
import type { SectionProps } from './InspectionPage.tsx';
import { languageOptions, sexOptions, wordFor } from './labels.ts';
import type { Interview, InterviewBody } from './types.ts';

const EMPTY = { code: '', private: true, language: '', interpreter: false, sex: '', under18: false };

/** An interview in words: language, interpreter, sex, age, privacy. */
export const interviewWords = (t: TFunction<'monitoring'>, v: Interview) =>
  t('inspections.interviews.words', {
    language: wordFor(languageOptions(), v.language),
    interpreter: v.interpreter
      ? t('inspections.interviews.interpreter')
      : t('inspections.interviews.noInterpreter'),
    sex: wordFor(sexOptions(), v.sex).toLowerCase(),
    age: v.under18 ? t('inspections.age.under18') : t('inspections.age.adult'),
    privacy: v.private ? t('inspections.interviews.private') : t('inspections.interviews.notPrivate'),
  });

/** The workers interviewed, each by a code or pseudonym (never a real name), and recording another. */
export function InterviewsSection({ inspection: i, record, canWrite }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const [form, setForm] = useState(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const add = handle(async () => {
    if (!form.code.trim()) return setError(t('inspections.interviews.errors.noCode'));
    if (!form.language) return setError(t('inspections.interviews.errors.noLanguage'));
    const sex = form.sex;
    if (!isCode(SEXES, sex))
      return setError(
        t('inspections.interviews.errors.noSex', { undisclosed: wordFor(sexOptions(), 'undisclosed') }),
      );
    setSaved(null);
    const went = await record({
      kind: 'interview',
      body: { ...form, code: form.code.trim(), sex } satisfies InterviewBody,
    });
    setForm(EMPTY);
    setSaved(went === 'kept' ? t('inspections.kit.savedOnPhone') : null);
  });
  return (
    <section className="panel" aria-labelledby="insp-interviews-h">
      <h2 id="insp-interviews-h">
        {t('inspections.interviews.title', { n: formatNumber(i.interviews.length) })}
      </h2>
      {i.interviews.length === 0 ? <p className="muted">{t('inspections.interviews.none')}</p> : null}
      {i.interviews.length > 0 ? (
        <ul className="inspection-list" aria-label={t('inspections.interviews.listLabel')}>
          {i.interviews.map((v) => (
            <li key={v.id} className="inspection-row">
              <strong>{v.code}</strong>
              <span className="sub">{interviewWords(t, v)}</span>
              {v.referredTo.length ? (
                <span>{t('inspections.interviews.referredTo', { agencies: v.referredTo.join(', ') })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <form className="stack" onSubmit={add} noValidate aria-label={t('inspections.interviews.record')}>
          <h3>{t('inspections.interviews.record')}</h3>
          <div className="row">
            <Field
              label={t('inspections.interviews.code')}
              value={form.code}
              onChange={(v) => set('code', v)}
              hint={t('inspections.interviews.codeHint')}
              autoComplete="off"
            />
            <SelectField
              label={t('inspections.interviews.language')}
              value={form.language}
              onChange={(v) => set('language', v)}
              options={languageOptions()}
              placeholder={t('inspections.interviews.chooseLanguage')}
            />
            <SelectField
              label={t('inspections.interviews.sex')}
              value={form.sex}
              onChange={(v) => set('sex', v)}
              options={sexOptions()}
              placeholder={t('inspections.interviews.choose')}
            />
          </div>
          <Check
            label={t('inspections.interviews.privateLabel')}
            checked={form.private}
            onChange={(v) => set('private', v)}
          />
          <Check
            label={t('inspections.interviews.interpreterLabel')}
            checked={form.interpreter}
            onChange={(v) => set('interpreter', v)}
          />
          <Check
            label={t('inspections.interviews.under18Label')}
            checked={form.under18}
            onChange={(v) => set('under18', v)}
          />
          <StatusMessage message={saved} tone="success" />
          <ErrorMessage message={error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {t('inspections.interviews.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
