/**
 * One text being read for attributions, and what any stage asks of its
 * tokens: is this word a cue, an adverb, a name, a place, a quoted title.
 */
import { type Inflection, sameWord } from '../inflection';
import { quoteAt, type QuoteSpan } from '../quotes';
import type { Token } from '../tokens';
import type { Span } from '../types';
import type { CompiledLexicon } from './lexicon';

/** One text being read: its quotations (sorted) and the compiled lexicon of its language. */
export interface Reading {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly lex: CompiledLexicon;
  /** Words the rest of the article shows to be names (`names.ts`), lower case. */
  readonly names: ReadonlySet<string>;
  /** Capitalised words opening a sentence that the rest of the article writes in lower case (`names.ts`). */
  readonly commonWords: ReadonlySet<string>;
}

/** The text of [start, end) with its offsets. */
export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Whether a lexicon phrase's words start at token `i` (a possessive only on its first word). */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[], inflection: Inflection | null): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!sameWord(tokens[i + k].bare, phrase[k], inflection) || (k > 0 && tokens[i + k].possessive)) return false;
  }
  return true;
}

/** Shortest stem a suffix is read on ("sly" is no adverb, "sing" no gerund). */
const MIN_STEM = 2;
/** Longest title in quotation marks read as part of a name ("«Екологія-право-Людина»"). */
const MAX_QUOTED_NAME_LENGTH = 60;
/** A quoted title: a capital first, then words without clause punctuation. */
// (A period only inside a word, as in a site's name: "«Вербівка.інфо»".)
const QUOTED_NAME = /^[\p{Lu}\p{N}](?:[^,.;:!?…«»„“”"]|\.(?=\p{L}))*$/u;
/** Marks that may quote a title. */
const NAME_QUOTE_MARKS = new Set(['«', '»', '„', '“', '”', '"']);

export const isComma = (t: Token) => t.text === ',';
export const isDash = (t: Token) => t.text === '—' || t.text === '–' || t.text === '-';
export const isBreak = (t: Token) => isComma(t) || isDash(t);

/** "Dr." and "Cmdr.": a period right after a short capitalised word stays inside a name. */
export const isAbbreviationPeriod = (tokens: readonly Token[], i: number) =>
  tokens[i].text === '.' && i > 0 && i + 1 < tokens.length && (tokens[i + 1].isWord || tokens[i + 1].text === ',') &&
  tokens[i - 1].capitalized && tokens[i - 1].text.length <= 5 && tokens[i - 1].end === tokens[i].start;

/** "42%": a percent sign right after a number is part of the figure, a share of it. */
export const isPercentSign = (tokens: readonly Token[], i: number) =>
  tokens[i].text === '%' && i > 0 && /^\p{N}/u.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start;

/** "лікарні № 3": a number sign before a number is part of the name it numbers. */
export const isNumberSign = (tokens: readonly Token[], i: number) =>
  tokens[i].text === '№' && i + 1 < tokens.length && /^\p{N}/u.test(tokens[i + 1].text);

/** Longest bracketed aside skipped between a source and its cue (tokens). */
const MAX_BRACKETED = 8;

/** Index of the "(" that the ")" at `close` ends, within MAX_BRACKETED tokens; -1 when none. */
export function openingBracket(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKETED; k--) {
    if (tokens[k].text === '(') return k;
    if (tokens[k].text === ')') return -1;
  }
  return -1;
}

/** Longest aside set between dashes that is skipped between a source and its cue (tokens). */
const MAX_DASHED = 24;

/**
 * Index of the first mark of the dash that opens the aside the dash at `close` ends ("Roe -- co-editor
 * of a book -- said"), within MAX_DASHED tokens and the same sentence part; -1 when none.
 */
/** Does a two-word credit with a possessive pronoun inside it ("За його словами", "По их данным") open at token `i`? */
export function possessedCreditAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  return l.possessivePronouns.has(tokens[i + 1]?.bare ?? '') &&
    l.sourceAfterPhrases.some((p) => p.length === 2 && matchPhrase(tokens, i, [p[0]], l.inflection) && matchPhrase(tokens, i + 2, [p[1]], l.inflection));
}

