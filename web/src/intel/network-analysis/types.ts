/** What the network analysis routes answer, from the server's own schemas (src/intel/network/wire.ts). */
import type { z } from 'zod';
import type {
  analysisRunBody,
  analysisSummary,
  brokerShape,
  brokersReply,
  groupShape,
  groupsReply,
  lastAnalysisReply,
  named,
  nightFamilyCallReply,
  runResult,
  siteProfileShape,
  targetGradesReply,
  tiedSiteShape,
} from '../../../../src/intel/network/wire.ts';
import type { Wire } from '../../wire.ts';

/** A node as the analysis names it: an entity (uuid), or a number or account nobody holds (`tel:…`, `acct:…`). */
export type Named = Wire<z.output<typeof named>>;

/** When the agency's picture was last analysed, and on what. */
export type LastAnalysis = Wire<z.output<typeof analysisSummary>>;
/** The last analysis, or null when the picture was never analysed. */
export type LastAnalysisReply = Wire<z.output<typeof lastAnalysisReply>>;

/** What a new run is asked for: the sites it weighs (the agency's sites of concern when none are named). */
export type AnalysisRunBody = z.input<typeof analysisRunBody>;

/** The answer of a new run. */
export type RunResult = Wire<z.output<typeof runResult>>;

export type Broker = Wire<z.output<typeof brokerShape>>;
export type Brokers = Wire<z.output<typeof brokersReply>>;

/** A site a group's people are tied to outside the group, with those people. */
export type TiedSite = Wire<z.output<typeof tiedSiteShape>>;

export type Group = Wire<z.output<typeof groupShape>>;
export type Groups = Wire<z.output<typeof groupsReply>>;

/** How strong the agency's intelligence on a target is: what an intervention decision takes from the picture. */
export type TargetGrades = Wire<z.output<typeof targetGradesReply>>;

export type SiteProfile = Wire<z.output<typeof siteProfileShape>>;

/** Numbers calling victims' families at night, and how many family numbers were matched. */
export type NightFamilyCalls = Wire<z.output<typeof nightFamilyCallReply>>;
