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
 */
import { pushAll } from './arrays';
import { type Inflection, sameWord, type WordMatcher, wordMatcher } from './inflection';
import type { AttributionLexicon } from './lexicon/types';
import { quoteAt, type QuoteSpan } from './quotes';
import { type Token, tokenize } from './tokens';
import type { Kind, SourceType, Span } from './types';

/** How the lexicon's lists are looked up: sets, and phrases split into words. */
interface CompiledLexicon {
  cueVerbs: WordMatcher;
  complementCueVerbs: WordMatcher;
  participles: WordMatcher;
  beliefVerbs: WordMatcher;
  cuePhrases: string[][];
  sourceAfterPhrases: string[][];
  agentWord: string;
  asWord: string;
  skip: WordMatcher;
  boundaries: WordMatcher;
  relatives: WordMatcher;
  personRelative: string;
  afterNamePrepositions: WordMatcher;
  timeWords: WordMatcher;
  timePrepositions: WordMatcher;
  modals: WordMatcher;
  passiveAuxiliaries: WordMatcher;
  negations: WordMatcher;
  coordinators: WordMatcher;
  clauseCoordinators: WordMatcher;
  morphology: AttributionLexicon['morphology'] & { notAdverbSet: WordMatcher; pluralPattern: RegExp; irregularPluralSet: WordMatcher };
  objectPrepositions: WordMatcher;
  participleModifiers: WordMatcher;
  documentIntroPrepositions: WordMatcher;
  addresseeCues: WordMatcher;
  bodyVoiceNouns: WordMatcher;
  unnamedInsiderNouns: WordMatcher;
  retinueNouns: WordMatcher;
  possessiveDeterminers: WordMatcher;
  indefinite: WordMatcher;
  parentheticalOpeners: WordMatcher;
  determiners: WordMatcher;
  definite: WordMatcher;
  anaphoric: WordMatcher;
  articles: WordMatcher;
  postModifiers: WordMatcher;
  identifyingPrepositions: WordMatcher;
  pronouns: Map<string, readonly SourceType[]>;
  objectPronouns: WordMatcher;
  anonymousNouns: WordMatcher;
  anonymousQuantifiers: WordMatcher;
  knownPartyQuantifiers: WordMatcher;
  roleNouns: WordMatcher;
  personNouns: WordMatcher;
  bodyLemmas: WordMatcher;
  uniqueOffices: WordMatcher;
  organizationNouns: WordMatcher;
  publicationNouns: WordMatcher;
  documentNouns: WordMatcher;
  publicationNames: WordMatcher;
  organizationNameWords: WordMatcher;
  placeNames: WordMatcher;
  demonymSuffixes: readonly string[];
  placeAbbreviations: WordMatcher;
  nonNameCapitals: WordMatcher;
  honorifics: WordMatcher;
  publicationCues: WordMatcher;
  ownWord: string | null;
  statementNouns: WordMatcher;
  reasonMarkers: string[][];
  anonymityRequests: string[][];
  reasonAfterRequest: WordMatcher;
  /** Endings of an inflected language (null: words match exactly). */
  inflection: Inflection | null;
  /** The subject often follows its verb (see the lexicon's type). */
  subjectAfterVerb: boolean;
  /** A noun phrase's head is its first source noun (see the lexicon's type). */
  headFirst: boolean;
  /** The language has no articles (a definite office is marked otherwise). */
  articleless: boolean;
  /** Words that open reported content after a verb ("that", "що"). */
  complementizers: WordMatcher;
}

const compiledCache = new WeakMap<AttributionLexicon, CompiledLexicon>();

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);
/** The inflection a lexicon declares, or null for a language matched word for word. */
function inflectionOf(lexicon: AttributionLexicon): Inflection | null {
  const endings = lexicon.morphology.inflectionEndings;
  return endings && endings.length > 0 ? { endings, minStem: lexicon.morphology.minStem ?? 3 } : null;
}
/** Longest phrases first, so that "was quoted as saying" wins over a shorter one. */
const phraseList = (list: readonly string[]) => list.map(words).sort((a, b) => b.length - a.length);

export function compileLexicon(lexicon: AttributionLexicon): CompiledLexicon {
  let c = compiledCache.get(lexicon);
  if (c) return c;
  const inflection = inflectionOf(lexicon);
  const lowerSet = (list: readonly string[]) => wordMatcher(list, inflection);
  c = {
    cueVerbs: lowerSet(lexicon.cueVerbs),
    complementCueVerbs: lowerSet(lexicon.complementCueVerbs),
    participles: lowerSet(lexicon.participleCues),
    beliefVerbs: lowerSet(lexicon.beliefVerbs),
    cuePhrases: phraseList(lexicon.cuePhrases),
    sourceAfterPhrases: phraseList(lexicon.sourceAfterPhrases),
    agentWord: lexicon.agentWord,
    asWord: lexicon.asWord,
    skip: lowerSet(lexicon.skipBeforeCue),
    boundaries: lowerSet(lexicon.clauseBoundaries),
    relatives: lowerSet(lexicon.relativePronouns),
    personRelative: lexicon.personRelative,
    afterNamePrepositions: lowerSet(lexicon.afterNamePrepositions),
    timeWords: lowerSet(lexicon.timeWords),
    timePrepositions: lowerSet(lexicon.timePrepositions),
    modals: lowerSet(lexicon.modals),
    passiveAuxiliaries: lowerSet(lexicon.passiveAuxiliaries),
    negations: lowerSet(lexicon.negations),
    coordinators: lowerSet(lexicon.coordinators),
    clauseCoordinators: lowerSet(lexicon.clauseCoordinators),
    morphology: {
      ...lexicon.morphology,
      notAdverbSet: new Set(lexicon.morphology.notAdverbs),
      pluralPattern: new RegExp(lexicon.morphology.plural),
      // Exact: a plural form must not match its singular by stem ("джерела" / "джерело").
      irregularPluralSet: new Set(lexicon.morphology.irregularPlurals),
    },
    objectPrepositions: lowerSet(lexicon.objectPrepositions),
    participleModifiers: lowerSet(lexicon.participleModifiers),
    documentIntroPrepositions: lowerSet(lexicon.documentIntroPrepositions),
    addresseeCues: lowerSet(lexicon.addresseeCues),
    bodyVoiceNouns: lowerSet(lexicon.bodyVoiceNouns),
    unnamedInsiderNouns: lowerSet(lexicon.unnamedInsiderNouns),
    retinueNouns: lowerSet(lexicon.retinueNouns ?? []),
    possessiveDeterminers: lowerSet(lexicon.possessiveDeterminers ?? []),
    indefinite: lowerSet(lexicon.indefiniteDeterminers),
    parentheticalOpeners: lowerSet(lexicon.parentheticalOpeners),
    determiners: lowerSet(lexicon.determiners),
    definite: lowerSet(lexicon.definiteDeterminers),
    anaphoric: lowerSet(lexicon.anaphoricDeterminers),
    articles: lowerSet(lexicon.articles),
    postModifiers: lowerSet(lexicon.postModifiers),
    identifyingPrepositions: lowerSet(lexicon.identifyingPrepositions),
    pronouns: new Map(Object.entries(lexicon.pronouns).map(([w, e]) => [w.toLowerCase(), e.refersTo])),
    objectPronouns: lowerSet(lexicon.objectPronouns),
    anonymousNouns: lowerSet(lexicon.anonymousNouns),
    anonymousQuantifiers: lowerSet(lexicon.anonymousQuantifiers),
    knownPartyQuantifiers: lowerSet(lexicon.knownPartyQuantifiers),
    roleNouns: lowerSet(lexicon.roleNouns),
    personNouns: lowerSet(lexicon.personNouns ?? []),
    bodyLemmas: lowerSet(lexicon.bodyLemmas ?? []),
    uniqueOffices: lowerSet(lexicon.uniqueOffices),
    organizationNouns: lowerSet(lexicon.organizationNouns),
    publicationNouns: lowerSet(lexicon.publicationNouns),
    documentNouns: lowerSet(lexicon.documentNouns),
    publicationNames: lowerSet(lexicon.publicationNames),
    organizationNameWords: lowerSet(lexicon.organizationNameWords),
    placeNames: lowerSet(lexicon.placeNames),
    demonymSuffixes: lexicon.demonymSuffixes,
    placeAbbreviations: lowerSet(lexicon.placeAbbreviations ?? []),
    nonNameCapitals: lowerSet(lexicon.nonNameCapitals),
    honorifics: lowerSet(lexicon.honorifics ?? []),
    publicationCues: lowerSet(lexicon.publicationCues ?? []),
    ownWord: lexicon.ownWord ?? null,
    statementNouns: lowerSet(lexicon.statementNouns ?? []),
    reasonMarkers: phraseList(lexicon.reasonMarkers),
    anonymityRequests: phraseList(lexicon.anonymityRequests),
    reasonAfterRequest: lowerSet(lexicon.reasonAfterRequest),
    inflection,
    subjectAfterVerb: lexicon.subjectAfterVerb ?? false,
    headFirst: lexicon.headFirst ?? false,
    articleless: lexicon.articles.length === 0,
    complementizers: new Set(lexicon.complementizers ?? ['that']),
  };
  compiledCache.set(lexicon, c);
  return c;
}

