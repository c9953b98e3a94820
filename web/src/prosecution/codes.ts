import type { ParseKeys, TFunction } from 'i18next';
import {
  ASSET_KINDS,
  ASSET_ORDERS,
  ASSET_RELATIONS,
  ASSET_STATUSES,
  REMEDY_KINDS,
  REMEDY_STATUSES,
  REMEDY_TARGETS,
} from '../../../src/prosecution/asset-bodies.ts';
import { CASE_ORIGINS, CASE_STATUSES } from '../../../src/prosecution/case-bodies.ts';
import {
  APPEAL_RESULTS,
  APPELLANTS,
  DEADLINE_CLOSURES,
  DEADLINE_ENDS,
  DEADLINE_KINDS,
  DECISIONS,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  MLA_ASKS,
  MLA_STATUSES,
  PARTICIPANT_ROLES,
  PARTICIPATION_MEASURES,
} from '../../../src/prosecution/court-bodies.ts';
import {
  ELEMENT_STATUSES,
  EVIDENCE_KIND_NAMES,
  SEEK_KINDS,
} from '../../../src/prosecution/evidence-kinds.ts';
import {
  ADULT_VICTIMS_SEX,
  CHARGE_VICTIMS,
  COUNTRIES,
  OFFENCE_CATEGORIES,
  OFFENCE_VICTIMS,
} from '../../../src/prosecution/offences/types.ts';
import {
  CONFESSION_STEPS,
  COOPERATION_STEPS,
  SUSPECT_ROLE_NAMES,
  SUSPECT_STEPS,
  SUSPECT_TIERS,
} from '../../../src/prosecution/suspect-roles.ts';
import type { Options } from '../screening/labels.ts';

/** The prosecution namespace's `t`, as components get it from `useTranslation('prosecution')`. */
export type T = TFunction<'prosecution'>;

/**
 * The prosecution API's codes, in the order offered: the server's own lists, from its pure modules (zod and codes,
 * no server code), so that a code added or dropped there is one here. Every code a person sees is a word: the
 * words are in the `prosecution` catalogue under `codes.<group>.<code>`.
 */
const CODES = {
  country: COUNTRIES,
  offenceCategory: OFFENCE_CATEGORIES,
  /** Whom an offence of the catalogue protects. */
  offenceVictims: OFFENCE_VICTIMS,
  /** Who a charge's victims are. */
  chargeVictims: CHARGE_VICTIMS,
  adultVictimsSex: ADULT_VICTIMS_SEX,
  suspectRole: SUSPECT_ROLE_NAMES,
  tier: SUSPECT_TIERS,
  suspectStep: SUSPECT_STEPS,
  cooperation: COOPERATION_STEPS,
  confession: CONFESSION_STEPS,
  /** The kinds of evidence item. */
  evidenceKind: EVIDENCE_KIND_NAMES,
  /** Short words for a kind, where the kind is named in a sentence ("what to seek next"). */
  seek: SEEK_KINDS,
  elementStatus: ELEMENT_STATUSES,
  origin: CASE_ORIGINS,
  caseStatus: CASE_STATUSES,
  /** The types of the entities a scope proposal names (the intelligence picture's, src/intel/registry.ts). */
  entityType: ['person', 'organisation', 'site', 'vessel'],
  /** What a scope proposal proposes (src/prosecution/schemas.ts's scope reply). */
  proposal: ['scope_expansion', 'new_target'],
  hearingKind: HEARING_KINDS,
  hearingOutcome: HEARING_OUTCOMES,
  decision: DECISIONS,
  appellant: APPELLANTS,
  appealResult: APPEAL_RESULTS,
  deadlineKind: DEADLINE_KINDS,
  deadlineClosure: DEADLINE_ENDS,
  /** How the prosecutor closes a deadline. */
  closeChoice: DEADLINE_CLOSURES,
  participantRole: PARTICIPANT_ROLES,
  measure: PARTICIPATION_MEASURES,
  assetKind: ASSET_KINDS,
  /** How a suspect holds an asset. */
  assetRelation: ASSET_RELATIONS,
  assetOrder: ASSET_ORDERS,
  /** An order as a step in the asset's history: "Frozen", "Confiscated". */
  orderStep: ASSET_ORDERS,
  assetStatus: ASSET_STATUSES,
  mlaAsk: MLA_ASKS,
  mlaStatus: MLA_STATUSES,
  remedyKind: REMEDY_KINDS,
  remedyStatus: REMEDY_STATUSES,
  remedyTarget: REMEDY_TARGETS,
} as const satisfies Record<string, readonly string[]>;

export type CodeGroup = keyof typeof CODES;

/** The words for a code of `group` in the chosen language; the code itself when it has none, '' for none. */
export const word = (t: T, group: CodeGroup, code: string | null | undefined): string =>
  code == null ? '' : t(`codes.${group}.${code}` as ParseKeys<'prosecution'>, { defaultValue: code });

/** A group's codes with their words, for a select or a list of checkboxes; `only` keeps those it names. */
export const options = (t: T, group: CodeGroup, only?: readonly string[]): Options =>
  CODES[group]
    .filter((c: string) => only === undefined || only.includes(c))
    .map((c) => [c, word(t, group, c)] as const);

/** Items read one after another ("call records, surveillance"), with the language's separator. */
export const listWords = (t: T, items: readonly string[]): string => items.join(t('list.separator'));

/** Whether `code` is one of `group`'s (the catalogue has words for it). */
export const hasCode = (group: CodeGroup, code: string): boolean =>
  (CODES[group] as readonly string[]).includes(code);
