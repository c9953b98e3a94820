import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { wordFor } from '../screening/labels.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { chargeName, countryName } from './court-labels.ts';
import type { Court, MlaRequest } from './court-types.ts';
import { MlaForm, MlaStepForm } from './MlaForm.tsx';
import { MLA_ASKS, MLA_NEXT, MLA_STATUSES } from './mla-labels.ts';
import type { CaseFile } from './types.ts';

interface Props {
  c: CaseFile;
  /** The case in court, which carries the requests (null while it loads or when it failed). */
  court: Court | null;
  error: string | null;
  editable: boolean;
  onChanged: () => void;
}

/** Requests for mutual legal assistance to other countries: what is asked, whom it concerns, and their steps. */
export function MlaPanel({ c, court, error, editable, onChanged }: Props) {
  const action = useCaseAction(onChanged);
  const requests = court?.mla ?? [];
  const open = requests.filter((r) => (MLA_NEXT[r.status] ?? []).length > 0);
  return (
    <section className="panel" aria-labelledby="mla-h">
      <h2 id="mla-h">Requests for assistance abroad</h2>
      <p className="hint">
        Mutual legal assistance: evidence, testimony, records, the freezing of assets, service of documents or
        extradition asked of another country’s authority. A request is drafted, sent, acknowledged, then
        executed, refused or withdrawn; the response awaited is listed with the deadlines.
      </p>
      <ErrorMessage message={court ? null : error} />
      {court && requests.length === 0 ? <p className="muted">No request made yet.</p> : null}
      {court && requests.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Requests for assistance abroad, in the order drafted
            </caption>
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">To</th>
                <th scope="col">Asks for</th>
                <th scope="col">Concerns</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <MlaRow key={r.id} r={r} c={c} court={court} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && court && open.length > 0 ? (
        <MlaStepForm court={court} requests={open} action={action} />
      ) : null}
      {editable && court ? <MlaForm c={c} court={court} action={action} /> : null}
    </section>
  );
}

function MlaRow({ r, c, court }: { r: MlaRequest; c: CaseFile; court: Court }) {
  const concerns = [
    ...r.suspectIds.map((id) => c.suspects.find((s) => s.id === id)?.label ?? 'A suspect'),
    ...r.chargeIds.map((id) => {
      const ch = court.charges.find((x) => x.id === id);
      return ch ? chargeName(ch) : 'A charge';
    }),
  ];
  return (
    <tr>
      <th scope="row" className="nowrap">
        {r.ref}
      </th>
      <td>
        {countryName(r.toCountry)}
        <span className="sub">{r.authority}</span>
      </td>
      <td>
        {r.asks.map((a) => wordFor(MLA_ASKS, a)).join(', ')}
        {r.note ? <span className="sub word-break">{r.note}</span> : null}
      </td>
      <td>
        <ul className="plain-list">
          {keyed(concerns, (x) => x).map(({ key, item }) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
      </td>
      <td>
        <strong>{wordFor(MLA_STATUSES, r.status)}</strong>
        {r.responseDueOn && (r.status === 'sent' || r.status === 'acknowledged') ? (
          <span className="sub">Response due {formatDay(r.responseDueOn)}</span>
        ) : null}
        <ol className="plain-list sub" aria-label={`Steps of ${r.ref}`}>
          {keyed(r.steps, (s) => `${s.status}-${s.on}`).map(({ key, item: s }) => (
            <li key={key}>
              {wordFor(MLA_STATUSES, s.status)} on {formatDay(s.on)}
            </li>
          ))}
        </ol>
      </td>
    </tr>
  );
}
