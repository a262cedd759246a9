import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';

function expectSpansExact(report: Report) {
  const text = report.article.text;
  for (const a of report.attributions) {
    for (const s of [a.source, a.cue, a.sentence, a.quote, a.reason]) {
      if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  }
  for (const c of report.conditions) {
    for (const s of [c.marker, c.clause, c.sentence]) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const ids = new Set(report.sources.flatMap((s) => s.attributions));
  for (const a of report.attributions) expect(ids.has(a.id)).toBe(true);
}

const ARTICLE = [
  'Russian President Vladimir Putin is ready to negotiate, provided that Kyiv recognizes the front line, three sources told Reuters.',
  '"We are ready for discussion. We have never refused," Putin said in China.',
  "Putin's spokesman, Dmitry Peskov, responding to a request for comment, said the Kremlin was open to dialogue.",
  'A senior official, who asked not to be named because he was not authorized to speak, said talks would fail unless Russia bypasses him.',
].join('\n\n');

describe('analyse: any string in, a valid report out', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\n\t \n'],
    ['a million commas', ','.repeat(1_000_000)],
    ['1 MB of one sentence', 'Officials said the plan, which critics say is flawed, would work and '.repeat(15_000)],
    ['unbalanced quotes', '"'.repeat(50_000) + ' he said ' + '“ « „ '.repeat(20_000)],
    ['lone surrogates', '\uD800 said \uDC00 "he said'.repeat(5_000)],
    ['right-to-left text', 'قال المتحدث باسم الوزارة إن المحادثات ستستمر. '.repeat(5_000)],
    ['only cue words', 'said told according to citing '.repeat(20_000)],
    ['one sentence of many different sources', Array.from({ length: 30_000 }, (_, i) => `Officer ${i} said it, and he told them`).join(', ')],
    ['many anonymous sources asking for anonymity', 'An official who asked not to be named because of the rules said so, '.repeat(15_000)],
    // (A source after the verb that runs to the text's end: the property test's counterexample.)
    ['a source closing the text after its verb', ', said U.S. '],
  ])('%s', (_name, text) => {
    const report = analyse(text);
    expect(report.article.text).toBe(text);
    expectSpansExact(report);
  });

  it('keeps every span exact on random text made of article words', () => {
    const words = ['said', 'told', 'he', 'Putin', 'sources', 'according', 'to', 'if', 'unless', '"', '“', '”', ',', '.', '\n\n', 'the', 'official', 'who', 'Dr.', 'U.S.', '’s', 'saying'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        expectSpansExact(analyse(parts.join(' ') + noise));
      }),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the length of the text (1×, 10×, 100×)', () => {
    const texts = [10, 100, 1000].map((copies) => Array(copies).fill(ARTICLE).join('\n\n'));
    expect(analyse(texts[2]).attributions.length).toBeGreaterThanOrEqual(4000);
    // Rounds interleave the sizes and keep each one's fastest time: other processes share
    // the machine and only ever add time, to whichever size happens to run then.
    const best = [Infinity, Infinity, Infinity];
    for (let round = 0; round < 4; round++) {
      texts.forEach((text, i) => {
        const start = performance.now();
        analyse(text);
        best[i] = Math.min(best[i], performance.now() - start);
      });
    }
    const [one, ten, hundred] = [Math.max(best[0], 2), best[1], best[2]];
    // Linear is ×10 per step and ×100 overall; quadratic would be ×100 and ×10,000.
    expect(ten / one).toBeLessThan(60);
    expect(hundred / ten).toBeLessThan(60);
    expect(hundred / one).toBeLessThan(1000);
  });

  it('takes time linear in the length of one long sentence (1×, 10×)', () => {
    // One sentence of thousands of clauses: a test that copies the rest of the sentence per word made this quadratic.
    const clause = 'An official who asked not to be named because of the rules said so, ';
    const texts = [clause.repeat(500), clause.repeat(5000)];
    const best = [Infinity, Infinity];
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        const start = performance.now();
        analyse(text);
        best[i] = Math.min(best[i], performance.now() - start);
      });
    }
    // Linear is ×10; quadratic ×100.
    expect(best[1] / Math.max(best[0], 2)).toBeLessThan(40);
  });
});
