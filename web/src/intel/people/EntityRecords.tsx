import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { Outcome } from './Outcome.tsx';
import { decidedMessage, PersonLink } from './outcomes.tsx';
import { PairView, pairKey } from './PairView.tsx';
import { RecordCard, WrittenName } from './RecordCard.tsx';
import { ReviewablePair } from './ReviewablePair.tsx';
import type { DecisionBody, EntityRecords as Loaded, PersonRecord, ScoredPair, WhereNow } from './types.ts';
import './people.css';

/** Pairs shown before "Show all": a person of 20 records has 190 pairs. */
const FIRST = 8;

interface Props {
  entityId: string;
  label: string;
  canWrite: boolean;
  /** After a record leaves or joins, the entity's facts and links may have changed too. */
  onChanged: () => void;
}

/**
 * On a person's (or organisation's) page: the records grouped into it as their sources wrote them, why they were
 * grouped, field by field, and pairs with records elsewhere that wait for an analyst. A record can be taken out
 * ("Not this person"); that is a set of decisions, each of which can be undone under Who is who.
 */
export function EntityRecords({ entityId, label, canWrite, onChanged }: Props) {
  const { t } = useTranslation('intel');
  const data = useLoad<Loaded>(`/api/intel/entities/${encodeURIComponent(entityId)}/records`);
  const { busy, error, handle } = useSubmit();
  const [outcome, setOutcome] = useState<{ text: ReactNode; at: number } | null>(null);
  const [all, setAll] = useState(false);
  const changed = () => {
    data.reload();
    onChanged();
  };
  const split = (r: PersonRecord) =>
    handle(async () => {
      setOutcome(null);
      const now = await api.post<WhereNow>(`/api/intel/resolution/records/${encodeURIComponent(r.id)}/split`);
      setOutcome({
        text: (
          <Trans
            ns="intel"
            i18nKey="people.records.takenOut"
            components={{ 1: <WrittenName name={r.name} />, 2: <PersonLink at={now.records[0]} /> }}
          />
        ),
        at: Date.now(),
      });
      changed();
    })();
  const decide = (p: ScoredPair, decision: DecisionBody['decision'], note: string) =>
    handle(async () => {
      if (!p.a || !p.b) return;
      setOutcome(null);
      const now = await api.post<WhereNow>('/api/intel/resolution/decisions', {
        a: p.a.id,
        b: p.b.id,
        decision,
        note,
      } satisfies DecisionBody);
      setOutcome({ text: decidedMessage(p.a, p.b, decision, now), at: Date.now() });
      changed();
    })();
  const d = data.data;
  if (!d) {
    return data.error ? <ErrorMessage message={data.error} /> : null;
  }
  // An analyst's own entity grouped with nothing else: its page says all there is already.
  const ownOnly = d.records.every((r) => r.source === 'entity') && d.elsewhere.length === 0;
  if (d.records.length === 0 || (d.records.length === 1 && ownOnly)) return null;
  const why = [...d.why].sort((x, y) => y.probability - x.probability);
  const shown = all ? why : why.slice(0, FIRST);
  const waiting = d.elsewhere.filter((p) => p.band === 'review');
  return (
    <>
      <section className="panel" aria-labelledby="records-h">
        <h2 id="records-h">{t('people.records.heading')}</h2>
        <p className="hint">{t('people.records.hint', { label })}</p>
        <ErrorMessage message={error} />
        <Outcome focus={outcome?.at}>{outcome?.text}</Outcome>
        <ul className="record-list" aria-label={t('people.records.label', { label })}>
          {d.records.map((r) => (
            <li key={r.id}>
              <RecordCard record={r} />
              {canWrite && d.records.length > 1 ? (
                <ConfirmButton
                  label={t('people.records.notThis')}
                  context={`(${r.name})`}
                  busy={busy}
                  question={t('people.records.question', { name: r.name, label })}
                  confirmLabel={t('people.records.confirm')}
                  onConfirm={() => void split(r)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {why.length > 0 ? (
        <section className="panel" aria-labelledby="why-same-h">
          <h2 id="why-same-h">{t('people.records.whyHeading')}</h2>
          <p className="hint">{t('people.records.whyHint')}</p>
          <ul className="pair-list">
            {shown.map((p) => (
              <li key={pairKey(p)}>
                <PairView pair={p} brief />
              </li>
            ))}
          </ul>
          {why.length > FIRST ? (
            <button type="button" className="button small" onClick={() => setAll(!all)} aria-expanded={all}>
              {all
                ? t('people.records.showFirst', { n: formatNumber(FIRST) })
                : t('people.records.showAll', { n: formatNumber(why.length) })}
            </button>
          ) : null}
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section className="panel" aria-labelledby="elsewhere-h">
          <h2 id="elsewhere-h">{t('people.records.elsewhereHeading')}</h2>
          <p className="hint">{t('people.records.elsewhereHint')}</p>
          <ul className="pair-list">
            {waiting.map((p) => (
              <li key={pairKey(p)}>
                <ReviewablePair
                  pair={p}
                  canWrite={canWrite}
                  busy={busy}
                  onDecide={(q, d, note) => void decide(q, d, note)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
