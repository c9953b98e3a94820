import { api } from '../api.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { CHANNELS, DUPLICATE_STATUSES, tipApi, tipPath } from './labels.ts';
import type { TipDuplicate } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tipId: string;
  duplicates: TipDuplicate[];
  canDecide: boolean;
  onChanged: () => void;
}

/** Other tips that may tell the same matter, with why; the operator confirms or rejects each. */
export function DuplicatesPanel({ tipId, duplicates, canDecide, onChanged }: Props) {
  const action = useTipAction(onChanged);
  const decide = (other: string, decision: 'confirmed' | 'rejected') =>
    void action.run(
      () => api.post(tipApi(tipId, `/duplicates/${encodeURIComponent(other)}`), { decision }),
      decision === 'confirmed' ? `Tip ${other} confirmed as the same matter.` : `Tip ${other} set apart.`,
    )();
  return (
    <section className="panel" aria-labelledby="dups-h">
      <h2 id="dups-h">Possible duplicates</h2>
      {duplicates.length === 0 ? <p>No other tip seems to tell the same matter.</p> : null}
      <ul className="tip-duplicates">
        {duplicates.map((d) => (
          <li key={d.id} aria-label={`Tip ${d.id}`}>
            <p>
              <a href={href(tipPath(d.id))}>Tip {d.id}</a> — {wordFor(CHANNELS, d.channel)},{' '}
              {formatDateTime(d.receivedAt)}. <strong>{wordFor(DUPLICATE_STATUSES, d.status)}</strong>
            </p>
            <p className="muted">{d.excerpt}</p>
            <p>
              {Math.round(d.score * 100)}% alike: {d.reasons.join('; ')}
            </p>
            {canDecide && d.status === 'suggested' ? (
              <p>
                <button
                  type="button"
                  className="button small"
                  disabled={action.busy}
                  onClick={() => decide(d.id, 'confirmed')}
                >
                  Same matter<span className="visually-hidden"> as tip {d.id}</span>
                </button>{' '}
                <button
                  type="button"
                  className="button small"
                  disabled={action.busy}
                  onClick={() => decide(d.id, 'rejected')}
                >
                  Not the same<span className="visually-hidden"> as tip {d.id}</span>
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
