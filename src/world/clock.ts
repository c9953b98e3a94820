/** Fast, allocation-light formatting of local times with their UTC offsets, for millions of records. */
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const HMS: string[] = [];
for (let s = 0; s < 86_400; s++)
  HMS.push(`${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`);

const dayCache = new Map<number, string>();
/** 'YYYY-MM-DD' of a day number (days since 1970, UTC). */
export function isoDay(day: number): string {
  let s = dayCache.get(day);
  if (s === undefined) {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dayCache.size < 200_000) dayCache.set(day, s);
  }
  return s;
}

const offsetText = (min: number) =>
  `${min < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(min) / 60))}:${pad2(Math.abs(min) % 60)}`;
const OFFSETS = new Map<number, string>();

/** ISO 8601 local time with its offset, from a UTC instant in seconds since 1970 and the place's offset. */
export function localIso(utcSeconds: number, offsetMin: number): string {
  const local = utcSeconds + offsetMin * 60;
  const day = Math.floor(local / 86_400);
  let off = OFFSETS.get(offsetMin);
  if (off === undefined) {
    off = offsetText(offsetMin);
    OFFSETS.set(offsetMin, off);
  }
  return `${isoDay(day)}T${HMS[local - day * 86_400]}${off}`;
}
