import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * A buffered line writer with back-pressure: lines are gathered into large chunks and written in order, and the
 * generator waits whenever the disk falls behind, so memory stays flat whatever the file's size.
 */
export class LineWriter {
  readonly #out: WriteStream;
  #buf: string[] = [];
  #size = 0;
  lines = 0;
  constructor(path: string) {
    this.#out = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Adds one line (without its newline). Await the result only when it is a promise: that is the back-pressure. */
  line(text: string): Promise<void> | undefined {
    this.#buf.push(text);
    this.#size += text.length;
    this.lines++;
    // Small chunks let each line's string die young, in the cheap generation of the garbage collector.
    if (this.#size < 1 << 17) return undefined;
    return this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buf.length === 0) return;
    const chunk = `${this.#buf.join('\n')}\n`;
    this.#buf = [];
    this.#size = 0;
    if (!this.#out.write(chunk)) await once(this.#out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.#out.end();
    await once(this.#out, 'finish');
  }
}

/** A CSV field: quoted when it holds a comma, quote, or line break (RFC 4180). */
export function csv(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  if (/[",\r\n]/.test(s)) return `"${s.replaceAll('"', '""')}"`;
  return s;
}

export const csvRow = (values: readonly (string | number | null | undefined)[]) => values.map(csv).join(',');
