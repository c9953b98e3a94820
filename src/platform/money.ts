import { z } from 'zod';

// Money as request bodies take it: a currency by its ISO 4217 code, and a positive amount of it with at most two
// decimals (sentences' fines and compensation, assets' values, allocations to victims, victims' claims and payments).

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currency = z
  .string()
  .refine((c) => CURRENCIES.has(c), 'must be an ISO 4217 currency code such as THB or USD');

/** A positive amount in the currency's units, with at most two decimals. */
export const amount = z
  .number()
  .positive('must be more than 0')
  .max(1e12, 'must be at most 1,000,000,000,000')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most two decimals');

/** An amount with its currency. */
export const money = z.strictObject({ amount, currency });
