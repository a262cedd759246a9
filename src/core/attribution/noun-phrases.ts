/**
 * Noun phrases of a sentence as token ranges: walked left from a cue
 * ("Orlov's spokesman, Oleg Marchenko, said"), right from it ("said Jane
 * Roe, senior trader at …"), or taken from a clause's start (its
 * subject). Every walk is bounded, so the time stays linear.
 */
import type { Token } from '../tokens';
import { pastGender } from './lexicon';
import { cueWordAt, datelineEnd, inQuotedName, joinsComplementsAt, isAbbreviationPeriod, isDash, isNumberSign, isPercentSign, isAdverb, isBreak, isComma, isCueWord, isLexiconNoun, isNameQuoteMark, isNumber, isShare, isObjectPronoun, isParticiple, isPastForm, isPersonalNameWord, isPluralVerbOrInfinitive, namesPeople, isPlace, isPlural, lexicalForm, matchPhrase, openingBracket, possessedCreditAt, scareQuotedPeople, type Reading } from './reading';

/** Bounds on every walk through a sentence's tokens (in tokens). */
export const MAX_SOURCE_TOKENS = 30;
const MAX_SEGMENT_TOKENS = 40;
const MAX_APPOSITIONS = 3;
/** Words in one apposition; one that describes a name just before it may join two roles ("…, an adviser on tax and budget issues and a professor at …"). */
const MAX_APPOSITION_TOKENS = 15;
const MAX_NAMED_APPOSITION_TOKENS = 24;
export const MAX_PARENTHETICALS = 4;

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
  /** With `afterPreposition`: where the preposition's object opened, which may itself be the body ("В Інституті вивчення війни"). */
  governed?: number;
  /** The relative pronoun that stands for the phrase as its cue's subject ("Zelenko, who said"). */
  relative?: number;
}

/** First token of the comma/dash segment that ends at `end`. */
export function segmentStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  const limit = Math.max(floor, end - MAX_SEGMENT_TOKENS);
  while (k > limit && (tokens[k - 1].isWord || isAbbreviationPeriod(tokens, k - 1))) k--;
  return k;
}

/**
 * "опрошенные «Ведомостями»", "опитані Укрінформом": a passive participle at `s` with its agent after it, a name
 * or an instrumental ("головний лікар" is an adjective in the same ending).
 */
export function passiveWithAgent(r: Reading, tokens: readonly Token[], s: number): boolean {
  const l = r.lex;
  const first = tokens[s];
  const agent = tokens[s + 1];
  return first !== undefined && agent !== undefined && first.isWord && !first.capitalized && (l.morphology.passiveParticiplePattern?.test(first.bare) ?? false) &&
    (isNameQuoteMark(r, tokens, s + 1) || (agent.isWord && (agent.capitalized || (l.morphology.instrumentalPattern?.test(agent.bare) ?? false) ||
      // ("Опрос, проведенный местным социологическим центром, …": the agent's modifier first.)
      (l.headFirst && (l.morphology.obliqueModifierPattern?.test(agent.bare) ?? false)))));
}

/** Where heads come first, a passive participle with a setting after it ("Опрос, опубликованный в марте, …"): a phrase describing the noun before it. */
function passiveWithSetting(r: Reading, tokens: readonly Token[], s: number): boolean {
  const l = r.lex;
  const first = tokens[s];
  const next = tokens[s + 1];
  // (Not a count spelled as one, "одна з організаторок".)
  return l.headFirst && first !== undefined && next !== undefined && first.isWord && !first.capitalized && (l.morphology.passiveParticiplePattern?.test(first.bare) ?? false) &&
    !l.determiners.has(first.bare) && !l.indefiniteDeterminers.has(first.bare) && !l.numberWords.has(first.bare) &&
    next.isWord && !next.capitalized && (l.identifyingPrepositions.has(next.bare) || l.objectPrepositions.has(next.bare));
}

