/**
 * The Report, schema 2 (`../shared/spec/report.md`): the one object every
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
  /** The voice (`sources` id) whose condition it is, or null for the article's own voice. */
  holder: string | null;
  /** The voices through which the article knows it, outermost first (the cited outlet, then its source). */
  via: string[];
}

/** Why a mention was merged into a voice. */
export type MergeReason = 'same name' | 'variant' | 'apposition' | 'role' | 'pronoun' | 'back-reference';

/** One more mention of a voice: an attribution whose source is another mention of it. */
export interface VoiceMention {
  attribution: string;
  /** The mention as the article words it ("the newspaper"). */
  text: string;
  why: MergeReason;
}

/** One link of the chain by which the article knows what it reports. */
export interface ChainLink {
  /** The voice (`sources` id), or null for the publishing outlet itself. */
  source: string | null;
  name: string;
  /** The attribution that makes the link ("reported by Reuters"), or null for the publishing outlet. */
  via: string | null;
}

/** Where and when the article was read, and by what. */
export interface PageInfo {
  /** The page's address ("" when not known: a string or a local file without one). */
  url: string;
  /** The publishing outlet's name (site name, og:site_name, JSON-LD publisher, else the URL's host), or null. */
  outlet: string | null;
  /** ISO 8601 time of the analysis ("" when the caller gave none: the analyser itself reads no clock). */
  analysedAt: string;
  /** "SourceLens 0.2.0". */
  tool: string;
}

export interface Source {
  /** "s1", "s2", … in order of first mention. */
  id: string;
  /** The fullest name or description the article gives ("Oleg Marchenko"). */
  name: string;
  /** What the article says the source is ("Orlov's spokesman"), or null. */
  descriptor: string | null;
  kind: Kind;
  type: SourceType;
  /** Ids of the attributions credited to this source, in text order. */
  attributions: string[];
  /** How else the article names it, once per wording ("the newspaper", "he"), each with why it is the same voice. */
  mentions: VoiceMention[];
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
  /** Distinct voices: `sources.length` (schema 2 merges mentions of one source into one voice). */
  voices: number;
  anonymousVoices: number;
  onRecordVoices: number;
  /** Anonymous voices for which the article says why they are not named. */
  anonymousVoicesWithReason: number;
  /** The share of attributions resting on the most-used voice, two decimals; 0 when there are none. */
  topVoiceShare: number;
}

export interface Report {
  schema: 2;
  page: PageInfo;
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
  /** How the article knows what it reports, outermost first; the main line first where it branches. */
  chain: ChainLink[];
  profile: Profile;
}

export interface AnalyseOptions {
  /** BCP 47 language of the text; defaults to "en". */
  language?: string;
  /** Goes to `Report.input`. */
  input?: string;
  /** Goes to `Report.title`. */
  title?: string;
  /** Goes to `Report.page.url`. */
  url?: string;
  /** The publishing outlet (`src/page/outlet.ts`); goes to `Report.page.outlet`. */
  outlet?: string | null;
  /** ISO 8601 time of the analysis; goes to `Report.page.analysedAt`. */
  analysedAt?: string;
}
