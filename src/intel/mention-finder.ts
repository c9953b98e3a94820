import { nameKey, plainKey } from './name-key.ts';
import { phoneKeys } from './search.ts';

/**
 * Where in a text the entities of an agency may be named: every run of up to MAX_WORDS words is keyed as the
 * search keys are (search.ts keyFor): names by their name key (name-key.ts: any spelling, script or order of the
 * parts), numbers by their letters and digits and, when they read as one, as a phone number in E.164. The keys
 * are looked up in search_keys (mentions.ts); here they are only made, with the run of words each came from, so
 * that a name found inside a longer name found ("Ho" in "Household 1, Ho") is dropped.
 *
 * Words are cut by Intl.Segmenter, which cuts Thai, Lao, Khmer and Burmese by dictionary: a name cut in two is
 * joined again both as written and with a space between its pieces, the way names are stored.
 */

/** The longest run of words looked up as one name or number ("Mekong Kawthaung Seafood Co. 2"). */
export const MAX_WORDS = 6;
/** Shorter keys are too common to tie a report to an entity by ("Ho", "12"). */
const MIN_NAME_KEY = 3;
const MIN_PLAIN_KEY = 4;
const MIN_PHONE_DIGITS = 7;
/** A group of a plate or document number that holds no digit: a few capitals (KYN) or letters of a script without case (กข). */
const SHORT_CODE = /^(?:\p{Lu}{1,3}|[\p{Lo}\p{M}]{1,3})$/u;

export type KeyKind = 'name' | 'phone' | 'number';

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text with where each begins and ends. */
function wordsOf(text: string): { index: number; end: number; text: string }[] {
  const out: { index: number; end: number; text: string }[] = [];
  for (const s of segmenter.segment(text))
    if (s.isWordLike) out.push({ index: s.index, end: s.index + s.segment.length, text: s.segment });
  return out;
}

/** Every key the text could name an entity by, each with the runs of words (by word index) it came from. */
export function candidateKeys(text: string): Map<string, { kind: KeyKind; key: string; spans: Span[] }> {
  const words = wordsOf(text);
  const out = new Map<string, { kind: KeyKind; key: string; spans: Span[] }>();
  const add = (kind: KeyKind, key: string, span: Span) => {
    const id = `${kind}\u0000${key}`;
    const hit = out.get(id);
    if (hit) hit.spans.push(span);
    else out.set(id, { kind, key, spans: [span] });
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + MAX_WORDS); j++) {
      const first = words[i];
      const last = words[j];
      if (!first || !last) continue;
      const written = text.slice(first.index, last.end);
      const span = { start: i, end: j };
      if (/\p{L}/u.test(written)) {
        const keys = new Set([nameKey(written)]);
        if (j > i)
          keys.add(
            nameKey(
              words
                .slice(i, j + 1)
                .map((w) => w.text)
                .join(' '),
            ),
          );
        for (const k of keys) if (k.replaceAll(' ', '').length >= MIN_NAME_KEY) add('name', k, span);
      }
      // A number is a run of words holding digits, with short letter groups between (plates: KYN 6A-6023);
      // a phone number is digits only. A run reaching into the words around it is not one.
      const run = words.slice(i, j + 1);
      if (/\d/.test(written) && run.every((w) => /\d/.test(w.text) || SHORT_CODE.test(w.text))) {
        const plain = plainKey(written);
        if (plain.length >= MIN_PLAIN_KEY) add('number', plain, span);
        if (run.every((w) => /^\d+$/.test(w.text)) && (written.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS)
          for (const p of phoneKeys(written)) add('phone', p, span);
      }
    }
  }
  return out;
}

/**
 * Of the runs that matched an entity, those not inside a longer run that matched another: the longest names
 * first, so a part of a name found is not taken for a name of its own.
 */
export function outermost<T>(hits: { span: Span; value: T }[]): { span: Span; value: T }[] {
  const sorted = [...hits].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  const kept: { span: Span; value: T }[] = [];
  for (const h of sorted) {
    const inside = kept.some(
      (k) =>
        k.span.start <= h.span.start &&
        h.span.end <= k.span.end &&
        (k.span.start !== h.span.start || k.span.end !== h.span.end),
    );
    if (!inside) kept.push(h);
  }
  return kept;
}
