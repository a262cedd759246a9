/** The output formats of a Report, by name (the CLI's `--format`). Pure. */
import type { Report } from '../../core/types';
import { formatJsonLine } from './jsonl';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

export { formatJsonLine, formatMarkdown, formatText };
export { escapeMarkdown } from './markdown';

export type FormatName = 'text' | 'md' | 'jsonl';

export const FORMAT_NAMES: readonly FormatName[] = ['text', 'md', 'jsonl'];

export interface FormatOptions {
  color?: boolean;
}

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, { color: options.color });
    case 'md':
      return formatMarkdown(report);
    case 'jsonl':
      return formatJsonLine(report);
  }
}

/**
 * What goes between two reports in one stream: nothing for JSON Lines (one
 * per line), a blank line between text profiles, a rule between Markdown reports.
 */
export const REPORT_SEPARATOR: Record<FormatName, string> = {
  text: '\n',
  md: '\n---\n\n',
  jsonl: '',
};
