/** The output formats of a Report, by name (the CLI's `--format`). Pure. */
import type { Report } from '../../core/types';
import { csvHeader, csvRows } from './csv';
import { formatJsonLine } from './jsonl';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

export { formatJsonLine, formatMarkdown, formatText };
export { escapeMarkdown } from './markdown';

export type FormatName = 'text' | 'md' | 'csv' | 'jsonl';

export const FORMAT_NAMES: readonly FormatName[] = ['text', 'md', 'csv', 'jsonl'];

export interface FormatOptions {
  color?: boolean;
}

/**
 * One Report in a stream of them. CSV gives the Report's rows only: the
 * stream's header (`STREAM_HEADER`) is written once, so that a batch makes
 * one sheet.
 */
export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  switch (format) {
    case 'csv':
      return csvRows(report);
    case 'text':
      return formatText(report, { color: options.color });
    case 'md':
      return formatMarkdown(report);
    case 'jsonl':
      return formatJsonLine(report);
  }
}

/** Width of the rule between two text profiles. */
const TEXT_RULE_WIDTH = 72;

/**
 * What goes between two reports in one stream: nothing for JSON Lines (one
 * per line), a rule between text profiles and between Markdown reports.
 */
export const REPORT_SEPARATOR: Record<FormatName, string> = {
  text: `\n${'─'.repeat(TEXT_RULE_WIDTH)}\n\n`,
  md: '\n---\n\n',
  csv: '',
  jsonl: '',
};

/** What a stream of reports starts with, however many there are: CSV's header record. */
export const STREAM_HEADER: Record<FormatName, string> = {
  text: '',
  md: '',
  csv: csvHeader(),
  jsonl: '',
};
