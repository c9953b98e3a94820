/** Shapes of the intelligence API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  entityBody,
  factBody,
  linkBody,
  reportBody,
  sanitiseBody,
  shareBody,
  sourceBody,
} from '../../../src/intel/schema.ts';
import type {
  createdReply,
  entityPage,
  entityRef,
  entityShape,
  factShape,
  linkShape,
  mentionsReply,
  namedInReply,
  operationOutcomeShape,
  provenanceShape,
  registryShape,
  reportPageReply,
  reportRow,
  reportShape,
  screeningFindingsShape,
  searchShape,
  sourceShape,
  sourcesReply,
  timelineEvent,
  timelineShape,
} from '../../../src/intel/wire.ts';
import type { tipShape, tipsPage } from '../../../src/monitoring/wire.ts';
import type { Wire } from '../wire.ts';

export type Options = readonly (readonly [string, string])[];

/** What was made: its id. */
export type Created = Wire<z.output<typeof createdReply>>;

export type Registry = Wire<z.output<typeof registryShape>>;

export type Source = Wire<z.output<typeof sourceShape>>;
export type Sources = Wire<z.output<typeof sourcesReply>>;

export type ReportRow = Wire<z.output<typeof reportRow>>;
/** A page of the reports of the reader's agency and those shared with it. */
export type ReportPage = Wire<z.output<typeof reportPageReply>>;

export type Report = Wire<z.output<typeof reportShape>>;

/** One graded item of a report, as sent and as read. */
export type Item = Omit<Report['items'][number], 'n'>;

export type Provenance = Wire<z.output<typeof provenanceShape>>;

export type Fact = Wire<z.output<typeof factShape>>;

export type EntityRef = Wire<z.output<typeof entityRef>>;

export type Link = Wire<z.output<typeof linkShape>>;

export type Entity = Wire<z.output<typeof entityShape>>;

export type ScreeningFindings = Wire<z.output<typeof screeningFindingsShape>>;

export type TimelineEvent = Wire<z.output<typeof timelineEvent>>;
export type TimelineKind = TimelineEvent['kind'];

/** One page of an entity's timeline: up to `limitPerStream` events of each kind, newest first. */
export type TimelinePage = Wire<z.output<typeof timelineShape>>;

export type OperationOutcome = Wire<z.output<typeof operationOutcomeShape>>;

export type SearchResult = Wire<z.output<typeof searchShape>>;

/** One entity the search box found: by an exact number or plate (score 1), or by a name across spellings. */
export type SearchEntity = SearchResult['entities'][number];

export type TipHit = SearchResult['tips'][number];

export type Tip = Wire<z.output<typeof tipShape>>;

/** A page of tips, newest first; `next` is the `before` of the following page, or null at the end. */
export type TipPage = Wire<z.output<typeof tipsPage>>;

/** A page of the workbench's entities; `next` is the cursor of the following page, or null at the end. */
export type EntityPage = Wire<z.output<typeof entityPage>>;

/** The reports naming an entity, newest first, with the items that name it. */
export type NamedIn = Wire<z.output<typeof namedInReply>>;

/** The entities a report names, with the items naming them. */
export type Mentions = Wire<z.output<typeof mentionsReply>>;

// Bodies the intelligence screens send, as the routes' own schemas take them (src/intel/schema.ts).

/** A new source: its code name, kind and description. */
export type SourceBody = z.input<typeof sourceBody>;
/** A new report: its source, day, title, marking, provenance and graded items. */
export type ReportBody = z.input<typeof reportBody>;
/** A sanitised copy of a report: its title and items. */
export type SanitiseBody = z.input<typeof sanitiseBody>;
/** A report shared with another agency. */
export type ShareBody = z.input<typeof shareBody>;
/** A new entity: its type and label. */
export type EntityBody = z.input<typeof entityBody>;
/** A fact about an entity, with its provenance. */
export type FactBody = z.input<typeof factBody>;
/** A link between two entities, with its provenance. */
export type LinkBody = z.input<typeof linkBody>;
