import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentFonts, myanmarVisualOrder, saraAmDecomposed, scriptRuns } from './court-file-fonts.ts';
import { renderCourtFile } from './court-file-pdf.ts';
import { SAMPLE_NAMES as S, SAMPLE_COURT_FILE as sample } from './court-file-sample.ts';

// The court file rendered, read back with pdfjs (text) and drawn with pdfjs on @napi-rs/canvas (pixels). Where a
// name in Thai, Khmer or Myanmar stands on a page, its pixels are compared with the same name drawn by Skia,
// which shapes with HarfBuzz: the glyphs pdfkit chose and placed (fontkit, plus our Myanmar reordering) must
// cover the same ink.

const SCALE = 3;
const require = createRequire(import.meta.url);
const noto = (pkg: string, stem: string) =>
  require.resolve(`@expo-google-fonts/${pkg}/400Regular/${stem}_400Regular.ttf`);
GlobalFonts.registerFromPath(noto('noto-sans-thai', 'NotoSansThai'), 'RefThai');
GlobalFonts.registerFromPath(noto('noto-sans-khmer', 'NotoSansKhmer'), 'RefKhmer');
GlobalFonts.registerFromPath(noto('noto-sans-myanmar', 'NotoSansMyanmar'), 'RefMyanmar');

interface Rendered {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
  items: TextItem[];
  toPixels: (x: number, y: number) => number[];
}

async function renderPage(page: PDFPageProxy): Promise<Rendered> {
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  // pdfjs draws on @napi-rs/canvas in Node; its typings name the DOM's canvas.
  await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
  const content = await page.getTextContent();
  return {
    width: canvas.width,
    height: canvas.height,
    pixels: ctx.getImageData(0, 0, canvas.width, canvas.height).data,
    items: content.items.filter((i): i is TextItem => 'str' in i),
    toPixels: (x, y) => viewport.convertToViewportPoint(x, y),
  };
}

const inked = (px: Uint8ClampedArray, i: number) =>
  0.299 * (px[i * 4] ?? 255) + 0.587 * (px[i * 4 + 1] ?? 255) + 0.114 * (px[i * 4 + 2] ?? 255) < 160;

function inkShare(r: Rendered): number {
  let n = 0;
  for (let i = 0; i < r.width * r.height; i++) if (inked(r.pixels, i)) n++;
  return n / (r.width * r.height);
}

/** How the ink of a word on the page matches the same word drawn by Skia (HarfBuzz) at the same place: the
 * share of each side's inked pixels that have ink on the other side within one pixel. */
function matchReference(r: Rendered, item: TextItem, reference: string, family: string) {
  const [x0 = 0, y0 = 0] = r.toPixels(item.transform[4], item.transform[5]);
  const px = item.transform[0] * SCALE;
  const left = Math.floor(x0 - px * 0.5);
  const top = Math.floor(y0 - px * 1.6);
  const w = Math.ceil(x0 - left + item.width * SCALE + 2);
  const h = Math.ceil(px * 2.4);
  const ref = createCanvas(w, h);
  const rc: SKRSContext2D = ref.getContext('2d');
  rc.fillStyle = '#ffffff';
  rc.fillRect(0, 0, w, h);
  rc.fillStyle = '#111111';
  rc.font = `${px}px ${family}`;
  rc.fillText(reference, x0 - left, y0 - top);
  const refPixels = rc.getImageData(0, 0, w, h).data;
  const page = (x: number, y: number) => inked(r.pixels, (top + y) * r.width + left + x);
  const mine = (x: number, y: number) => inked(refPixels, y * w + x);
  const near = (f: (x: number, y: number) => boolean, x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx;
        const yy = y + dy;
        if (xx >= 0 && yy >= 0 && xx < w && yy < h && f(xx, yy)) return true;
      }
    return false;
  };
  // Compared within the reference's ink box (two pixels around), so neighbouring lines and words stay out.
  let [x1, y1, x2, y2] = [w, h, 0, 0];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (mine(x, y)) [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  const inBox = (x: number, y: number) => x >= x1 - 2 && x <= x2 + 2 && y >= y1 - 2 && y <= y2 + 2;
  let onPage = 0;
  let onRef = 0;
  let pageCovered = 0;
  let refCovered = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!inBox(x, y)) continue;
      if (page(x, y)) {
        onPage++;
        if (near(mine, x, y)) pageCovered++;
      }
      if (mine(x, y)) {
        onRef++;
        if (near(page, x, y)) refCovered++;
      }
    }
  const area = (x2 - x1 + 5) * (y2 - y1 + 5);
  return { ink: onPage / area, page: pageCovered / onPage, reference: refCovered / onRef };
}

