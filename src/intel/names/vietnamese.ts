// Vietnamese is written in Latin letters with diacritics: vowel qualities (ă â ê ô ơ ư), five tone marks and the
// letter đ. Records drop them as often as not ("Nguyễn Văn Quốc", "Nguyen Van Quoc", "NGUYEN VAN QUOC"), so names
// are compared without them. The letters are those of the Vietnamese alphabet (chữ Quốc ngữ).

const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/u;

/** Whether Latin text carries the letters or tone marks of Vietnamese. */
export function looksVietnamese(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

/**
 * Vietnamese text without its diacritics: tone marks and vowel marks removed, đ/Đ written d/D (it is a separate
 * letter, not a d with a mark, so Unicode decomposition alone leaves it). Only marks on Latin letters go: the
 * vowel signs of Thai or Burmese text are left as they are.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
