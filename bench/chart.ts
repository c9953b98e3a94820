/// <reference lib="dom" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { report } from './results.ts';

// The link chart's responsiveness in Chromium: the chart component alone (web/src/intel/network/bench), built
// with Vite, on a generated graph of 2,000 nodes and 10,000 links and on a 100-node baseline in the same run.
//
// What "answers" means: the time from the input to the end of the first frame that shows its effect whole, that
// is from just before the input is given (for a mouse move, the event's own time stamp) to just after the browser
// has painted the first frame drawn by the canvas once the change had reached it: the first Cytoscape `render`
// after it, then a task posted from there at the highest priority, which runs after that frame's paint and ahead
// of tasks queued earlier (React's, say, which do not hold back a frame already painted). The compositor's last
// step to the screen is not in it (a few ms, not measurable from the page). Nothing is drawn in parts: that frame
// holds every node and link the change leaves on the chart.
// Interactions: selecting a node; dragging one (real mouse moves, each timed); applying a filter (weakest link 3
// applied to the links on the chart, then 1 again: about 5,000 links hidden and shown, nothing asked again);
// expanding a selected node with the toolbar's button (ten new nodes). Figures: median and p95 per size.
//
// `--against DIR` measures, in the same run and browser, the chart of another checkout too (DIR holds its web/
// and src/, e.g. `git archive COMMIT web/src src | tar -x -C DIR`, and a node_modules link to this one's), for an
// A/B on a noisy machine; its canvas must have the `states()` handle the timing waits on. `--rounds N` alternates
// the order of the two N times.

const ROOT = join(import.meta.dirname, '..');
const ENTRY = join('web', 'src', 'intel', 'network', 'bench');
const ORIGIN = 'http://chart-bench.invalid';
const CHROMIUM = process.env.LANTERN_CHROMIUM || '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 10) / 10;
}

/** Opens the chart on a graph of n nodes and m links; returns how long until it was drawn. */
async function open(page: Page, n: number, m: number): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${ORIGIN}/index.html#n=${n}&m=${m}`);
  await page.waitForFunction(
    (want) => {
      const b = (
        window as unknown as {
          chartBench?: { canvas: { current: { core(): { nodes(): { length: number } } } | null } };
        }
      ).chartBench;
      return (b?.canvas.current?.core()?.nodes().length ?? 0) >= want;
    },
    n,
    { timeout: 120_000, polling: 100 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Date.now() - t0;
}

type Cy = import('cytoscape').Core;
interface Timer {
  /** Resolves with the ms from t0 to the paint of the first frame the canvas draws once `ready()` holds. */
  answer(t0: number, ready: () => boolean): Promise<number>;
  /** Two frames, to let the page settle between interactions. */
  settle(): Promise<void>;
}
interface Bench {
  canvas: { current: { core(): Cy; states(): number } };
}
type Win = { chartBench: Bench; chartTimer: Timer; moves: Promise<number>[] };

/** Runs in the page: `window.chartTimer` (see the comment at the top for what is timed). */
function installHelpers(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Win;
    const cy = w.chartBench.canvas.current.core();
    const settle = () =>
      new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const answer = (t0: number, ready: () => boolean) =>
      new Promise<number>((resolve, reject) => {
        const give = setTimeout(() => reject(new Error('The chart drew no frame with the change.')), 20_000);
        const onRender = () => {
          if (!ready()) return;
          cy.off('render', onRender);
          clearTimeout(give);
          const done = () => resolve(performance.now() - t0);
          // The first task after this frame's paint (see the top).
          const tasks = (globalThis as { scheduler?: { postTask(f: () => void, o: object): Promise<void> } })
            .scheduler;
          if (tasks) void tasks.postTask(done, { priority: 'user-blocking' });
          else {
            const after = new MessageChannel();
            after.port1.onmessage = done;
            after.port2.postMessage(null);
          }
        };
        cy.on('render', onRender);
      });
    w.chartTimer = { answer, settle };
  });
}

async function timeSelect(page: Page, reps: number, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ reps, n }) => {
      const w = window as unknown as Win;
      const cy = w.chartBench.canvas.current.core();
      const out: number[] = [];
      for (let i = 0; i < reps; i++) {
        const node = cy.getElementById(`n${(i * 37 + 11) % n}`);
        await w.chartTimer.settle();
        const t0 = performance.now();
        node.select();
        out.push(await w.chartTimer.answer(t0, () => true));
        node.unselect();
      }
      await w.chartTimer.settle();
      return out;
    },
    { reps, n },
  );
}

/** Real mouse drags of a node (the view zoomed to 1 and centred on it), each move timed to its frame. */
async function timeDrag(page: Page, reps: number, n: number): Promise<number[]> {
  const box = await page.locator('.chart-canvas').boundingBox();
  if (!box) throw new Error('The chart canvas has no box on the benchmark page.');
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.moves = [];
    // Before Cytoscape's own listener (capture): the frame that shows the move is the first drawn after it.
    window.addEventListener(
      'mousemove',
      (ev) => {
        if (ev.buttons !== 0) w.moves.push(w.chartTimer.answer(ev.timeStamp, () => true));
      },
      { capture: true },
    );
  });
  for (let i = 0; i < reps; i++) {
    const at = await page.evaluate(
      (id) => {
        const cy = (window as unknown as Win).chartBench.canvas.current.core();
        const node = cy.getElementById(id);
        cy.zoom(1);
        cy.center(node);
        return node.renderedPosition();
      },
      `n${(i * 53 + 5) % n}`,
    );
    await page.evaluate(() => (window as unknown as Win).chartTimer.settle());
    const x = box.x + at.x;
    const y = box.y + at.y;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 6; k++) {
      await page.mouse.move(x + 12 * k, y + 5 * k);
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
  }
  return page.evaluate(() => Promise.all((window as unknown as Win).moves));
}

