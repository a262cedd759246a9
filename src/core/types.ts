/**
 * The Report, schema 1 (`../shared/spec/report.md`): the one object every
 * surface shows. Its JSON form is a public interface; change it only by
 * raising `schema`.
 */

/**
 * A stretch of `article.text`. `start`/`end` are UTF-16 offsets (JavaScript
 * string indices), and `article.text.slice(start, end) === text`.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Kind = 'anonymous' | 'on-record';

export type SourceType = 'person' | 'organization' | 'publication' | 'document' | 'group';

export interface Attribution {
  /** "a1", "a2", … in text order. */
  id: string;
  kind: Kind;
  type: SourceType;
  source: Span;
  cue: Span;
  sentence: Span;
  /** The direct quotation attributed to the source, when there is one. */
  quote: Span | null;
  /** The stated reason for anonymity ("because they were not authorised to speak"). */
  reason: Span | null;
  /** For a pronoun source ("he said"): the id of the `sources` entry it resolves to. */
  refersTo: string | null;
}

export interface Condition {
  /** "c1", "c2", … in text order. */
  id: string;
  marker: Span;
  /** From the marker to the end of its clause. */
  clause: Span;
  sentence: Span;
  /** The id of the attribution whose content holds the condition, when there is one. */
  attribution: string | null;
}

export interface Source {
  /** "s1", "s2", … in order of first mention. */
  id: string;
  /** The fullest name or description the article gives ("Dmitry Peskov"). */
  name: string;
  /** What the article says the source is ("Putin's spokesman"), or null. */
  descriptor: string | null;
  kind: Kind;
  type: SourceType;
  /** Ids of the attributions credited to this source, in text order. */
  attributions: string[];
}

export interface Profile {
  attributions: number;
  anonymous: number;
  onRecord: number;
  /** anonymous / attributions rounded to two decimals; 0 when there are none. */
  anonymousShare: number;
  anonymousWithReason: number;
  conditions: number;
  sources: number;
}

export interface Report {
  schema: 1;
  /** File path or URL the article came from ("" when analysed from a string). */
  input: string;
  title: string;
  /** BCP 47 primary language of the article ("en"). */
  language: string;
  article: {
    /** The plain text that was analysed; every span points into it. */
    text: string;
    words: number;
    paragraphs: number;
  };
  attributions: Attribution[];
  conditions: Condition[];
  sources: Source[];
  profile: Profile;
}

export interface AnalyseOptions {
  /** BCP 47 language of the text; defaults to "en". */
  language?: string;
  /** Goes to `Report.input`. */
  input?: string;
  /** Goes to `Report.title`. */
  title?: string;
}
