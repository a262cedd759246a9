import type { Lexicon } from './types';

/** English. Sections are filled by the engine modules that read them. */
export const en: Lexicon = {
  language: 'en',
  sentences: {
    abbreviations: [],
  },
  conditions: {
    markers: [],
  },
  attributions: {
    cueVerbs: [],
  },
};
