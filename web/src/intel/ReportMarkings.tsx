import { TLP_MEANINGS } from './labels.ts';
import { HandlingBadge, TlpBadge } from './Marks.tsx';
import type { Registry, Report } from './types.ts';

/** The report's handling code, its conditions and its TLP marking, each with what it means. */
export function ReportMarkings({ reg, report: r }: { reg: Registry | null; report: Report }) {
  return (
    <ul className="markings" aria-label="Handling and marking">
      <li>
        <TlpBadge tlp={r.tlp} />
        <span>{r.tlp ? TLP_MEANINGS[r.tlp] : 'No TLP marking.'}</span>
      </li>
      <li>
        <HandlingBadge code={r.handling} />
        <span>{reg?.handling[r.handling] ?? ''}</span>
      </li>
      {r.actionCode ? (
        <li>
          <span className="code-mark">{r.actionCode}</span>
          <span>{reg?.actionCodes[r.actionCode] ?? ''}</span>
        </li>
      ) : null}
      {r.sanitisationCode ? (
        <li>
          <span className="code-mark">{r.sanitisationCode}</span>
          <span>{reg?.sanitisationCodes[r.sanitisationCode] ?? ''}</span>
        </li>
      ) : null}
    </ul>
  );
}
