// Limits of the public page that do not identify anyone: counted over all reporters together (no address, no
// cookie, no fingerprint is kept to tell one sender from another), and per receipt code for additions (counted
// from the report's own messages). A flood slows every reporter down for a while; it cannot single one out.

export interface PublicLimits {
  /** Largest request body of the page's forms, in bytes (percent-encoded Thai takes 9 bytes a character). */
  bodyBytes: number;
  /** New reports accepted per minute and per hour, from everyone together. */
  reportsPerMinute: number;
  reportsPerHour: number;
  /** Wrong receipt codes per minute, from everyone together; beyond it no code is tried until the minute passes. */
  wrongCodesPerMinute: number;
  /** Additions a reporter may make to one report in 24 hours. */
  additionsPerCodePerDay: number;
  /** Characters of each answer. */
  text: {
    what: number;
    place: number;
    occurred: number;
    contact: number;
    addition: number;
  };
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  bodyBytes: 64 * 1024,
  reportsPerMinute: 20,
  reportsPerHour: 300,
  wrongCodesPerMinute: 30,
  additionsPerCodePerDay: 10,
  text: { what: 4000, place: 500, occurred: 200, contact: 300, addition: 4000 },
};

export type PublicLimitOverrides = Partial<Omit<PublicLimits, 'text'>> & {
  text?: Partial<PublicLimits['text']>;
};

export const publicLimits = (o: PublicLimitOverrides = {}): PublicLimits => ({
  ...DEFAULT_PUBLIC_LIMITS,
  ...o,
  text: { ...DEFAULT_PUBLIC_LIMITS.text, ...o.text },
});

/** A count of events in the last `windowMs`, kept as their times only. */
export class SlidingWindow {
  private times: number[] = [];
  private readonly limit: number;
  private readonly windowMs: number;
  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  private prune(now: number): void {
    const since = now - this.windowMs;
    let drop = 0;
    while (drop < this.times.length && (this.times[drop] as number) <= since) drop++;
    if (drop) this.times = this.times.slice(drop);
  }

  /** Whether one more event may happen now. */
  allows(now: number): boolean {
    this.prune(now);
    return this.times.length < this.limit;
  }

  record(now: number): void {
    this.prune(now);
    this.times.push(now);
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The page's global counters. */
export class PublicCounters {
  private readonly reportsMinute: SlidingWindow;
  private readonly reportsHour: SlidingWindow;
  private readonly wrongCodes: SlidingWindow;
  constructor(limits: PublicLimits) {
    this.reportsMinute = new SlidingWindow(limits.reportsPerMinute, MINUTE);
    this.reportsHour = new SlidingWindow(limits.reportsPerHour, HOUR);
    this.wrongCodes = new SlidingWindow(limits.wrongCodesPerMinute, MINUTE);
  }

  mayReport(now: number): boolean {
    return this.reportsMinute.allows(now) && this.reportsHour.allows(now);
  }

  reported(now: number): void {
    this.reportsMinute.record(now);
    this.reportsHour.record(now);
  }

  mayTryCode(now: number): boolean {
    return this.wrongCodes.allows(now);
  }

  wrongCode(now: number): void {
    this.wrongCodes.record(now);
  }
}
