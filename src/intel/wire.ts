import { z } from 'zod';
import { pageFields } from '../platform/listing.ts';
import { TLP } from './grading.ts';
import { IMPORT_KIND_NAMES } from './imports/mapping.ts';

// Shapes of the intelligence routes' replies: the API's description, and the types of the web app (which imports
// this file as types only: zod and pure declarations here, nothing of the server).

const count = z.number().int();

/** Entity and link types, grading scales, handling codes and TLP labels, with their words. */
export const registryShape = z.object({
  entityTypes: z.record(
    z.string(),
    z.object({ label: z.string(), attributes: z.array(z.string()).readonly() }),
  ),
  linkTypes: z.record(
    z.string(),
    z.object({
      label: z.string(),
      from: z.array(z.string()).readonly(),
      to: z.array(z.string()).readonly(),
      directed: z.boolean(),
    }),
  ),
  sourceGrades: z.record(z.string(), z.string()),
  infoGrades: z.record(z.string(), z.string()),
  handling: z.record(z.string(), z.string()),
  actionCodes: z.record(z.string(), z.string()),
  sanitisationCodes: z.record(z.string(), z.string()),
  tlp: z.array(z.enum(TLP)).readonly(),
});

/** How an entity was found by the search box: by a name across spellings, or exactly by a number. */
export const SEARCH_KINDS = ['name', 'phone', 'account', 'plate', 'document', 'registration'] as const;

export const searchShape = z.object({
  query: z.string(),
  /** By an exact number or plate (score 1), one character off (0.9), or by a name across spellings. */
  entities: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      label: z.string(),
      kind: z.enum(SEARCH_KINDS),
      /** The name or number as written that matched. */
      value: z.string(),
      score: z.number(),
    }),
  ),
  reports: z.array(
    z.object({ id: z.string(), title: z.string(), reportedOn: z.string(), excerpt: z.string() }),
  ),
  /** The E.164 readings of what was typed, with how many call records mention each, and its phone entity. */
  phones: z.array(z.object({ number: z.string(), callRecords: count, entityId: z.string().nullable() })),
  /** Empty for users who may not see tips. */
  tips: z.array(
    z.object({
      id: z.string(),
      receivedAt: z.string(),
      channel: z.string(),
      placeHint: z.string().nullable(),
      tlp: z.string(),
      excerpt: z.string(),
    }),
  ),
});

/** The kinds of source an agency registers (the new source's body takes these; the screens word them). */
export const SOURCE_KINDS = [
  'police_officer',
  'informant',
  'ngo',
  'hotline',
  'inspector',
  'open_source',
] as const;

/** A source with its record: how its items were graded, counted by grade. */
export const sourceShape = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  description: z.string(),
  record: z.object({
    items: count,
    bySourceGrade: z.record(z.string(), count),
    byInfoGrade: z.record(z.string(), count),
  }),
});
/** The agency's sources. */
export const sourcesReply = z.object({ sources: z.array(sourceShape) });

/** A source just registered (it has no record yet). */
export const newSourceShape = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  description: z.string(),
  createdAt: z.date(),
});

export const reportRow = z.object({
  id: z.string(),
  title: z.string(),
  reportedOn: z.string(),
  handling: z.string(),
  tlp: z.string().nullable(),
  /** The report is the reader's agency's own. */
  originator: z.boolean(),
  /** The grades its items carry, source then information (e.g. "2B"), each once, best first. */
  grades: z.array(z.string()),
});
/** A page of the reports of the reader's agency and those shared with it. */
export const reportPageReply = z.object({ reports: z.array(reportRow), ...pageFields });

/** What was made: its id. */
export const createdReply = z.object({ id: z.string() });

export const reportShape = z.object({
  id: z.string(),
  title: z.string(),
  reportedOn: z.string(),
  handling: z.string(),
  actionCode: z.string().nullable(),
  sanitisationCode: z.string().nullable(),
  tlp: z.string().nullable(),
  /** The source, provenance and original stay with the originating agency: null or empty for others. */
  sourceId: z.string().nullable(),
  provenance: z.string(),
  sanitisedFrom: z.string().nullable(),
  originator: z.boolean(),
  items: z.array(z.object({ n: count, text: z.string(), sourceGrade: z.string(), infoGrade: z.string() })),
});

export const entityRef = z.object({ id: z.string(), type: z.string(), label: z.string() });

/** Who asserted a fact or link: the report or import, when, and how it was graded. */
export const provenanceShape = z.object({
  reportId: z.string().nullable(),
  importId: z.string().nullable(),
  assertedAt: z.date(),
  sourceGrade: z.string().nullable(),
  infoGrade: z.string().nullable(),
});

export const factShape = z.object({
  id: z.string(),
  attribute: z.string(),
  value: z.string(),
  provenance: provenanceShape,
});

export const linkShape = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string(),
  direction: z.enum(['out', 'in']),
  other: entityRef,
  provenance: provenanceShape,
});

/** A reviewed operation on the entity, with what it achieved. */
export const operationOutcomeShape = z.object({
  operation: z.string(),
  concludedAt: z.date().nullable(),
  arrests: count,
  exhibits: count,
  removed: count,
  screened: count,
  presumedTrafficked: count,
});

/** Counts from the screenings of people removed from a site in operations that have ended. */
export const screeningFindingsShape = z.object({
  screened: count,
  /** Fewer screenings than the threshold: only their number is given. */
  suppressed: z.boolean(),
  presumedTrafficked: count.nullable(),
  indicators: z.array(z.object({ indicator: z.string(), label: z.string(), observed: count })),
});

