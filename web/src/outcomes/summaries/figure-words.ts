import { COUNTRY_NAMES, EXPLOITATION_LABELS } from '../labels.ts';
import type { SummaryFigures, SummaryStatus } from './types.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2026-11" as "November 2026". */
export function monthWords(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return 'month not known';
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

const exploitationWord = (code: string) =>
  (EXPLOITATION_LABELS.find(([c]) => c === code)?.[1] ?? code).toLowerCase();

function money(value: Record<string, number>): string {
  return Object.entries(value)
    .map(([currency, amount]) => `${amount.toLocaleString('en-GB')} ${currency}`)
    .join(', ');
}

/**
 * The figures a summary rests on, one sentence each, in plain words: what the press text may say and no more.
 * Zero figures are said too, so that a reviewer sees what the text should not claim.
 */
export function figureLines(f: SummaryFigures): string[] {
  const where = [f.province, f.country ? (COUNTRY_NAMES[f.country] ?? f.country) : null]
    .filter(Boolean)
    .join(', ');
  const prison = f.sentences.filter((s) => !s.suspended);
  const suspended = f.sentences.length - prison.length;
  const lines = [
    `When: ${monthWords(f.month)}.`,
    `Where: ${where || 'province not known'}.`,
    f.exploitation.length
      ? `Kind of exploitation: ${f.exploitation.map(exploitationWord).join(', ')}.`
      : 'Kind of exploitation: not recorded.',
    `${count(f.arrests, 'arrest', 'arrests')}; ${count(f.exhibitsSeized, 'item', 'items')} of evidence seized.`,
    `${count(f.removed, 'person', 'people')} brought to safety${f.childrenAmongRemoved ? ', children among them' : ''}; ${count(f.presumedVictims, 'presumed victim', 'presumed victims')} identified by screening so far.`,
  ];
  if (f.allThreeObjectivesMet !== null)
    lines.push(
      f.allThreeObjectivesMet
        ? 'The operation met all three of its objectives (arrests, evidence, people brought to safety).'
        : 'The operation did not meet all three of its objectives.',
    );
  lines.push(
    `${count(f.charges, 'charge', 'charges')} brought; ${count(f.convictions, 'conviction', 'convictions')}, ${count(f.acquittals, 'acquittal', 'acquittals')}.`,
  );
  if (f.sentences.length)
    lines.push(
      `${count(f.sentences.length, 'sentence', 'sentences')}${
        prison.length ? `, up to ${Math.max(...prison.map((s) => s.prisonMonths))} months in prison` : ''
      }${suspended ? `, ${suspended} suspended` : ''}.`,
    );
  lines.push(
    f.assetsConfiscated.count
      ? `${count(f.assetsConfiscated.count, 'asset', 'assets')} confiscated${
          Object.keys(f.assetsConfiscated.value).length ? ` (${money(f.assetsConfiscated.value)})` : ''
        }.`
      : 'No asset confiscated.',
  );
  return lines;
}

export const STATUS_WORDS: Record<SummaryStatus, string> = {
  draft: 'Draft, waiting for approval',
  approved: 'Approved, not yet released',
  released: 'Released to the press',
  withdrawn: 'Withdrawn',
};
