/** Shapes of the prosecution API's answers, from the server's own schemas (src/prosecution/schemas.ts and
 * src/evidence/wire.ts). Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { sharedExhibit, sharedOperation } from '../../../src/evidence/wire.ts';
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
