/** Shapes of the screening API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  answersBody,
  completeBody,
  evaluationReply,
  providersReply,
  providerView,
  referralBody,
  referralStatusBody,
  referralView,
  screenableOperationReply,
  screenableOperationsReply,
  screeningPageReply,
  screeningRowReply,
  screeningView,
  setDefinitionReply,
  setSummaryReply,
  setsReply,
  startBody,
} from '../../../src/screening/schema.ts';
import type { Wire } from '../wire.ts';

export type SetSummary = Wire<z.output<typeof setSummaryReply>>;
export type SetList = Wire<z.output<typeof setsReply>>;
export type SetKind = SetSummary['kind'];

/**
 * An indicator set with its indicators (an `elements` set also its elements, each indicator's element and strength;
 * an act–means–purpose set each indicator's part) and the questions put to the person: language → indicator id →
 * question, {} for a set without them.
 */
export type SetDefinition = Wire<z.output<typeof setDefinitionReply>>;
export type SetIndicator = SetDefinition['indicators'][number];
export type Strength = NonNullable<SetIndicator['strength']>['adult'];

export type Evaluation = Wire<z.output<typeof evaluationReply>>;
export type Outcome = Evaluation['outcome'];

export type Referral = Wire<z.output<typeof referralView>>;

export type Screening = Wire<z.output<typeof screeningView>>;
export type Answer = Screening['answers'][string];
export type AnswerValue = Answer['answer'];

/** Opened when a presumed victim's screening is completed: the person's case, under the pseudonym. */
export type ProtectionCaseRef = NonNullable<Screening['protectionCase']>;

/** An operation whose removed people the screener may screen: counts and the code name only. */
export type ScreenableOperation = Wire<z.output<typeof screenableOperationReply>>;
export type ScreenableOperations = Wire<z.output<typeof screenableOperationsReply>>;

export type ScreeningRow = Wire<z.output<typeof screeningRowReply>>;
/** A page of the agency's screenings. */
export type ScreeningPage = Wire<z.output<typeof screeningPageReply>>;

/** A service provider: `beds` null where beds are not counted (not a shelter); `sexes` the sexes it takes. */
export type Provider = Wire<z.output<typeof providerView>>;
export type Providers = Wire<z.output<typeof providersReply>>;

/** Request bodies, as the server's own schemas take them: a screening started, its answers saved, completed, a
 * referral made and its status changed. */
export type StartBody = z.input<typeof startBody>;
export type AnswersBody = z.input<typeof answersBody>;
export type CompleteBody = z.input<typeof completeBody>;
export type ReferralBody = z.input<typeof referralBody>;
export type ReferralStatusBody = z.input<typeof referralStatusBody>;

export type Source = StartBody['source'];
export type PlaceKind = StartBody['place']['kind'];
/** The person's sex as they state it. */
export type Sex = NonNullable<StartBody['sex']>;
export type Exploitation = StartBody['exploitation'];
export type ShareItem = ReferralBody['sharedItems'][number];
export type ReferralStatus = ReferralStatusBody['status'];

/** The person is treated as a child when the age is unknown, under 18, or doubted. */
export const treatedAsChild = (age: number | null, doubtful: boolean): boolean =>
  age === null || age < 18 || doubtful;