/** A segment that sits between a source and its cue without being part of the source. */
export function isParenthetical(r: Reading, tokens: readonly Token[], s: number, e: number): boolean {
  // s < 0: a sentence opening with a dash ("— Ми готові, — заявив він") has nothing before it.
  if (s > e || s < 0) return false;
  const first = tokens[s];
  // ("Люди, знакомые с ситуацией, рассказали": a modifier of its noun set off by commas; a phrase
  // opening with a preposition, ", of Chicago,", stays an apposition.)
  const l = r.lex;
  const modifier = l.postModifierOpeners.has(first.bare) && !first.capitalized && !l.identifyingPrepositions.has(first.bare) &&
    !l.objectPrepositions.has(first.bare) && !l.afterNamePrepositions.has(first.bare);
  // ("У Міносвіти, своєю чергою, заявили": a connective alone.)
  if (l.discourseConnectives.some((p) => p.length === e - s + 1 && matchPhrase(tokens, s, p, null))) return true;
  // ("Rather, sources close to her say": a capitalised word that is only an adverb is no name.)
  const sentenceAdverb = first.capitalized && l.morphology.adverbSet.has(first.bare);
  if (l.parentheticalOpeners.has(first.bare) || l.possessiveRelatives.has(first.bare) || isParticiple(r, first) || isAdverb(r, first) || sentenceAdverb || l.morphology.participlePattern?.test(first.bare) || modifier ||
    (s < e && (passiveWithAgent(r, tokens, s) || passiveWithSetting(r, tokens, s)))) return true;
  // ("…, работающий в учреждении, подведомственном мэрии, утверждает": an adjective in a case no subject takes describes
  // the noun before it.)
  // (Not a pronoun, possessive or determiner in that ending: "Иванов, его адвокат, заявил".)
  const pronounLike = l.pronouns.has(first.bare) || isObjectPronoun(r, first) || l.possessivePronouns.has(first.bare) || l.determiners.has(first.bare);
  // (Not one with its noun after it that closes in a personal name, an apposition in the case of the noun it follows: "За
  // словами експерта, колишнього заступника міністра Петра Ковальчука, …".)
  const closesInName = e - s >= 3 && isPersonalNameWord(r, tokens[e]) && isPersonalNameWord(r, tokens[e - 1]) && isLexiconNoun(r, lexicalForm(r, tokens[s + 1]).bare);
  // ("Батьки учнів із сіл, розташованих ближче до лінії фронту, скаржаться": so does a plural one.)
  const oblique = (l.morphology.obliqueModifierPattern?.test(first.bare) ?? false) || (l.morphology.obliquePluralModifierPattern?.test(first.bare) ?? false);
  if (!first.capitalized && !pronounLike && !closesInName && oblique && !isLexiconNoun(r, lexicalForm(r, first).bare)) return true;
  // ("Источник, …, поскольку не уполномочен общаться с прессой, сообщил": a stated reason for anonymity.)
  if (opensReason(r, tokens, s)) return true;
  // ("Министр Арсений Воронцов, как передает агентство «Регион-Информ», заявил": a comment clause, its source a cue's of its own.)
  if (!first.capitalized && first.bare === l.commentClauseOpener && s < e) return true;
  // ("Forbes Україна, посилаючись на двох людей, …, пише": a relay, its cited source a cue's of its own.)
  if (!first.capitalized && relayAt(r, tokens, s)) return true;
  // ("Хирург … проработал в больнице 34 года и, по его словам, предупреждал": so is a credit.)
  // (With a possessive pronoun inside it too: "по его словам".)
  if (!first.capitalized && s < e && (l.sourceAfterPhrases.some((p) => matchPhrase(tokens, s, p, l.inflection)) || possessedCreditAt(r, tokens, s))) return true;
  // "Even before his remarks, …", "Shortly after the vote, …": a word that stands before a cue, then an opener.
  const second = s < e ? tokens[s + 1] : undefined;
  if ((l.skipBeforeCue.has(first.bare) || isAdverb(r, { ...first, capitalized: false })) && second !== undefined && l.parentheticalOpeners.has(second.bare)) return true;
  // ("An internal memo …, a copy of which was reviewed by this agency, said", "В письме, копия которого есть в распоряжении
  // редакции, говорится": a relative clause whose pronoun follows a word or two of its own.)
  for (let k = s + 1; k <= Math.min(e, s + MAX_BEFORE_RELATIVE); k++) {
    if (!tokens[k].isWord) break;
    // (A preposition before it, where heads come last: "a rival whom Jane Roe fired" is an apposition with its clause.)
    const partitive = l.headFirst || l.identifyingPrepositions.has(tokens[k - 1].bare) || l.objectPrepositions.has(tokens[k - 1].bare);
    if (l.relativePronouns.has(tokens[k].bare) && !l.complementizers.has(tokens[k].bare) && partitive) return true;
  }
  // ("A captain who flies for a rival, and who asked not to be named, said": a second relative clause joined to the first.)
  if (second !== undefined && l.coordinators.has(first.bare) && l.relativePronouns.has(second.bare) && !l.complementizers.has(second.bare)) return true;
  // "…, however, said": a segment of skippable words only.
  for (let k = s; k <= e; k++) if (!r.lex.skipBeforeCue.has(tokens[k].bare) && !isAdverb(r, tokens[k])) return false;
  return true;
}

/** Most words before the relative pronoun of a relative clause set off by commas ("a copy of which"). */
const MAX_BEFORE_RELATIVE = 3;

/** Does a stated reason for anonymity open at token `s` ("because", "поскольку", "оскільки")? */
export function opensReason(r: Reading, tokens: readonly Token[], s: number): boolean {
  return !tokens[s].capitalized && r.lex.reasonMarkers.some((p) => matchPhrase(tokens, s, p, r.lex.inflection));
}

/** Does a phrase passing on another's word ("citing", "з посиланням на", "со ссылкой на") open at token `k`? */
export function relayAt(r: Reading, tokens: readonly Token[], k: number): boolean {
  return r.lex.relayPhrases.some((p) => matchPhrase(tokens, k, p, r.lex.inflection));
}

/** The connective ("между тем", "при цьому") that opens at token `k`, if one does. */
export function connectiveAt(r: Reading, tokens: readonly Token[], k: number): readonly string[] | undefined {
  return k >= 0 ? r.lex.discourseConnectives.find((p) => matchPhrase(tokens, k, p, null)) : undefined;
}

/**
 * Is token `k` the "to" of an infinitive describing the noun of people before it ("the only candidate to campaign
 * in Wyoming"), or a participle after that noun ("a rabbi helping to organize the boycott")?
 */
function infinitiveAfterPeople(r: Reading, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const people = (t: Token | undefined) => t !== undefined && t.isWord && namesPeople(r, t) && !r.lex.pronouns.has(t.bare);
  // ("one of the schools slated to close": or a past participle with its infinitive, whatever it describes.)
  const described = people(tokens[k - 1]) || (k > 1 && isParticiple(r, tokens[k - 1]) && people(tokens[k - 2])) || (k > 1 && isPastForm(r, tokens[k - 1]) && !tokens[k - 1].capitalized);
  return k > 0 && r.lex.complementPrepositions.has(tokens[k].bare) && described && next !== undefined && next.isWord && !next.capitalized &&
    !r.lex.determiners.has(next.bare);
}

/** Does a comparison before a figure end at `i` ("more than", "fewer than")? */
function comparisonEndsAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  return i >= 1 && r.lex.figureComparisons.some((p) => matchPhrase(tokens, i - 1, p, null));
}

/** A segment that can stand as an apposition of a source ("a senior analyst at Stratfor"). */
function isNounPhraseLike(r: Reading, tokens: readonly Token[], s: number, e: number, maxTokens = MAX_APPOSITION_TOKENS): boolean {
  if (s > e || e - s >= maxTokens) return false;
  const first = tokens[s];
  if (!first.isWord || isParenthetical(r, tokens, s, e) || isParticiple(r, first)) return false;
  // "He opened a bank account, officials said": a subject pronoun, or a verb before its object, makes a clause.
  if (r.lex.pronouns.has(first.bare) && e > s) return false;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (!t.isWord && !isAbbreviationPeriod(tokens, k) && !isNameQuoteMark(r, tokens, k)) return false;
    // ("state Rep. Jane Roe": a word that is mostly a noun, before a capital, is part of a title.)
    const titleWord = r.lex.nounLikeVerbForms.has(t.bare) && k < e && tokens[k + 1].capitalized;
    if (k > s && k < e && infinitiveAfterPeople(r, tokens, k)) {
      k++;
      continue;
    }
    // ("Acme, a payroll and benefits processor used by more than 9,000 employers, said": a comparison before a number
    // is no clause.)
    if (k < e && comparisonEndsAt(r, tokens, k) && isNumber(r, tokens[k + 1])) continue;
    if (t.isWord && ((r.lex.clauseBoundaries.has(t.bare) && !(k > s && joinsComplement(r, tokens, k))) || (isCueWord(r, t) && !titleWord))) return false;
    if (k > s && k < e && !t.capitalized && isPastForm(r, t) && r.lex.determiners.has(tokens[k + 1].bare)) return false;
    // ("…, зазначив міністр, дорога туди може забирати …": where heads come first, a modal or a finite auxiliary makes a
    // clause, first too, "…, подчеркнул мэр, может сделать только суд"; in English "to" is one of the modals: "an adviser
    // to the president".)
    if (r.lex.headFirst && !t.capitalized && (r.lex.modals.has(t.bare) || r.lex.finiteAuxiliaries.has(t.bare))) return false;
  }
  return true;
}

