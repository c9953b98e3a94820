import { useTranslation } from 'react-i18next';
import { DecisionControls } from './DecisionControls.tsx';
import { PairView } from './PairView.tsx';
import type { ScoredPair } from './types.ts';

interface Props {
  pair: ScoredPair;
  canWrite: boolean;
  busy: boolean;
  onDecide: (pair: ScoredPair, decision: 'same' | 'different', note: string) => void;
}

/** A pair waiting for review, with "same person" / "different people" for those who may decide. */
export function ReviewablePair({ pair: p, canWrite, busy, onDecide }: Props) {
  const { t } = useTranslation('intel');
  return (
    <PairView pair={p} showEntity>
      {canWrite && p.a && p.b ? (
        <DecisionControls
          context={t('people.pair.names', { a: p.a.name, b: p.b.name })}
          busy={busy}
          onDecide={(d, note) => onDecide(p, d, note)}
        />
      ) : null}
    </PairView>
  );
}
