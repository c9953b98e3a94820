import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { RecordWork } from './case-outbox.ts';
import type { Need } from './case-types.ts';
import { languageOptions, needDomainOptions, needLevelOptions } from './labels.ts';
import type { NeedsBody } from './types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  caseId: string;
  /** The latest assessment, to start from; empty when there is none. */
  latest: Need[];
  language: string;
  onChanged: () => void;
  /** With the field kit open: sent, or kept on the device without a connection. */
  record?: RecordWork | undefined;
}

type Level = NeedsBody['needs'][number]['level'];
type ByDomain<V> = Partial<Record<string, V>>;
const fromLatest = <V,>(latest: Need[], pick: (n: Need) => V): ByDomain<V> =>
  Object.fromEntries(latest.map((n) => [n.domain, pick(n)]));

/** A new needs assessment: a level and a note in each of the seven domains, in the language it was held in. */
export function NeedsForm({ caseId, latest, language: caseLanguage, onChanged, record }: Props) {
  const { t } = useTranslation('protection');
  const domains = needDomainOptions(t);
  // The latest assessment's levels are the server's codes (its reply names them as text).
  const [levels, setLevels] = useState<ByDomain<Level>>(() => fromLatest(latest, (n) => n.level as Level));
  const [notes, setNotes] = useState<ByDomain<string>>(() => fromLatest(latest, (n) => n.note));
  const [language, setLanguage] = useState(caseLanguage);
  const { busy, error, setError, done, setDone, run } = useCaseAction(onChanged);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = domains.filter(([d]) => !levels[d]).map(([, words]) => words);
    if (missing.length > 0) {
      setDone(null);
      setError(t('needs.form.missing', { domains: missing.join(t('words.listSeparator')) }));
      return;
    }
    // Every domain has its level by now (the missing ones were refused above).
    const needs = domains.flatMap(([domain]) => {
      const level = levels[domain];
      return level ? [{ domain, level, note: (notes[domain] ?? '').trim() }] : [];
    });
    void run(
      () =>
        record
          ? record({ kind: 'needs', body: { language, needs } })
          : api.post(casePath(caseId, '/needs'), { language, needs } satisfies NeedsBody),
      (r) => (r === 'kept' ? t('kit.keptOnPhone') : t('needs.form.done')),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="assess-h">
      <h3 id="assess-h">{t('needs.form.title')}</h3>
      <SelectField
        label={t('needs.form.language')}
        value={language}
        onChange={setLanguage}
        options={languageOptions(caseLanguage)}
      />
      {domains.map(([domain, words]) => (
        <fieldset key={domain} className="form-group">
          <legend>{words}</legend>
          <div className="row">
            <SelectField
              label={t('needs.form.level', { domain: words })}
              value={levels[domain] ?? ''}
              onChange={(v) => setLevels((l) => ({ ...l, [domain]: v as Level }))}
              options={needLevelOptions(t)}
              placeholder={t('needs.form.chooseLevel')}
            />
            <Field
              label={t('needs.form.note', { domain: words })}
              value={notes[domain] ?? ''}
              onChange={(v) => setNotes((n) => ({ ...n, [domain]: v }))}
              autoComplete="off"
            />
          </div>
        </fieldset>
      ))}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('words.recording') : t('needs.form.submit')}
        </button>
      </div>
    </form>
  );
}
