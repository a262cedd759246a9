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
import { articleLikeText, expectValidReport } from './property-checks';

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
