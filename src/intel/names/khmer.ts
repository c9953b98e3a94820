import anyAscii from 'any-ascii';

/** Khmer script to the Latin spelling people use for names. Placeholder: letter-by-letter until the romaniser lands. */
export function romaniseKhmer(text: string): string {
  return anyAscii(text);
}
