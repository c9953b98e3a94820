/**
 * How fast a tip must be triaged, by the danger the intake records: a risk to life first. An agency works to these
 * targets; a tip still untriaged at its target is overdue and is escalated (triage.ts).
 */
export const DANGERS = ['life', 'high', 'medium', 'low', 'unknown'] as const;
export type Danger = (typeof DANGERS)[number];

export const DANGER_WORDS: Record<Danger, string> = {
  life: 'Risk to life now',
  high: 'Serious harm likely soon',
  medium: 'Exploitation going on, no immediate danger',
  low: 'Concern, no sign of present harm',
  unknown: 'Not known',
};

/** Minutes from receipt to triage. An unknown danger is treated as serious until someone has looked. */
export const TRIAGE_TARGET_MINUTES: Record<Danger, number> = {
  life: 60,
  high: 4 * 60,
  medium: 24 * 60,
  low: 72 * 60,
  unknown: 4 * 60,
};

/** Order of the queue: lower first. */
export const DANGER_RANK: Record<Danger, number> = { life: 0, high: 1, unknown: 2, medium: 3, low: 4 };

export const isDanger = (s: string | null | undefined): s is Danger =>
  s !== null && s !== undefined && (DANGERS as readonly string[]).includes(s);

/** When a tip received at `receivedAt` with this danger must have been triaged. */
export function triageDueAt(danger: string | null | undefined, receivedAt: Date): Date {
  const minutes = TRIAGE_TARGET_MINUTES[isDanger(danger) ? danger : 'unknown'];
  return new Date(receivedAt.getTime() + minutes * 60_000);
}
