/**
 * A probe sentence written to the annotation guide (`../shared/spec/annotation.md` §1–§3) before the
 * analyser was run on it: what a careful annotator expects, never changed to fit the output.
 */
export interface Expected {
  kind: 'on-record' | 'anonymous' | 'either';
  type: 'person' | 'organization' | 'publication' | 'document' | 'group';
  /** The source as the annotator marks it (its case form in the text, no preposition). */
  source: string;
  /** The cue word(s); a reported cue matches when one holds the other ("как отметил" / "отметил"). */
  cue: string;
}
export interface ProbeCase {
  text: string;
  attributions: Expected[];
  /** Condition markers, lower case ("если", "при условии, что"). */
  conditions?: string[];
  /** Set when the analyser does not read the case yet: why, in one line. The test then asserts the miss. */
  unread?: string;
}
