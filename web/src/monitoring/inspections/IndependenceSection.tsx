import { api } from '../../api.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import type { Inspector } from './types.ts';

function standing(p: Inspector): string {
  if (p.removedAt)
    return `declared a conflict of interest and was taken off this inspection (${formatDateTime(p.removedAt)})`;
  if (p.statement === 'no_interest' && p.statedAt)
    return `stated no interest in this workplace or its employer (${formatDateTime(p.statedAt)})`;
  return 'has not yet stated their independence';
}

/**
 * The inspectors on the inspection and their independence: each states, for themselves, that they have no interest
 * in this workplace or its employer, or declares a conflict and is taken off it. The visit waits until all have.
 */
export function IndependenceSection({ inspection: i, reload, canWrite, me }: SectionProps) {
  const { busy, error, handle } = useSubmit();
  const mine = i.inspectors.find((p) => p.id === me.user.id);
  const state = (statement: 'no_interest' | 'conflict') =>
    handle(async () => {
      await api.post(`/api/monitoring/inspections/${i.id}/independence`, { statement });
      reload();
    })();
  const { onIt, stated, ready } = i.independence;
  return (
    <section className="panel" aria-labelledby="insp-independence-h">
      <h2 id="insp-independence-h">Independence of the inspectors</h2>
      <p className={ready ? 'independence-ready' : 'independence-waiting'}>
        {ready
          ? `Every inspector on it (${onIt}) has stated no interest in this workplace or its employer.`
          : onIt === 0
            ? 'No inspector is left on this inspection.'
            : `${stated} of ${onIt} inspectors on it have stated no interest: the visit is recorded once all have.`}
      </p>
      <ul className="inspection-list" aria-label="Inspectors on this inspection">
        {i.inspectors.map((p) => (
          <li key={p.id} className="inspection-row">
            <span>
              <strong>{p.name}</strong> {standing(p)}
            </span>
            <span className="sub">
              {p.interestsDeclared === 0
                ? 'No interest on their register.'
                : `${p.interestsDeclared} interest${p.interestsDeclared === 1 ? '' : 's'} on their register.`}
            </span>
          </li>
        ))}
      </ul>
      {canWrite && i.status === 'planned' && mine && !mine.removedAt && mine.statement === null ? (
        <div className="stack">
          <p className="hint">
            Look at your register of interests. Do you, or a relative, have any interest in this workplace or
            its employer?
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => state('no_interest')}
            >
              I have no interest in this workplace or its employer
            </button>
            <ConfirmButton
              label="I have a conflict of interest"
              question="You will be taken off this inspection. Declare the conflict?"
              confirmLabel="Yes, take me off it"
              busy={busy}
              onConfirm={() => state('conflict')}
            />
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
