import { useTranslation } from 'react-i18next';
import { scaleWords, tlpMeaning } from './labels.ts';
import { HandlingBadge, TlpBadge } from './Marks.tsx';
import type { Registry, Report } from './types.ts';

/** The report's handling code, its conditions and its TLP marking, each with what it means. */
export function ReportMarkings({ reg, report: r }: { reg: Registry | null; report: Report }) {
  const { t } = useTranslation('intel');
  return (
    <ul className="markings" aria-label={t('marking.legend')}>
      <li>
        <TlpBadge tlp={r.tlp} />
        <span>{r.tlp ? tlpMeaning(r.tlp) : t('marking.noTlpSentence')}</span>
      </li>
      <li>
        <HandlingBadge code={r.handling} />
        <span>{scaleWords('handling', r.handling, reg)}</span>
      </li>
      {r.actionCode ? (
        <li>
          <span className="code-mark">{r.actionCode}</span>
          <span>{scaleWords('actionCode', r.actionCode, reg)}</span>
        </li>
      ) : null}
      {r.sanitisationCode ? (
        <li>
          <span className="code-mark">{r.sanitisationCode}</span>
          <span>{scaleWords('sanitisationCode', r.sanitisationCode, reg)}</span>
        </li>
      ) : null}
    </ul>
  );
}
