/**
 * The costly part of the analysis, one paragraph at a time: its language,
 * its sentences, the attributions and mentions in them, its conditions and
 * its word count. `analyse` reads every paragraph with `readParagraph`; the
 * incremental analyser (`incremental.ts`) puts a cache in front of it, so what
 * a paragraph's reading may look at is spelled out here (`ParagraphInput`).
 */
import { findAttributions, type FoundAttribution, type Mention } from './attribution';
import { findConditions, type ConditionFinding } from './conditions';
import { paragraphLanguage } from './language';
import { lexiconFor } from './lexicon';
import type { DocumentNames } from './names';
import type { QuoteSpan } from './quotes';
import { splitSentences } from './sentences';
import type { Span } from './types';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** A paragraph ending without one of these is a heading or a caption, not prose. */
const PROSE_END = /[.!?…:;"”’'»)\]]$/u;
/** Longest heading (words): longer unpunctuated blocks are still read as prose. */
const MAX_HEADING_WORDS = 25;
const NON_SPACE = /\S/g;

/**
 * What reading one paragraph depends on. Besides the paragraph's own text,
 * the reading looks at one character either side of it (is the word before
 * a space, is the text's start before it), at the quotations in `quotes`
 * (whole, also where they run on into other paragraphs), at which of its
 * words the rest of the article shows to be names, and at nothing else.
 */
export interface ParagraphInput {
  text: string;
  paragraph: Span;
  /**
   * The quotations overlapping the paragraph, and the one opening right after
   * it across white space only (the quotation a closing "… said:" introduces).
   */
  quotes: readonly QuoteSpan[];
  /** The article's language: a paragraph plainly in another is read in its own. */
  articleLanguage: string;
  /** The article's names (`names.ts`) that open the paragraph's sentences, sorted. */
  names: readonly string[];
  /** The capitalised words opening its sentences that the article writes in lower case elsewhere (`names.ts`), sorted. */
  commonWords: readonly string[];
}

export interface ParagraphFindings {
  /** In text order. */
  attributions: FoundAttribution[];
  /** Named subjects of sentences without an attribution, in text order. */
  mentions: Mention[];
  /** In text order. */
  conditions: ConditionFinding[];
  words: number;
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Reads one paragraph. Subheads and captions ("Hartley says there was nothing
 * unusual about hold on aid") repeat the article's own attributions: their
 * attributions are not counted as findings; their conditions are.
 */
export function readParagraph({ text, paragraph, quotes, articleLanguage, names, commonWords }: ParagraphInput): ParagraphFindings {
  const lexicon = lexiconFor(paragraphLanguage(paragraph.text, articleLanguage));
  const sentences = splitSentences(text, [paragraph], quotes, lexicon.sentences);
  const words = countWords(paragraph.text);
  const heading = !PROSE_END.test(paragraph.text) && words <= MAX_HEADING_WORDS;
  const { attributions, mentions } = heading
    ? { attributions: [], mentions: [] }
    : findAttributions(text, sentences, quotes, lexicon.attributions, { names: new Set(names), commonWords: new Set(commonWords) });
  return { attributions, mentions, conditions: findConditions(text, sentences, lexicon), words };
}

/**
 * Each paragraph with the quotations its reading may look at (see
 * `ParagraphInput.quotes`). One pass over paragraphs and quotes, both sorted.
 */
export function* paragraphInputs(
  text: string,
  paragraphs: readonly Span[],
  quotes: readonly QuoteSpan[],
  articleLanguage: string,
  names: DocumentNames['openings'] = [],
): Generator<ParagraphInput> {
  let first = 0;
  let opening = 0;
  for (const paragraph of paragraphs) {
    while (first < quotes.length && quotes[first].end <= paragraph.start) first++;
    let end = first;
    while (end < quotes.length && quotes[end].start < paragraph.end) end++;
    if (end < quotes.length && firstNonSpace(text, paragraph.end) >= quotes[end].start) end++;
    // The names and common words opening its sentences (both lists sorted: one pass).
    while (opening < names.length && names[opening].start < paragraph.start) opening++;
    const within = { names: new Set<string>(), commonWords: new Set<string>() };
    for (let o = opening; o < names.length && names[o].start < paragraph.end; o++) (names[o].common ? within.commonWords : within.names).add(names[o].name);
    yield { text, paragraph, quotes: quotes.slice(first, end), articleLanguage, names: [...within.names].sort(), commonWords: [...within.commonWords].sort() };
  }
}

/** Offset of the first non-space character at or after `from` (the text's length if none). */
function firstNonSpace(text: string, from: number): number {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.exec(text)?.index ?? text.length;
}
