/** A span of minutes in short words: "35 min", "2 h", "3 days". */
export function span(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 90) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} days`;
}

/**
 * A triage due time relative to now: "due in 35 min", "overdue by 2 h". `now` is given by tests; the queue passes
 * the time it was loaded.
 */
export function dueWords(dueAt: string | null, now: number = Date.now()): string {
  if (!dueAt) return 'no target';
  const minutes = (new Date(dueAt).getTime() - now) / 60_000;
  if (minutes >= 0.5) return `due in ${span(minutes)}`;
  if (minutes > -0.5) return 'due now';
  return `overdue by ${span(-minutes)}`;
}
