import { useState } from 'react';
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
  const t = useTimeline(
    phoneNumber
      ? `/api/intel/phones/${encodeURIComponent(phoneNumber)}/timeline`
      : `/api/intel/entities/${encodeURIComponent(entityId ?? '')}/timeline`,
  );
  const kinds = canSeeTips ? KINDS : KINDS.filter((k) => k !== 'tip');
  const [shown, setShown] = useState<ReadonlySet<TimelineKind>>(() => new Set(KINDS));
  const tally = Object.fromEntries(
    KINDS.map((k) => [k, t.events.filter((e) => e.kind === k).length]),
  ) as Record<TimelineKind, number>;
  const visible = t.events.filter((e) => shown.has(e.kind));
  return (
    <section className="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      {phoneNumber ? (
        <p className="hint">Newest first: calls to and from this number in your agency’s call records.</p>
      ) : (
        <p className="hint">
          Newest first: calls, money transfers and border crossings of the numbers, accounts, vehicles and
          documents this entity holds, from your agency’s records,{' '}
          {canSeeTips ? 'tips placed within 1 km of a site, ' : ''}and the reports that speak of it.
        </p>
      )}
      {t.identifiers === 0 ? (
        <p>
          No calls, transfers or crossings are recorded for this entity’s numbers, accounts, vehicles or
          documents: it has none yet. Add its number as a fact, or link it to the phones, accounts, vehicles
          and documents it holds.
        </p>
      ) : null}
      {t.events.length > 0 ? (
        <>
          <TimelineFilter kinds={kinds} shown={shown} onChange={setShown} tally={tally} />
          {visible.length > 0 ? (
            <TimelineTable events={visible} />
          ) : (
            <p className="muted">No events of the kinds chosen are loaded.</p>
          )}
        </>
      ) : null}
      {!t.loading && !t.error && t.events.length === 0 && t.identifiers !== 0 ? (
        <p className="muted">Nothing is recorded in time for this entity yet.</p>
      ) : null}
      {t.loading && t.events.length === 0 ? <p className="muted">Loading the timeline…</p> : null}
      {t.more ? (
        <p className="after-form">
          <button
            type="button"
            className="button"
            onClick={() => (t.loading ? undefined : t.older())}
            aria-disabled={t.loading || undefined}
          >
            Older
          </button>
        </p>
      ) : t.events.length > 0 ? (
        <p className="muted small">Everything recorded is shown.</p>
      ) : null}
      <StatusMessage message={t.loading && t.events.length > 0 ? 'Loading older events…' : t.status} />
      <ErrorMessage message={t.error} />
    </section>
  );
}
