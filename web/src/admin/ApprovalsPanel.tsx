import { useState } from 'react';
import { api } from '../api.ts';
import type { AccountApproval } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime, roleLabels } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import type { Loaded } from '../useLoad.ts';
import { type Created, LinkResult } from './LinkResult.tsx';

interface Props {
  approvals: Loaded<{ approvals: AccountApproval[] }>;
  roleNames: ReadonlyMap<string, string>;
  /** Called after a decision, so that the accounts table shows the new roles or state. */
  onDecided: () => void;
}

interface Approved {
  approval: AccountApproval;
  signInLink?: string;
  expiresInHours?: number;
}

const what = (a: AccountApproval, roleNames: ReadonlyMap<string, string>) =>
  a.kind === 'reset_2fa'
    ? 'Reset of password and second factor'
    : `Grant of ${roleLabels(a.roles, roleNames) || 'roles'}`;

/**
 * Resets and role grants that one administrator asked for and a second must approve. The one-time link of an
 * approved reset is shown here, to the approver, who hands it to the person in person.
 */
export function ApprovalsPanel({ approvals, roleNames, onDecided }: Props) {
  // Every link handed out on this visit stays shown: each is shown once, so a later decision must not hide it.
  const [links, setLinks] = useState<Created[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const decide = (a: AccountApproval, verdict: 'approve' | 'refuse') =>
    handle(async () => {
      setDone(null);
      const path = `/api/account-approvals/${encodeURIComponent(a.id)}/${verdict}`;
      if (verdict === 'refuse') {
        await api.post<AccountApproval>(path);
        setDone(`Refused: ${what(a, roleNames)} for ${a.user.displayName}. Nothing was changed.`);
      } else {
        const r = await api.post<Approved>(path);
        const link = r.signInLink;
        if (link)
          setLinks((l) => [
            { displayName: a.user.displayName, link, hours: r.expiresInHours ?? 72, purpose: 'reset' },
            ...l,
          ]);
        else setDone(`Approved: ${what(a, roleNames)} for ${a.user.displayName}.`);
      }
      approvals.reload();
      onDecided();
    });
  const list = approvals.data?.approvals ?? [];
  return (
    <section className="panel approvals" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">Waiting for a second administrator</h2>
      <p className="hint">
        Resets of a password and second factor, and roles that see intelligence or victims, take effect only
        once a second administrator approves them. Requests lapse after 72 hours.
      </p>
      <ErrorMessage message={approvals.error} />
      {approvals.data && list.length === 0 ? <p className="muted">Nothing is waiting.</p> : null}
      {list.length > 0 ? (
        <ul className="approval-list">
          {list.map((a) => (
            <li key={a.id} className="approval">
              <h3>
                {what(a, roleNames)}
                <span className="sub">
                  for {a.user.displayName} <span className="mono">{a.user.username}</span> ·{' '}
                  {a.user.agencyName}
                </span>
              </h3>
              <p className="small">
                Asked for by {a.requestedBy} on {formatDateTime(a.requestedAt)}; lapses{' '}
                {formatDateTime(a.expiresAt)}.
              </p>
              {a.mayDecide ? (
                <div className="actions">
                  <ConfirmButton
                    label="Approve"
                    context={`${what(a, roleNames)} for ${a.user.displayName}`}
                    primary
                    busy={busy}
                    question={
                      a.kind === 'reset_2fa'
                        ? `Reset ${a.user.displayName}'s password and second factor? Their sessions end, they leave their open operations until re-admitted, and you will be given the one-time link to hand to them in person.`
                        : `Grant ${roleLabels(a.roles, roleNames)} to ${a.user.displayName}? Their sessions end, and they sign in again with the new roles.`
                    }
                    confirmLabel="Yes, approve"
                    onConfirm={() => void decide(a, 'approve')()}
                  />
                  <ConfirmButton
                    label="Refuse"
                    context={`${what(a, roleNames)} for ${a.user.displayName}`}
                    busy={busy}
                    question={`Refuse this request for ${a.user.displayName}? It cannot be approved afterwards; the administrator would have to ask again.`}
                    confirmLabel="Yes, refuse"
                    onConfirm={() => void decide(a, 'refuse')()}
                  />
                </div>
              ) : (
                <p className="muted">Waiting for another administrator.</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {approvals.loading && !approvals.data ? <p className="muted">Loading requests…</p> : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      {links.map((l) => (
        <LinkResult key={l.link} created={l} />
      ))}
    </section>
  );
}
