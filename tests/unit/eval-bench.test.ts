import { describe, expect, it } from 'vitest';
import { fitExponent, median, ratio, spread } from '../../src/cli/bench';

/** The arithmetic `npm run bench` reports with (the timings themselves are not testable). */
describe('bench arithmetic', () => {
  it('takes the median of odd and even counts without reordering its input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('fits the exponent of a power law', () => {
    const sizes = [1_000, 10_000, 100_000];
    expect(fitExponent(sizes, sizes.map((n) => 3 * n))).toBeCloseTo(1, 10);
    expect(fitExponent(sizes, sizes.map((n) => n * n))).toBeCloseTo(2, 10);
    expect(fitExponent(sizes, sizes.map((n) => 0.5 * Math.sqrt(n)))).toBeCloseTo(0.5, 10);
  });

  it('gives the median of per-page ratios and the ratio of the sums', () => {
    // Pages: ours 1, 2, 30 against theirs 10, 10, 10 → ratios 0.1, 0.2, 3.
    expect(ratio([1, 2, 30], [10, 10, 10])).toEqual({ median: 0.2, total: 33 / 30 });
  });

  it('spreads a sample over the whole set', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i);
    expect(spread(ids, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(spread(ids, 20)).toEqual(ids);
  });
});
