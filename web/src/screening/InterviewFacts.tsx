import { formatDateTime } from '../ui/format.ts';
import { exploitationOptions, languageOptions, placeOptions, sourceOptions, wordFor } from './labels.ts';
import type { Screening } from './types.ts';

interface Props {
  s: Screening;
  child: boolean;
  /** The code name of the operation the reference names, when it is one you screen people from. */
  codeName?: string | undefined;
}

/** What was recorded when the screening started. */
export function InterviewFacts({ s, child, codeName }: Props) {
  const consent = [
    s.consent.toldRights ? 'told their rights' : null,
    s.consent.toldOptions ? 'told their options' : null,
    s.consent.toldServicesVoluntary ? 'told services are voluntary' : null,
  ].filter(Boolean);
  return (
    <dl className="facts screening-facts">
      <dt>From</dt>
      <dd>
        {wordFor(sourceOptions(), s.source)}
        {codeName ? `: ${codeName}` : s.sourceRef ? ` (${s.sourceRef})` : ''}
      </dd>
      <dt>Place</dt>
      <dd>
        {wordFor(placeOptions(), s.place.kind)}: {s.place.description}
      </dd>
      <dt>Language</dt>
      <dd>
        {wordFor(languageOptions(), s.language)}
        {s.interpreter.used
          ? ` — interpreter ${s.interpreter.name ?? ''}${s.interpreter.language ? ` (${wordFor(languageOptions(), s.interpreter.language)})` : ''}`
          : ' — no interpreter'}
      </dd>
      <dt>Consent</dt>
      <dd>Agreed to be interviewed{consent.length ? `; ${consent.join(', ')}` : ''}.</dd>
      <dt>Age</dt>
      <dd>
        {s.age === null ? 'Unknown' : s.age}
        {s.ageDoubtful ? ' (doubtful)' : ''}
        {child ? ` — treated as a child; guardian: ${s.guardian ?? 'none recorded'}` : ' — an adult'}
      </dd>
      <dt>Exploitation</dt>
      <dd>{wordFor(exploitationOptions(), s.exploitation)}</dd>
      <dt>Started</dt>
      <dd>{formatDateTime(s.startedAt)}</dd>
    </dl>
  );
}
