import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Checks run on a rendered screen: glyphs drawn from a font that is not bundled (tofu, or a system fallback that
// another machine lacks), text cut off by its box, the page wider than the window, and axe-core's accessibility
// rules. Each returns what it found, in words, so a failing test says where.

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * Every element's text drawn in the bundled web fonts: Chromium reports, per element, the fonts it really used for
 * its text. A system font means a character the bundled fonts lack (on another machine, tofu), except in
 * monospace text (codes and ids, drawn in the system's monospace font and falling back to the bundled ones).
 */
export async function systemFontText(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const found: string[] = [];
    // Asked a batch at a time (the answers pipelined), and only of the elements that draw text of their own.
    const nodes = textElements(root as DomNode);
    for (let i = 0; i < nodes.length; i += 64) {
      const batch = nodes.slice(i, i + 64);
      const fonts = await Promise.all(
        batch.map((nodeId) =>
          cdp
            .send('CSS.getPlatformFontsForNode', { nodeId })
            .then((r) => (r as { fonts: PlatformFont[] }).fonts)
            // A node the page replaced meanwhile (a list refreshed) is skipped: its successor is checked next time.
            .catch(() => null),
        ),
      );
      for (const [k, used] of fonts.entries()) {
        // Monospace text (ids, codes, numbers) is drawn in the system's monospace font: its Latin letters and
        // digits are on every machine, and the region's scripts in it fall back to the bundled fonts (--mono).
        const system = (used ?? []).filter(
          (f) => !f.isCustomFont && f.glyphCount > 0 && !/mono/i.test(f.familyName),
        );
        if (system.length === 0) continue;
        const html = await cdp
          .send('DOM.getOuterHTML', { nodeId: batch[k] as number })
          .then((r) => r.outerHTML)
          .catch(() => '(gone)');
        found.push(`${system.map((f) => f.familyName).join(', ')}: ${html.slice(0, 160)}`);
      }
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
}

/** The elements under <body> that hold text of their own (a text child) or show a value (form fields). */
function textElements(root: DomNode): number[] {
  const out: number[] = [];
  const walk = (node: DomNode, inBody: boolean) => {
    const kids = node.children ?? [];
    if (inBody && node.nodeType === 1) {
      const own = kids.some((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '');
      if (own || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(node.nodeName)) out.push(node.nodeId);
    }
    for (const c of kids) walk(c, inBody || node.nodeName === 'BODY');
  };
  walk(root, false);
  return out;
}

/** Text wider than the box that clips it (not an intended ellipsis), and a page wider than the window. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`the page is ${doc.scrollWidth}px wide in ${window.innerWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      // A map clips its tiles and labels at its edge by design.
      if (el.closest('.leaflet-container')) continue;
      const s = getComputedStyle(el);
      const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
      if (!clips || s.textOverflow === 'ellipsis') continue;
      if (!el.textContent?.trim() || el.scrollWidth <= el.clientWidth + 1) continue;
      // Visually hidden helpers (screen-reader text) are clipped on purpose.
      if (el.clientWidth <= 1 || s.clipPath !== 'none' || s.clip !== 'auto') continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent.trim().slice(0, 60)}"`);
    }
    return out;
  });
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's serious and critical violations on the page as it stands (the script is evaluated, not injected, so
 * the strict CSP stays on). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
/** "Nov 20, 2026", "20 Nov 2026", "November 2026": a day written in English. */
const ENGLISH_DAY = new RegExp(
  `\\b(?:${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{4})\\b`,
  'g',
);

/** Days the page writes in English (a browser lacking the language's locale data falls back to US English). */
export async function englishDays(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  return [...new Set(text.match(ENGLISH_DAY) ?? [])].slice(0, 5);
}
