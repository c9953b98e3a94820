/** Thai users read and write years in the Buddhist Era (BE = CE + 543). These convert the values of `date` and
 * `datetime-local` inputs (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) to and from the text a Thai user types:
 * `DD/MM/YYYY` and `DD/MM/YYYY HH:MM`, the year in BE. */

export const BE_OFFSET = 543;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The input's value as Thai text with a BE year; empty for an empty or malformed value. */
export function toBuddhistText(value: string, withTime: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return '';
  const [, y, mo, d, h, mi] = m;
  const date = `${d}/${mo}/${Number(y) + BE_OFFSET}`;
  return withTime ? `${date} ${h ?? '00'}:${mi ?? '00'}` : date;
}

/** Thai text with a BE year as the input's value, or null when it is not a real day (and time). */
export function fromBuddhistText(text: string, withTime: boolean): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const re = withTime
    ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) (\d{1,2})[:.](\d{2})$/
    : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
  const m = re.exec(t);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]) - BE_OFFSET;
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!withTime) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}