/**
 * Does a two-word credit with a modifier of its noun inside it ("За попередньою інформацією компанії", "По предварительным
 * данным ведомства") open at token `i`? Where heads come first only: the modifier has an adjective's ending and is no noun
 * the lexicon knows, and the credit's noun is written as the phrase writes it ("по гидрометеорологии версию" is none).
 */
export function modifiedCreditAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const modifier = tokens[i + 1];
  if (!l.headFirst || modifier === undefined || !modifier.isWord || modifier.capitalized) return false;
  const m = l.morphology;
  const adjective = [m.obliqueModifierPattern, m.obliquePluralModifierPattern, m.instrumentalPattern].some((p) => p?.test(modifier.bare) ?? false);
  return adjective && !isLexiconNoun(r, lexicalForm(r, modifier).bare) && !l.possessivePronouns.has(modifier.bare) && !l.determiners.has(modifier.bare) &&
    l.sourceAfterPhrases.some((p) => p.length === 2 && matchPhrase(tokens, i, [p[0]], l.inflection) && matchPhrase(tokens, i + 2, [p[1]], null));
}

/** A quotation mark of any script. */
const QUOTE_MARK = /^["«»“”„]$/;

export function openingDash(tokens: readonly Token[], close: number): number {
  if (!isDash(tokens[close])) return -1;
  let k = close;
  while (k > 0 && isDash(tokens[k - 1])) k--;
  for (let j = k - 1; j >= 0 && close - j <= MAX_DASHED; j--) {
    const t = tokens[j];
    if (isDash(t)) {
      while (j > 0 && isDash(tokens[j - 1])) j--;
      return j;
    }
    // (A quoted name may stand in the aside: "— компания «Сибэнергоресурс» —".)
    if (!t.isWord && t.text !== ',' && t.text !== '.' && t.text !== "'" && t.text !== '’' && !QUOTE_MARK.test(t.text)) return -1;
  }
  return -1;
}

export function isCueWord(r: Reading, t: Token): boolean {
  const l = r.lex;
  return (
    !t.capitalized &&
    (l.cueVerbs.has(t.bare) || l.complementCueVerbs.has(t.bare) || l.participleCues.has(t.bare) || l.beliefVerbs.has(t.bare) || l.infinitiveCueVerbs.has(t.bare))
  );
}

/** Does the word at `i` follow a preposition (and so read as a noun: "secretary of state")? */
export function afterPreposition(r: Reading, tokens: readonly Token[], i: number): boolean {
  const before = i > 0 ? tokens[i - 1] : null;
  // (Not a time that may stand alone before a verb: "напередодні написав".)
  return before !== null && (r.lex.identifyingPrepositions.has(before.bare) || r.lex.objectPrepositions.has(before.bare)) && !r.lex.timeWords.has(before.bare);
}

/**
 * "the man accused of fraud": a verb whose object should come before this preposition is a passive
 * participle here; after a pronoun or an auxiliary the object came earlier ("the senator she has accused of …").
 */
export function passiveParticipleAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const before = i > 0 ? tokens[i - 1] : null;
  return next !== undefined && r.lex.objectFirstVerbs.get(tokens[i].bare)?.has(next.bare) === true &&
    !(before && (r.lex.pronouns.has(before.bare) || r.lex.skipBeforeCue.has(before.bare)));
}

/**
 * "Democratic state Sen. Jane Roe", "State Gov. Jane Roe": a word that is mostly a noun, after a word or opening
 * the sentence, before a capital, modifies the title or name after it ('"…," notes Jane Roe' is a verb: a
 * quotation or a comma comes before it, unless another cue follows: '"…," state Sen. Jane Roe said').
 */
export function nounBeforeName(r: Reading, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return r.lex.nounLikeVerbForms.has(tokens[i].bare) && next !== undefined && next.isWord && next.capitalized &&
    (i === 0 || tokens[i - 1].isWord || tokens.slice(i + 2).some((t) => isCueWord(r, t)));
}

/** A dateline's dash comes within this many tokens of the sentence's start ("KYIV, Ukraine (AP) —"). */
const DATELINE_TOKENS = 10;

