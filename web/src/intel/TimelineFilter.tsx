import { useTranslation } from 'react-i18next';
import { Check } from '../screening/controls.tsx';
import { formatNumber } from '../ui/format.ts';
import { kindsWords } from './timeline.ts';
import type { TimelineKind } from './types.ts';

interface Props {
  /** The kinds this user may see. */
  kinds: readonly TimelineKind[];
  shown: ReadonlySet<TimelineKind>;
  onChange: (shown: ReadonlySet<TimelineKind>) => void;
  /** How many events of each kind are loaded. */
  tally: Readonly<Record<TimelineKind, number>>;
}

/** Which kinds of event the timeline shows: one checkbox per kind, with how many are loaded. */
export function TimelineFilter({ kinds, shown, onChange, tally }: Props) {
  const { t } = useTranslation('intel');
  const toggle = (kind: TimelineKind, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(next);
  };
  return (
    <fieldset className="form-group timeline-filter">
      <legend>{t('timeline.show')}</legend>
      <ul className="check-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <Check
              label={t('timeline.kindCount', { kinds: kindsWords(t, kind), n: formatNumber(tally[kind]) })}
              checked={shown.has(kind)}
              onChange={(on) => toggle(kind, on)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
