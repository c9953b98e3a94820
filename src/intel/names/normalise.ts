import { zawgyiToUnicode } from './zawgyi.ts';

// Text as it is stored, in a module of its own: the imports' reading threads normalise every name and text they
// read, and should not load the romanisers (index.ts) for it.

/** Text as it should be stored and searched: Unicode (Zawgyi Burmese converted), composed. */
export function normaliseText(text: string): string {
  return zawgyiToUnicode(text).normalize('NFC');
}
