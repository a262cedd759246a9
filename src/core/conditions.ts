import type { ConditionLexicon, GovernedPhraseRules, Lexicon } from './lexicon/types';
import { phraseTokens, type Token, tokenize } from './tokens';
import type { Span } from './types';

/**
 * Conditions (`spec/annotation.md` §2): a marker ("provided that", "unless",
 * "if" …) and the clause it heads, up to the end of that clause. Which words
 * are markers, and where they are not (the traps), is data in the lexicon;
 * this module only knows how to read a sentence.
 */
export interface ConditionFinding {
  marker: Span;
  /** From the marker to the end of its clause. */
  clause: Span;
  sentence: Span;
}

type PatternToken =
  | { kind: 'word'; value: string }
  | { kind: 'anyWord' }
  | { kind: 'gap' }
  | { kind: 'clauseEnd' }
  | { kind: 'class'; name: string }
  | { kind: 'punct'; value: string };

interface CompiledMarker {
  /** The marker's tokens: words, and any punctuation that belongs to it. */
  words: string[];
  clauseInitial: boolean;
  nextWordClass: string | null;
  subjectAfterClass: string | null;
  anywhereBeforeClass: string | null;
  governsNoun: boolean;
}

interface CompiledGovernedPhrase {
  modifier: RegExp;
  genitiveModifier: RegExp;
  prepositions: Set<string>;
  coordinators: Set<string>;
}

interface CompiledTrap {
  /** The marker's words. */
  marker: string[];
  /** The tokens before the marker, nearest first (matched backwards). */
  before: PatternToken[];
  after: PatternToken[];
}

interface CompiledConditionLexicon {
  /** Longest first, so that "only if" wins over "if". */
  markers: CompiledMarker[];
  /** Traps by the marker they guard ("if", "as long as"). */
  trapsByMarker: Map<string, CompiledTrap[]>;
  classes: Map<string, Set<string>>;
  wildcardStops: Set<string>;
  clauseEndWords: Set<string>;
  mainClauseOpeners: PatternToken[][];
  conditionHeadWords: Set<string>;
  clauseInitialAfter: Set<string>;
  clauseContinuers: Set<string>;
  asideOpeners: Set<string>;
  asideOpenerPattern: RegExp | null;
  complementVerbs: Set<string>;
  governedPhrase: CompiledGovernedPhrase | null;
}

const DIGITS = /^\p{N}+$/u;
/** Marks in a trap pattern that are not literal tokens. */
const PATTERN_ANY_WORD = '*';
const PATTERN_GAP = '...';
const PATTERN_CLAUSE_END = '#';
const PATTERN_CLASS = /^\{(\w+)\}$/;
/** The class that also takes digits ("as long as 10 years"). */
const NUMBER_CLASS = 'number';
/**
 * More marker words than this in one sentence is not prose; the rest are not
 * examined. Each one's traps and clause may scan the whole sentence, so this
 * keeps time linear (and the Report small) on degenerate text.
 */
const MAX_MARKERS_PER_SENTENCE = 24;

/** Punctuation that closes a clause when no bracket or quote opened after the marker is still open. */
const CLAUSE_END_PUNCTUATION = new Set([',', ';', ':', '!', '?', '…', '—', '–']);
/** A hyphen or a run of them stands for a dash only with spaces around it. */
const HYPHENS = new Set(['-', '‐', '‑', '−']);
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '„': '”', '«': '»', '‹': '›', '‘': '’' };
const CLOSERS = new Set([')', ']', '”', '»', '›', '’']);
const STRAIGHT_DOUBLE = '"';
const STRAIGHT_SINGLE = "'";
/** What may precede a marker that must head its clause. */
const CLAUSE_HEAD_PUNCTUATION = new Set([',', ';', ':', '(', '[', '“', '„', '«', '‘', '"', "'", '—', '–', '-']);

const compiled = new WeakMap<ConditionLexicon, CompiledConditionLexicon>();

