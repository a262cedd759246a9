/**
 * What the formatters share: how a finding is named for a reader. Pure, no
 * Node or browser APIs (the popup reuses the Markdown formatter).
 */
import type { Attribution, Condition, Kind, MergeReason, Report, Source } from '../../core/types';
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

/** "14 voices: 6 anonymous (0 with a stated reason), 8 on-record". */
export function sourcesLine(report: Report): string {
  const { voices, anonymousVoices, anonymousVoicesWithReason, onRecordVoices } = report.profile;
  return `${count(voices, 'voice')}: ${anonymousVoices} anonymous (${anonymousVoicesWithReason} with a stated reason), ${onRecordVoices} on-record`;
}

/** "the most-used voice, Reuters, carries 20% of the attributions", or null when there are none. */
export function topVoiceLine(report: Report): string | null {
  const top = report.sources.reduce<Source | null>((best, s) => (best === null || s.attributions.length > best.attributions.length ? s : best), null);
  if (top === null || report.profile.attributions === 0) return null;
  return `the most-used voice, ${oneLine(top.name)}, carries ${percent(report.profile.topVoiceShare)} of the attributions`;
}

/** "UNN → Reuters → sources in Russia": how the article knows what it reports; null when it names no outlet. */
export function chainLine(report: Report): string | null {
  return report.chain.length > 0 ? report.chain.map((link) => oneLine(link.name)).join(' → ') : null;
}

/** A voice's other mentions and why each is the same voice: "the newspaper (back-reference), he (pronoun)". */
export function mentionsLine(source: Source, reasonLabel: (why: MergeReason) => string = (why) => why): string | null {
  if (source.mentions.length === 0) return null;
  const distinct = new Map<string, string>();
  for (const m of source.mentions) distinct.set(`${oneLine(m.text)} (${reasonLabel(m.why)})`, m.attribution);
  return [...distinct.keys()].join(', ');
}

/** Whose condition it is and how the article knows it: "Putin, via Reuters"; null for the article's own voice. */
export function conditionHolder(report: Report, condition: Condition): string | null {
  const name = (id: string) => oneLine(report.sources.find((s) => s.id === id)?.name ?? id);
  if (condition.holder === null) return condition.via.length > 0 ? `the article, via ${condition.via.map(name).join(' → ')}` : null;
  return condition.via.length > 0 ? `${name(condition.holder)}, via ${condition.via.map(name).join(' → ')}` : name(condition.holder);
}

/** "0 of 6 anonymous attributions say why the source was not named". */
export function reasonLine(report: Report): string {
  const { anonymousWithReason, anonymous } = report.profile;
  return `${anonymousWithReason} of ${count(anonymous, 'anonymous attribution')} ${anonymous === 1 ? 'says' : 'say'} why the source was not named`;
}
