import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { type SourceKind, sourceKindOf } from './codes.ts';
import { sourceKindOptions } from './labels.ts';
import type { Source, SourceBody } from './types.ts';

/** Registers a source under a code name; its identity is never recorded here. */
export function NewSourceForm({ onCreated }: { onCreated: (s: Source) => void }) {
  const { t } = useTranslation('intel');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<SourceKind>('informant');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();

  const submit = handle(async () => {
    setDone(null);
    if (!/^[A-Za-z0-9_-]{2,40}$/.test(code.trim())) return setError(t('sources.badCode'));
    const s = await api.post<Source>('/api/intel/sources', {
      code: code.trim(),
      kind,
      description: description.trim(),
    } satisfies SourceBody);
    onCreated(s);
    setDone(t('sources.registered', { code: s.code }));
    setCode('');
    setDescription('');
  });

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label={t('page.newSource')}>
      <div className="row">
        <Field
          label={t('sources.codeName')}
          value={code}
          onChange={setCode}
          hint={t('sources.codeHint')}
          autoComplete="off"
          maxLength={40}
          required
        />
        <SelectField
          label={t('sources.kind')}
          value={kind}
          onChange={(k) => setKind(sourceKindOf(k) ?? kind)}
          options={sourceKindOptions()}
        />
      </div>
      <Field
        label={t('sources.description')}
        value={description}
        onChange={setDescription}
        hint={t('sources.descriptionHint')}
        autoComplete="off"
        maxLength={500}
      />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('sources.registering') : t('sources.register')}
        </button>
      </div>
    </form>
  );
}
