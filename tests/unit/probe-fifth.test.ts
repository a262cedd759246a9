import { describe, expect, it } from 'vitest';
import { fifth as ru } from './probe-fifth-ru';
import { fifth as uk } from './probe-fifth-uk';
import { probeDiff } from './probe-helpers';

/**
 * The fifth uk/ru probe is held out: its misses are never read for rules, only counted. Measured on
 * 2026-12-05: 17 of 25 Ukrainian and 17 of 25 Russian cases read (13 and 16 with the session's starting
 * code). A floor: raise it when rules drawn from elsewhere read more; never lower it to pass.
 */
const FLOOR = { uk: 17, ru: 17 } as const;

describe('the held-out fifth uk/ru probe', () => {
  it.each([
    ['uk', uk],
    ['ru', ru],
  ] as const)('%s: reads at least the floor', (language, cases) => {
    expect(cases).toHaveLength(25);
    const read = cases.filter((c) => probeDiff(c, language).length === 0).length;
    expect(read).toBeGreaterThanOrEqual(FLOOR[language]);
  });
});
