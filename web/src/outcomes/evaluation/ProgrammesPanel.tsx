import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { countryWord } from '../labels.ts';
import { flagWords, measureOption, objectiveMeasure, objectiveSaid } from './evaluationWords.ts';
import type { MeasureTables, ObjectiveProgress, Programme, ProgrammeBody, Programmes } from './types.ts';

/** An objective's status ('met', 'moving', 'no result', 'measure gone') as the key of its words. */
const statusKey = (s: ObjectiveProgress['status']) =>
  `codes.objectiveStatus.${s.replace(' ', '_')}` as ParseKeys<'outcomes'>;

/** Programmes with their objectives, each measured from the indicators, and the form to record one. */
export function ProgrammesPanel() {
  const { t } = useTranslation('outcomes');
  const list = useLoad<Programmes>('/api/outcomes/programmes');
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">{t('evaluation.programmes')}</h2>
      <p className="hint">{t('programmes.hint')}</p>
      {list.error ? <p className="notice notice-error">{list.error}</p> : null}
      {list.data && list.data.programmes.length === 0 ? (
        <p className="muted">{t('programmes.none')}</p>
      ) : null}
      {(list.data?.programmes ?? []).map((p) => (
        <ProgrammeCard key={p.id} programme={p} />
      ))}
      {adding ? (
        <ProgrammeForm
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('programmes.record')}
        </button>
      )}
    </section>
  );
}

function ProgrammeCard({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation('outcomes');
  const country = p.filters.country ? countryWord(p.filters.country) : '';
  const place =
    p.filters.province && country
      ? t('beforeAfter.provinceCountry', { province: p.filters.province, country })
      : p.filters.province || country || t('programmes.everywhere');
  const facts = {
    agency: p.agency,
    funder: p.funder,
    from: formatDate(p.startsOn),
    place,
  };
  return (
    <article className="programme">
      <h3>{p.name}</h3>
      <p className="muted">
        {p.endsOn
          ? t('programmes.facts', { ...facts, to: formatDate(p.endsOn) })
          : t('programmes.factsOpen', facts)}
      </p>
      {p.flag ? (
        <p className="notice notice-error" role="status">
          {flagWords(t, p)}
        </p>
      ) : null}
      <TableWrap>
        <table className="figure-table">
          <caption>
            {t('programmes.caption', { from: formatDate(p.countedFrom), to: formatDate(p.countedTo) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('programmes.objective')}</th>
              <th scope="col">{t('programmes.measure')}</th>
              <th scope="col" className="num">
                {t('programmes.baseline')}
              </th>
              <th scope="col" className="num">
                {t('programmes.target')}
              </th>
              <th scope="col" className="num">
                {t('programmes.now')}
              </th>
              <th scope="col">{t('programmes.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {p.objectives.map((o) => (
              <tr key={`${o.tableId}:${o.key.join('/')}:${o.description}`}>
                <th scope="row">{o.description}</th>
                <td>{objectiveMeasure(t, o)}</td>
                <td className="num">{formatNumber(o.baseline)}</td>
                <td className="num">{formatNumber(o.target)}</td>
                <td className="num">{o.current === null ? '—' : formatNumber(o.current)}</td>
                <td>
                  <progress
                    max={1}
                    value={o.progress ?? 0}
                    aria-label={t(statusKey(o.status), { defaultValue: o.status })}
                  />{' '}
                  <span>
                    {t('programmes.status', { status: t(statusKey(o.status), { defaultValue: o.status }) })}
                  </span>{' '}
                  <span className="muted small">{objectiveSaid(t, o, p.started)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </article>
  );
}

interface Draft {
  description: string;
  measure: string;
  baseline: string;
  target: string;
}

const emptyDraft = (): Draft => ({ description: '', measure: '', baseline: '0', target: '' });

function ProgrammeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('outcomes');
  const measures = useLoad<MeasureTables>('/api/outcomes/programmes/measures');
  const [name, setName] = useState('');
  const [funder, setFunder] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [province, setProvince] = useState('');
  const [objectives, setObjectives] = useState<Draft[]>([emptyDraft()]);
  const { busy, error, handle } = useSubmit();
  const options = (measures.data?.tables ?? []).flatMap((m) =>
    m.keys.map((k, i) => ({ value: JSON.stringify([m.id, k]), label: measureOption(t, m, i) })),
  );
  const set = (i: number, patch: Partial<Draft>) =>
    setObjectives((os) => os.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  const submit = handle(async () => {
    await api.post('/api/outcomes/programmes', {
      name,
      funder,
      startsOn,
      endsOn: endsOn || null,
      filters: province.trim() ? { province: province.trim() } : {},
      objectives: objectives.map((o) => {
        const [tableId, key] = JSON.parse(o.measure || '["",[""]]') as [string, string[]];
        return {
          description: o.description,
          tableId,
          key,
          baseline: Number(o.baseline),
          target: Number(o.target),
        };
      }),
    } satisfies ProgrammeBody);
    onDone();
  });

  return (
    <form className="stack form-wide subform" onSubmit={submit} aria-label={t('programmes.record')}>
      <Field label={t('programmes.name')} value={name} onChange={setName} required maxLength={200} />
      <Field
        label={t('programmes.funder')}
        value={funder}
        onChange={setFunder}
        required
        maxLength={200}
        hint={t('programmes.funderHint')}
      />
      <div className="row">
        <Field
          label={t('programmes.startsOn')}
          type="date"
          value={startsOn}
          onChange={setStartsOn}
          required
        />
        <Field label={t('programmes.endsOn')} type="date" value={endsOn} onChange={setEndsOn} />
      </div>
      <Field
        label={t('programmes.province')}
        value={province}
        onChange={setProvince}
        hint={t('programmes.provinceHint')}
      />
      {objectives.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: objectives have no id until saved; they are only appended
        <fieldset key={i} className="stack">
          <legend>{t('programmes.objectiveN', { n: formatNumber(i + 1) })}</legend>
          <Field
            label={t('programmes.aim')}
            value={o.description}
            onChange={(v) => set(i, { description: v })}
            required
          />
          <div className="field">
            <label htmlFor={`measure-${i}`}>{t('programmes.measuredBy')}</label>
            <select
              id={`measure-${i}`}
              value={o.measure}
              onChange={(e) => set(i, { measure: e.target.value })}
              required
            >
              <option value="">{t('programmes.chooseIndicator')}</option>
              {options.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <div className="row">
            <Field
              label={t('programmes.baseline')}
              type="number"
              min={0}
              value={o.baseline}
              onChange={(v) => set(i, { baseline: v })}
              required
            />
            <Field
              label={t('programmes.target')}
              type="number"
              min={0}
              value={o.target}
              onChange={(v) => set(i, { target: v })}
              required
            />
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => setObjectives((os) => [...os, emptyDraft()])}>
          {t('programmes.addObjective')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('programmes.save')}
        </button>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
