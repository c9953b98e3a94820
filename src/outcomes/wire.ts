import { z } from 'zod';
import { JUDGEMENTS, QUESTION_CODES } from './checklist.ts';

// Shapes of the outcomes routes' replies (the dashboard, its map, the donor checklists, the releases): the API's description,
// and the types of the web app, which imports this file as types only (zod and pure declarations here, nothing of
// the server).

const count = z.number().nullable();

/** A table of the dashboard: a hidden figure is null (fewer than k, or hidden with one that is). */
export const shownTable = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['breakdown', 'funnel', 'indicators']),
  dimensions: z.array(z.string()),
  cells: z.array(z.object({ key: z.array(z.string()), count })),
  margins: z.array(z.object({ dimension: z.string(), value: z.string(), count })),
  total: count,
  unfiltered: z.array(z.string()),
  /** The dimensions as codes, and each cell's key as codes (null: a value named as recorded), for the screens' words. */
  dimensionCodes: z.array(z.string()),
  keyCodes: z.array(z.array(z.string().nullable())),
});

/** The outcome indicators for the filters, with what was hidden. */
export const dashboardShape = z.object({
  k: z.number(),
  filters: z.array(z.string()),
  /** The filters in English words, agency named (the title of a release); the screens word the filters themselves. */
  words: z.array(z.string()),
  /** The name of the agency filtered on. */
  agencyName: z.string().nullable(),
  tables: z.array(shownTable),
  medians: z.array(z.object({ id: z.string(), title: z.string(), days: count, of: count })),
  hidden: z.number(),
  /** Every province of the region the filters can name. */
  places: z.array(z.object({ country: z.string(), province: z.string() })),
});

/** The map's figures: for each province, a count per measure (null when hidden). */
export const mapShape = z.object({
  k: z.number(),
  measures: z.array(z.object({ id: z.string(), code: z.string(), words: z.string() })),
  provinces: z.array(
    z.object({
      country: z.string(),
      province: z.string(),
      lat: z.number(),
      lon: z.number(),
      counts: z.array(count),
    }),
  ),
});

export const answerOut = z.object({
  question: z.enum(QUESTION_CODES),
  answer: z.string(),
  judgement: z.enum(JUDGEMENTS),
});
/** A donor checklist, with its place in words. */
export const checklistOut = z.object({
  id: z.string(),
  title: z.string(),
  country: z.string(),
  province: z.string().nullable(),
  place: z.string(),
  intervention: z.string(),
  funding: z.string(),
  durationMonths: z.number(),
  answers: z.array(answerOut),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** The questions a checklist asks. */
export const questionsOut = z.array(
  z.object({ code: z.enum(QUESTION_CODES), label: z.string(), ask: z.string() }),
);
/** One of Lantern's figures for the place, and where it comes from. */
export const figureLink = z.object({ text: z.string(), href: z.string().nullable() });
/** The agency's donor checklists, most recently changed first, with the questions asked and the places named. */
export const checklistsReply = z.object({
  questions: questionsOut,
  places: z.array(z.object({ country: z.string(), province: z.string() })),
  checklists: z.array(checklistOut),
});
/** A donor checklist with Lantern's own figures for its place beside each question. */
export const checklistReply = z.object({
  questions: questionsOut,
  checklist: checklistOut,
  figures: z.partialRecord(z.enum(QUESTION_CODES), z.array(figureLink)),
});
/** A checklist saved: its id. */
export const checklistSaved = z.object({ id: z.string() });

/** A release of aggregate tables in the list: prepared by one person, made public when a second approves it. */
export const releaseRow = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  k: z.number(),
  epsilon: z.number().nullable(),
  tables: z.array(z.string()),
  preparedAt: z.string(),
  approvedAt: z.string().nullable(),
  preparedByMe: z.boolean(),
});
export const releasesReply = z.object({ releases: z.array(releaseRow) });
/** A release prepared: its id and how many figures were hidden. */
export const releasePrepared = z.object({
  id: z.string(),
  hidden: z.number(),
  status: z.literal('prepared'),
});
