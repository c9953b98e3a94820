import type { Options } from '../screening/labels.ts';

/** Words for the compensation API's codes, and how money is shown. */

export const CLAIM_ROUTES: Options = [
  ['labour_claim', 'Labour claim (unpaid wages)'],
  ['civil_claim_in_criminal_case', 'Civil claim in the criminal case'],
  ['compensation_order_on_conviction', 'Compensation order on conviction'],
  ['state_victim_fund', 'State fund for victims'],
  ['confiscated_assets', 'From confiscated assets'],
];

export const CLAIM_STATUSES: Options = [
  ['prepared', 'Being prepared'],
  ['filed', 'Filed'],
  ['awarded', 'Awarded, nothing received yet'],
  ['partly_paid', 'Awarded, partly paid'],
  ['paid_in_full', 'Paid in full'],
  ['rejected', 'Rejected'],
  ['withdrawn', 'Withdrawn by the person'],
];

/** A step in a claim's history. */
export const CLAIM_HISTORY: Options = [
  ['prepared', 'Prepared'],
  ['filed', 'Filed'],
  ['awarded', 'Awarded'],
  ['partly_paid', 'Partly paid'],
  ['paid_in_full', 'Paid in full'],
  ['rejected', 'Rejected'],
  ['withdrawn', 'Withdrawn by the person'],
];

/** The steps a caseworker records next on a claim in each status (the server's order of a claim). */
export const NEXT_CLAIM_STEPS: Record<string, readonly string[]> = {
  prepared: ['filed', 'withdrawn'],
  filed: ['awarded', 'rejected', 'withdrawn'],
  awarded: ['withdrawn'],
  partly_paid: ['withdrawn'],
};

/** A step as the caseworker chooses it. */
export const CLAIM_STEP_CHOICES: Options = [
  ['filed', 'Filed'],
  ['awarded', 'Awarded'],
  ['rejected', 'Rejected'],
  ['withdrawn', 'Withdrawn by the person (their choice)'],
];

export const PAYERS: Options = [
  ['offender', 'The offender'],
  ['employer', 'The employer'],
  ['state_fund', 'The state fund for victims'],
  ['confiscated_assets', 'Confiscated assets'],
];

/** Currencies offered first (the region's, and the US dollar); the server takes any ISO 4217 code. */
export const CURRENCIES: Options = [
  ['THB', 'Thai baht (THB)'],
  ['MMK', 'Myanmar kyat (MMK)'],
  ['KHR', 'Cambodian riel (KHR)'],
  ['LAK', 'Lao kip (LAK)'],
  ['VND', 'Vietnamese dong (VND)'],
  ['CNY', 'Chinese yuan (CNY)'],
  ['MYR', 'Malaysian ringgit (MYR)'],
  ['USD', 'US dollar (USD)'],
];

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** An amount with its currency code: "30,000 THB". */
export const money = (amount: number, currency: string): string => `${number.format(amount)} ${currency}`;

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
