/** Shapes of the prosecution API's answers and of the bodies the screens send, from the server's own schemas
 * (src/prosecution/schemas.ts, *-bodies.ts and src/evidence/wire.ts). Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { sharedExhibit, sharedOperation } from '../../../src/evidence/wire.ts';
import type {
  allocationBody,
  assetBody,
  assetOrderBody,
  remedyBody,
  remedyStepBody,
} from '../../../src/prosecution/asset-bodies.ts';
import type {
  chargeBody,
  evidenceBody,
  evidenceLinkBody,
  openCaseBody,
  suspectBody,
  suspectRoleBody,
  suspectStepBody,
} from '../../../src/prosecution/case-bodies.ts';
import type {
  appealBody,
  appealDecisionBody,
  deadlineCloseBody,
  decisionBody,
  hearingBody,
  hearingOutcomeBody,
  mlaBody,
  mlaStepBody,
  participantBody,
  sentenceBody,
} from '../../../src/prosecution/court-bodies.ts';
import type {
  caseListShape,
  caseOpenedReply,
  casePageShape,
  offenceShape,
  offencesReply,
  scopeShape,
  tieEvidence,
} from '../../../src/prosecution/schemas.ts';
import type { Wire } from '../wire.ts';

export type CaseFile = Wire<z.output<typeof casePageShape>>;

export type Burden = CaseFile['burden'];

export type CaseListItem = Wire<z.output<typeof caseListShape>>['cases'][number];

export type SharedOperation = Wire<z.output<typeof sharedOperation>>;

export type SharedExhibit = Wire<z.output<typeof sharedExhibit>>;

export type Offence = Wire<z.output<typeof offenceShape>>;
export type Offences = Wire<z.output<typeof offencesReply>>;

/** A case file opened, with how many suspects and items of evidence it starts with. */
export type CaseOpened = Wire<z.output<typeof caseOpenedReply>>;
export type OffenceElement = Offence['elements'][number];
export type Citation = Offence['citation'];

export type Suspect = CaseFile['suspects'][number];
export type Tier = NonNullable<Suspect['tier']>;

export type EvidenceItem = CaseFile['evidence'][number];

export type Charge = CaseFile['charges'][number];
export type ChargeElement = Charge['elements'][number];
export type ElementStatus = ChargeElement['status'];

/** What a tie in the scope rests on (src/prosecution/scope.ts, TieEvidence). */
export type TieEvidence = Wire<z.output<typeof tieEvidence>>;

export type Scope = Wire<z.output<typeof scopeShape>>;

export type ScopeProposal = Scope['proposals'][number];

// What the screens send: each body as the route's schema takes it.
export type OpenCaseBody = z.input<typeof openCaseBody>;
export type SuspectBody = z.input<typeof suspectBody>;
export type SuspectRoleBody = z.input<typeof suspectRoleBody>;
export type SuspectStepBody = z.input<typeof suspectStepBody>;
export type ChargeBody = z.input<typeof chargeBody>;
export type EvidenceBody = z.input<typeof evidenceBody>;
export type EvidenceLinkBody = z.input<typeof evidenceLinkBody>;
export type HearingBody = z.input<typeof hearingBody>;
export type HearingOutcomeBody = z.input<typeof hearingOutcomeBody>;
export type ParticipantBody = z.input<typeof participantBody>;
export type DecisionBody = z.input<typeof decisionBody>;
export type SentenceBody = z.input<typeof sentenceBody>;
export type AppealBody = z.input<typeof appealBody>;
export type AppealDecisionBody = z.input<typeof appealDecisionBody>;
export type DeadlineCloseBody = z.input<typeof deadlineCloseBody>;
export type MlaBody = z.input<typeof mlaBody>;
export type MlaStepBody = z.input<typeof mlaStepBody>;
export type AssetBody = z.input<typeof assetBody>;
export type AssetOrderBody = z.input<typeof assetOrderBody>;
export type AllocationBody = z.input<typeof allocationBody>;
export type RemedyBody = z.input<typeof remedyBody>;
export type RemedyStepBody = z.input<typeof remedyStepBody>;
