/**
 * The shape of a language's lexicon: all the words the analyser knows, as
 * data. A language is added by writing one module of this shape
 * (`en.ts`, later `uk.ts`, `ru.ts`), not by touching the engine.
 *
 * Each section belongs to the engine module named beside it.
 */

/** Used by `src/core/sentences.ts`. */
export interface SentenceLexicon {
  /** Abbreviations whose period does not end a sentence ("Dr.", "U.S.", "Sept.", "No."). */
  abbreviations: readonly string[];
}

/** One condition marker ("provided that", "unless", "if"). */
export interface ConditionMarker {
  /** The marker's words, lower case, separated by single spaces. */
  phrase: string;
  /**
   * Counts only at the head of a clause (sentence start, or after a comma,
   * dash, semicolon, colon, bracket or quote): for markers that are also
   * ordinary words ("provided" in "the US provided weapons").
   */
  clauseInitial?: boolean;
  /** Counts only when the next word belongs to this word class (a key of `wordClasses`). */
  nextWordClass?: string;
}

/** Used by `src/core/conditions.ts`. */
export interface ConditionLexicon {
  /** Condition markers. Where two start at the same word the longest wins ("only if" over "if"). */
  markers: readonly ConditionMarker[];
  /**
   * Contexts in which a marker is not a condition ("even [if]", "asked * [if]").
   * A trap is a token pattern; the marker stands in square brackets and the
   * words before and after it must sit right beside it. Tokens: a word
   * (case-insensitive); `*` any one word; `...` any stretch of the sentence;
   * `#` the end of a clause (, . ; : ! ? ) a dash, a closing quote, or the
   * sentence's end); `{name}` a word of `wordClasses[name]`, where
   * `{number}` also takes digits; any other punctuation stands for itself.
   */
  traps: readonly string[];
  /** Named word lists that traps and markers refer to. */
  wordClasses: Readonly<Record<string, readonly string[]>>;
  /** Words that end a condition clause where no punctuation does ("If X then Y"). */
  clauseEndWords: readonly string[];
}

/** Used by `src/core/attributions.ts` and `src/core/sources.ts`. */
export interface AttributionLexicon {
  /** Reporting verbs in any form. */
  cueVerbs: readonly string[];
}

export interface Lexicon {
  /** BCP 47 primary subtag. */
  language: string;
  sentences: SentenceLexicon;
  conditions: ConditionLexicon;
  attributions: AttributionLexicon;
}
