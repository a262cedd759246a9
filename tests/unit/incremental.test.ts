// @vitest-environment node
/**
 * The incremental analyser reuses work and keeps its memory bounded: counted
 * through its `stats()`, which counts every paragraph as read or reused.
 * (That its Reports are `analyse`'s is `incremental.property.test.ts`.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createAnalyser } from '../../src/core/incremental';
import { en } from '../../src/core/lexicon/en';
import { documentNames } from '../../src/core/names';
import { paragraphInputs } from '../../src/core/paragraph';
import { findQuotes } from '../../src/core/quotes';
import { splitParagraphs } from '../../src/core/sentences';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';

const samplePath = path.resolve(__dirname, '../../samples/seed-unn-putin-conditions.html');
const sampleParagraphs = extractArticle(parseHtml(readFileSync(samplePath, 'utf8')))!
  .text.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

/** `count` different paragraphs of real text: the sample's, each copy numbered. */
function articleParagraphs(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return `${sampleParagraphs[n % sampleParagraphs.length]} (${n})`;
  });
}

const join = (paragraphs: readonly string[]) => paragraphs.join('\n\n');

describe('createAnalyser reuses what did not change', () => {
  it('reads every paragraph on the first call, none on the same text again', () => {
    const analyser = createAnalyser();
    const text = join(articleParagraphs(100));
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    expect(analyser.stats()).toMatchObject({ paragraphs: 100, read: 100, reused: 0, cached: 100 });
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    expect(analyser.stats()).toMatchObject({ paragraphs: 100, read: 0, reused: 100, cached: 100 });
  });

  it('after one paragraph is appended to a 100-paragraph article, reads only the new one and the one before it', () => {
    const analyser = createAnalyser();
    const paragraphs = articleParagraphs(101);
    analyser.analyse(join(paragraphs.slice(0, 100)));
    const text = join(paragraphs);
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    // The former last paragraph is read again: the text no longer ends right after it.
    expect(analyser.stats()).toMatchObject({ paragraphs: 101, read: 2, reused: 99 });
  });

  it('after a word is edited in the middle, reads only that paragraph', () => {
    const analyser = createAnalyser();
    const paragraphs = articleParagraphs(100);
    analyser.analyse(join(paragraphs));
    const edited = [...paragraphs];
    edited[50] = edited[50].replace(/\bthe\b/, 'a');
    expect(edited[50]).not.toBe(paragraphs[50]);
    const text = join(edited);
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    expect(analyser.stats()).toMatchObject({ paragraphs: 100, read: 1, reused: 99 });
  });

  it('after paragraphs are inserted at the top (an infinite scroll upwards, a live blog\'s new post), reads only those', () => {
    const analyser = createAnalyser();
    const paragraphs = articleParagraphs(100, 3);
    analyser.analyse(join(paragraphs));
    const text = join([...articleParagraphs(3), ...paragraphs]);
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    // The three new ones, and the former first paragraph (the text no longer starts with it).
    expect(analyser.stats()).toMatchObject({ paragraphs: 103, read: 4, reused: 99 });
  });

  it('hands out Reports of its own: changing one does not change the next', () => {
    const analyser = createAnalyser();
    const text = join(articleParagraphs(30));
    const first = analyser.analyse(text);
    expect(first.attributions.length).toBeGreaterThan(0);
    expect(first.conditions.length).toBeGreaterThan(0);
    for (const a of first.attributions) {
      a.source.start = -1;
      a.source.text = 'changed';
      a.sentence.end = -1;
    }
    for (const c of first.conditions) c.clause.text = 'changed';
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
    expect(analyser.stats().reused).toBe(30);
  });

  it('keeps what a reused paragraph knows of its mentions ("they" far from unnamed people is no back-reference)', () => {
    // (A reused paragraph's subject "Employees" lost its "only a pronoun close after" mark: "They" three
    // sentences on then took it, as analysing from scratch does not.)
    const before = join([
      'Employees were told that layoffs will begin this week.',
      '“We have to make some cuts,” Jane Roe said in the email. “We will scale back.”',
      'A person familiar with the matter said notices will go out Monday.',
      'Acme declined to comment.',
    ]);
    const after = before.replace('Acme declined', 'They declined');
    const analyser = createAnalyser();
    analyser.analyse(before);
    const report = analyser.analyse(after);
    expect(analyser.stats().reused).toBe(3);
    expect(report).toStrictEqual(analyse(after));
    expect(report.attributions.map((a) => `${a.kind} ${a.source.text}`)).toContain('on-record They');
  });
});

