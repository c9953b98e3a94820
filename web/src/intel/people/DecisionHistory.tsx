import { formatDateTime } from '../../ui/format.ts';
import type { Loaded } from '../../useLoad.ts';
import { WrittenName } from './RecordCard.tsx';
import type { Decision } from './types.ts';
import { sourceWords } from './words.ts';

interface Props {
  decisions: Loaded<{ decisions: Decision[] }>;
  canWrite: boolean;
  busy: boolean;
  onUndo: (d: Decision) => void;
}

const verdict = (d: Decision) => (d.decision === 'same' ? 'Same person' : 'Different people');

function Side({ r }: { r: Decision['a'] }) {
  if (!r) return <span className="muted">a record you may not see</span>;
  return (
    <span>
      “<WrittenName name={r.name} />” <span className="muted small">({sourceWords(r.source)})</span>
    </span>
  );
}

/** The agency's decisions on pairs, newest first; a decision still in force can be undone. */
export function DecisionHistory({ decisions, canWrite, busy, onUndo }: Props) {
  const list = decisions.data?.decisions ?? [];
  return (
    <section className="panel" aria-labelledby="resolution-decisions-h">
      <h2 id="resolution-decisions-h">Decisions</h2>
      {decisions.loading && !decisions.data ? <p className="muted">Loading decisions…</p> : null}
      {decisions.data && list.length === 0 ? <p className="muted">No decisions yet.</p> : null}
      {list.length > 0 ? (
        <ul className="decision-history" aria-label="Decisions, newest first">
          {list.map((d) => (
            <li key={d.id} data-decision={d.id} className={d.undoneAt ? 'undone' : undefined}>
              <p className="decision-what">
                <strong>{verdict(d)}:</strong> <Side r={d.a} /> and <Side r={d.b} />
              </p>
              <p className="small muted">
                {d.decidedBy ?? 'Someone'}, <time dateTime={d.decidedAt}>{formatDateTime(d.decidedAt)}</time>
                {d.note ? <> · “{d.note}”</> : null}
                {d.undoneAt ? (
                  <>
                    {' '}
                    · <strong>undone</strong> <time dateTime={d.undoneAt}>{formatDateTime(d.undoneAt)}</time>
                  </>
                ) : null}
              </p>
              {canWrite && !d.undoneAt ? (
                <button type="button" className="button small" disabled={busy} onClick={() => onUndo(d)}>
                  Undo
                  <span className="visually-hidden">
                    : {verdict(d)}, {d.a?.name ?? 'a record'} and {d.b?.name ?? 'a record'}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
