/**
 * Why a finding is what it is, and why marked words are not what a student
 * took them for: the rule that applies, said from the finding's own data (its
 * kind, source type, whether the source phrase refers back to a voice named
 * elsewhere, a stated reason, a direct quote, a condition's marker and
 * holder). Practice mode shows these after "Check". Pure: it gives
 * `_locales` keys and their substitutions; the caller translates them.
 */
import type { Attribution, Condition, Report, SourceType } from '../core/types';
import { sourceOf } from './vocabulary';

/** The `_locales` keys of explanations. */
export const EXPLAIN_MESSAGES = [
  'explainAnonymousPeople',
  'explainAnonymousBody',
  'explainAnonymousPublication',
  'explainAnonymousDocument',
  'explainRefersBack',
  'explainReasonGiven',
  'explainNoReason',
  'explainAnonymousQuote',
  'explainOnRecordPerson',
  'explainOnRecordBody',
  'explainOnRecordPublication',
  'explainOnRecordDocument',
  'explainOnRecordGroup',
  'explainCondition',
  'explainConditionHolder',
  'explainConditionNotSource',
  'explainAttributionNotCondition',
  'explainNoSource',
  'explainNoCondition',
] as const;

export type ExplainMessage = (typeof EXPLAIN_MESSAGES)[number];

/** One sentence of an explanation: a `_locales` key and what fills its `$1`, `$2`. */
export interface Explanation {
  key: ExplainMessage;
  substitutions: string[];
}

/** What a student marks words as in practice. */
export type GuessKind = 'anonymous' | 'condition';

interface TextRange {
  start: number;
  end: number;
}

/** The longest stretch of article words an explanation quotes (in characters). */
const QUOTED_LENGTH = 80;
/** Source and cue further apart than this are quoted as two pieces ("officials … said"). */
const JOINED_GAP = 40;

/** Words of the article on one line, cut to `max` characters with an ellipsis. */
export function shortWords(text: string, max = QUOTED_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** An attribution as the reader sees it marked: its source and cue ("officials said", "according to a report"). */
function attributionWords(report: Report, attribution: Attribution): string {
  const [first, second] = [attribution.source, attribution.cue].sort((a, b) => a.start - b.start);
  if (second.start - first.end <= JOINED_GAP) return shortWords(report.article.text.slice(first.start, Math.max(first.end, second.end)));
  return `${shortWords(first.text, QUOTED_LENGTH / 2)} … ${shortWords(second.text, QUOTED_LENGTH / 2)}`;
}

const ANONYMOUS_RULE: Readonly<Record<SourceType, ExplainMessage>> = {
  person: 'explainAnonymousPeople',
  group: 'explainAnonymousPeople',
  organization: 'explainAnonymousBody',
  publication: 'explainAnonymousPublication',
  document: 'explainAnonymousDocument',
};

const ON_RECORD_RULE: Readonly<Record<SourceType, ExplainMessage>> = {
  person: 'explainOnRecordPerson',
  group: 'explainOnRecordGroup',
  organization: 'explainOnRecordBody',
  publication: 'explainOnRecordPublication',
  document: 'explainOnRecordDocument',
};

/** Why an attribution is anonymous or on-record, with what the article adds (a pronoun's voice, a reason, a quote). */
export function explainAttribution(report: Report, attribution: Attribution): Explanation[] {
  const words = attributionWords(report, attribution);
  const voice = sourceOf(report, attribution);
  const sentences: Explanation[] = [];
  // A pronoun or back-reference ("he said"): its kind is the voice's it stands for.
  if (attribution.refersTo !== null && voice) sentences.push({ key: 'explainRefersBack', substitutions: [shortWords(attribution.source.text), shortWords(voice.name)] });
  if (attribution.kind === 'on-record') {
    sentences.push({ key: ON_RECORD_RULE[attribution.type], substitutions: [words, shortWords(voice?.name ?? attribution.source.text)] });
    return sentences;
  }
  sentences.push({ key: ANONYMOUS_RULE[attribution.type], substitutions: [words] });
  sentences.push(attribution.reason ? { key: 'explainReasonGiven', substitutions: [shortWords(attribution.reason.text)] } : { key: 'explainNoReason', substitutions: [] });
  if (attribution.quote) sentences.push({ key: 'explainAnonymousQuote', substitutions: [] });
  return sentences;
}

/** Why a condition is one: its marker ties a claim to it; whose condition it is, when the article says. */
export function explainCondition(report: Report, condition: Condition): Explanation[] {
  const sentences: Explanation[] = [{ key: 'explainCondition', substitutions: [shortWords(condition.clause.text), shortWords(condition.marker.text)] }];
  const holder = condition.holder === null ? undefined : report.sources.find((source) => source.id === condition.holder);
  if (holder) sentences.push({ key: 'explainConditionHolder', substitutions: [shortWords(holder.name)] });
  return sentences;
}

/** A finding the student missed, by its Report id ("a3", "c1"); empty for an id the Report lacks. */
export function explainMiss(report: Report, findingId: string): Explanation[] {
  const attribution = report.attributions.find((a) => a.id === findingId);
  if (attribution) return explainAttribution(report, attribution);
  const condition = report.conditions.find((c) => c.id === findingId);
  return condition ? explainCondition(report, condition) : [];
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Words a student marked as `guess` that are no finding of that kind: what
 * they are instead (an on-record attribution, a condition, an attribution),
 * by the finding they overlap, else why nothing there is one.
 */
export function explainWrongGuess(report: Report, guess: GuessKind, marked: TextRange): Explanation[] {
  const words = shortWords(report.article.text.slice(marked.start, marked.end));
  const attribution = report.attributions.find((a) => overlaps(marked, a.source) || overlaps(marked, a.cue));
  const condition = report.conditions.find((c) => overlaps(marked, c.marker) || overlaps(marked, c.clause));
  if (guess === 'anonymous') {
    if (attribution) return explainAttribution(report, attribution);
    if (condition) return [{ key: 'explainConditionNotSource', substitutions: [shortWords(condition.clause.text), shortWords(condition.marker.text)] }];
    return [{ key: 'explainNoSource', substitutions: [words] }];
  }
  if (attribution) return [{ key: 'explainAttributionNotCondition', substitutions: [attributionWords(report, attribution)] }];
  return [{ key: 'explainNoCondition', substitutions: [words] }];
}
