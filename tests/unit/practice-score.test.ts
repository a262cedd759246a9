import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { practiceCounts, practiceTargets, scorePractice, type PracticeKind, type StudentMark } from '../../src/page/practice/score';

const TEXT =
  'The port will close next year, a senior official said. The mayor, Anna Berg, said the city would pay for repairs ' +
  'provided that the state agrees. Talks will resume unless the union objects, according to people familiar with the matter.';
const report = analyse(TEXT, {});

let nextId = 1;
/** A student mark over the first occurrence of `words` (after `from` when given). */
function mark(kind: PracticeKind, words: string, from = 0): StudentMark {
  const start = TEXT.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { id: nextId++, kind, start, end: start + words.length };
}

describe('practice scoring', () => {
  it('asks for the anonymous attributions and the conditions of the Report, nothing on-record', () => {
    const anonymous = report.attributions.filter((a) => a.kind === 'anonymous').map((a) => a.id);
    const targets = practiceTargets(report);
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    expect(report.conditions.length).toBeGreaterThanOrEqual(2);
    expect(targets.filter((t) => t.kind === 'anonymous').map((t) => t.findingId)).toEqual(anonymous);
    expect(targets.filter((t) => t.kind === 'condition').map((t) => t.findingId)).toEqual(report.conditions.map((c) => c.id));
  });

  it('counts a mark on the source, or on the cue alone, as finding the anonymous attribution', () => {
    const onSource = scorePractice(report, [mark('anonymous', 'senior official')]);
    expect(onSource.found.map((f) => f.target.findingId)).toEqual(['a1']);
    const onCue = scorePractice(report, [mark('anonymous', 'according to')]);
    expect(onCue.found.map((f) => f.target.findingId)).toEqual(['a4']);
    expect(onCue.overMarked).toEqual([]);
  });

  it('counts a condition found by its marker or by any word of its clause', () => {
    const score = scorePractice(report, [mark('condition', 'provided'), mark('condition', 'union objects')]);
    expect(score.found.map((f) => f.target.findingId).sort()).toEqual(['c1', 'c2']);
    expect(score.missed.filter((t) => t.kind === 'condition')).toEqual([]);
  });

  it('over-marks a mark of the wrong kind, an on-record source marked anonymous, and words that are nothing', () => {
    const wrongKind = mark('condition', 'senior official');
    const onRecord = mark('anonymous', 'Anna Berg');
    const nothing = mark('anonymous', 'port will close');
    const score = scorePractice(report, [wrongKind, onRecord, nothing]);
    expect(score.found).toEqual([]);
    expect(score.overMarked.map((m) => m.id).sort()).toEqual([wrongKind.id, onRecord.id, nothing.id].sort());
    expect(score.missed.length).toBe(practiceTargets(report).length);
  });

  it('finds each finding at most once: a second mark on it is a repeat, not a second find nor over-marking', () => {
    const first = mark('anonymous', 'a senior official');
    const second = mark('anonymous', 'said', TEXT.indexOf('official'));
    const score = scorePractice(report, [first, second]);
    expect(score.found).toHaveLength(1);
    expect(score.repeated.map((m) => m.id)).toEqual([second.id]);
    expect(score.overMarked).toEqual([]);
  });

  it('lets one mark find one finding only, and still gives each mark the finding it alone can reach', () => {
    // A mark over the two last sentences overlaps a condition and an anonymous attribution of another kind…
    const wide = mark('condition', 'provided that the state agrees. Talks will resume unless the union objects');
    const whole = scorePractice(report, [wide]);
    expect(whole.found).toHaveLength(1);
    // …and with a second mark on c1 alone, the matching gives c1 to it and c2 to the wide mark.
    const narrow = mark('condition', 'provided');
    const both = scorePractice(report, [wide, narrow]);
    expect(both.found.map((f) => [f.target.findingId, f.mark.id]).sort()).toEqual([
      ['c1', narrow.id],
      ['c2', wide.id],
    ]);
  });

  it('counts per kind: targets, found, missed and over-marked', () => {
    const marks = [mark('anonymous', 'senior official'), mark('condition', 'unless'), mark('condition', 'next year')];
    const counts = practiceCounts(report, scorePractice(report, marks));
    expect(counts).toEqual({
      targets: { anonymous: 2, condition: 2 },
      found: { anonymous: 1, condition: 1 },
      missed: { anonymous: 1, condition: 1 },
      overMarked: { anonymous: 0, condition: 1 },
    });
  });
});
