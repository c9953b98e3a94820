import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { type QueuedWork, type RecordWork, statusOnPhone } from './case-outbox.ts';
import type { CaseService } from './case-types.ts';
import { serviceOptions, serviceStatusOptions } from './labels.ts';
import type { ServiceDecisionBody, ServiceOfferBody } from './types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  caseId: string;
  service: CaseService;
  editable: boolean;
  /** The language of the conversation the answer is given in. */
  language: string;
  onChanged: () => void;
  record?: RecordWork | undefined;
  queue?: QueuedWork[] | undefined;
}

/** What may be recorded next on a service: the person's answer, its completion, or the service offered again. */
type Next = ServiceDecisionBody['decision'] | 'offered';

/** What may be recorded next on a service in each status: [decision, button, what is said after]. */
function nextSteps(t: TFunction<'protection'>, status: string): readonly (readonly [Next, string, string])[] {
  switch (status) {
    case 'offered':
      return [
        ['accepted', t('service.accept'), t('service.accepted')],
        ['declined', t('service.decline'), t('service.declined')],
      ];
    case 'accepted':
      return [
        ['withdrawn', t('service.withdraw'), t('service.withdrawn')],
        ['completed', t('service.complete'), t('service.completed')],
      ];
    case 'declined':
    case 'withdrawn':
      return [['offered', t('service.offerAgain'), t('service.offeredAgain')]];
    default:
      return [];
  }
}

/** One service: its status in words, the person's next possible answers, and its history. */
export function ServiceItem({
  caseId,
  service: s,
  editable,
  language,
  onChanged,
  record,
  queue = [],
}: Props) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const { busy, error, done, run } = useCaseAction(onChanged);
  const name = wordFor(serviceOptions(t), s.service);
  const statuses = serviceStatusOptions(t);
  // The status as this device stands: the last step waiting in the field kit, or the one read.
  const status = statusOnPhone(queue, s.service, s.status);
  // The status the step is made on: the server refuses it if another step was recorded meanwhile.
  const base = status as ServiceDecisionBody['base'];
  // The case's service is one the server offered from its catalogue; the reply names it as text.
  const service = s.service as ServiceOfferBody['service'];
  const send = (decision: Next) => {
    if (decision === 'offered') {
      const body = { base, service, language, note: '' };
      return record
        ? record({ kind: 'offer', service, body })
        : api.post(casePath(caseId, '/services'), body satisfies ServiceOfferBody);
    }
    const body = { base, decision, language, note: '' };
    return record
      ? record({ kind: 'step', service, serviceId: s.id, body })
      : api.post(
          casePath(caseId, `/services/${encodeURIComponent(s.id)}/decision`),
          body satisfies ServiceDecisionBody,
        );
  };
  const step = (decision: Next, said: string) =>
    run(
      () => send(decision),
      (r) => (r === 'kept' ? t('kit.keptOnPhone') : t('service.done', { name, said })),
    );
  const next = editable ? nextSteps(t, status) : [];
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        <strong>{wordFor(statuses, status)}</strong>
        {status === s.status ? (
          <span className="muted"> {t('words.since', { when: formatDateTime(s.updatedAt) })}</span>
        ) : (
          <span className="muted"> {t('kit.waitingStep')}</span>
        )}
      </p>
      {next.length > 0 ? (
        <div className="actions">
          {next.map(([decision, label, said]) => (
            <button
              key={decision}
              type="button"
              className={decision === 'accepted' ? 'button small primary' : 'button small'}
              disabled={busy}
              onClick={step(decision, said)}
            >
              {label}
              <span className="visually-hidden"> {name}</span>
            </button>
          ))}
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <details>
        <summary>{t('service.history', { name })}</summary>
        <ol>
          {s.steps.map((st) => (
            <li key={`${st.at}-${st.status}`}>
              {t(
                st.by
                  ? st.note
                    ? 'service.stepByNote'
                    : 'service.stepBy'
                  : st.note
                    ? 'service.stepNote'
                    : 'service.step',
                {
                  status: wordFor(statuses, st.status),
                  when: formatDateTime(st.at),
                  name: st.by?.name,
                  language: wordFor(languageOptions(), st.language),
                  note: st.note,
                },
              )}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
