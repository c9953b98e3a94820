import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { reasonsWords } from './duplicateWords.ts';
import { alike } from './IntakeResult.tsx';
import { tipApi, tipPath, word } from './labels.ts';
import type { DuplicateBody, TipDuplicate } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tipId: string;
  duplicates: TipDuplicate[];
  canDecide: boolean;
  onChanged: () => void;
}

/** Other tips that may tell the same matter, with why; the operator confirms or rejects each. */
export function DuplicatesPanel({ tipId, duplicates, canDecide, onChanged }: Props) {
  const { t } = useTranslation('monitoring');
  const action = useTipAction(onChanged);
  const decide = (other: string, decision: DuplicateBody['decision']) =>
    void action.run(
      () =>
        api.post(tipApi(tipId, `/duplicates/${encodeURIComponent(other)}`), {
          decision,
        } satisfies DuplicateBody),
      decision === 'confirmed'
        ? t('duplicates.confirmed', { id: other })
        : t('duplicates.rejected', { id: other }),
    )();
  const hidden = <span className="visually-hidden" />;
  return (
    <section className="panel" aria-labelledby="dups-h">
      <h2 id="dups-h">{t('duplicates.title')}</h2>
      {duplicates.length === 0 ? <p>{t('duplicates.none')}</p> : null}
      <ul className="tip-duplicates">
        {duplicates.map((d) => (
          <li key={d.id} aria-label={t('shared.tipNamed', { id: d.id })}>
            <p>
              <Trans
                t={t}
                i18nKey="duplicates.line"
                values={{
                  id: d.id,
                  channel: word('channel', d.channel),
                  at: formatDateTime(d.receivedAt),
                  status: word('duplicateStatus', d.status),
                }}
                components={{ 1: <a href={href(tipPath(d.id))}>{d.id}</a>, 2: <strong /> }}
              />
            </p>
            <p className="muted">{d.excerpt}</p>
            <p>{t('duplicates.alike', { percent: alike(d.score), reasons: reasonsWords(t, d.reasons) })}</p>
            {canDecide && d.status === 'suggested' ? (
              <p>
                <button
                  type="button"
                  className="button small"
                  disabled={action.busy}
                  onClick={() => decide(d.id, 'confirmed')}
                >
                  <Trans t={t} i18nKey="duplicates.same" values={{ id: d.id }} components={{ 1: hidden }} />
                </button>{' '}
                <button
                  type="button"
                  className="button small"
                  disabled={action.busy}
                  onClick={() => decide(d.id, 'rejected')}
                >
                  <Trans
                    t={t}
                    i18nKey="duplicates.notSame"
                    values={{ id: d.id }}
                    components={{ 1: hidden }}
                  />
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
