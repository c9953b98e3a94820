import {
  ACTION_CODES,
  HANDLING,
  INFO_GRADES,
  SANITISATION_CODES,
  SOURCE_GRADES,
  TLP,
} from '../../../src/intel/grading.ts';
import { SOURCE_KINDS } from '../../../src/intel/wire.ts';

// The codes a request body sends, told from what a form holds (a choice's text, empty until chosen): the code when
// the server's own lists hold it (src/intel/grading.ts, wire.ts), else undefined. The forms offer only these codes;
// the bodies built from them are then typed as the routes' schemas take them.

const codeIn =
  <C extends string>(codes: readonly C[]) =>
  (value: string): C | undefined =>
    (codes as readonly string[]).includes(value) ? (value as C) : undefined;

const keysOf = <T extends object>(o: T) => Object.keys(o) as Extract<keyof T, string>[];

export const sourceGradeOf = codeIn(keysOf(SOURCE_GRADES));
export const infoGradeOf = codeIn(keysOf(INFO_GRADES));
export const handlingOf = codeIn(keysOf(HANDLING));
export const actionCodeOf = codeIn(keysOf(ACTION_CODES));
export const sanitisationCodeOf = codeIn(keysOf(SANITISATION_CODES));
export const tlpOf = codeIn(TLP);
export const sourceKindOf = codeIn(SOURCE_KINDS);

export type Handling = keyof typeof HANDLING;
export type ActionCode = keyof typeof ACTION_CODES;
export type SanitisationCode = keyof typeof SANITISATION_CODES;
export type Tlp = (typeof TLP)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