/** Every condition in `text`, in text order, looked for inside the given sentences. */
export function findConditions(
  text: string,
  sentences: readonly Span[],
  lexicon: Lexicon,
): ConditionFinding[] {
  const rules = compile(lexicon.conditions);
  const quoteParity = new StraightQuoteParity(text);
  const findings: ConditionFinding[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end, 'simple');
    const sentenceSpan = span(text, sentence.start, sentence.end);
    let markersSeen = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].isWord) continue;
      const marker = markerAt(tokens, i, rules);
      if (!marker) continue;
      if (++markersSeen > MAX_MARKERS_PER_SENTENCE) break;
      const last = i + marker.words.length - 1;
      if (isMarkerInContext(tokens, i, last, marker, rules)) {
        const insideQuote = quoteParity.isOpenAt(tokens[last].end);
        const initial = headsClause(tokens, i, rules) || rules.conditionHeadWords.has(tokens[i - 1]?.lower ?? '');
        const phraseEnd = marker.governsNoun && rules.governedPhrase ? governedPhraseEnd(tokens, last + 1, rules.governedPhrase) : tokens.length;
        const clauseEnd = findClauseEnd(text, tokens, last, initial, insideQuote, rules, phraseEnd);
        findings.push({
          marker: span(text, tokens[i].start, tokens[last].end),
          clause: span(text, tokens[i].start, clauseEnd),
          sentence: sentenceSpan,
        });
      }
      i = last;
    }
  }
  return findings.sort((a, b) => a.marker.start - b.marker.start);
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

function compile(lexicon: ConditionLexicon): CompiledConditionLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const markers = lexicon.markers
    .map((m) => ({
      words: phraseTokens(m.phrase, 'simple'),
      clauseInitial: m.clauseInitial ?? false,
      nextWordClass: m.nextWordClass ?? null,
      subjectAfterClass: m.subjectAfterClass ?? null,
      anywhereBeforeClass: m.anywhereBeforeClass ?? null,
      governsNoun: m.governsNoun ?? false,
    }))
    .sort((a, b) => b.words.length - a.words.length);
  const classes = new Map<string, Set<string>>();
  for (const [name, words] of Object.entries(lexicon.wordClasses)) {
    classes.set(name, new Set(words.map((w) => w.toLowerCase())));
  }
  const result: CompiledConditionLexicon = {
    markers,
    trapsByMarker: groupTraps(
      lexicon.traps.map((t) => compileTrap(t, classes)),
      new Set(markers.map((m) => m.words.join(' '))),
    ),
    classes,
    wildcardStops: new Set(lexicon.wildcardStops.map((w) => w.toLowerCase())),
    clauseEndWords: new Set(lexicon.clauseEndWords.map((w) => w.toLowerCase())),
    conditionHeadWords: new Set(lexicon.conditionHeadWords.map((w) => w.toLowerCase())),
    clauseInitialAfter: new Set(lexicon.clauseInitialAfter.map((w) => w.toLowerCase())),
    clauseContinuers: new Set((lexicon.clauseContinuers ?? []).map((w) => w.toLowerCase())),
    asideOpeners: new Set((lexicon.asideOpeners ?? []).map((w) => w.toLowerCase())),
    asideOpenerPattern: lexicon.asideOpenerPattern ? new RegExp(lexicon.asideOpenerPattern, 'u') : null,
    complementVerbs: new Set((lexicon.complementVerbs ?? []).map((w) => w.toLowerCase())),
    governedPhrase: lexicon.governedPhrase ? compileGovernedPhrase(lexicon.governedPhrase) : null,
    mainClauseOpeners: lexicon.mainClauseOpeners.map((p) =>
      p.trim().split(/\s+/).map((part) => patternToken(part, classes, p)),
    ),
  };
  compiled.set(lexicon, result);
  return result;
}

function compileGovernedPhrase(rules: GovernedPhraseRules): CompiledGovernedPhrase {
  return {
    modifier: new RegExp(rules.modifierPattern, 'u'),
    genitiveModifier: new RegExp(rules.genitiveModifierPattern, 'u'),
    prepositions: new Set(rules.prepositions.map((w) => w.toLowerCase())),
    coordinators: new Set(rules.coordinators.map((w) => w.toLowerCase())),
  };
}

function compileTrap(pattern: string, classes: Map<string, Set<string>>): CompiledTrap {
  const open = pattern.indexOf('[');
  const close = pattern.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`condition trap without [marker]: ${pattern}`);
  const parts = (s: string) => s.trim().split(/\s+/).filter(Boolean).map((p) => patternToken(p, classes, pattern));
  return {
    marker: phraseTokens(pattern.slice(open + 1, close), 'simple'),
    before: parts(pattern.slice(0, open)).reverse(),
    after: parts(pattern.slice(close + 1)),
  };
}

