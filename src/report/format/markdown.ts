/**
 * The Report as Markdown for a fact-check file: title, input, the figures, a
 * table of attributions, the sources, the conditions. Pure and free of Node
 * APIs: the popup's Markdown export uses it too.
 */
import type { Report } from '../../core/types';
import {
  chainLine,
  conditionHolder,
  conditionSetter,
  count,
  headline,
  kindLabel,
  oneLine,
  percent,
  mentionsLine,
  reasonLine,
  sourceLabel,
  sourcesLine,
  topVoiceLine,
} from './common';

/**
 * Characters that Markdown (CommonMark + GFM tables) reads as inline syntax:
 * backslash-escaped. `#` too, since a trailing one closes a heading. Escaped
 * text never starts a line here (it follows "| ", "- " or "# "), so block
 * markers such as "-", "+" or "1." stay as they are and the raw file stays
 * readable. `<`, `>` and `&` become entities, so page text can never open an
 * HTML tag or an entity in the rendered file.
 */
const MARKDOWN_SYNTAX = /[\\`*_\[\]|~#]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Page text made literal for Markdown, on one line (safe inside a table cell). */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(MARKDOWN_SYNTAX, (c) => `\\${c}`);
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** An empty cell reads as "nothing here", not as a broken table. */
const NONE = '—';

export function formatMarkdown(report: Report): string {
  const lines: string[] = [];
  const { profile } = report;

  lines.push(`# Sourcing: ${escapeMarkdown(report.title) || 'untitled article'}`, '');
  lines.push(`- **Input:** ${escapeMarkdown(report.input) || NONE}`);
  lines.push(`- **Language:** ${escapeMarkdown(report.language)}`);
  lines.push(
    `- **Article:** ${count(report.article.words, 'word')} in ${count(report.article.paragraphs, 'paragraph')}`,
  );
  lines.push('');

  lines.push('## Profile', '');
  const chain = chainLine(report);
  if (chain !== null) lines.push(`**Chain:** ${escapeMarkdown(chain)}`, '');
  lines.push(`**${headline(report)}** (${percent(profile.anonymousShare)} anonymous)`, '');
  lines.push(`- ${reasonLine(report)}`);
  lines.push(`- ${count(profile.conditions, 'condition')}`);
  lines.push(`- ${sourcesLine(report)}`);
  const top = topVoiceLine(report);
  if (top !== null) lines.push(`- ${escapeMarkdown(top)}`);
  lines.push('');

  lines.push('## Attributions', '');
  if (report.attributions.length === 0) {
    lines.push('No attributions found.');
  } else {
    lines.push(
      ...table(
        ['#', 'Kind', 'Type', 'Source', 'Cue', 'Quote', 'Anonymity reason'],
        report.attributions.map((a) => [
          a.id,
          kindLabel[a.kind],
          a.type,
          escapeMarkdown(sourceLabel(report, a)),
          escapeMarkdown(a.cue.text),
          a.quote ? escapeMarkdown(a.quote.text) : NONE,
          a.reason ? escapeMarkdown(a.reason.text) : a.kind === 'anonymous' ? 'none given' : NONE,
        ]),
      ),
    );
  }
  lines.push('');

  lines.push('## Voices', '');
  if (report.sources.length === 0) {
    lines.push('No voices found.');
  } else {
    lines.push(
      ...table(
        ['#', 'Voice', 'Descriptor', 'Kind', 'Type', 'Cited', 'Also as'],
        report.sources.map((s) => [
          s.id,
          escapeMarkdown(s.name),
          s.descriptor ? escapeMarkdown(s.descriptor) : NONE,
          kindLabel[s.kind],
          s.type,
          s.attributions.length > 0 ? `${s.attributions.length} (${s.attributions.join(', ')})` : '0',
          escapeMarkdown(mentionsLine(s) ?? NONE),
        ]),
      ),
    );
  }
  lines.push('');

  lines.push('## Conditions', '');
  if (report.conditions.length === 0) {
    lines.push('No conditions found.');
  } else {
    lines.push(
      ...table(
        ['#', 'Marker', 'Condition', 'In', 'Whose'],
        report.conditions.map((c) => {
          const setter = conditionSetter(report, c.attribution);
          return [
            c.id,
            escapeMarkdown(c.marker.text),
            escapeMarkdown(c.clause.text),
            setter === null ? NONE : `${escapeMarkdown(setter)} (${c.attribution})`,
            escapeMarkdown(conditionHolder(report, c) ?? NONE),
          ];
        }),
      ),
    );
  }

  return lines.join('\n') + '\n';
}
