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
  return (
    <PairView pair={p} showEntity>
      {canWrite && p.a && p.b ? (
        <DecisionControls
          context={`${p.a.name} and ${p.b.name}`}
          busy={busy}
          onDecide={(d, note) => onDecide(p, d, note)}
        />
      ) : null}
    </PairView>
  );
}
