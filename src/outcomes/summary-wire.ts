import { z } from 'zod';
import { line, text } from '../platform/text.ts';

// Shapes of the public summaries' routes: the API's description, and the types of the web app, which imports this
// file as types only (zod and the text rules here, nothing of the server).

/** What a summary is of: an operation, or a case file. */
export const SUMMARY_KINDS = ['operation', 'case'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/** A summary's life: drafted, approved by a second member, released to the press, or withdrawn. */
export const SUMMARY_STATUSES = ['draft', 'approved', 'released', 'withdrawn'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/**
 * The figures a public summary may carry: counts and outcomes, the month (YYYY-MM) and the province, never a
 * person. A number of children is not given (a small count in one province and month can point to a child): only
 * whether children were among those removed.
 */
export const summaryFigures = z.object({
  month: z.string(),
  province: z.string().nullable(),
  country: z.string().nullable(),
  exploitation: z.array(z.string()),
  arrests: z.number(),
  exhibitsSeized: z.number(),
  removed: z.number(),
  childrenAmongRemoved: z.boolean(),
  presumedVictims: z.number(),
  allThreeObjectivesMet: z.boolean().nullable(),
  charges: z.number(),
  convictions: z.number(),
  acquittals: z.number(),
  sentences: z.array(z.object({ prisonMonths: z.number(), suspended: z.boolean() })),
  assetsConfiscated: z.object({ count: z.number(), value: z.record(z.string(), z.number()) }),
});
export type SummaryFigures = z.output<typeof summaryFigures>;

/** A summary as its agency reads it, drafts to released. */
export const summaryShape = z.object({
  id: z.string(),
  kind: z.enum(SUMMARY_KINDS),
  subjectId: z.string(),
  headline: z.string(),
  body: z.string(),
  figures: summaryFigures,
  status: z.enum(SUMMARY_STATUSES),
  draftedBy: z.string(),
  /** Who wrote it, so that the screen offers approval only to someone else. */
  draftedById: z.string(),
  approvedBy: z.string().nullable(),
  draftedAt: z.string(),
  releasedAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});
export const summariesReply = z.object({ summaries: z.array(summaryShape) });

/** A released summary, as every agency reads it. */
export const releasedSummaryShape = z.object({
  id: z.string(),
  kind: z.enum(SUMMARY_KINDS),
  agency: z.string(),
  headline: z.string(),
  body: z.string(),
  figures: summaryFigures,
  releasedAt: z.string(),
});
export const releasedSummariesReply = z.object({ summaries: z.array(releasedSummaryShape) });

/** A summary's words, as written or changed. */
export const summaryWords = z.strictObject({ headline: line(200), body: text(4000) });

/** A summary drafted: the words proposed, or null for the ones Lantern writes from the figures. */
export const summaryDraftBody = z.strictObject({ text: summaryWords.nullable() });

/** A summary withdrawn, with the reason. */
export const summaryWithdrawBody = z.strictObject({ reason: line(300) });

/** A summary drafted: its id. */
export const draftedReply = z.object({ id: z.string() });

/** A change made. */
export const okReply = z.object({ ok: z.literal(true) });
