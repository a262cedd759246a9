import { describe, expect, it } from 'vitest';
import { reportFor, runPipeline } from '../../src/cli/pipeline';

/** A page built by a script: no text in its blocks, its story only in its JSON-LD. */
const declaredOnly = `<html lang="en"><head><title>Council expands buses</title>
<script type="application/ld+json">${JSON.stringify({
  '@type': 'NewsArticle',
  articleBody: 'The council voted to expand the bus network, officials said. Critics said the cost had been understated.',
})}</script></head><body><div id="app"></div></body></html>`;

describe('the command line on a page whose article is only in its metadata', () => {
  it('analyses the declared articleBody', () => {
    const report = reportFor({ input: 'page.html', kind: 'html', content: declaredOnly, name: 'page.html' }, { analysedAt: '2026-01-01T00:00:00Z' });
    expect(report.title).toBe('Council expands buses');
    expect(report.article.text).toMatch(/^The council voted/);
    expect(report.attributions.map((attribution) => report.article.text.slice(attribution.cue.start, attribution.cue.end))).toEqual(['said', 'said']);
  });

  it('still says a page without one is no article', () => {
    const outcome = runPipeline(
      { input: 'index.html', kind: 'html', content: '<html><head><meta property="og:type" content="website"></head><body><div id="app"></div></body></html>', name: 'index.html' },
      { format: 'jsonl', color: false },
    );
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining("doesn't look like an article") });
  });
});
