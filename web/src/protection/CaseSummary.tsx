import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { exploitationOptions, languageOptions, wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TagLink } from './CaseLink.tsx';
import { caseStatusWords } from './CaseTable.tsx';
import type { CasePage } from './case-types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  me: Me;
  /** The reader may take the case (they hold protection.write and are not its caseworker). */
  canTake: boolean;
  canOpenScreening: boolean;
  onChanged: () => void;
}

/** Who the case is with, where it came from, and "Take this case" for another caseworker of the agency. */
export function CaseSummary({ c, me, canTake, canOpenScreening, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const { busy, error, done, run } = useCaseAction(onChanged);
  const take = run(() => api.post(casePath(c.id, '/owner')), t('summary.taken'));
  const mine = c.owner?.id === me.user.id;
  return (
    <section className="panel" aria-labelledby="summary-h">
      <h2 id="summary-h">{t('summary.title')}</h2>
      <dl className="facts">
        <dt>{t('summary.caseworker')}</dt>
        <dd>
          {c.owner
            ? mine
              ? t('words.nameYou', { name: c.owner.name })
              : c.owner.name
            : t('summary.noCaseworker')}
        </dd>
        <dt>{t('summary.opened')}</dt>
        <dd>
          {c.screeningId === null
            ? c.openedBy
              ? t('summary.openedTransferBy', { when: formatDate(c.openedAt), name: c.openedBy.name })
              : t('summary.openedTransfer', { when: formatDate(c.openedAt) })
            : c.openedBy
              ? t('summary.openedScreeningBy', { when: formatDate(c.openedAt), name: c.openedBy.name })
              : formatDate(c.openedAt)}
          {canOpenScreening && c.screeningId !== null ? (
            <>
              {' — '}
              <a href={href(`/screening/${encodeURIComponent(c.screeningId)}`)}>
                {t('summary.openScreening')}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t('summary.exploitation')}</dt>
        <dd>{c.exploitation ? wordFor(exploitationOptions(), c.exploitation) : t('words.notRecorded')}</dd>
        <dt>{t('summary.child')}</dt>
        <dd>{c.child ? t('summary.treatedAsChild') : t('words.no')}</dd>
        <dt>{t('summary.language')}</dt>
        <dd>{c.language ? wordFor(languageOptions(), c.language) : t('words.notRecorded')}</dd>
        <dt>{t('summary.status')}</dt>
        <dd>{caseStatusWords(t, c.status === 'open' ? 'open' : 'closed')}</dd>
      </dl>
      <p className="hint">
        <Trans
          t={t}
          i18nKey={c.identity.mayRead ? 'summary.downloadWithIdentity' : 'summary.download'}
          components={{
            1: <TagLink to={casePath(c.id, '/htcds')} download />,
            2: <TagLink to={casePath(c.id, '/htcds?identity=true')} download />,
          }}
        />
      </p>
      {canTake ? (
        <div className="stack">
          <p className="hint">
            {c.owner ? t('summary.takeOver', { name: c.owner.name }) : t('summary.takeFirst')}
          </p>
          <div>
            <button type="button" className="button primary" disabled={busy} onClick={take}>
              {busy ? t('summary.taking') : t('summary.take')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
