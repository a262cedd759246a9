/**
 * The Report as a readable sourcing profile for a terminal: headline figures
 * first, then every attribution, source and condition. Pure: whether to colour
 * is the caller's decision (a terminal, and no NO_COLOR).
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

export interface TextFormatOptions {
  /** ANSI colour and weight; only for a terminal. */
  color?: boolean;
}

/** SGR codes (ECMA-48) used for each role in the output. */
const STYLE = {
  title: '1',
  headline: '1',
  heading: '1;4',
  id: '2',
  anonymous: '33',
  onRecord: '36',
  condition: '35',
  quote: '32',
  label: '2',
} as const;

type Role = keyof typeof STYLE;

/** Characters in the share bar, and its fill. */
const SHARE_BAR_WIDTH = 20;
const BAR_FULL = '█';
const BAR_EMPTY = '░';

/** Widths of the aligned columns of the lists. */
const KIND_COLUMN = 'on-record'.length;
const TYPE_COLUMN = 'organization'.length;
const INDENT = '  ';
const DETAIL_INDENT = '      ';

export function formatText(report: Report, options: TextFormatOptions = {}): string {
  const paint = (role: Role, text: string): string =>
    options.color ? `\x1b[${STYLE[role]}m${text}\x1b[0m` : text;
  const kindRole = (kind: string): Role => (kind === 'anonymous' ? 'anonymous' : 'onRecord');
  const lines: string[] = [];

  lines.push(paint('title', oneLine(report.title) || '(untitled)'));
  lines.push(
    [
      oneLine(report.input) || '(text)',
      report.language,
      `${count(report.article.words, 'word')} in ${count(report.article.paragraphs, 'paragraph')}`,
    ].join(' · '),
  );
  lines.push('');

  const { profile } = report;
  const chain = chainLine(report);
  if (chain !== null) lines.push(`${paint('label', 'chain:')} ${chain}`, '');
  lines.push(paint('headline', headline(report)));
  const filled = Math.round(profile.anonymousShare * SHARE_BAR_WIDTH);
  const bar = BAR_FULL.repeat(filled) + BAR_EMPTY.repeat(SHARE_BAR_WIDTH - filled);
  lines.push(`${INDENT}${percent(profile.anonymousShare)} anonymous ${paint('anonymous', bar)}`);
  lines.push(`${INDENT}${reasonLine(report)}`);
  lines.push(`${INDENT}${count(profile.conditions, 'condition')}`);
  lines.push(`${INDENT}${sourcesLine(report)}`);
  const top = topVoiceLine(report);
  if (top !== null) lines.push(`${INDENT}${top}`);

  if (report.attributions.length > 0) {
    lines.push('', paint('heading', 'Attributions'));
    for (const attribution of report.attributions) {
      const kind = paint(kindRole(attribution.kind), kindLabel[attribution.kind].padEnd(KIND_COLUMN));
      lines.push(
        `${INDENT}${paint('id', attribution.id.padEnd(4))}${kind}  ${attribution.type.padEnd(TYPE_COLUMN)}  ` +
          `${sourceLabel(report, attribution)} ${paint('label', '—')} ${oneLine(attribution.cue.text)}`,
      );
      if (attribution.quote) {
        lines.push(`${DETAIL_INDENT}${paint('label', 'quote:')}  ${paint('quote', oneLine(attribution.quote.text))}`);
      }
      if (attribution.reason) {
        lines.push(`${DETAIL_INDENT}${paint('label', 'reason:')} ${oneLine(attribution.reason.text)}`);
      }
    }
  }

  if (report.sources.length > 0) {
    lines.push('', paint('heading', 'Voices'));
    for (const source of report.sources) {
      const kind = paint(kindRole(source.kind), kindLabel[source.kind].padEnd(KIND_COLUMN));
      const name = source.descriptor ? `${oneLine(source.name)}, ${oneLine(source.descriptor)}` : oneLine(source.name);
      const cited = source.attributions.length > 0 ? ` ${paint('label', `(${source.attributions.join(', ')})`)}` : '';
      lines.push(`${INDENT}${paint('id', source.id.padEnd(4))}${kind}  ${source.type.padEnd(TYPE_COLUMN)}  ${name}${cited}`);
      const also = mentionsLine(source);
      if (also !== null) lines.push(`${DETAIL_INDENT}${paint('label', 'also:')} ${also}`);
    }
  }

  if (report.conditions.length > 0) {
    lines.push('', paint('heading', 'Conditions'));
    for (const condition of report.conditions) {
      lines.push(
        `${INDENT}${paint('id', condition.id.padEnd(4))}${paint('condition', oneLine(condition.marker.text))}: ` +
          oneLine(condition.clause.text),
      );
      const setter = conditionSetter(report, condition.attribution);
      if (setter !== null) {
        lines.push(`${DETAIL_INDENT}${paint('label', 'in:')} ${setter} ${paint('id', `(${condition.attribution})`)}`);
      }
      const holder = conditionHolder(report, condition);
      if (holder !== null) lines.push(`${DETAIL_INDENT}${paint('label', 'whose:')} ${holder}`);
    }
  }

  return lines.join('\n') + '\n';
}
