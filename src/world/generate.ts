import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresetName } from './presets.ts';
import { writeCalls } from './traces/calls.ts';
import { writeCrossings } from './traces/crossings.ts';
import { familiesOf, writeFamilyCalls, writeFamilyNumbers } from './traces/families.ts';
import { writeInspections, writeReports, writeTips } from './traces/narratives.ts';
import { writeAccounts, writeBusinesses, writeSubscribers } from './traces/registries.ts';
import { writeTransfers } from './traces/transfers.ts';
import { TruthSink, writePersons, writeTruthSummary } from './truth.ts';
import { createWorld, type World } from './world.ts';

export interface GenerateOptions {
  preset: PresetName;
  seed: number;
  out: string;
  /** Called as each file is done, with its row count. */
  progress?: (file: string, rows: number) => void;
}

export interface GenerateResult {
  world: World;
  counts: Record<string, number>;
}

/** Generates a world and writes its traces and truth into `out`. The same seed and preset give the same bytes. */
export async function generateWorld(opts: GenerateOptions): Promise<GenerateResult> {
  await mkdir(join(opts.out, 'truth'), { recursive: true });
  const world = createWorld(opts.preset, opts.seed);
  const truth = new TruthSink(join(opts.out, 'truth'));
  const counts: Record<string, number> = {};
  const done = (file: string, rows: number) => {
    counts[file] = rows;
    opts.progress?.(file, rows);
  };
  done('businesses.csv', await writeBusinesses(world, join(opts.out, 'businesses.csv'), truth));
  done('subscribers.csv', await writeSubscribers(world, join(opts.out, 'subscribers.csv'), truth));
  const calls = await writeCalls(world, join(opts.out, 'calls.csv'));
  done('calls.csv', calls.rows);
  counts['calls.csv:criminal'] = calls.criminal;
  const holders = new Uint8Array(world.pop.n);
  const transfers = await writeTransfers(world, join(opts.out, 'transfers.csv'), truth, holders);
  done('transfers.csv', transfers.rows);
  counts['transfers.csv:criminal'] = transfers.criminal;
  done('accounts.csv', await writeAccounts(world, join(opts.out, 'accounts.csv'), truth, holders));
  const crossings = await writeCrossings(world, join(opts.out, 'crossings.csv'), truth);
  done('crossings.csv', crossings.rows);
  counts['crossings.csv:criminal'] = crossings.criminal;
  const tipSites: { id: string; site: number; isFalse: boolean }[] = [];
  done('tips.jsonl', await writeTips(world, join(opts.out, 'tips.jsonl'), truth, tipSites));
  done('inspections.jsonl', await writeInspections(world, join(opts.out, 'inspections.jsonl'), truth));
  done('reports.jsonl', await writeReports(world, join(opts.out, 'reports.jsonl'), truth));
  // Victims' families and who calls them: after the other traces, from streams of their own.
  const families = familiesOf(world, tipSites);
  const familyCalls = await writeFamilyCalls(world, families, join(opts.out, 'family-calls.csv'), truth);
  done('family-calls.csv', familyCalls.rows);
  counts['family-calls.csv:criminal'] = familyCalls.criminal;
  done('family-numbers.jsonl', await writeFamilyNumbers(families, join(opts.out, 'family-numbers.jsonl')));
  done('truth/persons.jsonl', await writePersons(world, join(opts.out, 'truth')));
  await truth.close();
  counts['truth/records.jsonl'] = truth.count;
  counts.people = world.pop.n;
  counts.victims = [...world.victims.values()].filter((v) => v.status === 'trafficked').length;
  counts.labour_rights_cases = [...world.victims.values()].filter(
    (v) => v.status === 'exploited_not_trafficked',
  ).length;
  counts.sites = world.sites.length;
  counts.groups = world.groups.length;
  await writeTruthSummary(world, join(opts.out, 'truth.json'), counts);
  return { world, counts };
}
