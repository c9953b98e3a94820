import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import type { Agency, Me } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { languageOptions } from './labels.ts';
import { COUNTRIES, countryName, TRANSFER_ITEMS, TRANSFER_KINDS } from './transfer-labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Props {
  caseId: string;
  child: boolean;
  /** What still stands in the way of a child's return (empty for an adult). */
  blockers: readonly string[];
  /** The case's language: the one the transfer is first explained in. */
  language: string;
  action: CaseAction;
}

const RECEIVERS = [
  ['organisation', 'An organisation outside Lantern'],
  ['agency', 'An agency on Lantern'],
] as const;

/**
 * Transfers the case, or refers the person for return, with their consent and only the items they choose: nothing
 * is ticked at first, except the age group for a child (a child's transfer always shares it). The panel holds the
 * `action`, so that its messages outlive the form (which gives way while the transfer is under way).
 */
export function TransferForm({ caseId, child, blockers, language, action }: Props) {
  const agencies = useLoad<{ agencies: Agency[] }>('/api/agencies');
  const me = useLoad<Me>('/api/me');
  const [kind, setKind] = useState('');
  const [receiver, setReceiver] = useState<string>('organisation');
  const [agencyId, setAgencyId] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [toCountry, setToCountry] = useState('');
  const [country, setCountry] = useState('');
  const [consent, setConsent] = useState(false);
  const [lang, setLang] = useState(language);
  const [items, setItems] = useState<string[]>(child ? ['age_group'] : []);
  const [note, setNote] = useState('');
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== me.data?.agency.id);
  const returning = kind === 'return_to_origin';
  const withNote = items.includes('return_plan_note');
  const toggle = (code: string, on: boolean) =>
    setItems((now) => (on ? [...now, code] : now.filter((c) => c !== code)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const agency = others.find((a) => a.id === agencyId);
    const problem = !kind
      ? 'Choose the kind of transfer.'
      : returning && child && blockers.length > 0
        ? `A child’s return waits until these are resolved: ${blockers.join('; ')}.`
        : receiver === 'agency' && !agency
          ? 'Choose the agency that receives the person.'
          : receiver === 'organisation' && !organisation.trim()
            ? 'Name the organisation that receives the person.'
            : receiver === 'organisation' && !toCountry
              ? 'Choose the organisation’s country.'
              : returning && !country
                ? 'Choose the country the person returns to.'
                : child && !items.includes('age_group')
                  ? 'A child’s transfer shares the age group, so that the receiver protects them as a child.'
                  : withNote && !note.trim()
                    ? 'Write the note on the return plan, or untick it.'
                    : !consent
                      ? 'Record the transfer once the person has agreed to it: tick their consent.'
                      : null;
    if (refuse(action, problem)) return;
    const to =
      receiver === 'agency' ? (agency?.name ?? '') : `${organisation.trim()} (${countryName(toCountry)})`;
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/transfers'), {
          kind,
          ...(receiver === 'agency'
            ? { toAgencyId: agencyId }
            : { toOrganisation: organisation.trim(), toCountry }),
          ...(country ? { country } : {}),
          consent,
          language: lang,
          items,
          note: withNote ? note.trim() : '',
        });
        setConsent(false);
      },
      `${returning ? 'Referral for return' : 'Transfer'} sent to ${to}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="transfer-h">
      <h3 id="transfer-h">Transfer the case or refer for return</h3>
      <div className="row">
        <SelectField
          label="Kind of transfer"
          value={kind}
          onChange={setKind}
          options={TRANSFER_KINDS}
          placeholder="Choose"
        />
        <SelectField
          label="Who receives the person"
          value={receiver}
          onChange={setReceiver}
          options={RECEIVERS}
        />
      </div>
      {receiver === 'agency' ? (
        <>
          <SelectField
            label="Agency"
            value={agencyId}
            onChange={setAgencyId}
            options={others.map((a) => [a.id, a.name] as const)}
            placeholder={agencies.data ? 'Choose an agency' : 'Loading the agencies…'}
            hint="It reads only what is ticked below, in its inbox, and answers from there."
          />
          <ErrorMessage message={agencies.error} />
        </>
      ) : (
        <div className="row">
          <Field
            label="Organisation"
            value={organisation}
            onChange={setOrganisation}
            autoComplete="off"
            hint="You record its answer here once it gives it."
          />
          <SelectField
            label="Organisation’s country"
            value={toCountry}
            onChange={setToCountry}
            options={COUNTRIES}
            placeholder="Choose a country"
          />
        </div>
      )}
      <SelectField
        label={returning ? 'Country the person returns to' : 'Country the person goes to (optional)'}
        value={country}
        onChange={setCountry}
        options={COUNTRIES}
        placeholder={returning ? 'Choose a country' : 'Not given'}
      />
      <fieldset className="form-group">
        <legend>What the person agreed to share</legend>
        <p className="hint">
          Nothing else of the case is shared. The receiver reads it as it stands, until the person withdraws.
        </p>
        <ul className="check-list">
          {TRANSFER_ITEMS.map(([code, words, explained]) => {
            const required = child && code === 'age_group';
            return (
              <li key={code}>
                <Check
                  label={words}
                  checked={items.includes(code)}
                  onChange={(on) => toggle(code, on)}
                  disabled={required}
                  hint={required ? `${explained} Always shared for a child.` : explained}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      {withNote ? (
        <NoteField
          label="Note on the return plan, for the receiver"
          value={note}
          onChange={setNote}
          hint="Shared as written: no names, addresses or identity."
        />
      ) : null}
      <div className="row">
        <SelectField
          label="Language it was explained in"
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <Check
        label="The person agreed to this transfer and to sharing what is ticked"
        checked={consent}
        onChange={setConsent}
        hint="Required. They may withdraw it until they arrive; the transfer is then cancelled at once."
        required
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Sending…' : returning ? 'Send the referral for return' : 'Send the transfer'}
        </button>
      </div>
    </form>
  );
}
