import { useTranslation } from 'react-i18next';
import type { Contribution } from './types.ts';
import { evidenceWords, fieldWords, levelWords } from './words.ts';

/** A weight this large (odds ×1024) or more fills its half of the bar. */
const FULL = 10;

/** One field's evidence as a bar from the middle: to the right for one person, to the left against. */
function Bar({ weight }: { weight: number }) {
  const share = Math.min(Math.abs(weight), FULL) / FULL;
  return (
    <span className="evidence-bar" aria-hidden="true">
      <span
        className={weight >= 0 ? 'evidence-for' : 'evidence-against'}
        style={{ width: `${(share * 50).toFixed(1)}%` }}
      />
    </span>
  );
}

/**
 * Why two records are (or may be) one person, field by field: what each field's comparison found, and how much
 * that speaks for or against one person, in words, as a change of the odds, and as a bar.
 */
export function Explanation({ why, label }: { why: Contribution[]; label: string }) {
  const { t } = useTranslation('intel');
  if (why.length === 0) return <p className="muted small">{t('people.evidence.none')}</p>;
  const sorted = [...why].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return (
    <ul className="why-list" aria-label={label}>
      {sorted.map((c) => {
        const e = evidenceWords(c.weight);
        return (
          <li key={`${c.field}|${c.level}`} className={`why why-${e.side}`}>
            <span className="why-field">{fieldWords(c.field)}</span>
            <span className="why-level">{levelWords(c.level)}</span>
            <Bar weight={c.weight} />
            <span className="why-words">
              {e.strength}
              {e.odds ? <span className="muted"> ({e.odds})</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
