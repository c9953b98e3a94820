import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { StatusMessage } from '../ui/Live.tsx';
import { dueWords } from './due.ts';
import { tipPath } from './labels.ts';
import type { IntakeResult } from './types.ts';

interface Props {
  result: IntakeResult;
  /** Whether the reader may open tips (and so follow the links). */
  canTriage: boolean;
  onAnother: () => void;
}

/** What follows saving a tip: its triage target and the tips it may repeat, each with the reasons. */
export function IntakeResultPanel({ result, canTriage, onAnother }: Props) {
  const link = (id: string, words: string) => (canTriage ? <a href={href(tipPath(id))}>{words}</a> : words);
  return (
    <div className="stack">
      <h2 id="intake-done-h">Tip saved</h2>
      <StatusMessage
        tone="success"
        message={`Tip saved. It is to be triaged by ${formatDateTime(result.dueAt)} (${dueWords(result.dueAt)}).`}
      />
      {canTriage ? <p>{link(result.id, 'Open the tip')}</p> : null}
      <h3>Possible duplicates</h3>
      {result.duplicates.length === 0 ? (
        <p>No other tip seems to tell the same matter.</p>
      ) : (
        <ul className="tip-duplicates" aria-label="Possible duplicates">
          {result.duplicates.map((d) => (
            <li key={d.id}>
              {link(d.id, `Tip ${d.id}`)} — {Math.round(d.score * 100)}% alike: {d.reasons.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {result.duplicates.length > 0 ? (
        <p className="hint">Whoever triages the tip confirms or rejects each of these on the tip’s page.</p>
      ) : null}
      <div>
        <button type="button" className="button" onClick={onAnother}>
          Report another tip
        </button>
      </div>
    </div>
  );
}