/**
 * "WASHINGTON —", "BUFFALO, N.Y. —", "KYIV, Ukraine (AP) —": where a sentence opening with a dateline,
 * capitalised words and marks up to a dash, goes on after it; 0 when it opens with none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first?.isWord || first.text !== first.text.toUpperCase() || first.text.length < 2) return 0;
  for (let k = 1; k < Math.min(tokens.length, DATELINE_TOKENS); k++) {
    const t = tokens[k];
    if (t.text === '—' || t.text === '–' || t.text === '-') return k + 1;
    if (t.isWord && !t.capitalized) return 0;
  }
  return 0;
}

/** A cue word used as a verb at `i`: after a preposition it is a noun ("secretary of state"), before its object's preposition a participle. */
export function cueWordAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  return isCueWord(r, tokens[i]) && !afterPreposition(r, tokens, i) && !passiveParticipleAt(r, tokens, i) && !nounBeforeName(r, tokens, i);
}

/** Word endings mark a class only on words long enough to have a stem. */
function hasSuffix(t: Token, suffix: string): boolean {
  return suffix !== '' && t.isWord && !t.capitalized && t.bare.length > suffix.length + MIN_STEM && t.bare.endsWith(suffix);
}

export function isAdverb(r: Reading, t: Token): boolean {
  return hasSuffix(t, r.lex.morphology.adverbSuffix) && !r.lex.morphology.notAdverbSet.has(t.bare);
}

export function isParticiple(r: Reading, t: Token): boolean {
  return hasSuffix(t, r.lex.morphology.gerundSuffix);
}

/**
 * A present participle taking an object or a complement ("highlighting the problem", "speaking on
 * condition …", "chasing her"), not a preposition or a time word that ends alike ("during", "morning").
 */
export function participleWithObject(r: Reading, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next || !isParticiple(r, t) || r.lex.afterNamePrepositions.has(t.bare) || r.lex.timeWords.has(t.bare)) return false;
  return r.lex.determiners.has(next.bare) || r.lex.postModifierOpeners.has(next.bare) || isObjectPronoun(r, next);
}

export function isPastForm(r: Reading, t: Token): boolean {
  return hasSuffix(t, r.lex.morphology.pastParticipleSuffix);
}

/** A cardinal number, in digits or words ("47", "six", "twenty-four"). */
export function isNumber(r: Reading, t: Token): boolean {
  return /^\p{N}/u.test(t.text) || (t.isWord && t.bare.split('-').every((part) => r.lex.numberWords.has(part)));
}

/** A share word, alone or with numbers before it: "half", "third", "two-thirds". */
export function isShare(r: Reading, t: Token): boolean {
  const parts = t.bare.split('-');
  return t.isWord && parts.some((part) => r.lex.shareNouns.has(part)) && parts.every((part) => r.lex.shareNouns.has(part) || r.lex.numberWords.has(part));
}

/** A plural verb or an infinitive, by the grammar's endings ("заявили", "говорят", "сказать"). */
export function isPluralVerbOrInfinitive(r: Reading, t: Token): boolean {
  return [r.lex.morphology.pluralVerbPattern, r.lex.morphology.infinitivePattern].some((p) => p?.test(t.bare) ?? false);
}

/** A modifier in a case only complements take, by the grammar's endings ("обласному", "местных"). */
export function isObliqueModifier(r: Reading, t: Token): boolean {
  return [r.lex.morphology.obliqueModifierPattern, r.lex.morphology.obliquePluralModifierPattern].some((p) => p?.test(t.bare) ?? false);
}

export function isPlural(r: Reading, t: Token): boolean {
  const m = r.lex.morphology;
  if (m.singularExceptionSet.has(t.bare)) return false;
  // ("Рабочие, опрошенные …, говорят": an adjective serving as a noun of persons takes the adjective's plural.)
  const substantivePlural = m.pluralModifierPattern !== null && m.pluralModifierPattern.test(t.bare) && (r.lex.roleNouns.has(t.bare) || r.lex.personNouns.has(t.bare));
  return m.pluralPattern.test(t.bare) || m.irregularPluralSet.has(t.bare) || (!t.capitalized && m.commonPluralPattern !== null && m.commonPluralPattern.test(t.bare)) || substantivePlural;
}

