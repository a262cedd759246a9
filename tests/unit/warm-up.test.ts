import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { supportedLanguages } from '../../src/core/lexicon';
import { WARM_UP_TEXTS } from '../../extension/background/warm-up';

describe('the background\'s warm-up texts', () => {
  // Warming pays off only if it runs the paths a real article takes: cues of saying and conditions, in each language.
  for (const [language, text] of Object.entries(WARM_UP_TEXTS)) {
    it(`in ${language}, reach attributions and a condition`, () => {
      const report = analyse(text, { language });
      expect(report.attributions.length).toBeGreaterThan(0);
      expect(report.conditions.length).toBeGreaterThan(0);
    });
  }

  it('cover every language with a lexicon of its own', () => {
    expect(Object.keys(WARM_UP_TEXTS).sort()).toEqual([...supportedLanguages].sort());
  });
});
