/** Reading the generated lists and the gazetteer, whose words are packed into strings to keep them small. */

/** A space-separated list's words. */
export const wordsOf = (list: string): string[] => list.split(' ');

/** The one-word names of a gazetteer list ("|"-separated): the engine reads names a word at a time. */
export const oneWordNames = (list: { names: string }): string[] => list.names.split('|').filter((name) => !name.includes(' '));

/** A generated verb list's forms without each group's first word, the infinitive ("сказати сказав|…" → "сказав", …). */
export const formsAfterLemma = (list: { forms: string }): string[] => list.forms.split('|').flatMap((group) => group.split(' ').slice(1));
