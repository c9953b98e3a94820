import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { AGENCY_KINDS, type Agency, type AgencyCreateBody, type AgencyKind } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { agencyKindWord } from './words.ts';

export function CreateAgencyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('admin');
  const kindId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('police');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const submit = handle(async () => {
    setDone(null);
    const a = await api.post<Agency>('/api/agencies', { name: name.trim(), kind } satisfies AgencyCreateBody);
    setDone(t('createAgency.done', { name: a.name }));
    setName('');
    onCreated();
  });
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby={`${kindId}-h`}>
      <h3 id={`${kindId}-h`}>{t('createAgency.title')}</h3>
      <div className="row">
        <Field
          label={t('createAgency.name')}
          value={name}
          onChange={setName}
          autoComplete="organization"
          required
        />
        <div className="field">
          <label htmlFor={kindId}>{t('createAgency.kind')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {agencyKindWord(t, k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy || !name.trim()}>
          {busy ? t('createAgency.registering') : t('createAgency.submit')}
        </button>
      </div>
    </form>
  );
}
