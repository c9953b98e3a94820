import { z } from 'zod';
import { pageFields } from '../platform/listing.ts';
import { line, uuid } from '../platform/text.ts';
import { DUPLICATE_DECISIONS, ROUTED_ITEMS } from './codes.ts';
import { COUNTRIES, duplicateView, PERSON_ROLES, TIP_KINDS } from './intake-schemas.ts';
import { RULE_MISSES } from './routing-match.ts';
import { DANGERS } from './triage-targets.ts';

// Shapes of the monitoring routes' replies (tips, intake, triage, routing, rules, the public page's thread): the
// API's description, and the types of the web app, which imports this file as types only (zod and pure
// declarations here, nothing of the server).

/** A tip imported or entered, with its marking. */
export const tipShape = z.object({
  id: z.string(),
  ref: z.string().nullable(),
  receivedAt: z.string(),
  channel: z.string(),
  language: z.string().nullable(),
  text: z.string(),
  placeHint: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  tlp: z.string(),
  importId: z.string().nullable(),
});
/** A page of tips, newest first; `next` is the `before` of the following page, or null at the end. */
export const tipsPage = z.object({ tips: z.array(tipShape), next: z.string().nullable() });

/** What the intake answers: the tip's id, when its triage is due, and the tips it may repeat. */
export const intakeResult = z.object({
  id: z.string(),
  dueAt: z.string(),
  duplicates: z.array(duplicateView),
});

/** An open tip in the triage queue. */
export const queueTip = z.object({
  id: z.string(),
  receivedAt: z.string(),
  channel: z.string(),
  kind: z.string(),
  danger: z.string(),
  children: z.string(),
  peopleCount: z.number().nullable(),
  placeHint: z.string().nullable(),
  excerpt: z.string(),
  status: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  duplicates: z.number(),
  routings: z.number(),
});
/** A page of the triage queue. */
export const queuePageReply = z.object({ tips: z.array(queueTip), ...pageFields });

/** Where a tip went and what the receiving agency said it did. */
export const routingView = z.object({
  toAgencyName: z.string(),
  status: z.string(),
  receivedAt: z.string().nullable(),
  feedback: z.string(),
  feedbackAt: z.string().nullable(),
});

/** A routing sent by the reader's agency, with when it was sent. */
export const sentRouting = routingView.extend({ id: z.string(), sentAt: z.string() });
/** Where the reader's agency routed a tip or an inspection. */
export const routingsReply = z.object({ routings: z.array(sentRouting) });

export const namedPerson = z.object({
  name: z.string(),
  role: z.enum(PERSON_ROLES),
  consentToShare: z.boolean(),
  note: z.string(),
});

export const reporterShape = z.object({ name: z.string(), contact: z.string(), consentToShare: z.boolean() });

/** A tip as its page shows it. */
export const tipDetail = z.object({
  id: z.string(),
  receivedAt: z.string(),
  channel: z.string(),
  language: z.string().nullable(),
  text: z.string(),
  kind: z.string(),
  occurred: z.string().nullable(),
  placeHint: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable(),
  peopleCount: z.number().nullable(),
  children: z.string(),
  danger: z.string(),
  status: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  tlp: z.string(),
  enteredBy: z.string().nullable(),
  /** A copy another agency routed here. */
  routedIn: z.boolean(),
});

/** A line of a tip's history: its kind and what it records, in codes and values the screens word. */
export const tipEvent = z.object({
  kind: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  detail: z.object({
    /** Entered: how it came in (`public_page`, `routing`), null when a person entered it. */
    via: z.string().nullable(),
    /** Triaged: on receipt of a copy routed in; the danger, kind and children as judged; placed on the map. */
    received: z.boolean(),
    danger: z.enum(DANGERS).nullable(),
    tipKind: z.enum(TIP_KINDS).nullable(),
    children: z.enum(['yes', 'no', 'unknown']).nullable(),
    placed: z.boolean(),
    /** Escalated by the server: the triage target passed. */
    overdue: z.boolean(),
    /** Routed: the name of the agency routed to. */
    agency: z.string().nullable(),
    /** A note that this tip tells the same matter as another (`confirmed`) or not (`rejected`). */
    duplicate: z.string().nullable(),
    decision: z.enum(DUPLICATE_DECISIONS).nullable(),
  }),
});

export const tipDuplicate = duplicateView.extend({
  status: z.string(),
  excerpt: z.string(),
  receivedAt: z.string(),
  channel: z.string(),
});

