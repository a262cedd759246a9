/** Reading the generated lists and the gazetteer, whose words are packed into strings to keep them small. */
import type { ConditionMarker } from './types';

/** A space-separated list's words. */
export const wordsOf = (list: string): string[] => list.split(' ');

/** The one-word names of a gazetteer list ("|"-separated): the engine reads names a word at a time. */
export const oneWordNames = (list: { names: string }): string[] => list.names.split('|').filter((name) => !name.includes(' '));

/**
 * English nouns with their regular plurals ("union" → "unions", "party" → "parties", "branch" →
 * "branches"), for typed lists that give singulars: a list read word for word must hold both forms.
 */
export function withEnglishPlurals(nouns: readonly string[]): string[] {
  const plural = (w: string) =>
    /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z)$/.test(w) ? w + 'es' : w + 's';
  return [...new Set(nouns.flatMap((w) => [w, plural(w)]))];
}

/** A generated verb list's forms without each group's first word, the infinitive ("сказати сказав|…" → "сказав", …). */
export const formsAfterLemma = (list: { forms: string }): string[] => list.forms.split('|').flatMap((group) => group.split(' ').slice(1));

/** The heads of the condition markers written with a comma ("за умови, що" → "за умови"): the words before the comma. */
export const headsBeforeComma = (markers: readonly ConditionMarker[]): string[] =>
  markers.filter((m) => m.phrase.includes(',')).map((m) => m.phrase.slice(0, m.phrase.indexOf(',')));

/** Each of `verbForms` before each of `nouns`: a verb's forms with the objects that make it a cue ("висловив сумнів"). */
export const verbObjectPhrases = (verbForms: readonly string[], nouns: readonly string[]): string[] =>
  verbForms.flatMap((verb) => nouns.map((noun) => `${verb} ${noun}`));

/**
 * The condition traps of the anonymity bargain written as a clause after each of `markers`, where the source's name is
 * not to be given ("за умови, що його ім'я не називатимуть", "при условии, что мы не будем называть его фамилию"): a
 * possessive and a noun for a name (the word classes `possessive`, `nameNoun`) beside the language's `negation`.
 */
export const anonymityBargainTraps = (markers: readonly string[], negation: string): string[] =>
  markers.flatMap((marker) => [`{possessive} {nameNoun} ${negation}`, `${negation} * {possessive} {nameNoun}`, `${negation} * * {possessive} {nameNoun}`,
    `* ${negation} * {possessive} {nameNoun}`, `* ${negation} * * {possessive} {nameNoun}`].map((words) => `[${marker}] ${words}`));
