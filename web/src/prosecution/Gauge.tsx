import { Trans, useTranslation } from 'react-i18next';
import { burdenBreakdown, burdenFigure, burdenPercent } from './labels.ts';
import type { Burden } from './types.ts';

/** The bar's segments, from the victim's burden to the gaps; each class colours its part and its legend swatch. */
const SEGMENTS = [
  ['victim_only', 'restingOnVictim'],
  ['testimony', 'otherTestimony'],
  ['independent', 'independent'],
  ['gap', 'gaps'],
] as const;

interface Props {
  burden: Burden;
  /** Show the legend (a panel shows it once for all its gauges). */
  legend?: boolean;
  /** Say how every element stands under the bar (left out in a list). */
  breakdown?: boolean;
}

/**
 * The testimony-burden gauge: the figure in words ("1 of 3 proven elements rests on victim testimony alone"), a
 * bar of the elements by how they stand (drawn in SVG attributes: the strict CSP allows no inline styles), and
 * how they stand in one sentence. The bar repeats the words, so it is hidden from screen readers.
 */
export function Gauge({ burden: b, legend = false, breakdown = true }: Props) {
  const { t } = useTranslation('prosecution');
  let x = 0;
  return (
    <div className="gauge">
      <p className="gauge-figure">
        <Trans
          t={t}
          i18nKey={b.proven > 0 ? 'gauge.figurePercent' : 'gauge.figure'}
          values={{ figure: burdenFigure(t, b), percent: burdenPercent(b) }}
          components={[<strong key="figure" />]}
        />
      </p>
      {b.elements > 0 ? (
        <svg
          className="gauge-bar"
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {SEGMENTS.map(([cls, key]) => {
            const w = (b[key] / b.elements) * 100;
            const rect =
              w > 0 ? <rect key={cls} className={`gauge-${cls}`} x={x} y={0} width={w} height={10} /> : null;
            x += w;
            return rect;
          })}
        </svg>
      ) : null}
      {breakdown && b.elements > 0 ? <p className="hint">{burdenBreakdown(t, b)}</p> : null}
      {legend ? <GaugeLegend /> : null}
    </div>
  );
}

/** What the bar's colours mean. */
export function GaugeLegend() {
  const { t } = useTranslation('prosecution');
  return (
    <ul className="gauge-legend" aria-label={t('gauge.legendLabel')}>
      {SEGMENTS.map(([cls]) => (
        <li key={cls}>
          <svg className="gauge-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <rect className={`gauge-${cls}`} x={0} y={0} width={10} height={10} />
          </svg>{' '}
          {t(`gauge.legend.${cls}`)}
        </li>
      ))}
    </ul>
  );
}
