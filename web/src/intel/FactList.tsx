import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format.ts';
import { attributeLabel, factValueWords } from './labels.ts';
import { ProvenanceNote } from './Marks.tsx';
import type { Fact, Registry } from './types.ts';

interface Props {
  reg: Registry | null;
  type: string;
  facts: Fact[];
  titles: ReadonlyMap<string, string>;
}

/** Facts grouped by attribute; when sources disagree every value stays, each with its grade and report. */
export function FactList({ reg, type, facts, titles }: Props) {
  const { t } = useTranslation('intel');
  if (facts.length === 0) return <p className="muted">{t('facts.none')}</p>;
  const order = reg?.entityTypes[type]?.attributes ?? [];
  const attributes = [...new Set(facts.map((f) => f.attribute))].sort(
    (a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b),
  );
  return (
    <dl className="fact-groups">
      {attributes.map((attribute) => {
        const mine = facts.filter((f) => f.attribute === attribute);
        const values = new Set(mine.map((f) => f.value.trim().toLowerCase()));
        return (
          <div key={attribute} className="fact-group">
            <dt>
              {attributeLabel(attribute)}
              {values.size > 1 ? (
                <span className="disagree">{t('facts.differ', { n: formatNumber(values.size) })}</span>
              ) : null}
            </dt>
            {mine.map((f) => (
              <dd key={f.id} className="fact">
                <span className="fact-value">{factValueWords(attribute, f.value)}</span>
                <ProvenanceNote reg={reg} provenance={f.provenance} titles={titles} />
              </dd>
            ))}
          </div>
        );
      })}
    </dl>
  );
}

const rank = (order: readonly string[], a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
