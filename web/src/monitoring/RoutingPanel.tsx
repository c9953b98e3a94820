import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutedItem } from '../../../src/monitoring/codes.ts';
import { api } from '../api.ts';
import { Check } from '../screening/controls.tsx';
import type { Agency } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { word } from './labels.ts';
import { OtherAgencies } from './OtherAgencies.tsx';
import { RoutingsList } from './RoutingsList.tsx';
import { TextBox } from './TextBox.tsx';
import type { RouteBody, RouteProposal, TipRouting, TipRoutings } from './types.ts';
import { useTipAction } from './useTipAction.ts';

/** What is routed: a tip, or an inspection's findings; the words differ, the server's routes are the same. */
export type { RoutedItem };

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

/** What the routing withholds, in words. */
export function withheldWords(
  t: TFunction<'monitoring'>,
  w: RouteProposal['sanitised']['withheld'],
  item: RoutedItem = 'tip',
): string {
  if (item === 'inspection') return t('routing.withheld.inspection');
  if (w.reporter && w.people > 0) return t('routing.withheld.reporterAndPeople', { count: w.people });
  if (w.reporter) return t('routing.withheld.reporter');
  if (w.people > 0) return t('routing.withheld.people', { count: w.people });
  return t('routing.withheld.nothing');
}

/** Why the rules propose no agency, in words: no rule is set, or why each rule did not take the item. */
export function unmatchedWords(
  t: TFunction<'monitoring'>,
  u: NonNullable<RouteProposal['unmatched']>,
): string {
  if (u.noRules) return t('routing.unmatched.noRules');
  return t('routing.unmatched.misses', {
    misses: u.misses.map((m) => t(`routing.miss.${m}`)).join(t('routing.unmatched.separator')),
  });
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
  const { t } = useTranslation('monitoring');
  /** The panel's words for a tip and for an inspection's findings. */
  const words = (
    key: 'heading' | 'list' | 'none' | 'prepare' | 'title' | 'chooseOne' | 'overlap' | 'hint' | 'send',
  ) => t(`routing.${item}.${key}`);
  const headingId = useId();
  const loaded = useLoad<TipRoutings>(given ? null : `${basePath}/routings`);
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
      t('routing.ready'),
    )();
  const send = () => {
    if (action.refuse(chosen.length ? null : words('chooseOne'))) return;
    if (action.refuse(text.trim() ? null : t('routing.emptyText'))) return;
    void action.run(
      async () => {
        await api.post(`${basePath}/route`, { toAgencyIds: chosen, text: text.trim() } satisfies RouteBody);
        setProposal(null);
      },
      t(`routing.${item}.sent`, { count: chosen.length }),
    )();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{words('heading')}</h2>
      <ErrorMessage message={loaded.error} />
      {given || loaded.data ? (
        <RoutingsList routings={routings} label={words('list')} empty={words('none')} />
      ) : null}
      {canRoute && !proposal ? (
        <p>
          <button type="button" className="button" disabled={action.busy} onClick={prepare}>
            {words('prepare')}
          </button>
        </p>
      ) : null}
      {canRoute && proposal ? (
        <div className="stack form-wide subform">
          <h3>{words('title')}</h3>
          {proposal.unmatched ? (
            <p className="notice notice-info">{unmatchedWords(t, proposal.unmatched)}</p>
          ) : null}
          {proposal.agencies.length + extra.length > 0 ? (
            <fieldset className="form-group">
              <legend>{t('shared.sendTo')}</legend>
              {proposal.agencies.map((a) => (
                <Check
                  key={a.agencyId}
                  label={t('shared.agencyOption', {
                    name: a.agencyName,
                    kind: word('agencyKind', a.agencyKind),
                  })}
                  checked={chosen.includes(a.agencyId)}
                  onChange={(on) => toggle(a.agencyId, on)}
                  hint={t('routing.byRules', {
                    count: a.rules.length,
                    rules: a.rules.map((r) => r.name).join(', '),
                  })}
                />
              ))}
              {extra.map((a) => (
                <Check
                  key={a.id}
                  label={t('shared.agencyOption', { name: a.name, kind: word('agencyKind', a.kind) })}
                  checked={chosen.includes(a.id)}
                  onChange={(on) => toggle(a.id, on)}
                  hint={t('routing.chosenByYou')}
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
          {proposal.overlap ? <p className="notice notice-error">{words('overlap')}</p> : null}
          <TextBox
            label={t('routing.receives')}
            value={text}
            onChange={setText}
            rows={8}
            hint={words('hint')}
          />
          <p className="tip-withheld">{withheldWords(t, proposal.sanitised.withheld, item)}</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={action.busy} onClick={send}>
              {words('send')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setProposal(null)}>
              {t('routing.notNow')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
