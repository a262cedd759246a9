/**
 * Huge inputs: the shape that overflowed the stack (a paragraph with very
 * many findings, appended with `push(...findings)`), and a 10 MB paragraph
 * and a 10 MB article analysed in time linear in their length: four times
 * the text may take at most twice four times as long (a quadratic step would
 * take sixteen). Slow by nature (tens of seconds in all), so each runs once.
 */
import { describe, expect, it } from 'vitest';
import { longArticleHtml } from '../../src/cli/bench/long-article';
import { analyse } from '../../src/core/analyse';
import { createAnalyser } from '../../src/core/incremental';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';

const MB = 1024 * 1024;
/** Four times the text in at most this many times the time: linear is 4, with room for a busy machine. */
const MAX_TIME_RATIO = 8;

/** An article's text (the bench's long article: real sentences with attributions and conditions), `separator` between its paragraphs, cut to `chars`. */
function proseOf(chars: number, separator: string): string {
  const article = extractArticle(parseHtml(longArticleHtml(200_000), 'https://example.invalid/'));
  if (!article) throw new Error('the long article has no article');
  const paragraphs = article.text.split(/\n+/);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    parts.push(paragraph);
    length += paragraph.length + separator.length;
  }
  return parts.join(separator).slice(0, chars);
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

/** Analyses a quarter of `text` and then all of it; the time ratio, and the whole text's Report. */
function timeRatio(text: string) {
  const quarter = text.slice(0, text.length / 4);
  const small = timed(() => analyse(quarter));
  const large = timed(() => analyse(text));
  return { ratio: large.ms / small.ms, small: small.result, large: large.result, ms: large.ms };
}

describe('huge inputs', () => {
  it('a paragraph of 160,000 conditional sentences, the shape that overflowed the stack, in the background\'s analyser', () => {
    const text = 'It will close if it rains. '.repeat(160_000);
    // One paragraph: its findings reach the article's lists in one append.
    expect(text).not.toContain('\n');
    const report = createAnalyser().analyse(text);
    expect(report.conditions).toHaveLength(160_000);
    expect(report.conditions.at(-1)!.marker.text).toBe('if');
  }, 180_000);

  it('a 10 MB paragraph, in linear time', () => {
    const text = proseOf(10 * MB, ' ');
    expect(text).not.toContain('\n');
    const { ratio, small, large, ms } = timeRatio(text);
    console.info(`10 MB paragraph: ${Math.round(ms)} ms, ${large.attributions.length} attributions, ${ratio.toFixed(1)}× a quarter's time`);
    expect(large.attributions.length).toBeGreaterThan(3 * small.attributions.length);
    expect(ratio).toBeLessThan(MAX_TIME_RATIO);
  }, 300_000);

  it('a 10 MB article, in linear time', () => {
    const text = proseOf(10 * MB, '\n\n');
    const { ratio, small, large, ms } = timeRatio(text);
    console.info(`10 MB article: ${Math.round(ms)} ms, ${large.attributions.length} attributions, ${ratio.toFixed(1)}× a quarter's time`);
    expect(large.conditions.length).toBeGreaterThan(3 * small.conditions.length);
    expect(ratio).toBeLessThan(MAX_TIME_RATIO);
  }, 300_000);
});
