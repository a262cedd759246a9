/** A card says how the article knows its claim: the publishing outlet, the outlet it relays, the claim's voice. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { describeMark } from '../../src/page/overlay/card';
import { marksFromReport } from '../../src/page/overlay/marks';
import { findOutlet } from '../../src/page/outlet';
import { claimPath } from '../../src/report/vocabulary';

const html = readFileSync(new URL('../../samples/seed-unn-putin-conditions.html', import.meta.url), 'utf8');

function seedReport() {
  const doc = parseHtml(html, 'https://example.invalid/seed.html');
  const article = extractArticle(doc)!;
  return analyse(article.text, { input: 'seed', language: 'en', title: article.title, outlet: findOutlet(doc) });
}

const pathRow = (report: ReturnType<typeof seedReport>, source: string) => {
  const mark = marksFromReport(report).find((m) => m.finding.type !== 'condition' && 'attribution' in m.finding && m.finding.attribution.source.text === source)!;
  return describeMark(report, mark).rows.find((row) => row.label === 'Known through')?.value;
};

describe('the path on a card', () => {
  it('runs from the publishing outlet through the relayed outlet to the claim’s voice', () => {
    const report = seedReport();
    expect(report.page.outlet).toBe('UNN');
    expect(pathRow(report, 'Three sources familiar with the discussions in Putin\'s inner circle')).toBe(
      "UNN → Reuters → Three sources familiar with the discussions in Putin's inner circle",
    );
    expect(pathRow(report, 'Moscow')).toBe('UNN → Reuters → Moscow');
  });

  it('names each outlet once, and shows no path for a claim the page does not relay through another outlet', () => {
    const report = seedReport();
    const reuters = report.attributions.find((a) => a.source.text === 'Reuters')!;
    expect(claimPath(report, reuters)).toEqual(['UNN', 'Reuters']);
    expect(pathRow(report, 'Reuters')).toBeUndefined();
  });
});

describe('a merged mention on a card', () => {
  const row = (report: ReturnType<typeof seedReport>, source: string, label: string) => {
    const mark = marksFromReport(report).find((m) => m.finding.type === 'attribution' && m.finding.attribution.source.text === source)!;
    return describeMark(report, mark).rows.find((r) => r.label === label)?.value;
  };

  it('says which voice it was joined to and why ("the newspaper" is Reuters, referring back)', () => {
    const report = seedReport();
    expect(row(report, 'the newspaper', 'Same source as')).toBe('Reuters (refers back)');
    expect(row(report, 'the Kremlin leader', 'Same source as')).toBe('Putin (by role)');
    // The voice's own first mention joins nothing.
    expect(row(report, 'Three sources familiar with the discussions in Putin\'s inner circle', 'Same source as')).toBeUndefined();
  });
});