function groupTraps(traps: CompiledTrap[], markers: ReadonlySet<string>): Map<string, CompiledTrap[]> {
  const byMarker = new Map<string, CompiledTrap[]>();
  for (const trap of traps) {
    const key = trap.marker.join(' ');
    // A trap for a word that is no marker would never apply: a slip in the lexicon.
    if (!markers.has(key)) throw new Error(`condition trap guards "${key}", which is not a condition marker`);
    byMarker.set(key, [...(byMarker.get(key) ?? []), trap]);
  }
  return byMarker;
}

function patternToken(part: string, classes: Map<string, Set<string>>, pattern: string): PatternToken {
  if (part === PATTERN_ANY_WORD) return { kind: 'anyWord' };
  if (part === PATTERN_GAP) return { kind: 'gap' };
  if (part === PATTERN_CLAUSE_END) return { kind: 'clauseEnd' };
  const cls = PATTERN_CLASS.exec(part);
  if (cls) {
    if (!classes.has(cls[1])) throw new Error(`condition trap names unknown word class {${cls[1]}}: ${pattern}`);
    return { kind: 'class', name: cls[1] };
  }
  if (/[\p{L}\p{N}]/u.test(part)) return { kind: 'word', value: part.toLowerCase() };
  return { kind: 'punct', value: part };
}

function markerAt(tokens: Token[], i: number, rules: CompiledConditionLexicon): CompiledMarker | null {
  for (const marker of rules.markers) {
    if (marker.words.every((w, k) => tokens[i + k]?.lower === w)) return marker;
  }
  return null;
}

function isMarkerInContext(
  tokens: Token[],
  first: number,
  last: number,
  marker: CompiledMarker,
  rules: CompiledConditionLexicon,
): boolean {
  const anywhere = marker.anywhereBeforeClass !== null && (rules.classes.get(marker.anywhereBeforeClass)?.has(tokens[last + 1]?.lower ?? '') ?? false);
  if (marker.clauseInitial && !anywhere && !headsClause(tokens, first, rules)) return false;
  if (marker.nextWordClass) {
    const next = tokens[last + 1];
    if (!next || !next.isWord || !rules.classes.get(marker.nextWordClass)?.has(next.lower)) return false;
  }
  if (marker.subjectAfterClass && !anywhere) {
    const next = tokens[last + 1];
    const opensSubject = next !== undefined && next.isWord && (/^\p{Lu}/u.test(next.text) || DIGITS.test(next.text) ||
      (rules.classes.get(marker.subjectAfterClass)?.has(next.lower) ?? false));
    if (!opensSubject) return false;
  }
  for (const trap of rules.trapsByMarker.get(marker.words.join(' ')) ?? []) {
    if (matches(trap.before, tokens, first - 1, -1, rules) && matches(trap.after, tokens, last + 1, 1, rules)) {
      return false;
    }
  }
  return true;
}

function headsClause(tokens: Token[], first: number, rules: CompiledConditionLexicon): boolean {
  const previous = tokens[first - 1];
  if (!previous) return true;
  if (previous.isWord) return rules.clauseInitialAfter.has(previous.lower);
  return CLAUSE_HEAD_PUNCTUATION.has(previous.text);
}

/** Whether `pattern` matches the tokens from `pos` on, walking by `step` (1 forwards, -1 backwards). */
function matches(
  pattern: readonly PatternToken[],
  tokens: Token[],
  pos: number,
  step: 1 | -1,
  rules: CompiledConditionLexicon,
  k = 0,
): boolean {
  if (k === pattern.length) return true;
  const want = pattern[k];
  const token = pos >= 0 && pos < tokens.length ? tokens[pos] : null;
  switch (want.kind) {
    case 'gap':
      for (let p = pos; p >= -1 && p <= tokens.length; p += step) {
        if (matches(pattern, tokens, p, step, rules, k + 1)) return true;
      }
      return false;
    case 'clauseEnd':
      // The sentence's edge is a clause end too.
      if (!token) return matches(pattern, tokens, pos, step, rules, k + 1);
      return isClauseEndToken(tokens, pos) && matches(pattern, tokens, pos + step, step, rules, k + 1);
    case 'anyWord':
      return !!token?.isWord && !rules.wildcardStops.has(token.lower) && matches(pattern, tokens, pos + step, step, rules, k + 1);
    case 'word':
      return !!token?.isWord && token.lower === want.value && matches(pattern, tokens, pos + step, step, rules, k + 1);
    case 'class': {
      const ok =
        !!token?.isWord &&
        (rules.classes.get(want.name)!.has(token.lower) || (want.name === NUMBER_CLASS && DIGITS.test(token.text)));
      return ok && matches(pattern, tokens, pos + step, step, rules, k + 1);
    }
    case 'punct':
      return !!token && !token.isWord && token.text === want.value && matches(pattern, tokens, pos + step, step, rules, k + 1);
  }
}

