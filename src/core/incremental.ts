/**
 * An analyser that re-reads only what changed. A live page (a live blog's
 * new post, "read more", an infinite scroll, one edited paragraph) is
 * analysed again and again; most of its paragraphs are the same each time.
 * The costly work is per paragraph (`readParagraph`: language, sentences,
 * attributions, conditions); this analyser keeps each paragraph's findings
 * from its last call, keyed by everything that reading depends on, and
 * reuses them at the paragraph's new place. The global steps (quotations,
 * sources, ids, owners of conditions, profile) are redone each time by the
 * same `analyseWith` that `analyse` runs, so the Report is always the one
 * `analyse(text, options)` gives. The article's language is cached too (its
 * last value, by the declared language and the text's sample).
 *
 * Memory stays bounded: the cache holds only what the last call used.
 */
import type { FoundAttribution, Mention } from './attribution';
import { analyseWith } from './analyse';
import type { ConditionFinding } from './conditions';
import { languageSample, resolveLanguage } from './language';
import { readParagraph, type ParagraphFindings, type ParagraphInput } from './paragraph';
import type { Token } from './tokens';
import type { AnalyseOptions, Report, Span } from './types';

/** What the last call did, honestly counted. */
export interface AnalyserStats {
  /** Paragraphs of the last text. */
  paragraphs: number;
  /** Paragraphs whose findings were taken from the cache: an earlier call's, or an identical paragraph's earlier in this text. */
  reused: number;
  /** Paragraphs read afresh (new, changed, or with changed surroundings). */
  read: number;
  /** Entries the cache holds now. */
  cached: number;
  /** Characters of text the cache's keys hold now: what its memory grows with. */
  cachedChars: number;
}

export interface Analyser {
  /** The Report of `text`, deep-equal to `analyse(text, options)`. */
  analyse(text: string, options?: AnalyseOptions): Report;
  /** What the last `analyse` call reused and read. */
  stats(): AnalyserStats;
}

/**
 * A paragraph's context is cached only while it is at most this many times
 * the paragraph's length (plus the slack below): a quotation running on over
 * many paragraphs would otherwise make every key hold all of it, and memory
 * grow with the square of the text. Such paragraphs are simply read afresh.
 */
const MAX_CONTEXT_PER_PARAGRAPH_LENGTH = 3;
const CONTEXT_SLACK = 64;

interface Entry {
  /** The key, a copy that holds no reference to the text it came from. */
  key: string;
  /** Where the context started in the text the findings were read from. */
  origin: number;
  /** The findings, offsets in that text; a private copy (the caller may change the Report). */
  findings: ParagraphFindings;
}

/**
 * The stretch of text a paragraph's reading may look at (`ParagraphInput`):
 * the paragraph, one character either side, and its quotations whole.
 */
function contextOf({ text, paragraph, quotes }: ParagraphInput): { start: number; end: number } {
  let start = paragraph.start - 1;
  let end = paragraph.end + 1;
  if (quotes.length > 0) {
    start = Math.min(start, quotes[0].start);
    end = Math.max(end, quotes[quotes.length - 1].end);
  }
  return { start: Math.max(0, start), end: Math.min(text.length, end) };
}

/**
 * Everything a paragraph's findings depend on, relative to its context's
 * start: the article's language, where the paragraph and the quotations lie
 * in the context, and the context's text. Equal keys, equal findings (shifted).
 */
function keyOf(input: ParagraphInput, context: { start: number; end: number }): string {
  const at = (offset: number) => offset - context.start;
  const header = [
    input.articleLanguage,
    input.names,
    input.commonWords,
    at(input.paragraph.start),
    at(input.paragraph.end),
    input.quotes.map((q) => [at(q.start), at(q.end), q.withinParagraph]),
  ];
  // The header is a JSON array: where it ends is plain, so no two inputs share a key.
  return JSON.stringify(header) + input.text.slice(context.start, context.end);
}

/** A copy that shares nothing with the original, strings included (a slice keeps its whole text alive). */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every field of `T`, optional ones too: a copy typed so names any field it leaves out. */
type Complete<T> = { [K in keyof Required<T>]: T[K] };

