import type { ParseKeys, TFunction } from 'i18next';
import type { Options } from '../screening/labels.ts';

/** The prosecution namespace's `t`, as components get it from `useTranslation('prosecution')`. */
export type T = TFunction<'prosecution'>;

/**
 * The prosecution API's codes, in the order offered (src/prosecution/*.ts). Every code a person sees is a word:
 * the words are in the `prosecution` catalogue under `codes.<group>.<code>`.
 */
const CODES = {
  country: ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'],
  offenceCategory: [
    'trafficking',
    'forced_labour',
    'debt_bondage',
    'rape',
    'kidnapping_or_unlawful_detention',
    'document_retention',
    'money_laundering',
    'corruption',
    'labour_law',
    'tax',
  ],
  /** Whom an offence of the catalogue protects. */
  offenceVictims: ['any', 'women_and_children', 'children'],
  /** Who a charge's victims are. */
  chargeVictims: ['adults', 'children', 'both'],
  adultVictimsSex: ['female', 'male', 'mixed'],
  suspectRole: [
    'recruiter',
    'broker',
    'transporter',
    'site_owner',
    'supervisor',
    'guard',
    'money_collector',
    'protecting_official',
  ],
  tier: ['exploiter', 'facilitator'],
  suspectStep: ['cooperating', 'cooperation_ended', 'confessed', 'confession_retracted'],
  cooperation: ['cooperating', 'cooperation_ended'],
  confession: ['confessed', 'confession_retracted'],
  /** The kinds of evidence item (src/prosecution/evidence-kinds.ts), in the order offered. */
  evidenceKind: [
    'victim_statement',
    'witness_statement',
    'suspect_statement',
    'exhibit',
    'seized_document',
    'financial_analysis',
    'call_records',
    'crossing_records',
    'surveillance',
    'inspection_report',
    'intelligence_report',
  ],
  /** Short words for a kind, where the kind is named in a sentence ("what to seek next"). */
  seek: [
    'exhibit',
    'seized_document',
    'financial_analysis',
    'call_records',
    'crossing_records',
    'surveillance',
    'inspection_report',
  ],
  elementStatus: ['independent', 'testimony', 'victim_only', 'gap'],
  origin: ['operation', 'intelligence'],
  caseStatus: ['open', 'closed'],
  entityType: ['person', 'organisation', 'site', 'vessel'],
  proposal: ['scope_expansion', 'new_target'],
  hearingKind: ['first_appearance', 'bail', 'pre_trial', 'trial', 'verdict', 'sentencing', 'appeal_hearing'],
  hearingOutcome: ['held', 'adjourned', 'cancelled'],
  decision: ['indicted', 'dropped', 'convicted', 'acquitted', 'convicted_lesser'],
  appellant: ['prosecution', 'defence'],
  appealResult: ['dismissed', 'allowed', 'varied', 'withdrawn'],
  deadlineKind: ['appeal', 'mla_response', 'filing', 'disclosure', 'submissions'],
  deadlineClosure: ['met', 'not_pursued', 'superseded'],
  /** How the prosecutor closes a deadline. */
  closeChoice: ['met', 'not_pursued'],
  participantRole: ['victim_witness', 'witness', 'expert', 'officer'],
  measure: ['video_link', 'screen', 'closed_hearing', 'support_person', 'interpreter', 'pseudonym_only'],
  assetKind: ['bank_account', 'property', 'vehicle', 'cash', 'business', 'crypto', 'other'],
  /** How a suspect holds an asset. */
  assetRelation: ['owner', 'nominee', 'beneficial_owner', 'controls'],
  assetOrder: ['freezing_order', 'seizure_order', 'confiscation_order', 'released'],
  /** An order as a step in the asset's history: "Frozen", "Confiscated". */
  orderStep: ['freezing_order', 'seizure_order', 'confiscation_order', 'released'],
  assetStatus: ['identified', 'frozen', 'seized', 'confiscated', 'released'],
  mlaAsk: [
    'evidence',
    'witness_testimony',
    'asset_freezing',
    'extradition',
    'service_of_documents',
    'records',
  ],
  mlaStatus: ['drafted', 'sent', 'acknowledged', 'executed', 'refused', 'withdrawn'],
  remedyKind: [
    'site_closure_labour',
    'site_closure_tax',
    'licence_revocation',
    'tax_assessment',
    'labour_order',
    'civil_suit',
    'debarment',
  ],
  remedyStatus: ['requested', 'ordered', 'refused', 'complied', 'appealed'],
  remedyTarget: ['suspect', 'site'],
} as const;

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
