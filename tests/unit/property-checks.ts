/**
 * The checks the property tests share: what `spec/report.md` promises of
 * every Report, checked without knowing the article.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Report, Span } from '../../src/core/types';
import { computeProfile } from '../../src/core/profile';

const KINDS = new Set(['anonymous', 'on-record']);
const SOURCE_TYPES = new Set(['person', 'organization', 'publication', 'document', 'group']);
const WHY = new Set(['same name', 'variant', 'apposition', 'role', 'pronoun', 'back-reference']);

/*
 * Each check calls `expect` only when it fails (the message and diff are
 * expect's): on passing cases vitest's matchers cost more than the analysis,
 * and the property tests run this on 100,000 Reports.
 */
function holds(ok: boolean, what: string): void {
  if (!ok) expect(ok, what).toBe(true);
}
function same(actual: unknown, expected: unknown, what?: string): void {
  if (!Object.is(actual, expected)) expect(actual, what).toBe(expected);
}
function equal(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** Every rule of `spec/report.md` a Report can be checked against without knowing the article. */
export function expectValidReport(report: Report, text: string): void {
  same(report.schema, 2);
  equal(Object.keys(report.page), ['url', 'outlet', 'analysedAt', 'tool']);
  same(report.article.text, text);
  holds(Number.isInteger(report.article.words) && report.article.words >= 0, 'article.words');
  holds(Number.isInteger(report.article.paragraphs) && report.article.paragraphs >= 0, 'article.paragraphs');

  const expectSpan = (span: Span, what: string) => {
    holds(Number.isInteger(span.start) && Number.isInteger(span.end), what);
    holds(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}..${span.end} of ${text.length}`);
    same(text.slice(span.start, span.end), span.text, what);
  };

  report.attributions.forEach((a, i) => {
    same(a.id, `a${i + 1}`);
    holds(KINDS.has(a.kind), a.kind);
    holds(SOURCE_TYPES.has(a.type), a.type);
    for (const [what, span] of Object.entries({ source: a.source, cue: a.cue, sentence: a.sentence, quote: a.quote, reason: a.reason })) {
      if (span) expectSpan(span, `${a.id}.${what}`);
    }
    // Source and cue lie in the attribution's sentence.
    holds(a.cue.start >= a.sentence.start && a.cue.end <= a.sentence.end, `${a.id} cue in sentence`);
    if (i > 0) holds(a.sentence.start >= report.attributions[i - 1].sentence.start, `${a.id} in text order`);
  });

  const attributionIds = new Set(report.attributions.map((a) => a.id));
  const holders: [string, string | null, string[]][] = [];
  report.conditions.forEach((c, i) => {
    same(c.id, `c${i + 1}`);
    expectSpan(c.marker, `${c.id}.marker`);
    expectSpan(c.clause, `${c.id}.clause`);
    expectSpan(c.sentence, `${c.id}.sentence`);
    holds(c.clause.start <= c.marker.start && c.marker.end <= c.clause.end, `${c.id} marker in clause`);
    if (c.attribution !== null) holds(attributionIds.has(c.attribution), `${c.id}.attribution`);
    holders.push([c.id, c.holder, c.via]);
    if (i > 0) holds(c.marker.start >= report.conditions[i - 1].marker.start, `${c.id} in text order`);
  });

  const sourceIds = new Set<string>();
  const credited: string[] = [];
  report.sources.forEach((s, i) => {
    same(s.id, `s${i + 1}`);
    sourceIds.add(s.id);
    holds(KINDS.has(s.kind) && SOURCE_TYPES.has(s.type), `${s.id} kind and type`);
    for (const id of s.attributions) {
      holds(attributionIds.has(id), `${s.id} credits ${id}`);
      credited.push(id);
    }
    // Schema 2: one entry per voice; each mention after the first says why it is the same voice.
    const mentioned = new Set(s.mentions.map((m) => m.attribution));
    same(mentioned.size, s.mentions.length, `${s.id} mentions`);
    holds(mentioned.size < Math.max(1, s.attributions.length), `${s.id} mentions`);
    for (const id of mentioned) holds(s.attributions.includes(id), `${s.id} mentions ${id}`);
    for (const m of s.mentions) holds(WHY.has(m.why), `${s.id} ${m.why}`);
  });
  for (const [id, holder, via] of holders) {
    if (holder !== null) holds(sourceIds.has(holder), `${id}.holder`);
    for (const v of via) holds(sourceIds.has(v), `${id}.via`);
  }
  for (const link of report.chain) {
    if (link.source !== null) holds(sourceIds.has(link.source), `chain ${link.name}`);
    if (link.via !== null) holds(attributionIds.has(link.via), `chain ${link.name} via`);
  }
  // Every attribution is credited to exactly one source.
  equal([...credited].sort(), [...attributionIds].sort());
  for (const a of report.attributions) if (a.refersTo !== null) holds(sourceIds.has(a.refersTo), `${a.id}.refersTo`);

  equal(report.profile, computeProfile(report.attributions, report.conditions, report.sources));
  // The Report is plain JSON: it survives a round trip unchanged.
  equal(JSON.parse(JSON.stringify(report)), report);
}

/** Pieces that drive the analyser into its interesting paths: cues, names, quotes of every style, conditions. */
export const ARTICLE_PIECES = [
  'said', 'told', 'says', 'according to', 'citing', 'he', 'she', 'they', 'Putin', 'Dmitry Peskov', 'Reuters', 'sources',
  'a senior official', 'who asked not to be named', 'because', 'provided that', 'if', 'unless', 'as long as', 'the', 'U.S.', 'Dr.',
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '「', '」', ',', '.', '?', '!', ';', ':', '—', '(', ')', '\n', '\n\n',
];

/** Text from other scripts and the edges of UTF-16. */
export const EXOTIC_PIECES = [
  '😀', '𝐀𝐁', '👩‍👩‍👧', '\u{10FFFF}', 'e\u0301', // astral characters, a ZWJ sequence, a combining mark
  'قال المتحدث', 'אמר הדובר', '\u202E', '\u202B', '\u200F', '\u2066', // right-to-left text and bidi controls
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', // lone surrogates
  '\u0000', '\uFEFF', '\u00A0', '\u2028', '\u2029', '\r\n', '\t', '\u200B',
  'сказав речник', 'сообщил источник', '说', 'ｓａｉｄ',
];

export const articleLikeText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ARTICLE_PIECES) }, fc.constantFrom(...EXOTIC_PIECES), fc.string({ maxLength: 6, unit: 'binary' })), {
    maxLength: 120,
  })
  .chain((parts) => fc.array(fc.constantFrom(' ', '', ' ', '  '), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join('')));

/** Text that a careless export would turn into markup, a formula, a table cell or a terminal command. */
export const HOSTILE_PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</textarea>', '<!--', '&lt;b&gt;', '&amp;',
  "javascript:alert('x')", '=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\u00A0=1', '\u200B=1', '\uFF1D1', '\uFF20A1',
  '| a | b |', '`code`', '*bold*', '[link](http://x)', '# heading', '\\', '\u001b[31mred\u001b[0m', '\u001b]0;title\u0007', '\u009b2J',
];

/** Up to `maxPieces` pieces, article words, hostile and exotic text and random code points, joined by spaces. */
export function hostileText(maxPieces: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ARTICLE_PIECES) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    fc.constantFrom(...EXOTIC_PIECES),
    fc.string({ maxLength: 4, unit: 'binary' }),
  );
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(' '));
}

/**
 * Paragraphs of sentences the analyser reads as findings, with hostile text
 * as their source, quote, reason and condition, among free pieces: so that
 * hostile text reaches every field of a finding, not only the article.
 */
export function hostileArticleText(maxSentences: number): fc.Arbitrary<string> {
  const filler = hostileText(3);
  const sentence = fc.oneof(
    fc.tuple(filler, filler).map(([quote, name]) => `"${quote}," said Maria ${name} Lindqvist.`),
    fc.tuple(filler, filler).map(([claim, reason]) => `The pier ${claim} will close, according to two officials who spoke on condition of anonymity because ${reason}.`),
    fc.tuple(filler, filler).map(([claim, condition]) => `Tomas Berg said ${claim} the port would open provided that ${condition}.`),
    hostileText(8),
  );
  return fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n\n')), { maxLength: maxSentences }).map((parts) => parts.map(([s, gap]) => s + gap).join(''));
}
