import { useState } from 'react';
import { api, messageOf } from '../api.ts';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage } from './case-types.ts';
import { IdentityForm } from './IdentityForm.tsx';
import { IdentityView } from './IdentityView.tsx';
import { type IdentityReply, identityOn } from './identity-types.ts';
import { LetInForm } from './LetInForm.tsx';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** The link to an earlier case of the same person, as `#/protection/<id>`. */
export const earlierCaseLink = (id: string) => href(`/protection/${encodeURIComponent(id)}`);

/**
 * The person's identity: whether it is recorded and who may read it. It is shown only when someone who may read it
 * asks ("Show identity"), since every read is audited; the caseworker records or corrects it, lets a colleague
 * in and takes their access back. A person recognised from an earlier case is said so, with a link to that case.
 */
export function IdentityPanel({ c, editable, onChanged }: Props) {
  const access = identityOn(c);
  const [shown, setShown] = useState<IdentityReply | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [earlier, setEarlier] = useState<string | null>(null);
  const action = useCaseAction(onChanged);

  const show = async () => {
    setReading(true);
    setReadError(null);
    try {
      setShown(await api.get<IdentityReply>(casePath(c.id, '/identity')));
    } catch (e) {
      setReadError(messageOf(e));
    } finally {
      setReading(false);
    }
  };
  const hide = () => {
    setShown(null);
    setEditing(false);
  };
  const takeOut = (reader: { id: string; name: string }) =>
    action.run(
      () => api.put(casePath(c.id, `/identity-readers/${encodeURIComponent(reader.id)}`), { allow: false }),
      `${reader.name} may no longer read the identity.`,
    );
  // The action reloads the case after the save; what was typed is not kept on show.
  const saved = (earlierCaseId: string | null) => {
    setEarlier(earlierCaseId);
    setEditing(false);
    setShown(null);
  };

  const canShow = access.recorded && access.mayRead;

  return (
    <section className="panel" aria-labelledby="identity-h">
      <h2 id="identity-h">Identity</h2>
      <p className="hint">
        The person’s real names, documents and contacts are sealed and kept apart from the case. Only the
        caseworker and the colleagues they let in may read them, and every reading is recorded.
      </p>
      <p>
        <strong>{access.recorded ? 'Identity recorded.' : 'No identity recorded.'}</strong>
        {access.recorded && !access.mayRead
          ? ' You may not read it: ask the case’s caseworker if you need to.'
          : ''}
      </p>
      <div className="live" aria-live="polite" aria-atomic="true">
        {earlier ? (
          <p className="notice notice-info">
            This person was recognised from an earlier case of your agency:{' '}
            <a href={earlierCaseLink(earlier)}>open the earlier case</a>. This case is flagged as a possible
            re-trafficking.
          </p>
        ) : null}
      </div>
      <Readers
        access={access}
        owner={c.owner?.name ?? null}
        editable={editable}
        busy={action.busy}
        takeOut={takeOut}
      />
      {editable ? <LetInForm caseId={c.id} action={action} readers={access.readers.length} /> : null}
      {canShow ? (
        <div className="actions">
          {shown ? (
            <button type="button" className="button" onClick={hide}>
              Hide identity
            </button>
          ) : (
            <button type="button" className="button" disabled={reading} onClick={() => void show()}>
              {reading ? 'Reading…' : 'Show identity'}
            </button>
          )}
          {shown && editable && !editing ? (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Correct the identity
            </button>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage message={readError} />
      {shown?.identity && !editing ? (
        <IdentityView identity={shown.identity} updatedAt={shown.updatedAt} />
      ) : null}
      {shown && !shown.identity ? <p className="muted">No identity recorded.</p> : null}
      {editable && (!access.recorded || (editing && shown)) ? (
        <IdentityForm
          caseId={c.id}
          action={action}
          start={editing ? (shown?.identity ?? null) : null}
          onSaved={saved}
          onCancel={editing ? () => setEditing(false) : undefined}
        />
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}

interface ReadersProps {
  access: { readers: { id: string; name: string; since: string }[] };
  owner: string | null;
  editable: boolean;
  busy: boolean;
  takeOut: (reader: { id: string; name: string }) => () => void;
}

function Readers({ access, owner, editable, busy, takeOut }: ReadersProps) {
  return (
    <div>
      <h3 id="readers-h" className="case-part">
        Who may read it
      </h3>
      <ul aria-labelledby="readers-h">
        <li>{owner ? `${owner}, the caseworker` : 'The caseworker, once the case has one'}</li>
        {access.readers.map((r) => (
          <li key={r.id}>
            {r.name}, let in {formatDateTime(r.since)}{' '}
            {editable ? (
              <button type="button" className="button small" disabled={busy} onClick={takeOut(r)}>
                Take out<span className="visually-hidden"> {r.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
