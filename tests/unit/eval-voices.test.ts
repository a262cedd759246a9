import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { DEFAULT_GOLD_DIR, evaluateSourcing } from '../../src/cli/eval/sourcing';
import { scoreReport, type Gold } from '../../src/report/score';
import { checkVoiceAnnotation, sameOutletName, scoreVoices, totalVoiceScore } from '../../src/report/voice-score';

/**
 * The floor the voice evaluation has reached over ../shared/corpus/gold with
 * tests/fixtures/voices: measured on the committed tree (2026-12-04 05:34
 * UTC: B-cubed F1 0.973, P 0.983, R 0.964; chains right on 9 of 11 pages),
 * cut to two decimals. Raise them when the analyser improves; never lower
 * them to pass.
 */
const FLOOR = { voicesF1: 0.97, chainsCorrect: 9 } as const;

const corpusPresent = existsSync(DEFAULT_GOLD_DIR);

describe.skipIf(!corpusPresent)('voice evaluation floor (../shared/corpus/gold + tests/fixtures/voices)', () => {
  it('scores every annotated page and stays at or above the floor (and the issue’s goal of 0.95)', async () => {
    const { pages, voices } = await evaluateSourcing();
    expect(pages.filter((p) => p.voices !== null).length).toBe(pages.length);
    expect(voices).not.toBeNull();
    expect(voices!.f1).toBeGreaterThanOrEqual(FLOOR.voicesF1);
    expect(voices!.f1).toBeGreaterThanOrEqual(0.95);
    expect(voices!.chainsCorrect).toBeGreaterThanOrEqual(FLOOR.chainsCorrect);
    const seed = pages.find((p) => p.name === 'seed-unn-putin-conditions')!;
    expect(seed.voices!.chainCorrect).toBe(true);
  });
});

describe('B-cubed over voices', () => {
  const text = 'Anna Berg said the plant would close. Berg said jobs would go. A union official said talks continue.';
  const gold: Gold = {
    page: 'x.txt',
    language: 'en',
    attributions: [
      { anchor: 'Anna Berg said', source: 'Anna Berg', cue: 'said', kind: 'on-record', type: 'person' },
      { anchor: 'Berg said', source: 'Berg', cue: 'said', kind: 'on-record', type: 'person' },
      { anchor: 'A union official said', source: 'A union official', cue: 'said', kind: 'anonymous', type: 'person' },
    ],
    conditions: [],
  };
  const report = analyse(text);
  const matches = scoreReport(report, gold).details.attributionMatches;
  const annotation = (voices: string[]) => ({ gold: 'x.json', chain: [], voices: gold.attributions.map((a, i) => ({ anchor: a.anchor, voice: voices[i] })) });

  it('is 1 when the report groups as the annotation does', () => {
    expect(matches.length).toBe(3);
    const score = scoreVoices(report, gold, annotation(['berg', 'berg', 'official']), matches);
    expect(totalVoiceScore([score])).toMatchObject({ precision: 1, recall: 1, f1: 1, chainsCorrect: 1 });
  });

  it('loses precision when the report joins what the annotation keeps apart', () => {
    // Annotated as three voices; the report has two (Berg twice): each Berg mention shares its voice with one other.
    const total = totalVoiceScore([scoreVoices(report, gold, annotation(['a', 'b', 'c']), matches)]);
    expect(total.recall).toBe(1);
    expect(total.precision).toBeCloseTo((0.5 + 0.5 + 1) / 3, 10);
  });

  it('names a stale annotation and what to do', () => {
    const stale = JSON.stringify({ gold: 'x.json', chain: [], voices: [{ anchor: 'Someone else said', voice: 'v' }] });
    expect(() => checkVoiceAnnotation('x.json', stale, gold)).toThrow(/x\.json: its anchors no longer follow .*annotate the changed gold attributions again/);
    expect(() => checkVoiceAnnotation('x.json', '{', gold)).toThrow(/x\.json: not a readable voice annotation/);
  });

  it('matches chain names across a host and a display name, not across different outlets', () => {
    expect(sameOutletName('cbsnews.com', 'CBS News')).toBe(true);
    expect(sameOutletName('The Real Deal New York', 'The Real Deal')).toBe(true);
    expect(sameOutletName('POLYGRAPH.info', 'Polygraph.info')).toBe(true);
    expect(sameOutletName('U.S.', 'Reuters')).toBe(false);
  });
});
