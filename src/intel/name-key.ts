import anyAscii from 'any-ascii';
import { romaniseName } from './names/index.ts';
import { phoneticPart } from './names/phonetic.ts';
import { dropTitles } from './names/titles.ts';
import { foldVietnamese } from './names/vietnamese.ts';

/**
 * The parts of a name as they are matched, in written order: romanised from its script (Thai, Lao, Khmer,
 * Burmese, Chinese), diacritics folded (Nguyễn → nguyen, Đặng → dang), titles before it dropped (U, Daw, Nai,
 * Mr…), and each part reduced to its phonetic key (names/phonetic.ts), so that Kyaw/Gyaw/Chaw and
 * Phromma/Prommah meet. Each part is keyed alone, so the search's vocabulary of parts stays a vocabulary.
 */
export function namePartKeys(name: string): string[] {
  // Titles are told by their written form (Bà is a title, Ba a name), so they go before the marks are folded.
  // A hyphen inside a word joins the syllables of one name (Thai Chan-o-cha, Silpa-archa; Wade–Giles Ying-jeou),
  // as the name's script writes it.
  const words = romaniseName(name)
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  return dropTitles(words)
    .map((w) =>
      anyAscii(foldVietnamese(w))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean)
    .map(phoneticPart);
}

/**
 * The key a name is stored and matched by: its part keys sorted, so that "Nguyen Thi Lan" and "Lan Thi Nguyen"
 * meet, and so do "Somchai Jaidee", "Somchay Chaidee" and "สมชาย ใจดี". Stored beside every name in search_keys:
 * when it changes, NAME_KEY_VERSION changes and stored keys are rebuilt at start (name-rekey.ts).
 */
export function nameKey(name: string): string {
  return namePartKeys(name).sort().join(' ');
}

/** Numbers and plates are matched on their letters and digits only. */
export const plainKey = (value: string): string =>
  anyAscii(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
