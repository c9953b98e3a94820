/** A line of a tip's history in the chosen language: the server sends the entry's kind with codes and values. */
import type { TFunction } from 'i18next';
import { word } from './labels.ts';
import type { TipEvent } from './types.ts';

function triagedWords(t: TFunction<'monitoring'>, d: TipEvent['detail']): string {
  const judged = [
    word('danger', d.danger ?? 'unknown'),
    word('kind', d.tipKind ?? 'unknown'),
    word('childrenShort', d.children ?? 'unknown'),
    d.placed ? t('history.event.placed') : null,
  ]
    .filter((w): w is string => w !== null)
    .join(t('history.event.separator'));
  return d.received ? t('history.event.receivedTriaged', { judged }) : t('history.event.triaged', { judged });
}

export function eventWords(t: TFunction<'monitoring'>, e: TipEvent): string {
  const d = e.detail;
  switch (e.kind) {
    case 'entered':
      return d.via === 'public_page'
        ? t('history.event.enteredPublic')
        : d.via === 'routing'
          ? t('history.event.enteredRouted')
          : word('eventKind', 'entered');
    case 'triaged':
      return triagedWords(t, d);
    case 'escalated':
      return d.overdue ? t('history.event.overdue') : word('eventKind', 'escalated');
    case 'routed':
      return d.agency ? t('history.event.routedTo', { agency: d.agency }) : word('eventKind', 'routed');
    case 'note':
      if (d.duplicate && d.decision === 'confirmed') return t('history.event.same', { id: d.duplicate });
      if (d.duplicate && d.decision === 'rejected') return t('history.event.notSame', { id: d.duplicate });
      return word('eventKind', 'note');
    default:
      return word('eventKind', e.kind);
  }
}