export const entityShape = entityRef.extend({
  typeLabel: z.string(),
  facts: z.array(factShape),
  links: z.array(linkShape),
  operationOutcomes: z.array(operationOutcomeShape),
  /** Null when no ended operation targeted the entity (or none the reader may see). */
  screeningFindings: screeningFindingsShape.nullable(),
  /** What comes from reports the reader may not see, counted and never shown. */
  restricted: z.object({ facts: count, links: count }),
});

/** An entity in the workbench's list. */
export const entityRow = z.object({
  id: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  label: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  own: z.boolean(),
  lastActivity: z.string(),
  links: count,
  reports: count,
});
/** A page of the workbench's list; `next` is the cursor of the following page, or null at the end. */
export const entityPage = z.object({ entities: z.array(entityRow), next: z.string().nullable() });

/** A report naming an entity, with the items that name it. */
export const namedInShape = z.object({
  id: z.string(),
  title: z.string(),
  reportedOn: z.string(),
  items: z.array(count),
});
/** The reports naming an entity, newest first. */
export const namedInReply = z.object({ reports: z.array(namedInShape) });

/** An entity a report names, with the items naming it. */
export const mentionShape = entityRef.extend({ typeLabel: z.string(), items: z.array(count) });
/** The entities a report names. */
export const mentionsReply = z.object({ entities: z.array(mentionShape) });

/** Out from the entity's (or number's) own phone or account, or in to it; a crossing into or out of the country. */
const direction = z.enum(['out', 'in']);
const at = z.string();

/**
 * A timeline event, by kind, in codes and values the screens word: a call or SMS with the other number, a transfer
 * with the other account and the amount as recorded, a crossing at its checkpoint; a report's title and a tip's
 * words (its first 120 characters) are shown as written.
 */
export const timelineEvent = z.discriminatedUnion('kind', [
  z.object({
    at,
    kind: z.literal('call'),
    medium: z.enum(['voice', 'sms']),
    direction,
    counterpart: z.string(),
    durationS: count,
    cell: z.string().nullable(),
  }),
  z.object({
    at,
    kind: z.literal('transfer'),
    direction,
    counterpart: z.string(),
    amount: z.string().describe('decimal as recorded, e.g. "1500.00"'),
    currency: z.string(),
    channel: z.string(),
  }),
  z.object({
    at,
    kind: z.literal('crossing'),
    direction,
    checkpoint: z.string(),
    plate: z.string().nullable(),
    document: z.string().nullable(),
  }),
  z.object({ at, kind: z.literal('report'), reportId: z.string(), title: z.string(), handling: z.string() }),
  z.object({
    at,
    kind: z.literal('tip'),
    tipId: z.string(),
    text: z.string(),
    channel: z.string(),
    tlp: z.string(),
    placeHint: z.string().nullable(),
    language: z.string().nullable(),
  }),
]);

/** A timeline: how many identifiers it covers, counts per stream, the events newest first. */
export const timelineShape = z.object({
  /** How many numbers, accounts, plates and documents the events are looked up by. */
  identifiers: count,
  /** `tips` are those placed near a site, for users who may see tips (0 for others). */
  counts: z.object({ calls: count, transfers: count, crossings: count, reports: count, tips: count }),
  limitPerStream: count,
  events: z.array(timelineEvent),
});

/** A column mapping for imports: built in, or saved by the agency. */
export const mappingRow = z.object({
  name: z.string(),
  kind: z.enum(IMPORT_KIND_NAMES),
  description: z.string(),
  builtIn: z.boolean(),
});

/** The kinds of import job: a file of one of the import kinds, or FollowTheMoney lines (src/intel/ftm). */
export const IMPORT_JOB_KINDS = [...IMPORT_KIND_NAMES, 'ftm'] as const;

export const importJobShape = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_JOB_KINDS),
  fileName: z.string(),
  fileBytes: count,
  mapping: z.string(),
  status: z.string(),
  acceptSkips: z.boolean(),
  rowsRead: count,
  rowsImported: count,
  rowsSkipped: count,
  bytesDone: count,
  /** How the job ended when it did not import (already imported, bad rows, a file it could not read), in the
   * reader's language (Accept-Language). */
  message: z.string().nullable(),
  requestedBy: z.string(),
  queuedAt: z.date(),
  /** Null while the job waits in the queue. */
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

/** One import job with its bad rows (the first thousand): each row's reason in the reader's language, the field
 * named as the mapping names it (`(row)` for the row as a whole). */
export const importJobPage = importJobShape.extend({
  badRows: z.array(z.object({ line: count, field: z.string(), reason: z.string() })),
});

/** The columns the reports list may be sorted by. */
export const REPORT_SORTS = ['title', 'reported_on', 'grade', 'marking', 'origin'] as const;
/** Whose reports the list shows: the reader's agency's own or those shared with it. */
export const REPORT_ORIGINS = ['own', 'shared'] as const;
/** A report without a TLP marking (police material is marked by its handling code only). */
export const NO_TLP = 'none';
/** The columns the entities table may be sorted by. */
export const ENTITY_SORTS = ['label', 'type', 'last_activity'] as const;
/** Whose entities the workbench's list shows, besides one agency by its id: the reader's own or those shared. */
export const ENTITY_AGENCIES = ['own', 'shared'] as const;
