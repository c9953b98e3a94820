import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import type { Loaded } from '../../useLoad.ts';
import { WrittenName } from './RecordCard.tsx';
import type { Decision, Decisions } from './types.ts';
import { sourceWords } from './words.ts';

interface Props {
  decisions: Loaded<Decisions>;
  canWrite: boolean;
  busy: boolean;
  onUndo: (d: Decision) => void;
}

const verdict = (t: TFunction<'intel'>, d: Decision) =>
  d.decision === 'same' ? t('people.decide.same') : t('people.decide.different');

function Side({ r }: { r: Decision['a'] }) {
  const { t } = useTranslation('intel');
  if (!r) return <span className="muted">{t('people.unseen')}</span>;
  return (
    <span>
      “<WrittenName name={r.name} />” <span className="muted small">({sourceWords(r.source)})</span>
    </span>
  );
}

/** The agency's decisions on pairs, newest first; a decision still in force can be undone. */
export function DecisionHistory({ decisions, canWrite, busy, onUndo }: Props) {
  const { t } = useTranslation('intel');
  const list = decisions.data?.decisions ?? [];
  return (
    <section className="panel" aria-labelledby="resolution-decisions-h">
      <h2 id="resolution-decisions-h">{t('people.history.heading')}</h2>
      {decisions.loading && !decisions.data ? <p className="muted">{t('people.history.loading')}</p> : null}
      {decisions.data && list.length === 0 ? <p className="muted">{t('people.history.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="decision-history" aria-label={t('people.history.label')}>
          {list.map((d) => (
            <li key={d.id} data-decision={d.id} className={d.undoneAt ? 'undone' : undefined}>
              <p className="decision-what">
                <Trans
                  t={t}
                  i18nKey="people.history.what"
                  values={{ verdict: verdict(t, d) }}
                  components={{ 1: <strong />, 2: <Side r={d.a} />, 3: <Side r={d.b} /> }}
                />
              </p>
              <p className="small muted">
                <Trans
                  t={t}
                  i18nKey="people.history.by"
                  values={{
                    who: d.decidedBy ?? t('people.history.someone'),
                    when: formatDateTime(d.decidedAt),
                  }}
                  components={{ 1: <time dateTime={d.decidedAt} /> }}
                />
                {d.note ? <> · {t('people.history.note', { note: d.note })}</> : null}
                {d.undoneAt ? (
                  <>
                    {' '}
                    ·{' '}
                    <Trans
                      t={t}
                      i18nKey="people.history.undone"
                      values={{ when: formatDateTime(d.undoneAt) }}
                      components={{ 1: <strong />, 2: <time dateTime={d.undoneAt} /> }}
                    />
                  </>
                ) : null}
              </p>
              {canWrite && !d.undoneAt ? (
                <button type="button" className="button small" disabled={busy} onClick={() => onUndo(d)}>
                  {t('people.history.undo')}
                  <span className="visually-hidden">
                    {t('people.history.undoContext', {
                      verdict: verdict(t, d),
                      a: d.a?.name ?? t('people.aRecord'),
                      b: d.b?.name ?? t('people.aRecord'),
                    })}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