/** "him", "reporters"; "US" in capitals is a country, not "us". */
export function isObjectPronoun(r: Reading, t: Token): boolean {
  return r.lex.objectPronouns.has(t.bare) && !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

export function lexicalForm(r: Reading, t: Token): Token {
  if (!t.bare.includes('-')) {
    const head = compoundHead(r, t.bare);
    return head !== null ? { ...t, bare: head } : t;
  }
  if (isLexiconNoun(r, t.bare)) return t;
  const part = t.bare.split('-').find((p) => isLexiconNoun(r, p) || r.lex.uniqueOffices.has(p));
  return part ? { ...t, bare: part } : t;
}

/** Most modifiers between a noun and its joined complements ("министерстве природных ресурсов и экологии"). */
const MAX_COMPLEMENT_MODIFIERS = 2;

/**
 * Does the coordinator at `k` join complements of one noun, where heads come first ("Міністерство освіти і науки",
 * "министерстве природных ресурсов и экологии")? A lower-case word the lexicon does not know right before it, and
 * before that, past at most two modifiers and not before `floor`, a name or a noun the lexicon knows.
 */
export function joinsComplementsAt(r: Reading, tokens: readonly Token[], k: number, floor: number): boolean {
  const l = r.lex;
  const left = tokens[k - 1];
  if (!l.headFirst || k - 2 < floor || left === undefined || !left.isWord || left.capitalized || isLexiconNoun(r, lexicalForm(r, left).bare)) return false;
  for (let noun = k - 2; noun >= floor && noun >= k - 2 - MAX_COMPLEMENT_MODIFIERS; noun--) {
    const t = tokens[noun];
    if (!t.isWord || l.identifyingPrepositions.has(t.bare) || l.objectPrepositions.has(t.bare)) return false;
    if (t.capitalized || isLexiconNoun(r, lexicalForm(r, t).bare)) return true;
  }
  return false;
}

/** Shortest last part of a solid compound read as its noun of persons, and shortest part before it (letters). */
const MIN_COMPOUND_HEAD = 7;
const MIN_COMPOUND_PREFIX = 3;

/** Each language's solid compounds, read once: the noun of persons each ends in, or null. */
const compoundHeads = new WeakMap<CompiledLexicon, Map<string, string | null>>();

/**
 * The noun of persons a solid compound the lexicon does not know ends in ("військовослужбовці" → "службовці",
 * "гендиректор" → "директор"), the longest there is; in languages without articles, which write such compounds
 * solid. Null otherwise.
 */
function compoundHead(r: Reading, bare: string): string | null {
  const l = r.lex;
  // (Not an adjective in an oblique case: "отраслевого" is no "левого".)
  if (!l.articleless || bare.length < MIN_COMPOUND_HEAD + MIN_COMPOUND_PREFIX || (l.morphology.obliqueModifierPattern?.test(bare) ?? false)) return null;
  let cache = compoundHeads.get(l);
  if (cache === undefined) compoundHeads.set(l, (cache = new Map()));
  let head = cache.get(bare);
  if (head === undefined) {
    head = null;
    if (!isLexiconNoun(r, bare)) {
      for (let k = MIN_COMPOUND_PREFIX; bare.length - k >= MIN_COMPOUND_HEAD && head === null; k++) {
        const part = bare.slice(k);
        if (l.personNouns.has(part) || l.roleNouns.has(part) || l.unnamedInsiderNouns.has(part)) head = part;
      }
    }
    cache.set(bare, head);
  }
  return head;
}

/** Is there a word among tokens [from, to)? (By index, not by slicing: a sentence may be very long, and this is asked often.) */
export function wordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].isWord) return true;
  return false;
}

/** Can `t` stand for people: a pronoun, a quantifier, or a noun of people ("lawmakers", "sources")? */
export function namesPeople(r: Reading, t: Token): boolean {
  const l = r.lex;
  const lemma = lexicalForm(r, t).bare;
  return l.pronouns.has(t.bare) || l.anonymousQuantifiers.has(t.bare) || l.personNouns.has(lemma) || l.roleNouns.has(lemma) || l.anonymousNouns.has(lemma);
}

