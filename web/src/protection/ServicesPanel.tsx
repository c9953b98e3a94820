import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage } from './case-types.ts';
import { languageOptions, SERVICES } from './labels.ts';
import { ServiceItem } from './ServiceItem.tsx';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** Services offered to the person, each with their answer and its history; offering another. */
export function ServicesPanel({ c, editable, language: caseLanguage, onChanged }: Props) {
  const [language, setLanguage] = useState(caseLanguage);
  const [service, setService] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, done, setDone, run } = useCaseAction(onChanged);
  // A service already on the case is offered again from its own row, once declined or withdrawn.
  const onCase = new Set(c.services.map((s) => s.service));
  const offerable = SERVICES.filter(([code]) => !onCase.has(code));

  const offer = (event: FormEvent) => {
    event.preventDefault();
    const words = SERVICES.find(([code]) => code === service)?.[1];
    if (!words) {
      setDone(null);
      setError('Choose the service to offer.');
      return;
    }
    void run(async () => {
      await api.post(casePath(c.id, '/services'), { service, language, note: note.trim() });
      setService('');
      setNote('');
    }, `${words} offered.`)();
  };

  return (
    <section className="panel" aria-labelledby="services-h">
      <h2 id="services-h">Services</h2>
      <p className="hint">
        The person accepts or declines each service, and may withdraw from one later. Declining one service
        never touches another.
      </p>
      {editable ? (
        <form className="stack form-wide subform" onSubmit={offer} noValidate aria-labelledby="offer-h">
          <h3 id="offer-h">Offer a service</h3>
          <div className="row">
            <SelectField
              label="Language of the conversation"
              value={language}
              onChange={setLanguage}
              options={languageOptions(caseLanguage)}
              hint="Used for the offer and for the person’s answers recorded below."
            />
            <SelectField
              label="Service to offer"
              value={service}
              onChange={setService}
              options={offerable}
              placeholder={offerable.length ? 'Choose a service' : 'Every service is on the case'}
            />
          </div>
          <Field label="Note on the offer (optional)" value={note} onChange={setNote} autoComplete="off" />
          <ErrorMessage message={error} />
          <StatusMessage message={done} tone="success" />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Offering…' : 'Offer'}
            </button>
          </div>
        </form>
      ) : null}
      {c.services.length === 0 ? (
        <p className="muted">No service offered yet.</p>
      ) : (
        <ul className="referrals" aria-label="Services on the case">
          {c.services.map((s) => (
            <ServiceItem
              key={s.id}
              caseId={c.id}
              service={s}
              editable={editable}
              language={language}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
