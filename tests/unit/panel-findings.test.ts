import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { currentFinding } from '../../extension/content/current-finding';
import { findingsInTextOrder, type Finding } from '../../src/report/findings';

describe('the findings in text order', () => {
  it('lists every attribution and condition of a real article once, by where it starts', () => {
    const report = analyse('Putin is ready to talk provided that Kyiv agrees, a senior source said. Peskov said talks would start if the West agreed. Reuters reported.', { language: 'en' });
    const findings = findingsInTextOrder(report);
    expect(findings.map((f) => f.id).sort()).toEqual([...report.attributions, ...report.conditions].map((f) => f.id).sort());
    expect(report.conditions.length).toBeGreaterThan(0);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The condition of the first sentence comes before the second sentence's attribution.
    const condition = findings.findIndex((f) => f.kind === 'condition');
    const peskov = findings.findIndex((f) => f.kind === 'attribution' && f.attribution.source.text === 'Peskov');
    expect(condition).toBeGreaterThanOrEqual(0);
    expect(condition).toBeLessThan(peskov);
  });
});

describe('the finding the reader is at', () => {
  const findings = Array.from({ length: 40 }, (_, index): Finding => ({
    id: `a${index + 1}`,
    kind: 'attribution',
    start: index * 100,
    end: index * 100 + 10,
    attribution: null as never,
  }));
  /** Finding i lies 50 px below finding i-1; the page is scrolled by `scrollY`. */
  const measureAt = (scrollY: number, missing = new Set<string>()) => {
    const measured: string[] = [];
    const measure = (finding: Finding) => {
      measured.push(finding.id);
      if (missing.has(finding.id)) return null;
      const top = finding.start / 2 - scrollY;
      return { top, bottom: top + 20 };
    };
    return { measure, measured };
  };

  it('is the first finding not above the viewport, found with a few measurements', () => {
    const { measure, measured } = measureAt(1000);
    // Finding 21 (top 1000) is the first whose bottom is below the viewport's top.
    expect(currentFinding(findings, measure, 600)).toBe('a21');
    expect(measured.length).toBeLessThanOrEqual(8);
    expect(currentFinding(findings, measureAt(0).measure, 600)).toBe('a1');
    expect(currentFinding(findings, measureAt(1005).measure, 600)).toBe('a21');
    expect(currentFinding(findings, measureAt(1025).measure, 600)).toBe('a22');
  });

  it('is null when no finding is in view, and passes findings not in the page', () => {
    expect(currentFinding(findings, measureAt(5000).measure, 600)).toBeNull();
    // Scrolled to 0 but the first mark starts below a tall header: none in view yet.
    expect(currentFinding(findings, measureAt(-700).measure, 600)).toBeNull();
    expect(currentFinding(findings, measureAt(1000, new Set(['a21', 'a22'])).measure, 600)).toBe('a23');
    expect(currentFinding([], measureAt(0).measure, 600)).toBeNull();
  });
});