/** Bounds on every walk through a sentence's tokens (in tokens). */
const MAX_SOURCE_TOKENS = 30;
const MAX_SEGMENT_TOKENS = 40;
const MAX_APPOSITIONS = 3;
const MAX_PARENTHETICALS = 4;
/** How far after a cue the "by" of a passive agent may come ("announced on Monday by"). */
const MAX_AGENT_DISTANCE = 4;
/** Shortest stem a suffix is read on ("sly" is no adverb, "sing" no gerund). */
const MIN_STEM = 2;
/** A dateline's dash comes within this many tokens of the sentence's start. */
const DATELINE_TOKENS = 6;
/** How far from its source a reason for anonymity is looked for (tokens). */
const REASON_WINDOW = 40;
/** More cues than this in one sentence is not prose; the rest are ignored (keeps time linear). */
const MAX_CUES_PER_SENTENCE = 24;
/** Longest title in quotation marks read as part of a name ("«Екологія-право-Людина»"). */
const MAX_QUOTED_NAME_LENGTH = 40;
/** A quoted title: a capital first, then words without clause punctuation. */
const QUOTED_NAME = /^[\p{Lu}\p{N}][^,.;:!?…«»„“”"]*$/u;
/** Marks that may quote a title. */
const NAME_QUOTE_MARKS = new Set(['«', '»', '„', '“', '”', '"']);
/** How far after a source its request for anonymity may start ("X, who asked not to be named"; tokens). */
const REQUEST_DISTANCE = 4;
/** Longest stated reason for anonymity (characters). */
const MAX_REASON_LENGTH = 200;

/** A phrase of the sentence: tokens [start, end), split into comma-separated appositions. */
export interface Phrase {
  start: number;
  end: number;
  /** [start, end) of each apposition, left to right. */
  segments: [number, number][];
  /** The phrase followed a preposition whose object was left out of it. */
  afterPreposition?: boolean;
  /** The phrase is the preposition's object itself: a source only as a body ("в Альянсі відзначають"). */
  bodyOnly?: boolean;
}

/** What the source phrase says about who is speaking. */
export interface SourceClass {
  kind: Kind;
  type: SourceType;
  /** Token index of the head noun. */
  head: number;
  /** Index of the segment holding the head. */
  segment: number;
  /** The pronoun's possible referents, when the source is a pronoun. */
  pronoun: readonly SourceType[] | null;
  /** Whether the head is an informant (for belief verbs). */
  informant: boolean;
}

/** A mention of a possible source: what a pronoun may refer back to. */
export interface Mention {
  kind: Kind;
  type: SourceType;
  source: Span;
  /** For a pronoun source: the types it may refer to; resolution is `sources.ts`'s job. */
  pronoun: readonly SourceType[] | null;
  /** The tokens of the source phrase, and which apposition holds the head. */
  sourceTokens: Token[];
  segments: [number, number][];
  headSegment: number;
  head: number;
}

/** One attribution as found, before ids and source merging. */
export interface FoundAttribution extends Mention {
  cue: Span;
  sentence: Span;
  quote: Span | null;
  reason: Span | null;
}

type CueMode = 'verb' | 'participle' | 'belief' | 'phrase' | 'after';

interface Cue {
  start: number;
  /** Exclusive token index. */
  end: number;
  mode: CueMode;
  /** A complement verb with no reported content after it: a cue only in "as X noted". */
  onlyAsComment?: boolean;
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[], inflection: Inflection | null): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!sameWord(tokens[i + k].bare, phrase[k], inflection) || (k > 0 && tokens[i + k].possessive)) return false;
  }
  return true;
}

/** Articles, which make the word after them a noun ("the reports"). */
/** Tokens that open reported content right after a verb ("added: …", "noted, …", 'said "…"'). */
const CONTENT_OPENERS = new Set([',', '.', ':', ';', '"', '“', '”', '«', '„', '‘', "'", '—', '–']);

const isComma = (t: Token) => t.text === ',';
/** "WASHINGTON —", "BUFFALO, N.Y. —": capitalised words and marks up to a dash. */
function isDateline(tokens: readonly Token[]): boolean {
  for (let k = 1; k < Math.min(tokens.length, DATELINE_TOKENS); k++) {
    const t = tokens[k];
    if (t.text === '—' || t.text === '–' || t.text === '-') return true;
    if (t.isWord && !t.capitalized) return false;
  }
  return false;
}
/** Two name words in a row after the head: a person named in the phrase ("an aide, John Smith"). */
function identifiedByPerson(tokens: readonly Token[], s: number, e: number, head: number, isName: (t: Token) => boolean): boolean {
  for (let k = Math.max(s, head + 1); k + 1 < e; k++) if (isName(tokens[k]) && isName(tokens[k + 1])) return true;
  return false;
}
/** Longest bracketed aside skipped between a source and its cue (tokens). */
const MAX_BRACKETED = 8;
/** Index of the "(" that the ")" at `close` ends, within MAX_BRACKETED tokens; -1 when none. */
function openingBracket(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKETED; k--) {
    if (tokens[k].text === '(') return k;
    if (tokens[k].text === ')') return -1;
  }
  return -1;
}
const isDash = (t: Token) => t.text === '—' || t.text === '–' || t.text === '-';
const isBreak = (t: Token) => isComma(t) || isDash(t);
/** "Dr." and "Cmdr.": a period right after a short capitalised word stays inside a name. */
const isAbbreviationPeriod = (tokens: readonly Token[], i: number) =>
  tokens[i].text === '.' && i > 0 && i + 1 < tokens.length && (tokens[i + 1].isWord || tokens[i + 1].text === ',') &&
  tokens[i - 1].capitalized && tokens[i - 1].text.length <= 5 && tokens[i - 1].end === tokens[i].start;

export class AttributionFinder {
  private readonly lex: CompiledLexicon;

  constructor(
    private readonly text: string,
    lexicon: AttributionLexicon,
    private readonly quotes: readonly QuoteSpan[],
  ) {
    this.lex = compileLexicon(lexicon);
  }

  private isCueWord(t: Token): boolean {
    const l = this.lex;
    return (
      !t.capitalized &&
      (l.cueVerbs.has(t.bare) || l.complementCueVerbs.has(t.bare) || l.participles.has(t.bare) || l.beliefVerbs.has(t.bare))
    );
  }

  /** Word endings mark a class only on words long enough to have a stem. */
  private hasSuffix(t: Token, suffix: string): boolean {
    return suffix !== '' && t.isWord && !t.capitalized && t.bare.length > suffix.length + MIN_STEM && t.bare.endsWith(suffix);
  }

  private isAdverb(t: Token): boolean {
    return this.hasSuffix(t, this.lex.morphology.adverbSuffix) && !this.lex.morphology.notAdverbSet.has(t.bare);
  }

  private isParticiple(t: Token): boolean {
    return this.hasSuffix(t, this.lex.morphology.gerundSuffix);
  }

  private isPastForm(t: Token): boolean {
    return this.hasSuffix(t, this.lex.morphology.pastParticipleSuffix);
  }

  private isPlural(t: Token): boolean {
    return this.lex.morphology.pluralPattern.test(t.bare) || this.lex.morphology.irregularPluralSet.has(t.bare);
  }

  /** "him", "reporters"; "US" in capitals is a country, not "us". */
  private isObjectPronoun(t: Token): boolean {
    return this.lex.objectPronouns.has(t.bare) && !(t.text.length > 1 && t.text === t.text.toUpperCase());
  }

  private lexicalForm(t: Token): Token {
    if (!t.bare.includes('-') || this.isLexiconNoun(t.bare)) return t;
    const part = t.bare.split('-').find((p) => this.isLexiconNoun(p) || this.lex.uniqueOffices.has(p));
    return part ? { ...t, bare: part } : t;
  }

  private isLexiconNoun(bare: string): boolean {
    const l = this.lex;
    return (
      l.anonymousNouns.has(bare) || l.roleNouns.has(bare) || l.personNouns.has(bare) || l.organizationNouns.has(bare) ||
      l.publicationNouns.has(bare) || l.documentNouns.has(bare)
    );
  }

