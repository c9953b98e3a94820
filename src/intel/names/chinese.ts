import anyAscii from 'any-ascii';

/** Chinese script to the Latin spelling people use for names. Placeholder: letter-by-letter until the romaniser lands. */
export function romaniseChinese(text: string): string {
  return anyAscii(text);
}