/**
 * Does the preposition at `i` join its complement to the noun before it?
 * "China's ambassador to Britain", "a signatory to the letter": "to" after a role or a person;
 * "a letter to management": after a document, "to" names its addressee;
 * "those close to him": after a modifier of the head.
 */
function joinsComplement(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (i === 0 || !l.complementPrepositions.has(tokens[i].bare)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const person = l.roleNouns.has(before.bare) || l.personNouns.has(before.bare);
  return (person && after !== undefined && (after.capitalized || l.determiners.has(after.bare))) ||
    l.documentNouns.has(before.bare) || (l.postModifierOpeners.has(before.bare) && !before.capitalized);
}

/** A capitalised word of two to five letters, before its abbreviation period ("Ill.", "Calif."). */
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Is tokens[s..e] one place word or an abbreviation ("Maryland", "D.C.", "Ill."), after a comma that follows a capital? */
function closesPlace(r: Reading, tokens: readonly Token[], s: number, e: number): boolean {
  const oneWord = e === s || (e === s + 1 && isAbbreviationPeriod(tokens, e));
  // (Or a short abbreviation, as news writes states: "Springfield, Ill.,", "Hollywood, Fla.,".)
  const placeLike = isPlace(r, tokens[s]) || /^(?:\p{Lu}\.){2,}$/u.test(tokens.slice(s, e + 1).map((t) => t.text).join('')) ||
    (e === s + 1 && SHORT_ABBREVIATION.test(tokens[s].text));
  return oneWord && placeLike && s >= 2 && isComma(tokens[s - 1]) && tokens[s - 2].capitalized;
}

/** A verb's third-person form in -s, longer than a short function word ("as", "has" are no such nouns). */
const THIRD_PERSON_FORM = /^[\p{Ll}-]{3,}[^s]s$/u;

/**
 * A dash between two nouns in the genitive plural joins them as one compound ("одного з фондів — утримувачів облігацій"),
 * where the grammar has that case's own endings; a dash before a word in another case opens what is said or is a copula.
 */
function compoundDash(r: Reading, tokens: readonly Token[], i: number): boolean {
  const genitivePlural = r.lex.morphology.genitivePluralPattern;
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  const inGenitivePlural = (t: Token | undefined) => t !== undefined && t.isWord && !t.capitalized && genitivePlural !== null && genitivePlural.test(t.bare) && !isCueWord(r, t);
  return isDash(tokens[i]) && inGenitivePlural(before) && inGenitivePlural(after);
}

/**
 * Walks left from `end` over the words of a noun phrase: stops at
 * punctuation, clause boundaries and verbs it knows. With `appositions`,
 * takes in comma-separated noun phrases before it.
 */
export function nounPhraseLeft(r: Reading, tokens: readonly Token[], end: number, floor: number, appositions: boolean, stopAtPrepositions = false): Phrase | null {
  const l = r.lex;
  // A pronoun subject takes no modifiers ("In a post at the time she described …").
  if (l.pronouns.has(tokens[end].bare)) return { start: end, end: end + 1, segments: [[end, end + 1]] };
  let i = end;
  const limit = Math.max(floor, end - MAX_SOURCE_TOKENS + 1);
  for (; i >= limit; i--) {
    const t = tokens[i];
    if (!t.isWord) {
      if (isAbbreviationPeriod(tokens, i) || isNameQuoteMark(r, tokens, i) || isPercentSign(tokens, i) || isNumberSign(tokens, i) || compoundDash(r, tokens, i)) continue;
      break;
    }
    if (i < end && i > floor && (joinsComplement(r, tokens, i) || infinitiveAfterPeople(r, tokens, i))) continue;
    // ("…, about 40 percent said": a word approximating a number opening a phrase is no preposition;
    // "talked about 40 people" takes one.)
    const opening = i === floor || !tokens[i - 1].isWord || l.clauseBoundaries.has(tokens[i - 1].bare) || l.coordinators.has(tokens[i - 1].bare);
    // ("about half said", "more than 4 in 10 said": so does one before a share, and a comparison.)
    const figure = isNumber(r, tokens[i + 1]) || isShare(r, tokens[i + 1]);
    if (i < end && opening && l.numberApproximators.has(t.bare) && figure) continue;
    // ("A nurse with more than a decade at the hospital told": a comparison before a counted unit too.)
    const countedUnit = i + 2 <= end && l.indefiniteDeterminers.has(tokens[i + 1].bare) && tokens[i + 2].isWord;
    if (i < end && comparisonEndsAt(r, tokens, i) && (figure || countedUnit)) {
      i--;
      continue;
    }
    // "state officials": a noun that is also a cue verb modifies the noun after it.
    // ("The state housing department warned": and one right after an article is a noun, whatever word follows it but a
    // coordinator, "won a state and Cruz said", or a participle with its object, short as "suing" is: "one of the states
    // suing the agency".)
    const after = tokens[i + 1];
    const participleWithItsObject = l.morphology.gerundSuffix !== '' && after.bare.endsWith(l.morphology.gerundSuffix) && i + 2 < tokens.length &&
      (l.determiners.has(tokens[i + 2].bare) || tokens[i + 2].capitalized);
    const afterArticle = i > 0 && l.articles.has(tokens[i - 1].bare) && !t.possessive && after.isWord && !l.coordinators.has(after.bare) && !participleWithItsObject;
    const nounModifier = (isLexiconNoun(r, t.bare) && isLexiconNoun(r, after.bare)) || afterArticle;
    // ("a reader of this blog": a demonstrative before a word of the phrase determines it.)
    const pronoun = isObjectPronoun(r, t) && !l.determiners.has(t.bare);
    // ("A person with direct knowledge of that review said": a word that opens clauses is a determiner right after a
    // preposition and before a word of the phrase.)
    const determinerAfterPreposition = i > floor && i < end && l.determiners.has(t.bare) && !tokens[i - 1].capitalized &&
      (l.objectPrepositions.has(tokens[i - 1].bare) || l.identifyingPrepositions.has(tokens[i - 1].bare) || l.postModifierOpeners.has(tokens[i - 1].bare) || l.topicPrepositions.has(tokens[i - 1].bare));
    if (i < end && ((l.clauseBoundaries.has(t.bare) && !determinerAfterPreposition) || (cueWordAt(r, tokens, i) && !nounModifier) || pronoun || l.pronouns.has(t.bare))) break;
    // "offering the quality Google promised": a participle ends the phrase.
    // (Not one right after a noun of people or bodies, whose phrase it ends: "A lawyer representing the family said".)
    const postModifier = i > floor && tokens[i - 1].isWord && (!tokens[i - 1].capitalized || i - 1 === 0) &&
      (namesPeople(r, tokens[i - 1]) || isLexiconNoun(r, lexicalForm(r, tokens[i - 1]).bare)) && !l.pronouns.has(tokens[i - 1].bare);
    if (i < end && isParticiple(r, t) && (l.determiners.has(tokens[i + 1].bare) || tokens[i + 1].capitalized) && !postModifier) break;
    // ("This graphic shows the U.S. states where …": a verb's -s form before an article, its object's, ends the
    // phrase; a noun phrase takes an article inside it only after a preposition, "spokesman for the company".)
    const verbBeforeArticle = i < end && !t.capitalized && l.articles.has(tokens[i + 1].bare) && THIRD_PERSON_FORM.test(t.bare) &&
      !l.identifyingPrepositions.has(t.bare) && !l.objectPrepositions.has(t.bare) && !l.postModifierOpeners.has(t.bare);
    if (verbBeforeArticle) break;
    // "… released two reports": a verb before its object ends the phrase.
    const verbLike = isPastForm(r, t) || l.participleModifiers.has(t.bare);
    if (i < end && !t.capitalized && verbLike && (l.determiners.has(tokens[i + 1].bare) || /^\p{N}/u.test(tokens[i + 1].text))) break;
    if (i === end && l.clauseBoundaries.has(t.bare)) break;
    // "kids with accounts also end up revealing": an auxiliary or a negation is no word of a noun phrase.
    if (i < end && !t.capitalized && (l.finiteAuxiliaries.has(t.bare) || (l.negations.has(t.bare) && l.skipBeforeCue.has(t.bare)))) break;
    // ("6 in 10 voters who say": a ratio's preposition is no preposition of the phrase.)
    const ratio = t.bare === l.ratioPreposition && i > floor && isNumber(r, tokens[i - 1]) && isNumber(r, tokens[i + 1]);
    if (stopAtPrepositions && i < end && !ratio && (l.postModifierOpeners.has(t.bare) || l.identifyingPrepositions.has(t.bare))) break;
    // Head-first languages: a noun after a preposition is its object, never the subject ("в голови ОДА керівник …").
    // (Not one that opens a connective: "Между тем источник …".)
    // (Nor one inside a quoted name: "Движение «Школа без стресса» заявило".)
    if (l.headFirst && i < end && (l.objectPrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare)) && !connectiveAt(r, tokens, i) && !inQuotedName(r, tokens, i)) break;
    // ("…, а згодом інформацію підтвердили": a conjunction that joins clauses only ends the phrase.)
    if (i < end && l.clauseCoordinators.has(t.bare) && !l.coordinators.has(t.bare)) break;
    // ("a bet her campaign says will work", "a deadline the mayor said was unrealistic": an article or a possessive right
    // after a determined common noun opens a phrase of its own, the subject of a relative clause with no pronoun.)
    const previous = i - 1 > floor ? tokens[i - 1] : null;
    const newPhrase = i < end && !l.headFirst && !t.capitalized && (l.articles.has(t.bare) || l.possessiveDeterminers.has(t.bare)) && previous !== null && previous.isWord &&
      !previous.capitalized && !previous.possessive && !l.determiners.has(previous.bare) && !l.anonymousQuantifiers.has(previous.bare) && l.determiners.has(tokens[i - 2].bare) &&
      !l.identifyingPrepositions.has(previous.bare) && !l.objectPrepositions.has(previous.bare) && !l.postModifierOpeners.has(previous.bare) && !l.timePrepositions.has(previous.bare) &&
      !l.topicPrepositions.has(previous.bare) && previous.bare !== l.agentPreposition && !isCueWord(r, previous);
    if (newPhrase) {
      i--;
      break;
    }
    if (l.coordinators.has(t.bare) && i < end) {
      const left = i > floor ? tokens[i - 1] : null;
      // ("he and his wife explained": a subject pronoun joined to the phrase opens it.)
      if (left && l.pronouns.has(left.bare) && !isObjectPronoun(r, left)) {
        i -= 2;
        break;
      }
      // (Head-first languages: or joined complements of a noun before them, "Міністерство освіти і науки".)
      const ofNoun = joinsComplementsAt(r, tokens, i, floor);
      if (!left || !(left.capitalized || isLexiconNoun(r, left.bare) || left.possessive || ofNoun || insideComplementOfPeople(r, tokens, i, floor))) break;
    }
  }
  let start = i + 1;
  if (start > end) return null;
  // ("… mishandled the investigation and Democrats accused …": after a verb's object, a coordinator before a name or a
  // determiner joins clauses; the subject is what follows it. Not one inside a phrase: "launched a television and radio ad".)
  const verbBefore = !l.headFirst && i >= floor && i >= 0 && tokens[i].isWord && !tokens[i].capitalized && isPastForm(r, tokens[i]) && l.determiners.has(tokens[start].bare);
  const joined = verbBefore ? tokens.slice(start, end).findIndex((t) => l.coordinators.has(t.bare)) : -1;
  const clauseAfter = joined > 0 && start + joined + 1 <= end && (tokens[start + joined + 1].capitalized || l.determiners.has(tokens[start + joined + 1].bare));
  if (clauseAfter) start += joined + 1;
  // ("Even a top GOP strategist said", "Even Republicans say": a focus word before the phrase is no part of it.)
  while (start < end && l.focusParticles.has(tokens[start].bare)) start++;
  // ("а згодом інформацію підтвердили": where heads come first, nor is a time before it, capitalised too where it opens
  // the sentence: "Згодом інформацію підтвердили".)
  while (l.headFirst && start < end && (!tokens[start].capitalized || start === 0) && l.timeWords.has(tokens[start].bare)) start++;
  // ("Между тем источник …": a connective opening the sentence is no part of its subject.)
  const connective = connectiveAt(r, tokens, start);
  if (connective && start + connective.length <= end) start += connective.length;
  if (i >= floor && l.coordinators.has(tokens[i].bare)) {
    // "Roe, Acme's chairman of direct-to-consumer and international, said": a whole apposition.
    const segStart = segmentStart(tokens, end, floor);
    const describesName = segStart - 2 > floor && tokens[segStart - 2].capitalized;
    if (segStart > floor && isComma(tokens[segStart - 1]) && isNounPhraseLike(r, tokens, segStart, end, describesName ? MAX_NAMED_APPOSITION_TOKENS : MAX_APPOSITION_TOKENS)) start = segStart;
  }
  const segments: [number, number][] = [[start, end + 1]];
  let from = start;
  // The words after "City, State," continue the phrase the city opens ("a Springfield, Ill., resident"): merged
  // into one segment once the city's segment is read.
  let placeInPhrase = false;
  for (let n = 0; appositions && n < MAX_APPOSITIONS; n++) {
    if (from - 1 <= floor || !isComma(tokens[from - 1])) break;
    // "Rep. Jane Roe (R-Ohio), an oversight panel member, said": the aside belongs to the name.
    let last = from - 2;
    if (tokens[last].text === ')' && openingBracket(tokens, last) > floor + 1) last = openingBracket(tokens, last) - 1;
    let s = segmentStart(tokens, last, floor);
    // ("Представник «Дніпро-Агроінвесту», адвокат Максим Орлов, повідомив": a segment closing in a quoted name takes the
    // words before the name.)
    const nameOpening = isNameQuoteMark(r, tokens, last) && s - 1 > floor && isNameQuoteMark(r, tokens, s - 1) && tokens[s - 2].isWord ? s - 1 : -1;
    if (nameOpening > 0) s = segmentStart(tokens, nameOpening - 1, floor);
    // (Or the object of a preposition, where the phrase may be one: "endorsed by the Acme PAC, a group which said".)
    const preposition = (t: Token) => !t.capitalized && (l.objectPrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare) || t.bare === l.agentPreposition);
    let afterPreposition = false;
    for (let k = last; stopAtPrepositions && k > s; k--) {
      if (!preposition(tokens[k - 1])) continue;
      s = k;
      afterPreposition = true;
      break;
    }
    // An apposition opens the sentence or follows a comma or a quote, not any mark.
    const opener = s > 0 ? tokens[s - 1].text : null;
    if (opener !== null && opener !== ',' && !/["”“»«'’]/.test(opener) && !afterPreposition) break;
    // "Kurt Hartley, the former envoy, and Tim Pembrook, a former official, testified".
    // ("…, in Greenbelt, Maryland, and the university in Washington, D.C.": or a determined noun.)
    const coordinated = l.coordinators.has(tokens[s].bare) && !tokens[s].capitalized && (tokens[s + 1]?.capitalized === true || l.determiners.has(tokens[s + 1]?.bare ?? ''));
    if (!isNounPhraseLike(r, tokens, coordinated ? s + 1 : s, last)) {
      // "But Jane Roe, a lawyer, said": the conjunction opening the sentence joins it to the one before.
      // ("As Jane Q. Roe, an expert on Syria, noted, …": so does "as" opening a comment clause; "But state Rep.
      // Jane Roe, a member of …": a lower-case word may open the name's title.)
      // ("…, but General Jane Roe, chairman of the Joint Chiefs, told": so does one opening a clause after a comma.)
      // ('"…," said Jane Roe, 54, a hygienist who …': so does a verb of saying before the name it inverts.)
      const openerWord = l.clauseCoordinators.has(tokens[s].bare) || (s === 0 && tokens[0].bare === l.commentClauseOpener) || (cueWordAt(r, tokens, s) && s + 1 <= last && tokens[s + 1].capitalized);
      const nounFirst = l.determiners.has(tokens[s + 1]?.bare ?? '') || tokens.slice(s + 1, last + 1).some((t) => t.capitalized);
      const opened = openerWord && nounFirst && isNounPhraseLike(r, tokens, s + 1, last);
      if (opened) segments.unshift([s + 1, from - 1]);
      if (opened) from = s + 1;
      break;
    }
    segments.unshift([s, from - 1]);
    from = s;
    if (placeInPhrase) {
      segments.splice(0, 3, [s, segments[2][1]]);
      placeInPhrase = false;
    }
    // ("a scientist at the center in Greenbelt, Maryland, and at the university in Washington, D.C., said": a
    // place that closes a place before it is no apposition of its own.)
    if (closesPlace(r, tokens, s, last)) {
      n--;
      // (Only where plain words end in a noun there: "resident", "high school teacher"; not "based on accounts from officials".)
      const rest = segments[1] ? tokens.slice(segments[1][0], segments[1][1]) : [];
      placeInPhrase = rest.length > 0 && isLexiconNoun(r, rest[rest.length - 1].bare) && rest.every((t) => t.isWord && !t.capitalized && !l.determiners.has(t.bare) &&
        !l.coordinators.has(t.bare) && !l.clauseBoundaries.has(t.bare) && !l.postModifierOpeners.has(t.bare) && !l.pronouns.has(t.bare) && !isPastForm(r, t) && !isParticiple(r, t));
    }
  }
  return { start: from, end: end + 1, segments };
}

/** Walks right from `start` over a noun phrase and its appositions ("said Jane Roe, senior trader at …"). */
export function nounPhraseRight(r: Reading, tokens: readonly Token[], start: number, appositions = true): Phrase | null {
  const l = r.lex;
  if (start >= tokens.length) return null;
  // ("підтвердило й джерело в поліції": a focus word is no part of the phrase after it either.)
  while (start + 1 < tokens.length && l.focusParticles.has(tokens[start].bare) && tokens[start + 1].isWord) start++;
  // ("со ссылкой на «источники»": past the opening mark of scare quotes round a noun of people.)
  if (scareQuotedPeople(r, tokens, start)) start++;
  const first = tokens[start];
  // ("her lawyer": a pronoun that is also a possessive determiner opens a phrase before a word; "его адвоката": so
  // does a possessive pronoun before a lower-case word, where heads come first.)
  const next = tokens[start + 1];
  const determines = (l.possessiveDeterminers.has(first.bare) && next?.isWord === true) ||
    (l.headFirst && l.possessivePronouns.has(first.bare) && next?.isWord === true && !next.capitalized && !isCueWord(r, next));
  if ((!first.isWord && !isNameQuoteMark(r, tokens, start)) || (isObjectPronoun(r, first) && !determines) || l.clauseBoundaries.has(first.bare)) return null;
  // "said in a statement": a prepositional phrase, not a source.
  if (!first.capitalized && (l.parentheticalOpeners.has(first.bare) || l.objectPrepositions.has(first.bare))) return null;
  // ("потребовала привлечь к ответственности … гендиректоров": the infinitive after a verb of demanding is what is demanded.)
  const demanded = start > 0 && l.infinitiveCueVerbs.has(tokens[start - 1].bare) && !first.capitalized && (l.morphology.infinitivePattern?.test(first.bare) ?? false);
  if (demanded) return null;
  // ("– пояснив він «Обрію 24»": a pronoun, then a quoted name, which is whom it was told to.)
  if (l.headFirst && l.pronouns.has(first.bare) && !l.possessivePronouns.has(first.bare) && isNameQuoteMark(r, tokens, start + 1)) return { start, end: start + 1, segments: [[start, start + 1]] };
  let i = start;
  const limit = Math.min(tokens.length, start + MAX_SOURCE_TOKENS);
  for (; i < limit; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      // ("рассказала педиатр городской поликлиники № 3 Новосибирска Ирина Соколова": past a number sign, as on the left.)
      if (isAbbreviationPeriod(tokens, i) || isNameQuoteMark(r, tokens, i) || (i > start && isNumberSign(tokens, i))) continue;
      break;
    }
    // "a source close to the minister", "the former top aide to President Jane Roe": "to" joins its complement.
    const complement = i > start && joinsComplement(r, tokens, i);
    // ("one estimate", "an operative in the state": right after a determiner, a word that may be a cue is a noun.)
    const previous = tokens[i - 1];
    const isDeterminerWord = (w: Token | undefined) => w !== undefined && (l.determiners.has(w.bare) || l.indefiniteDeterminers.has(w.bare) || l.possessiveDeterminers.has(w.bare));
    // ("a separate note": so is one that is also a text's noun after a determiner and a word that modifies it.)
    const modified = i >= start + 2 && isDeterminerWord(tokens[i - 2]) && previous.isWord && !previous.capitalized && !isLexiconNoun(r, previous.bare) &&
      (l.documentNouns.has(t.bare) || l.nounLikeVerbForms.has(t.bare));
    const determined = i > start && (isDeterminerWord(previous) || modified);
    if (i > start && !complement && (l.clauseBoundaries.has(t.bare) || (cueWordAt(r, tokens, i) && !determined))) break;
    // ("сказала одна з них": a count of people the article spoke of ends in their pronoun.)
    const countOfThem = l.headFirst && i >= start + 2 && isObjectPronoun(r, t) && l.identifyingPrepositions.has(tokens[i - 1].bare) &&
      (l.indefiniteDeterminers.has(tokens[i - 2].bare) || l.determiners.has(tokens[i - 2].bare));
    if (countOfThem) {
      i++;
      break;
    }
    // ("people I spoke to": a pronoun opens the clause that describes them.)
    if (i > start && (!t.capitalized || t.text.length === 1) && (l.pronouns.has(t.bare) || isObjectPronoun(r, t)) && !l.possessiveDeterminers.has(t.bare)) break;
    // "«Интерфакс» со ссылкой на собеседника": another cue phrase starts here.
    if (i > start && l.sourceAfterPhrases.some((p) => matchPhrase(tokens, i, p, l.inflection))) break;
    // ("сказав наставник на пресконференції": so has any phrase before where it was said.)
    if (i > start && !t.capitalized && (l.afterNamePrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare)) && tokens[i + 1]?.isWord &&
      l.occasionNouns.has(lexicalForm(r, tokens[i + 1]).bare)) break;
    // "said Delacroix in an email", "said Roe on Tuesday": the name has ended.
    if (i > start && !t.capitalized && l.afterNamePrepositions.has(t.bare) && tokens[i - 1].capitalized && !officeThenName(r, tokens, start, i)) break;
    if (l.coordinators.has(t.bare) && i > start) {
      const next = tokens[i + 1];
      // Head-first languages join offices too ("заступника мера та депутатки міськради Марії Коваль").
      // ("liberal and independent analysts": so are two modifiers of one noun just after them.)
      const after = tokens[i + 2];
      const modifiers = next !== undefined && after !== undefined && next.isWord && !next.capitalized && after.isWord && isLexiconNoun(r, after.bare) &&
        !isLexiconNoun(r, next.bare) && !isLexiconNoun(r, tokens[i - 1].bare) && !l.determiners.has(next.bare);
      // ("сказав заступник міністра освіти і науки Андрій Савчук": and joined complements of one noun, as on the left.)
      const complements = next !== undefined && next.isWord && !next.capitalized && !isCueWord(r, next) && joinsComplementsAt(r, tokens, i, start);
      if (!next || !(next.capitalized || l.determiners.has(next.bare) || (l.headFirst && isLexiconNoun(r, next.bare)) || modifiers || complements)) break;
    }
  }
  if (i === start) return null;
  const segments: [number, number][] = [[start, i]];
  let to = i;
  for (let n = 0; appositions && n < MAX_APPOSITIONS - 1; n++) {
    if (to >= tokens.length || !isComma(tokens[to])) break;
    let e = to + 1;
    const eLimit = Math.min(tokens.length, to + 1 + MAX_SEGMENT_TOKENS);
    // ("…, председатель фан-клуба «Синяя волна» Игорь Панкратов,": a quoted name inside it too.)
    while (e < eLimit && !isBreak(tokens[e]) && (tokens[e].isWord || isAbbreviationPeriod(tokens, e) || isNameQuoteMark(r, tokens, e))) e++;
    if (e < tokens.length && !isBreak(tokens[e]) && tokens[e].text !== '.' && tokens[e].text !== ';') break;
    if (!isNounPhraseLike(r, tokens, to + 1, e - 1)) break;
    // A following clause ("…, Orlov is ready") is not an apposition.
    segments.push([to + 1, e]);
    to = e;
  }
  return { start, end: to, segments };
}