function isClauseEndToken(tokens: Token[], pos: number): boolean {
  const token = tokens[pos];
  if (token.isWord) return false;
  return (
    CLAUSE_END_PUNCTUATION.has(token.text) ||
    CLOSERS.has(token.text) ||
    token.text === '.' ||
    token.text === STRAIGHT_DOUBLE ||
    token.text === STRAIGHT_SINGLE ||
    isSpacedHyphen(tokens, pos)
  );
}

/**
 * "січні–лютому", "2022–2023": an en dash with a word on each side and no space is a range, no clause's end (an
 * em dash without spaces is the usual dash of a clause in English: "if ports close—and they may").
 */
function isRangeDash(tokens: Token[], pos: number): boolean {
  const token = tokens[pos];
  const before = tokens[pos - 1];
  const after = tokens[pos + 1];
  const joins = before?.isWord === true && after?.isWord === true && before.end === token.start && after.start === token.end;
  return joins && (token.text === '–' || (token.text === '—' && /^\d/.test(before.text) && /^\d/.test(after.text)));
}

/** " - " between words is a dash; "well-known" is not. */
function isSpacedHyphen(tokens: Token[], pos: number): boolean {
  const token = tokens[pos];
  if (!HYPHENS.has(token.text)) return false;
  const before = tokens[pos - 1];
  const after = tokens[pos + 1];
  return (!before || before.end < token.start) && (!after || after.start > token.end);
}

/**
 * The end offset of the clause a marker heads: the first comma, semicolon,
 * colon, dash, "then", or closing quote or bracket that was opened before the
 * marker — brackets and quotes opened after it ("the “borders” that …") are
 * stepped over — or else the sentence's last word.
 */
function findClauseEnd(
  text: string,
  tokens: Token[],
  markerLast: number,
  initial: boolean,
  insideStraightQuote: boolean,
  rules: CompiledConditionLexicon,
  phraseEnd: number,
): number {
  const open: string[] = [];
  let straightDoubleOpen = insideStraightQuote;
  let lastWordEnd = tokens[markerLast].end;
  let wordsInClause = 0;
  let skippingAside = false;
  for (let j = markerLast + 1; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.isWord) {
      if (j >= phraseEnd && open.length === 0) break;
      if (open.length === 0 && wordsInClause > 0) {
        // ("что кто-то …": not the part of a hyphenated word, "то" of "кто-то".)
        const wordPart = j >= 2 && HYPHENS.has(tokens[j - 1].text) && tokens[j - 1].start === tokens[j - 2].end && tokens[j - 1].end === token.start;
        if (rules.clauseEndWords.has(token.lower) && !wordPart) break;
        // "If elected he would …": an initial condition's main clause, where no comma marks it.
        if (initial && opensMainClause(tokens, j, rules)) break;
      }
      wordsInClause++;
      lastWordEnd = token.end;
      continue;
    }
    const t = token.text;
    if (t === STRAIGHT_DOUBLE) {
      // Straight quotes alternate open/close along the paragraph.
      straightDoubleOpen = !straightDoubleOpen;
      if (straightDoubleOpen) open.push(STRAIGHT_DOUBLE);
      else if (open[open.length - 1] === STRAIGHT_DOUBLE) open.pop();
      else break;
      lastWordEnd = token.end;
      continue;
    }
    if (t === STRAIGHT_SINGLE) {
      if (open[open.length - 1] === STRAIGHT_SINGLE) {
        open.pop();
        lastWordEnd = token.end;
      } else if (opensQuote(text, token)) {
        open.push(STRAIGHT_SINGLE);
      }
      // Otherwise an apostrophe ("the protesters' demands"): part of the clause.
      continue;
    }
    if (t in OPENERS) {
      open.push(OPENERS[t]);
      continue;
    }
    if (CLOSERS.has(t)) {
      if (open[open.length - 1] === t) {
        open.pop();
        lastWordEnd = token.end;
        continue;
      }
      // A closing single quote can be a trailing apostrophe ("protesters’").
      if (t === '’') continue;
      break;
    }
    if (open.length > 0) continue;
    if (t === ',' && isThousandsSeparator(text, token)) continue;
    if ((CLAUSE_END_PUNCTUATION.has(t) && !isRangeDash(tokens, j)) || isSpacedHyphen(tokens, j)) {
      // "if, as expected, the talks fail": an aside right after the marker.
      if (t === ',' && wordsInClause === 0) {
        skippingAside = !skippingAside;
        continue;
      }
      if (skippingAside && t === ',') {
        skippingAside = false;
        continue;
      }
      // "if freight volumes, which have been weak, do not recover": an aside on the condition's noun.
      const aside = t === ',' ? asideClose(tokens, j, rules) : -1;
      if (aside > 0) {
        j = aside;
        continue;
      }
      // "in Gary, Indiana, they": a place and the state or country it lies in.
      const region = t === ',' ? placeThenRegion(tokens, j, rules) : -1;
      if (region > 0) {
        if (region > j) {
          lastWordEnd = tokens[j + 1].end;
          j = region;
        }
        continue;
      }
      // "якщо хочеш, щоб …": the comma opens a clause that belongs to the condition.
      if (t === ',' && rules.clauseContinuers.has(tokens[j + 1]?.lower ?? '')) continue;
      break;
    }
    if (t === '.' && endsSentence(text, tokens, j)) break;
  }
  return lastWordEnd;
}

