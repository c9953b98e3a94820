import type { TFunction } from 'i18next';
import { formatNumber, languageName } from '../ui/format.ts';
import { joinWords } from './labels.ts';
import { channelWords } from './tipWords.ts';
import type { TimelineEvent, TimelineKind, TimelinePage } from './types.ts';

/** Events asked for per stream and page. */
export const PAGE_SIZE = 50;

export const KINDS: readonly TimelineKind[] = ['call', 'transfer', 'crossing', 'report', 'tip'];

/** An event's kind in words ("Call"), and the kind's events together ("Calls"), for the filter. */
export const kindWords = (t: TFunction<'intel'>, kind: TimelineKind): string => t(`codes.eventKind.${kind}`);
export const kindsWords = (t: TFunction<'intel'>, kind: TimelineKind): string =>
  t(`codes.eventKinds.${kind}`);

const STREAM: Record<keyof TimelinePage['counts'], TimelineKind> = {
  calls: 'call',
  transfers: 'transfer',
  crossings: 'crossing',
  reports: 'report',
  tips: 'tip',
};

/**
 * The part of a page that can be shown without a gap, and whether older events remain. Each stream brings its
 * newest `limitPerStream` events: a stream that filled its quota may have more events older than its last one
 * but newer than another stream's last, so events are shown only down to the latest of the full streams' last
 * events. The next page starts before that point.
 */
export function usablePart(page: TimelinePage): { events: TimelineEvent[]; more: boolean } {
  const full = (Object.keys(STREAM) as (keyof TimelinePage['counts'])[])
    .filter((s) => page.counts[s] >= page.limitPerStream)
    .map((s) => STREAM[s]);
  if (full.length === 0) return { events: page.events, more: false };
  // ISO instants in the same form sort as text.
  const lastOf = (kind: TimelineKind) =>
    page.events
      .filter((e) => e.kind === kind)
      .map((e) => e.at)
      .sort()[0] ?? '';
  const cutoff = full.map(lastOf).sort().at(-1) ?? '';
  return { events: page.events.filter((e) => e.at >= cutoff), more: true };
}

const reportOf = (e: TimelineEvent) => (e.kind === 'report' ? e.reportId : '');

/**
 * The shown events followed by a next page's, newest first. Reports are dated by the day, so one dated on the
 * day of the point the next page starts from can come again: it is kept once.
 */
export function appendPage(shown: readonly TimelineEvent[], next: readonly TimelineEvent[]): TimelineEvent[] {
  const reports = new Set(shown.map(reportOf).filter(Boolean));
  const fresh = next.filter((e) => !reports.has(reportOf(e)));
  return [...shown, ...fresh].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** What happened, in words: "Call to +66…", "1,500 THB from SCB-9", "Crossed in at Mae Sot"; a report's title and a
 * tip's words as written. */
export function summaryWords(t: TFunction<'intel'>, e: TimelineEvent): string {
  switch (e.kind) {
    case 'call':
      return t(`timeline.summary.${e.medium}_${e.direction}`, { number: e.counterpart });
    case 'transfer':
      return t(`timeline.summary.transfer_${e.direction}`, {
        amount: formatNumber(Number(e.amount), { maximumFractionDigits: 2 }),
        currency: e.currency,
        account: e.counterpart,
      });
    case 'crossing':
      return t(`timeline.summary.crossing_${e.direction}`, { checkpoint: e.checkpoint });
    case 'report':
      return e.title;
    case 'tip':
      return e.text;
  }
}

/** A line of detail under an event's summary: a call's length and cell, a transfer's channel, a crossing's ids. */
export function detailWords(t: TFunction<'intel'>, e: TimelineEvent): string {
  const join = (parts: (string | null)[]) => joinWords(parts.filter((p): p is string => Boolean(p)));
  switch (e.kind) {
    case 'call':
      return join([
        e.durationS > 0 ? t('timeline.detail.seconds', { n: formatNumber(e.durationS) }) : '',
        e.cell ? t('timeline.detail.cell', { cell: e.cell }) : '',
      ]);
    case 'transfer':
      // The channel is as the agency's file wrote it.
      return e.channel ? t('timeline.detail.channel', { channel: e.channel.replaceAll('_', ' ') }) : '';
    case 'crossing':
      return join([
        e.plate ? t('timeline.detail.vehicle', { plate: e.plate }) : '',
        e.document ? t('timeline.detail.document', { document: e.document }) : '',
      ]);
    case 'report':
      return e.handling ? t('timeline.detail.handling', { code: e.handling }) : '';
    case 'tip':
      return join([
        channelWords(e.channel),
        `TLP:${e.tlp}`,
        e.placeHint,
        e.language ? t('timeline.detail.language', { language: languageName(e.language) }) : '',
      ]);
  }
}
