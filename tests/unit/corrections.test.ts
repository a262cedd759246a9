import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { applyCorrections, findingText, readCorrections, staleCorrections, undoCorrections, type Correction, type CorrectionAction } from '../../src/report/corrections';
import { computeProfile } from '../../src/core/profile';
import { sourceOf } from '../../src/report/vocabulary';

const samplePath = path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html');
const article = extractArticle(parseHtml(readFileSync(samplePath, 'utf8')))!;
const seed: Report = analyse(article.text, { title: article.title, input: samplePath });

/** A correction of the seed's first attribution whose source reads `words`, as the panel makes it. */
function correct(words: string, action: CorrectionAction): Correction {
  const attribution = seed.attributions.find((a) => a.source.text === words);
  if (!attribution) throw new Error(`the seed has no attribution by "${words}"`);
  return { finding: attribution.id, text: findingText(attribution), ...action };
}

function idOf(words: string): string {
  return correct(words, { action: 'remove' }).finding;
}

/** What must hold of any corrected Report: each attribution in exactly one source, the profile its findings' own. */
function expectConsistent(report: Report): void {
  const ids = report.attributions.map((a) => a.id);
  const listed = report.sources.flatMap((s) => s.attributions);
  expect([...listed].sort()).toEqual([...ids].sort());
  for (const source of report.sources) {
    expect(source.attributions.length).toBeGreaterThan(0);
    // Each other wording once, each naming an attribution of the voice worded so.
    expect(new Set(source.mentions.map((m) => m.text)).size).toBe(source.mentions.length);
    for (const mention of source.mentions) {
      expect(source.attributions).toContain(mention.attribution);
      expect(report.attributions.find((a) => a.id === mention.attribution)?.source.text).toBe(mention.text);
    }
  }
  const sourceIds = report.sources.map((s) => s.id);
  for (const condition of report.conditions) {
    if (condition.holder !== null) expect(sourceIds).toContain(condition.holder);
    for (const id of condition.via) expect(sourceIds).toContain(id);
  }
  for (const link of report.chain) {
    if (link.source !== null) expect(sourceIds).toContain(link.source);
    if (link.via !== null) expect(ids).toContain(link.via);
  }
  for (const condition of report.conditions) if (condition.attribution !== null) expect(ids).toContain(condition.attribution);
  expect(report.profile).toEqual(computeProfile(report.attributions, report.conditions, report.sources));
}