/** Fewest capitalised words after an office's preposition that hold its place and a holder's name ("в США Иван Петров"). */
const MIN_PLACE_AND_NAME = 3;

/**
 * Head-first languages: the preposition at `i` joins a place to an office that opened the phrase, when
 * only capitalised words follow it to the clause's end, closing with a personal name ("посол России в США
 * Иван Петров"): the name is the office holder's, and the place part of the office.
 */
function officeThenName(r: Reading, tokens: readonly Token[], start: number, i: number): boolean {
  const l = r.lex;
  if (!l.headFirst || !tokens.slice(start, i).some((t) => t.isWord && !t.capitalized && (l.roleNouns.has(lexicalForm(r, t).bare) || l.uniqueOffices.has(t.bare)))) return false;
  let e = i + 1;
  while (e < tokens.length && tokens[e].isWord && tokens[e].capitalized) e++;
  if (e - i - 1 < MIN_PLACE_AND_NAME || (e < tokens.length && !/^[.,!?;:…—–-]$/u.test(tokens[e].text))) return false;
  return isPersonalNameWord(r, tokens[e - 1]) && isPersonalNameWord(r, tokens[e - 2]);
}

/** The noun phrase that opens tokens[start…]: determiners, names, possessives, source nouns. */
function leadingNounPhrase(r: Reading, tokens: readonly Token[], start: number, limit: number): Phrase | null {
  const l = r.lex;
  // "Last week State Department official Jane Roe revealed …": a time phrase first.
  while (start < limit && (l.timeWords.has(tokens[start].bare) || l.timePrepositions.has(tokens[start].bare))) start++;
  // ("Водночас суддя визначив …, зазначивши": nor a connective; the subject follows it.)
  const connective = connectiveAt(r, tokens, start);
  if (connective && start + connective.length < limit && tokens[start + connective.length].isWord) start += connective.length;
  // "In a Tumblr post …": a prepositional phrase is not a subject.
  if (start < limit && (l.parentheticalOpeners.has(tokens[start].bare) || l.objectPrepositions.has(tokens[start].bare))) return null;
  let i = start;
  for (; i < limit && i - start < MAX_SOURCE_TOKENS; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      if (isAbbreviationPeriod(tokens, i) || isNameQuoteMark(r, tokens, i)) continue;
      break;
    }
    // ("Appearing before supporters …, Jane Roe said": a participle opening the sentence is no name.)
    if (i === start && t.capitalized && tokens[i + 1]?.isWord && !tokens[i + 1].capitalized && isParticiple(r, { ...t, capitalized: false })) return null;
    if (i === start && l.pronouns.has(t.bare)) {
      i++;
      break;
    }
    // "The victim's mother": the word after a possessive is its head noun.
    const possessed = i > start && tokens[i - 1].possessive;
    // (An auxiliary is no noun, whatever a dictionary files under it: "the haves and have-nots".)
    // ("Republican presidential hopeful Sen. Jane Roe": a noun of people that is mostly an adjective, before a name.)
    const beforeName = l.adjectivalPersonNouns.has(t.bare) && tokens[i + 1]?.capitalized === true;
    // ("Law enforcement officials searched …, saying": after a capital owed to the sentence, a common word as
    // the article shows, a plain word before a plural noun of people is that noun's modifier.)
    const modifier = i === start + 1 && tokens[start].capitalized && r.commonWords.has(tokens[start].bare) && modifiesPeople(r, tokens, i);
    // ("The utilities commission is frustrated …, saying": after a determiner, a plain word before a noun the lexicon knows modifies it.)
    const next = tokens[i + 1];
    const beforeNoun = i > start && !isLexiconNoun(r, lexicalForm(r, tokens[i - 1]).bare) && l.determiners.has(tokens[start].bare) && !t.capitalized && next?.isWord === true && isLexiconNoun(r, lexicalForm(r, next).bare) &&
      !l.clauseBoundaries.has(t.bare) && !l.postModifierOpeners.has(t.bare) && !l.objectPrepositions.has(t.bare) && !l.coordinators.has(t.bare) && !isPastForm(r, t);
    // ("One operative … tried to downplay …, saying": a noun of people that is mostly an adjective heads a phrase "a"
    // or "one" opens, as in classifySegment.)
    const adjectivalHead = i > start && l.adjectivalPersonNouns.has(t.bare) && l.indefiniteDeterminers.has(tokens[start].bare);
    // ("67-річна Надія Стельмах приїхала", "67-year-old Jane Roe drove": a number joined to a word is a modifier, an age or a size.)
    const numberModifier = /^\p{N}+-\p{L}/u.test(t.text);
    const ok = t.capitalized || t.possessive || possessed || l.determiners.has(t.bare) || beforeName || modifier || beforeNoun || adjectivalHead || numberModifier ||
      (isLexiconNoun(r, t.bare) && !l.finiteAuxiliaries.has(t.bare));
    if (!ok || cueWordAt(r, tokens, i)) break;
  }
  if (i === start) return null;
  // ("Следователь по особо важным делам Игорь Панкратов возражал": where heads come first, a complement with a
  // preposition may stand between an office and the name it titles.)
  // ("Замминистра финансов Дмитрий Корольков не стал …": so may a complement in a case of its own, with no verb in it.)
  const verbLike = (k: number) => cueWordAt(r, tokens, k) || pastGender(l, tokens[k].bare) !== undefined || isAdverb(r, tokens[k]) ||
    isPluralVerbOrInfinitive(r, tokens[k]);
  const complementAfterOffice = i > start && i < limit && tokens[i].isWord && !tokens[i].capitalized && isLexiconNoun(r, lexicalForm(r, tokens[i - 1]).bare) &&
    !verbLike(i) && !l.complementizers.has(tokens[i].bare) && !l.relativePronouns.has(tokens[i].bare);
  if (l.headFirst && i < limit && (l.identifyingPrepositions.has(tokens[i].bare) || l.objectPrepositions.has(tokens[i].bare) || complementAfterOffice)) {
    for (let k = complementAfterOffice ? i : i + 1; k + 1 < limit && k - i <= MAX_TITLE_COMPLEMENT; k++) {
      if (!tokens[k].isWord || (!tokens[k].capitalized && verbLike(k))) break;
      if (isPersonalNameWord(r, tokens[k]) && isPersonalNameWord(r, tokens[k + 1])) return { start, end: k + 2, segments: [[start, k + 2]] };
      if (tokens[k].capitalized) break;
    }
  }
  return { start, end: i, segments: [[start, i]] };
}

