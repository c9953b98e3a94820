// Khmer words of names whose usual spelling departs from what their letters give by the rules of khmer.ts:
// Pali and Sanskrit words whose consonant is read twice or not at all (ឧត្តម, read ʔut-dɑm, is Oudom; the ស of
// រស្មី ends one syllable and begins the next: Raksmey; the ្រ of ពេជ្រ is silent and its vowel read ɨ: Pich).
// Facts (a word and the spelling Cambodians use for it in names) from Wikipedia article titles of Cambodian people
// and the royal house (Norodom Sihamoni, Pich Chanmony, Prak Mony Udom; CC BY-SA 4.0). `native|usual`.
export const KHMER_WORDS: readonly string[] = ['នរោត្តម|Norodom', 'ឧត្តម|Oudom', 'ពេជ្រ|Pich', 'រស្មី|Raksmey'];