/** Moves findings by `delta`, their spans' texts taken from `text` (the current one). */
function shifted(findings: ParagraphFindings, delta: number, text: string): ParagraphFindings {
  const span = (s: Span): Span => ({ text: text.slice(s.start + delta, s.end + delta), start: s.start + delta, end: s.end + delta });
  const token = (t: Token): Token => ({ ...t, start: t.start + delta, end: t.end + delta });
  // Tokens never reach the Report and nothing changes them (merging sources only reads them):
  // where they need no shift, the cached ones serve.
  const tokens = (ts: Token[]): Token[] => (delta === 0 ? ts : ts.map(token));
  const mention = (m: Mention): Complete<Mention> => ({
    kind: m.kind,
    type: m.type,
    source: span(m.source),
    pronoun: m.pronoun,
    sourceTokens: tokens(m.sourceTokens),
    segments: m.segments.map(([s, e]): [number, number] => [s, e]),
    headSegment: m.headSegment,
    head: m.head,
    describedOnly: m.describedOnly,
    pronounOnly: m.pronounOnly,
    unnamedOnRequest: m.unnamedOnRequest,
  });
  // Field by field, not `{ ...mention(f), … }`: a spread copy made every later step on these objects several times slower.
  const attribution = (f: FoundAttribution): Complete<FoundAttribution> => ({
    kind: f.kind,
    type: f.type,
    source: span(f.source),
    pronoun: f.pronoun,
    sourceTokens: tokens(f.sourceTokens),
    segments: f.segments.map(([s, e]): [number, number] => [s, e]),
    headSegment: f.headSegment,
    head: f.head,
    describedOnly: f.describedOnly,
    pronounOnly: f.pronounOnly,
    markedSource: span(f.markedSource),
    unnamedOnRequest: f.unnamedOnRequest,
    cue: span(f.cue),
    sentence: span(f.sentence),
    quote: f.quote && span(f.quote),
    reason: f.reason && span(f.reason),
  });
  const condition = (c: ConditionFinding): ConditionFinding => ({
    marker: span(c.marker),
    clause: span(c.clause),
    sentence: span(c.sentence),
  });
  return {
    attributions: findings.attributions.map(attribution),
    mentions: findings.mentions.map(mention),
    conditions: findings.conditions.map(condition),
    words: findings.words,
  };
}

/**
 * A new analyser, holding nothing yet. Keep one per live page (per tab) and
 * call `analyse` with the page's whole current text each time it changes.
 */
export function createAnalyser(): Analyser {
  let cache = new Map<string, Entry>();
  let last: AnalyserStats = { paragraphs: 0, reused: 0, read: 0, cached: 0, cachedChars: 0 };
  // The article's language depends on the declared one and the text's sample only: a live
  // page's new posts rarely change its first 20 000 characters.
  let language: { key: string; language: string } | null = null;
  const articleLanguage = (text: string, declared: string | undefined): string => {
    const key = JSON.stringify(declared ?? null) + languageSample(text);
    if (language?.key !== key) language = { key: detached(key), language: resolveLanguage(text, declared) };
    return language.language;
  };

  return {
    analyse(text: string, options: AnalyseOptions = {}): Report {
      const used = new Map<string, Entry>();
      const counts = { paragraphs: 0, reused: 0, read: 0 };
      const readCached = (input: ParagraphInput): ParagraphFindings => {
        counts.paragraphs++;
        const context = contextOf(input);
        const length = input.paragraph.end - input.paragraph.start;
        if (context.end - context.start > MAX_CONTEXT_PER_PARAGRAPH_LENGTH * length + CONTEXT_SLACK) {
          counts.read++;
          return readParagraph(input);
        }
        const key = keyOf(input, context);
        const entry = used.get(key) ?? cache.get(key);
        if (entry) {
          counts.reused++;
          used.set(entry.key, entry);
          return shifted(entry.findings, context.start - entry.origin, text);
        }
        counts.read++;
        const findings = readParagraph(input);
        const fresh: Entry = { key: detached(key), origin: context.start, findings: detached(findings) };
        used.set(fresh.key, fresh);
        return findings;
      };
      const report = analyseWith({ articleLanguage, readParagraph: readCached }, text, options);
      cache = used;
      let cachedChars = 0;
      for (const key of cache.keys()) cachedChars += key.length;
      last = { ...counts, cached: cache.size, cachedChars };
      return report;
    },
    stats: () => ({ ...last }),
  };
}
