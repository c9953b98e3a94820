import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import {
  ADULT_VICTIMS_SEX,
  CHARGE_VICTIMS,
  COUNTRIES,
  OFFENCE_CATEGORIES,
  OFFENCE_VICTIMS,
  SEEK_WORDS,
} from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, Offence } from './types.ts';

interface Props {
  c: CaseFile;
  offences: readonly Offence[];
  action: CaseAction;
}

/** Why the offence does not protect these victims (as the server refuses it), or null. */
function misfit(o: Offence, victims: string, sex: string): string | null {
  if (o.victims === 'children' && victims !== 'children')
    return `${o.code} protects children only, and these victims include adults.`;
  if (o.victims === 'women_and_children' && victims !== 'children' && sex === 'male')
    return `${o.code} protects women and children only, not adult men: consider an offence of forced labour.`;
  return null;
}

/** Lays a charge on a suspect: an offence of the catalogue, by country, and who its victims are. */
export function ChargeForm({ c, offences, action }: Props) {
  const [suspectId, setSuspectId] = useState('');
  const [country, setCountry] = useState('TH');
  const [code, setCode] = useState('');
  const [victims, setVictims] = useState('adults');
  const [sex, setSex] = useState('');
  const offered = offences.filter((o) => o.country === country);
  const offence = offered.find((o) => o.code === code) ?? null;
  const asksSex = offence?.victims === 'women_and_children' && victims !== 'children';
  const wrong = offence ? misfit(offence, victims, sex) : null;
  const countries = COUNTRIES.filter(([k]) => offences.some((o) => o.country === k));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId
      ? 'Choose the suspect to charge.'
      : !offence
        ? 'Choose the offence.'
        : asksSex && !sex
          ? 'Say whether the adult victims are women, men or both: this offence protects women and children only.'
          : wrong;
    if (refuse(action, problem) || !offence) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? 'the suspect';
    void action.run(async () => {
      await api.post(caseFilePath(c.id, '/charges'), {
        suspectId,
        country,
        offence: offence.code,
        victims,
        ...(asksSex && sex ? { adultVictimsSex: sex } : {}),
      });
      setCode('');
    }, `Charge laid: ${offence.title} (${offence.code}) against ${who}.`)();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="charge-h">
      <h3 id="charge-h">Lay a charge</h3>
      <div className="row">
        <SelectField
          label="Suspect"
          value={suspectId}
          onChange={setSuspectId}
          options={c.suspects.map((s) => [s.id, s.label] as const)}
          placeholder="Choose a suspect"
        />
        <SelectField
          label="Country"
          value={country}
          onChange={(v) => {
            setCountry(v);
            setCode('');
          }}
          options={countries}
        />
      </div>
      <SelectField
        label="Offence"
        value={code}
        onChange={setCode}
        options={offered.map((o) => [o.code, `${o.title} (${o.code})`] as const)}
        placeholder="Choose an offence"
        hint={
          offence
            ? `${wordFor(OFFENCE_CATEGORIES, offence.category)} · ${offence.citation.law}${offence.citation.section ? `, ${offence.citation.section}` : ''} (to be checked by a lawyer of ${wordFor(COUNTRIES, offence.country)}) · protects: ${wordFor(OFFENCE_VICTIMS, offence.victims).toLowerCase()}`
            : 'The offences of the country’s catalogue, each broken into the elements a court must find.'
        }
      />
      <div className="row">
        <SelectField label="The victims are" value={victims} onChange={setVictims} options={CHARGE_VICTIMS} />
        {asksSex ? (
          <SelectField
            label="The adult victims are"
            value={sex}
            onChange={setSex}
            options={ADULT_VICTIMS_SEX}
            placeholder="Choose"
          />
        ) : null}
      </div>
      {offence ? (
        <div>
          <p className="hint">Elements to prove{victims === 'children' ? ' for child victims' : ''}:</p>
          <ul className="hint">
            {offence.elements
              .filter((e) => !(victims === 'children' && e.notRequiredForChildren))
              .map((e) => (
                <li key={e.code}>
                  {e.text}; usually proven by {e.seek.map((k) => wordFor(SEEK_WORDS, k)).join(', ')}
                </li>
              ))}
          </ul>
          {offence.notes.map((n) => (
            <p key={n} className="hint">
              {n}
            </p>
          ))}
        </div>
      ) : null}
      {wrong ? <p className="notice notice-info">{wrong}</p> : null}
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Laying…' : 'Lay the charge'}
        </button>
      </div>
    </form>
  );
}
