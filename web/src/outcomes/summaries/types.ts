/** Shapes of the public summaries' API, from the server's own schemas (src/outcomes/summary-wire.ts). */
import type { z } from 'zod';
import type {
  releasedSummariesReply,
  SummaryKind,
  summariesReply,
  summaryDraftBody,
  summaryWithdrawBody,
  summaryWords,
} from '../../../../src/outcomes/summary-wire.ts';
import type { Wire } from '../../wire.ts';

export type { SummaryKind, SummaryStatus } from '../../../../src/outcomes/summary-wire.ts';

/** The agency's summaries of a kind, drafts to released. */
export type Summaries = Wire<z.output<typeof summariesReply>>;
export type Summary = Summaries['summaries'][number];

/** The frozen figures a summary rests on: counts and outcomes, the month and the province, never a person. */
export type SummaryFigures = Summary['figures'];

/** Released summaries of every agency. */
export type ReleasedSummaryList = Wire<z.output<typeof releasedSummariesReply>>;
export type ReleasedSummary = ReleasedSummaryList['summaries'][number];

/** Request bodies, as the server's own schemas take them: a summary drafted, its words changed, and withdrawn. */
export type SummaryDraftBody = z.input<typeof summaryDraftBody>;
export type SummaryWordsBody = z.input<typeof summaryWords>;
export type SummaryWithdrawBody = z.input<typeof summaryWithdrawBody>;

/** Where each kind's summaries live: under the operations or the prosecution API. */
export const summaryApi = (kind: SummaryKind) =>
  kind === 'operation' ? '/api/operations' : '/api/prosecution';

/** The route that drafts a summary of this operation or case file. */
export const draftApi = (kind: SummaryKind, subjectId: string) =>
  kind === 'operation'
    ? `/api/operations/${encodeURIComponent(subjectId)}/public-summary`
    : `/api/prosecution/cases/${encodeURIComponent(subjectId)}/public-summary`;
