import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { wordFor } from '../screening/labels.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { caseFilePath } from './paths.ts';
import { RemedyStepForm, RequestRemedyForm } from './RemedyForm.tsx';
import { REMEDY_KINDS, REMEDY_STATUSES } from './remedy-labels.ts';
import type { RemediesPage, Remedy } from './remedy-types.ts';
import type { CaseFile } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
}

/**
 * Civil and administrative remedies beside the criminal case (a site closed, a licence revoked, taxes assessed, a
 * civil suit), each against a suspect or the case's site, with its steps; requesting one and recording its steps.
 */
export function RemediesPanel({ c, editable }: Props) {
  const page = useLoad<RemediesPage>(caseFilePath(c.id, '/remedies'));
  const action = useCaseAction(page.reload);
  const remedies = page.data?.remedies ?? [];
  const open = remedies.filter((r) => r.next.length > 0);
  return (
    <section className="panel" aria-labelledby="remedies-h">
      <h2 id="remedies-h">Civil and administrative remedies</h2>
      <p className="hint">
        Beside the criminal case: the labour or tax authority closes the site, revokes a licence or assesses
        taxes, a labour order or a civil suit recovers what is owed, a business is barred from public
        contracts. Each is requested, then ordered or refused; an order is complied with or appealed.
      </p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">Loading the remedies…</p> : null}
      {page.data && remedies.length === 0 ? <p className="muted">No remedy requested yet.</p> : null}
      {remedies.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Remedies, in the order requested</caption>
            <thead>
              <tr>
                <th scope="col">Remedy</th>
                <th scope="col">Against</th>
                <th scope="col">Authority</th>
                <th scope="col">Status</th>
                <th scope="col">Steps</th>
              </tr>
            </thead>
            <tbody>
              {remedies.map((r) => (
                <RemedyRow key={r.id} r={r} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && open.length > 0 ? <RemedyStepForm c={c} remedies={open} action={action} /> : null}
      {editable ? <RequestRemedyForm c={c} action={action} /> : null}
    </section>
  );
}

function RemedyRow({ r }: { r: Remedy }) {
  return (
    <tr>
      <th scope="row">{wordFor(REMEDY_KINDS, r.kind)}</th>
      <td>{r.target === 'site' ? 'The case’s site' : (r.suspect?.label ?? 'A suspect')}</td>
      <td className="word-break">
        {r.authority}
        {r.reference ? <span className="sub">Ref. {r.reference}</span> : null}
      </td>
      <td>
        <strong>{wordFor(REMEDY_STATUSES, r.status)}</strong>
      </td>
      <td>
        <ol className="plain-list">
          {r.steps.map((s) => (
            <li key={`${s.status}-${s.recordedAt}`}>
              {wordFor(REMEDY_STATUSES, s.status)} on {formatDay(s.on)}
              {s.reference && s.reference !== r.reference ? (
                <span className="sub">Ref. {s.reference}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </td>
    </tr>
  );
}
