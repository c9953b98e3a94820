import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TimelineFilter } from './TimelineFilter.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import { KINDS } from './timeline.ts';
import type { TimelineKind } from './types.ts';
import { useTimeline } from './useTimeline.ts';

/**
 * The entity's events in time: calls, transfers and crossings of what it holds, tips placed near it (for those
 * who may see tips), and the reports about it. With `phoneNumber` instead, the calls of a number that no entity
 * is known by (one met only in call records).
 */
export function TimelinePanel({
  entityId,
  phoneNumber,
  canSeeTips,
}: { canSeeTips: boolean } & (
  | { entityId: string; phoneNumber?: never }
  | { phoneNumber: string; entityId?: never }
)) {
  const { t } = useTranslation('intel');
  const line = useTimeline(
    phoneNumber
      ? `/api/intel/phones/${encodeURIComponent(phoneNumber)}/timeline`
      : `/api/intel/entities/${encodeURIComponent(entityId ?? '')}/timeline`,
  );
  const kinds = canSeeTips ? KINDS : KINDS.filter((k) => k !== 'tip');
  const [shown, setShown] = useState<ReadonlySet<TimelineKind>>(() => new Set(KINDS));
  const tally = Object.fromEntries(
    KINDS.map((k) => [k, line.events.filter((e) => e.kind === k).length]),
  ) as Record<TimelineKind, number>;
  const visible = line.events.filter((e) => shown.has(e.kind));
  return (
    <section className="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('timeline.heading')}</h2>
      <p className="hint">
        {phoneNumber ? t('timeline.phoneHint') : canSeeTips ? t('timeline.hintWithTips') : t('timeline.hint')}
      </p>
      {line.identifiers === 0 ? <p>{t('timeline.noIdentifiers')}</p> : null}
      {line.events.length > 0 ? (
        <>
          <TimelineFilter kinds={kinds} shown={shown} onChange={setShown} tally={tally} />
          {visible.length > 0 ? (
            <TimelineTable events={visible} />
          ) : (
            <p className="muted">{t('timeline.noneChosen')}</p>
          )}
        </>
      ) : null}
      {!line.loading && !line.error && line.events.length === 0 && line.identifiers !== 0 ? (
        <p className="muted">{t('timeline.nothing')}</p>
      ) : null}
      {line.loading && line.events.length === 0 ? <p className="muted">{t('timeline.loading')}</p> : null}
      {line.more ? (
        <p className="after-form">
          <button
            type="button"
            className="button"
            onClick={() => (line.loading ? undefined : line.older())}
            aria-disabled={line.loading || undefined}
          >
            {t('timeline.older')}
          </button>
        </p>
      ) : line.events.length > 0 ? (
        <p className="muted small">{t('timeline.all')}</p>
      ) : null}
      <StatusMessage
        message={
          line.loading && line.events.length > 0
            ? t('timeline.loadingOlder')
            : line.added === null
              ? null
              : t('timeline.olderLoaded', { count: line.added })
        }
      />
      <ErrorMessage message={line.error} />
    </section>
  );
}
