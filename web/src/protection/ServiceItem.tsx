import { useId } from 'react';
import { api } from '../api.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CaseService } from './case-types.ts';
import { SERVICE_STATUSES, SERVICES } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  caseId: string;
  service: CaseService;
  editable: boolean;
  /** The language of the conversation the answer is given in. */
  language: string;
  onChanged: () => void;
}

/** What may be recorded next on a service in each status: [decision, button, what is said after]. */
const NEXT: Record<string, readonly (readonly [string, string, string])[]> = {
  offered: [
    ['accepted', 'Accept', 'accepted'],
    ['declined', 'Decline', 'declined'],
  ],
  accepted: [
    ['withdrawn', 'Withdraw', 'withdrawn'],
    ['completed', 'Completed', 'completed'],
  ],
  declined: [['offered', 'Offer again', 'offered again']],
  withdrawn: [['offered', 'Offer again', 'offered again']],
  completed: [],
};

/** One service: its status in words, the person's next possible answers, and its history. */
export function ServiceItem({ caseId, service: s, editable, language, onChanged }: Props) {
  const headingId = useId();
  const { busy, error, done, run } = useCaseAction(onChanged);
  const name = wordFor(SERVICES, s.service);
  const step = (decision: string, said: string) =>
    run(
      () =>
        decision === 'offered'
          ? api.post(casePath(caseId, '/services'), { service: s.service, language, note: '' })
          : api.post(casePath(caseId, `/services/${encodeURIComponent(s.id)}/decision`), {
              decision,
              language,
              note: '',
            }),
      `${name}: ${said}.`,
    );
  const next = editable ? (NEXT[s.status] ?? []) : [];
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        <strong>{wordFor(SERVICE_STATUSES, s.status)}</strong>
        <span className="muted"> — since {formatDateTime(s.updatedAt)}</span>
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
        <summary>History of {name}</summary>
        <ol>
          {s.steps.map((st) => (
            <li key={`${st.at}-${st.status}`}>
              {wordFor(SERVICE_STATUSES, st.status)} — {formatDateTime(st.at)}
              {st.by ? `, recorded by ${st.by.name}` : ''}, in {wordFor(languageOptions(), st.language)}
              {st.note ? `: ${st.note}` : '.'}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
