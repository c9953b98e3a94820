import { z } from 'zod';

// Shapes of the network routes' replies: the API's description, and the types of the web app (which imports this
// file as types only: zod here, nothing of the server).

/** A node of the graph: an entity, or a number or account met only in traces (`entity` false). */
export const nodeOut = z.object({ id: z.string(), type: z.string(), label: z.string(), entity: z.boolean() });
/** A tie: a declared link with its report and grades, or calls and transfers counted from the traces. */
export const edgeOut = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  type: z.string(),
  label: z.string(),
  weight: z.number(),
  provenance: z.union([
    z.object({
      kind: z.literal('declared'),
      linkId: z.string(),
      reportId: z.string().nullable(),
      importId: z.string().nullable(),
      sourceGrade: z.string(),
      infoGrade: z.string(),
      assertedAt: z.string(),
      origin: z.string().nullable(),
    }),
    z.object({
      kind: z.literal('traces'),
      count: z.number(),
      total: z.number(),
      firstAt: z.string(),
      lastAt: z.string(),
      bands: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ]),
});

/** The node and its neighbours up to `hops` steps away, with the links between them. */
export const neighbourhoodReply = z.object({
  nodes: z.array(nodeOut.extend({ hops: z.number() })),
  edges: z.array(edgeOut),
  truncated: z.boolean(),
});

/** The shortest paths between two nodes, with the nodes and edges they pass. */
export const pathsReply = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  nodes: z.array(nodeOut),
  edges: z.array(edgeOut),
});

/** A node as the analysis names it: an entity (uuid), or a number or account nobody holds (`tel:…`, `acct:…`). */
export const named = z.object({ id: z.string(), type: z.string(), label: z.string() });

/** When the agency's picture was last analysed, and on what. */
export const analysisSummary = z.object({
  ranAt: z.string(),
  nodes: z.number(),
  edges: z.number(),
  communities: z.number(),
  modularity: z.number(),
  sitesOfConcern: z.number(),
  ms: z.number(),
});

/** The answer of a new run. */
export const runResult = z.object({
  nodes: z.number(),
  edges: z.number(),
  communities: z.number(),
  modularity: z.number(),
  sitesOfConcern: z.number(),
  brokers: z.number(),
  ms: z.number(),
});

/** A person reaching sites of concern through the people who run them. */
export const brokerShape = z.object({
  rank: z.number(),
  person: named,
  /** The sites of concern the person reaches. */
  sites: z.array(named),
  /** The people who run those sites, through whom the person reaches them. */
  through: z.array(named),
  /** Of `through`, those who paid the broker (a site's owner paying for the workers placed). */
  paidBy: z.array(named),
  score: z.number(),
});

/** A candidate group: a community of the network holding sites or several people. */
export const groupShape = z.object({
  community: z.number(),
  size: z.number(),
  sites: z.array(named),
  keyPeople: z.array(named),
});

/** What the network says of a site: who runs it, the brokers supplying it, its group (null when not analysed). */
export const siteProfileShape = z.object({
  site: named,
  /** People (and other entities) tied to the site, with their role in words. */
  people: z.array(named.extend({ role: z.string() })),
  brokers: z.array(z.object({ rank: z.number(), person: named, sitesSupplied: z.number() })),
  group: z.object({ community: z.number(), sites: z.array(named), keyPeople: z.array(named) }).nullable(),
});

/** A saved link chart in the agency's list: who made it, when, and how many nodes it holds. */
export const chartSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  nodes: z.number(),
});