/** Most words of a complement between an office and the name it titles ("по особо важным делам"). */
const MAX_TITLE_COMPLEMENT = 5;

/** Is token `i` a plain lower-case word (no verb form, adverb or function word) right before a plural noun of people? */
function modifiesPeople(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.isWord || t.capitalized || !next?.isWord || next.capitalized || !isPlural(r, next) || !isLexiconNoun(r, lexicalForm(r, next).bare)) return false;
  return !isLexiconNoun(r, t.bare) && !l.finiteAuxiliaries.has(t.bare) && !isPastForm(r, t) && !isParticiple(r, t) && !isAdverb(r, t) && !cueWordAt(r, tokens, i) &&
    !l.clauseBoundaries.has(t.bare) && !l.postModifierOpeners.has(t.bare) && !l.objectPrepositions.has(t.bare) && !l.determiners.has(t.bare) &&
    !l.pronouns.has(t.bare) && !isObjectPronoun(r, t) && !l.skipBeforeCue.has(t.bare) && !isPlural(r, t);
}

/** The subject of a sentence, after its introductory segments ("However,", "In a statement,"). */
export function sentenceSubject(r: Reading, tokens: readonly Token[], limit: number): Phrase | null {
  // (After a dateline: "WASHINGTON — Sen. Jane Roe defended …"; or its dash, where the dateline's abbreviation ended
  // a sentence: "HARRISBURG, Pa. — State Sen. Jane Roe, a Democrat, launched …".)
  let i = Math.min(datelineEnd(tokens), limit);
  while (i < limit && isDash(tokens[i])) i++;
  for (let n = 0; n < MAX_PARENTHETICALS; n++) {
    let e = i;
    while (e < limit && e - i < MAX_SEGMENT_TOKENS && !isComma(tokens[e])) e++;
    if (e >= limit || !isComma(tokens[e])) break;
    if (!isParenthetical(r, tokens, i, e - 1)) break;
    i = e + 1;
  }
  return leadingNounPhrase(r, tokens, i, limit);
}

