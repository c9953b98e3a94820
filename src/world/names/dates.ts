import type { Rng } from '../rng.ts';
import type { Nationality } from './types.ts';

// Dates of birth as records write them. Nothing is invented: a recorded date is the real one, its day and
// month swapped, its year alone, or its year in the Thai Buddhist Era (+543).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Years from the Common Era to the Thai Buddhist Era. */
export const BUDDHIST_ERA_OFFSET = 543;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function parseIso(iso: string): [number, number, number] {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (
    iso.length !== 10 ||
    iso.charAt(4) !== '-' ||
    iso.charAt(7) !== '-' ||
    !(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
  ) {
    throw new Error(`not an ISO date: ${iso}`);
  }
  return [y, m, d];
}

/**
 * ISO date 'YYYY-MM-DD' → how it is written in a record. With probability `noise` the record uses a local
 * form instead of ISO: DD/MM/YYYY (and -, . or unpadded variants), '15 Mar 1990', year only, the day and
 * month swapped (MM/DD/YYYY), and for Thai people often the Buddhist Era year (15/03/2533).
 */
export function recordedDate(rng: Rng, isoDate: string, nationality: Nationality, noise: number): string {
  const [y, m, d] = parseIso(isoDate);
  if (!(noise > 0) || !rng.chance(Math.min(noise, 1))) return isoDate;
  const year = nationality === 'TH' && rng.chance(0.6) ? y + BUDDHIST_ERA_OFFSET : y;
  const form = rng.next();
  if (form < 0.1) return String(year);
  if (form < 0.22) {
    const mon = MONTHS[m - 1] as string;
    return `${pad2(d)} ${rng.chance(0.4) ? mon.toUpperCase() : mon} ${year}`;
  }
  if (form < 0.3) return `${year}-${pad2(m)}-${pad2(d)}`;
  const swapped = rng.chance(0.12);
  const first = swapped ? m : d;
  const second = swapped ? d : m;
  const s = rng.next();
  if (s < 0.6) return `${pad2(first)}/${pad2(second)}/${year}`;
  if (s < 0.75) return `${first}/${second}/${year}`;
  if (s < 0.92) return `${pad2(first)}-${pad2(second)}-${year}`;
  return `${pad2(first)}.${pad2(second)}.${year}`;
}
