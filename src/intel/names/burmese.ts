import anyAscii from 'any-ascii';

/** Burmese script to the Latin spelling people use for names. Placeholder: letter-by-letter until the romaniser lands. */
export function romaniseBurmese(text: string): string {
  return anyAscii(text);
}
