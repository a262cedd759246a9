/**
 * English inflected forms generated from a lemma: WordNet's exception lists
 * (noun.exc, verb.exc, read backwards) for the irregular ones, regular
 * spelling rules for the rest. The rules over-generate harmlessly where a
 * word could go either way ("-man" gives "-men" and "-mans"): the lists are
 * matched against text, and a form no text contains is never matched.
 */
import type { WordNet } from './wordnet';

function invert(exceptions: Map<string, string[]>): Map<string, string[]> {
  const byLemma = new Map<string, string[]>();
  for (const [form, lemmas] of exceptions) {
    for (const lemma of lemmas) {
      const forms = byLemma.get(lemma) ?? [];
      forms.push(form);
      byLemma.set(lemma, forms);
    }
  }
  return byLemma;
}

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(s|x|z|ch|sh)$/;

export interface EnglishForms {
  plurals(lemma: string): string[];
  /** Base, third person -s, past and past participle, -ing: every form a verb takes. */
  verbForms(lemma: string): string[];
}

export function englishForms(wn: WordNet): EnglishForms {
  const irregularNouns = invert(wn.exceptions.noun);
  const irregularVerbs = invert(wn.exceptions.verb);
  return {
    plurals(lemma) {
      // noun.exc's irregular plurals, and the regular one beside them: English keeps both for many nouns
      // ("brethren" and "brothers", "genii" and "geniuses"); where it keeps none ("childs") the form never occurs.
      const forms = new Set<string>(irregularNouns.get(lemma) ?? []);
      if (SIBILANT.test(lemma)) forms.add(`${lemma}es`);
      else if (CONSONANT_Y.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
      else forms.add(`${lemma}s`);
      if (lemma.endsWith('man')) forms.add(`${lemma.slice(0, -3)}men`);
      return [...forms].sort();
    },
    verbForms(lemma) {
      const forms = new Set<string>([lemma]);
      const irregular = irregularVerbs.get(lemma) ?? [];
      for (const form of irregular) forms.add(form);
      if (SIBILANT.test(lemma)) forms.add(`${lemma}es`);
      else if (CONSONANT_Y.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
      else forms.add(`${lemma}s`);
      // verb.exc holds the irregular pasts ("said", "told", "wrote" and
      // "written") and the doubled consonants ("admitted"): where it has a
      // past in -d/-t or two non -ing forms, the regular past is not English.
      // A lone participle ("shown") leaves the regular past ("showed").
      const irregularPasts = irregular.filter((form) => !form.endsWith('ing'));
      if (!irregularPasts.some((form) => /[dt]$/.test(form)) && irregularPasts.length < 2) {
        if (lemma.endsWith('e')) forms.add(`${lemma}d`);
        else if (CONSONANT_Y.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
        else forms.add(`${lemma}ed`);
      }
      if (!irregular.some((form) => form.endsWith('ing'))) {
        if (lemma.endsWith('ie')) forms.add(`${lemma.slice(0, -2)}ying`);
        else if (/[^aeioy]e$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ing`);
        else forms.add(`${lemma}ing`);
      }
      // verb.exc doubles a final "l" as British spelling does ("signalled"); American spelling, the most of
      // the news, keeps it single ("signaled", "labeling").
      if (lemma.endsWith('l') && irregular.includes(`${lemma}led`)) forms.add(`${lemma}ed`).add(`${lemma}ing`);
      return [...forms].sort();
    },
  };
}
