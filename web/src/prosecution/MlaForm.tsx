import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { CheckList } from './CheckList.tsx';
import { listWords, options, word } from './codes.ts';
import { chargeName, countryName } from './court-labels.ts';
import type { Court, MlaRequest } from './court-types.ts';
import { MLA_AWAITING, MLA_NEXT, mlaCountries, OTHER_COUNTRY } from './mla-labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, MlaBody, MlaStepBody } from './types.ts';

/** Whether a two-letter code names a country, as the server checks it (against English names; nothing shown). */
const isCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) &&
  code !== 'ZZ' &&
  new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) !== code;

/** Drafts a request for mutual legal assistance: to which country and authority, what is asked, whom it concerns. */
export function MlaForm({ c, court, action }: { c: CaseFile; court: Court; action: CaseAction }) {
  const { t } = useTranslation('prosecution');
  const [country, setCountry] = useState('');
  const [otherCode, setOtherCode] = useState('');
  const [authority, setAuthority] = useState('');
  const [asks, setAsks] = useState<MlaBody['asks']>([]);
  const [note, setNote] = useState('');
  const [suspectIds, setSuspectIds] = useState<string[]>([]);
  const [chargeIds, setChargeIds] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const toCountry = country === OTHER_COUNTRY ? otherCode.trim().toUpperCase() : country;
    const problem = !country
      ? t('mla.form.chooseCountry')
      : !isCountry(toCountry)
        ? t('mla.form.badCode')
        : !authority.trim()
          ? t('mla.form.nameAuthority')
          : asks.length === 0
            ? t('mla.form.sayAsked')
            : suspectIds.length + chargeIds.length === 0
              ? t('mla.form.chooseConcerns')
              : note.length > 2000
                ? t('words.noteTooLong', { max: 2000 })
                : null;
    if (refuse(action, problem)) return;
    const asked = options(t, 'mlaAsk', asks).map(([, w]) => w.toLowerCase());
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/mla'), {
          toCountry,
          authority: authority.trim(),
          asks,
          ...(note.trim() ? { note: note.trim() } : {}),
          suspectIds,
          chargeIds,
        } satisfies MlaBody);
        setCountry('');
        setOtherCode('');
        setAuthority('');
        setAsks([]);
        setNote('');
        setSuspectIds([]);
        setChargeIds([]);
      },
      t('mla.form.done', { country: countryName(t, toCountry), asks: listWords(t, asked) }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="mla-form-h">
      <h3 id="mla-form-h">{t('mla.form.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('mla.form.country')}
          value={country}
          onChange={setCountry}
          options={mlaCountries(t)}
          placeholder={t('mla.form.chooseACountry')}
        />
        {country === OTHER_COUNTRY ? (
          <Field
            label={t('mla.form.code')}
            value={otherCode}
            onChange={setOtherCode}
            maxLength={2}
            autoComplete="off"
            hint={t('mla.form.codeHint')}
          />
        ) : null}
        <Field
          label={t('words.authority')}
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
          hint={t('mla.form.authorityHint')}
        />
      </div>
      <CheckList
        legend={t('mla.form.asked')}
        options={options(t, 'mlaAsk')}
        chosen={asks}
        onChange={(v) => setAsks(v as MlaBody['asks'])}
      />
      <CheckList
        legend={t('mla.form.suspects')}
        options={c.suspects.map((s) => [s.id, s.label] as const)}
        chosen={suspectIds}
        onChange={setSuspectIds}
      />
      {court.charges.length > 0 ? (
        <CheckList
          legend={t('mla.form.charges')}
          options={court.charges.map((ch) => [ch.id, chargeName(t, ch)] as const)}
          chosen={chargeIds}
          onChange={setChargeIds}
        />
      ) : null}
      <NoteField
        label={t('words.noteOptional')}
        value={note}
        onChange={setNote}
        hint={t('mla.form.noteHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('mla.form.drafting') : t('mla.form.draft')}
        </button>
      </div>
    </form>
  );
}

/** Records a request's next status on the day it happened, with the response due while one is awaited. */
export function MlaStepForm({
  court,
  requests,
  action,
}: {
  court: Court;
  requests: readonly MlaRequest[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [mlaId, setMlaId] = useState('');
  const [status, setStatus] = useState<MlaStepBody['status'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const [dueOn, setDueOn] = useState('');
  const request = requests.find((r) => r.id === mlaId) ?? null;
  const next = request ? (MLA_NEXT[request.status] ?? []) : [];
  const chosen = status && next.includes(status) ? status : '';
  const awaiting = MLA_AWAITING.includes(chosen);
  const last = request?.steps.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !request
      ? t('mla.step.chooseRequest')
      : !chosen
        ? t('words.chooseWhatHappened')
        : !on
          ? t('words.giveDayHappened')
          : on > isoDay()
            ? t('mla.step.future')
            : last && on < last.on
              ? t('mla.step.earlier', { day: formatDay(last.on) })
              : awaiting && dueOn && dueOn < on
                ? t('mla.step.dueBefore')
                : null;
    if (refuse(action, problem) || !request || !chosen) return;
    const done = { ref: request.ref, status: word(t, 'mlaStatus', chosen).toLowerCase(), day: formatDay(on) };
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/mla/${encodeURIComponent(request.id)}/steps`), {
          status: chosen,
          on,
          ...(awaiting && dueOn ? { responseDueOn: dueOn } : {}),
        } satisfies MlaStepBody);
        setStatus('');
        setDueOn('');
      },
      awaiting && dueOn
        ? t('mla.step.doneDue', { ...done, due: formatDay(dueOn) })
        : t('mla.step.done', done),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="mla-step-h">
      <h3 id="mla-step-h">{t('mla.step.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('mla.request')}
          value={mlaId}
          onChange={(v) => {
            setMlaId(v);
            setStatus('');
          }}
          options={requests.map(
            (r) =>
              [
                r.id,
                t('mla.step.option', {
                  ref: r.ref,
                  country: countryName(t, r.toCountry),
                  status: word(t, 'mlaStatus', r.status).toLowerCase(),
                }),
              ] as const,
          )}
          placeholder={t('mla.step.chooseARequest')}
        />
        <SelectField
          label={t('words.whatHappened')}
          value={chosen}
          onChange={(v) => setStatus(v as MlaStepBody['status'] | '')}
          options={options(t, 'mlaStatus', next)}
          placeholder={request ? t('words.choose') : t('mla.step.chooseRequestFirst')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      {awaiting ? (
        <Field
          label={t('mla.step.due')}
          value={dueOn}
          onChange={setDueOn}
          type="date"
          min={on}
          hint={t('mla.step.dueHint')}
        />
      ) : null}
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('mla.step.record')}
        </button>
      </div>
    </form>
  );
}