describe('createAnalyser keeps its memory bounded', () => {
  it('holds only what the last call used', () => {
    const analyser = createAnalyser();
    analyser.analyse(join(articleParagraphs(100)));
    expect(analyser.stats().cached).toBe(100);
    const other = join(articleParagraphs(10, 500));
    analyser.analyse(other);
    expect(analyser.stats()).toMatchObject({ paragraphs: 10, read: 10, cached: 10 });
    expect(analyser.stats().cachedChars).toBeLessThan(2 * other.length);
  });

  it('on a live blog that keeps adding posts and dropping old ones, does not grow with its history', () => {
    const analyser = createAnalyser();
    const window = 40;
    let text = '';
    // A paragraph is also read again when a new post shows one of the words opening its sentences to be a name or a common word (`names.ts`).
    const openingNames = (paragraphs: readonly string[]) => {
      const whole = join(paragraphs);
      const { openings } = documentNames(whole, en.attributions.nameJoiners, en.attributions.nonNameCapitals);
      return new Map([...paragraphInputs(whole, splitParagraphs(whole), [], 'en', openings)].map((i) => [i.paragraph.text, `${i.names.join(' ')} | ${i.commonWords.join(' ')}`]));
    };
    let before = new Map<string, string>();
    for (let post = 0; post < 200; post++) {
      const paragraphs = articleParagraphs(Math.min(window, post + 1), Math.max(0, post + 1 - window));
      text = join(paragraphs);
      analyser.analyse(text);
      const now = openingNames(paragraphs);
      const renamed = [...now].filter(([p, names]) => before.has(p) && before.get(p) !== names).length;
      before = now;
      const stats = analyser.stats();
      expect(stats.read).toBeLessThanOrEqual((post < window ? 2 : 3) + renamed);
      expect(stats.cached).toBe(stats.paragraphs);
      expect(stats.cachedChars).toBeLessThan(2 * text.length);
    }
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
  });

  it('a quotation running on over hundreds of paragraphs does not make its keys hold the whole of it each', () => {
    // The newspaper convention: each paragraph reopens the quote, the last one closes it.
    const paragraphs = articleParagraphs(300).map((p) => `“${p.replace(/[“”"«»„‘’']/g, '')}`);
    paragraphs[299] += '”';
    const text = join(paragraphs);
    const analyser = createAnalyser();
    const report = analyser.analyse(text);
    expect(report).toStrictEqual(analyse(text));
    // One quotation from the first mark to the last (so every paragraph's context is all of it).
    expect(findQuotes(text, splitParagraphs(text))).toEqual([{ start: 0, end: text.length, withinParagraph: false }]);
    expect(analyser.stats().cachedChars).toBeLessThan(4 * text.length);
    expect(analyser.analyse(text)).toStrictEqual(analyse(text));
  });
});

describe('createAnalyser stays linear on degenerate inputs', () => {
  /** Per 10× the text, at most this many times the time (linear is 10, quadratic 100); generous, the machine is shared. */
  const MAX_GROWTH_PER_10X = 30;
  const cases: [string, (size: number) => string][] = [
    ['many one-word paragraphs', (size) => 'said\n\n'.repeat(size / 6)],
    ['one quotation reopened over every paragraph', (size) => `${'“Officials said it would work,\n\n'.repeat(size / 32)}end.”`],
    ['one paragraph, no breaks', (size) => 'Officials said the plan would work unless it failed, and '.repeat(size / 57)],
  ];
  it.each(cases)('%s: the first call and the one after an append', (_name, make) => {
    const texts = [make(50_000), make(500_000)];
    // The fastest of a few rounds for each size: other processes only ever add time.
    const best = texts.map(() => ({ first: Infinity, again: Infinity }));
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        const analyser = createAnalyser();
        let start = performance.now();
        analyser.analyse(text);
        best[i].first = Math.min(best[i].first, performance.now() - start);
        start = performance.now();
        analyser.analyse(`${text}\n\nA new paragraph, he said.`);
        best[i].again = Math.min(best[i].again, performance.now() - start);
      });
    }
    const [small, large] = best;
    expect(large.first / Math.max(small.first, 2)).toBeLessThan(MAX_GROWTH_PER_10X);
    expect(large.again / Math.max(small.again, 2)).toBeLessThan(MAX_GROWTH_PER_10X);
  }, 120_000);
});
