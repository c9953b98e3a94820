import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage } from './case-types.ts';
import { languageOptions, VICTIM_STATUSES } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** The person's own word on being treated as a victim of trafficking, which they may decline and take back. */
export function VictimStatusPanel({ c, editable, language: caseLanguage, onChanged }: Props) {
  const [language, setLanguage] = useState(caseLanguage);
  const { busy, error, done, run } = useCaseAction(onChanged);
  const declined = c.victimStatus === 'declined';
  const next = declined ? 'presumed' : 'declined';
  const change = run(
    () => api.post(casePath(c.id, '/victim-status'), { status: next, language }),
    declined ? 'Recorded: presumed a victim again.' : 'Recorded: the person declined the status of victim.',
  );
  return (
    <section className="panel" aria-labelledby="victim-h">
      <h2 id="victim-h">The status of victim</h2>
      <p>
        <strong>{wordFor(VICTIM_STATUSES, c.victimStatus)}</strong>
        {c.victimStatusAt ? <span className="muted"> — since {formatDateTime(c.victimStatusAt)}</span> : null}
      </p>
      <p className="hint">
        The person may decline to be treated as a victim. Declining blocks nothing: the case stays open and
        every service stays theirs to take.
      </p>
      {editable ? (
        <div className="stack form-wide subform">
          <SelectField
            label="Language the person said it in"
            value={language}
            onChange={setLanguage}
            options={languageOptions(caseLanguage)}
          />
          <div>
            <button type="button" className="button" disabled={busy} onClick={change}>
              {declined ? 'Presumed again' : 'Decline the status'}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
