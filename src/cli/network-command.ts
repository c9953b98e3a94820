import type { Command } from 'commander';

/**
 * `lantern network analyse FILE`: a network's figures with no database, one JSON line per node in the order
 * nodes first appear in the file; with --disrupt, one JSON line per removal step instead (and no node lines).
 * The same analysis the app runs on its subgraphs (src/intel/network/analysis).
 */
export function registerNetworkCommand(program: Command): void {
  const network = program.command('network').description('Network analysis of a file of links (no database)');
  network
    .command('analyse')
    .description(
      'Degrees, betweenness, PageRank and Louvain communities: one JSON line per node; with --disrupt, one line per removal step',
    )
    .argument(
      '<file>',
      'an edge list (CSV with columns source,target and optionally weight) or GraphML (its edgedefault decides direction)',
    )
    .option('--directed', 'edges run from source to target (CSV; GraphML says so itself)')
    .option('--weighted', 'use the weights: path length 1/weight, PageRank and communities by weight')
    .option('--format <format>', 'csv or graphml (default: from the extension)')
    .option('--disrupt <by>', 'remove the top node by betweenness or degree, recompute, repeat')
    .option('--steps <k>', 'with --disrupt: how many nodes to remove', '10')
    .action(async (file: string, opts: NetworkOptions) => {
      process.exitCode = await analyseFile(file, opts, (line) => process.stdout.write(line));
    });
}

export interface NetworkOptions {
  directed?: boolean;
  weighted?: boolean;
  format?: string;
  disrupt?: string;
  steps?: string;
}

class OptionError extends Error {}

export async function analyseFile(
  file: string,
  opts: NetworkOptions,
  write: (line: string) => void,
): Promise<number> {
  const { readEdgeListFile, GraphInputError } = await import('../intel/network/analysis/input.ts');
  const { buildNetwork } = await import('../intel/network/analysis/graph.ts');
  const { analyse, EXACT_BETWEENNESS_LIMIT, SAMPLED_SOURCES } = await import(
    '../intel/network/analysis/analyse.ts'
  );
  const { disrupt } = await import('../intel/network/analysis/disrupt.ts');
  const note = (line: string) => process.stderr.write(`lantern network analyse: ${line}\n`);
  try {
    if (opts.format !== undefined && opts.format !== 'csv' && opts.format !== 'graphml')
      throw new OptionError('--format: must be csv or graphml');
    if (opts.disrupt !== undefined && opts.disrupt !== 'betweenness' && opts.disrupt !== 'degree')
      throw new OptionError('--disrupt: must be betweenness or degree');
    const steps = Number(opts.steps ?? '10');
    if (!Number.isInteger(steps) || steps < 1)
      throw new OptionError('--steps: must be a whole number of at least 1');
    const list = await readEdgeListFile(file, opts.format as 'csv' | 'graphml' | undefined);
    if (list.directed === false && opts.directed)
      throw new OptionError(`--directed: ${file} declares its edges undirected (edgedefault)`);
    const network = buildNetwork(list, list.directed ?? opts.directed ?? false);
    if (network.merged > 0)
      note(`${network.merged} rows repeat a pair already read: their weights are added to it`);
    if (network.selfLoops > 0) note(`${network.selfLoops} rows link a node to itself: left out`);
    const weighted = opts.weighted ?? false;
    const { graph } = network;
    if (graph.order > EXACT_BETWEENNESS_LIMIT && opts.disrupt === 'betweenness')
      note(
        `${graph.order} nodes (more than ${EXACT_BETWEENNESS_LIMIT}): betweenness at each step is estimated from ${SAMPLED_SOURCES} sampled sources (seeded)`,
      );
    if (opts.disrupt) {
      for (const s of disrupt(graph, opts.disrupt as 'betweenness' | 'degree', steps, { weighted }))
        write(`${JSON.stringify(s)}\n`);
      return 0;
    }
    const result = analyse(graph, { weighted });
    const b = result.betweenness;
    if (!b.exact) {
      const errors = Array.from(b.standardErrors).sort((x, y) => x - y);
      const median = errors[Math.floor(errors.length / 2)] ?? 0;
      note(
        `${b.nodes.length} nodes (more than ${EXACT_BETWEENNESS_LIMIT}): betweenness estimated from ${b.sources} sampled sources (seeded), standard error up to ${errors.at(-1)?.toPrecision(2)}, median ${median.toPrecision(2)}`,
      );
    }
    for (const n of result.nodes) write(`${JSON.stringify(n)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof GraphInputError || e instanceof OptionError) {
      note(e.message);
      return 1;
    }
    throw e;
  }
}
