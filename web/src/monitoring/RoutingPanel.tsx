import { useState } from 'react';
import { api } from '../api.ts';
import { Check } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { AGENCY_KINDS, tipApi } from './labels.ts';
import { OtherAgencies } from './OtherAgencies.tsx';
import { RoutingsList } from './RoutingsList.tsx';
import { TextBox } from './TextBox.tsx';
import type { RouteProposal, TipRouting } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tipId: string;
  /** The reader's agency, never offered as a destination. */
  ownAgencyId: string;
  routings: TipRouting[];
  /** The reader may route (monitoring.triage) and the tip is open. */
  canRoute: boolean;
  onChanged: () => void;
}

/** What the routing withholds, in words. */
export function withheldWords(w: RouteProposal['sanitised']['withheld']): string {
  const parts: string[] = [];
  if (w.reporter) parts.push('the reporter’s name and contact');
  if (w.people > 0) parts.push(`the names of ${w.people} ${w.people === 1 ? 'person' : 'people'} named`);
  return parts.length
    ? `Withheld: ${parts.join(' and ')} (no consent to share).`
    : 'Nothing is withheld: no one named refused to be shared.';
}

/**
 * Routing: where the tip went and what became of it; then the rules' proposal (agencies and the rules that chose
 * them, a warning where jurisdictions overlap), the sanitised text to review before sending, and what is withheld.
 */
export function RoutingPanel({ tipId, ownAgencyId, routings, canRoute, onChanged }: Props) {
  const [proposal, setProposal] = useState<RouteProposal | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  /** Agencies the person added beyond the rules' proposal. */
  const [extra, setExtra] = useState<Agency[]>([]);
  const [text, setText] = useState('');
  const action = useTipAction(onChanged);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const prepare = () =>
    void action.run(async () => {
      const p = await api.get<RouteProposal>(tipApi(tipId, '/route-proposal'));
      setProposal(p);
      setChosen(p.agencies.map((a) => a.agencyId));
      setExtra([]);
      setText(p.sanitised.text);
    }, 'The routing is ready for review.')();
  const send = () => {
    if (action.refuse(chosen.length ? null : 'Choose at least one agency to send the tip to.')) return;
    if (action.refuse(text.trim() ? null : 'The text sent may not be empty.')) return;
    void action.run(
      async () => {
        await api.post(tipApi(tipId, '/route'), { toAgencyIds: chosen, text: text.trim() });
        setProposal(null);
      },
      `Tip routed to ${chosen.length} agenc${chosen.length === 1 ? 'y' : 'ies'}.`,
    )();
  };
  return (
    <section className="panel" aria-labelledby="routing-h">
      <h2 id="routing-h">Routing</h2>
      <RoutingsList routings={routings} label="Where the tip was routed" />
      {canRoute && !proposal ? (
        <p>
          <button type="button" className="button" disabled={action.busy} onClick={prepare}>
            Prepare a routing
          </button>
        </p>
      ) : null}
      {canRoute && proposal ? (
        <div className="stack form-wide subform">
          <h3>Send to the agency with jurisdiction</h3>
          {proposal.unmatched ? <p className="notice notice-info">{proposal.unmatched}.</p> : null}
          {proposal.agencies.length + extra.length > 0 ? (
            <fieldset className="form-group">
              <legend>Send to</legend>
              {proposal.agencies.map((a) => (
                <Check
                  key={a.agencyId}
                  label={`${a.agencyName} (${wordFor(AGENCY_KINDS, a.agencyKind)})`}
                  checked={chosen.includes(a.agencyId)}
                  onChange={(on) => toggle(a.agencyId, on)}
                  hint={`By the rule${a.rules.length === 1 ? '' : 's'}: ${a.rules.map((r) => r.name).join(', ')}`}
                />
              ))}
              {extra.map((a) => (
                <Check
                  key={a.id}
                  label={`${a.name} (${wordFor(AGENCY_KINDS, a.kind)})`}
                  checked={chosen.includes(a.id)}
                  onChange={(on) => toggle(a.id, on)}
                  hint="Chosen by you: no rule names it."
                />
              ))}
            </fieldset>
          ) : null}
          <OtherAgencies
            leaveOut={(a) =>
              a.id === ownAgencyId ||
              proposal.agencies.some((x) => x.agencyId === a.id) ||
              extra.some((x) => x.id === a.id) ||
              routings.some((r) => r.toAgencyName === a.name)
            }
            onAdd={(a) => {
              setExtra((e) => [...e, a]);
              setChosen((c) => [...c, a.id]);
            }}
          />
          {proposal.overlap ? (
            <p className="notice notice-error">
              Jurisdictions overlap: more than one agency may act on this tip. Agree between them who leads
              before both move.
            </p>
          ) : null}
          <TextBox
            label="What the agency receives"
            value={text}
            onChange={setText}
            rows={8}
            hint="The tip as it will be sent, with what may not be shared taken out. Read it, and take out anything else that could identify the reporter."
          />
          <p className="tip-withheld">{withheldWords(proposal.sanitised.withheld)}</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={action.busy} onClick={send}>
              Send the tip
            </button>{' '}
            <button type="button" className="button" onClick={() => setProposal(null)}>
              Not now
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
