import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * For tests: a PDF opened with pdfjs and every page drawn on a canvas; answers, per page, the share of its pixels
 * that carry ink, and the page's text, so a test sees that each page renders and what it says.
 */
export async function renderedPages(pdf: Buffer, scale = 1.5): Promise<{ ink: number; text: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: { ink: number; text: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    // pdfjs draws on @napi-rs/canvas in Node; its typings name the DOM's canvas.
    await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < px.length; i += 4)
      if (0.299 * (px[i] ?? 255) + 0.587 * (px[i + 1] ?? 255) + 0.114 * (px[i + 2] ?? 255) < 160) inked++;
    const content = await page.getTextContent();
    pages.push({
      ink: inked / (canvas.width * canvas.height),
      text: content.items.map((i) => ('str' in i ? i.str : '')).join(' '),
    });
  }
  await doc.cleanup();
  return pages;
}