/**
 * Where the noun phrase a marker governs ends, from its first token (`from`): a group of modifiers and a noun, one
 * complement, prepositional phrases and nouns joined to them, and further groups opened by a modifier in the
 * genitive; a quotation inside is stepped over ("у разі відкликання ліцензії у банку «Схід»"). Returns the index of
 * the first token past the phrase, which leaves out the main clause's subject or verb; where no noun follows the
 * marker, the sentence's end.
 */
function governedPhraseEnd(tokens: Token[], from: number, rules: CompiledGovernedPhrase): number {
  const isWord = (k: number) => k < tokens.length && tokens[k].isWord;
  const isModifier = (k: number) => DIGITS.test(tokens[k].text) || rules.modifier.test(tokens[k].lower);
  // A group: modifiers, then its noun (a modifier-shaped word with no word after it is the noun).
  const group = (k: number) => {
    let j = k;
    while (isWord(j + 1) && isModifier(j) && !rules.prepositions.has(tokens[j + 1].lower) && !rules.coordinators.has(tokens[j + 1].lower)) j++;
    return isWord(j) ? j + 1 : -1;
  };
  let k = group(from);
  // ("лише за умови, що …": no noun right after it; a clause follows, read as any marker's.)
  if (k < 0) return tokens.length;
  let complementTaken = false;
  let afterPreposition = false;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t.isWord) {
      // ("плей-офф": a hyphen with no space joins one word.)
      if (HYPHENS.has(t.text) && !isSpacedHyphen(tokens, k) && isWord(k + 1)) {
        k += 2;
        continue;
      }
      const closer = OPENERS[t.text];
      const close = closer ? tokens.findIndex((c, n) => n > k && c.text === closer) : -1;
      if (close < 0) return k;
      k = close + 1;
      continue;
    }
    const next = rules.prepositions.has(t.lower) || rules.coordinators.has(t.lower) ? group(k + 1) :
      // ("у разі затримки поставки": one complement right after the head, a modifier in it in the genitive.)
      !complementTaken && !afterPreposition && (!isModifier(k) || rules.genitiveModifier.test(t.lower)) ? group(k) :
      rules.genitiveModifier.test(t.lower) ? group(k) : -1;
    if (next < 0) return k;
    if (rules.prepositions.has(t.lower)) afterPreposition = true;
    else if (!rules.coordinators.has(t.lower)) complementTaken = true;
    k = next;
  }
  return k;
}

/** Most tokens of a relative aside inside a condition. */
const MAX_ASIDE_TOKENS = 16;

/**
 * The closing comma of a relative aside that opens after the comma at `comma` and leaves the condition going
 * on: the word after it is a lower-case word that opens no main clause and is no subject pronoun nor a
 * conjunction ("…, which have been weak since last summer, did not recover"). -1 otherwise.
 */