export function isLexiconNoun(r: Reading, bare: string): boolean {
  const l = r.lex;
  return (
    l.anonymousNouns.has(bare) || l.roleNouns.has(bare) || l.personNouns.has(bare) || l.organizationNouns.has(bare) ||
    l.publicationNouns.has(bare) || l.documentNouns.has(bare) || l.entourageNouns.has(bare)
  );
}

export function isPlace(r: Reading, t: Token): boolean {
  return isGazetteerPlace(r, t) || (t.capitalized && r.lex.demonymSuffixes.some((s) => t.bare.endsWith(s) && t.bare.length > s.length + 2));
}

/** A place the gazetteer lists, by name or abbreviation (not a word that only ends as a nationality does: "Calabrese"). */
export function isGazetteerPlace(r: Reading, t: Token): boolean {
  return r.lex.placeNames.has(t.bare) || (t.text.length > 1 && t.text === t.text.toUpperCase() && r.lex.placeAbbreviations.has(t.bare));
}

/** A capitalised word right after a title such as "Mr." or "Sen.": a surname ("Mr. King"). */
export function afterHonorific(r: Reading, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && tokens[j].text === '.') j--;
  return tokens[i].capitalized && j >= 0 && tokens[j].capitalized && r.lex.honorifics.has(tokens[j].bare);
}

/** A name word that may be a person's: not part of a body's name, not an acronym ("Petro Bondar", not "OSCE"). */
export function isPersonalNameWord(r: Reading, t: Token): boolean {
  // (Nor one with a part in capitals, an abbreviation's: "ІТ-систем".)
  return isNameWord(r, t, false) && !r.lex.organizationNameWords.has(t.bare) && !t.text.split('-').some((part) => /\p{L}/u.test(part) && part === part.toUpperCase());
}

/** A capitalised word that names someone or something (not "The", not a title, not a place). */
export function isNameWord(r: Reading, t: Token, sentenceInitial: boolean): boolean {
  if (!t.isWord || !t.capitalized) return false;
  if (r.lex.nonNameCapitals.has(t.bare) || isPlace(r, t)) return false;
  if (sentenceInitial && isLexiconNoun(r, t.bare)) return false;
  return true;
}

/**
 * A quotation mark around a short title ("«Forbes»", "газети «Вгору»",
 * "„Нафтогаз України“"): part of the noun phrase that names it, not the
 * end of it.
 */
export function isNameQuoteMark(r: Reading, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!NAME_QUOTE_MARKS.has(t.text)) return false;
  const q = quoteAt(r.quotes, t.start);
  if (q < 0) return false;
  const inner = r.text.slice(r.quotes[q].start + 1, r.quotes[q].end - 1);
  if (inner.length > MAX_QUOTED_NAME_LENGTH || !QUOTED_NAME.test(inner)) return false;
  // ('"The caucus is a battle of niches" Grubbs said': a clause with its auxiliary is what someone said, no title.)
  return !inner.split(/\s+/u).some((word) => r.lex.finiteAuxiliaries.has(word.toLowerCase()));
}

/**
 * The sentence's capitalised first word is a name, not a common word capitalised for its place
 * ("Housing advocates", "Political observers", "Council staff" are no names): it is known as one
 * (an outlet, a body), written as one (an acronym, an inner capital: "PG&E", "JPMorgan"), shown
 * as one by the rest of the article ("… said the Pentagon"), or continued by another capitalised
 * word ("Goldman Sachs analysts").
 */
export function opensWithName(r: Reading, tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  if (!first || !isNameWord(r, first, true)) return false;
  if (r.lex.publicationNames.has(first.bare) || r.lex.organizationNameWords.has(first.bare)) return true;
  if (/\p{Lu}.*\p{Lu}/u.test(first.text) || r.names.has(first.bare)) return true;
  // (Not a noun the lexicon knows written in capitals: "Місцеві ЗМІ" are local media.)
  return second !== undefined && isNameWord(r, second, false) && !(second.text === second.text.toUpperCase() && isLexiconNoun(r, second.bare));
}

