/**
 * What the formatters share: how a finding is named for a reader. Pure, no
 * Node or browser APIs (the popup reuses the Markdown formatter).
 */
import type { Attribution, Kind, Report } from '../../core/types';
import { sourceOf } from '../vocabulary';

/**
 * Who an attribution is credited to, for a reader: the source's fullest name
 * when the mention in the text is a pronoun or a short form ("he" → "Dmitry
 * Peskov"), else the words of the text.
 */
export function sourceLabel(report: Report, attribution: Attribution): string {
  const source = sourceOf(report, attribution);
  const said = oneLine(attribution.source.text);
  // Add the name only where the mention does not already hold it ("he", "the Kremlin leader").
  if (!source || said.toLowerCase().includes(oneLine(source.name).toLowerCase())) return said;
  return `${said} (${oneLine(source.name)})`;
}

/** Who set a condition: the source of the attribution that holds it, or null. */
export function conditionSetter(report: Report, attributionId: string | null): string | null {
  if (attributionId === null) return null;
  const attribution = report.attributions.find((a) => a.id === attributionId);
  if (!attribution) return attributionId;
  return sourceLabel(report, attribution);
}

export const kindLabel: Record<Kind, string> = {
  anonymous: 'anonymous',
  'on-record': 'on-record',
};

/** C0 and C1 control characters: page text must not drive the reader's terminal. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Page text on one line: quotes that run across paragraphs, white space
 * collapsed, control characters dropped.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** "1 attribution", "19 attributions". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The profile's headline figure: "19 attributions: 6 anonymous, 13 on-record". */
export function headline(report: Report): string {
  const { profile } = report;
  return `${count(profile.attributions, 'attribution')}: ${profile.anonymous} anonymous, ${profile.onRecord} on-record`;
}

/** "12 sources: 4 anonymous, 8 on-record". */
export function sourcesLine(report: Report): string {
  const anonymous = report.sources.filter((s) => s.kind === 'anonymous').length;
  const onRecord = report.sources.length - anonymous;
  return `${count(report.profile.sources, 'source')}: ${anonymous} anonymous, ${onRecord} on-record`;
}

/** "0 of 6 anonymous attributions say why the source was not named". */
export function reasonLine(report: Report): string {
  const { anonymousWithReason, anonymous } = report.profile;
  return `${anonymousWithReason} of ${count(anonymous, 'anonymous attribution')} ${anonymous === 1 ? 'says' : 'say'} why the source was not named`;
}
