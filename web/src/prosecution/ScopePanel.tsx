import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { type CaseAction, useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { listWords } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import { disclosedBy, tieWords } from './tie-words.ts';
import type { CaseFile, Scope, ScopeProposal, SuspectBody } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadIntel: boolean;
}

const SUSPECT_TYPES = new Set(['person', 'organisation']);
/** Proposals shown before "Show all": the most tied first. */
const FIRST = 10;

/**
 * Scope beyond the site: the people and sites that the intelligence ties to the suspects (declared links, calls,
 * money, crossings together, brokers) — the office's own picture, or what the police disclosed with a shared
 * operation's file — each with what the tie rests on; a person can be added as a suspect.
 */
export function ScopePanel({ c, editable, onChanged, canReadIntel }: Props) {
  const { t } = useTranslation('prosecution');
  const scope = useLoad<Scope>(caseFilePath(c.id, '/scope'));
  const reloadScope = scope.reload;
  // The proposals follow the suspects: read them again when a suspect is added (not on the first render).
  const suspectKey = c.suspects.map((s) => s.id).join(',');
  const seen = useRef(suspectKey);
  useEffect(() => {
    if (seen.current === suspectKey) return;
    seen.current = suspectKey;
    reloadScope();
  }, [suspectKey, reloadScope]);
  const [all, setAll] = useState(false);
  const action = useCaseAction(onChanged);
  const s = scope.data;
  const disclosers = [
    ...new Set(
      (s?.proposals ?? [])
        .flatMap((p) => p.ties.map((tie) => disclosedBy(tie.evidence)))
        .filter((x) => x !== null),
    ),
  ];
  const hidden = s ? s.suspects.filter((x) => x.entityId && !x.visible).length : 0;
  const byName = s ? s.suspects.filter((x) => !x.entityId).length : 0;
  const shown = s ? (all ? s.proposals : s.proposals.slice(0, FIRST)) : [];

  return (
    <section className="panel" aria-labelledby="scope-h">
      <h2 id="scope-h">{t('scope.heading')}</h2>
      <p className="hint">{t('scope.hint')}</p>
      <ErrorMessage message={scope.error} />
      {scope.loading && !s ? <p className="muted">{t('scope.reading')}</p> : null}
      {s && s.proposals.length === 0 ? <p className="muted">{t('scope.nothing')}</p> : null}
      {disclosers.length > 0 ? (
        <p className="hint">
          {t('scope.disclosed', {
            agencies: listWords(disclosers),
          })}
        </p>
      ) : null}
      {hidden > 0 || byName > 0 ? (
        <p className="hint">
          {[
            hidden > 0 ? t('scope.hidden', { count: hidden }) : '',
            byName > 0 ? t('scope.byName', { count: byName }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {s && s.proposals.length > 0 ? (
        <>
          <ul className="scope-list" aria-label={t('scope.proposals')}>
            {shown.map((p) => (
              <ProposalItem
                key={p.entity.id}
                p={p}
                s={s}
                c={c}
                editable={editable}
                canReadIntel={canReadIntel}
                action={action}
              />
            ))}
          </ul>
          {s.proposals.length > FIRST ? (
            <button type="button" className="button" aria-expanded={all} onClick={() => setAll((x) => !x)}>
              {all
                ? t('scope.showFirst', { count: FIRST })
                : t('scope.showAll', { count: s.proposals.length })}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

interface ItemProps {
  p: ScopeProposal;
  s: Scope;
  c: CaseFile;
  editable: boolean;
  canReadIntel: boolean;
  action: CaseAction;
}

function ProposalItem({ p, s, c, editable, canReadIntel, action }: ItemProps) {
  const { t } = useTranslation('prosecution');
  const id = `scope-${p.entity.id}`;
  // Seen in the office's own picture (not only disclosed): its page opens, and it is added by its entity.
  const own = p.ties.some((tie) => disclosedBy(tie.evidence) === null);
  const mixed = own && p.ties.some((tie) => disclosedBy(tie.evidence) !== null);
  const already = c.suspects.some((x) => x.entityId === p.entity.id || x.label === p.entity.label);
  const add = () =>
    action.run(
      () =>
        api.post(
          caseFilePath(c.id, '/suspects'),
          (own ? { entityId: p.entity.id } : { label: p.entity.label }) satisfies SuspectBody,
        ),
      t('words.addedAsSuspect', { name: p.entity.label }),
    );
  return (
    <li aria-labelledby={id}>
      <h3 id={id}>
        {own && canReadIntel ? (
          <a href={href(`/intel/entities/${encodeURIComponent(p.entity.id)}`)}>{p.entity.label}</a>
        ) : (
          p.entity.label
        )}
      </h3>
      <p className="hint">
        {word(t, 'entityType', p.entity.type)} · {word(t, 'proposal', p.proposal)} ·{' '}
        {t('scope.ties', { count: p.ties.length })}
      </p>
      <ul>
        {p.ties.map((tie, i) => {
          const suspect =
            s.suspects.find((x) => x.id === tie.suspectId)?.label ??
            c.suspects.find((x) => x.id === tie.suspectId)?.label ??
            t('words.aSuspectCap');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: ties have no id, and their order is the server's
            <li key={i}>{tieWords(t, tie.evidence, suspect, p.entity.label, mixed)}</li>
          );
        })}
      </ul>
      {editable && !already && p.proposal === 'scope_expansion' && SUSPECT_TYPES.has(p.entity.type) ? (
        <button type="button" className="button small" disabled={action.busy} onClick={() => void add()()}>
          {t('scope.add')}
          <span className="visually-hidden">: {p.entity.label}</span>
        </button>
      ) : null}
    </li>
  );
}
