/** Burmese text typed in the Zawgyi encoding, converted to Unicode; other text unchanged. Placeholder. */
export function zawgyiToUnicode(text: string): string {
  return text;
}
