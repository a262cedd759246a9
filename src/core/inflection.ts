/**
 * Word matching for inflected languages. A lexicon writes a word once
 * ("міністр", "заявив"); a word of the text matches it when the two differ
 * only by endings the language declares ("міністра" = "міністр" + "а",
 * "заявила" = "заяви" + "ла" and "заявив" = "заяви" + "в"). A language
 * without endings (English) matches words exactly.
 */

/** Distinct words a matcher remembers before it starts afresh. */
const MAX_MEMO = 50_000;

/** What a set of lexicon words answers. `Set<string>` is one. */
export interface WordMatcher {
  has(word: string): boolean;
}

export interface Inflection {
  /** Endings that may be stripped off a word to compare it with another. */
  endings: readonly string[];
  /** A stem shorter than this is never compared: short words match exactly. */
  minStem: number;
  /** A word's last letters and what they become before an ending (a fleeting vowel: "мешканець" → "мешканц-і"). */
  alternations?: readonly (readonly [string, string])[];
  /** A past's last letters and the present stem they stand for, read on a word of the text only (`pastStemAlternations`). */
  pastAlternations?: readonly (readonly [string, string])[];
  /**
   * Postfixes that make a verb reflexive ("-ся", "-сь"): a reflexive verb is another verb ("признался",
   * confessed, is not "признал", recognised), so a word and an entry match only when both have one or neither.
   */
  reflexives?: readonly string[];
}

/** Does the word end in one of the inflection's reflexive postfixes? */
function reflexive(word: string, inflection: Inflection): boolean {
  return inflection.reflexives?.some((x) => word.endsWith(x)) ?? false;
}

/**
 * The stems a word may have: itself, itself without each ending it carries, and its alternated stem; a word of the text
 * (`asText`) the present stem its past stands for too.
 */
function stems(word: string, inflection: Inflection, asText = false): string[] {
  const out = [word];
  for (const ending of inflection.endings) {
    if (word.length - ending.length >= inflection.minStem && word.endsWith(ending)) out.push(word.slice(0, -ending.length));
  }
  for (const [full, reduced] of [...(inflection.alternations ?? []), ...(asText ? inflection.pastAlternations ?? [] : [])]) {
    // (The stem it leaves is what is compared: "отец" → "отц", "отцов" → "отц".)
    if (word.length - full.length + reduced.length >= inflection.minStem && word.endsWith(full)) out.push(word.slice(0, -full.length) + reduced);
  }
  return out;
}

/**
 * A matcher that answers `quick` first and otherwise `slow`, once per word: words recur, and the memo is
 * bounded, so memory stays flat.
 */
function memoized(quick: (word: string) => boolean, slow: (word: string) => boolean): WordMatcher {
  const memo = new Map<string, boolean>();
  return {
    has: (word: string) => {
      if (quick(word)) return true;
      let known = memo.get(word);
      if (known === undefined) {
        if (memo.size >= MAX_MEMO) memo.clear();
        known = slow(word);
        memo.set(word, known);
      }
      return known;
    },
  };
}

/** Lexicon words as a matcher: exact for a language without endings, by shared stem otherwise. */
export function wordMatcher(words: readonly string[], inflection: Inflection | null): WordMatcher {
  const exact = new Set(words.map((w) => w.toLowerCase()));
  if (!inflection || inflection.endings.length === 0) return exact;
  // (Reflexive entries' stems apart: a word is compared with the entries that agree with it.)
  const stemSets = [new Set<string>(), new Set<string>()];
  for (const w of exact) for (const s of stems(w, inflection)) stemSets[reflexive(w, inflection) ? 1 : 0].add(s);
  return memoized((word) => exact.has(word), (word) => {
    const stemSet = stemSets[reflexive(word, inflection) ? 1 : 0];
    return stems(word, inflection, true).some((s) => stemSet.has(s));
  });
}

/**
 * A matcher that also knows the words derived from its own by a suffix before the ending, which replaces the
 * word's own ending where it has one: the feminine of a noun of persons ("режисерка", "синоптикині" from
 * "режисер", "синоптик"; "захисниця", "посадовиця" from "захисник", "посадовець").
 */
export function withSuffixed(words: WordMatcher, suffixes: readonly (readonly [string, string])[], inflection: Inflection | null): WordMatcher {
  if (!inflection || suffixes.length === 0) return words;
  return memoized((word) => words.has(word), (word) =>
    stems(word, inflection).some((s) => suffixes.some(([suffix, replaced]) => s.length - suffix.length >= inflection.minStem && s.endsWith(suffix) &&
      words.has(s.slice(0, -suffix.length) + replaced))));
}

/** Whether a word of the text is a form of a lexicon word. */
export function sameWord(word: string, entry: string, inflection: Inflection | null): boolean {
  if (word === entry) return true;
  if (!inflection || inflection.endings.length === 0) return false;
  // Forms of one word share at least their first `minStem` letters: most pairs end here.
  if (!word.startsWith(entry.slice(0, inflection.minStem)) || reflexive(word, inflection) !== reflexive(entry, inflection)) return false;
  const entryStems = stems(entry, inflection);
  return stems(word, inflection, true).some((s) => entryStems.includes(s));
}

/**
 * One spelling for every case of a name ("Умєров", "Умєрова", "Умєровим" →
 * "умєров"): the word without the longest name ending it carries.
 */
export function nameKey(word: string, inflection: Inflection | null): string {
  if (!inflection) return word;
  let best = word;
  for (const ending of inflection.endings) {
    if (word.length - ending.length >= inflection.minStem && word.endsWith(ending) && word.length - ending.length < best.length) {
      best = word.slice(0, -ending.length);
    }
  }
  return best;
}
