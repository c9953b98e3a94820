import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { NoteField } from './NoteField.tsx';
import type { Decision, DissentBody } from './types.ts';

/** Dissent recorded beside the decision, and a form to add your own. */
export function DissentPanel({ d, onChange }: { d: Decision; onChange: (d: Decision) => void }) {
  const { t } = useTranslation('operations');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    setStatus(null);
    if (!text.trim()) return setError(t('dissent.writeFirst'));
    const path = `/api/operations/decisions/${encodeURIComponent(d.id)}/dissent`;
    onChange(await api.post<Decision>(path, { text: text.trim() } satisfies DissentBody));
    setText('');
    setStatus(t('dissent.recorded'));
  });
  return (
    <section className="panel" aria-labelledby="dissent-h">
      <h2 id="dissent-h">{t('dissent.title')}</h2>
      {d.dissents.length === 0 ? (
        <p className="muted">{t('dissent.none')}</p>
      ) : (
        <ul className="dissents">
          {d.dissents.map((x) => (
            <li key={`${x.at}-${x.by}`}>
              <p>{d.target.compartmented ? t('decision.textWithheld') : x.text}</p>
              <p className="muted small">{t('dissent.byline', { by: x.by, date: formatDateTime(x.at) })}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={submit} noValidate>
        <NoteField label={t('dissent.add')} value={text} onChange={setText} hint={t('dissent.hint')} />
        <ErrorMessage message={error} />
        <StatusMessage message={status} tone="success" />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('dissent.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
