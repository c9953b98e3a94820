import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { CONFESSION, COOPERATION, SUSPECT_STEPS, TIERS } from './labels.ts';
import { AddSuspectForm, RoleForm, StepForm } from './SuspectForms.tsx';
import type { CaseFile, Suspect } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadIntel: boolean;
}

/** The case's suspects: the role each played and its tier, arrest, cooperation and confession; the forms to change them. */
export function SuspectsPanel({ c, editable, onChanged, canReadIntel }: Props) {
  const action = useCaseAction(onChanged);
  return (
    <section className="panel" aria-labelledby="suspects-h">
      <h2 id="suspects-h">Suspects</h2>
      <p className="hint">
        An exploiter controls the exploitation or takes a share of its proceeds (owner, broker, collector, an
        official paid to protect it); a facilitator does a task in it for a wage or a fee. Reach the
        exploiters first.
      </p>
      {c.suspects.length === 0 ? (
        <p className="muted">No suspect yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Suspects, in the order added</caption>
            <thead>
              <tr>
                <th scope="col">Suspect</th>
                <th scope="col">Role</th>
                <th scope="col">Arrested</th>
                <th scope="col">Cooperation and confession</th>
              </tr>
            </thead>
            <tbody>
              {c.suspects.map((s) => (
                <SuspectRow key={s.id} s={s} canReadIntel={canReadIntel} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && c.suspects.length > 0 ? <RoleForm c={c} action={action} /> : null}
      {editable && c.suspects.length > 0 ? <StepForm c={c} action={action} /> : null}
      {editable ? <AddSuspectForm c={c} action={action} /> : null}
    </section>
  );
}

function SuspectRow({ s, canReadIntel }: { s: Suspect; canReadIntel: boolean }) {
  return (
    <tr>
      <th scope="row">
        {s.entityId && canReadIntel ? (
          <a href={href(`/intel/entities/${encodeURIComponent(s.entityId)}`)}>{s.label}</a>
        ) : (
          s.label
        )}
      </th>
      <td>
        {s.roleLabel ? <span>{s.roleLabel}</span> : <span className="muted">Not set</span>}
        {s.tier ? <span className="sub">{wordFor(TIERS, s.tier)}</span> : null}
      </td>
      <td className="nowrap">
        {s.arrested ? (s.arrestedAt ? `Yes, ${formatDate(s.arrestedAt)}` : 'Yes') : 'No'}
      </td>
      <td>
        {s.steps.length === 0 ? (
          <span className="muted">Nothing recorded</span>
        ) : (
          <>
            {s.cooperation ? <span>{wordFor(COOPERATION, s.cooperation)}. </span> : null}
            {s.confession ? <span>{wordFor(CONFESSION, s.confession)}.</span> : null}
            <ul className="plain-list sub">
              {s.steps.map((x) => (
                <li key={`${x.step}-${x.recordedAt}`}>
                  {wordFor(SUSPECT_STEPS, x.step)} on {formatDay(x.on)}
                </li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  );
}
