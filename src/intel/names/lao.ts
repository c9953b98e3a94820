import anyAscii from 'any-ascii';

/** Lao script to the Latin spelling people use for names. Placeholder: letter-by-letter until the romaniser lands. */
export function romaniseLao(text: string): string {
  return anyAscii(text);
}
