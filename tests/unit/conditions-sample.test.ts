import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';

/**
 * The conditions of the bundled sample article (samples/, the one allowed
 * copy of a corpus page), end to end through the extractor and the
 * analyser's own sentences: every proviso, and none of its traps
 * ("fight as long as he needs to" is duration, "while Zelensky is in power"
 * is time).
 */
const SAMPLE = path.resolve(__dirname, '../../samples/seed-unn-putin-conditions.html');

describe('conditions of the bundled sample article', () => {
  const article = extractArticle(parseHtml(readFileSync(SAMPLE, 'utf8'), 'https://example.invalid/'));
  const report = analyse(article?.text ?? '', { language: 'en' });

  it('finds each proviso with its whole clause, in text order', () => {
    expect(report.conditions.map((c) => c.clause.text)).toEqual([
      'provided that Kyiv recognizes the “borders” that currently form the front line',
      // The page has no-break spaces here, and the text keeps them.
      'provided that Kyiv recognizes\u00a0the "borders"\u00a0along the front line',
      "if Kyiv and the West do not respond to Russia's proposals for negotiations",
      'unless Russia bypasses him and makes a deal with Washington',
      'if they are not present',
    ]);
  });

  it('gives spans that point into the analysed text', () => {
    for (const c of report.conditions) {
      expect(report.article.text.slice(c.clause.start, c.clause.end)).toBe(c.clause.text);
      expect(report.article.text.slice(c.marker.start, c.marker.end)).toBe(c.marker.text);
      expect(c.clause.start).toBe(c.marker.start);
      expect(c.sentence.start).toBeLessThanOrEqual(c.clause.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.clause.end);
    }
  });

  it('reports neither the durational "as long as" nor the temporal "while"', () => {
    const clauses = report.conditions.map((c) => c.clause.text).join(' | ');
    expect(report.article.text).toContain('as long as he needs to');
    expect(clauses).not.toContain('as long as');
    expect(clauses).not.toContain('while');
  });
});
