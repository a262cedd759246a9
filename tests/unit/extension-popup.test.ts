import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Attribution, Report, Source } from '../../src/core/types';
import { computeProfile } from '../../src/core/profile';
import { chainSummary, conditionHolder, exportFileName, groupSources, kindShares, practiceSummary } from '../../extension/popup/summary';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

function attribution(id: string, kind: Attribution['kind'], type: Attribution['type'], refersTo: string | null = null): Attribution {
  return { id, kind, type, source: span('x', 0), cue: span('said', 2), sentence: span('x said', 0), quote: null, reason: null, refersTo };
}

/** A small Report written by hand: two anonymous groups, a named person cited twice (once as "he"), an outlet. */
function handReport(): Report {
  const attributions = [
    attribution('a1', 'on-record', 'person'),
    attribution('a2', 'anonymous', 'group'),
    attribution('a3', 'on-record', 'person', 's1'),
    attribution('a4', 'on-record', 'publication'),
    attribution('a5', 'anonymous', 'group'),
  ];
  const sources: Source[] = [
    { id: 's1', name: 'Dmitry Peskov', descriptor: "Putin's spokesman", kind: 'on-record', type: 'person', attributions: ['a1', 'a3'], mentions: [] },
    { id: 's2', name: 'sources familiar with the talks', descriptor: null, kind: 'anonymous', type: 'group', attributions: ['a2'], mentions: [] },
    { id: 's3', name: 'Reuters', descriptor: null, kind: 'on-record', type: 'publication', attributions: ['a4'], mentions: [] },
    { id: 's4', name: 'two officials', descriptor: null, kind: 'anonymous', type: 'group', attributions: ['a5'], mentions: [] },
  ];
  const conditions = [
    { id: 'c1', marker: span('if', 10), clause: span('if talks start', 10), sentence: span('x', 0), attribution: 'a3', holder: 's1', via: ['s3'] },
    { id: 'c2', marker: span('unless', 30), clause: span('unless it rains', 30), sentence: span('x', 0), attribution: null, holder: null, via: [] },
  ];
  return {
    schema: 2,
    page: { url: '', outlet: null, analysedAt: '', tool: 'SourceLens test' },
    input: '',
    title: 'Putin ready for talks to end war, but has conditions - Reuters',
    language: 'en',
    article: { text: '', words: 0, paragraphs: 0 },
    attributions,
    conditions,
    sources,
    chain: [],
    profile: computeProfile(attributions, conditions, sources),
  };
}

describe('the popup summary', () => {
  it('puts the chain on top: its links, then the anonymous voices and the named ones that are not its outlets', () => {
    const report = { ...handReport(), chain: [{ source: null, name: 'UNN', via: null }, { source: 's3', name: 'Reuters', via: 'a4' }] };
    expect(chainSummary(report)).toEqual({ links: ['UNN', 'Reuters'], anonymousVoices: 2, namedVoices: 1 });
    // The page's own outlet cited by name ("UNN reports") is not one of the named voices below the chain either.
    const ownCited = { ...report, page: { ...report.page, outlet: 'Reuters' }, chain: [{ source: null, name: 'Reuters', via: null }] };
    expect(chainSummary(ownCited)?.namedVoices).toBe(1);
    expect(chainSummary({ ...ownCited, page: { ...ownCited.page, outlet: 'Other' } })?.namedVoices).toBe(2);
    expect(chainSummary(handReport())).toBeNull();
  });

  it('groups sources anonymous first, then by type, the most cited first', () => {
    const groups = groupSources(handReport());
    expect(groups.map((g) => `${g.kind}/${g.type}`)).toEqual(['anonymous/group', 'on-record/person', 'on-record/publication']);
    expect(groups[0].sources.map((s) => s.id)).toEqual(['s2', 's4']);
    expect(groups[1].sources[0].name).toBe('Dmitry Peskov');
  });

  it('says whose a condition is and through whom the article knows it, and null for the article’s own', () => {
    const report = handReport();
    expect(conditionHolder(report, report.conditions[0])).toEqual({ holder: report.sources[0], via: ['Reuters'] });
    expect(conditionHolder(report, report.conditions[1])).toEqual({ holder: null, via: [] });
  });

  it('splits the shares into whole percentages that add up to 100', () => {
    expect(kindShares(handReport())).toEqual({ anonymous: 40, onRecord: 60 });
    const none = { ...handReport(), profile: computeProfile([], [], []) };
    expect(kindShares(none)).toEqual({ anonymous: 0, onRecord: 0 });
  });

  it('sums a practice check up in one sentence, all kinds together', () => {
    const counts = {
      targets: { anonymous: 6, condition: 5 },
      found: { anonymous: 1, condition: 2 },
      missed: { anonymous: 5, condition: 3 },
      overMarked: { anonymous: 1, condition: 4 },
    };
    const said: unknown[][] = [];
    const sentence = practiceSummary(counts, (key, ...substitutions) => {
      said.push([key, ...substitutions]);
      return `${key}:${substitutions.join(',')}`;
    });
    expect(sentence).toBe('practiceSummary:3,11,8,5');
    expect(said).toEqual([['practiceSummary', 3, 11, 8, 5]]);
  });

  it('names export files after the title', () => {
    expect(exportFileName(handReport(), 'json')).toBe('sourcelens-putin-ready-for-talks-to-end-war-but-has-conditions-reuters.json');
    expect(exportFileName({ ...handReport(), title: '' }, 'md')).toBe('sourcelens-report.md');
    expect(exportFileName({ ...handReport(), title: 'Зеленський: «Мир»'.normalize('NFD') }, 'md')).toBe('sourcelens-зеленський-мир.md');
  });

  it('lists every source with an attribution once, on a real analysed article', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8')
      .replace(/<[^>]+>/g, ' ');
    const report = analyse(text, { language: 'en' });
    const listed = groupSources(report).flatMap((g) => g.sources.map((s) => s.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(report.sources.filter((s) => s.attributions.length > 0).map((s) => s.id).sort());
  });
});
