import { Trans, useTranslation } from 'react-i18next';
import { formatNumber, listWords } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { CaseLink } from './CaseLink.tsx';
import type { StayWarnings as Reply } from './case-types.ts';
import { stayWarningWords } from './labels.ts';

/** The agency's open stays that need attention (too long, tied to a court date, not free to leave), longest first. */
export function StayWarnings() {
  const { t } = useTranslation('protection');
  const list = useLoad<Reply>('/api/protection/stay-warnings');
  const warnings = list.data?.warnings ?? [];
  const thresholds = listWords((list.data?.thresholds ?? []).map((d) => formatNumber(d)));
  return (
    <section className="panel" aria-labelledby="stay-warnings-h">
      <h2 id="stay-warnings-h">{t('stayWarnings.title')}</h2>
      <ErrorMessage message={list.error} />
      {list.data ? <p className="hint">{t('stayWarnings.hint', { days: thresholds })}</p> : null}
      {list.data && warnings.length === 0 ? <p className="muted">{t('stayWarnings.none')}</p> : null}
      {warnings.length > 0 ? (
        <ul aria-label={t('stayWarnings.label')}>
          {warnings.map((w) => (
            <li key={w.id}>
              <Trans
                t={t}
                i18nKey="stayWarnings.item"
                count={w.days}
                values={{
                  name: w.pseudonym,
                  place: w.place,
                  warnings: w.warnings.map((x) => stayWarningWords(t, x)).join(t('words.separator')),
                }}
                components={{ 1: <CaseLink id={w.caseId} />, 2: <strong /> }}
              />{' '}
              <span className="muted">
                {w.owner
                  ? w.mine
                    ? t('stayWarnings.caseworkerYou', { name: w.owner.name })
                    : t('stayWarnings.caseworker', { name: w.owner.name })
                  : t('stayWarnings.noCaseworker')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {list.loading && !list.data ? <p className="muted">{t('stayWarnings.loading')}</p> : null}
    </section>
  );
}
