/**
 * A Report as CSV for spreadsheets (RFC 4180): a header row, then one row per
 * finding in text order, attributions and conditions both, each carrying the
 * input, the page's URL and title, the time of the analysis and the tool, so
 * rows from several articles make one sheet. The extension's export and the
 * command line (`--format csv`, one header for a whole batch) both write it
 * from here. Pure.
 */
import type { Report } from '../../core/types';
import { isCorrected } from '../corrections';
import { findingsInTextOrder } from '../findings';
import { sourceOf } from '../vocabulary';
import { conditionSetter, kindLabel, sourceLabel } from './common';

/**
 * The columns, in order. `input` is what the Report was made from (the
 * file, URL or `-` given on the command line; the tab's address in the
 * extension); `finding` says which of the two a row is;
 * `source_id` is the voice (`sources` id) an attribution is credited to, or
 * whose a condition is; `marker` and `condition` are a condition's, `cue`,
 * `quote` and `reason` an attribution's; `corrected` is "yes" where a
 * reader's correction changed the finding.
 */
export const CSV_COLUMNS = [
  'input',
  'url',
  'title',
  'analysed_at',
  'tool',
  'finding',
  'id',
  'kind',
  'type',
  'source_id',
  'source',
  'cue',
  'quote',
  'reason',
  'marker',
  'condition',
  'sentence',
  'corrected',
] as const;

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

type Column = (typeof CSV_COLUMNS)[number];

/** The header record, once at the top of a sheet. */
export function csvHeader(): string {
  return csvRecord([...CSV_COLUMNS]);
}

function csvRecord(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + RECORD_END;
}

/** A Report as a sheet of its own: the header, then its rows. */
export function formatCsv(report: Report): string {
  return csvHeader() + csvRows(report);
}

/** The Report's rows without the header, one per finding, for a sheet that holds several Reports. */
export function csvRows(report: Report): string {
  const page: Partial<Record<Column, string>> = {
    input: report.input,
    url: report.page.url || report.input,
    title: report.title,
    analysed_at: report.page.analysedAt,
    tool: report.page.tool,
  };
  const rows: Partial<Record<Column, string>>[] = findingsInTextOrder(report).map((finding) => {
    if (finding.kind === 'attribution') {
      const { attribution } = finding;
      return {
        ...page,
        finding: 'attribution',
        id: attribution.id,
        kind: kindLabel[attribution.kind],
        type: attribution.type,
        source_id: sourceOf(report, attribution)?.id ?? '',
        source: sourceLabel(report, attribution),
        cue: attribution.cue.text,
        quote: attribution.quote?.text ?? '',
        reason: attribution.reason?.text ?? '',
        sentence: attribution.sentence.text,
        corrected: isCorrected(attribution) ? 'yes' : '',
      };
    }
    const { condition } = finding;
    return {
      ...page,
      finding: 'condition',
      id: condition.id,
      source_id: condition.holder ?? '',
      source: conditionSetter(report, condition.attribution) ?? '',
      marker: condition.marker.text,
      condition: condition.clause.text,
      sentence: condition.sentence.text,
    };
  });
  return rows.map((row) => csvRecord(CSV_COLUMNS.map((column) => row[column] ?? ''))).join('');
}