/** One tip with the identities it names (null for who may not see them), its history, duplicates and routings. */
export const tipPage = z.object({
  tip: tipDetail,
  details: z
    .object({
      reporter: reporterShape.nullable(),
      people: z.array(namedPerson),
      phones: z.array(z.string()),
      plates: z.array(z.string()),
    })
    .nullable(),
  events: z.array(tipEvent),
  duplicates: z.array(tipDuplicate),
  routings: z.array(sentRouting),
});

/** A tip the reader entered, and what became of it as far as the receiving agencies tell. */
export const myTip = z.object({
  id: z.string(),
  receivedAt: z.string(),
  kind: z.string(),
  status: z.string(),
  excerpt: z.string(),
  routings: z.array(routingView),
});
/** The tips the reader entered. */
export const myTipsReply = z.object({ tips: z.array(myTip) });

/** The agencies with jurisdiction by the rules (overlaps flagged) and the sanitised text to send. */
export const routeProposalShape = z.object({
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      agencyKind: z.string(),
      rules: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  overlap: z.boolean(),
  /** Why no agency is proposed: no rule is set, or why each rule did not take it (the person chooses). */
  unmatched: z.object({ noRules: z.boolean(), misses: z.array(z.enum(RULE_MISSES)) }).nullable(),
  sanitised: z.object({
    text: z.string(),
    withheld: z.object({ reporter: z.boolean(), people: z.number() }),
  }),
});

/** A tip or an inspection's findings routed to the reader's agency. */
export const inboxItem = z.object({
  routingId: z.string(),
  itemType: z.string(),
  fromAgencyName: z.string(),
  sentAt: z.string(),
  status: z.string(),
  kind: z.string(),
  danger: z.string(),
  children: z.string(),
  excerpt: z.string(),
  copyTipId: z.string().nullable(),
  reportId: z.string().nullable(),
  /** What the agency last told the sender. */
  feedback: z.string(),
});

/** The items routed to the reader's agency. */
export const inboxReply = z.object({ items: z.array(inboxItem) });

/** What receiving a routed item made: the report it became (where the agency keeps intelligence) and entities. */
export const received = z.object({ reportId: z.string().nullable(), entities: z.number() });

export const ruleBody = z.strictObject({
  name: line(200),
  toAgencyId: uuid,
  appliesTo: z.array(z.enum(ROUTED_ITEMS)).min(1).max(2),
  countries: z.array(z.enum(COUNTRIES)).max(COUNTRIES.length).nullable(),
  area: z
    .array(z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]))
    .max(200)
    .nullable(),
  kinds: z.array(z.enum(TIP_KINDS)).max(TIP_KINDS.length).nullable(),
  childrenOnly: z.boolean(),
  minDanger: z.enum(['life', 'high', 'medium', 'low']).nullable(),
  priority: z.number().int().min(0).max(10000),
  active: z.boolean(),
});

/** A routing rule as stored: what its body allowed, with its id and the receiving agency's name. */
export const ruleView = z.object({ ...ruleBody.shape, id: z.string(), toAgencyName: z.string() });
/** The routing rules, active or not. */
export const rulesReply = z.object({ rules: z.array(ruleView) });

/** A message of a public report's conversation. */
export const threadMessage = z.object({
  author: z.enum(['reporter', 'agency']),
  at: z.string(),
  text: z.string(),
  by: z.string().nullable(),
});
/** A public report's conversation, oldest first. */
export const threadReply = z.object({ messages: z.array(threadMessage) });

/** Which agency answers the public reporting page, and whether it takes reports. */
export const publicChannel = z.object({
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  open: z.boolean(),
  setAt: z.string().nullable(),
});

/**
 * The channels a tip may have come by (entered, the public page, a routed copy, a file of tips: an imported tip
 * naming no channel is `other`).
 */
export const TIP_CHANNELS = [
  'hotline',
  'walk_in',
  'online',
  'social_media',
  'ngo',
  'monitor',
  'public_page',
  'routing',
  'inspection',
  'other',
] as const;
export const QUEUE_STATUSES = ['new', 'triaged'] as const;
/** The columns the triage queue may be sorted by (`urgency` is the triage order). */
export const TRIAGE_SORTS = [
  'urgency',
  'received_at',
  'due_at',
  'kind',
  'people',
  'channel',
  'status',
] as const;
