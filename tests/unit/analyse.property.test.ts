/**
 * Property tests (fast-check): whatever text comes in, `analyse` returns a
 * valid schema-1 Report — no throw, every span inside `article.text` and
 * equal to its slice, findings in text order, ids well formed, sources and
 * profile consistent with the findings — and does it in time linear in the
 * length of the text, even on degenerate input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report, Span } from '../../src/core/types';
import { computeProfile } from '../../src/report/profile';

const KINDS = new Set(['anonymous', 'on-record']);
const SOURCE_TYPES = new Set(['person', 'organization', 'publication', 'document', 'group']);

/** Every rule of `spec/report.md` a Report can be checked against without knowing the article. */
export function expectValidReport(report: Report, text: string): void {
  expect(report.schema).toBe(1);
  expect(report.article.text).toBe(text);
  expect(Number.isInteger(report.article.words) && report.article.words >= 0).toBe(true);
  expect(Number.isInteger(report.article.paragraphs) && report.article.paragraphs >= 0).toBe(true);

  const expectSpan = (span: Span, what: string) => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
    expect(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}..${span.end} of ${text.length}`).toBe(true);
    expect(text.slice(span.start, span.end), what).toBe(span.text);
  };

  report.attributions.forEach((a, i) => {
    expect(a.id).toBe(`a${i + 1}`);
    expect(KINDS.has(a.kind), a.kind).toBe(true);
    expect(SOURCE_TYPES.has(a.type), a.type).toBe(true);
    for (const [what, span] of Object.entries({ source: a.source, cue: a.cue, sentence: a.sentence, quote: a.quote, reason: a.reason })) {
      if (span) expectSpan(span, `${a.id}.${what}`);
    }
    // Source and cue lie in the attribution's sentence.
    expect(a.cue.start >= a.sentence.start && a.cue.end <= a.sentence.end, `${a.id} cue in sentence`).toBe(true);
    if (i > 0) expect(a.sentence.start, `${a.id} in text order`).toBeGreaterThanOrEqual(report.attributions[i - 1].sentence.start);
  });

  const attributionIds = new Set(report.attributions.map((a) => a.id));
  report.conditions.forEach((c, i) => {
    expect(c.id).toBe(`c${i + 1}`);
    expectSpan(c.marker, `${c.id}.marker`);
    expectSpan(c.clause, `${c.id}.clause`);
    expectSpan(c.sentence, `${c.id}.sentence`);
    expect(c.clause.start <= c.marker.start && c.marker.end <= c.clause.end, `${c.id} marker in clause`).toBe(true);
    if (c.attribution !== null) expect(attributionIds.has(c.attribution), `${c.id}.attribution`).toBe(true);
    if (i > 0) expect(c.marker.start, `${c.id} in text order`).toBeGreaterThanOrEqual(report.conditions[i - 1].marker.start);
  });

  const sourceIds = new Set<string>();
  const credited: string[] = [];
  report.sources.forEach((s, i) => {
    expect(s.id).toBe(`s${i + 1}`);
    sourceIds.add(s.id);
    expect(KINDS.has(s.kind) && SOURCE_TYPES.has(s.type)).toBe(true);
    for (const id of s.attributions) expect(attributionIds.has(id), `${s.id} credits ${id}`).toBe(true);
    credited.push(...s.attributions);
  });
  // Every attribution is credited to exactly one source.
  expect([...credited].sort()).toEqual([...attributionIds].sort());
  for (const a of report.attributions) if (a.refersTo !== null) expect(sourceIds.has(a.refersTo), `${a.id}.refersTo`).toBe(true);

  expect(report.profile).toEqual(computeProfile(report.attributions, report.conditions, report.sources));
  // The Report is plain JSON: it survives a round trip unchanged.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

/** Pieces that drive the analyser into its interesting paths: cues, names, quotes of every style, conditions. */
const ARTICLE_PIECES = [
  'said', 'told', 'says', 'according to', 'citing', 'he', 'she', 'they', 'Putin', 'Dmitry Peskov', 'Reuters', 'sources',
  'a senior official', 'who asked not to be named', 'because', 'provided that', 'if', 'unless', 'as long as', 'the', 'U.S.', 'Dr.',
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '「', '」', ',', '.', '?', '!', ';', ':', '—', '(', ')', '\n', '\n\n',
];

/** Text from other scripts and the edges of UTF-16. */
const EXOTIC_PIECES = [
  '😀', '𝐀𝐁', '👩‍👩‍👧', '\u{10FFFF}', 'e\u0301', // astral characters, a ZWJ sequence, a combining mark
  'قال المتحدث', 'אמר הדובר', '\u202E', '\u202B', '\u200F', '\u2066', // right-to-left text and bidi controls
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', // lone surrogates
  '\u0000', '\uFEFF', '\u00A0', '\u2028', '\u2029', '\r\n', '\t', '\u200B',
  'сказав речник', 'сообщил источник', '说', 'ｓａｉｄ',
];

const articleLikeText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ARTICLE_PIECES) }, fc.constantFrom(...EXOTIC_PIECES), fc.string({ maxLength: 6, unit: 'binary' })), {
    maxLength: 120,
  })
  .chain((parts) => fc.array(fc.constantFrom(' ', '', ' ', '  '), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join('')));

describe('analyse: any string in, a valid schema-1 Report out', () => {
  it('on arbitrary UTF-16 strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => expectValidReport(analyse(text), text)),
      { numRuns: 300 },
    );
  });

  it('on arbitrary full-Unicode strings (astral characters)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => expectValidReport(analyse(text), text)),
      { numRuns: 200 },
    );
  });

  it('on article-like text mixed with astral, right-to-left, control and unbalanced-quote pieces', () => {
    fc.assert(
      fc.property(articleLikeText, (text) => expectValidReport(analyse(text), text)),
      { numRuns: 600 },
    );
  });

  it('on real attributions with every kind of quote left unbalanced', () => {
    const quoteMarks = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '「', '」'];
    const sentence = fc.tuple(
      fc.constantFrom('A senior official', 'Dmitry Peskov', 'He', 'Sources close to the talks', 'The ministry'),
      fc.constantFrom(' said', ' told Reuters', ' says', ' warned'),
      fc.array(fc.constantFrom(...quoteMarks), { maxLength: 3 }),
      fc.constantFrom(' talks would go on', ' the plan works, provided that Kyiv agrees', ' nothing, unless asked', ''),
      fc.constantFrom('.', '', '?', '…'),
    ).map(([who, cue, quotes, what, end]) => `${quotes.join('')}${who}${cue}${quotes.reverse().slice(1).join('')}${what}${end}`);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.constantFrom(' ', '\n\n', ' “', '" '), (sentences, joint) => {
        const text = sentences.join(joint);
        expectValidReport(analyse(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('with any language and labels', () => {
    fc.assert(
      fc.property(articleLikeText, fc.constantFrom('en', 'uk', 'ru', 'xx', '', 'EN-gb'), fc.string(), (text, language, title) => {
        const report = analyse(text, { language, title, input: title });
        expectValidReport(report, text);
        expect(report.title).toBe(title);
      }),
      { numRuns: 150 },
    );
  });
});

/** Runs `analyse` and returns the time it took (ms), after checking the Report. */
function timedAnalyse(text: string): number {
  const started = performance.now();
  const report = analyse(text);
  const ms = performance.now() - started;
  expectValidReport(report, text);
  return ms;
}

/**
 * Degenerate inputs must stay linear: each is timed at two sizes ten times
 * apart, and the larger may cost at most this many times the smaller (linear
 * is 10, quadratic 100). Generous, because the machine is shared.
 */
const MAX_GROWTH_PER_10X = 30;
/** And the full-size input must finish within this long at all (ms). */
const MAX_MS_FULL_SIZE = 20_000;

describe('analyse: degenerate inputs stay linear', () => {
  const cases: [string, (size: number) => string][] = [
    ['1 MB of one sentence', (size) => 'Officials said the plan, which critics say is flawed, would work and '.repeat(Math.ceil(size / 70)).slice(0, size)],
    ['a million commas', (size) => ','.repeat(size)],
    ['a million opening quotes', (size) => '“'.repeat(size)],
    ['one word, no spaces', (size) => 'a'.repeat(size)],
    ['a million paragraph breaks', (size) => '\n'.repeat(size)],
    ['alternating quote styles', (size) => '"«„‘'.repeat(size / 4)],
    ['lone surrogates and cues', (size) => '\uD800said\uDC00 '.repeat(size / 8)],
    ['cue words only', (size) => 'said '.repeat(size / 5)],
    ['conditions only', (size) => 'if unless provided that '.repeat(size / 24)],
  ];
  it.each(cases)('%s', (_name, make) => {
    const small = make(100_000);
    const large = make(1_000_000);
    timedAnalyse(small); // warm-up, compiled paths
    const smallMs = Math.max(timedAnalyse(small), 5);
    const largeMs = timedAnalyse(large);
    expect(largeMs, `${large.length} chars took ${largeMs.toFixed(0)} ms`).toBeLessThan(MAX_MS_FULL_SIZE);
    expect(largeMs / smallMs, `10× the text took ${(largeMs / smallMs).toFixed(1)}× the time`).toBeLessThan(MAX_GROWTH_PER_10X);
  }, 120_000);
});
