import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GEdge } from './types.ts';
import { type Grades, whyLines } from './why.ts';

/** The panel that answers "why is this link here" for the link clicked on the chart or chosen in a list. */
export function WhyPanel({
  edge,
  name,
  grades,
  onClose,
}: {
  edge: GEdge;
  name: (id: string) => string;
  grades: Grades | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('network');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel chart-why" aria-labelledby="chart-why-h">
      <h2 id="chart-why-h" ref={heading} tabIndex={-1}>
        {t('why.title')}
      </h2>
      <dl className="why-list">
        {whyLines(t, edge, name, grades).map((l) => (
          <div key={l.term}>
            <dt>{l.term}</dt>
            <dd>{l.href ? <a href={l.href}>{l.text}</a> : l.text}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button small" onClick={onClose}>
        {t('why.close')}
      </button>
    </section>
  );
}
