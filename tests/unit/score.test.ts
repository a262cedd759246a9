import { describe, expect, it } from 'vitest';
import { computeProfile } from '../../src/core/profile';
import type { Attribution, Condition, Kind, Report, SourceType } from '../../src/core/types';
import {
  assign,
  normalizeText,
  prf,
  scoreReport,
  sourcesShareWord,
  totalScore,
  wordOverlapF1,
  type Gold,
  type GoldAttribution,
  type GoldCondition,
} from '../../src/report/score';

/** A hand-made attribution: only the fields scoring reads carry meaning. */
function attribution(sentence: string, source: string, kind: Kind, type: SourceType = 'person'): Attribution {
  const span = (text: string) => ({ text, start: 0, end: text.length });
  return {
    id: 'a', kind, type, source: span(source), cue: span('said'), sentence: span(sentence),
    quote: null, reason: null, refersTo: null,
  };
}

function condition(clause: string): Condition {
  const span = (text: string) => ({ text, start: 0, end: text.length });
  return { id: 'c', marker: span(clause.split(' ')[0]), clause: span(clause), sentence: span(clause), attribution: null, holder: null, via: [] };
}

function report(attributions: Attribution[], conditions: Condition[] = []): Report {
  return {
    schema: 2,
    page: { url: '', outlet: null, analysedAt: '', tool: 'SourceLens test' }, input: '', title: '', language: 'en', article: { text: '', words: 0, paragraphs: 0 },
    attributions, conditions, sources: [], chain: [],
    profile: computeProfile([], [], []),
  };
}

function gold(attributions: GoldAttribution[], conditions: GoldCondition[] = []): Gold {
  return { page: 'x.html', language: 'en', attributions, conditions };
}

function goldAttribution(anchor: string, source: string, kind: GoldAttribution['kind'], extra: Partial<GoldAttribution> = {}): GoldAttribution {
  return { anchor, source, cue: 'said', kind, type: 'person', ...extra };
}

describe('text normalisation (§5)', () => {
  it('applies NFKC, straightens quotes, collapses white space and lower-cases', () => {
    expect(normalizeText('  The “Oﬃce”\u00a0of   Putin’s\n\tAide ')).toBe('the "office" of putin\'s aide');
  });

  it('matches a gold anchor with curly quotes inside a sentence with straight ones', () => {
    const r = report([attribution('"It is over," Putin\'s aide said on Monday.', "Putin's aide", 'on-record')]);
    const g = gold([goldAttribution('Putin’s aide said', 'Putin’s aide', 'on-record')]);
    expect(scoreReport(r, g).attributions).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });
});

describe('sources sharing a word', () => {
  it('ignores articles and prepositions, and the possessive', () => {
    expect(sourcesShareWord("Putin's spokesman, Dmitry Peskov", 'Peskov')).toBe(true);
    expect(sourcesShareWord('Putin', "Putin's spokesman")).toBe(true);
    expect(sourcesShareWord('the newspaper', 'the Kremlin')).toBe(false);
    expect(sourcesShareWord('sources in Russia', 'officials in the Kremlin')).toBe(false);
    expect(sourcesShareWord('Three sources familiar with the talks', 'sources')).toBe(true);
  });

  it('requires the anchor inside the reported sentence and a shared source word', () => {
    const sentence = 'Peskov said the talks were over.';
    const g = gold([goldAttribution('Peskov said', 'Dmitry Peskov', 'on-record')]);
    expect(scoreReport(report([attribution(sentence, 'Peskov', 'on-record')]), g).attributions.tp).toBe(1);
    expect(scoreReport(report([attribution(sentence, 'the talks', 'on-record')]), g).attributions.tp).toBe(0);
    expect(scoreReport(report([attribution('Peskov spoke.', 'Peskov', 'on-record')]), g).attributions.tp).toBe(0);
  });
});