/**
 * Who a participle or a second verb speaks for ("The US welcomed the
 * exchange, saying …", "It did not reveal … and said …"): the subject of
 * the clause just before the cue, else the sentence's.
 */
export function clauseSubjects(r: Reading, tokens: readonly Token[], cueIndex: number): Phrase[] {
  const subjects: Phrase[] = [];
  let j = cueIndex - 1;
  if (j >= 0 && r.lex.clauseCoordinators.has(tokens[j].bare)) j--;
  if (j >= 0 && isComma(tokens[j])) j--;
  let from = j >= 0 ? segmentStart(tokens, j, 0) : 0;
  // ("…, but Acme canceled the order two months later, citing …": a clause joined after a comma.)
  if (j >= 0 && from < j && !tokens[from].capitalized && r.lex.clauseCoordinators.has(tokens[from].bare)) from++;
  // ("She noted, however, that the company would …, and said …": a clause "that" opens is what was said; its
  // subject speaks for nothing, the sentence's does.)
  if (j >= 0 && !(r.lex.complementizers.has(tokens[from].bare) && !tokens[from].capitalized)) {
    // ("They were close when the president ended the talks, citing …": the nearest clause's subject, first; not
    // a pronoun, which as often stands for the main clause's subject or for no speaker: "when it was over".)
    for (let k = j - 1; k > from; k--) {
      if (tokens[k].capitalized || !r.lex.adverbialSubordinators.has(tokens[k].bare)) continue;
      const subordinate = leadingNounPhrase(r, tokens, k + 1, cueIndex);
      if (subordinate && subordinate.end <= j && !r.lex.pronouns.has(tokens[subordinate.start].bare)) subjects.push(subordinate);
      break;
    }
    const own = leadingNounPhrase(r, tokens, from, cueIndex);
    // A clause has a predicate after its subject; "…, Texas, and argued" is no clause.
    if (own && own.end <= j) subjects.push(own);
  }
  const sentence = sentenceSubject(r, tokens, cueIndex);
  if (sentence) subjects.push(sentence);
  return subjects;
}

/** Most words between a preposition after a noun of people and a coordinator inside its complement ("in the labor and …"). */
const MAX_COMPLEMENT_WORDS = 4;

/**
 * "Nurses in the labor and delivery unit said", "Growers of almonds and other tree crops say": does the coordinator at `i`
 * join words inside the complement a preposition brings in after a noun of people or of a body, a few words back, rather
 * than two subjects?
 */
function insideComplementOfPeople(r: Reading, tokens: readonly Token[], i: number, floor: number): boolean {
  const l = r.lex;
  for (let k = i - 1; k > floor && i - k <= MAX_COMPLEMENT_WORDS; k--) {
    const t = tokens[k];
    if (!t.isWord || l.coordinators.has(t.bare) || isCueWord(r, t)) return false;
    if (l.postModifierOpeners.has(t.bare) || l.identifyingPrepositions.has(t.bare)) {
      const owner = tokens[k - 1];
      return owner.isWord && (namesPeople(r, owner) || l.organizationNouns.has(lexicalForm(r, owner).bare));
    }
  }
  return false;
}
