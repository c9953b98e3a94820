import type { Command } from 'commander';
import { cliLanguage, formatNumber, say, texts } from './language.ts';

/**
 * `lantern network analyse FILE`: a network's figures with no database, one JSON line per node in the order
 * nodes first appear in the file; with --disrupt, one JSON line per removal step instead (and no node lines).
 * The same analysis the app runs on its subgraphs (src/intel/network/analysis).
 */
export function registerNetworkCommand(program: Command): void {
  const help = texts().help;
  const network = program.command('network').description(help.network);
  network
    .command('analyse')
    .description(help.analyse)
    .argument('<file>', help.edgeFile)
    .option('--directed', help.directed)
    .option('--weighted', help.weighted)
    .option('--format <format>', help.format)
    .option('--disrupt <by>', help.disrupt)
    .option('--steps <k>', help.steps, '10')
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

/** A figure to two significant digits, as the language writes it (English as `toPrecision` does). */
const twoDigits = (x: number) =>
  cliLanguage() === 'en' ? x.toPrecision(2) : formatNumber(x, { maximumSignificantDigits: 2 });

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
  const t = texts().network;
  const note = (line: string) => process.stderr.write(`lantern network analyse: ${line}\n`);
  try {
    if (opts.format !== undefined && opts.format !== 'csv' && opts.format !== 'graphml')
      throw new OptionError(t.formatError);
    if (opts.disrupt !== undefined && opts.disrupt !== 'betweenness' && opts.disrupt !== 'degree')
      throw new OptionError(t.disruptError);
    const steps = Number(opts.steps ?? '10');
    if (!Number.isInteger(steps) || steps < 1) throw new OptionError(t.stepsError);
    const list = await readEdgeListFile(file, opts.format as 'csv' | 'graphml' | undefined);
    if (list.directed === false && opts.directed) throw new OptionError(say(t.undirected, { file }));
    const network = buildNetwork(list, list.directed ?? opts.directed ?? false);
    if (network.merged > 0) note(say(t.merged, { count: network.merged }));
    if (network.selfLoops > 0) note(say(t.selfLoops, { count: network.selfLoops }));
    const weighted = opts.weighted ?? false;
    const { graph } = network;
    if (graph.order > EXACT_BETWEENNESS_LIMIT && opts.disrupt === 'betweenness')
      note(
        say(t.sampledSteps, { nodes: graph.order, limit: EXACT_BETWEENNESS_LIMIT, sources: SAMPLED_SOURCES }),
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
      const largest = errors.at(-1);
      note(
        say(t.sampled, {
          nodes: b.nodes.length,
          limit: EXACT_BETWEENNESS_LIMIT,
          sources: b.sources,
          largest: largest === undefined ? 'undefined' : twoDigits(largest),
          median: twoDigits(median),
        }),
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
