import type { TFunction } from 'i18next';

/** A span of minutes in short words: "35 min", "2 h", "3 days". */
export function span(t: TFunction<'monitoring'>, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 90) return t('due.minutes', { n: m });
  const h = Math.round(m / 60);
  if (h < 48) return t('due.hours', { n: h });
  return t('due.days', { count: Math.round(h / 24) });
}

/**
 * A triage due time relative to now: "due in 35 min", "overdue by 2 h". `now` is given by tests; the queue passes
 * the time it was loaded.
 */
export function dueWords(t: TFunction<'monitoring'>, dueAt: string | null, now: number = Date.now()): string {
  if (!dueAt) return t('due.noTarget');
  const minutes = (new Date(dueAt).getTime() - now) / 60_000;
  if (minutes >= 0.5) return t('due.dueIn', { span: span(t, minutes) });
  if (minutes > -0.5) return t('due.dueNow');
  return t('due.overdueBy', { span: span(t, -minutes) });
}
