/** Shapes of the protection API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  caseList,
  caseRow,
  compensationPage,
  identityColleague,
  identitySaved,
  inboxReferral,
} from '../../../src/protection/wire.ts';
import type { Wire } from '../wire.ts';

/** A presumed victim's protection case, opened from their completed screening, under their pseudonym. */
export type ProtectionCase = Wire<z.output<typeof caseRow>>;
/** A page of the agency's cases, with the number matching the words and filters. */
export type CaseList = Wire<z.output<typeof caseList>>;

/** A referral in the receiving provider's inbox, with only what the person agreed to share. */
export type InboxReferral = Wire<z.output<typeof inboxReferral>>;

/** A colleague the caseworker may let in to read the person's identity, and whether they are in. */
export type Colleague = Wire<z.output<typeof identityColleague>>;

/** What the prosecution allocated to a claim from confiscated assets (matched by its ref and the claim's id). */
export type Allocated = Wire<z.output<typeof compensationPage>>['claims'][number]['allocated'][number];

/** What saving the person's identity answers: `earlierCaseId` when they are known from an earlier case. */
export type IdentitySaved = Wire<z.output<typeof identitySaved>>;
