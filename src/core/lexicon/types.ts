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

/** Used by `src/core/conditions.ts`. */
export interface ConditionLexicon {
  /** Condition markers, longest first where one contains another. */
  markers: readonly string[];
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
