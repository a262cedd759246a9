/**
 * Paragraph and sentence spans. Sentences never cross a paragraph, never end
 * after an abbreviation ("Dr.", "Sept.", "No. 10", initials; "U.S." only
 * before a word that commonly opens a sentence), and never end inside a
 * quotation that closes later in the same paragraph. A closing quote or
 * bracket right after the final period belongs to the sentence it ends.
 *
 * Linear in the text's length: each character is looked at a bounded number
 * of times.
 */
import type { SentenceLexicon } from './lexicon/types';
import type { QuoteSpan } from './quotes';
import type { Span } from './types';

const BLANK_LINE = /\n[ \t\r\f\v]*\n/;
const SENTENCE_END = /[.!?…]/;
/** Marks that may follow the final period and still belong to the sentence. */
const CLOSING_MARKS = /["”’'»)\]]/;
const LOWER_CASE_START = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
/** Longest abbreviation we look back for (characters). */
const MAX_ABBREVIATION_LENGTH = 12;

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Trims white space off both ends of [start, end). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** A line break before a dash that opens direct speech ("\n— Ми готові, — заявив він."): a paragraph's start in any text. */
const SPEECH_LINE = /\n(?=[ \t]*[—–][ \t])/;

/**
 * Paragraphs: blocks separated by blank lines, and lines that open with a
 * dialogue dash; where the text has no blank line, its non-empty lines. White
 * space is trimmed off each.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? new RegExp(`${BLANK_LINE.source}|${SPEECH_LINE.source}`, 'g') : /\n/g;
  const paragraphs: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const [s, e] = trimmed(text, start, end);
    if (e > s) paragraphs.push(span(text, s, e));
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** A set of lower-case abbreviations, with and without their final period. */
function abbreviationSet(list: readonly string[]): Set<string> {
  return new Set(list.map((a) => a.toLowerCase()));
}

interface SentenceRules {
  abbreviations: Set<string>;
  ambiguous: Set<string>;
  starters: Set<string>;
}

const rulesCache = new WeakMap<SentenceLexicon, SentenceRules>();

function rulesFor(lexicon: SentenceLexicon): SentenceRules {
  let rules = rulesCache.get(lexicon);
  if (!rules) {
    rules = {
      abbreviations: abbreviationSet(lexicon.abbreviations),
      ambiguous: abbreviationSet(lexicon.ambiguousAbbreviations),
      starters: new Set(lexicon.sentenceStarters.map((w) => w.toLowerCase())),
    };
    rulesCache.set(lexicon, rules);
  }
  return rules;
}

/** The word (with its inner periods) that ends at the period at `dot`, lower case. */
function wordBeforePeriod(text: string, dot: number, floor: number): string {
  let i = dot;
  const limit = Math.max(floor, dot - MAX_ABBREVIATION_LENGTH);
  while (i > limit && WORD_CHAR.test(text[i - 1])) i--;
  return text.slice(i, dot + 1).toLowerCase();
}

/** The next word after `from` (letters only), lower case. */
function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && !/\p{L}/u.test(text[i]) && i - from < 4) i++;
  let j = i;
  while (j < end && /\p{L}/u.test(text[j]) && j - i < 20) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether the period at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number, floor: number, nextStart: number, end: number, rules: SentenceRules): boolean {
  const word = wordBeforePeriod(text, dot, floor);
  if (word.length <= 1) return false;
  // "J. Smith": a single capital letter is an initial.
  if (/^\p{Lu}\.$/u.test(text.slice(dot - 1, dot + 1)) && (dot - 1 === floor || !WORD_CHAR.test(text[dot - 2]))) return true;
  const bare = word.replace(/^\.+/, '');
  if (rules.abbreviations.has(bare)) return true;
  if (rules.ambiguous.has(bare) || /^(\p{L}\.){2,}$/u.test(bare)) {
    return !rules.starters.has(nextWord(text, nextStart, end));
  }
  return false;
}

/**
 * Splits each paragraph into sentences. `quotes` (from `findQuotes`) keep a
 * quotation that closes within its paragraph in one sentence.
 */
export function splitSentences(
  text: string,
  paragraphs: readonly Span[],
  quotes: readonly QuoteSpan[],
  lexicon: SentenceLexicon,
): Span[] {
  const rules = rulesFor(lexicon);
  const sentences: Span[] = [];
  let q = 0;
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    const end = paragraph.end;
    for (let i = paragraph.start; i < end; i++) {
      if (!SENTENCE_END.test(text[i])) continue;
      // Run of end marks and closing marks: "?!", '."', '.)'.
      let j = i + 1;
      while (j < end && (SENTENCE_END.test(text[j]) || CLOSING_MARKS.test(text[j]))) j++;
      if (j >= end) break;
      if (!/\s/.test(text[j])) {
        i = j - 1;
        continue;
      }
      let next = j;
      while (next < end && /\s/.test(text[next])) next++;
      const boundaryAt = j;
      const nextChar = text[next];
      // ("a new report by E! News": "!" after a one-letter word is part of a name, no exclamation.)
      const nameMark = text[i] === '!' && j === i + 1 && i > start && /\p{Lu}/u.test(text[i - 1]) && (i - 1 === start || !WORD_CHAR.test(text[i - 2]));
      const abbreviation = nameMark || (text[i] === '.' && j === i + 1 && isAbbreviation(text, i, start, next, end, rules));
      // Inside a quotation that closes later in this paragraph: not a boundary.
      while (q < quotes.length && quotes[q].end <= boundaryAt) q++;
      const insideQuote =
        q < quotes.length && quotes[q].withinParagraph && quotes[q].start < i && quotes[q].end > boundaryAt;
      if (!abbreviation && !insideQuote && !LOWER_CASE_START.test(nextChar)) {
        const [s, e] = trimmed(text, start, boundaryAt);
        if (e > s) sentences.push(span(text, s, e));
        start = next;
      }
      i = next - 1;
    }
    const [s, e] = trimmed(text, start, end);
    if (e > s) sentences.push(span(text, s, e));
  }
  return sentences;
}
