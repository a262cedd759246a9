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

/**
 * Cells a spreadsheet would run as a formula when they start with one of
 * these (CSV injection); such a cell is prefixed with an apostrophe, which
 * spreadsheets show as text and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a comma, quote, CR or LF; inner quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
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
