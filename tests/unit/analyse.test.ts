import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { analyse } from '../../src/core/analyse';
import type { Report, Span } from '../../src/core/types';

/** Every span of a report points at its own text. */
function spansOf(report: Report): Span[] {
  const spans: Span[] = [];
  for (const a of report.attributions) {
    spans.push(a.source, a.cue, a.sentence);
    if (a.quote) spans.push(a.quote);
    if (a.reason) spans.push(a.reason);
  }
  for (const c of report.conditions) spans.push(c.marker, c.clause, c.sentence);
  return spans;
}

function expectValid(report: Report) {
  const text = report.article.text;
  for (const s of spansOf(report)) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  report.attributions.forEach((a, i) => expect(a.id).toBe(`a${i + 1}`));
  report.conditions.forEach((c, i) => expect(c.id).toBe(`c${i + 1}`));
  for (let i = 1; i < report.attributions.length; i++) {
    const prev = report.attributions[i - 1];
    const cur = report.attributions[i];
    expect(Math.min(cur.source.start, cur.cue.start)).toBeGreaterThanOrEqual(Math.min(prev.source.start, prev.cue.start));
  }
}

describe('analyse: the report', () => {
  it('fills the schema-2 envelope from the options', () => {
    const r = analyse('Police said the road was closed.', {
      input: 'x.txt', title: 'T', language: 'en-GB', url: 'https://example.org/a', outlet: 'Example', analysedAt: '2026-12-04T10:12:00.000Z',
    });
    expect(r.schema).toBe(2);
    expect(r.page).toEqual({ url: 'https://example.org/a', outlet: 'Example', analysedAt: '2026-12-04T10:12:00.000Z', tool: `SourceLens ${version}` });
    // The analyser reads no clock: without a time from its caller it says none.
    expect(analyse('Police said so.').page).toEqual({ url: '', outlet: null, analysedAt: '', tool: `SourceLens ${version}` });
    expect(r.input).toBe('x.txt');
    expect(r.title).toBe('T');
    expect(r.language).toBe('en-GB');
    expect(r.article.words).toBe(6);
    expect(r.article.paragraphs).toBe(1);
    expect(r.profile.attributions).toBe(1);
    expectValid(r);
  });

  it('counts paragraphs by blank lines, else by lines', () => {
    expect(analyse('One.\n\nTwo.\nstill two.\n\n\nThree.').article.paragraphs).toBe(3);
    expect(analyse('One.\nTwo.\n\nnope'.replace('\n\n', '\n')).article.paragraphs).toBe(3);
  });

  it('returns a valid empty report for an empty string', () => {
    const r = analyse('');
    expect(r.attributions).toEqual([]);
    expect(r.article.words).toBe(0);
    expect(r.profile.anonymousShare).toBe(0);
  });
});
