import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { EvidenceForm } from './EvidenceForm.tsx';
import type { CaseFile, EvidenceItem } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadEvidence: boolean;
}

/** The elements an item goes to, as "offence against suspect: element". */
function usesOf(c: CaseFile, id: string): string[] {
  return c.charges.flatMap((ch) => {
    const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? 'the suspect';
    return ch.elements
      .filter((el) => el.evidence.some((e) => e.id === id))
      .map((el) => `${ch.offence} against ${suspect}: ${el.text}`);
  });
}

/** The case's evidence items in the order added: kind, description, the exhibit behind it and where it is used. */
export function EvidencePanel({ c, editable, onChanged, canReadEvidence }: Props) {
  const action = useCaseAction(onChanged);
  return (
    <section className="panel" aria-labelledby="evidence-h">
      <h2 id="evidence-h">Evidence</h2>
      {c.evidence.length === 0 ? (
        <p className="muted">No evidence item yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Evidence items, in the order added</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Kind</th>
                <th scope="col">Description</th>
                <th scope="col">Goes to</th>
              </tr>
            </thead>
            <tbody>
              {c.evidence.map((e) => (
                <EvidenceRow key={e.id} e={e} uses={usesOf(c, e.id)} canReadEvidence={canReadEvidence} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable ? <EvidenceForm c={c} action={action} canReadEvidence={canReadEvidence} /> : null}
    </section>
  );
}

function EvidenceRow({
  e,
  uses,
  canReadEvidence,
}: {
  e: EvidenceItem;
  uses: string[];
  canReadEvidence: boolean;
}) {
  return (
    <tr>
      <th scope="row" className="nowrap">
        {e.exhibitId && canReadEvidence ? (
          <a href={href(`/evidence/${encodeURIComponent(e.exhibitId)}`)}>
            {e.ref}
            <span className="visually-hidden">: open the exhibit and its custody</span>
          </a>
        ) : (
          e.ref
        )}
        <span className="sub">Added {formatDate(e.addedAt)}</span>
      </th>
      <td>
        {e.kindLabel}
        {e.reportId ? (
          <span className="sub">
            <a href={href(`/intel/reports/${encodeURIComponent(e.reportId)}`)}>Open the report</a>
          </span>
        ) : null}
      </td>
      <td className="word-break">{e.description}</td>
      <td>
        {uses.length === 0 ? (
          <span className="muted">No element yet</span>
        ) : (
          <ul className="plain-list">
            {uses.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