/** Applying a filter (weakest link 3, then 1 again): a narrower filter applied to the links already loaded. */
async function timeFilter(page: Page, reps: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    out.push(
      await page.evaluate(
        async (weight) => {
          const w = window as unknown as Win;
          const canvas = w.chartBench.canvas.current;
          const input = document.querySelector<HTMLInputElement>('.chart-filters input[type="number"]');
          const apply = [...document.querySelectorAll<HTMLButtonElement>('.chart-filters button')].find(
            (b) => b.textContent === 'Apply filters',
          );
          if (!input || !apply) throw new Error('No filter form on the benchmark page.');
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          set?.call(input, String(weight));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await w.chartTimer.settle();
          const s0 = canvas.states();
          const t0 = performance.now();
          apply.click();
          return w.chartTimer.answer(t0, () => canvas.states() > s0);
        },
        i % 2 === 0 ? 3 : 1,
      ),
    );
  }
  return out;
}

/** Expanding a selected node (ten new nodes each time) with the toolbar's button. */
async function timeExpand(page: Page, reps: number, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ reps, n }) => {
      const w = window as unknown as Win;
      const canvas = w.chartBench.canvas.current;
      const cy = canvas.core();
      const button = [...document.querySelectorAll<HTMLButtonElement>('.chart-toolbar button')].find(
        (b) => b.textContent === 'Expand selected',
      );
      if (!button) throw new Error('No expand button on the benchmark page.');
      const out: number[] = [];
      for (let i = 0; i < reps; i++) {
        cy.$(':selected').unselect();
        // Not the start (n0): its neighbourhood is the whole graph, already on the chart.
        cy.getElementById(`n${(i * 71 + 3) % n || 1}`).select();
        await w.chartTimer.settle();
        // The button is enabled once the selection has reached the toolbar.
        while (button.disabled) await w.chartTimer.settle();
        const before = cy.nodes().length;
        const s0 = canvas.states();
        const t0 = performance.now();
        button.click();
        out.push(
          await w.chartTimer.answer(t0, () => canvas.states() > s0 && cy.nodes().length >= before + 10),
        );
      }
      return out;
    },
    { reps, n },
  );
}

async function measure(browser: Browser, dir: string, n: number, m: number, reps: number) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // The TypeScript loader names functions with a `__name` helper, also inside the functions the page runs.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    try {
      const body = readFileSync(join(dir, path));
      return route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const loadMs = await open(page, n, m);
  await installHelpers(page);
  const half = Math.max(4, Math.round(reps / 2));
  const t = {
    select: await timeSelect(page, reps, n),
    drag: await timeDrag(page, Math.max(3, Math.round(reps / 4)), n),
    filter: await timeFilter(page, half),
    expand: await timeExpand(page, half, n),
  };
  await page.close();
  if (problems.length > 0) throw new Error(`The benchmark page failed: ${problems.join('; ')}`);
  return { loadMs, t };
}

type Result = Awaited<ReturnType<typeof measure>>;

function figures(label: string, runs: Result[]): Record<string, unknown> {
  const f: Record<string, unknown> = { graph: label, loadMs: Math.max(...runs.map((r) => r.loadMs)) };
  for (const k of Object.keys(runs[0]?.t ?? {}) as (keyof Result['t'])[]) {
    const xs = runs.flatMap((r) => r.t[k]);
    f[`${k}P50Ms`] = quantile(xs, 0.5);
    f[`${k}P95Ms`] = quantile(xs, 0.95);
    f[`${k}Samples`] = xs.length;
  }
  return f;
}

export async function chartBenchmark(opts: Record<string, string>): Promise<void> {
  const reps = Number(opts.reps ?? 24);
  const rounds = Number(opts.rounds ?? 1);
  const big = { n: Number(opts.nodes ?? 2000), m: Number(opts.edges ?? 10000) };
  const variants = [{ name: 'this checkout', root: ROOT, out: '' }];
  if (opts.against) variants.push({ name: `against ${opts.against}`, root: resolve(opts.against), out: '' });
  let browser: Browser | null = null;
  try {
    for (const v of variants) {
      v.out = mkdtempSync(join(tmpdir(), 'lantern-chart-bench-'));
      await build({
        configFile: false,
        root: join(v.root, ENTRY),
        base: './',
        plugins: [react()],
        logLevel: 'warn',
        build: { outDir: v.out, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
      });
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    const sizes = [
      { label: '100 nodes, 500 links', n: 100, m: 500 },
      { label: `${big.n} nodes, ${big.m} links`, n: big.n, m: big.m },
    ];
    const runs = new Map<string, Result[]>();
    const load: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (const size of sizes) {
        const order = r % 2 === 0 ? variants : variants.slice().reverse();
        for (const v of order) {
          load.push(loadavg()[0] ?? 0);
          const key = `${v.name}|${size.label}`;
          runs.set(key, [...(runs.get(key) ?? []), await measure(browser, v.out, size.n, size.m, reps)]);
        }
      }
    const out: Record<string, unknown>[] = [];
    for (const v of variants)
      for (const size of sizes)
        out.push({
          ...(variants.length > 1 ? { chart: v.name } : {}),
          ...figures(size.label, runs.get(`${v.name}|${size.label}`) ?? []),
        });
    out.push({
      loadAverage1m: `${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`,
      cores: (await import('node:os')).cpus().length,
    });
    report('chart', out);
  } finally {
    await browser?.close();
    for (const v of variants) if (v.out) rmSync(v.out, { recursive: true, force: true });
  }
}
