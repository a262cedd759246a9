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

/** Width of the rule between two text profiles. */
const TEXT_RULE_WIDTH = 72;

/**
 * What goes between two reports in one stream: nothing for JSON Lines (one
 * per line), a rule between text profiles and between Markdown reports.
 */
export const REPORT_SEPARATOR: Record<FormatName, string> = {
  text: `\n${'─'.repeat(TEXT_RULE_WIDTH)}\n\n`,
  md: '\n---\n\n',
  jsonl: '',
};
