/**
 * A Report as CSV for spreadsheets (RFC 4180): a header row, then one row per
 * attribution, each carrying the page's URL and title and the time of the
 * analysis so rows from several articles can be pasted into one sheet. Pure.
 */
import type { Report } from '../../core/types';
import { kindLabel, sourceLabel } from './common';

/** The columns, in order. */
export const CSV_COLUMNS = ['url', 'title', 'analysed_at', 'id', 'kind', 'type', 'source', 'cue', 'quote', 'reason', 'sentence'] as const;

/** RFC 4180 ends every record with CRLF. */
const RECORD_END = '\r\n';

/** White space (NBSP included) and format characters (zero-width space, BOM, direction marks): what a spreadsheet may skip before a formula's sign. */
const LEADING_INVISIBLE = /^[\p{White_Space}\p{Cf}]*/u;
/** The signs that start a formula, as NFKC folds them (fullwidth ＝ and small ﹦ are `=`). */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@']);

/**
 * The cell made safe from CSV injection: a cell that starts with TAB or CR,
 * or whose first visible character is a formula sign in any width, gets an
 * apostrophe in front, which spreadsheets show as text and do not display.
 */
export function formulaSafe(value: string): string {
  const first = value.codePointAt(LEADING_INVISIBLE.exec(value)![0].length);
  const sign = first === undefined ? '' : String.fromCodePoint(first).normalize('NFKC');
  return value.startsWith('\t') || value.startsWith('\r') || FORMULA_SIGNS.has(sign) ? `'${value}` : value;
}

/** One cell: quoted when it holds a comma, quote, CR or LF; inner quotes doubled. */
export function csvCell(value: string): string {
  const safe = formulaSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** When the analysis ran (ISO 8601); the Report itself keeps no time. */
  analysedAt: string;
}

export function formatCsv(report: Report, options: CsvOptions): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const attribution of report.attributions) {
    rows.push([
      report.input,
      report.title,
      options.analysedAt,
      attribution.id,
      kindLabel[attribution.kind],
      attribution.type,
      sourceLabel(report, attribution),
      attribution.cue.text,
      attribution.quote?.text ?? '',
      attribution.reason?.text ?? '',
      attribution.sentence.text,
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',') + RECORD_END).join('');
}
