import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { QueuedWork, RecordWork } from './case-outbox.ts';
import type { CasePage } from './case-types.ts';
import { languageOptions, serviceOptions } from './labels.ts';
import { ServiceItem } from './ServiceItem.tsx';
import type { ServiceOfferBody } from './types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: Pick<CasePage, 'id' | 'services'>;
  editable: boolean;
  language: string;
  onChanged: () => void;
  /** With the field kit open: what is recorded goes through it, and what waits in it is drawn over the case. */
  record?: RecordWork | undefined;
  queue?: QueuedWork[] | undefined;
}

/** Services offered to the person, each with their answer and its history; offering another. */
export function ServicesPanel({ c, editable, language: caseLanguage, onChanged, record, queue = [] }: Props) {
  const { t } = useTranslation('protection');
  const services = serviceOptions(t);
  const [language, setLanguage] = useState(caseLanguage);
  const [service, setService] = useState<ServiceOfferBody['service'] | ''>('');
  const [note, setNote] = useState('');
  const { busy, error, setError, done, setDone, run } = useCaseAction(onChanged);
  // A service already on the case is offered again from its own row, once declined or withdrawn.
  const onCase = new Set([
    ...c.services.map((s) => s.service),
    ...queue.flatMap((x) => (x.kind === 'offer' ? [x.service] : [])),
  ]);
  const offerable = services.filter(([code]) => !onCase.has(code));

  const offer = (event: FormEvent) => {
    event.preventDefault();
    const words = services.find(([code]) => code === service)?.[1];
    if (!words || !service) {
      setDone(null);
      setError(t('services.chooseProblem'));
      return;
    }
    void run(
      async () => {
        const body = { base: null, service, language, note: note.trim() };
        const r = record
          ? await record({ kind: 'offer', service, body })
          : await api.post(casePath(c.id, '/services'), body satisfies ServiceOfferBody);
        setService('');
        setNote('');
        return r;
      },
      (r) => (r === 'kept' ? t('kit.keptOnPhone') : t('services.offered', { name: words })),
    )();
  };

  return (
    <section className="panel" aria-labelledby="services-h">
      <h2 id="services-h">{t('services.title')}</h2>
      <p className="hint">{t('services.hint')}</p>
      {editable ? (
        <form className="stack form-wide subform" onSubmit={offer} noValidate aria-labelledby="offer-h">
          <h3 id="offer-h">{t('services.offerTitle')}</h3>
          <div className="row">
            <SelectField
              label={t('services.language')}
              value={language}
              onChange={setLanguage}
              options={languageOptions(caseLanguage)}
              hint={t('services.languageHint')}
            />
            <SelectField
              label={t('services.service')}
              value={service}
              onChange={(v) => setService(v as ServiceOfferBody['service'] | '')}
              options={offerable}
              placeholder={offerable.length ? t('services.choose') : t('services.allOnCase')}
            />
          </div>
          <Field label={t('services.note')} value={note} onChange={setNote} autoComplete="off" />
          <ErrorMessage message={error} />
          <StatusMessage message={done} tone="success" />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('services.offering') : t('services.offer')}
            </button>
          </div>
        </form>
      ) : null}
      {c.services.length === 0 ? (
        <p className="muted">{t('services.none')}</p>
      ) : (
        <ul className="referrals" aria-label={t('services.label')}>
          {c.services.map((s) => (
            <ServiceItem
              key={s.id}
              caseId={c.id}
              service={s}
              editable={editable}
              language={language}
              onChanged={onChanged}
              record={record}
              queue={queue}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
