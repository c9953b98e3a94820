import anyAscii from 'any-ascii';

/** Thai script to the Latin spelling people use for names. Placeholder: letter-by-letter until the romaniser lands. */
export function romaniseThai(text: string): string {
  return anyAscii(text);
}
