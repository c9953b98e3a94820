import { type DocumentFonts, fontName, type Script, scriptRuns, type Weight } from './court-file-fonts.ts';

// Text set on the court file's pages: lines broken at word boundaries in every script (ICU's dictionaries find
// the words of Thai, Lao, Khmer and Myanmar, which put no spaces between them), each run in its script's font,
// all runs of a line on one baseline, and a new page when the page is full. Pages stay in memory (pdfkit's
// bufferPages) so the index and the "page N of M" footers are written once the last page is known.

type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 56, top: 56, bottom: 841.89 - 64 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export interface Style {
  size: number;
  weight?: Weight;
  color?: string;
}

interface Piece {
  script: Script;
  text: string;
  width: number;
  space: boolean;
}
type Line = Piece[];

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export const lineHeight = (size: number) => size * 1.55;

export class Flow {
  y: number = PAGE.top;

  readonly doc: Doc;
  private readonly fonts: DocumentFonts;

  constructor(doc: Doc, fonts: DocumentFonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  /** The page being written, counted from 1. */
  get page(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  space(height: number): void {
    this.y += height;
  }

  /** A new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  widthOf(text: string, style: Style): number {
    return scriptRuns(text).reduce((sum, run) => sum + this.runWidth(run.script, run.text, style), 0);
  }

  private runWidth(script: Script, text: string, style: Style): number {
    return this.doc
      .font(fontName(script, style.weight ?? 'regular'))
      .fontSize(style.size)
      .widthOfString(text);
  }

  /** The text broken into lines no wider than `width`. */
  lines(text: string, style: Style, width: number): Line[] {
    const out: Line[] = [];
    for (const hard of text.split('\n')) {
      let line: Line = [];
      let used = 0;
      const flush = () => {
        while (line.length && line[line.length - 1]?.space) line.pop();
        out.push(line);
        line = [];
        used = 0;
      };
      for (const { segment } of words.segment(hard)) {
        const space = /^\s+$/u.test(segment);
        if (space && line.length === 0) continue;
        const pieces = this.pieces(segment, style, space);
        const w = pieces.reduce((sum, p) => sum + p.width, 0);
        if (used + w <= width || space) {
          line.push(...pieces);
          used += w;
          continue;
        }
        if (line.length) flush();
        if (w <= width) {
          line.push(...pieces);
          used = w;
          continue;
        }
        // A word wider than the line is broken between its letters (grapheme clusters, never inside one).
        for (const { segment: g } of graphemes.segment(segment)) {
          const gp = this.pieces(g, style, false);
          const gw = gp.reduce((sum, p) => sum + p.width, 0);
          if (used + gw > width && line.length) flush();
          line.push(...gp);
          used += gw;
        }
      }
      flush();
    }
    return out;
  }

  private pieces(segment: string, style: Style, space: boolean): Piece[] {
    return scriptRuns(segment).map((run) => ({
      script: run.script,
      text: run.text,
      width: this.runWidth(run.script, run.text, style),
      space,
    }));
  }

  /** One line drawn with its baseline at `baseline`, starting at x; returns its width. */
  drawLine(line: Line, x: number, baseline: number, style: Style): number {
    let at = x;
    const merged: Piece[] = [];
    for (const piece of line) {
      const last = merged[merged.length - 1];
      if (last && last.script === piece.script) {
        last.text += piece.text;
        last.width += piece.width;
      } else merged.push({ ...piece });
    }
    for (const piece of merged) {
      const weight = style.weight ?? 'regular';
      const actual = !this.fonts.readsBack(piece.script, weight, piece.text);
      if (actual) this.doc.markContent('Span', { actual: piece.text });
      this.doc
        .font(fontName(piece.script, weight))
        .fontSize(style.size)
        .fillColor(style.color ?? '#111111')
        .text(piece.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (actual) this.doc.endMarkedContent();
      at += this.runWidth(piece.script, piece.text, style);
    }
    return at - x;
  }

  /** A single line of text at a given place (no wrapping, no page break): footers, index rows, chart labels. */
  textAt(
    text: string,
    x: number,
    baseline: number,
    style: Style,
    align: 'left' | 'center' | 'right' = 'left',
  ) {
    const line = this.pieces(text, style, false);
    const width = line.reduce((sum, p) => sum + p.width, 0);
    const start = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
    this.drawLine(line, start, baseline, style);
    return width;
  }

  /** A paragraph flowed from the cursor, across pages when needed. */
  paragraph(text: string, style: Style, options: { indent?: number; width?: number; after?: number } = {}) {
    const indent = options.indent ?? 0;
    const width = options.width ?? CONTENT_WIDTH - indent;
    const step = lineHeight(style.size);
    for (const line of this.lines(text, style, width)) {
      this.ensure(step);
      this.drawLine(line, PAGE.margin + indent, this.y + style.size * 1.1, style);
      this.y += step;
    }
    this.y += options.after ?? 0;
  }

  /** A label in a narrow column and its text wrapped beside it (timeline rows, figures). */
  labelled(label: string, text: string, style: Style, labelWidth: number, indent = 0) {
    const step = lineHeight(style.size);
    const lines = this.lines(text, style, CONTENT_WIDTH - indent - labelWidth);
    const labelStyle = { ...style, color: '#555555' };
    // A label too wide for its column takes a line of its own above the text.
    const own = this.widthOf(label, labelStyle) > labelWidth - 6;
    this.ensure(step * (Math.min(lines.length, 2) + (own ? 1 : 0)));
    this.textAt(label, PAGE.margin + indent, this.y + style.size * 1.1, labelStyle);
    if (own) this.y += step;
    for (const line of lines) {
      this.ensure(step);
      this.drawLine(line, PAGE.margin + indent + labelWidth, this.y + style.size * 1.1, style);
      this.y += step;
    }
  }
}