  private isPlace(t: Token): boolean {
    if (this.lex.placeNames.has(t.bare)) return true;
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && this.lex.placeAbbreviations.has(t.bare)) return true;
    return t.capitalized && this.lex.demonymSuffixes.some((s) => t.bare.endsWith(s) && t.bare.length > s.length + 2);
  }

  /** A capitalised word right after a title such as "Mr." or "Sen.": a surname ("Mr. King"). */
  private afterHonorific(tokens: readonly Token[], i: number): boolean {
    let j = i - 1;
    if (j >= 0 && tokens[j].text === '.') j--;
    return tokens[i].capitalized && j >= 0 && tokens[j].capitalized && this.lex.honorifics.has(tokens[j].bare);
  }

  /** A capitalised word that names someone or something (not "The", not a title, not a place). */
  private isNameWord(t: Token, sentenceInitial: boolean): boolean {
    if (!t.isWord || !t.capitalized) return false;
    if (this.lex.nonNameCapitals.has(t.bare) || this.isPlace(t)) return false;
    if (sentenceInitial && this.isLexiconNoun(t.bare)) return false;
    return true;
  }

  /** Finds the cues of a sentence, in order, outside quotations. */
  private cues(tokens: readonly Token[]): Cue[] {
    const l = this.lex;
    const cues: Cue[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.isWord || quoteAt(this.quotes, t.start) >= 0) continue;
      const after = l.sourceAfterPhrases.find((p) => matchPhrase(tokens, i, p, l.inflection));
      if (after) {
        cues.push({ start: i, end: i + after.length, mode: 'after' });
        i += after.length - 1;
        continue;
      }
      if (this.ownStatement(tokens, i)) {
        cues.push({ start: i, end: i + 4, mode: 'phrase' });
        i += 3;
        continue;
      }
      const phrase = l.cuePhrases.find((p) => matchPhrase(tokens, i, p, l.inflection));
      if (phrase) {
        cues.push({ start: i, end: i + phrase.length, mode: 'phrase' });
        i += phrase.length - 1;
        continue;
      }
      if (t.capitalized && i > 0) continue;
      const before = i > 0 ? tokens[i - 1] : null;
      const next = i + 1 < tokens.length ? tokens[i + 1] : null;
      // "the reports", "his claims", "secretary of state": a noun, not a verb (a gerund may follow a preposition).
      const afterPreposition = before !== null && !l.participles.has(t.bare) && (l.identifyingPrepositions.has(before.bare) || l.objectPrepositions.has(before.bare));
      if (afterPreposition) continue;
      if (before && (before.possessive || l.articles.has(before.bare) || (l.definite.has(before.bare) && !l.relatives.has(before.bare)))) continue;
      // "reported to him", "is said to be": no informing role here.
      if (next && next.bare === 'to') continue;
      // "would announce", "declined to say": nothing has been reported.
      if (this.afterModal(tokens, i)) continue;
      if (l.participles.has(t.bare)) cues.push({ start: i, end: i + 1, mode: 'participle' });
      else if (l.cueVerbs.has(t.bare)) cues.push({ start: i, end: i + 1, mode: 'verb' });
      else if (l.complementCueVerbs.has(t.bare)) {
        cues.push({ start: i, end: i + 1, mode: 'verb', onlyAsComment: !this.contentFollows(tokens, i + 1) });
      }
      // "think about it", "fear of": a belief verb reports a view only before a clause.
      else if (l.beliefVerbs.has(t.bare) && !(next && (l.identifyingPrepositions.has(next.bare) || l.objectPrepositions.has(next.bare)))) {
        cues.push({ start: i, end: i + 1, mode: 'belief' });
      }
    }
    return cues;
  }

  /** "by her own account", "by their own admission": a cue of four words from `i`. */
  private ownStatement(tokens: readonly Token[], i: number): boolean {
    const l = this.lex;
    return l.ownWord !== null && i + 3 < tokens.length && tokens[i].bare === l.agentWord && l.possessiveDeterminers.has(tokens[i + 1].bare) &&
      tokens[i + 2].bare === l.ownWord && l.statementNouns.has(tokens[i + 3].bare);
  }

  private afterModal(tokens: readonly Token[], i: number): boolean {
    let j = i - 1;
    while (j >= 0 && i - j <= MAX_PARENTHETICALS && (this.isAdverb(tokens[j]) || this.lex.negations.has(tokens[j].bare))) j--;
    return j >= 0 && this.lex.modals.has(tokens[j].bare);
  }

  /** Reported content starts at token `i`: "that", punctuation, or a quotation within a few words. */
  private contentFollows(tokens: readonly Token[], i: number): boolean {
    if (i >= tokens.length) return true;
    if (CONTENT_OPENERS.has(tokens[i].text) || this.lex.complementizers.has(tokens[i].bare)) return true;
    for (let k = i; k < Math.min(tokens.length, i + MAX_AGENT_DISTANCE); k++) {
      const q = quoteAt(this.quotes, tokens[k].start);
      if (q >= 0 && this.quotes[q].start === tokens[k].start) return true;
    }
    return false;
  }

  /** First token of the comma/dash segment that ends at `end`. */
  private segmentStart(tokens: readonly Token[], end: number, floor: number): number {
    let k = end;
    const limit = Math.max(floor, end - MAX_SEGMENT_TOKENS);
    while (k > limit && (tokens[k - 1].isWord || isAbbreviationPeriod(tokens, k - 1))) k--;
    return k;
  }

  /**
   * A quotation mark around a short title ("«Forbes»", "газети «Вгору»",
   * "„Нафтогаз України“"): part of the noun phrase that names it, not the
   * end of it.
   */
  private isNameQuoteMark(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!NAME_QUOTE_MARKS.has(t.text)) return false;
    const q = quoteAt(this.quotes, t.start);
    if (q < 0) return false;
    const inner = this.text.slice(this.quotes[q].start + 1, this.quotes[q].end - 1);
    return inner.length <= MAX_QUOTED_NAME_LENGTH && QUOTED_NAME.test(inner);
  }

  /**
   * The sentence's capitalised first word is a name, not a common word capitalised for its place
   * ("Housing advocates", "Political observers", "Council staff" are no names): it is known as one
   * (an outlet, a body), written as one (an acronym, an inner capital: "PG&E", "JPMorgan"), or
   * continued by another capitalised word ("Goldman Sachs analysts").
   */
  private opensWithName(tokens: readonly Token[], k: number): boolean {
    const first = tokens[k];
    const second = tokens[k + 1];
    if (!first || !this.isNameWord(first, true)) return false;
    if (this.lex.publicationNames.has(first.bare) || this.lex.organizationNameWords.has(first.bare)) return true;
    if (/\p{Lu}.*\p{Lu}/u.test(first.text)) return true;
    return second !== undefined && this.isNameWord(second, false);
  }

  /** A phrase that is only a name, with no title, role or honorific ("Politico", "Associated Press"). */
  private isBareName(tokens: readonly Token[], phrase: Phrase): boolean {
    if (phrase.segments.length > 1) return false;
    for (let k = phrase.start; k < phrase.end; k++) {
      const t = tokens[k];
      if (this.lex.articles.has(t.bare) && k === phrase.start) continue;
      if (!this.isNameWord(t, false) || this.lex.honorifics.has(t.bare) || this.lex.roleNouns.has(t.bare) || this.lex.uniqueOffices.has(t.bare)) return false;
    }
    return true;
  }

  /** The token lies inside a quotation that is not a quoted title. */
  private quotedAsWords(tokens: readonly Token[], i: number): boolean {
    const q = quoteAt(this.quotes, tokens[i].start);
    if (q < 0) return false;
    const opening = tokens.findIndex((t) => t.start === this.quotes[q].start);
    return opening < 0 || !this.isNameQuoteMark(tokens, opening);
  }

  /** A segment that sits between a source and its cue without being part of the source. */
  private isParenthetical(tokens: readonly Token[], s: number, e: number): boolean {
    // s < 0: a sentence opening with a dash ("— Ми готові, — заявив він") has nothing before it.
    if (s > e || s < 0) return false;
    const first = tokens[s];
    if (this.lex.parentheticalOpeners.has(first.bare) || this.isParticiple(first) || this.isAdverb(first)) return true;
    // "…, however, said": a segment of skippable words only.
    for (let k = s; k <= e; k++) if (!this.lex.skip.has(tokens[k].bare) && !this.isAdverb(tokens[k])) return false;
    return true;
  }

  /** A segment that can stand as an apposition of a source ("a senior analyst at Stratfor"). */
  private isNounPhraseLike(tokens: readonly Token[], s: number, e: number): boolean {
    if (s > e || e - s > 14) return false;
    const first = tokens[s];
    if (!first.isWord || this.isParenthetical(tokens, s, e) || this.isParticiple(first)) return false;
    for (let k = s; k <= e; k++) {
      const t = tokens[k];
      if (!t.isWord && !isAbbreviationPeriod(tokens, k)) return false;
      if (t.isWord && (this.lex.boundaries.has(t.bare) || this.isCueWord(t))) return false;
    }
    return true;
  }

  /**
   * Walks left from `end` over the words of a noun phrase: stops at
   * punctuation, clause boundaries and verbs it knows. With `appositions`,
   * takes in comma-separated noun phrases before it.
   */
  private nounPhraseLeft(tokens: readonly Token[], end: number, floor: number, appositions: boolean, stopAtPrepositions = false): Phrase | null {
    const l = this.lex;
    // A pronoun subject takes no modifiers ("In a post at the time she described …").
    if (l.pronouns.has(tokens[end].bare)) return { start: end, end: end + 1, segments: [[end, end + 1]] };
    let i = end;
    const limit = Math.max(floor, end - MAX_SOURCE_TOKENS + 1);
    for (; i >= limit; i--) {
      const t = tokens[i];
      if (!t.isWord) {
        if (isAbbreviationPeriod(tokens, i) || this.isNameQuoteMark(tokens, i)) continue;
        break;
      }
      // "China's ambassador to Britain": "to" after a role joins its complement.
      // "a letter to management": after a document, "to" names its addressee.
      // "those close to him": after a modifier of the head, "to" joins its complement.
      if (i < end && t.bare === 'to' && i > floor &&
        ((l.roleNouns.has(tokens[i - 1].bare) && (tokens[i + 1].capitalized || l.determiners.has(tokens[i + 1].bare))) ||
          l.documentNouns.has(tokens[i - 1].bare) || (l.postModifiers.has(tokens[i - 1].bare) && !tokens[i - 1].capitalized))) continue;
      // "state officials": a noun that is also a cue verb modifies the noun after it.
      const nounModifier = this.isLexiconNoun(t.bare) && this.isLexiconNoun(tokens[i + 1].bare);
      if (i < end && (l.boundaries.has(t.bare) || (this.isCueWord(t) && !nounModifier) || this.isObjectPronoun(t) || l.pronouns.has(t.bare))) break;
      // "offering the quality Google promised": a participle ends the phrase.
      if (i < end && this.isParticiple(t) && (l.determiners.has(tokens[i + 1].bare) || tokens[i + 1].capitalized)) break;
      // "… released two reports": a verb before its object ends the phrase.
      const verbLike = this.isPastForm(t) || l.participleModifiers.has(t.bare);
      if (i < end && !t.capitalized && verbLike && (l.determiners.has(tokens[i + 1].bare) || /^\p{N}/u.test(tokens[i + 1].text))) break;
      if (i === end && l.boundaries.has(t.bare)) break;
      if (stopAtPrepositions && i < end && (l.postModifiers.has(t.bare) || l.identifyingPrepositions.has(t.bare))) break;
      // Head-first languages: a noun after a preposition is its object, never the subject ("в голови ОДА керівник …").
      if (l.headFirst && i < end && (l.objectPrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare))) break;
      if (l.coordinators.has(t.bare) && i < end) {
        const left = i > floor ? tokens[i - 1] : null;
        if (!left || !(left.capitalized || this.isLexiconNoun(left.bare) || left.possessive)) break;
      }
    }
    let start = i + 1;
    if (start > end) return null;
    if (i >= floor && l.coordinators.has(tokens[i].bare)) {
      // "Mayer, Disney's chairman of direct-to-consumer and international, said": a whole apposition.
      const segStart = this.segmentStart(tokens, end, floor);
      if (segStart > floor && isComma(tokens[segStart - 1]) && this.isNounPhraseLike(tokens, segStart, end)) start = segStart;
    }
    const segments: [number, number][] = [[start, end + 1]];
    let from = start;
    for (let n = 0; appositions && n < MAX_APPOSITIONS; n++) {
      if (from - 1 <= floor || !isComma(tokens[from - 1])) break;
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the aside belongs to the name.
      let last = from - 2;
      if (tokens[last].text === ')' && openingBracket(tokens, last) > floor + 1) last = openingBracket(tokens, last) - 1;
      const s = this.segmentStart(tokens, last, floor);
      // An apposition opens the sentence or follows a comma or a quote, not any mark.
      const opener = s > 0 ? tokens[s - 1].text : null;
      if (opener !== null && opener !== ',' && !/["”“»«']/.test(opener)) break;
      // "Kurt Hartley, the former envoy, and Tim Pembrook, a former official, testified".
      const coordinated = l.coordinators.has(tokens[s].bare) && !tokens[s].capitalized && tokens[s + 1]?.capitalized === true;
      if (!this.isNounPhraseLike(tokens, coordinated ? s + 1 : s, last)) break;
      segments.unshift([s, from - 1]);
      from = s;
    }
    return { start: from, end: end + 1, segments };
  }

  /** Walks right from `start` over a noun phrase and its appositions ("said Luis Ortega, senior trader at …"). */
  private nounPhraseRight(tokens: readonly Token[], start: number, appositions = true): Phrase | null {
    const l = this.lex;
    if (start >= tokens.length) return null;
    const first = tokens[start];
    if ((!first.isWord && !this.isNameQuoteMark(tokens, start)) || this.isObjectPronoun(first) || l.boundaries.has(first.bare)) return null;
    // "said in a statement": a prepositional phrase, not a source.
    if (!first.capitalized && (l.parentheticalOpeners.has(first.bare) || l.objectPrepositions.has(first.bare))) return null;
    let i = start;
    const limit = Math.min(tokens.length, start + MAX_SOURCE_TOKENS);
    for (; i < limit; i++) {
      const t = tokens[i];
      if (!t.isWord) {
        if (isAbbreviationPeriod(tokens, i) || this.isNameQuoteMark(tokens, i)) continue;
        break;
      }
      if (i > start && (l.boundaries.has(t.bare) || this.isCueWord(t))) break;
      // "«Интерфакс» со ссылкой на собеседника": another cue phrase starts here.
      if (i > start && l.sourceAfterPhrases.some((p) => matchPhrase(tokens, i, p, l.inflection))) break;
      // "said Delacroix in an email", "said Mayer on Tuesday": the name has ended.
      if (i > start && !t.capitalized && l.afterNamePrepositions.has(t.bare) && tokens[i - 1].capitalized) break;
      if (l.coordinators.has(t.bare) && i > start) {
        const next = tokens[i + 1];
        // Head-first languages join offices too ("заступника мера та депутатки міськради Марії Коваль").
        if (!next || !(next.capitalized || l.determiners.has(next.bare) || (l.headFirst && this.isLexiconNoun(next.bare)))) break;
      }
    }
    if (i === start) return null;
    const segments: [number, number][] = [[start, i]];
    let to = i;
    for (let n = 0; appositions && n < MAX_APPOSITIONS - 1; n++) {
      if (to >= tokens.length || !isComma(tokens[to])) break;
      let e = to + 1;
      const eLimit = Math.min(tokens.length, to + 1 + MAX_SEGMENT_TOKENS);
      while (e < eLimit && !isBreak(tokens[e]) && (tokens[e].isWord || isAbbreviationPeriod(tokens, e))) e++;
      if (e < tokens.length && !isBreak(tokens[e]) && tokens[e].text !== '.' && tokens[e].text !== ';') break;
      if (!this.isNounPhraseLike(tokens, to + 1, e - 1)) break;
      // A following clause ("…, Orlov is ready") is not an apposition.
      segments.push([to + 1, e]);
      to = e;
    }
    return { start, end: to, segments };
  }

  /** The noun phrase that opens tokens[start…]: determiners, names, possessives, source nouns. */
  private leadingNounPhrase(tokens: readonly Token[], start: number, limit: number): Phrase | null {
    const l = this.lex;
    // "Last week State Department official David Holmes revealed …": a time phrase first.
    while (start < limit && (l.timeWords.has(tokens[start].bare) || l.timePrepositions.has(tokens[start].bare))) start++;
    // "In a Tumblr post …": a prepositional phrase is not a subject.
    if (start < limit && (l.parentheticalOpeners.has(tokens[start].bare) || l.objectPrepositions.has(tokens[start].bare))) return null;
    let i = start;
    for (; i < limit && i - start < MAX_SOURCE_TOKENS; i++) {
      const t = tokens[i];
      if (!t.isWord) {
        if (isAbbreviationPeriod(tokens, i) || this.isNameQuoteMark(tokens, i)) continue;
        break;
      }
      if (i === start && l.pronouns.has(t.bare)) {
        i++;
        break;
      }
      // "The victim's mother": the word after a possessive is its head noun.
      const possessed = i > start && tokens[i - 1].possessive;
      const ok = t.capitalized || t.possessive || possessed || l.determiners.has(t.bare) || this.isLexiconNoun(t.bare);
      if (!ok || this.isCueWord(t)) break;
    }
    if (i === start) return null;
    return { start, end: i, segments: [[start, i]] };
  }

  /** The subject of a sentence, after its introductory segments ("However,", "In a statement,"). */
  sentenceSubject(tokens: readonly Token[], limit: number): Phrase | null {
    let i = 0;
    for (let n = 0; n < MAX_PARENTHETICALS; n++) {
      let e = i;
      while (e < limit && e - i < MAX_SEGMENT_TOKENS && !isComma(tokens[e])) e++;
      if (e >= limit || !isComma(tokens[e])) break;
      if (!this.isParenthetical(tokens, i, e - 1)) break;
      i = e + 1;
    }
    return this.leadingNounPhrase(tokens, i, limit);
  }

  /**
   * Who a participle or a second verb speaks for ("The US welcomed the
   * exchange, saying …", "It did not reveal … and said …"): the subject of
   * the clause just before the cue, else the sentence's.
   */
  private clauseSubjects(tokens: readonly Token[], cueIndex: number): Phrase[] {
    const subjects: Phrase[] = [];
    let j = cueIndex - 1;
    if (j >= 0 && this.lex.clauseCoordinators.has(tokens[j].bare)) j--;
    if (j >= 0 && isComma(tokens[j])) j--;
    if (j >= 0) {
      const own = this.leadingNounPhrase(tokens, this.segmentStart(tokens, j, 0), cueIndex);
      // A clause has a predicate after its subject; "…, Texas, and argued" is no clause.
      if (own && own.end <= j) subjects.push(own);
    }
    const sentence = this.sentenceSubject(tokens, cueIndex);
    if (sentence) subjects.push(sentence);
    return subjects;
  }

  /**
   * The head of a head-first noun phrase ("керівниця юридичного відділу …",
   * "один з зернотрейдерів"): its first word the lexicon knows as a source
   * noun, looked for past a leading quantifier's "of" phrase; null when none.
   */
  private firstHead(tokens: readonly Token[], from: number, chunkEnd: number, end: number): number | null {
    const l = this.lex;
    const known = (t: Token) => t.isWord && (this.isLexiconNoun(this.lexicalForm(t).bare) || l.uniqueOffices.has(t.bare));
    // "… керівник апарату ОДА Петро Бондар": a closing personal name is the last role's.
    const personLike = (t: Token) => this.isNameWord(t, false) && !l.organizationNameWords.has(t.bare) && t.text !== t.text.toUpperCase();
    if (chunkEnd - from > 2 && personLike(tokens[chunkEnd - 1]) && personLike(tokens[chunkEnd - 2])) {
      for (let k = chunkEnd - 3; k >= from; k--) {
        const t = this.lexicalForm(tokens[k]);
        if (l.roleNouns.has(t.bare) || l.uniqueOffices.has(t.bare)) return k;
      }
    }
    for (let k = from; k < chunkEnd; k++) if (known(tokens[k])) return k;
    // "Гнатюк наприкінці 2012 року": a name first is the head, to its last capitalised word.
    // (A capital opening the sentence is a name only with another after it: "Регіональні плани …" is none.)
    const nameFirst = this.isNameWord(tokens[from], from === 0) && (from > 0 || tokens[from + 1]?.capitalized === true);
    if (nameFirst) {
      let k = from;
      while (k + 1 < chunkEnd && tokens[k + 1].isWord && tokens[k + 1].capitalized) k++;
      return k;
    }
    const onlyDeterminers = tokens.slice(from, chunkEnd).every((t) => l.determiners.has(t.bare) || l.indefinite.has(t.bare));
    if (!onlyDeterminers) return null;
    for (let k = chunkEnd; k < end; k++) if (known(tokens[k])) return k;
    return null;
  }

  /** Classifies one segment's head; null when it names no plausible source. */
  private classifySegment(tokens: readonly Token[], s: number, e: number): Omit<SourceClass, 'segment'> | null {
    const l = this.lex;
    // A relative clause or a familiarity phrase modifies the head; it does not hold it.
    let end = e;
    for (let k = s + 1; k < e; k++) {
      if (l.relatives.has(tokens[k].bare)) {
        end = k;
        break;
      }
    }
    let chunkEnd = end;
    for (let k = s + 1; k < end; k++) {
      const t = tokens[k];
      // "sources familiar with", "a company email sent by": the head ends before its modifier.
      const participleAfterNoun = (l.participleModifiers.has(t.bare) || this.isPastForm(t)) && this.isLexiconNoun(tokens[k - 1].bare);
      if (!t.capitalized && (l.postModifiers.has(t.bare) || participleAfterNoun)) {
        chunkEnd = k;
        break;
      }
    }
    // "analysts and sources in the camp", "Kurt Hartley and Tim Pembrook": the last conjunct heads.
    let conjunct = s;
    for (let k = s + 1; k < chunkEnd - 1; k++) if (l.coordinators.has(tokens[k].bare) && !tokens[k].capitalized) conjunct = k + 1;
    let head = chunkEnd - 1;
    while (head > s && !tokens[head].isWord) head--;
    if (l.headFirst) head = this.firstHead(tokens, conjunct, chunkEnd, end) ?? head;
    const headToken = tokens[head];
    if (!headToken || !headToken.isWord) return null;
    // "president-elect", "co-founder": a compound is read by the part the lexicon knows.
    const h = this.lexicalForm(headToken);
    const first = tokens[conjunct];
    const plural = this.isPlural(h);
    const correlative = l.knownPartyQuantifiers.has(tokens[s].bare) && conjunct > s;
    const sentenceInitial = (k: number) => k === 0;
    // Where a capital is owed to the place, not the word: the sentence's start, or after a colon or an opening quote.
    const clauseInitial = (k: number) => k === 0 || /^[:"“«„]$/u.test(tokens[k - 1].text);
    const cls = (kind: Kind, type: SourceType, informant = false) => ({ kind, type, head, pronoun: null, informant });

    if (l.pronouns.has(h.bare) && head === conjunct) {
      return { kind: 'on-record', type: l.pronouns.get(h.bare)![0], head, pronoun: l.pronouns.get(h.bare)!, informant: false };
    }
    if (this.isObjectPronoun(h)) return null;
    if (this.afterHonorific(tokens, head)) return cls('on-record', 'person');
    if (l.anonymousNouns.has(h.bare)) return cls('anonymous', plural ? 'group' : 'person', true);
    if (l.anonymousQuantifiers.has(h.bare) && head <= s + 1) return cls('anonymous', 'group', true);
    if (!correlative && (l.knownPartyQuantifiers.has(tokens[s].bare) || l.knownPartyQuantifiers.has(h.bare))) {
      return cls('on-record', 'group');
    }
    if (l.publicationNouns.has(h.bare)) return cls('on-record', 'publication');
    if (l.documentNouns.has(h.bare)) return cls('on-record', 'document');
    if (l.organizationNouns.has(h.bare)) {
      // "human rights groups warned", "several companies said": bodies the article does not name.
      let named = false;
      for (let k = conjunct; k < head && !named; k++) named = tokens[k].possessive || (clauseInitial(k) ? this.opensWithName(tokens, k) : this.isNameWord(tokens[k], false));
      // (Read where modifiers come before the head; head-first languages name their bodies after it.)
      const unnamedBodies = !l.headFirst && plural && head > conjunct && !named && !l.bodyLemmas.has(h.bare) &&
        !l.definite.has(first.bare) && !l.definite.has(tokens[s].bare);
      return unnamedBodies ? cls('anonymous', 'group', true) : cls('on-record', 'organization');
    }
    // A noun known only from the broad person list, capitalised, is a surname when singular
    // ("Fowler said", "Don Fowler said") and a class of people when plural ("Republicans said").
    const listedRole = l.roleNouns.has(h.bare) || l.uniqueOffices.has(h.bare);
    const personNoun = !listedRole && l.personNouns.has(h.bare);
    const role = listedRole || (personNoun && (!h.capitalized || plural));
    // "Doctor says", "said King": a capitalised word alone mid-sentence is a surname, not a role.
    const bareName = h.capitalized && head === conjunct && head > 0 && !sentenceInitial(head) && !(plural && personNoun);
    if (bareName && role) return cls('on-record', 'person');
    if (role) {
      // Identified by a name in the phrase: "Commerzbank analyst", "Orlov's
      // spokesman", "a spokesperson for Apple", "Secretary of State Alan Crane".
      let identified = false;
      for (let k = conjunct; k < end && !identified; k++) {
        if (k === head) continue;
        const t = tokens[k];
        if (k > head && k >= chunkEnd) {
          // After the head, only the object of "for/at/of" identifies ("spokesman for Apple").
          const prep = tokens.slice(chunkEnd, k).find((x) => l.identifyingPrepositions.has(x.bare));
          if (!prep || tokens.slice(chunkEnd, k).some((x) => !x.capitalized && l.postModifiers.has(x.bare) && !l.identifyingPrepositions.has(x.bare))) continue;
        }
        const nameHere = clauseInitial(k) ? this.opensWithName(tokens, k) : this.isNameWord(t, false);
        if (nameHere && !l.roleNouns.has(t.bare) && !l.uniqueOffices.has(t.bare)) identified = true;
      }
      // "former U.S. ambassador to the Ukraine Marie Yovanovitch": a personal name closes the phrase.
      const last = tokens[end - 1];
      const beforeLast = tokens[end - 2];
      const personLike = (t: Token) => this.isNameWord(t, false) && !l.organizationNameWords.has(t.bare) && t.text !== t.text.toUpperCase();
      // ("the journal JAMA Psychiatry" is a title after a common noun, not a person.)
      const introducer = tokens[end - 3];
      // (Head-first phrases put genitive complements before the name: "депутатки міськради Марії Коваль".)
      const closingName = end - 2 > head && personLike(last) && personLike(beforeLast) && (introducer.capitalized || !introducer.isWord || l.headFirst);
      if (closingName) identified = true;
      const singular = !plural;
      // Without articles, an office with a complement is one known holder ("Президент США", "міністр оборони").
      // ("Президент наголосив" is the president known to the reader; "один міністр" is not.)
      const complemented = l.articleless && !l.indefinite.has(first.bare) && l.uniqueOffices.has(h.bare);
      const definite = l.definite.has(first.bare) || tokens.slice(conjunct, head).some((t) => t.possessive) || complemented;
      // A spokesperson speaks for a body, which the article names or implies ("a company spokesperson").
      // "a State Department official": one unnamed insider stays anonymous even when the body is named.
      const unnamedInsider = singular && l.indefinite.has(first.bare) && l.unnamedInsiderNouns.has(h.bare);
      if (unnamedInsider || l.retinueNouns.has(h.bare)) identified = identifiedByPerson(tokens, conjunct, end, head, (t) => this.isNameWord(t, false) && !l.organizationNameWords.has(t.bare));
      // "his lawyer", "Trump's wife": one person, identified through the one named before.
      const possessed = l.possessiveDeterminers.has(first.bare) || tokens.slice(conjunct, head).some((t) => t.possessive);
      const relative = singular && possessed && !l.retinueNouns.has(h.bare);
      if (identified || relative || (singular && definite && l.uniqueOffices.has(h.bare)) || l.bodyVoiceNouns.has(h.bare)) {
        // A personal name closing the phrase is one person, whatever the head's ending suggests ("голови ОДА … Петро Бондар").
        return cls('on-record', singular || (l.headFirst && closingName) ? 'person' : 'group');
      }
      // Belief verbs need an informant: "analysts believe", not "a refugee who feared".
      const plainPhrase = conjunct === head || l.determiners.has(first.bare) || first.capitalized;
      return cls('anonymous', singular ? 'person' : 'group', !singular && plainPhrase);
    }
    // "WASHINGTON —", "BUFFALO, N.Y. —": a dateline, not a source.
    if (head === 0 && h.text.length > 3 && h.text === h.text.toUpperCase() && isDateline(tokens)) return null;
    if (h.capitalized && !l.nonNameCapitals.has(h.bare)) {
      // "Backers of tariffs say": a capitalised first word with a common-noun complement is no name.
      const complement = tokens.slice(chunkEnd, end).filter((t) => t.isWord && !l.determiners.has(t.bare));
      if (sentenceInitial(head) && complement.length > 1 && !complement[1].capitalized) return null;
      const inChunk = tokens.slice(conjunct, chunkEnd);
      // "Taliban spokesman Karim Nazari": a name after a role is a person's.
      if (inChunk.some((t) => l.roleNouns.has(t.bare) || l.uniqueOffices.has(t.bare))) return cls('on-record', 'person');
      if (l.publicationNames.has(h.bare)) return cls('on-record', 'publication');
      // A place standing for its government ("Moscow has said"), alone: "Tom Jackson" is a person.
      if (l.placeNames.has(h.bare) && head === conjunct) return cls('on-record', 'organization');
      // A nationality alone names no one.
      if (this.isPlace(h) && head === conjunct) return null;
      if (inChunk.some((t) => l.organizationNameWords.has(t.bare)) || /^[\p{Lu}&]{2,}$/u.test(h.text)) {
        return cls('on-record', 'organization');
      }
      // "The Kremlin", "the Taliban": a person's name takes no article.
      if (l.definite.has(first.bare) && first !== h && tokens.slice(conjunct + 1, head).every((t) => t.capitalized)) return cls('on-record', 'organization');
      return cls('on-record', 'person');
    }
    return null;
  }

  /** Classifies a phrase by the first apposition that names a source. */
  private classify(tokens: readonly Token[], phrase: Phrase): SourceClass | null {
    for (let n = 0; n < phrase.segments.length; n++) {
      const [s, e] = phrase.segments[n];
      const c = this.classifySegment(tokens, s, e);
      if (c) {
        // A named apposition identifies an otherwise unnamed role ("Orlov's spokesman, Oleg Marchenko").
        if (c.kind === 'anonymous' && !this.lex.anonymousNouns.has(tokens[c.head].bare)) {
          for (let m = n + 1; m < phrase.segments.length; m++) {
            const other = this.classifySegment(tokens, phrase.segments[m][0], phrase.segments[m][1]);
            if (other && other.kind === 'on-record' && other.type === 'person') return { ...c, kind: 'on-record', type: 'person', segment: n };
          }
        }
        return { ...c, segment: n };
      }
    }
    return null;
  }

  /** The source on the cue's left ("X said", "X, who …, said", "as X notes"); 'clause' for "… and said". */
  private leftSource(tokens: readonly Token[], cue: Cue): Phrase | 'clause' | null {
    const l = this.lex;
    let j = cue.start - 1;
    for (let n = 0; n < MAX_PARENTHETICALS; n++) {
      for (let guard = 0; j >= 0 && guard < MAX_SOURCE_TOKENS; guard++) {
        const t = tokens[j];
        if (l.skip.has(t.bare) || this.isAdverb(t)) j--;
        else if (l.timeWords.has(t.bare)) {
          // "Alden on Tuesday announced", "Reed last week said".
          j--;
          while (j >= 0 && l.timePrepositions.has(tokens[j].bare) && !tokens[j].capitalized) j--;
        } else if (t.text === ')' && openingBracket(tokens, j) > 0) {
          // "Rep. Gwen Moore (D-Wis.) said": a bracketed aside between the source and its cue.
          j = openingBracket(tokens, j) - 1;
        } else break;
      }
      if (j < 0 || !isBreak(tokens[j])) break;
      const k = this.segmentStart(tokens, j - 1, 0);
      if (k <= j - 1 && this.isParenthetical(tokens, k, j - 1)) {
        j = k - 1;
        if (j >= 0 && isBreak(tokens[j])) j--;
        continue;
      }
      j--;
      // "a Syrian refugee who feared …, said": the noun phrase ends before its relative clause.
      for (let r = k + 1; r <= j; r++) {
        if (l.relatives.has(tokens[r].bare)) {
          j = r - 1;
          break;
        }
      }
      break;
    }
    if (j < 0) return null;
    const t = tokens[j];
    if (l.relatives.has(t.bare)) {
      // "Zelenko, who said", "two reports that depicted".
      let a = j - 1;
      if (a >= 0 && isComma(tokens[a])) a--;
      if (a < 0 || !tokens[a].isWord) return null;
      return this.nounPhraseLeft(tokens, a, 0, false, true);
    }
    if (l.clauseCoordinators.has(t.bare)) return 'clause';
    if (!t.isWord) return null;
    const phrase = this.nounPhraseLeft(tokens, j, 0, true);
    // "… dubbed the Black Death, say officials", "asked about the Brotherhood, called …":
    // the object of a verb or a preposition is not a subject.
    const before = phrase && phrase.start > 0 ? tokens[phrase.start - 1] : null;
    // Head-first languages: the preposition governs the phrase's first word only ("на сесії мер Луцька
    // Іван Гнатюк заявив"); the rest may still be the subject, or a body speaking ("У прес-службі банку стверджують").
    if (phrase && before && l.headFirst && (l.objectPrepositions.has(before.bare) || l.identifyingPrepositions.has(before.bare))) {
      // "Джерело в Офісі президента повідомило", "Собеседник агентства в МИД сообщил": the phrase
      // belongs to a source noun before the preposition.
      const owner = phrase.start >= 2 ? tokens[phrase.start - 2] : null;
      if (owner && owner.isWord && l.identifyingPrepositions.has(before.bare) && this.isLexiconNoun(this.lexicalForm(owner).bare)) {
        const head = this.nounPhraseLeft(tokens, phrase.start - 2, 0, false);
        if (head) return { start: head.start, end: phrase.end, segments: [[head.start, phrase.end]] };
      }
      // "в Альянсі відзначають": a body named alone after the preposition speaks for itself.
      if (phrase.end - phrase.start < 2) return { ...phrase, afterPreposition: true, bodyOnly: true };
      return { start: phrase.start + 1, end: phrase.end, segments: [[phrase.start + 1, phrase.end]], afterPreposition: true };
    }
    if (before && (this.isCueWord(before) || l.objectPrepositions.has(before.bare))) return null;
    // "that which it most fears": a word after a pronoun subject is an adverb, not a source.
    if (before && l.pronouns.has(before.bare) && phrase!.end - phrase!.start === 1) return null;
    return phrase;
  }

  /** A sentence-initial "In <document>," phrase before a passive cue without an agent. */
  private introDocument(
    tokens: readonly Token[],
    cue: Cue,
    tryPhrase: (p: Phrase | null) => { phrase: Phrase; cls: SourceClass } | null,
  ): { phrase: Phrase; cls: SourceClass } | null {
    if (tokens.length === 0 || !this.lex.documentIntroPrepositions.has(tokens[0].bare)) return null;
    const found = tryPhrase(this.nounPhraseRight(tokens, 1, false));
    return found && found.cls.type === 'document' && found.phrase.end < cue.start ? found : null;
  }

  /** The noun phrase before a relative "who" that runs up to the cue, without punctuation between. */
  private beforeRelativeClause(tokens: readonly Token[], cue: Cue): Phrase | null {
    const limit = Math.max(0, cue.start - MAX_SOURCE_TOKENS);
    for (let k = cue.start - 1; k > limit; k--) {
      const t = tokens[k];
      if (!t.isWord) return null;
      if (t.bare === this.lex.personRelative && !t.capitalized) return tokens[k - 1].isWord ? this.nounPhraseLeft(tokens, k - 1, 0, true) : null;
    }
    return null;
  }

  /** "reported by Reuters", "announced on Monday by Alan Crane": the passive agent. */
  private agentSource(tokens: readonly Token[], cue: Cue): Phrase | null {
    const limit = Math.min(tokens.length - 1, cue.end + MAX_AGENT_DISTANCE);
    for (let k = cue.end; k < limit; k++) {
      const t = tokens[k];
      if (!t.isWord || this.lex.negations.has(t.bare)) return null;
      if (t.bare === this.lex.agentWord) return this.nounPhraseRight(tokens, k + 1);
    }
    return null;
  }

  private passiveBefore(tokens: readonly Token[], cue: Cue): boolean {
    for (let j = cue.start - 1; j >= 0 && j >= cue.start - MAX_PARENTHETICALS; j--) {
      const t = tokens[j];
      if (this.lex.passiveAuxiliaries.has(t.bare)) return true;
      if (!this.lex.skip.has(t.bare) && !this.isAdverb(t)) return false;
    }
    return false;
  }

  /**
   * Head-first languages: a body named after a locative preposition right
   * after the cue ("як зазначили в поліції", "сообщили в МИД"); only a body
   * speaks this way.
   */
  private locativeBody(
    tokens: readonly Token[],
    from: number,
    tryPhrase: (p: Phrase | null) => { phrase: Phrase; cls: SourceClass } | null,
  ): { phrase: Phrase; cls: SourceClass } | null {
    if (!this.lex.headFirst || from + 1 >= tokens.length || !this.lex.identifyingPrepositions.has(tokens[from].bare)) return null;
    const found = tryPhrase(this.nounPhraseRight(tokens, from + 1, false));
    return found && (found.cls.type === 'organization' || found.cls.type === 'publication') ? found : null;
  }

  /** A phrase cut before its first apposition that names no source ("Укрінформ, удари завдано вночі" → "Укрінформ"). */
  private namedAppositions(tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
    if (!phrase) return null;
    let kept = 1;
    while (kept < phrase.segments.length && this.classifySegment(tokens, phrase.segments[kept][0], phrase.segments[kept][1])) kept++;
    const segments = phrase.segments.slice(0, kept);
    return { ...phrase, end: segments[segments.length - 1][1], segments };
  }

  /** Resolves a cue's source: a phrase with its class, or null. */
  private sourceFor(tokens: readonly Token[], cue: Cue): { phrase: Phrase; cls: SourceClass } | null {
    const tryPhrase = (p: Phrase | null) => {
      if (!p) return null;
      const cls = this.classify(tokens, p);
      // 'the term "three amigos"': words quoted as words are not who speaks (a quoted title is: «Forbes»).
      if (cls && this.quotedAsWords(tokens, cls.head)) return null;
      return cls ? { phrase: p, cls } : null;
    };
    const tryClause = () => {
      for (const p of this.clauseSubjects(tokens, cue.start)) {
        const found = tryPhrase(p);
        if (found) return found;
      }
      return null;
    };
    if (cue.mode === 'after') {
      // "According to X, Y is …": what follows the comma is the main clause, not an apposition.
      // A comment clause ("як запевняє депутат обласної ради, головний лікар … Тарас Мельник") takes appositions.
      const comment = tokens[cue.start].bare === this.lex.asWord;
      if (!comment) return tryPhrase(this.nounPhraseRight(tokens, cue.end, false));
      return this.locativeBody(tokens, cue.end, tryPhrase) ?? tryPhrase(this.namedAppositions(tokens, this.nounPhraseRight(tokens, cue.end, true)));
    }
    if (this.passiveBefore(tokens, cue)) {
      // "In a company email sent by the chairman, employees were told": the document tells.
      return tryPhrase(this.agentSource(tokens, cue)) ?? this.introDocument(tokens, cue, tryPhrase);
    }
    const before = cue.start > 0 ? tokens[cue.start - 1] : null;
    if (cue.mode === 'participle' && (!before || isComma(before) || this.lex.coordinators.has(before.bare))) return tryClause();
    // '…, say officials.': a source named after a comma and the cue, closing the sentence.
    if (before && isComma(before) && !this.lex.addresseeCues.has(tokens[cue.start].bare) && cue.end - cue.start === 1) {
      const after = this.nounPhraseRight(tokens, cue.end, false);
      const closes = after !== null && tokens.slice(after.end).every((t) => !t.isWord);
      const inverted = closes ? tryPhrase(after) : null;
      if (inverted) return inverted;
    }
    const left = this.leftSource(tokens, cue);
    if (cue.onlyAsComment) {
      // "As CNN's correspondent noted at the time, …".
      const asComment = left !== null && left !== 'clause' && left.start > 0 && tokens[left.start - 1].bare === this.lex.asWord;
      return asComment ? tryPhrase(left) : null;
    }
    if (left === 'clause') return tryClause();
    // After a preposition, a subject that follows its verb comes first ("у коментарі IA ZIK розповів голова комісії").
    if (left?.afterPreposition && this.lex.subjectAfterVerb && cue.mode === 'verb') {
      const right = tryPhrase(this.nounPhraseRight(tokens, cue.end));
      if (right) return right;
    }
    const fromLeft = tryPhrase(left);
    // After a preposition only a body or a text speaks ("У прес-службі банку стверджують"), not a person.
    // ("У заяві йдеться", "В сообщении говорится": a text speaks this way too.)
    if (fromLeft && left?.bodyOnly && fromLeft.cls.type !== 'organization' && fromLeft.cls.type !== 'publication' && fromLeft.cls.type !== 'document') return null;
    if (fromLeft) {
      if (cue.mode === 'belief' && !fromLeft.cls.informant) return null;
      return fromLeft;
    }
    // "A doctor who asked not to be named told …": the phrase before "who".
    const beforeRelative = tryPhrase(this.beforeRelativeClause(tokens, cue));
    if (beforeRelative) return cue.mode === 'belief' && !beforeRelative.cls.informant ? null : beforeRelative;
    if (cue.mode === 'belief') return null;
    // Inverted: '"…," said X', "…, said X", or a sentence that opens with the cue.
    // An addressee ("…, told Reuters") is never the source, except right after a quote.
    const addressee = this.lex.addresseeCues.has(tokens[cue.start].bare);
    if (!before || (isBreak(before) && !addressee) || /["”’»:']/.test(before.text) || this.lex.subjectAfterVerb) {
      // "так охарактеризував їх один з офіцерів": where the subject follows its verb, an object pronoun may come first.
      const objectFirst = this.lex.subjectAfterVerb && cue.end < tokens.length && this.isObjectPronoun(tokens[cue.end]);
      const inverted = tryPhrase(this.nounPhraseRight(tokens, cue.end + (objectFirst ? 1 : 0)));
      if (inverted) return inverted;
      // "Про це повідомили в поліції": a body named after a locative preposition.
      const body = this.lex.subjectAfterVerb ? this.locativeBody(tokens, cue.end, tryPhrase) : null;
      if (body) return body;
    }
    return cue.mode === 'verb' ? tryPhrase(this.agentSource(tokens, cue)) : null;
  }

  /** An anonymity request ("who asked not to be named") within a few tokens after a source phrase. */
  private asksAnonymity(tokens: readonly Token[], from: number): boolean {
    const to = Math.min(tokens.length, from + REQUEST_DISTANCE);
    for (let i = from; i < to; i++) if (this.lex.anonymityRequests.some((p) => matchPhrase(tokens, i, p, this.lex.inflection))) return true;
    return false;
  }

  /** The stated reason for anonymity in the sentence, from its marker to the end of its clause. */
  private reasonFor(tokens: readonly Token[], sourceStart: number, sourceEnd: number, cueStart: number): Span | null {
    const l = this.lex;
    // Only near the source: a reason is stated beside the one it explains.
    const from = Math.max(0, Math.min(sourceStart, cueStart) - REASON_WINDOW);
    const to = Math.min(tokens.length, Math.max(sourceEnd, cueStart) + REASON_WINDOW);
    let request = -1;
    for (let i = from; i < to && request < 0; i++) {
      const p = l.anonymityRequests.find((phrase) => matchPhrase(tokens, i, phrase, l.inflection));
      if (p) request = i + p.length;
    }
    // "a person familiar with the matter who was not authorized to speak": the source's own relative clause.
    const describedUntil = tokens[sourceEnd]?.bare === l.personRelative ? to : sourceEnd;
    for (let i = from; i < to; i++) {
      const inSource = i >= sourceStart && i < describedUntil;
      if (!inSource && request < 0) continue;
      let marker = l.reasonMarkers.find((p) => matchPhrase(tokens, i, p, l.inflection));
      // In the source's relative clause a bare connective ("because he knows him") gives no reason for anonymity.
      if (marker && request < 0 && i >= sourceEnd && marker.length === 1 && l.reasonAfterRequest.has(marker[0])) marker = undefined;
      // "on condition of anonymity to discuss internal deliberations": the purpose is the reason.
      const purpose = i === request && l.reasonAfterRequest.has(tokens[i].bare) ? [tokens[i].bare] : null;
      const opener = marker ?? purpose;
      if (!opener) continue;
      let e = i + opener.length;
      const stop = i < cueStart ? cueStart : tokens.length;
      while (e < stop && tokens[e].isWord && !l.coordinators.has(tokens[e].bare) && tokens[e].end - tokens[i].start < MAX_REASON_LENGTH) e++;
      return span(this.text, tokens[i].start, tokens[e - 1].end);
    }
    return null;
  }

  /** The quotation attributed by a cue in this sentence: the nearest one that does not hold the cue. */
  private quoteFor(sentence: Span, cueStart: number): Span | null {
    let best: QuoteSpan | null = null;
    let bestDistance = Infinity;
    // Quotes are sorted; find those overlapping the sentence.
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].end <= sentence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.quotes.length && this.quotes[k].start < sentence.end; k++) {
      const q = this.quotes[k];
      if (q.start <= cueStart && cueStart < q.end) continue;
      // Scare quotes of a word or two are not direct quotations.
      if (q.end - q.start < 25 && !/\s\S+\s\S+/.test(this.text.slice(q.start, q.end))) continue;
      const distance = q.start > cueStart ? q.start - cueStart : cueStart - q.end;
      if (distance < bestDistance) {
        best = q;
        bestDistance = distance;
      }
    }
    if (!best && /:\s*$/.test(sentence.text)) {
      // 'Smith said:' ending a sentence introduces the quotation right after it.
      const next = this.quotes[lo];
      if (next && next.start >= sentence.end && /^\s*$/.test(this.text.slice(sentence.end, next.start))) best = next;
    }
    return best ? span(this.text, best.start, best.end) : null;
  }

  /**
   * The source phrase from its head apposition on ("Despite …, the
   * researchers" → "the researchers"), without a leading preposition
   * ("with Audi suggesting" → "Audi").
   */
  private trimmed(tokens: readonly Token[], phrase: Phrase, cls: SourceClass): Phrase {
    const segments = phrase.segments.slice(cls.segment).map(([s, e]) => [s, e] as [number, number]);
    let start = segments[0][0];
    while (start < cls.head && (this.lex.postModifiers.has(tokens[start].bare) || this.lex.parentheticalOpeners.has(tokens[start].bare))) start++;
    segments[0][0] = start;
    cls.segment = 0;
    return { start, end: phrase.end, segments };
  }

  private mentionOf(tokens: Token[], phrase: Phrase, cls: SourceClass): Mention {
    const first = tokens[phrase.start];
    const last = tokens[phrase.end - 1];
    return {
      kind: cls.kind,
      type: cls.type,
      source: span(this.text, first.start, last.end),
      pronoun: cls.pronoun,
      sourceTokens: tokens.slice(phrase.start, phrase.end),
      segments: phrase.segments.map(([s, e]) => [s - phrase.start, e - phrase.start]),
      headSegment: cls.segment,
      head: cls.head - phrase.start,
    };
  }

  /** The named person a sentence is about ("Pembrook was the third witness …"), for pronouns to refer to. */
  private subjectMention(tokens: Token[]): Mention | null {
    const phrase = this.sentenceSubject(tokens, tokens.length);
    if (!phrase) return null;
    const cls = this.classify(tokens, phrase);
    if (!cls || cls.pronoun || cls.kind !== 'on-record' || !tokens[cls.head].capitalized) return null;
    return this.mentionOf(tokens, phrase, cls);
  }

  /** All attributions of one sentence, in text order, one per source; and the sentence's named subject. */
  findInSentence(sentence: Span): { found: FoundAttribution[]; subject: Mention | null } {
    const tokens = tokenize(this.text, sentence.start, sentence.end);
    const found: FoundAttribution[] = [];
    const claimedSources: [number, number][] = [];
    for (const cue of this.cues(tokens).slice(0, MAX_CUES_PER_SENTENCE)) {
      // A cue inside a source already found ("… the report's authors, citing …") is not another.
      if (claimedSources.some(([s, e]) => cue.start >= s && cue.start < e)) continue;
      if (cue.mode === 'participle') {
        // "Reporting by …", "additional reporting by …": credits, not sources.
        if (tokens[cue.end]?.bare === this.lex.agentWord) continue;
        // "said …, saying …": the second cue of a source already found.
        const before = tokens[cue.start - 1];
        if (before && (isComma(before) || this.lex.coordinators.has(before.bare)) && found.length > 0) continue;
      }
      const resolved = this.sourceFor(tokens, cue);
      if (!resolved) continue;
      const { cls } = resolved;
      // "Керівник банку, що побажав залишитися неназваним, розповів": an unnamed holder of a
      // definite office who asks not to be named is anonymous.
      if (cls.kind === 'on-record' && !cls.pronoun && !this.isNameWord(tokens[cls.head], cls.head === 0) && this.asksAnonymity(tokens, resolved.phrase.end)) cls.kind = 'anonymous';
      // "Politico reported", "reported by Reuters": a name that reports is an outlet.
      if ((cls.type === 'person' || cls.type === 'organization') && !cls.pronoun && this.lex.publicationCues.has(tokens[cue.start].bare) && this.isBareName(tokens, resolved.phrase)) {
        cls.type = 'publication';
      }
      const phrase = this.trimmed(tokens, resolved.phrase, cls);
      const sourceTokens = tokens.slice(phrase.start, phrase.end);
      const key = sourceTokens.map((t) => t.bare).join(' ');
      if (found.some((f) => f.sourceTokens.map((t) => t.bare).join(' ') === key)) continue;
      if (claimedSources.some(([s, e]) => phrase.start < e && s < phrase.end)) continue;
      // "When Rahimi announced …, he said …": the pronoun is the source already found.
      if (cls.pronoun && found.some((f) => !f.pronoun && cls.pronoun!.includes(f.type))) continue;
      claimedSources.push([phrase.start, phrase.end]);
      const cueFirst = tokens[cue.start];
      const cueLast = tokens[cue.end - 1];
      found.push({
        ...this.mentionOf(tokens, phrase, cls),
        cue: span(this.text, cueFirst.start, cueLast.end),
        sentence,
        quote: this.quoteFor(sentence, cueFirst.start),
        reason: cls.kind === 'anonymous' ? this.reasonFor(tokens, phrase.start, phrase.end, cue.start) : null,
      });
    }
    found.sort((a, b) => Math.min(a.source.start, a.cue.start) - Math.min(b.source.start, b.cue.start));
    return { found, subject: found.length === 0 ? this.subjectMention(tokens) : null };
  }
}

/**
 * Finds the attributions of every sentence, in text order, and the named
 * subjects of sentences without one (what later pronouns may refer to).
 */
export function findAttributions(
  text: string,
  sentences: readonly Span[],
  quotes: readonly QuoteSpan[],
  lexicon: AttributionLexicon,
): { attributions: FoundAttribution[]; mentions: Mention[] } {
  const finder = new AttributionFinder(text, lexicon, quotes);
  const attributions: FoundAttribution[] = [];
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const { found, subject } = finder.findInSentence(sentence);
    pushAll(attributions, found);
    if (subject) mentions.push(subject);
  }
  return { attributions, mentions };
}
