import { computeProfile } from '../report/profile';
import { findAttributions, type FoundAttribution, type Mention } from './attributions';
import { findConditions } from './conditions';
import { paragraphsByLanguage, resolveLanguage } from './language';
import { lexiconFor } from './lexicon';
import { findQuotes } from './quotes';
import { splitParagraphs, splitSentences } from './sentences';
import { mergeSources } from './sources';
import type { AnalyseOptions, Attribution, Condition, Report, Span } from './types';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** A paragraph ending without one of these is a heading or a caption, not prose. */
const PROSE_END = /[.!?…:;"”’'»)\]]$/u;
/** Longest heading (words): longer unpunctuated blocks are still read as prose. */
const MAX_HEADING_WORDS = 25;

/**
 * Sentences of prose paragraphs only: subheads and captions ("Volker says
 * there was nothing unusual about hold on aid") repeat the article's own
 * attributions and are not counted as findings.
 */
function proseSentences(paragraphs: readonly Span[], sentences: readonly Span[]): Span[] {
  const headings = paragraphs.filter((p) => !PROSE_END.test(p.text) && countWords(p.text) <= MAX_HEADING_WORDS);
  let h = 0;
  return sentences.filter((s) => {
    while (h < headings.length && headings[h].end <= s.start) h++;
    return !(h < headings.length && headings[h].start <= s.start && s.end <= headings[h].end);
  });
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

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

/**
 * Text in, Report out: finds the attributions, conditions and sources of an
 * article's plain text. Pure: no DOM, no extension APIs, no I/O.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Report {
  // The declared language unless the text plainly is in another; paragraphs in a third
  // language (a Ukrainian teaser on an English page) are read with their own lexicon.
  const language = resolveLanguage(text, options.language);
  const lexicon = lexiconFor(language);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const found: FoundAttribution[] = [];
  const mentions: Mention[] = [];
  const conditionsFound: ReturnType<typeof findConditions> = [];
  for (const [paragraphLanguage, group] of paragraphsByLanguage(text, paragraphs, language)) {
    const groupLexicon = lexiconFor(paragraphLanguage);
    const groupSentences = splitSentences(text, group, quotes, groupLexicon.sentences);
    const result = findAttributions(text, proseSentences(group, groupSentences), quotes, groupLexicon.attributions);
    found.push(...result.attributions);
    mentions.push(...result.mentions);
    conditionsFound.push(...findConditions(text, groupSentences, groupLexicon));
  }
  // Groups are read one after another: back into text order.
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
    article: { text, words: countWords(text), paragraphs: paragraphs.length },
    attributions,
    conditions,
    sources: merged.sources,
    profile: computeProfile(attributions, conditions, merged.sources),
  };
}
