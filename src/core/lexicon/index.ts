import { en } from './en';
import type { Lexicon } from './types';

const lexicons: Record<string, Lexicon> = { en };

/** The lexicon for a BCP 47 tag ("en-GB" → en); English where there is none yet. */
export function lexiconFor(language: string | undefined): Lexicon {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0];
  return lexicons[primary] ?? en;
}
