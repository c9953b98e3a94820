import { dateFormat } from './format.ts';

/** Conversions between ISO instants and the local values of `datetime-local` and `date` inputs. */

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in this browser's time zone (to the minute, or the second). */
export function toLocalInput(iso: string | null, seconds = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${day}T${time}`;
}

/** A `datetime-local` value (local time) as an ISO instant, or null when empty or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The time of day to the second: entries in the field are told apart by it. */
export const formatClock = (iso: string): string =>
  dateFormat({ hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));

/** A `YYYY-MM-DD` day as words, read in local time so it never shifts by a day. */
export const formatDay = (ymd: string): string => {
  const d = new Date(`${ymd}T00:00:00`);
  return Number.isNaN(d.getTime()) ? ymd : dateFormat({ dateStyle: 'medium' }).format(d);
};
