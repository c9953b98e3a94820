import { api } from '../api.ts';
import { href } from '../router.ts';
import { exploitationOptions, languageOptions, wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage } from './case-types.ts';
import { identityOn } from './identity-types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  me: Me;
  /** The reader may take the case (they hold protection.write and are not its caseworker). */
  canTake: boolean;
  canOpenScreening: boolean;
  onChanged: () => void;
}

/** Who the case is with, where it came from, and "Take this case" for another caseworker of the agency. */
export function CaseSummary({ c, me, canTake, canOpenScreening, onChanged }: Props) {
  const { busy, error, done, run } = useCaseAction(onChanged);
  const take = run(() => api.post(casePath(c.id, '/owner')), 'You are now this case’s caseworker.');
  const mine = c.owner?.id === me.user.id;
  return (
    <section className="panel" aria-labelledby="summary-h">
      <h2 id="summary-h">The case</h2>
      <dl className="facts">
        <dt>Caseworker</dt>
        <dd>{c.owner ? `${c.owner.name}${mine ? ' (you)' : ''}` : 'No caseworker yet'}</dd>
        <dt>Opened</dt>
        <dd>
          {formatDate(c.openedAt)}
          {c.screeningId === null
            ? `, on accepting a transfer${c.openedBy ? `, by ${c.openedBy.name}` : ''}`
            : c.openedBy
              ? `, from the screening by ${c.openedBy.name}`
              : ''}
          {canOpenScreening && c.screeningId !== null ? (
            <>
              {' — '}
              <a href={href(`/screening/${encodeURIComponent(c.screeningId)}`)}>open the screening</a>
            </>
          ) : null}
        </dd>
        <dt>Exploitation</dt>
        <dd>{c.exploitation ? wordFor(exploitationOptions(), c.exploitation) : 'Not recorded'}</dd>
        <dt>Child</dt>
        <dd>{c.child ? 'Yes: treated as a child' : 'No'}</dd>
        <dt>Language</dt>
        <dd>{c.language ? wordFor(languageOptions(), c.language) : 'Not recorded'}</dd>
        <dt>Status</dt>
        <dd>{c.status === 'open' ? 'Open' : 'Closed'}</dd>
      </dl>
      <p className="hint">
        For a transfer outside Lantern:{' '}
        <a href={casePath(c.id, '/htcds')} download>
          the case in HTCDS 2.0 (JSON)
        </a>
        {identityOn(c).mayRead ? (
          <>
            {' · '}
            <a href={casePath(c.id, '/htcds?identity=true')} download>
              with the person’s identity
            </a>
          </>
        ) : null}
        . Every download is recorded.
      </p>
      {canTake ? (
        <div className="stack">
          <p className="hint">
            {c.owner
              ? `Only the caseworker changes the case. Taking it over from ${c.owner.name} is recorded.`
              : 'The case has no caseworker yet: take it to assess the needs and offer services.'}
          </p>
          <div>
            <button type="button" className="button primary" disabled={busy} onClick={take}>
              {busy ? 'Taking the case…' : 'Take this case'}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
