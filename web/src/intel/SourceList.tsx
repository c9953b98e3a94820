import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { codeWords, type Scale, scaleWords } from './labels.ts';
import type { Registry, Source } from './types.ts';

/** The agency's sources, each with its record: how many items it gave, by source grade and information grade. */
export function SourceList({ reg, sources }: { reg: Registry; sources: Source[] }) {
  const { t } = useTranslation('intel');
  if (sources.length === 0) return <p>{t('sources.none')}</p>;
  const sourceGrades = Object.keys(reg.sourceGrades);
  const infoGrades = Object.keys(reg.infoGrades);
  return (
    <TableWrap>
      <table className="source-table">
        <caption className="visually-hidden">{t('page.sourcesHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.codeName')}</th>
            <th scope="col">{t('sources.kindColumn')}</th>
            <th scope="col" className="num">
              {t('sources.items')}
            </th>
            <th scope="col">{t('sources.bySource')}</th>
            <th scope="col">{t('sources.byInfo')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <span className="mono">{s.code}</span>
                {s.description ? <span className="sub">{s.description}</span> : null}
              </th>
              <td>{codeWords('sourceKind', s.kind)}</td>
              <td className="num">{formatNumber(s.record.items)}</td>
              <td>
                <Tally reg={reg} scale="sourceGrade" grades={sourceGrades} counts={s.record.bySourceGrade} />
              </td>
              <td>
                <Tally reg={reg} scale="infoGrade" grades={infoGrades} counts={s.record.byInfoGrade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

interface TallyProps {
  reg: Registry;
  scale: Scale;
  grades: string[];
  counts: Record<string, number>;
}

/** Counts per grade, e.g. "1: 3  2: 1  3: 0", each grade's meaning on hover and for screen readers. */
function Tally({ reg, scale, grades, counts }: TallyProps) {
  return (
    <ul className="tally">
      {grades.map((g) => {
        const n = counts[g] ?? 0;
        const meaning = scaleWords(scale, g, reg);
        return (
          <li key={g} className={n ? undefined : 'muted'} title={meaning}>
            <span className="tally-grade">{g}</span>
            <span className="visually-hidden"> ({meaning})</span>: {formatNumber(n)}
          </li>
        );
      })}
    </ul>
  );
}
