import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, evaluateSourcing } from '../../src/cli/eval/sourcing';
import { UKRAINIAN_GOALS } from '../../src/cli/eval';

/**
 * The floor the Ukrainian gold (../shared/corpus/gold-uk) has reached:
 * measured 2026-12-04 (sixth session) at attribution F1 0.891, anonymous F1
 * 0.882, on-record F1 0.903, conditions F1 1.000; raised when the quoting cue's two parties were read
 * (attribution 0.902, anonymous 0.914), a body's stated view after a preposition (0.913), an inverted cue closed by a colon (0.923, on-record 0.921) and a modifier before the noun after the verb (attribution 0.933, anonymous 0.944), cut to two decimals (the issue's own goals,
 * 0.85 / 0.85 / 0.9, lie at or below). Raise it when the analyser improves;
 * never lower it to pass.
 */
const FLOOR = { attributionsF1: 0.93, anonymousF1: 0.94, onRecordF1: 0.92, conditionsF1: 1 };
const goldDir = path.resolve(DEFAULT_CORPUS_DIR, 'gold-uk');
const corpusPresent = existsSync(goldDir);
if (!corpusPresent) console.warn(`eval-uk-floor: skipped, the Ukrainian gold is not at ${goldDir} (it is present under CI)`);

describe.skipIf(!corpusPresent)('Ukrainian sourcing evaluation floor (../shared/corpus/gold-uk)', () => {
  it('analyses every Ukrainian gold page and meets the issue goals', async () => {
    const { pages, total } = await evaluateSourcing({ goldDir });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.error).map((p) => `${p.name}: ${p.error}`)).toEqual([]);
    expect(total.attributions.f1).toBeGreaterThanOrEqual(Math.max(FLOOR.attributionsF1, UKRAINIAN_GOALS.attributionsF1));
    expect(total.anonymous.f1).toBeGreaterThanOrEqual(Math.max(FLOOR.anonymousF1, UKRAINIAN_GOALS.anonymousF1));
    expect(total.onRecord.f1).toBeGreaterThanOrEqual(FLOOR.onRecordF1);
    expect(total.conditions.f1).toBeGreaterThanOrEqual(Math.max(FLOOR.conditionsF1, UKRAINIAN_GOALS.conditionsF1));
  });
});
