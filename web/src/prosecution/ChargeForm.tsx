import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { listWords, options, type T, word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, ChargeBody, Offence } from './types.ts';

interface Props {
  c: CaseFile;
  offences: readonly Offence[];
  action: CaseAction;
}

/** Why the offence does not protect these victims (as the server refuses it), or null. */
function misfit(t: T, o: Offence, victims: string, sex: string): string | null {
  if (o.victims === 'children' && victims !== 'children') return t('charges.childrenOnly', { code: o.code });
  if (o.victims === 'women_and_children' && victims !== 'children' && sex === 'male')
    return t('charges.womenAndChildren', { code: o.code });
  return null;
}

/** What the offence is, where it is written and whom it protects, for the hint under the choice. */
const offenceHint = (t: T, o: Offence): string =>
  t('charges.offenceHint', {
    category: word(t, 'offenceCategory', o.category),
    citation: o.citation.text,
    country: word(t, 'country', o.country),
    victims: word(t, 'offenceVictims', o.victims).toLowerCase(),
  });

/** Lays a charge on a suspect: an offence of the catalogue, by country, and who its victims are. */
export function ChargeForm({ c, offences, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [suspectId, setSuspectId] = useState('');
  const [country, setCountry] = useState<ChargeBody['country']>('TH');
  const [code, setCode] = useState('');
  const [victims, setVictims] = useState<ChargeBody['victims']>('adults');
  const [sex, setSex] = useState<NonNullable<ChargeBody['adultVictimsSex']> | ''>('');
  const offered = offences.filter((o) => o.country === country);
  const offence = offered.find((o) => o.code === code) ?? null;
  const asksSex = offence?.victims === 'women_and_children' && victims !== 'children';
  const wrong = offence ? misfit(t, offence, victims, sex) : null;
  const countries = options(t, 'country').filter(([k]) => offences.some((o) => o.country === k));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId
      ? t('charges.chooseSuspect')
      : !offence
        ? t('charges.chooseOffence')
        : asksSex && !sex
          ? t('charges.sayAdults')
          : wrong;
    if (refuse(action, problem) || !offence) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? t('words.theSuspect');
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/charges'), {
          suspectId,
          country,
          offence: offence.code,
          victims,
          ...(asksSex && sex ? { adultVictimsSex: sex } : {}),
        } satisfies ChargeBody);
        setCode('');
      },
      t('charges.done', { title: offence.title, code: offence.code, who }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="charge-h">
      <h3 id="charge-h">{t('charges.layHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.suspect')}
          value={suspectId}
          onChange={setSuspectId}
          options={c.suspects.map((s) => [s.id, s.label] as const)}
          placeholder={t('words.chooseASuspect')}
        />
        <SelectField
          label={t('charges.country')}
          value={country}
          onChange={(v) => {
            setCountry(v as ChargeBody['country']);
            setCode('');
          }}
          options={countries}
        />
      </div>
      <SelectField
        label={t('charges.offence')}
        value={code}
        onChange={setCode}
        options={offered.map((o) => [o.code, `${o.title} (${o.code})`] as const)}
        placeholder={t('charges.chooseAnOffence')}
        hint={offence ? offenceHint(t, offence) : t('charges.offencesHint')}
      />
      <div className="row">
        <SelectField
          label={t('charges.victimsAre')}
          value={victims}
          onChange={(v) => setVictims(v as ChargeBody['victims'])}
          options={options(t, 'chargeVictims')}
        />
        {asksSex ? (
          <SelectField
            label={t('charges.adultsAre')}
            value={sex}
            onChange={(v) => setSex(v as NonNullable<ChargeBody['adultVictimsSex']> | '')}
            options={options(t, 'adultVictimsSex')}
            placeholder={t('words.choose')}
          />
        ) : null}
      </div>
      {offence ? (
        <div>
          <p className="hint">
            {victims === 'children' ? t('charges.toProveChildren') : t('charges.toProve')}
          </p>
          <ul className="hint">
            {offence.elements
              .filter((e) => !(victims === 'children' && e.notRequiredForChildren))
              .map((e) => (
                <li key={e.code}>
                  {t('charges.usually', {
                    element: e.text,
                    seek: listWords(
                      t,
                      e.seek.map((k) => word(t, 'seek', k)),
                    ),
                  })}
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
          {action.busy ? t('charges.laying') : t('charges.lay')}
        </button>
      </div>
    </form>
  );
}
