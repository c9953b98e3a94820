import { z } from 'zod';
import { instant, line, uuid } from '../../platform/text.ts';

// Shapes of the network routes' replies, and of the saved chart both sent and read back: the API's description,
// and the types of the web app (which imports this file as types only: zod and the text rules, nothing of the
// server).

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

/** A run of the analysis: on the agency's sites of concern, or on the sites named. */
export const analysisRunBody = z.strictObject({ sites: z.array(uuid).max(1000).optional() });

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
/** A site a group's people are tied to outside the group's community, and those people. */
export const tiedSiteShape = named.extend({ through: z.array(named) });

export const groupShape = z.object({
  community: z.number(),
  size: z.number(),
  sites: z.array(named),
  keyPeople: z.array(named),
  tiedSites: z.array(tiedSiteShape),
});

/** What the network says of a site: who runs it, the brokers supplying it, its group (null when not analysed). */
export const siteProfileShape = z.object({
  site: named,
  /** People (and other entities) tied to the site, with their role in words. */
  people: z.array(named.extend({ role: z.string() })),
  brokers: z.array(z.object({ rank: z.number(), person: named, sitesSupplied: z.number() })),
  group: z
    .object({
      community: z.number(),
      sites: z.array(named),
      keyPeople: z.array(named),
      tiedSites: z.array(tiedSiteShape),
    })
    .nullable(),
});

/** When the agency's network was last analysed (null: never). */
export const lastAnalysisReply = z.object({ last: analysisSummary.nullable() });
export const brokersReply = z.object({ brokers: z.array(brokerShape) });
export const groupsReply = z.object({ groups: z.array(groupShape) });

/** How strong the agency's intelligence on a target is (null: not the agency's own entity). */
export const targetGradesReply = z.object({
  grades: z
    .object({
      strongestSourceGrade: z.enum(['1', '2', '3']),
      strongestInfoGrade: z.enum(['A', 'B', 'C', 'D', 'E']),
      corroboratingReports: z.number(),
      reports: z.array(z.string()),
    })
    .nullable(),
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

// A saved chart: ids, positions and filters, never labels (reopened, it is drawn again from the graph as its
// reader may see it today). One schema checks the chart sent and describes the chart read back.

/** A node of the graph: an entity id, or a number or account met only in traces (as the network routes take). */
export const chartNode = z
  .string()
  .max(200)
  .regex(
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|tel:\+?[0-9]{3,20}|acct:[^\s]{1,100})$/i,
    'must be an entity id, tel:NUMBER or acct:ACCOUNT',
  );
const coordinate = z.number().min(-1e7, 'must be at least -10000000').max(1e7, 'must be at most 10000000');

/** The largest chart that may be saved: the chart's own limit on nodes, with room for what was hidden. */
export const MAX_CHART_NODES = 5_000;

/** The filters a chart is drawn under, as the network routes take them. */
export const chartFilters = z.strictObject({
  from: instant().optional(),
  to: instant().optional(),
  types: z
    .array(z.string().regex(/^[a-z_]{1,40}$/, 'must be a link type such as works_at or call'))
    .max(60)
    .optional(),
  minWeight: z.number().int().min(1).max(1_000_000).optional(),
  worstSource: z.enum(['1', '2', '3']).optional(),
  worstInfo: z.enum(['A', 'B', 'C', 'D', 'E']).optional(),
});

/** A chart as saved: where it starts, the nodes expanded, each node's place and marks, its filters. */
export const chartSchema = z.strictObject({
  start: chartNode,
  expanded: z.array(chartNode).max(MAX_CHART_NODES, `must list at most ${MAX_CHART_NODES} nodes`),
  nodes: z
    .array(
      z.strictObject({
        id: chartNode,
        x: coordinate,
        y: coordinate,
        pinned: z.boolean(),
        hidden: z.boolean(),
      }),
    )
    .min(1, 'must hold at least the start node')
    .max(MAX_CHART_NODES, `must hold at most ${MAX_CHART_NODES} nodes`),
  filters: chartFilters,
  grouped: z.boolean(),
});
export type ChartDocument = z.output<typeof chartSchema>;

/** A chart to save: its title and the chart. */
export const chartInput = z.strictObject({ title: line(120), chart: chartSchema });
export type ChartInput = z.output<typeof chartInput>;

/** The agency's saved charts, most recently changed first. */
export const chartListReply = z.object({ charts: z.array(chartSummary) });

/** A saved chart as read back: its summary and the chart. */
export const chartReply = chartSummary.extend({ chart: chartSchema });
export type ChartSummary = z.output<typeof chartSummary>;
export type ChartReply = z.output<typeof chartReply>;

/** Numbers calling victims' families at night (family-call-routes.ts); a family is its tip's id. */
export const nightFamilyCallReply = z.object({
  /** How many family numbers the calls were matched against. */
  familyNumbers: z.number(),
  callers: z.array(
    z.object({
      /** The number that made the most night calls, and all the numbers of the caller that called families. */
      caller: z.string(),
      numbers: z.array(z.string()),
      /** The person using the numbers, when resolution or an analyst tied one to them. */
      person: named.nullable(),
      nightFamilies: z.number(),
      families: z.number(),
      nightCalls: z.number(),
      calls: z.number(),
      nightShare: z.number(),
      firstNight: z.string(),
      lastNight: z.string(),
      tips: z.array(z.string()),
    }),
  ),
});
