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
    // The fastest of a few runs: other processes share the machine and only ever add time.
    const time = (copies: number) => {
      const text = Array(copies).fill(ARTICLE).join('\n\n');
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const report = analyse(text);
        best = Math.min(best, performance.now() - start);
        expect(report.attributions.length).toBeGreaterThanOrEqual(copies * 4);
      }
      return best;
    };
    time(100); // warm up: compiled code, not the interpreter, is what is measured
    const one = Math.max(time(10), 2);
    const ten = time(100);
    const hundred = time(1000);
    // Linear is ×10 per step (×100 overall); quadratic would be ×100 (×10,000). Generous
    // bounds, since the machine is shared.
    expect(ten / one).toBeLessThan(30);
    expect(hundred / ten).toBeLessThan(30);
    expect(hundred / one).toBeLessThan(400);
  });
});
