import { computeProfile } from '../report/profile';
import type { FoundAttribution, Mention } from './attributions';
import type { ConditionFinding } from './conditions';
import { resolveLanguage } from './language';
import { lexiconFor } from './lexicon';
import { paragraphInputs, readParagraph, type ParagraphFindings, type ParagraphInput } from './paragraph';
import { findQuotes } from './quotes';
import { splitParagraphs } from './sentences';
import { mergeSources } from './sources';
import type { AnalyseOptions, Attribution, Condition, Report, Span } from './types';

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The attribution whose content holds a condition: one whose quote holds it,
 * else one in the same sentence whose source and cue it lies outside of (the
 * nearest cue before the condition, else the first after it).
 */
function conditionOwner(condition: { marker: Span; sentence: Span }, attributions: readonly Attribution[]): string | null {
  const byQuote = attributions.find((a) => a.quote !== null && within(condition.marker, a.quote));
  if (byQuote) return byQuote.id;
  const candidates = attributions.filter(
    (a) => a.sentence.start === condition.sentence.start && !overlaps(a.source, condition.marker) && !overlaps(a.cue, condition.marker),
  );
  const before = candidates.filter((a) => a.cue.start < condition.marker.start);
  if (before.length > 0) return before[before.length - 1].id;
  return candidates.length > 0 ? candidates[0].id : null;
}

/** Reads one paragraph: `readParagraph` itself, or a cache in front of it (`incremental.ts`). */
export type ParagraphReader = (input: ParagraphInput) => ParagraphFindings;

/**
 * Text in, Report out: finds the attributions, conditions and sources of an
 * article's plain text. Pure: no DOM, no extension APIs, no I/O.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Report {
  return analyseWith(readParagraph, text, options);
}

/**
 * The analysis, with the per-paragraph reading given: the costly work is
 * done paragraph by paragraph by `read`; what reaches across paragraphs
 * (language, quotations, sources, ids, owners of conditions, profile) here.
 */
export function analyseWith(read: ParagraphReader, text: string, options: AnalyseOptions = {}): Report {
  // The declared language unless the text plainly is in another; paragraphs in a third
  // language (a Ukrainian teaser on an English page) are read with their own lexicon.
  const language = resolveLanguage(text, options.language);
  const lexicon = lexiconFor(language);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const found: FoundAttribution[] = [];
  const mentions: Mention[] = [];
  const conditionsFound: ConditionFinding[] = [];
  let words = 0;
  for (const input of paragraphInputs(text, paragraphs, quotes, language)) {
    const findings = read(input);
    found.push(...findings.attributions);
    mentions.push(...findings.mentions);
    conditionsFound.push(...findings.conditions);
    words += findings.words;
  }
  // Paragraphs are read in text order, and each gives its findings in text order: this only
  // makes sure of it.
  const firstOffset = (f: FoundAttribution) => Math.min(f.source.start, f.cue.start);
  found.sort((a, b) => a.sentence.start - b.sentence.start || firstOffset(a) - firstOffset(b));
  mentions.sort((a, b) => a.source.start - b.source.start);
  conditionsFound.sort((a, b) => a.marker.start - b.marker.start);
  const ids = found.map((_, i) => `a${i + 1}`);
  const merged = mergeSources(text, found, mentions, ids, lexicon.attributions);
  const attributions: Attribution[] = found.map((f, i) => ({
    id: ids[i],
    kind: merged.kinds[i].kind,
    type: merged.kinds[i].type,
    source: f.source,
    cue: f.cue,
    sentence: f.sentence,
    quote: f.quote,
    reason: merged.kinds[i].kind === 'anonymous' ? f.reason : null,
    refersTo: merged.resolved[i] ? merged.sources[merged.sourceOf[i]].id : null,
  }));

  // A source's stated reason for anonymity holds for its later attributions too ("the source said").
  const reasonOfSource = new Map<number, Span>();
  attributions.forEach((a, i) => {
    const source = merged.sourceOf[i];
    if (a.kind !== 'anonymous') return;
    if (a.reason) reasonOfSource.set(source, a.reason);
    else a.reason = reasonOfSource.get(source) ?? null;
  });

  const conditions: Condition[] = conditionsFound.map((c, i) => ({
    id: `c${i + 1}`,
    marker: c.marker,
    clause: c.clause,
    sentence: c.sentence,
    attribution: conditionOwner(c, attributions),
  }));

  return {
    schema: 1,
    input: options.input ?? '',
    title: options.title ?? '',
    language,
    article: { text, words, paragraphs: paragraphs.length },
    attributions,
    conditions,
    sources: merged.sources,
    profile: computeProfile(attributions, conditions, merged.sources),
  };
}
