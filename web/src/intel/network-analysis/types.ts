/** What the network analysis routes answer (src/intel/network/analysis-routes.ts). */

/** A node as the analysis names it: an entity (uuid), or a number or account nobody holds (`tel:…`, `acct:…`). */
export interface Named {
  id: string;
  type: string;
  label: string;
}

/** When the agency's picture was last analysed, and on what. */
export interface LastAnalysis {
  ranAt: string;
  nodes: number;
  edges: number;
  communities: number;
  modularity: number;
  sitesOfConcern: number;
  ms: number;
}

/** The answer of a new run. */
export interface RunResult {
  nodes: number;
  edges: number;
  communities: number;
  modularity: number;
  sitesOfConcern: number;
  brokers: number;
  ms: number;
}

export interface Broker {
  rank: number;
  person: Named;
  /** The sites of concern the person reaches. */
  sites: Named[];
  /** The people who run those sites, through whom the person reaches them. */
  through: Named[];
  /** Of `through`, those who paid the person (a site's owner paying for the workers placed). */
  paidBy: Named[];
  score: number;
}

export interface Group {
  community: number;
  size: number;
  sites: Named[];
  keyPeople: Named[];
}

export interface SiteProfile {
  site: Named;
  /** People (and other entities) tied to the site, with their role in words. */
  people: (Named & { role: string })[];
  brokers: { rank: number; person: Named; sitesSupplied: number }[];
  /** The site's community: its other sites and key people; null when the site was not in the last analysis. */
  group: { community: number; sites: Named[]; keyPeople: Named[] } | null;
}
