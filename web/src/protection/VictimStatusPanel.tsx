import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import type { CasePage } from './case-types.ts';
import { languageOptions, victimStatusOptions } from './labels.ts';
import type { VictimStatusBody } from './types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** The person's own word on being treated as a victim of trafficking, which they may decline and take back. */
export function VictimStatusPanel({ c, editable, language: caseLanguage, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const [language, setLanguage] = useState(caseLanguage);
  const { busy, error, done, run } = useCaseAction(onChanged);
  const declined = c.victimStatus === 'declined';
  const next: VictimStatusBody['status'] = declined ? 'presumed' : 'declined';
  const change = run(
    () => api.post(casePath(c.id, '/victim-status'), { status: next, language } satisfies VictimStatusBody),
    declined ? t('victimStatus.presumedAgain') : t('victimStatus.declinedDone'),
  );
  return (
    <section className="panel" aria-labelledby="victim-h">
      <h2 id="victim-h">{t('victimStatus.title')}</h2>
      <p>
        <strong>{wordFor(victimStatusOptions(t), c.victimStatus)}</strong>
        {c.victimStatusAt ? (
          <span className="muted"> {t('words.since', { when: formatDateTime(c.victimStatusAt) })}</span>
        ) : null}
      </p>
      <p className="hint">{t('victimStatus.hint')}</p>
      {editable ? (
        <div className="stack form-wide subform">
          <SelectField
            label={t('victimStatus.language')}
            value={language}
            onChange={setLanguage}
            options={languageOptions(caseLanguage)}
          />
          <div>
            <button type="button" className="button" disabled={busy} onClick={change}>
              {declined ? t('victimStatus.presume') : t('victimStatus.decline')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
