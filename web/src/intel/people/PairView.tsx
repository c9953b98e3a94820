import { type ReactNode, useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Explanation } from './Explanation.tsx';
import { RecordCard, WrittenName } from './RecordCard.tsx';
import type { ScoredPair } from './types.ts';
import { percent } from './words.ts';

interface Props {
  pair: ScoredPair;
  /** Records with their details and the person each is grouped into (review), or name and source only. */
  brief?: boolean;
  showEntity?: boolean;
  /** The buttons that act on the pair. */
  children?: ReactNode;
}

export const pairKey = (p: ScoredPair) => `${p.a?.id ?? '?'}|${p.b?.id ?? '?'}`;

/** Two records side by side, how likely they are one person, and why, field by field. */
export function PairView({ pair: p, brief, showEntity, children }: Props) {
  const { t } = useTranslation('intel');
  const id = useId();
  const a = p.a?.name ?? t('people.unseen');
  const b = p.b?.name ?? t('people.unseen');
  return (
    <article className="pair" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="pair-head">
        <span>
          <Trans
            t={t}
            i18nKey="people.pair.heading"
            components={{
              1: <WrittenName name={a} />,
              2: <span className="muted" />,
              3: <WrittenName name={b} />,
            }}
          />
        </span>
        <span className={`likelihood likelihood-${p.band}`}>
          {t('people.pair.likely', { percent: percent(p.probability) })}
        </span>
      </h3>
      <div className="pair-records">
        {p.a ? <RecordCard record={p.a} brief={brief} showEntity={showEntity} /> : null}
        {p.b ? <RecordCard record={p.b} brief={brief} showEntity={showEntity} /> : null}
      </div>
      <Explanation why={p.why} label={t('people.pair.why', { a, b })} />
      {children}
    </article>
  );
}
