/** What the network analysis routes answer, from the server's own schemas (src/intel/network/wire.ts). */
import type { z } from 'zod';
import type {
  analysisSummary,
  brokerShape,
  groupShape,
  named,
  runResult,
  siteProfileShape,
} from '../../../../src/intel/network/wire.ts';
import type { Wire } from '../../wire.ts';

/** A node as the analysis names it: an entity (uuid), or a number or account nobody holds (`tel:…`, `acct:…`). */
export type Named = Wire<z.output<typeof named>>;

/** When the agency's picture was last analysed, and on what. */
export type LastAnalysis = Wire<z.output<typeof analysisSummary>>;

/** The answer of a new run. */
export type RunResult = Wire<z.output<typeof runResult>>;

export type Broker = Wire<z.output<typeof brokerShape>>;

export type Group = Wire<z.output<typeof groupShape>>;

export type SiteProfile = Wire<z.output<typeof siteProfileShape>>;
