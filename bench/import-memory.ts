import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld } from '../src/world/generate.ts';
import { report } from './results.ts';
import { scratchDatabase } from './server-db.ts';

const ROOT = join(import.meta.dirname, '..');

/** The resident memory in MB of a process and all it started, read from /proc (Linux). */
function treeRssMb(pid: number): { heaviest: number; total: number } {
  let heaviest = 0;
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      heaviest = Math.max(heaviest, kb / 1024);
      total += kb / 1024;
      for (const task of readdirSync(`/proc/${p}/task`))
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/))
          if (c) visit(Number(c));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return { heaviest, total };
}

/** Runs the `lantern` command, sampling its memory every 200 ms; resolves with its output and peaks. */
function runSampled(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; out: string; peakMb: number; peakTreeMb: number; seconds: number }>(
    (resolve, reject) => {
      const t0 = performance.now();
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'lantern.js'), ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        out += d.toString();
      });
      let peakMb = 0;
      let peakTreeMb = 0;
      const timer = setInterval(() => {
        if (child.pid === undefined) return;
        const m = treeRssMb(child.pid);
        peakMb = Math.max(peakMb, m.heaviest);
        peakTreeMb = Math.max(peakTreeMb, m.total);
      }, 200);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearInterval(timer);
        resolve({
          code: code ?? 1,
          out,
          peakMb: Math.round(peakMb),
          peakTreeMb: Math.round(peakTreeMb),
          seconds: +((performance.now() - t0) / 1000).toFixed(1),
        });
      });
    },
  );
}

async function engineEnv(
  engine: string,
  work: string,
): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANTERN_LOG_LEVEL: 'warn' };
  if (engine === 'pglite') {
    delete env.DATABASE_URL;
    env.LANTERN_DATA_DIR = join(work, 'db');
    return { env, drop: async () => undefined };
  }
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await scratchDatabase(url, 'lantern_bench_mem');
  env.DATABASE_URL = scratch.url;
  env.LANTERN_SECRET_KEY = randomBytes(32).toString('hex');
  return { env, drop: scratch.drop };
}

/**
 * Peak memory of `lantern import calls` importing a whole world's call records (10 million for the large preset),
 * as the command runs for a user: its own process, sampled from outside. On the server database the process holds
 * only the reading and checking; on the embedded one it also holds PGlite (PostgreSQL compiled to WebAssembly).
 */
export async function importMemoryBenchmark(opts: Record<string, string>): Promise<void> {
  const preset = opts.preset ?? 'large';
  const work = mkdtempSync(join(tmpdir(), 'lantern-import-mem-'));
  try {
    let file = opts.file;
    if (!file) {
      await generateWorld({ preset: preset as 'large', seed: 1, out: work });
      file = join(work, 'calls.csv');
    }
    if (!existsSync(file)) throw new Error(`no file ${file}`);
    const engines = (opts.engine ?? 'postgresql,pglite').split(',');
    const results: Record<string, unknown>[] = [];
    for (const engine of engines) {
      const { env, drop } = await engineEnv(engine, work);
      try {
        const setup = await runSampled(['agency', 'add', '--name', 'Bench police', '--kind', 'police'], env);
        if (setup.code !== 0) throw new Error(`agency add failed: ${setup.out}`);
        const r = await runSampled(['import', 'calls', file, '--agency', 'Bench police', '--json'], env);
        const json = r.out.slice(r.out.indexOf('{'));
        const rep = JSON.parse(json) as { status: string; rowsImported: number };
        if (r.code !== 0 || rep.status !== 'completed')
          throw new Error(`import ${rep.status}: ${r.out.slice(0, 400)}`);
        results.push({
          engine,
          rows: rep.rowsImported,
          seconds: r.seconds,
          rowsPerSecond: Math.round(rep.rowsImported / r.seconds),
          peakRssMb: r.peakMb,
          peakRssAllProcessesMb: r.peakTreeMb,
        });
      } finally {
        await drop();
      }
    }
    const server = results.find((r) => r.engine === 'postgresql');
    results.push({
      figure: 'peak memory of the import process',
      target: 'under 300 MB for 10 million rows',
      met: server && preset === 'large' ? (server.peakRssMb as number) < 300 : null,
      note: 'met is judged on the server database; the embedded one adds PGlite itself to the process',
    });
    report('import-memory', results);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