function asideClose(tokens: Token[], comma: number, rules: CompiledConditionLexicon): number {
  const opener = tokens[comma + 1]?.lower ?? '';
  if (!rules.asideOpeners.has(opener) && !(rules.asideOpenerPattern?.test(opener) ?? false)) return -1;
  for (let k = comma + 2; k < tokens.length && k <= comma + MAX_ASIDE_TOKENS; k++) {
    const t = tokens[k];
    if (t.isWord) continue;
    return t.text === ',' && goesOn(tokens, k, rules) ? k : -1;
  }
  return -1;
}

/** After the comma at `comma`, does the condition go on: a lower-case word that is no subject pronoun or conjunction and opens no main clause? */
function goesOn(tokens: Token[], comma: number, rules: CompiledConditionLexicon): boolean {
  const next = tokens[comma + 1];
  return next !== undefined && next.isWord && next.lower === next.text && !rules.clauseEndWords.has(next.lower) && !rules.wildcardStops.has(next.lower) &&
    !(rules.classes.get('subjectPronoun')?.has(next.lower) ?? false) && !opensMainClause(tokens, comma + 1, rules);
}

/**
 * "in Gary, Indiana, closes": a comma between two capitalised words, the second closed by a comma or the
 * sentence's end: the comma after the region when the condition goes on past it, else the one before it; -1
 * where there is no such pair.
 */
function placeThenRegion(tokens: Token[], comma: number, rules: CompiledConditionLexicon): number {
  const [before, region, after] = [tokens[comma - 1], tokens[comma + 1], tokens[comma + 2]];
  const capitalised = (t: Token | undefined) => t !== undefined && t.isWord && /^\p{Lu}/u.test(t.text);
  if (!capitalised(before) || !capitalised(region) || !(after === undefined || after.text === ',' || after.text === '.')) return -1;
  return after?.text === ',' && goesOn(tokens, comma + 2, rules) ? comma + 2 : comma;
}

/** Whether a main clause starts at `pos` ("he would", "we'll"), not inside a relative clause ("that we will"). */
function opensMainClause(tokens: Token[], pos: number, rules: CompiledConditionLexicon): boolean {
  const previous = tokens[pos - 1];
  if (previous?.isWord && (rules.wildcardStops.has(previous.lower) || rules.complementVerbs.has(previous.lower))) return false;
  return rules.mainClauseOpeners.some((pattern) => matches(pattern, tokens, pos, 1, rules));
}

/**
 * Whether a period ends a sentence: at the sentence's end, or before white
 * space after a lower-case word ("… asked me that question. -- SIGNED"),
 * should the sentence span run on. After a capital or a single letter it
 * is taken for an abbreviation ("U.S.", "Mr.", "Sept.").
 */
function endsSentence(text: string, tokens: Token[], pos: number): boolean {
  if (tokens.slice(pos + 1).every((t) => !t.isWord)) return true;
  const before = tokens[pos - 1];
  const spaceAfter = /\s/u.test(text[tokens[pos].end] ?? '');
  return spaceAfter && !!before?.isWord && before.end === tokens[pos].start && before.text.length > 1 && before.text === before.lower && !/\p{N}/u.test(before.text);
}

/** "100,000": a comma between digits. */
function isThousandsSeparator(text: string, comma: Token): boolean {
  return /\p{N}/u.test(text[comma.start - 1] ?? '') && /\p{N}/u.test(text[comma.end] ?? '');
}

/** A straight single quote opens a quotation when it follows a space or bracket and precedes a letter. */
function opensQuote(text: string, token: Token): boolean {
  const before = token.start === 0 ? ' ' : text[token.start - 1];
  const after = text[token.end] ?? '';
  return /[\s(\[]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
}

/**
 * Whether a straight double quote is open at an offset: an odd number of
 * them since the paragraph's start. Asked in text order, it reads the text
 * once (a paragraph-long scan per question would be quadratic on a text
 * without line breaks).
 */
class StraightQuoteParity {
  /** Where the scan stands; -1 before the first question. */
  private position = -1;
  private open = false;

  constructor(private readonly text: string) {}

  isOpenAt(offset: number): boolean {
    if (this.position < 0 || offset < this.position) {
      // First asked, or asked out of order: start from the paragraph's start (a line break
      // closes any quote), so reading one paragraph of a long text does not scan all before it.
      this.position = this.text.lastIndexOf('\n', offset - 1) + 1;
      this.open = false;
    }
    for (; this.position < offset; this.position++) {
      const c = this.text[this.position];
      if (c === '\n') this.open = false;
      else if (c === STRAIGHT_DOUBLE) this.open = !this.open;
    }
    return this.open;
  }
}
