/**
 * Attributions: where the text credits information to a source through a cue
 * (`spec/annotation.md` §1). Works sentence by sentence on word tokens, with
 * every look-back and look-ahead bounded, so the time stays linear in the
 * text's length.
 *
 * Shapes: "X said", "said X" (after a quote or a comma), "X told Y",
 * "according to X", "citing X", "X, who …, said", "as X notes", "reported by
 * X", "X was quoted as saying", "…, saying" (the clause's subject), belief
 * verbs only for an informant ("one source believes"), appositions
 * ("Orlov's spokesman, Oleg Marchenko, responding to …, said") and pronouns
 * ("he said", resolved later by `sources.ts`).
 *
 * One module per stage: `cues` finds the cues of a sentence; `source-of-cue`
 * finds the phrase each one credits, walking `noun-phrases`; `classify` reads
 * that phrase's kind and type; `reasons` and `quotation` find what goes with
 * an anonymous source and a cue; `find` puts a sentence's findings together.
 * `reading` holds what they all ask of a token, `lexicon` the compiled word lists.
 */
export { findAttributions, type FoundAttribution, type Mention } from './find';
export { type CompiledLexicon, compileLexicon, pastGender } from './lexicon';
