// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { scoreReport, type Gold } from '../../src/report/score';

const repoRoot = path.resolve(__dirname, '../..');
const samplePath = path.join(repoRoot, 'samples/seed-unn-putin-conditions.html');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const seedGold = path.join(corpusDir, 'gold/seed-unn-putin-conditions.json');

function seedReport() {
  const article = extractArticle(parseHtml(readFileSync(samplePath, 'utf8')));
  expect(article).not.toBeNull();
  return analyse(article!.text, { title: article!.title, input: samplePath });
}

describe('analyse end to end on the bundled seed sample', () => {
  const report = seedReport();
  const pairs = report.attributions.map((a) => `${a.source.text} | ${a.cue.text} | ${a.kind}`);

  it('finds the attributions a reader would point out, with their kinds', () => {
    // Written from reading the article: each source, its cue and its kind.
    for (const expected of [
      'Reuters | reported | on-record',
      'sources in Russia | citing | anonymous',
      'UNN | reports | on-record',
      'the newspaper | According to | on-record',
      "Three sources familiar with the discussions in Putin's inner circle | told | anonymous",
      'another senior Russian source | said | anonymous',
      "Putin's spokesman, Dmitry Peskov | said | on-record",
      'two sources familiar with conversations in the highest echelons of power in the Kremlin | According to | anonymous',
      'The publication | notes | on-record',
      'One source familiar with the Russian president | said | anonymous',
      'Reuters | notes | on-record',
      'Ukrainian President Volodymyr Zelenskyy | stated | on-record',
      'One source | believes | anonymous',
      'U.S. Secretary of State Anthony Blinken | told | on-record',
      'Zelenskiy, who | said | on-record',
      'Moscow | said | on-record',
      'The Kremlin | says | on-record',
    ]) {
      expect(pairs).toContain(expected);
    }
  });

  it('attributes the direct quotes and does not count "Putin believes" (no informant)', () => {
    const quoted = report.attributions.filter((a) => a.quote !== null).map((a) => a.source.text);
    expect(quoted).toEqual(['another senior Russian source', 'Putin']);
    expect(report.attributions.some((a) => a.cue.text === 'believes' && a.source.text === 'Putin')).toBe(false);
  });

  it('marks nothing in the page furniture (counter, teasers, tags, sidebar)', () => {
    for (const a of report.attributions) expect(a.sentence.text).not.toMatch(/[\u0400-\u04FF]/);
    expect(report.article.text).not.toMatch(/переглядів|переглядiв/);
  });

  it('links conditions to the attribution whose content holds them', () => {
    const unless = report.conditions.find((c) => c.marker.text === 'unless');
    expect(unless).toBeDefined();
    const owner = report.attributions.find((a) => a.id === unless!.attribution);
    expect(owner?.source.text).toBe('One source');
  });
});

describe.skipIf(!existsSync(seedGold))('analyse on the seed against its gold file', () => {
  if (!existsSync(seedGold)) console.warn(`skipped: ${seedGold} is absent (the shared corpus is not beside this checkout)`);
  it('finds every required gold attribution with the right kind, and nothing spurious', () => {
    const gold = JSON.parse(readFileSync(seedGold, 'utf8')) as Gold;
    const score = scoreReport(seedReport(), gold);
    expect(score.details.missedAttributions).toEqual([]);
    expect(score.details.spuriousAttributions.map((a) => a.sentence.text)).toEqual([]);
    expect(score.kindAccuracy.correct).toBe(score.kindAccuracy.total);
  });
});
