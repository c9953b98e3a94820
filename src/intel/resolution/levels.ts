// The codes of the comparison levels (src/intel/resolution/comparisons.ts): what a pair's explanation says each
// field reached, kept in the database and sent to the screens, which word them in the reader's language. A pure
// module (nothing of the server): the reply schemas and the web app import it.

/** Every level of every field, by its code; a code several fields share (missing, same, different) is listed once. */
export const LEVEL_CODES = [
  'noName',
  'missing',
  'sameSpelling',
  'sameNameKey',
  'allParts',
  'partsVerySimilar',
  'partsSimilar',
  'vowelsOtherwise',
  'onePartShared',
  'partSharedOtherDifferent',
  'onePartUnlike',
  'same',
  'different',
  'sameDate',
  'sameDateBuddhistEra',
  'dayMonthSwapped',
  'oneDigitDifferent',
  'sameYear',
  'withinYear',
  'phoneShared',
  'phonesOneDigitApart',
  'documentShared',
  'documentsOneEditApart',
  'accountShared',
  'accountsOneEditApart',
  'threePlacesShared',
  'twoPlacesShared',
  'onePlaceShared',
  'placeSpeltAlike',
  'noneAlike',
] as const;

export type LevelCode = (typeof LEVEL_CODES)[number];
