import type { CsvRecord } from './csv-stream.ts';
import type { ColumnMapping } from './mapping.ts';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel date holds the wall-clock time as typed, with no zone: it is written in the mapping's own date format,
 * so the mapping's time zone applies to it as to a date typed as text.
 */
type DateRule = Pick<ColumnMapping, 'dateFormat' | 'timeZone'>;

function dateText(d: Date, { dateFormat: format, timeZone }: DateRule): string {
  const [y, mo, day] = [d.getUTCFullYear(), two(d.getUTCMonth() + 1), two(d.getUTCDate())];
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  if (format === 'iso') return `${y}-${mo}-${day}T${time}${timeZone}`;
  if (format === 'yyyy-mm-dd hh:mm:ss') return `${y}-${mo}-${day} ${time}`;
  if (format === 'dd/mm/yyyy hh:mm:ss') return `${day}/${mo}/${y} ${time}`;
  return `${mo}/${day}/${y} ${time}`;
}

/** Excel workbooks (Office Open XML). The older binary .xls is not read: save it as .xlsx or CSV first. */
export const isExcelFile = (name: string) => /\.xlsx$/i.test(name);

/** A cell as the text a delimited file would hold: dates in the mapping's format, formulas by their result. */
function cellText(v: unknown, format: DateRule): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v, format);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellText(o.result, format);
    if (o.text !== undefined) return String(o.text);
    if (o.error !== undefined) return '';
  }
  return String(v);
}

/**
 * Reads the first worksheet of a workbook as records, streamed row by row (the workbook is never held whole): the
 * first non-empty row is the header, line numbers are the sheet's row numbers. Shared strings are cached, as the
 * format requires.
 */
export async function* xlsxRecords(path: string, format: DateRule): AsyncGenerator<CsvRecord> {
  // Loaded when a workbook comes: the library is large, and most imports are text.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
  });
  for await (const sheet of reader) {
    let width = 0;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1);
      if (width === 0) width = values.length;
      const fields = Array.from({ length: Math.max(width, values.length) }, (_, i) =>
        cellText(values[i], format),
      );
      while (fields.length > width && fields[fields.length - 1] === '') fields.pop();
      if (fields.every((f) => f === '')) continue;
      yield { line: row.number, fields, unterminated: false };
    }
    return;
  }
}
