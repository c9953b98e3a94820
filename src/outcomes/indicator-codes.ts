import { OUTCOMES } from '../monitoring/inspection-catalogue.ts';
import { ROW_WORDS } from './report-texts.ts';

// The indicator tables name their dimensions and rows in English words (the printed report words them per language
// from src/outcomes/report-texts*.ts). The screens word them from their own catalogue, by these codes.

/** A word as a code: lower case, each run of other characters one underscore. */
export const wordCode = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const ROWS = new Set<string>(ROW_WORDS);
/** The kinds of inspection outcome are rows by their labels: their code is the catalogue's own. */
const OUTCOME_CODES = new Map<string, string>(
  Object.entries(OUTCOMES).map(([code, label]) => [label, `outcome_${code}`]),
);

/** A row word's code; null for a value the tables name as recorded (not one of their words). */
export const rowCode = (word: string): string | null =>
  ROWS.has(word) ? (OUTCOME_CODES.get(word) ?? wordCode(word)) : null;

/** A table as the screens take it: with its dimensions and each cell's key as codes. */
export const withCodes = <T extends { dimensions: string[]; cells: { key: string[] }[] }>(table: T) => ({
  ...table,
  dimensionCodes: table.dimensions.map(wordCode),
  keyCodes: table.cells.map((c) => c.key.map(rowCode)),
});
