/**
 * The checks the property tests share: what `spec/report.md` promises of
 * every Report, checked without knowing the article.
 */
import { expect } from 'vitest';
import type { Report, Span } from '../../src/core/types';
import { computeProfile } from '../../src/core/profile';

const KINDS = new Set(['anonymous', 'on-record']);
const SOURCE_TYPES = new Set(['person', 'organization', 'publication', 'document', 'group']);
const WHY = new Set(['same name', 'variant', 'apposition', 'role', 'pronoun', 'back-reference']);

/** Every rule of `spec/report.md` a Report can be checked against without knowing the article. */
export function expectValidReport(report: Report, text: string): void {
  expect(report.schema).toBe(2);
  expect(Object.keys(report.page)).toEqual(['url', 'outlet', 'analysedAt', 'tool']);
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
  const holders: [string, string | null, string[]][] = [];
  report.conditions.forEach((c, i) => {
    expect(c.id).toBe(`c${i + 1}`);
    expectSpan(c.marker, `${c.id}.marker`);
    expectSpan(c.clause, `${c.id}.clause`);
    expectSpan(c.sentence, `${c.id}.sentence`);
    expect(c.clause.start <= c.marker.start && c.marker.end <= c.clause.end, `${c.id} marker in clause`).toBe(true);
    if (c.attribution !== null) expect(attributionIds.has(c.attribution), `${c.id}.attribution`).toBe(true);
    holders.push([c.id, c.holder, c.via]);
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
    // Schema 2: one entry per voice; each mention after the first says why it is the same voice.
    const mentioned = new Set(s.mentions.map((m) => m.attribution));
    expect(mentioned.size, `${s.id} mentions`).toBe(s.mentions.length);
    expect(mentioned.size, `${s.id} mentions`).toBeLessThan(Math.max(1, s.attributions.length));
    for (const id of mentioned) expect(s.attributions.includes(id), `${s.id} mentions ${id}`).toBe(true);
    for (const m of s.mentions) expect(WHY.has(m.why), `${s.id} ${m.why}`).toBe(true);
  });
  for (const [id, holder, via] of holders) {
    if (holder !== null) expect(sourceIds.has(holder), `${id}.holder`).toBe(true);
    for (const v of via) expect(sourceIds.has(v), `${id}.via`).toBe(true);
  }
  for (const link of report.chain) {
    if (link.source !== null) expect(sourceIds.has(link.source), `chain ${link.name}`).toBe(true);
    if (link.via !== null) expect(attributionIds.has(link.via), `chain ${link.name} via`).toBe(true);
  }
  // Every attribution is credited to exactly one source.
  expect([...credited].sort()).toEqual([...attributionIds].sort());
  for (const a of report.attributions) if (a.refersTo !== null) expect(sourceIds.has(a.refersTo), `${a.id}.refersTo`).toBe(true);

  expect(report.profile).toEqual(computeProfile(report.attributions, report.conditions, report.sources));
  // The Report is plain JSON: it survives a round trip unchanged.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}
