import { en } from './en';
import { ru } from './ru';
import type { Lexicon } from './types';
import { uk } from './uk';

const lexicons: Record<string, Lexicon> = { en, uk, ru };

/** The languages with a lexicon of their own (BCP 47 primary subtags). */
export const supportedLanguages: readonly string[] = Object.keys(lexicons);

/** The lexicon for a BCP 47 tag ("en-GB" → en); English where there is none yet. */
export function lexiconFor(language: string | undefined): Lexicon {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0];
  return lexicons[primary] ?? en;
}
