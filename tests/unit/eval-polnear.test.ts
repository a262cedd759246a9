import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePolnear, parseAnn, polnearAvailable } from '../../src/cli/eval/polnear';
import { DEFAULT_CORPUS_DIR } from '../../src/cli/eval/sourcing';

/** A corpus folder holding one made-up dev article in PolNeAR's layout. */
function miniCorpus(text: string, ann: string, kinds: object[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'polnear-'));
  const dev = path.join(root, 'polnear', 'dev');
  mkdirSync(path.join(dev, 'text'), { recursive: true });
  mkdirSync(path.join(dev, 'attributions'), { recursive: true });
  writeFileSync(path.join(dev, 'text', 'a.txt'), text);
  writeFileSync(path.join(dev, 'attributions', 'a.ann'), ann);
  writeFileSync(path.join(dev, 'kinds.jsonl'), kinds.map((k) => JSON.stringify(k)).join('\n'));
  return root;
}

describe('PolNeAR scorer', () => {
  it('reads brat spans, including spans written in pieces', () => {
    const gold = parseAnn('T1\tSource 0 4;10 14\tJohn Smith\nT2\tCue 15 19\tsaid\nT3\tAttribution 15 19\tsaid\nE1\tAttribution:T3 Cue:T2 Source:T1\n');
    expect(gold).toEqual([{ cue: [{ start: 15, end: 19 }], cueText: 'said', source: [{ start: 0, end: 4 }, { start: 10, end: 14 }], sourceText: 'John Smith' }]);
  });

  it('scores cue+source and kinds as the README says', () => {
    //           0         1         2         3         4         5         6         7
    //           0123456789012345678901234567890123456789012345678901234567890123456789012345678
    const text = 'Officials said the plan failed. Jane Doe said it worked. The dog wanted a bone.';
    const ann = [
      'T1\tSource 0 9\tOfficials', 'T2\tCue 10 14\tsaid', 'E1\tAttribution:T9 Cue:T2 Source:T1',
      'T3\tSource 32 40\tJane Doe', 'T4\tCue 41 45\tsaid', 'E2\tAttribution:T10 Cue:T4 Source:T3',
      'T5\tSource 56 63\tThe dog', 'T6\tCue 64 70\twanted', 'E3\tAttribution:T11 Cue:T6 Source:T5',
    ].join('\n');
    const root = miniCorpus(text, ann, [
      { id: 'dev/a:10', kind: 'anonymous' },
      { id: 'dev/a:41', kind: 'on-record' },
    ]);
    const e = evaluatePolnear(root);
    expect(e.articles).toBe(1);
    // "wanted" is no core cue: two gold attributions count for recall.
    expect(e.coreGold).toBe(2);
    expect(e.cueSource.recall).toBe(1);
    expect(e.cueSource.precision).toBe(1);
    expect(e.anonymous.f1).toBe(1);
    expect(e.onRecord.f1).toBe(1);
    expect(e.kindAccuracy).toBe(1);
  });

  it('counts a found attribution of the wrong kind against both kinds', () => {
    const text = 'Officials said the plan failed.';
    const root = miniCorpus(text, 'T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nE1\tAttribution:T3 Cue:T2 Source:T1\n', [
      { id: 'dev/a:10', kind: 'on-record' },
    ]);
    const e = evaluatePolnear(root);
    expect(e.cueSource.f1).toBe(1);
    expect(e.onRecord.recall).toBe(0);
    expect(e.anonymous.precision).toBe(0);
    expect(e.kindAccuracy).toBe(0);
    expect(e.errors.map((m) => m.what)).toEqual(['wrong kind']);
  });
});

/**
 * The floor reached on PolNeAR's dev split (measured 2026-12-05, thirteenth
 * session: cue+source 0.934, anonymous 0.872, on-record 0.928, kind accuracy
 * 0.995; cut to two decimals). Raise it when the analyser improves; never
 * lower it to pass.
 */
const FLOOR = { cueSourceF1: 0.93, anonymousF1: 0.87, onRecordF1: 0.92, kindAccuracy: 0.99 } as const;

const present = polnearAvailable(DEFAULT_CORPUS_DIR);
if (!present) console.warn(`eval-polnear: floor skipped, no PolNeAR dev split under ${DEFAULT_CORPUS_DIR}`);

describe.skipIf(!present)('PolNeAR dev floor', () => {
  it('stays at or above the floor reached', () => {
    expect(existsSync(DEFAULT_CORPUS_DIR)).toBe(true);
    const e = evaluatePolnear(DEFAULT_CORPUS_DIR);
    expect(e.articles).toBe(84);
    expect(e.cueSource.f1).toBeGreaterThanOrEqual(FLOOR.cueSourceF1);
    expect(e.anonymous.f1).toBeGreaterThanOrEqual(FLOOR.anonymousF1);
    expect(e.onRecord.f1).toBeGreaterThanOrEqual(FLOOR.onRecordF1);
    expect(e.kindAccuracy ?? 0).toBeGreaterThanOrEqual(FLOOR.kindAccuracy);
  });
});
