/**
 * Shapes of the monitoring API's replies (tip intake, the triage queue, a tip's page, routing, inbox and rules),
 * taken from the server's own schemas (src/monitoring/wire.ts): a change there breaks this build, not the user.
 */
import type { z } from 'zod';
import type { duplicateView, intakeBody } from '../../../src/monitoring/intake-schemas.ts';
import type { feedbackBody, receiveBody, routeBody } from '../../../src/monitoring/routing-bodies.ts';
import type {
  channelBody,
  closeBody,
  duplicateBody,
  escalateBody,
  familyNumberBody,
  replyBody,
  triageBody,
} from '../../../src/monitoring/tip-bodies.ts';
import type {
  inboxItem,
  inboxReply,
  intakeResult,
  myTip,
  myTipsReply,
  namedPerson,
  publicChannel,
  queuePageReply,
  queueTip,
  received,
  reporterShape,
  routeProposalShape,
  routingsReply,
  ruleBody,
  rulesReply,
  ruleView,
  sentRouting,
  threadMessage,
  threadReply,
  tipDetail,
  tipDuplicate,
  tipEvent,
  tipPage,
} from '../../../src/monitoring/wire.ts';
import type { Wire } from '../wire.ts';

export type DuplicateFound = Wire<z.output<typeof duplicateView>>;
export type IntakeResult = Wire<z.output<typeof intakeResult>>;
export type QueueTip = Wire<z.output<typeof queueTip>>;
/** A page of the triage queue. */
export type QueuePage = Wire<z.output<typeof queuePageReply>>;
export type NamedPerson = Wire<z.output<typeof namedPerson>>;
export type Reporter = Wire<z.output<typeof reporterShape>>;
export type TipDetail = Wire<z.output<typeof tipDetail>>;
export type TipEvent = Wire<z.output<typeof tipEvent>>;
export type TipDuplicate = Wire<z.output<typeof tipDuplicate>>;
export type TipRouting = Wire<z.output<typeof sentRouting>>;
export type TipRoutings = Wire<z.output<typeof routingsReply>>;
export type TipPageData = Wire<z.output<typeof tipPage>>;
export type RouteProposal = Wire<z.output<typeof routeProposalShape>>;
export type ThreadMessage = Wire<z.output<typeof threadMessage>>;
export type Thread = Wire<z.output<typeof threadReply>>;
export type InboxItem = Wire<z.output<typeof inboxItem>>;
export type InboxItems = Wire<z.output<typeof inboxReply>>;
export type MyTip = Wire<z.output<typeof myTip>>;
export type MyTipList = Wire<z.output<typeof myTipsReply>>;
/** What receiving a routed item made of it. */
export type Received = Wire<z.output<typeof received>>;
/** Which agency answers the public reporting page. */
export type PublicChannel = Wire<z.output<typeof publicChannel>>;
/** A routing rule as the form sends it. */
export type RuleInput = z.input<typeof ruleBody>;
export type Rule = Wire<z.output<typeof ruleView>>;
export type Rules = Wire<z.output<typeof rulesReply>>;

// What the screens send, typed by the routes' own body schemas: a field renamed there breaks this build.
/** A tip entered by a person. */
export type IntakeBody = z.input<typeof intakeBody>;
export type TriageBody = z.input<typeof triageBody>;
export type EscalateBody = z.input<typeof escalateBody>;
export type CloseBody = z.input<typeof closeBody>;
/** Two tips told as the same matter, or not. */
export type DuplicateBody = z.input<typeof duplicateBody>;
export type FamilyNumberBody = z.input<typeof familyNumberBody>;
/** A reply to the reporter of a public report. */
export type ReplyBody = z.input<typeof replyBody>;
/** Who answers the public reporting page, and whether it is open. */
export type ChannelBody = z.input<typeof channelBody>;
/** A tip or an inspection's findings sent to the agencies chosen. */
export type RouteBody = z.input<typeof routeBody>;
/** The receiving agency's grading of a routed item. */
export type ReceiveBody = z.input<typeof receiveBody>;
/** What the receiving agency tells the sender it did. */
export type FeedbackBody = z.input<typeof feedbackBody>;
