import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Agency, Oversight, OversightBody } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

/**
 * For a system administrator: the agencies a coordination body oversees. Its auditors read their audit logs and
 * the leak reviews of their operations once those have ended.
 */
export function OversightForm({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation('admin');
  const base = useId();
  const bodies = agencies.filter((a) => a.kind === 'coordination');
  const [body, setBody] = useState(bodies[0]?.id ?? '');
  const [all, setAll] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  useEffect(() => {
    if (!body) return;
    setDone(null);
    api
      .get<Oversight>(`/api/agencies/${encodeURIComponent(body)}/oversight`)
      .then((o) => {
        setAll(o.oversees === 'all');
        setChosen(o.oversees === 'all' ? [] : o.oversees);
      })
      .catch(() => setChosen([]));
  }, [body]);
  if (bodies.length === 0) return null;
  const others = agencies.filter((a) => a.id !== body);
  const submit = handle(async () => {
    setDone(null);
    await api.put<Oversight>(`/api/agencies/${encodeURIComponent(body)}/oversight`, {
      oversees: all ? 'all' : chosen,
    } satisfies OversightBody);
    setDone(t('oversight.saved'));
  });
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{t('oversight.title')}</h3>
      <div className="field">
        <label htmlFor={`${base}-body`}>{t('oversight.body')}</label>
        <select id={`${base}-body`} value={body} onChange={(e) => setBody(e.target.value)}>
          {bodies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choices">
        <legend>{t('oversight.legend')}</legend>
        <ul>
          <li>
            <input
              id={`${base}-all`}
              type="checkbox"
              checked={all}
              onChange={(e) => setAll(e.target.checked)}
            />
            <label htmlFor={`${base}-all`}>{t('oversight.all')}</label>
          </li>
          {all
            ? null
            : others.map((a) => (
                <li key={a.id}>
                  <input
                    id={`${base}-${a.id}`}
                    type="checkbox"
                    checked={chosen.includes(a.id)}
                    onChange={(e) =>
                      setChosen(e.target.checked ? [...chosen, a.id] : chosen.filter((x) => x !== a.id))
                    }
                  />
                  <label htmlFor={`${base}-${a.id}`}>{a.name}</label>
                </li>
              ))}
        </ul>
      </fieldset>
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy || !body}>
          {busy ? t('oversight.saving') : t('oversight.submit')}
        </button>
      </div>
    </form>
  );
}
