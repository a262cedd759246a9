/**
 * Which language a text is in, among those the analyser has a lexicon for
 * (en, uk, ru): by script first (Latin or Cyrillic), then, within Cyrillic,
 * by the letters and frequent words only Ukrainian or only Russian has. No
 * library: the three lexicons' `identification` profiles are all it takes,
 * and a page's own `lang` is kept unless its text says otherwise.
 */
import { en } from './lexicon/en';
import { ru } from './lexicon/ru';
import { uk } from './lexicon/uk';
import type { Span } from './types';

/** Letters a text needs before its language is judged (fewer: undecided). */
const MIN_LETTERS_ARTICLE = 20;
/** A paragraph needs a few words more to override its article's language. */
const MIN_LETTERS_PARAGRAPH = 25;
/** Share of letters a script needs to be the text's script. */
const SCRIPT_MAJORITY = 0.6;
/** How much of a long text is looked at (characters): enough to judge, linear in any case. */
const SAMPLE_LENGTH = 20_000;
/** Frequent English words per word of a Latin text for it to be English (other Latin languages have no lexicon). */
const MIN_ENGLISH_WORD_SHARE = 0.08;

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}’'-]+/gu;

/** Letters and frequent words of one Cyrillic language and not the other; words of English texts (the lexicons' `identification`). */
const UKRAINIAN_LETTERS = new Set(uk.identification.distinctiveLetters);
const RUSSIAN_LETTERS = new Set(ru.identification.distinctiveLetters);
const UKRAINIAN_WORDS = new Set(uk.identification.frequentWords);
const RUSSIAN_WORDS = new Set(ru.identification.frequentWords);
const ENGLISH_WORDS = new Set(en.identification.frequentWords);

/** The part of a text its language is judged on: all that `detectLanguage` and `resolveLanguage` read of it. */
export function languageSample(text: string): string {
  return text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
}

/**
 * The language of a text (a BCP 47 primary subtag: "en", "uk", "ru"), or
 * null when it is too short or in a script or language with no lexicon.
 */
export function detectLanguage(text: string, minLetters = MIN_LETTERS_ARTICLE): string | null {
  const sample = languageSample(text);
  let latin = 0;
  let cyrillic = 0;
  let letters = 0;
  let ukrainian = 0;
  let russian = 0;
  for (const ch of sample) {
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) {
      cyrillic++;
      const lower = ch.toLowerCase();
      if (UKRAINIAN_LETTERS.has(lower)) ukrainian++;
      else if (RUSSIAN_LETTERS.has(lower)) russian++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  letters += latin + cyrillic;
  if (letters < minLetters) return null;
  if (cyrillic >= letters * SCRIPT_MAJORITY) {
    for (const m of sample.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (UKRAINIAN_WORDS.has(w)) ukrainian++;
      else if (RUSSIAN_WORDS.has(w)) russian++;
    }
    if (ukrainian === russian) return null;
    return ukrainian > russian ? 'uk' : 'ru';
  }
  if (latin >= letters * SCRIPT_MAJORITY) {
    let words = 0;
    let english = 0;
    for (const m of sample.matchAll(WORD)) {
      words++;
      if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
    }
    return english >= words * MIN_ENGLISH_WORD_SHARE ? 'en' : null;
  }
  return null;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The language to analyse a text in: the declared one (a page's `lang`,
 * the caller's option) unless the text plainly is in another language
 * the analyser knows; the detected one when nothing is declared; English
 * when neither says.
 */
export function resolveLanguage(text: string, declared?: string): string {
  const detected = detectLanguage(text);
  if (!declared) return detected ?? 'en';
  if (detected !== null && detected !== primary(declared)) return detected;
  return declared;
}

/**
 * The language to read one paragraph in: its own when it is plainly in
 * another language than the article's (a Ukrainian teaser on an English
 * page), else the article's.
 */
export function paragraphLanguage(paragraphText: string, articleLanguage: string): string {
  const detected = detectLanguage(paragraphText, MIN_LETTERS_PARAGRAPH);
  return detected !== null && detected !== primary(articleLanguage) ? detected : articleLanguage;
}

/**
 * The paragraphs of an article grouped by their `paragraphLanguage`. Groups
 * keep the paragraphs' order; the article's language comes first.
 */
export function paragraphsByLanguage(text: string, paragraphs: readonly Span[], articleLanguage: string): Map<string, Span[]> {
  const groups = new Map<string, Span[]>([[articleLanguage, []]]);
  for (const p of paragraphs) {
    const language = paragraphLanguage(text.slice(p.start, p.end), articleLanguage);
    let group = groups.get(language);
    if (!group) groups.set(language, (group = []));
    group.push(p);
  }
  return groups;
}
