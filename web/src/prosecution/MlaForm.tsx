import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { CheckList } from './CheckList.tsx';
import { COUNTRY_NAMES, chargeName, countryName } from './court-labels.ts';
import type { Court, MlaRequest } from './court-types.ts';
import {
  MLA_ASKS,
  MLA_AWAITING,
  MLA_COUNTRIES,
  MLA_NEXT,
  MLA_STATUSES,
  OTHER_COUNTRY,
} from './mla-labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';

/** Whether a two-letter code names a country (as the server checks it). */
const isCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && COUNTRY_NAMES.of(code) !== code;

/** Drafts a request for mutual legal assistance: to which country and authority, what is asked, whom it concerns. */
export function MlaForm({ c, court, action }: { c: CaseFile; court: Court; action: CaseAction }) {
  const [country, setCountry] = useState('');
  const [otherCode, setOtherCode] = useState('');
  const [authority, setAuthority] = useState('');
  const [asks, setAsks] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [suspectIds, setSuspectIds] = useState<string[]>([]);
  const [chargeIds, setChargeIds] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const toCountry = country === OTHER_COUNTRY ? otherCode.trim().toUpperCase() : country;
    const problem = !country
      ? 'Choose the country the request is made to.'
      : !isCountry(toCountry)
        ? 'Give the country’s two-letter ISO code, such as BD for Bangladesh.'
        : !authority.trim()
          ? 'Name the authority it is addressed to.'
          : asks.length === 0
            ? 'Say what is asked.'
            : suspectIds.length + chargeIds.length === 0
              ? 'Choose the suspects or the charges it concerns.'
              : note.length > 2000
                ? 'Keep the note under 2,000 characters.'
                : null;
    if (refuse(action, problem)) return;
    const asked = MLA_ASKS.filter(([k]) => asks.includes(k)).map(([, w]) => w.toLowerCase());
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/mla'), {
          toCountry,
          authority: authority.trim(),
          asks,
          ...(note.trim() ? { note: note.trim() } : {}),
          suspectIds,
          chargeIds,
        });
        setCountry('');
        setOtherCode('');
        setAuthority('');
        setAsks([]);
        setNote('');
        setSuspectIds([]);
        setChargeIds([]);
      },
      `Request to ${countryName(toCountry)} drafted: ${asked.join(', ')}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="mla-form-h">
      <h3 id="mla-form-h">Draft a request for assistance</h3>
      <div className="row">
        <SelectField
          label="To the country"
          value={country}
          onChange={setCountry}
          options={MLA_COUNTRIES}
          placeholder="Choose a country"
        />
        {country === OTHER_COUNTRY ? (
          <Field
            label="Country code"
            value={otherCode}
            onChange={setOtherCode}
            maxLength={2}
            autoComplete="off"
            hint="Its two-letter ISO code, such as BD for Bangladesh."
          />
        ) : null}
        <Field
          label="Authority"
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
          hint="The central authority or court it is addressed to."
        />
      </div>
      <CheckList legend="What is asked" options={MLA_ASKS} chosen={asks} onChange={setAsks} />
      <CheckList
        legend="Suspects it concerns"
        options={c.suspects.map((s) => [s.id, s.label] as const)}
        chosen={suspectIds}
        onChange={setSuspectIds}
      />
      {court.charges.length > 0 ? (
        <CheckList
          legend="Charges it concerns"
          options={court.charges.map((ch) => [ch.id, chargeName(ch)] as const)}
          chosen={chargeIds}
          onChange={setChargeIds}
        />
      ) : null}
      <NoteField
        label="Note (optional)"
        value={note}
        onChange={setNote}
        hint="What exactly is sought, e.g. the account holder’s records at a named bank."
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Drafting…' : 'Draft the request'}
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
  const [mlaId, setMlaId] = useState('');
  const [status, setStatus] = useState('');
  const [on, setOn] = useState(isoDay());
  const [dueOn, setDueOn] = useState('');
  const request = requests.find((r) => r.id === mlaId) ?? null;
  const next = request ? (MLA_NEXT[request.status] ?? []) : [];
  const chosen = next.includes(status) ? status : '';
  const awaiting = MLA_AWAITING.includes(chosen);
  const last = request?.steps.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !request
      ? 'Choose the request.'
      : !chosen
        ? 'Choose what happened.'
        : !on
          ? 'Give the day it happened.'
          : on > isoDay()
            ? 'A step is recorded once it has happened: the day cannot be after today.'
            : last && on < last.on
              ? `The request’s last step is dated ${formatDay(last.on)}: this one cannot be earlier.`
              : awaiting && dueOn && dueOn < on
                ? 'The response cannot be due before the day of this step.'
                : null;
    if (refuse(action, problem) || !request) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/mla/${encodeURIComponent(request.id)}/steps`), {
          status: chosen,
          on,
          ...(awaiting && dueOn ? { responseDueOn: dueOn } : {}),
        });
        setStatus('');
        setDueOn('');
      },
      `${request.ref}: ${wordFor(MLA_STATUSES, chosen).toLowerCase()} on ${formatDay(on)}${
        awaiting && dueOn ? `, response due ${formatDay(dueOn)}` : ''
      }.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="mla-step-h">
      <h3 id="mla-step-h">Record a request’s next step</h3>
      <div className="row">
        <SelectField
          label="Request"
          value={mlaId}
          onChange={(v) => {
            setMlaId(v);
            setStatus('');
          }}
          options={requests.map(
            (r) =>
              [
                r.id,
                `${r.ref} to ${countryName(r.toCountry)} (${wordFor(MLA_STATUSES, r.status).toLowerCase()})`,
              ] as const,
          )}
          placeholder="Choose a request"
        />
        <SelectField
          label="What happened"
          value={chosen}
          onChange={setStatus}
          options={MLA_STATUSES.filter(([k]) => next.includes(k))}
          placeholder={request ? 'Choose' : 'Choose the request first'}
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      {awaiting ? (
        <Field
          label="Response due (optional)"
          value={dueOn}
          onChange={setDueOn}
          type="date"
          min={on}
          hint="Listed with the deadlines; met when the request is executed or refused."
        />
      ) : null}
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the request’s step'}
        </button>
      </div>
    </form>
  );
}
