import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { PointFields } from '../../ui/PointFields.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { countryWord } from '../labels.ts';
import { changeWords, measureLabel, notesWords } from './evaluationWords.ts';
import type { BeforeAfter, EvaluableOperations } from './types.ts';

/** Before and after an operation, or a point picked on the map and a day: the place's figures in equal windows. */
export function BeforeAfterPanel() {
  const { t } = useTranslation('outcomes');
  const ops = useLoad<EvaluableOperations>('/api/outcomes/evaluation/operations');
  const [mode, setMode] = useState<'operation' | 'point'>('operation');
  const [operationId, setOperationId] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [day, setDay] = useState('');
  const [days, setDays] = useState('90');
  const [km, setKm] = useState('2');
  const [answer, setAnswer] = useState<BeforeAfter | null>(null);
  const { busy, error, handle } = useSubmit();
  const located = (ops.data?.operations ?? []).filter((o) => o.located && o.day);

  const submit = handle(async () => {
    const q = new URLSearchParams({ days, radiusKm: km });
    if (mode === 'operation') q.set('operationId', operationId);
    else {
      q.set('lat', lat);
      q.set('lon', lon);
      q.set('day', day);
    }
    setAnswer(await api.get<BeforeAfter>(`/api/outcomes/evaluation/before-after?${q}`));
  });

  return (
    <section className="panel" aria-labelledby="before-after-heading">
      <h2 id="before-after-heading">{t('evaluation.beforeAfter')}</h2>
      <p className="hint">{t('beforeAfter.hint')}</p>
      <form className="stack form-wide" onSubmit={submit}>
        <fieldset className="row">
          <legend>{t('beforeAfter.around')}</legend>
          <label>
            <input type="radio" checked={mode === 'operation'} onChange={() => setMode('operation')} />{' '}
            {t('beforeAfter.anOperation')}
          </label>
          <label>
            <input type="radio" checked={mode === 'point'} onChange={() => setMode('point')} />{' '}
            {t('beforeAfter.aPlace')}
          </label>
        </fieldset>
        {mode === 'operation' ? (
          <div className="field">
            <label htmlFor="ba-operation">{t('beforeAfter.operation')}</label>
            <select
              id="ba-operation"
              value={operationId}
              onChange={(e) => setOperationId(e.target.value)}
              required
            >
              <option value="">{t('beforeAfter.chooseOperation')}</option>
              {located.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.province
                    ? t('beforeAfter.operationIn', {
                        codeName: o.codeName,
                        day: formatDate(o.day ?? ''),
                        province: o.province,
                      })
                    : t('beforeAfter.operationOn', { codeName: o.codeName, day: formatDate(o.day ?? '') })}
                </option>
              ))}
            </select>
            {ops.data && located.length === 0 ? <p className="hint">{t('beforeAfter.noOperation')}</p> : null}
          </div>
        ) : (
          <>
            <PointFields
              lat={lat}
              lon={lon}
              km={km}
              purpose={t('beforeAfter.purpose')}
              required
              onChange={(a, b) => {
                setLat(a);
                setLon(b);
              }}
            />
            <Field label={t('beforeAfter.day')} type="date" value={day} onChange={setDay} required />
          </>
        )}
        <div className="row">
          <Field
            label={t('beforeAfter.days')}
            type="number"
            min={7}
            max={730}
            value={days}
            onChange={setDays}
          />
          <Field
            label={t('beforeAfter.radius')}
            type="number"
            min={0.1}
            max={100}
            step={0.1}
            value={km}
            onChange={setKm}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('beforeAfter.compare')}
          </button>
        </div>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {answer ? <BeforeAfterResult answer={answer} /> : null}
    </section>
  );
}

function BeforeAfterResult({ answer }: { answer: BeforeAfter }) {
  const { t } = useTranslation('outcomes');
  const where = answer.province
    ? answer.country
      ? t('beforeAfter.provinceCountry', { province: answer.province, country: countryWord(answer.country) })
      : answer.province
    : t('beforeAfter.thisPlace');
  const span = {
    km: answer.radiusKm,
    where,
    count: answer.days,
    day: formatDate(answer.day),
  };
  return (
    <div className="before-after" aria-live="polite">
      <p className="notice notice-info">{t('beforeAfter.caveat')}</p>
      <TableWrap>
        <table className="figure-table">
          <caption>
            {answer.operation
              ? t('beforeAfter.captionAround', { ...span, codeName: answer.operation.codeName })
              : t('beforeAfter.caption', span)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('beforeAfter.what')}</th>
              <th scope="col" className="num">
                {t('beforeAfter.before', {
                  from: formatDate(answer.before.from),
                  to: formatDate(answer.before.to),
                })}
              </th>
              <th scope="col" className="num">
                {t('beforeAfter.after', {
                  from: formatDate(answer.after.from),
                  to: formatDate(answer.after.to),
                })}
              </th>
              <th scope="col">{t('beforeAfter.change')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{measureLabel(t, m)}</th>
                <td className="num">{formatNumber(m.before)}</td>
                <td className="num">{formatNumber(m.after)}</td>
                <td>{changeWords(t, m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ul className="muted">
        {notesWords(t, answer.notes).map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