/** The token lies inside a quoted title ("«Українська правда»"), its marks included. */
export function inQuotedName(r: Reading, tokens: readonly Token[], i: number): boolean {
  if (isNameQuoteMark(r, tokens, i)) return true;
  return quoteAt(r.quotes, tokens[i].start) >= 0 && !quotedAsWords(r, tokens, i);
}

/** The index of the token that opens quotation `q` (its opening mark), or -1 when it opens outside `tokens`. */
export function quotationOpening(r: Reading, tokens: readonly Token[], q: number): number {
  return tokens.findIndex((t) => t.start === r.quotes[q].start);
}

/** The token lies inside a quotation that is not a quoted title. */
export function quotedAsWords(r: Reading, tokens: readonly Token[], i: number): boolean {
  const q = quoteAt(r.quotes, tokens[i].start);
  if (q < 0) return false;
  const opening = quotationOpening(r, tokens, q);
  // ("со ссылкой на «источники»": a noun of people set in scare quotes is still those people.)
  if (opening >= 0 && opening + 1 === i && scareQuotedPeople(r, tokens, opening)) return false;
  return opening < 0 || !isNameQuoteMark(r, tokens, opening);
}

/**
 * Is the quotation opening at `k` a lower-case noun of people set in scare quotes ("«источники»")? Head-first
 * languages only: read in English too, it added two false finds on PolNeAR train and none right.
 */
export function scareQuotedPeople(r: Reading, tokens: readonly Token[], k: number): boolean {
  if (!r.lex.headFirst) return false;
  const word = tokens[k + 1];
  const q = quoteAt(r.quotes, tokens[k].start);
  if (q < 0 || r.quotes[q].start !== tokens[k].start || word === undefined || !word.isWord || word.capitalized || !namesPeople(r, word)) return false;
  // (With a short complement of its own too: "«джерело в ОВА»".)
  for (let close = k + 2; close < tokens.length && close <= k + 1 + MAX_SCARE_QUOTED_WORDS; close++) if (tokens[close].end === r.quotes[q].end) return !tokens[close].isWord;
  return false;
}

/** Most words of people in scare quotes ("«джерело в ОВА»"). */
const MAX_SCARE_QUOTED_WORDS = 4;

/** A word in capitals this long or longer is an acronym ("WHO", "IT"), when the sentence is not set in capitals. */
const MIN_ACRONYM = 2;
const ACRONYM = /^\p{Lu}+$/u;

/**
 * The sentence's tokens with capitalised function words that are names by their shape read as
 * names: an acronym in a sentence not set in capitals ("according to WHO"), a word after the
 * sentence's start followed by another capitalised word ("said Will Roe"), and one right after a
 * given name ("Jane May").
 */
export function namesByShape(r: Reading, tokens: readonly Token[]): Token[] {
  const l = r.lex;
  const functionWord = (t: Token) => l.clauseBoundaries.has(t.bare) || l.objectPronouns.has(t.bare) || l.pronouns.has(t.bare) || l.modals.has(t.bare);
  const inCapitals = tokens.every((t) => !t.isWord || !/\p{Ll}/u.test(t.text));
  return tokens.map((t, k) => {
    if (!t.isWord || !t.capitalized || !functionWord(t) || isPlace(r, t)) return t;
    const acronym = !inCapitals && t.text.length >= MIN_ACRONYM && ACRONYM.test(t.text);
    const next = tokens[k + 1];
    const givenName = k > 0 && !/^[:"“«„‘']$/u.test(tokens[k - 1].text) && !l.nonNameCapitals.has(t.bare) && next !== undefined && next.isWord && next.capitalized && !functionWord(next);
    // ("Jane May said", "Ana Lucia May, 60, said": a modal after a given name is a surname; a pronoun there is
    // a title's word, "Keepin' It Real".)
    const previous = tokens[k - 1];
    const surname = l.modals.has(t.bare) && previous !== undefined && previous.isWord && previous.capitalized && !functionWord(previous) && !l.nonNameCapitals.has(previous.bare) &&
      !l.timePrepositions.has(previous.bare) && !l.honorifics.has(previous.bare) && !isLexiconNoun(r, previous.bare) && previous.end < t.start;
    return acronym || givenName || surname ? { ...t, bare: t.text } : t;
  });
}