let bytes: Buffer;
let other: Buffer;
let pdf: PDFDocumentProxy;
let ms: number;
const pages: Rendered[] = [];

beforeAll(async () => {
  // Another file first, with Lao, Thai and Chinese of its own: the sample's bytes must not depend on it.
  other = await renderCourtFile({ ...sample, title: 'ນ້ຳ ค่ำ ทำ 中文', linkChart: null });
  const t = performance.now();
  bytes = await renderCourtFile(sample);
  ms = performance.now() - t;
  pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  for (let p = 1; p <= pdf.numPages; p++) pages.push(await renderPage(await pdf.getPage(p)));
  console.info(`court file: ${pdf.numPages} pages, ${bytes.length} bytes, rendered in ${Math.round(ms)} ms`);
});

const textOf = (r: Rendered) => r.items.map((i) => i.str).join('');
const itemOn = (r: Rendered | undefined, str: string) => r?.items.find((i) => i.str === str);

describe('the court file as a PDF', () => {
  it('is a PDF of five pages: title, index, charges, evidence and timeline, link chart', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.numPages).toBe(5);
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('has an index with the page of each section, and "page N of M" on every page', () => {
    const index = textOf(pages[1] as Rendered);
    expect(index).toContain('Index');
    for (const [heading, page] of [
      ['1. Suspects', 3],
      ['2. Charges', 3],
      [`2.1 Trafficking in persons — ${S.thai}`, 3],
      [`2.2 Money laundering — ${S.chinese}`, 3],
      ['3. Evidence', 4],
      ['4. Timeline', 4],
      ['5. Link chart', 5],
    ] as const) {
      expect(index).toContain(`${page}${heading}`);
      expect(textOf(pages[page - 1] as Rendered)).toContain(heading);
    }
    pages.forEach((p, i) => {
      expect(textOf(p)).toContain(`page ${i + 1} of 5`);
    });
  });

  it('holds the charges with their burden and gaps, the evidence with its custody, and the timeline', () => {
    const charges = textOf(pages[2] as Rendered);
    expect(charges).toContain(
      "Testimony burden 33%: 3 elements, 2 proven, 1 resting on the victim's testimony, 1 gaps",
    );
    expect(charges).toContain('Gap: no evidence yet for this element.');
    expect(charges).toContain(`Seek: Bank transfers to ${S.chinese}`);
    expect(charges).toContain('witness statement: Statement of the victim — testimony');
    const evidence = textOf(pages[3] as Rendered);
    expect(evidence).toContain(
      'Custody: 2 entries from 2026-06-02 08:30 UTC to 2026-06-03 10:00 UTC; held by Forensic lab.',
    );
    expect(evidence).toContain(
      `2026-01-02 ${S.khmer} meets the victim in Poipet2026-01-05 06:00 UTC Crossing`,
    );
  });

  it('reads back each script as written, Myanmar in drawing order with its text kept as ActualText', () => {
    const all = pages.map(textOf).join('\n');
    for (const name of [S.thai, S.khmer, S.lao, S.chinese, S.vietnamese, S.latin])
      expect(all).toContain(name);
    // PDF text follows the glyphs: the vowel ေ and medial ြ, drawn before their consonant, read back first.
    const drawn = myanmarVisualOrder([...S.myanmar], (c) => c.codePointAt(0) ?? 0).join('');
    expect(drawn).toBe('ေကျာ်စွာ ြမင့်');
    expect(all).toContain(drawn);
    expect(all).not.toContain(S.myanmar);
    expect(actualTexts(bytes)).toContain('ကျော်စွာ');
    expect(actualTexts(bytes)).toContain('ជ្រើសរើស');
  });

  it('draws every page (ink on each) and the six scripts with the right glyphs', () => {
    for (const page of pages) expect(inkShare(page)).toBeGreaterThan(0.004);
    const charges = pages[2];
    for (const [word, family, drawnAs] of [
      ['สมชาย', 'RefThai', 'สมชาย'],
      ['ใจดี', 'RefThai', 'ใจดี'],
      ['សុភាព', 'RefKhmer', 'សុភាព'],
      ['ကျော်စွာ', 'RefMyanmar', 'ေကျာ်စွာ'],
      ['မြင့်', 'RefMyanmar', 'ြမင့်'],
    ]) {
      const item = itemOn(charges, drawnAs as string);
      expect(item, `${word} on the charges page`).toBeDefined();
      const match = matchReference(charges as Rendered, item as TextItem, word as string, family as string);
      expect(match.ink, word).toBeGreaterThan(0.05);
      expect(match.page, word).toBeGreaterThan(0.9);
      expect(match.reference, word).toBeGreaterThan(0.9);
    }
    // The comparison can fail: the Thai name against other Thai letters.
    const wrong = matchReference(
      charges as Rendered,
      itemOn(charges, 'สมชาย') as TextItem,
      'ชายสม',
      'RefThai',
    );
    expect(Math.min(wrong.page, wrong.reference)).toBeLessThan(0.8);
  });

  it('gives the same bytes for the same document, whatever was rendered before, and others for another date', async () => {
    expect((await renderCourtFile(sample)).equals(bytes)).toBe(true);
    expect(other.equals(bytes)).toBe(false);
    const later = await renderCourtFile({ ...sample, generatedAt: '2026-12-05T13:00:00.000Z' });
    expect(later.equals(bytes)).toBe(false);
  });

  it('refuses a document whose generatedAt is not a date', async () => {
    await expect(renderCourtFile({ ...sample, generatedAt: 'yesterday' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('shaping and script runs', () => {
  it('cuts text into runs by script, common characters staying in their run', () => {
    expect(scriptRuns(`Nguyễn ${S.chinese}，${S.thai} (ok)`)).toEqual([
      { script: 'latin', text: 'Nguyễn ' },
      { script: 'han', text: `${S.chinese}，` },
      { script: 'thai', text: `${S.thai} (` },
      { script: 'latin', text: 'ok)' },
    ]);
  });

  it('lays out Myanmar and Thai as HarfBuzz does (glyph names from hb-shape with the same fonts)', () => {
    const fonts = new DocumentFonts(null);
    const names = (script: 'myanmar' | 'thai' | 'lao', text: string) =>
      fonts
        .font(script, 'regular')
        .layout(text)
        .glyphs.map((g) => g.name);
    expect(names('myanmar', 'မြန်မာ ကျော်')).toEqual([
      'medial_ra',
      'ma',
      'na',
      'asat',
      'ma',
      '_aa',
      'space',
      '_e',
      'ka',
      'medial_ya',
      '_aa',
      'asat',
    ]);
    expect(names('myanmar', 'သင်္ချိုင်း')).toEqual([
      'sa',
      'kha',
      'kinzi',
      'medial_ya',
      '_i',
      '_u_spacing',
      'dummymarkmymr',
      'nga',
      'asat',
      'visarga',
    ]);
    expect(names('thai', 'น้ำ')).toEqual(['uni0E19', 'uni0E4D', 'uni0E49.small', 'uni0E32']);
    expect(saraAmDecomposed('น้ำ ทำ ນ້ຳ')).toBe('นํ้า ทำ ນໍ້າ');
  });
});

/** The ActualText strings of the PDF's marked content (UTF-16 literal strings in its inflated streams). */
function actualTexts(pdfBytes: Buffer): string[] {
  const out: string[] = [];
  const raw = pdfBytes.toString('latin1');
  for (const m of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const a of body.matchAll(/\/ActualText \(((?:\\.|[^\\)])*)\)/g)) {
      const unescaped = (a[1] ?? '').replace(/\\([nrtbf()\\])/g, (_, c: string) =>
        c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c === 'b' ? '\b' : c === 'f' ? '\f' : c,
      );
      const be = Buffer.from(unescaped, 'latin1');
      out.push(
        Buffer.from(be.swap16())
          .toString('utf16le')
          .replace(/^\uFEFF/, ''),
      );
    }
  }
  return out;
}
