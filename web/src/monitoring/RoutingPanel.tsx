import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api.ts';
import { Check } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { AGENCY_KINDS } from './labels.ts';
import { OtherAgencies } from './OtherAgencies.tsx';
import { RoutingsList } from './RoutingsList.tsx';
import { TextBox } from './TextBox.tsx';
import type { RouteProposal, TipRouting } from './types.ts';
import { useTipAction } from './useTipAction.ts';

/** What is routed: a tip, or an inspection's findings; the words differ, the server's routes are the same. */
export type RoutedItem = 'tip' | 'inspection';

interface Props {
  /** The item's API path, `/api/monitoring/tips/<id>` or `/api/monitoring/inspections/<id>`. */
  basePath: string;
  item?: RoutedItem;
  /** The reader's agency, never offered as a destination. */
  ownAgencyId: string;
  /** Where it was routed, when the page has it; otherwise the panel loads it (`<basePath>/routings`). */
  routings?: TipRouting[] | undefined;
  /** The reader may route (monitoring.triage) and the item is open to routing. */
  canRoute: boolean;
  /** Changes when the item was judged anew (a triage): a proposal under review is asked for again. */
  revision?: number;
  onChanged: () => void;
}

const agencies = (n: number) => `${n} agenc${n === 1 ? 'y' : 'ies'}`;

/** The panel's words for a tip and for an inspection's findings. */
const WORDS = {
  tip: {
    heading: 'Routing',
    list: 'Where the tip was routed',
    none: 'Not routed to any agency yet.',
    prepare: 'Prepare a routing',
    title: 'Send to the agency with jurisdiction',
    chooseOne: 'Choose at least one agency to send the tip to.',
    overlap: 'more than one agency may act on this tip',
    hint: 'The tip as it will be sent, with what may not be shared taken out. Read it, and take out anything else that could identify the reporter.',
    send: 'Send the tip',
    sent: (n: number) => `Tip routed to ${agencies(n)}.`,
  },
  inspection: {
    heading: 'Sent to other agencies',
    list: 'Where the findings were sent',
    none: 'The findings were not sent to any agency yet.',
    prepare: 'Prepare to send the findings',
    title: 'Send the findings to the police with jurisdiction',
    chooseOne: 'Choose at least one agency to send the findings to.',
    overlap: 'more than one agency may act on these findings',
    hint: 'The findings as they will be sent, in words: no worker’s code, pseudonym or name, and none of the inspectors’ notes. Read them before sending.',
    send: 'Send the findings',
    sent: (n: number) => `Findings sent to ${agencies(n)}.`,
  },
} as const;

/** What the routing withholds, in words. */
export function withheldWords(w: RouteProposal['sanitised']['withheld'], item: RoutedItem = 'tip'): string {
  if (item === 'inspection')
    return 'Nothing is withheld: the findings carry no worker’s identity (no code, pseudonym or name).';
  const parts: string[] = [];
  if (w.reporter) parts.push('the reporter’s name and contact');
  if (w.people > 0) parts.push(`the names of ${w.people} ${w.people === 1 ? 'person' : 'people'} named`);
  return parts.length
    ? `Withheld: ${parts.join(' and ')} (no consent to share).`
    : 'Nothing is withheld: no one named refused to be shared.';
}

/**
 * Routing a tip or an inspection's findings: where it went and what became of it; then the rules' proposal
 * (agencies and the rules that chose them, a warning where jurisdictions overlap), the sanitised text to review
 * before sending, and what is withheld.
 */
export function RoutingPanel({
  basePath,
  item = 'tip',
  ownAgencyId,
  routings: given,
  canRoute,
  revision = 0,
  onChanged,
}: Props) {
  const words = WORDS[item];
  const headingId = useId();
  const loaded = useLoad<{ routings: TipRouting[] }>(given ? null : `${basePath}/routings`);
  const routings = given ?? loaded.data?.routings ?? [];
  const [proposal, setProposal] = useState<RouteProposal | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  /** Agencies the person added beyond the rules' proposal. */
  const [extra, setExtra] = useState<Agency[]>([]);
  const [text, setText] = useState('');
  const action = useTipAction(() => {
    if (!given) loaded.reload();
    onChanged();
  });
  const adopt = (p: RouteProposal) => {
    setProposal(p);
    setChosen(p.agencies.map((a) => a.agencyId));
    setExtra([]);
    setText(p.sanitised.text);
  };
  // A triage changes what the rules propose: a proposal under review is asked for again.
  const reviewing = useRef(false);
  reviewing.current = proposal !== null;
  useEffect(() => {
    if (revision === 0 || !reviewing.current) return;
    let live = true;
    api.get<RouteProposal>(`${basePath}/route-proposal`).then(
      (p) => {
        if (!live) return;
        setProposal(p);
        setChosen(p.agencies.map((a) => a.agencyId));
        setExtra([]);
        setText(p.sanitised.text);
      },
      () => {
        if (live) setProposal(null);
      },
    );
    return () => {
      live = false;
    };
  }, [revision, basePath]);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const prepare = () =>
    void action.run(
      async () => adopt(await api.get<RouteProposal>(`${basePath}/route-proposal`)),
      'The routing is ready for review.',
    )();
  const send = () => {
    if (action.refuse(chosen.length ? null : words.chooseOne)) return;
    if (action.refuse(text.trim() ? null : 'The text sent may not be empty.')) return;
    void action.run(async () => {
      await api.post(`${basePath}/route`, { toAgencyIds: chosen, text: text.trim() });
      setProposal(null);
    }, words.sent(chosen.length))();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <ErrorMessage message={loaded.error} />
      {given || loaded.data ? (
        <RoutingsList routings={routings} label={words.list} empty={words.none} />
      ) : null}
      {canRoute && !proposal ? (
        <p>
          <button type="button" className="button" disabled={action.busy} onClick={prepare}>
            {words.prepare}
          </button>
        </p>
      ) : null}
      {canRoute && proposal ? (
        <div className="stack form-wide subform">
          <h3>{words.title}</h3>
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
              Jurisdictions overlap: {words.overlap}. Agree between them who leads before both move.
            </p>
          ) : null}
          <TextBox
            label="What the agency receives"
            value={text}
            onChange={setText}
            rows={8}
            hint={words.hint}
          />
          <p className="tip-withheld">{withheldWords(proposal.sanitised.withheld, item)}</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={action.busy} onClick={send}>
              {words.send}
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
