import type { ParseKeys, TFunction } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';
import { formatNumber } from '../ui/format.ts';
import type { ClaimStepBody } from './types.ts';

/** Words for the compensation API's codes, in the chosen language (each list made when called), and how money is shown. */

type T = TFunction<'protection'>;

const CLAIM_ROUTES = [
  'labour_claim',
  'civil_claim_in_criminal_case',
  'compensation_order_on_conviction',
  'state_victim_fund',
  'confiscated_assets',
] as const;
const CLAIM_STATUSES = [
  'prepared',
  'filed',
  'awarded',
  'partly_paid',
  'paid_in_full',
  'rejected',
  'withdrawn',
] as const;
const CLAIM_STEP_CHOICES = ['filed', 'awarded', 'rejected', 'withdrawn'] as const;
const PAYERS = ['offender', 'employer', 'state_fund', 'confiscated_assets'] as const;
/** Currencies offered first (the region's, and the US dollar); the server takes any ISO 4217 code. */
const CURRENCY_CODES = ['THB', 'MMK', 'KHR', 'LAK', 'VND', 'CNY', 'MYR', 'USD'] as const;

export const claimRouteOptions = (t: T): Options =>
  CLAIM_ROUTES.map((c) => [c, t(`codes.claimRoute.${c}`)] as const);
export const claimStatusOptions = (t: T): Options =>
  CLAIM_STATUSES.map((c) => [c, t(`codes.claimStatus.${c}`)] as const);
/** A step in a claim's history. */
export const claimHistoryOptions = (t: T): Options =>
  CLAIM_STATUSES.map((c) => [c, t(`codes.claimHistory.${c}`)] as const);
/** A step as the caseworker chooses it. */
export const claimStepChoiceOptions = (t: T): Options =>
  CLAIM_STEP_CHOICES.map((c) => [c, t(`codes.claimStepChoice.${c}`)] as const);
export const payerOptions = (t: T): Options => PAYERS.map((c) => [c, t(`codes.payer.${c}`)] as const);

/** The steps a caseworker records next on a claim in each status (the server's order of a claim). */
export const NEXT_CLAIM_STEPS: Record<string, readonly ClaimStepBody['status'][]> = {
  prepared: ['filed', 'withdrawn'],
  filed: ['awarded', 'rejected', 'withdrawn'],
  awarded: ['withdrawn'],
  partly_paid: ['withdrawn'],
};

const currencyWords = (code: string): string =>
  i18next.t(`codes.currency.${code}` as ParseKeys<'protection'>, { ns: 'protection', defaultValue: code });

/** The currencies to choose from, named in the chosen language: "Thai baht (THB)". */
export const currencyOptions = (): Options => CURRENCY_CODES.map((c) => [c, currencyWords(c)] as const);

/**
 * The same list for forms that read it as a constant (the prosecution's): each name is looked up when it is read,
 * so it follows the chosen language too.
 */
export const CURRENCIES: Options = CURRENCY_CODES.map((c) => {
  const pair: [string, string] = [c, c];
  Object.defineProperty(pair, 1, { get: () => currencyWords(c), enumerable: true });
  return pair;
});

/** An amount with its currency code: "30,000 THB". */
export const money = (amount: number, currency: string): string =>
  `${formatNumber(amount, { maximumFractionDigits: 2 })} ${currency}`;

/**
 * A typed amount as the server takes it (positive, at most two decimals; commas and spaces between digits allowed),
 * or null when it is not one.
 */
export function parseAmount(typed: string): number | null {
  const s = typed.replace(/[\s,]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return n > 0 && n <= 1e12 ? n : null;
}