describe('corrections', () => {
  it('leave the Report as analysed when there are none', () => {
    const corrected = applyCorrections(seed, []);
    expect({ ...corrected, corrections: undefined }).toEqual({ ...seed, corrections: undefined });
    expect(corrected.corrections).toEqual([]);
    expectConsistent(seed);
  });

  it('"not an attribution" takes the finding out, its source with it when it had no other, and recounts', () => {
    const removed = correct('One source', { action: 'remove' });
    const corrected = applyCorrections(seed, [removed]);
    expect(corrected.attributions.map((a) => a.id)).not.toContain(removed.finding);
    expect(corrected.profile.attributions).toBe(seed.profile.attributions - 1);
    expect(corrected.profile.anonymous).toBe(seed.profile.anonymous - 1);
    expect(corrected.profile.sources).toBe(seed.profile.sources - 1);
    // The condition it set is now the article's own.
    const held = seed.conditions.filter((c) => c.attribution === removed.finding);
    expect(held.length).toBeGreaterThan(0);
    for (const condition of held) expect(corrected.conditions.find((c) => c.id === condition.id)?.attribution).toBeNull();
    expect(corrected.corrections).toEqual([removed]);
    expectConsistent(corrected);
  });

  it('"change kind" and "change type" hold for the whole source, every attribution of it marked corrected', () => {
    const reuters = seed.sources.find((s) => s.name === 'Reuters')!;
    expect(reuters.attributions.length).toBeGreaterThan(1);
    const corrected = applyCorrections(seed, [correct('Reuters', { action: 'kind', kind: 'anonymous' }), correct('Reuters', { action: 'type', type: 'organization' })]);
    expect(corrected.sources.find((s) => s.id === reuters.id)).toMatchObject({ kind: 'anonymous', type: 'organization' });
    for (const id of reuters.attributions) expect(corrected.attributions.find((a) => a.id === id)).toMatchObject({ kind: 'anonymous', type: 'organization', corrected: true });
    expect(corrected.profile.anonymous).toBe(seed.profile.anonymous + reuters.attributions.length);
    expect(corrected.attributions.filter((a) => a.corrected).length).toBe(reuters.attributions.length);
    expectConsistent(corrected);
  });

  it('"the same source as…" merges the attribution into the other source, which it takes its kind and type from', () => {
    const as = idOf('The Kremlin');
    const merge = correct('Moscow', { action: 'same-source', as, asText: 'The Kremlin' });
    const corrected = applyCorrections(seed, [merge]);
    const kremlin = corrected.attributions.find((a) => a.id === as)!;
    const moved = corrected.attributions.find((a) => a.id === merge.finding)!;
    expect(sourceOf(corrected, moved)).toBe(sourceOf(corrected, kremlin));
    expect(sourceOf(corrected, kremlin)?.attributions).toEqual([merge.finding, as]);
    expect(moved.corrected).toBe(true);
    expect(sourceOf(corrected, kremlin)?.mentions).toEqual([{ attribution: merge.finding, text: 'Moscow', why: 'reader' }]);
    // The condition Moscow set is now the Kremlin's.
    const set = seed.conditions.filter((c) => c.attribution === merge.finding);
    expect(set.length).toBeGreaterThan(0);
    for (const condition of set) expect(corrected.conditions.find((c) => c.id === condition.id)?.holder).toBe(sourceOf(corrected, kremlin)?.id);
    // Joining the voice it is in already changes nothing.
    const already = seed.sources.find((s) => s.attributions.length > 1)!;
    const [first, second] = already.attributions;
    const text = (id: string) => seed.attributions.find((a) => a.id === id)!.source.text;
    expect(applyCorrections(seed, [{ finding: second, text: text(second), action: 'same-source', as: first, asText: text(first) }]).corrections).toEqual([]);
    expect(corrected.profile.sources).toBe(seed.profile.sources - 1);
    expect(corrected.profile.attributions).toBe(seed.profile.attributions);
    expectConsistent(corrected);
  });

  it('a later correction of the same finding wins, and undo brings the analysed profile back', () => {
    const twice = [correct('One source', { action: 'kind', kind: 'on-record' }), correct('One source', { action: 'kind', kind: 'anonymous' })];
    expect(applyCorrections(seed, twice).profile).toEqual(seed.profile);
    const corrections = [correct('One source', { action: 'remove' }), correct('Moscow', { action: 'type', type: 'person' })];
    const undone = undoCorrections(corrections, corrections[0].finding);
    expect(undone).toEqual([corrections[1]]);
    expect(applyCorrections(seed, undoCorrections(undone, corrections[1].finding)).profile).toEqual(seed.profile);
  });

  it('removes a condition that is not one', () => {
    const condition = seed.conditions[0];
    const corrected = applyCorrections(seed, [{ finding: condition.id, text: findingText(condition), action: 'remove' }]);
    expect(corrected.profile.conditions).toBe(seed.profile.conditions - 1);
    expect(corrected.conditions.map((c) => c.id)).not.toContain(condition.id);
    expectConsistent(corrected);
  });

  it('never puts a correction on other words: a changed article leaves it stale, and one that makes no sense is skipped', () => {
    const stale: Correction = { ...correct('One source', { action: 'remove' }), text: 'words the article no longer has' };
    const kindOfCondition: Correction = { finding: seed.conditions[0].id, text: findingText(seed.conditions[0]), action: 'kind', kind: 'anonymous' };
    const ontoItself = correct('Moscow', { action: 'same-source', as: idOf('Moscow'), asText: 'Moscow' });
    const removed = correct('Moscow', { action: 'remove' });
    const ontoRemoved = correct('Putin', { action: 'same-source', as: removed.finding, asText: 'Moscow' });
    const corrected = applyCorrections(seed, [stale, kindOfCondition, ontoItself, removed, ontoRemoved]);
    expect(corrected.corrections).toEqual([removed]);
    expect(staleCorrections(seed, [stale, removed])).toEqual([stale]);
    expect(corrected.profile.attributions).toBe(seed.profile.attributions - 1);
    expectConsistent(corrected);
  });
});

describe('stored corrections', () => {
  it('are read back field by field, and what is not a correction is dropped', () => {
    const good: Correction[] = [
      correct('One source', { action: 'remove' }),
      correct('Moscow', { action: 'kind', kind: 'anonymous' }),
      correct('Moscow', { action: 'type', type: 'group' }),
      correct('Zelenskiy, who', { action: 'same-source', as: idOf('Putin'), asText: 'Putin' }),
    ];
    expect(readCorrections(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(readCorrections([{ ...good[0], extra: 'dropped' }])).toEqual([good[0]]);
    expect(readCorrections([{ ...good[1], kind: 'secret' }, { ...good[2], type: 'robot' }, { ...good[0], finding: 'x1' }, { action: 'remove' }, null, 'a1'])).toEqual([]);
    expect(readCorrections(undefined)).toEqual([]);
    expect(readCorrections({ a1: 'remove' })).toEqual([]);
  });
});