describe('one-to-one maximum matching', () => {
  it('finds the matching a first-come greedy pairing would lose', () => {
    const sentence = 'Smith and Jones said, and Smith added, that it was over.';
    // r0 fits both gold items, r1 only the first: greedy r0→g0 leaves r1 alone.
    const reported = [
      attribution(sentence, 'Smith and Jones', 'on-record'),
      attribution(sentence, 'Smith', 'on-record'),
    ];
    const g = gold([
      goldAttribution('Smith added', 'Smith', 'on-record'),
      goldAttribution('Smith and Jones said', 'Jones', 'on-record'),
    ]);
    const score = scoreReport(report(reported), g);
    expect(score.attributions).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('never pairs one gold item with two findings', () => {
    const sentence = 'Peskov said it, Peskov said.';
    const reported = [attribution(sentence, 'Peskov', 'on-record'), attribution(sentence, 'Peskov', 'on-record')];
    const score = scoreReport(report(reported), gold([goldAttribution('Peskov said it', 'Peskov', 'on-record')]));
    expect(score.attributions).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('prefers pairs whose kinds agree among matchings of the same size', () => {
    const sentence = 'The official and the aide said so.';
    // Both findings fit both gold items: two matchings of size 2, one with both kinds right.
    const reported = [
      attribution(sentence, 'the official and the aide', 'on-record'),
      attribution(sentence, 'the official and the aide', 'anonymous'),
    ];
    const g = gold([
      goldAttribution('The official and the aide said', 'the official', 'anonymous'),
      goldAttribution('The official and the aide said', 'the aide', 'on-record'),
    ]);
    const score = scoreReport(report(reported), g);
    expect(score.kindAccuracy).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(score.anonymous).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('solves a larger random assignment as well as brute force', () => {
    // Deterministic pseudo-random bipartite graphs; compare the matched count with exhaustive search.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 30; round++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 6);
      const edges = Array.from({ length: rows }, () => Array.from({ length: cols }, () => random() < 0.35));
      const pairs = assign(
        Array.from({ length: rows }, (_, i) => i),
        Array.from({ length: cols }, (_, j) => j),
        (r, g) => (edges[r][g] ? { required: true, kindAgrees: false, typeAgrees: false, closeness: 0 } : null),
      );
      const best = (r: number, used: Set<number>): number => {
        if (r === rows) return 0;
        let top = best(r + 1, used);
        for (let g = 0; g < cols; g++) {
          if (!edges[r][g] || used.has(g)) continue;
          used.add(g);
          top = Math.max(top, 1 + best(r + 1, used));
          used.delete(g);
        }
        return top;
      };
      expect(pairs.length).toBe(best(0, new Set()));
      expect(new Set(pairs.map(([, g]) => g)).size).toBe(pairs.length);
      for (const [r, g] of pairs) expect(edges[r][g]).toBe(true);
    }
  });
});

describe('optional gold items', () => {
  const sentence = 'Putin said, which Putin said again, that it was over.';

  it('are removed from both counts when matched, and ignored when missed', () => {
    const g = gold([
      goldAttribution('Putin said, which', 'Putin', 'on-record'),
      goldAttribution('which Putin said', 'Putin', 'on-record', { optional: true }),
    ]);
    const both = scoreReport(report([attribution(sentence, 'Putin', 'on-record'), attribution(sentence, 'Putin', 'on-record')]), g);
    expect(both.attributions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(both.onRecord).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const one = scoreReport(report([attribution(sentence, 'Putin', 'on-record')]), g);
    expect(one.attributions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('give way to required items when one finding could match either', () => {
    const g = gold([
      goldAttribution('which Putin said', 'Putin', 'on-record', { optional: true }),
      goldAttribution('Putin said, which', 'Putin', 'on-record'),
    ]);
    const score = scoreReport(report([attribution(sentence, 'Putin', 'on-record')]), g);
    expect(score.attributions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('anonymous and on-record scores', () => {
  const s1 = 'A senior official said the deal was close.';
  const s2 = 'Peskov said it was not.';
  const s3 = 'Critics said it was a trap.';

  it('count only matches whose kinds agree', () => {
    const g = gold([
      goldAttribution('A senior official said', 'A senior official', 'anonymous'),
      goldAttribution('Peskov said', 'Peskov', 'on-record'),
      goldAttribution('Critics said', 'Critics', 'anonymous'),
    ]);
    const r = report([
      attribution(s1, 'A senior official', 'anonymous'),
      attribution(s2, 'Peskov', 'on-record'),
      attribution(s3, 'Critics', 'on-record'), // found, wrong kind
      attribution('Reuters reported it.', 'Reuters', 'on-record'), // spurious
    ]);
    const score = scoreReport(r, g);
    expect(score.attributions).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(score.anonymous).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(score.onRecord).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(score.kindAccuracy).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(score.details.spuriousAttributions.map((a) => a.source.text)).toEqual(['Reuters']);
  });

  it('treat gold "either" as found or missed, but never judge its kind', () => {
    const g = gold([goldAttribution('Critics said', 'Critics', 'either')]);
    const found = scoreReport(report([attribution(s3, 'Critics', 'anonymous')]), g);
    expect(found.attributions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(found.anonymous).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(found.onRecord).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(found.kindAccuracy.total).toBe(0);
    expect(found.typeAccuracy).toEqual({ correct: 1, total: 1, accuracy: 1 });
    const missed = scoreReport(report([]), g);
    expect(missed.attributions).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(missed.anonymous).toMatchObject({ fn: 0 });
    expect(missed.onRecord).toMatchObject({ fn: 0 });
  });

  it('measure type accuracy over matches', () => {
    const g = gold([goldAttribution('Peskov said', 'Peskov', 'on-record', { type: 'person' })]);
    const score = scoreReport(report([attribution(s2, 'Peskov', 'on-record', 'organization')]), g);
    expect(score.typeAccuracy).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });
});

describe('conditions', () => {
  it('word-overlap F1 counts words as bags', () => {
    expect(wordOverlapF1('if they are not present', 'if they are not present')).toBe(1);
    expect(wordOverlapF1('if it rains', 'unless it snows')).toBeCloseTo(1 / 3);
    expect(wordOverlapF1('if if', 'if')).toBeCloseTo(2 / 3);
    expect(wordOverlapF1('', 'if')).toBe(0);
  });

  it('match at word-overlap F1 of 0.5 and not below', () => {
    const g = gold([], [{ marker: 'if', text: 'if Kyiv and the West do not respond' }]);
    const close = scoreReport(report([], [condition('if Kyiv and the West do not respond to the proposals')]), g);
    expect(close.conditions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // "if Kyiv agrees" against the gold: overlap 2 of 3 and 2 of 8 words, F1 = 0.36.
    const far = scoreReport(report([], [condition('if Kyiv agrees')]), g);
    expect(far.conditions).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(far.details.missedConditions).toEqual(g.conditions);
  });

  it('straighten quotes before comparing', () => {
    const g = gold([], [{ marker: 'provided that', text: 'provided that Kyiv recognizes the “borders”' }]);
    const score = scoreReport(report([], [condition('provided that Kyiv recognizes the "borders"')]), g);
    expect(score.details.conditionMatches[0].overlap).toBe(1);
  });

  it('leave optional conditions out of the counts', () => {
    const g = gold([], [
      { marker: 'as long as', text: 'as long as he needs to', optional: true },
      { marker: 'while', text: 'while Zelensky is in power', optional: true },
    ]);
    const score = scoreReport(report([], [condition('as long as he needs to')]), g);
    expect(score.conditions).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });
});

describe('figures', () => {
  it('derive precision, recall and F1 from counts', () => {
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('pool the counts of pages (micro-average)', () => {
    const g1 = gold([goldAttribution('Peskov said', 'Peskov', 'on-record')]);
    const g2 = gold([goldAttribution('Critics said', 'Critics', 'anonymous')]);
    const p1 = scoreReport(report([attribution('Peskov said it was not.', 'Peskov', 'on-record')]), g1);
    const p2 = scoreReport(report([]), g2);
    const total = totalScore([p1, p2]);
    expect(total.attributions).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(total.anonymous).toMatchObject({ tp: 0, fn: 1 });
    expect(total.kindAccuracy).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });
});
