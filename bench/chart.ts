/// <reference lib="dom" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { report } from './results.ts';

// The link chart's responsiveness in Chromium: the chart component alone (web/src/intel/network/bench), built
// with Vite, on a generated graph of 2,000 nodes and 10,000 links and on a 100-node baseline in the same run.
// Each interaction is timed from its input to the second animation frame after it (the frame that shows its
// effect): selecting a node, dragging one (real mouse moves), applying a filter (weakest link 3 applied to the
// links on the chart, then 1 again: links hidden and shown, nothing asked again), and expanding a node.
// Figures: median and p95 per size, and the large/baseline ratio.

const ROOT = join(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'web', 'src', 'intel', 'network', 'bench');
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

/** Runs in the page: helpers on `window.chartTimer` (the canvas, frames, and waiting for the status line). */
function installHelpers(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const frames = () =>
      new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const status = () =>
      [...document.querySelectorAll('[aria-live="polite"]')].map((e) => e.textContent ?? '').join('|');
    const statusChange = async (before: string) => {
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = status();
        if (now !== before && !now.includes('Asking the server')) return;
      }
    };
    w.chartTimer = { frames, status, statusChange };
  });
}

type Cy = import('cytoscape').Core;
interface Timer {
  frames(): Promise<void>;
  status(): string;
  statusChange(before: string): Promise<void>;
}

async function timeSelect(page: Page, reps: number, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ reps, n }) => {
      const w = window as unknown as {
        chartBench: { canvas: { current: { core(): Cy } } };
        chartTimer: Timer;
      };
      const cy = w.chartBench.canvas.current.core();
      const out: number[] = [];
      for (let i = 0; i < reps; i++) {
        const node = cy.getElementById(`n${(i * 37 + 11) % n}`);
        const t0 = performance.now();
        node.select();
        await w.chartTimer.frames();
        out.push(performance.now() - t0);
        node.unselect();
        await w.chartTimer.frames();
      }
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
    const w = window as unknown as { moves: number[]; chartTimer: Timer };
    w.moves = [];
    window.addEventListener(
      'mousemove',
      (ev) => {
        if (ev.buttons === 0) return;
        const t0 = performance.now();
        void w.chartTimer.frames().then(() => w.moves.push(performance.now() - t0));
      },
      { capture: true },
    );
  });
  for (let i = 0; i < reps; i++) {
    const at = await page.evaluate(
      (id) => {
        const cy = (
          window as unknown as { chartBench: { canvas: { current: { core(): Cy } } } }
        ).chartBench.canvas.current.core();
        const node = cy.getElementById(id);
        cy.zoom(1);
        cy.center(node);
        return node.renderedPosition();
      },
      `n${(i * 53 + 5) % n}`,
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { moves: number[] }).moves);
}

/** Applying a filter (weakest link 3, then 1 again): a narrower filter applied to the links already loaded. */
async function timeFilter(page: Page, reps: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    out.push(
      await page.evaluate(
        async (weight) => {
          const w = window as unknown as { chartTimer: Timer };
          const input = document.querySelector<HTMLInputElement>('.chart-filters input[type="number"]');
          const apply = [...document.querySelectorAll<HTMLButtonElement>('.chart-filters button')].find(
            (b) => b.textContent === 'Apply filters',
          );
          if (!input || !apply) throw new Error('No filter form on the benchmark page.');
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          set?.call(input, String(weight));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await w.chartTimer.frames();
          const before = w.chartTimer.status();
          const t0 = performance.now();
          apply.click();
          await w.chartTimer.statusChange(before);
          await w.chartTimer.frames();
          return performance.now() - t0;
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
      const w = window as unknown as {
        chartBench: { canvas: { current: { core(): Cy } } };
        chartTimer: Timer;
      };
      const cy = w.chartBench.canvas.current.core();
      const button = [...document.querySelectorAll<HTMLButtonElement>('.chart-toolbar button')].find(
        (b) => b.textContent === 'Expand selected',
      );
      if (!button) throw new Error('No expand button on the benchmark page.');
      const out: number[] = [];
      for (let i = 0; i < reps; i++) {
        cy.$(':selected').unselect();
        cy.getElementById(`n${(i * 71 + 3) % n}`).select();
        await w.chartTimer.frames();
        const before = w.chartTimer.status();
        const t0 = performance.now();
        button.click();
        await w.chartTimer.statusChange(before);
        await w.chartTimer.frames();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { reps, n },
  );
}

async function measure(browser: Browser, n: number, m: number, reps: number) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // The TypeScript loader names functions with a `__name` helper, also inside the functions the page runs.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    try {
      const body = readFileSync(join(out, path));
      return route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const loadMs = await open(page, n, m);
  await installHelpers(page);
  const t = {
    select: await timeSelect(page, reps, n),
    drag: await timeDrag(page, Math.max(3, Math.round(reps / 4)), n),
    filter: await timeFilter(page, Math.max(4, Math.round(reps / 3))),
    expand: await timeExpand(page, Math.max(4, Math.round(reps / 3)), n),
  };
  await page.close();
  if (problems.length > 0) throw new Error(`The benchmark page failed: ${problems.join('; ')}`);
  return { loadMs, t };
}

let out = '';

export async function chartBenchmark(opts: Record<string, string>): Promise<void> {
  const reps = Number(opts.reps ?? 24);
  const big = { n: Number(opts.nodes ?? 2000), m: Number(opts.edges ?? 10000) };
  out = mkdtempSync(join(tmpdir(), 'lantern-chart-bench-'));
  let browser: Browser | null = null;
  try {
    await build({
      configFile: false,
      root: ENTRY,
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
    });
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
    const base = await measure(browser, 100, 500, reps);
    const large = await measure(browser, big.n, big.m, reps);
    const figures: Record<string, unknown>[] = [];
    for (const [size, r] of [
      ['100 nodes, 500 links', base],
      [`${big.n} nodes, ${big.m} links`, large],
    ] as const) {
      const f: Record<string, unknown> = { graph: size, loadMs: r.loadMs };
      for (const [k, xs] of Object.entries(r.t)) {
        f[`${k}P50Ms`] = quantile(xs, 0.5);
        f[`${k}P95Ms`] = quantile(xs, 0.95);
        f[`${k}Samples`] = xs.length;
      }
      figures.push(f);
    }
    const ratios: Record<string, unknown> = { graph: 'ratio large / baseline (p50)' };
    for (const k of Object.keys(base.t) as (keyof typeof base.t)[])
      ratios[k] =
        Math.round((quantile(large.t[k], 0.5) / Math.max(0.1, quantile(base.t[k], 0.5))) * 100) / 100;
    ratios.load = Math.round((large.loadMs / Math.max(1, base.loadMs)) * 100) / 100;
    figures.push(ratios);
    report('chart', figures);
  } finally {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  }
}
