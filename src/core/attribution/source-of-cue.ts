/**
 * The source a cue credits: on its left ("X said", "X, who …, said", "as X
 * notes"), on its right ("said X", "according to X"), a passive's agent
 * ("reported by X"), or the subject of the clause ("…, saying").
 */
import { quoteAt } from '../quotes';
import type { Token } from '../tokens';
import { classify, classifySegment, type Slot, type SourceClass } from './classify';
import { asksAnonymity, listedRequestAt, requestEndingBefore } from './reasons';
import { type Cue, MAX_AGENT_DISTANCE, quotationEndsBefore } from './cues';
import { pastGender } from './lexicon';
import { clauseSubjects, connectiveAt, passiveWithAgent, isParenthetical, MAX_PARENTHETICALS, opensReason, relayAt, MAX_SOURCE_TOKENS, nounPhraseLeft, nounPhraseRight, type Phrase, segmentStart } from './noun-phrases';
import { inQuotedName, isAbbreviationPeriod, isDash, isPercentSign, isAdverb, isBreak, isComma, isCueWord, isLexiconNoun, isNameQuoteMark, isNameWord, isNumber, isObjectPronoun, isObliqueModifier, isPluralVerbOrInfinitive, namesPeople, wordBetween, isParticiple, isPastForm, isPersonalNameWord, isPlace, isPlural, lexicalForm, matchPhrase, openingBracket, openingDash, participleWithObject, quotationOpening, quotedAsWords, scareQuotedPeople, type Reading } from './reading';

/** A cue's source: its phrase, and what that phrase says of who speaks. */
export interface FoundSource {
  phrase: Phrase;
  cls: SourceClass;
}

/** How many words may stand between a source noun and the "в"/"з" phrase that places it ("Собеседник РБК в МИД"). */
const MAX_OWNER_DISTANCE = 2;

/** Where the aside ending in the dash at `close` opens, when a word stands before it; -1 otherwise. */
function dashOpenedAt(tokens: readonly Token[], close: number): number {
  const open = openingDash(tokens, close);
  return open > 0 && tokens[open - 1].isWord ? open : -1;
}

/** Does the quoted name closing at `j` open the sentence, or follow a noun or a name of the phrase ("Пресс-служба «Газпрома»")? */
function quotedNameClosesPhrase(r: Reading, tokens: readonly Token[], j: number): boolean {
  if (!isNameQuoteMark(r, tokens, j)) return false;
  const q = quoteAt(r.quotes, tokens[j].start);
  const open = quotationOpening(r, tokens, q);
  if (open < 0 || open >= j) return false;
  if (open === 0) return true;
  const before = tokens[open - 1];
  // ("Народний депутат від «Європейської солідарності» заявив": or the object of a preposition after a noun.)
  const ofNoun = open >= 2 && !before.capitalized && r.lex.postModifierOpeners.has(before.bare) && tokens[open - 2].isWord && isLexiconNoun(r, lexicalForm(r, tokens[open - 2]).bare);
  // ("Футбольний клуб «Карпатський лев» оголосив": or a common noun the lexicon does not know, which the title names,
  // in a phrase opening the sentence.)
  const l = r.lex;
  const plainWord = (t: Token) => t.isWord && !l.determiners.has(t.bare) && !l.pronouns.has(t.bare) && !isObjectPronoun(r, t) && !l.objectPrepositions.has(t.bare) &&
    !l.identifyingPrepositions.has(t.bare) && !l.coordinators.has(t.bare) && !l.complementizers.has(t.bare) && !isAdverb(r, t) && !isCueWord(r, t);
  // (After a preposition opening the sentence too: "В движении «Чистый берег» заявили"; or after a count of a group, "Одна з
  // учасниць об'єднання «Чекаємо вдома» розповіла".)
  const count = tokens.length > 2 && (l.determiners.has(tokens[0].bare) || l.indefiniteDeterminers.has(tokens[0].bare)) && l.identifyingPrepositions.has(tokens[1].bare);
  const from = count ? 2 : l.identifyingPrepositions.has(tokens[0].bare) ? 1 : 0;
  const namedNoun = l.headFirst && !before.capitalized && open > from && tokens.slice(from, open).every(plainWord);
  return before.isWord && (before.capitalized || isLexiconNoun(r, lexicalForm(r, before).bare) || ofNoun || namedNoun);
}

/**
 * Where a phrase crediting another source ("со ссылкой на источники") opens, when one runs without
 * punctuation up to token `j` and a word stands before it; -1 otherwise.
 */
/** Is token `k` a mark of scare quotes round a noun of people ("«источники»"), opening or closing? */
function scareQuoteMark(r: Reading, tokens: readonly Token[], k: number): boolean {
  return scareQuotedPeople(r, tokens, k) || (k >= 2 && scareQuotedPeople(r, tokens, k - 2));
}

/** Is token `k` a mark of scare quotes round a short phrase of people ("«джерело в ОВА»"), opening or closing? */
function scareQuotesAround(r: Reading, tokens: readonly Token[], k: number): boolean {
  const q = quoteAt(r.quotes, tokens[k].start);
  if (q < 0 || tokens[k].isWord) return false;
  const opening = quotationOpening(r, tokens, q);
  return opening >= 0 && scareQuotedPeople(r, tokens, opening);
}

function citedBefore(r: Reading, tokens: readonly Token[], j: number): number {
  const l = r.lex;
  for (let k = j; k > 0 && k > j - MAX_SOURCE_TOKENS; k--) {
    // (Marks of people in scare quotes inside what it cites too: "з посиланням на «джерело в ОВА»".)
    if (!tokens[k].isWord && !isNameQuoteMark(r, tokens, k) && !scareQuoteMark(r, tokens, k) && !scareQuotesAround(r, tokens, k)) return -1;
    // (A word before it, or a quoted name's closing mark: "Газета «Коммерсантъ» со ссылкой на …".)
    if (k < j && l.sourceAfterPhrases.some((p) => matchPhrase(tokens, k, p, l.inflection))) return tokens[k - 1].isWord || isNameQuoteMark(r, tokens, k - 1) ? k : -1;
  }
  return -1;
}

/**
 * Where a listed anonymity request ("на условиях анонимности") ending at token `j` opens, after a word; -1
 * otherwise. (A negation's request has its own verb: "A man who did not want his name used".)
 */
function requestEndingAt(r: Reading, tokens: readonly Token[], j: number): number {
  const k = requestEndingBefore(r, tokens, j + 1, listedRequestAt);
  return k > 0 && tokens[k - 1].isWord ? k : -1;
}

/** Most words of a text an impersonal verb follows right after its preposition ("в офіційному листі"). */
const MAX_PLACED_TEXT_WORDS = 3;

/** Most tokens of a reason for anonymity that `reasonEndingAt` looks back over. */
const MAX_REASON_TOKENS = 16;

/**
 * Where a listed request for anonymity and the reason given after it ("who asked not to be named because her employer …")
 * open, the reason's words running up to token `j`; -1 where none does.
 */
function reasonEndingAt(r: Reading, tokens: readonly Token[], j: number): number {
  for (let k = j; k > 0 && j - k <= MAX_REASON_TOKENS && tokens[k].isWord; k--) {
    if (!r.lex.reasonMarkers.some((p) => matchPhrase(tokens, k, p, r.lex.inflection))) continue;
    const request = requestEndingAt(r, tokens, k - 1);
    // (And the relative pronoun that opens the request, which is no subject of the verb after the reason: "A doctor who asked …
    // because he feared reprisals told …" is the doctor's.)
    if (request > 1 && (r.lex.relativePronouns.has(tokens[request - 1].bare) || tokens[request - 1].bare === r.lex.personRelativePronoun)) return request - 1;
    if (request > 0) return request;
  }
  return -1;
}

/** Does the phrase open the sentence, a conjunction joining it to the one before aside ("But Jane Roe …")? */
function opensSentence(r: Reading, tokens: readonly Token[], phrase: Phrase, afterTime = false): boolean {
  // ("Однако люди, близкие к компании, рассказывают …": a connective may come first, as a conjunction may.)
  const connective = connectiveAt(r, tokens, 0);
  // ("Ще навесні Рахункова палата у звіті … попереджала": and, where asked, a time, with a particle before it.)
  let timed = 0;
  while (afterTime && timed < phrase.start && tokens[timed].isWord && (r.lex.timeWords.has(tokens[timed].bare) || (r.lex.skipBeforeCue.has(tokens[timed].bare) && timed + 1 < phrase.start))) timed++;
  const time = timed > 0 && r.lex.timeWords.has(tokens[timed - 1].bare) && phrase.start === timed;
  return phrase.start === 0 || time || (phrase.start === 1 && r.lex.clauseCoordinators.has(tokens[0].bare)) || (connective !== undefined && phrase.start === connective.length);
}

/**
 * Where whom a statement was told to opens, closing a body a preposition places before the verb (`governed` to `end`):
 * an object pronoun ("В министерстве нам сообщили"), or a quoted name after a word no quoted title names ("В министерстве
 * … Тарнской области «УВ» сообщили", "В агентстве «Нацрейтинг» «ДК» сообщили"; not "В движении «Чистый берег»", "В пресс-службе
 * компании «Энергоресурс»"). `end`
 * where there is none.
 */
function addresseeOpening(r: Reading, tokens: readonly Token[], governed: number, end: number): number {
  const last = tokens[end - 1];
  if (end - 1 > governed && last.isWord && !last.capitalized && isObjectPronoun(r, last)) return end - 1;
  if (!isNameQuoteMark(r, tokens, end - 1)) return end;
  const q = quoteAt(r.quotes, last.start);
  const open = quotationOpening(r, tokens, q);
  // (Right after the body's own noun a quoted name is its name: "В движении «Чистый берег»", past the noun's modifiers too: "В
  // родительском сообществе «Школа без стресса»".)
  let noun = governed;
  while (noun + 1 < open && tokens[noun].isWord && !tokens[noun].capitalized && (r.lex.morphology.obliqueModifierPattern?.test(tokens[noun].bare) ?? false)) noun++;
  const before = open - 1 > noun ? tokens[open - 1] : undefined;
  if (before === undefined) return end;
  // (Nor after a body's initials, its form: "У пресслужбі НЕК «Об'єднана енергосистема»", "ТОВ «…»".)
  const initials = before.isWord && before.text.length > 1 && before.text === before.text.toUpperCase() && /\p{L}/u.test(before.text);
  const titled = initials || (before.isWord && !before.capitalized && (r.lex.organizationNouns.has(lexicalForm(r, before).bare) || r.lex.publicationNouns.has(lexicalForm(r, before).bare)));
  return titled ? end : open;
}

/** Longest setting between a subject and its verb, the prepositions included (tokens). */
const MAX_SETTING_TOKENS = 10;

/**
 * "Сергей Кравец на брифинге отметил", "Міністр після засідання заявив", "Министр в интервью РБК отметил", "Рябов
 * в разговоре с журналистами опроверг": a setting between the sentence's subject and its verb, of one or more
 * prepositional phrases. The subject opens the sentence, and the setting's first preposition takes an object
 * ("на", "після") or places it in a text ("в интервью", "у зверненні"; not "в Офісі": "Джерело в Офісі
 * президента" keeps its descriptor).
 */
function settingBeforeVerb(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const verb = cue.start;
  const l = r.lex;
  // (A personal name right before the verb closes the subject, not a setting: "Член делегації на переговорах Павло
  // Ярема заявив".)
  if (verb >= 2 && isPersonalNameWord(r, tokens[verb - 1]) && isPersonalNameWord(r, tokens[verb - 2]) && !inQuotedName(r, tokens, verb - 1)) return null;
  // (Right before the verb, a few words with nothing between: "…, повідомляє" after a comma has no setting.)
  for (let first = verb - 1; first >= 1 && verb - first <= MAX_SETTING_TOKENS; first--) {
    const t = tokens[first];
    if (!t.isWord && !isNameQuoteMark(r, tokens, first)) return null;
    if (first === verb - 1) continue;
    const governed = tokens[first + 1];
    // ("Мэр … в своем телеграм-канале написал": nor in what a reflexive possessive makes the subject's own.)
    // ("Собственник ТЭЦ в официальном заявлении назвал": a text or an occasion may close the setting after its modifiers.)
    const text = (k: number) => !tokens[k].capitalized && (l.documentNouns.has(lexicalForm(r, tokens[k]).bare) || l.occasionNouns.has(lexicalForm(r, tokens[k]).bare));
    // ("Роман Пилипенко в телефонній розмові з журналістами заперечив": or after its modifiers, with a complement after it.)
    // ("Маркус Ельгрен у письмовому коментарі для «Капітал-Тижня» зазначив": the complement may be a quoted name.)
    const lowerWords = (to: number) => tokens.slice(first + 1, to).every((w) => w.isWord && !w.capitalized);
    const textAfterModifiers = (lowerWords(verb) && text(verb - 1)) || [first + 2, first + 3].some((k) => k < verb - 1 && text(k) && lowerWords(k) &&
      (l.objectPrepositions.has(tokens[k + 1].bare) || l.identifyingPrepositions.has(tokens[k + 1].bare)));
    const placesNoBody = l.identifyingPrepositions.has(t.bare) && governed !== undefined && governed.isWord && !governed.capitalized &&
      (text(first + 1) || l.reflexivePossessives.has(governed.bare) || textAfterModifiers);
    // ("Жители в этом сомневаются", "Мешканці в цьому сумніваються": a preposition whose object is a lone demonstrative
    // right before the verb is the verb's, no complement of the subject's noun; not a count's, "Один из них".)
    const counted = (w: Token) => l.indefiniteDeterminers.has(w.bare) || l.anonymousQuantifiers.has(w.bare) || l.numberWords.has(w.bare) || isNumber(r, w);
    const pronounSetting = first + 1 === verb - 1 && l.postModifierOpeners.has(t.bare) && governed.isWord && !governed.capitalized &&
      l.determiners.has(governed.bare) && !counted(governed) && !counted(tokens[first - 1]);
    if (!(l.objectPrepositions.has(t.bare) || placesNoBody || pronounSetting)) continue;
    // ("Эксперт, попросивший не называть его имени, в разговоре с нашим изданием назвал": after an aside, the
    // source is the one before the setting, as if the verb stood there.)
    // (So after a relative clause, with a preposition that takes an object: "Министр …, который …, на заседании правительства
    // во вторник назвал".)
    // ("Собственник ТЭЦ — компания «…» — в официальном заявлении назвал": so after an apposition between dashes.)
    if ((isComma(tokens[first - 1]) || dashOpenedAt(tokens, first - 1) > 0) && (placesNoBody || (l.objectPrepositions.has(t.bare) && !t.capitalized))) {
      const before = leftSource(r, tokens, { ...cue, start: first });
      // ("Два дипломата, аккредитованные в Нерине, в разговоре с корреспондентом заявили": a place closing an aside a participle
      // opens is no subject; the subject stands before the aside.)
      const aside = asideBefore(tokens, { ...cue, start: first });
      const participleAside = aside >= 0 && [l.morphology.participlePattern, l.morphology.passiveParticiplePattern].some((p) => p?.test(tokens[aside].bare) ?? false);
      if (before !== null && before !== 'clause' && before.afterPreposition === true && participleAside) {
        const subject = leftSource(r, tokens, { ...cue, start: aside - 1 });
        return subject === 'clause' ? null : subject;
      }
      return before === 'clause' ? null : before;
    }
    // ("Оператор «ЭкоЛиния» в письме … утверждает": the subject may end in a quoted name.)
    if (!(tokens[first - 1].isWord || quotedNameClosesPhrase(r, tokens, first - 1))) continue;
    const subject = nounPhraseLeft(r, tokens, first - 1, 0, true);
    if (subject !== null && opensSentence(r, tokens, subject, true)) return subject;
    // ("Голова місії МФС в Україні Маркус Ельгрен у письмовому коментарі … зазначив": or one whose office a preposition's
    // complement divides, read as if the verb stood right after it.)
    // ("Кілька депутатів від різних фракцій у неофіційних розмовах із журналістами «…» визнали": or people, with complements.)
    // ("Утім, у Держфінмоніторингу на запит редакції повідомили": past the comma after a connective too.)
    const connective = connectiveAt(r, tokens, 0)?.length ?? 0;
    const open = connective > 0 && isComma(tokens[connective]) ? connective + 1 : connective;
    let opener = open;
    while (opener < first && (l.determiners.has(tokens[opener].bare) || l.anonymousQuantifiers.has(tokens[opener].bare) || isNumber(r, tokens[opener]))) opener++;
    // ("Один з учасників наради … напередодні сесії розповів": and the preposition of a count of a group.)
    if (opener > open && opener < first && l.identifyingPrepositions.has(tokens[opener].bare)) opener++;
    const people = subject !== null && !opensSentence(r, tokens, subject) && namesPeople(r, tokens[opener]);
    const named = subject !== null && (isPersonalNameWord(r, tokens[first - 1]) || people) ? leftSource(r, tokens, { ...cue, start: first }) : null;
    if (named !== null && named !== 'clause' && opensSentence(r, tokens, named)) return named;
    // ("У пресслужбі НЕК «…» на запит «ФактоМетра» повідомили", "У пресслужбі ДАОП у відповідь на запит …": or a body, a name
    // or a body's noun, "в/у" places opening the sentence, before an occasion or a text; not "У відповіді на запит …", "Со
    // ссылкой на письмо …".)
    // (A quoted name alone too: "У «Нафтогазі» на запит видання підтвердили".)
    // ("В областном департаменте образования на запрос редакции ответили": the body's noun after its modifiers.)
    let bodyAt = subject?.start ?? 0;
    while (subject !== null && bodyAt + 1 < subject.end && !tokens[bodyAt].capitalized && l.morphology.obliqueModifierPattern?.test(tokens[bodyAt].bare) === true) bodyAt++;
    const bodyWord = subject !== null && (tokens[subject.start].capitalized || l.organizationNouns.has(lexicalForm(r, tokens[bodyAt]).bare) || isNameQuoteMark(r, tokens, subject.start));
    const placedBody = subject !== null && bodyWord && subject.start === open + 1 && l.identifyingPrepositions.has(tokens[open].bare) && (l.objectPrepositions.has(t.bare) || placesNoBody) && text(first + 1);
    if (placedBody) {
      const governedAt = subject.start;
      return subject.end - governedAt < 2 ? { ...subject, afterPreposition: true, bodyOnly: true } :
        { start: governedAt + 1, end: subject.end, segments: [[governedAt + 1, subject.end]], afterPreposition: true, governed: governedAt };
    }
    // ("Источник в российской делегации на прошлых переговорах рассказал": or a noun of people opening the sentence
    // that a body after a preposition of its own describes.)
    const owner = subject !== null && subject.start >= 2 && l.identifyingPrepositions.has(tokens[subject.start - 1].bare) ?
      nounPhraseLeft(r, tokens, subject.start - 2, 0, true) : null;
    if (owner !== null && opensSentence(r, tokens, owner) && namesPeople(r, tokens[owner.end - 1])) {
      return { start: owner.start, end: subject!.end, segments: [[owner.start, subject!.end]] };
    }
  }
  return null;
}

/** Who a relative pronoun right after tokens[a] stands for ("Zelenko, who said", "two reports that depicted"). */
function relativeAntecedent(r: Reading, tokens: readonly Token[], a: number): Phrase | null {
  const l = r.lex;
  // ("Mr. Guerrero, a Republican who described himself as …": a relative clause on an apposition is its name's.)
  const antecedent = nounPhraseLeft(r, tokens, a, 0, false, true);
  const named = antecedent && antecedent.start > 1 && isComma(tokens[antecedent.start - 1]) && startsNounPhrase(r, tokens[antecedent.start]) ? nounPhraseLeft(r, tokens, a, 0, true, true) : null;
  // ("the Asheville Tea PAC, a local organization which said": a name after "the" too.)
  const nameOpens = named !== null && (tokens[named.start].capitalized || (l.definiteDeterminers.has(tokens[named.start].bare) && tokens[named.start + 1]?.capitalized === true));
  // ("A pharmacist in Raleigh who asked not to be named said": "who", a person's, stands for the noun of people a place
  // after a preposition describes, not the place.)
  // (One capitalised word after a preposition of place, not of whom: "the wife of Roe who", "a lawyer for Jane Roe who".)
  const preposition = antecedent !== null && antecedent.start > 1 ? tokens[antecedent.start - 1] : undefined;
  const placed = antecedent !== null && preposition !== undefined && tokens[a + 1]?.bare === l.personRelativePronoun && tokens[antecedent.start].capitalized &&
    antecedent.end - antecedent.start === 1 && (l.timePrepositions.has(preposition.bare) || l.identifyingPrepositions.has(preposition.bare)) &&
    !l.topicPrepositions.has(preposition.bare) && preposition.bare !== l.agentPreposition && namesPeople(r, tokens[antecedent.start - 2]);
  const described = placed ? nounPhraseLeft(r, tokens, a, 0, false) : null;
  const whole = described ?? (named && named.segments.length > 1 && nameOpens ? named : antecedent);
  // ("Roe is a serial liar and birther who has pledged to …": a relative clause on what a copula says its subject is tells of the subject.)
  const subject = whole && predicateSubject(r, tokens, whole.start);
  if (subject === 'unfound') return null;
  return subject ?? whole;
}

/** The source on the cue's left ("X said", "X, who …, said", "as X notes"); 'clause' for "… and said". */
function leftSource(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | 'clause' | null {
  const l = r.lex;
  let j = cue.start - 1;
  let descriptor: [number, number] | null = null;
  let pastAside = false;
  // The first relative pronoun between `from` and `to`, inclusive; -1 when none.
  const relativeIn = (from: number, to: number): number => {
    for (let k = from; k <= to; k++) if (l.relativePronouns.has(tokens[k].bare)) return k;
    return -1;
  };
  // Where the segment ending at `end` opens, past the marks of a quoted name in it ("…, как передает агентство «Регион-Информ», заявил").
  const segmentPastNames = (end: number): number => {
    let k = segmentStart(tokens, end, 0);
    while (k >= 2 && isNameQuoteMark(r, tokens, k - 1) && tokens[k - 2].isWord) k = segmentStart(tokens, k - 2, 0);
    return k;
  };
  for (let n = 0; n < MAX_PARENTHETICALS; n++) {
    for (let guard = 0; j >= 0 && guard < MAX_SOURCE_TOKENS; guard++) {
      const t = tokens[j];
      // ("Jane Roe and John Doe have both urged": a quantifier floated after its subject.)
      // ("Jane Roe (D-Ore.) and John Doe (D-Ohio) all suggested": so may "all" after the people it counts.)
      const previous = j > 0 ? tokens[j - 1] : null;
      const floated = previous !== null && !t.capitalized && l.floatingQuantifiers.has(t.bare) &&
        (previous.isWord ? l.skipBeforeCue.has(previous.bare) || l.pronouns.has(previous.bare) || (previous.capitalized && j > 1) || isPlural(r, previous) : previous.text === ')');
      // ("Агентство Reuters со ссылкой на осведомленные источники сообщило": a cited source between the
      // subject and its verb, itself a cue's.)
      const cited = t.isWord || scareQuoteMark(r, tokens, j) || scareQuotesAround(r, tokens, j) ? citedBefore(r, tokens, j) : -1;
      // ("Один из участников переговоров на условиях анонимности рассказал": so does the request itself, and the reason given
      // after it: "A pharmacist who asked not to be named because her employer prohibits staff from speaking to reporters said".)
      const reason = t.isWord ? reasonEndingAt(r, tokens, j) : -1;
      const request = reason > 0 ? reason : t.isWord ? requestEndingAt(r, tokens, j) : -1;
      // ("Аналитик … Анна Грязнова при этом допускает": a connective between the subject and its verb.)
      const connective = t.isWord ? l.discourseConnectives.find((p) => j - p.length + 1 > 0 && matchPhrase(tokens, j - p.length + 1, p, null)) : undefined;
      // (An aside between dashes has both inside the same quotation or outside any: "«Банки – це гроші», – каже видання" sets nothing off.)
      const dashOpen = dashOpenedAt(tokens, j);
      const dashAside = dashOpen > 0 && quoteAt(r.quotes, tokens[dashOpen].start) === quoteAt(r.quotes, t.start);
      if (cited > 0) j = cited - 1;
      else if (request > 0) j = request - 1;
      else if (connective) j -= connective.length;
      else if (l.skipBeforeCue.has(t.bare) || isAdverb(r, t) || floated) j--;
      // ("A report released February 19 shows": a day's number after its month.)
      else if (/^\p{N}/u.test(t.text) && previous !== null && l.timeWords.has(previous.bare)) j--;
      // ("Телеграм-канал «…» ще 5 серпня з посиланням на … писав": a date, its month in lower case.)
      else if (!t.capitalized && l.dateMonths.has(t.text) && previous !== null && /^\p{N}/u.test(previous.text)) j -= 2;
      else if (l.timeWords.has(t.bare)) {
        // "Alden on Tuesday announced", "Reed last week said".
        // ("A report dated 19 February shows": a day's number before its month too.)
        j--;
        if (j >= 0 && /^\p{N}/u.test(tokens[j].text)) j--;
        while (j >= 0 && l.timePrepositions.has(tokens[j].bare) && !tokens[j].capitalized) j--;
      } else if (t.text === ')' && openingBracket(tokens, j) > 0) {
        // "Rep. Jane Roe (D-Wis.) said": a bracketed aside between the source and its cue.
        j = openingBracket(tokens, j) - 1;
      } else if (dashAside) {
        // "Roe -- co-editor of a book on the debates -- said": an apposition between dashes, which may
        // name the one before it ("A former candidate -- John Doe, who lost in 2008 -- said").
        let asideStart = dashOpen;
        while (asideStart < j && !tokens[asideStart].isWord) asideStart++;
        let asideEnd = j;
        while (asideEnd > asideStart && !tokens[asideEnd - 1].isWord && !isNameQuoteMark(r, tokens, asideEnd - 1)) asideEnd--;
        // ("DFA - which was founded by … - said": a relative clause between dashes is passed over.)
        if (asideStart < asideEnd && isParenthetical(r, tokens, asideStart, asideEnd - 1)) {
          j = dashOpen - 1;
          continue;
        }
        const head = nounPhraseLeft(r, tokens, dashOpen - 1, 0, true);
        if (!head || asideEnd <= asideStart) return head;
        return { start: head.start, end: asideEnd, segments: [...head.segments, [asideStart, asideEnd]] };
      } else break;
    }
    if (j < 0 || !isBreak(tokens[j])) break;
    let k = segmentPastNames(j - 1);
    // ("…, лише за умови, що міськрада подасть кошторис, уточнив посадовець": a condition's clause after its head and comma
    // is the condition's, no relative clause on the head; the phrase ends before the head.)
    const conditionHead = k >= 2 && l.complementizers.has(tokens[k].bare) && isComma(tokens[k - 1]) ?
      l.conditionHeads.find((p) => k - 1 - p.length >= 0 && matchPhrase(tokens, k - 1 - p.length, p, null)) : undefined;
    if (conditionHead) {
      j = k - 2 - conditionHead.length;
      descriptor = null;
      continue;
    }
    // ("…, попросившая не называть ее имени, потому что «в районе все друг друга знают, а другой работы нет», рассказала": a
    // quotation ending the segment is read whole, commas inside it too.)
    const closing = quoteAt(r.quotes, tokens[j - 1]?.start ?? -1);
    if (closing >= 0 && r.quotes[closing].end === tokens[j - 1].end) {
      const opening = quotationOpening(r, tokens, closing);
      const whole = opening > 0 && opening < k && tokens[opening - 1].isWord ? segmentStart(tokens, opening - 1, 0) : k;
      // (Not a clause a complementizer opens, what a verb before it reports: "…, що фонд «…», проте визнав".)
      if (!l.complementizers.has(tokens[whole].bare)) k = whole;
    }
    // ("…, during a meeting in Columbus, Ohio, said": a state after its city ends the segment before it.)
    if (k === j - 1 && k >= 2 && isPlace(r, tokens[k]) && isComma(tokens[k - 1]) && tokens[k - 2].capitalized) k = segmentStart(tokens, k - 2, 0);
    if (k <= j - 1 && isParenthetical(r, tokens, k, j - 1)) {
      // (Head-first languages: a participle or relative clause set off by commas describes the source and
      // belongs to it, as the guide's sources keep their descriptors: "Чиновник, пожелавший остаться неназванным".)
      // ("…, не имеющие права …,": a negated participle too.)
      const opener = l.negativeParticles.has(tokens[k].bare) && k + 1 < j ? tokens[k + 1] : tokens[k];
      if (l.headFirst && (n === 0 || descriptor !== null) && (describesSource(r, opener) || opensReason(r, tokens, k) || passiveWithAgent(r, tokens, k))) descriptor = [k, descriptor?.[1] ?? j];
      else descriptor = null;
      j = k - 1;
      // (Another parenthetical right before it is read next: "Джерело, яке попросило не називати його імені,
      // оскільки не уповноважене …, підтвердило".)
      // ("…, які погодилися поговорити зі «Слідчим контролем» на умовах анонімності, бо …, розповіли": a quoted name inside it too.)
      const previous = j > 0 ? segmentPastNames(j - 1) : -1;
      // ("Forbes Україна, посилаючись на двох людей, обізнаних із ситуацією, пише": so is a relay before it.)
      const relay = previous >= 0 && !tokens[previous].capitalized && relayAt(r, tokens, previous);
      // ("…, який попросив не називати ні його імені, ні компанії, оскільки …": or the second half of a correlative negation.)
      const correlative = previous >= 0 && r.lex.correlativeNegations.has(tokens[previous].bare);
      const describedBefore = previous >= 0 && (describesSource(r, tokens[previous]) || opensReason(r, tokens, previous) || relay || correlative) && isParenthetical(r, tokens, previous, j - 1);
      if (j >= 0 && isBreak(tokens[j]) && !describedBefore) j--;
      // ("A captain who flies for a rival, and who asked not to be named, said": past a second relative clause joined to
      // the first, the phrase ends before the first.)
      const joinedRelative = l.coordinators.has(tokens[k].bare) && k + 1 < tokens.length && l.relativePronouns.has(tokens[k + 1].bare);
      const firstRelative = joinedRelative && previous >= 0 ? relativeIn(previous, j) : -1;
      if (firstRelative > previous) {
        j = firstRelative - 1;
        break;
      }
      pastAside = true;
      continue;
    }
    j--;
    // ("Турецьке видання «…» з посиланням на людей, близьких до керівництва клубу, пише": past a relay whose cited source
    // the aside after it describes.)
    const cited = n > 0 && tokens[j]?.isWord ? citedBefore(r, tokens, j) : -1;
    if (cited > k) {
      j = cited - 1;
      continue;
    }
    // "a Syrian refugee who feared …, said": the noun phrase ends before its relative clause.
    const relative = relativeIn(k + 1, j);
    if (relative >= 0) j = relative - 1;
    break;
  }
  // ("The chief operating officer of a distributor that runs its warehouses on …, who spoke on condition of anonymity, said":
  // past an aside, the phrase ends before a restrictive relative clause too; not at a "that" after a verb, "said that".)
  const restrictive = pastAside && !l.headFirst && j > 0 && tokens[j].isWord ? relativeIn(segmentStart(tokens, j, 0) + 1, j) : -1;
  if (restrictive > 0 && tokens[restrictive - 1].isWord && !tokens[restrictive - 1].capitalized && isLexiconNoun(r, lexicalForm(r, tokens[restrictive - 1]).bare)) j = restrictive - 1;
  if (j < 0) return null;
  const t = tokens[j];
  // "veterans, many of whom say": some of the people just named, unnamed; so is a count of them ("two bankers, one of whom said").
  if (l.partitiveRelatives.has(t.bare) && j >= 2 && (l.anonymousQuantifiers.has(tokens[j - 2].bare) || l.numberWords.has(tokens[j - 2].bare) ||
    l.indefiniteDeterminers.has(tokens[j - 2].bare)) && tokens[j - 1].isWord) {
    return { start: j - 2, end: j + 1, segments: [[j - 2, j + 1]] };
  }
  // ("Власник фірми, якому також повідомили про підозру": one told, not telling; "заяву, у якій йдеться" is the text's.)
  if (l.obliqueRelatives.has(t.bare) && !(j > 0 && tokens[j - 1].isWord)) return null;
  if (l.relativePronouns.has(t.bare)) {
    // "Zelenko, who said", "two reports that depicted".
    let a = j - 1;
    if (a >= 0 && isComma(tokens[a])) a--;
    if (a < 0 || !tokens[a].isWord) return null;
    const antecedent = relativeAntecedent(r, tokens, a);
    return antecedent && { ...antecedent, relative: j };
  }
  if (l.clauseCoordinators.has(t.bare)) return 'clause';
  // ("John Doe, of Springfield, Va., said": an abbreviation's period ends the phrase.)
  // ("Пресс-служба «Газпрома» сообщила", "«Газпром» сообщил": so does the closing mark of a quoted name
  // that opens the sentence or closes a phrase; after another word it may be an addressee: "Про це
  // «Суспільному» розповів …".)
  if (!t.isWord && !isAbbreviationPeriod(tokens, j) && !isPercentSign(tokens, j) && !quotedNameClosesPhrase(r, tokens, j)) {
    // ("Ткачук у коментарі «Спортивному тижню» заявив": a setting before the verb may end in a quoted name after any word.)
    if (!l.headFirst || !isNameQuoteMark(r, tokens, j)) return null;
    const setting = settingBeforeVerb(r, tokens, cue);
    if (setting !== null) return setting;
    // ("В Государственной инспекции труда в Тарнской области «Вольной линии» сообщили": or it is whom the body a
    // preposition places before it told.)
    const open = quotationOpening(r, tokens, quoteAt(r.quotes, t.start));
    const placed = l.identifyingPrepositions.has(tokens[0].bare) && open > 1 && (tokens[open - 1].isWord || isNameQuoteMark(r, tokens, open - 1));
    const body = placed ? leftSource(r, tokens, { ...cue, start: open }) : null;
    return body === 'clause' ? null : body;
  }
  // "The report, sources said, is wrong": a cue set off by commas inside the clause it reports is said by
  // the phrase right before it, not by the subject before that.
  const after = tokens[cue.end + 1];
  // ("Jane Roe, the mayor, said, however, that …": an aside after the cue is no clause going on.)
  // (Not a comment clause's verb: "As Jane Roe, an expert, noted, …".)
  const insideReport = tokens[0]?.bare !== l.commentClauseOpener && tokens[cue.end]?.text === ',' && after !== undefined && after.isWord && !after.capitalized && quoteAt(r.quotes, after.start) < 0 &&
    !l.parentheticalOpeners.has(after.bare) && !isAdverb(r, after) && !l.complementizers.has(after.bare);
  // ("… in the Oremian capital, Lisk, the diplomats told NPB": a phrase opening with a determiner right before its verb
  // closes the sentence's report; what comes before its comma is no apposition of it.)
  // (Walked without appositions only where it can be one: right before the verb, ending in a noun.)
  const own = j + 1 === cue.start && isLexiconNoun(r, lexicalForm(r, tokens[j]).bare) ? nounPhraseLeft(r, tokens, j, 0, false) : null;
  const closingReport = own !== null && l.determiners.has(tokens[own.start].bare) && !l.indefiniteDeterminers.has(tokens[own.start].bare) && own.start > 0 && isComma(tokens[own.start - 1]);
  const walked = closingReport ? own : nounPhraseLeft(r, tokens, j, 0, !insideReport);
  // ("Со ссылкой на источники в краевом правительстве издание сообщало": after a credit that opens the sentence with no
  // comma, the noun right before the verb is its subject, not the last word of what the credit cites.)
  const credit = l.headFirst ? creditOpensAt(r, tokens) : -1;
  const inCredit = credit > 0 && walked !== null && j > walked.start && j + 1 === cue.start && isLexiconNoun(r, lexicalForm(r, tokens[j]).bare) &&
    tokens.slice(credit, cue.start).every((t, n) => t.isWord || isNameQuoteMark(r, tokens, credit + n));
  const phrase = inCredit ? { start: j, end: j + 1, segments: [[j, j + 1]] as [number, number][] } : walked;
  // (A descriptor set off by commas after the phrase stays with it: "Два співрозмовники в уряді, які …".)
  const described = (p: Phrase): Phrase =>
    descriptor && p.end + 1 === descriptor[0] && isComma(tokens[p.end]) ? { ...p, end: descriptor[1], segments: [...p.segments, [descriptor[0], descriptor[1]]] } : p;
  // "… dubbed the Black Death, say officials", "asked about the Brotherhood, called …":
  // the object of a verb or a preposition is not a subject.
  const before = phrase && phrase.start > 0 ? tokens[phrase.start - 1] : null;
  // ("Ткаченко в інтерв'ю виданню «Діловий Поділ» розповів": a setting may end in a quoted name.)
  const setting = phrase && l.headFirst ? settingBeforeVerb(r, tokens, cue) : null;
  if (setting) return described(setting);
  // Head-first languages: the preposition governs the phrase's first word only ("на сесії мер Луцька
  // Іван Гнатюк заявив"); the rest may still be the subject, or a body speaking ("У прес-службі банку стверджують").
  if (phrase && before && l.headFirst && (l.objectPrepositions.has(before.bare) || l.identifyingPrepositions.has(before.bare))) {
    // ("Уполномоченный по правам человека Рустам Бекташев заявил": a name closing the phrase is titled by an office before
    // the preposition, its complement between them.)
    const closingName = phrase.end - phrase.start >= 3 && isPersonalNameWord(r, tokens[phrase.end - 1]) && isPersonalNameWord(r, tokens[phrase.end - 2]);
    const office = closingName && phrase.start >= 2 && tokens[phrase.start - 2].isWord ? nounPhraseLeft(r, tokens, phrase.start - 2, 0, false) : null;
    const officeWord = office !== null ? lexicalForm(r, tokens[office.end - 1]).bare : '';
    if (office !== null && (l.roleNouns.has(officeWord) || l.uniqueOffices.has(officeWord))) return described({ start: office.start, end: phrase.end, segments: [[office.start, phrase.end]] });
    // ("Эксперты по гражданской обороне, опрошенные …, считают": so is a noun of people opening the sentence, its field
    // after a preposition that takes an object.)
    const people = phrase.start >= 2 && tokens[phrase.start - 2].isWord && l.objectPrepositions.has(before.bare) ? nounPhraseLeft(r, tokens, phrase.start - 2, 0, false) : null;
    if (people !== null && namesPeople(r, tokens[people.end - 1]) && opensSentence(r, tokens, people)) return described({ start: people.start, end: phrase.end, segments: [[people.start, phrase.end]] });
    // ("Один із потерпілих, власник кав'ярні на вулиці Січеславській, розповів": or an apposition set off by commas that opens
    // with a noun of people, its place after a preposition of its own.)
    const apposition = people !== null && people.start > 0 && isComma(tokens[people.start - 1]) && !tokens[people.start].capitalized && namesPeople(r, tokens[people.start]);
    if (apposition) return { start: people.start, end: phrase.end, segments: [[people.start, phrase.end]] };
    // "Джерело в Офісі президента повідомило", "Собеседник агентства в МИД сообщил": the phrase
    // belongs to a source noun before the preposition.
    const owner = phrase.start >= 2 ? tokens[phrase.start - 2] : null;
    // "Один з депутатів заявив", "Один из источников сообщил": a count of a group is some of its people.
    const count = owner !== null && (l.determiners.has(owner.bare) || l.anonymousQuantifiers.has(owner.bare) || /^\p{N}/u.test(owner.text)) && !l.definiteDeterminers.has(owner.bare);
    if (count && l.identifyingPrepositions.has(before.bare)) {
      // ("Сотрудник одного из магазинов рассказал": the count may be the complement of a source noun before it.)
      const noun = phrase.start >= 3 ? tokens[phrase.start - 3] : null;
      // ("Собеседник «Делового курса» в одной из крупных компаний считает": a count that a preposition places belongs to a
      // noun of people before it, the source.)
      const placedCount = noun !== null && l.identifyingPrepositions.has(noun.bare) ? placedOwner(r, tokens, phrase.start - 3) : null;
      // ("Двоє працівників оптового складу одного з дистриб'юторів підтвердили": or of a complement in lower case whose phrase holds
      // people, where heads come first.)
      const ownerPhrase = noun !== null && noun.isWord && (isLexiconNoun(r, lexicalForm(r, noun).bare) || (l.headFirst && !noun.capitalized)) ?
        nounPhraseLeft(r, tokens, phrase.start - 3, 0, false) : null;
      const holdsPeople = ownerPhrase !== null && (isLexiconNoun(r, lexicalForm(r, noun!).bare) || tokens.slice(ownerPhrase.start, ownerPhrase.end).some((t) => namesPeople(r, t)));
      const head = placedCount ?? (holdsPeople ? ownerPhrase : null);
      const start = head?.start ?? phrase.start - 2;
      // ("Голова комітету Світлана Мельничук, одна з організаторок акції, розповіла": the count may be an apposition of
      // the name that opens the sentence, which is then the source.)
      const named = start >= 2 && isComma(tokens[start - 1]) && isPersonalNameWord(r, tokens[start - 2]) ? nounPhraseLeft(r, tokens, start - 2, 0, false) : null;
      if (named !== null && opensSentence(r, tokens, named)) return described({ start: named.start, end: phrase.end, segments: [[named.start, start - 1], [start, phrase.end]] });
      return described({ start, end: phrase.end, segments: [[start, phrase.end]] });
    }
    // ("Собеседник РБК в правительстве": past the name of whose source it is.)
    // ("Собеседник «Ведомостей» в администрации": past a quoted name too; its marks are no words.)
    for (let k = phrase.start - 2, words = 0; l.identifyingPrepositions.has(before.bare) && k >= 0 && words <= MAX_OWNER_DISTANCE; k--) {
      const t = tokens[k];
      if (isNameQuoteMark(r, tokens, k)) continue;
      words++;
      if (!t.isWord || isCueWord(r, t)) break;
      if (!isLexiconNoun(r, lexicalForm(r, t).bare)) continue;
      const head = nounPhraseLeft(r, tokens, k, 0, false);
      // ("співрозмовник у закупівельному відділі однієї з мереж": a body after a preposition of its own is the place of
      // an owner further back.)
      // (Not people whose body it is, counted: "Один із членів ради в міністерстві сказав".)
      const placedBody = head !== null && head.start >= 2 && l.identifyingPrepositions.has(tokens[head.start - 1].bare) &&
        !tokens.slice(head.start, k + 1).some((w) => namesPeople(r, w));
      if (placedBody) {
        k = head.start - 1;
        continue;
      }
      // ("Один з учасників наради в мерії розповів": with the count of the owner's group before it.)
      const counter = head !== null && head.start >= 2 && l.identifyingPrepositions.has(tokens[head.start - 1].bare) ? tokens[head.start - 2] : null;
      const counted = counter !== null && (l.determiners.has(counter.bare) || l.anonymousQuantifiers.has(counter.bare) || isNumber(r, counter)) && !l.definiteDeterminers.has(counter.bare);
      const start = counted ? head!.start - 2 : head?.start;
      if (head) return described({ start: start!, end: phrase.end, segments: [[start!, phrase.end]] });
      break;
    }
    // ("Задорожний у суді заявив": a body after a personal name opening the sentence, before a singular verb, is where the
    // named one spoke; no one's descriptor, as "Джерело в Офісі президента" is the source noun's.)
    // (Nor where people follow the preposition: "Обвинения в выводе средств бизнесмен называет".)
    const nameBefore = phrase.start >= 2 ? tokens[phrase.start - 2] : null;
    const named = nameBefore !== null && l.identifyingPrepositions.has(before.bare) && isPersonalNameWord(r, nameBefore) && !isLexiconNoun(r, lexicalForm(r, nameBefore).bare) &&
      !pluralVerb(r, tokens, cue) && !tokens.slice(phrase.start, phrase.end).some((t) => namesPeople(r, t)) ? nounPhraseLeft(r, tokens, phrase.start - 2, 0, true) : null;
    if (named !== null && opensSentence(r, tokens, named)) return named;
    // ("Співрозмовник нашого видання в одній із західних делегацій у Женеві додав": a noun of people opening the sentence, in
    // the verb's number, owns every complement up to the verb, places after prepositions of their own included.)
    const open = connectiveAt(r, tokens, 0)?.length ?? 0;
    const opener = tokens[open];
    const ownsAll = open < phrase.start - 1 && opener.isWord && namesPeople(r, opener) && isPlural(r, lexicalForm(r, opener)) === pluralVerb(r, tokens, cue) &&
      tokens.slice(open + 1, phrase.start).every((t, n) => (t.isWord && !isCueWord(r, t) && !l.clauseBoundaries.has(t.bare)) || isNameQuoteMark(r, tokens, open + 1 + n));
    if (ownsAll) return described({ start: open, end: phrase.end, segments: [[open, phrase.end]] });
    // "в Альянсі відзначають": a body named alone after the preposition speaks for itself.
    if (phrase.end - phrase.start < 2) return { ...phrase, afterPreposition: true, bodyOnly: true };
    // ("Під його дописом десятки мешканців поскаржилися": a possessive or a determiner before the governed noun is governed too.)
    const determined = phrase.end - phrase.start >= 3 && !tokens[phrase.start].capitalized &&
      (l.possessivePronouns.has(tokens[phrase.start].bare) || l.possessiveDeterminers.has(tokens[phrase.start].bare) || l.determiners.has(tokens[phrase.start].bare));
    const subjectStart = phrase.start + (determined ? 2 : 1);
    return { start: subjectStart, end: phrase.end, segments: [[subjectStart, phrase.end]], afterPreposition: true, governed: phrase.start };
  }
  if (before && (isCueWord(r, before) || l.objectPrepositions.has(before.bare))) return null;
  // "that which it most fears": a word after a pronoun subject is an adverb, not a source.
  if (before && l.pronouns.has(before.bare) && phrase!.end - phrase!.start === 1) return null;
  return phrase && described(phrase);
}

/** Does an aside opening with `t` describe the noun before it: a relative pronoun, an active participle, a modifier ("знакомые с")? */
function describesSource(r: Reading, t: Token): boolean {
  const l = r.lex;
  if (t.capitalized || !t.isWord) return false;
  return l.relativePronouns.has(t.bare) || (l.morphology.participlePattern?.test(t.bare) ?? false) ||
    (l.postModifierOpeners.has(t.bare) && !l.identifyingPrepositions.has(t.bare) && !l.objectPrepositions.has(t.bare) && !l.parentheticalOpeners.has(t.bare));
}

/** Words a descriptor after a source may take ("…, який попросив не називати його ім'я"). */
const MAX_DESCRIPTOR_TOKENS = 15;

/**
 * Head-first languages: a source named after its cue keeps a descriptor set off by a comma, as one
 * before its cue does ("сообщил источник, пожелавший остаться неназванным", "За словами джерела,
 * знайомого з ситуацією, …"): a participle, a relative clause or a modifier of familiarity, to the
 * next comma or dash or the sentence's end. Not "що"/"что", which more often opens what is said.
 */
function withDescriptor(r: Reading, tokens: readonly Token[], phrase: Phrase): Phrase {
  const l = r.lex;
  const comma = tokens[phrase.end];
  const first = tokens[phrase.end + 1];
  // ("експертів, опитаних виданням": a passive participle with its agent describes the noun too.)
  if (!l.headFirst || !comma || !isComma(comma) || !first || l.complementizers.has(first.bare) || !(describesSource(r, first) || passiveWithAgent(r, tokens, phrase.end + 1))) return phrase;
  let e = phrase.end + 1;
  while (e < tokens.length && e - phrase.end <= MAX_DESCRIPTOR_TOKENS && !isBreak(tokens[e]) && (tokens[e].isWord || !/^[.!?;:…]$/u.test(tokens[e].text))) e++;
  const closes = e >= tokens.length || isBreak(tokens[e]) || /^[.!?;:…]$/u.test(tokens[e].text);
  if (!closes || e - phrase.end > MAX_DESCRIPTOR_TOKENS) return phrase;
  // (Not in a comment clause opening the sentence, where what runs to its end is the main clause: "Как сообщает сайт
  // клуба, нападающий Артем Лисицын пропустит …".)
  if (tokens[0]?.bare === l.commentClauseOpener && !wordBetween(tokens, e, tokens.length)) return phrase;
  while (e > phrase.end + 1 && !tokens[e - 1].isWord) e--;
  return { ...phrase, end: e, segments: [...phrase.segments, [phrase.end + 1, e]] };
}

/**
 * Head-first languages: a descriptor set off by a comma agrees with its noun in number. Where the noun's
 * form is both singular and plural (the lexicon's irregular plurals: "джерела"), the descriptor's ending
 * says which ("джерела, знайомого з …" is one source, "джерела, знайомі з …" several); a singular
 * descriptor after a regular plural describes something else ("…, як стверджують аналітики, наближене до
 * …"): false then.
 */
function numberByAgreement(r: Reading, tokens: readonly Token[], phrase: Phrase, cls: SourceClass): boolean {
  const l = r.lex;
  const pattern = l.morphology.pluralModifierPattern;
  if (!l.headFirst || !pattern || cls.pronoun || (cls.type !== 'person' && cls.type !== 'group')) return true;
  const described = phrase.segments.slice(cls.segment + 1).find(([s]) => s > 0 && isComma(tokens[s - 1]) && describesSource(r, tokens[s]) && !l.complementizers.has(tokens[s].bare));
  if (!described) return true;
  const pluralModifier = pattern.test(tokens[described[0]].bare);
  const head = tokens[cls.head];
  if (l.morphology.irregularPluralSet.has(head.bare)) {
    if (cls.kind === 'anonymous') cls.type = pluralModifier ? 'group' : 'person';
    return true;
  }
  return pluralModifier || !(l.morphology.pluralPattern.test(head.bare) && cls.type === 'group');
}

/** Does a clause open at `k`, past a comma: a complementizer ("вважає, що …")? */
function clauseAfter(r: Reading, tokens: readonly Token[], k: number): boolean {
  const at = tokens[k] && isComma(tokens[k]) ? k + 1 : k;
  return tokens[at] !== undefined && r.lex.complementizers.has(tokens[at].bare);
}

/** Most words of the object between a verb of belief and the instrumental that says what it is held to be. */
const MAX_HELD_OBJECT_WORDS = 3;

/**
 * Where heads come first, a lower-case object and an adjective or noun in the instrumental closing the clause, what
 * the object is held to be ("вважає ініціативу передчасною", "считает решение ошибкой"): a view stated.
 */
function heldToBe(r: Reading, tokens: readonly Token[], k: number): boolean {
  const m = r.lex.morphology;
  for (let n = 1; n <= MAX_HELD_OBJECT_WORDS && k + n < tokens.length; n++) {
    const t = tokens[k + n - 1];
    // (Not someone held to be something: "вважає його другом" believes in no claim.)
    const someone = r.lex.pronouns.has(t.bare) || isObjectPronoun(r, t) || r.lex.possessivePronouns.has(t.bare) || r.lex.reflexivePossessives.has(t.bare) || namesPeople(r, t);
    if (!t.isWord || t.capitalized || someone) return false;
    const predicate = tokens[k + n];
    const closes = tokens[k + n + 1] === undefined || !tokens[k + n + 1].isWord;
    if (predicate.isWord && !predicate.capitalized && closes && ((m.instrumentalPattern?.test(predicate.bare) ?? false) || (m.obliqueModifierPattern?.test(predicate.bare) ?? false))) return true;
  }
  return false;
}

/** Can a noun phrase open with `t`: a name, a determiner, a pronoun, a noun the lexicon knows ("who officials say"; not "who sought help")? */
function startsNounPhrase(r: Reading, t: Token): boolean {
  const l = r.lex;
  return t.capitalized || l.determiners.has(t.bare) || l.possessiveDeterminers.has(t.bare) || l.pronouns.has(t.bare) || isLexiconNoun(r, lexicalForm(r, t).bare);
}

/** A sentence-initial "In <document>," phrase before a passive cue without an agent. */
function introDocument(r: Reading, tokens: readonly Token[], cue: Cue, tryPhrase: (p: Phrase | null, slot?: Slot) => FoundSource | null): FoundSource | null {
  if (tokens.length === 0 || !r.lex.documentIntroPrepositions.has(tokens[0].bare)) return null;
  const found = tryPhrase(nounPhraseRight(r, tokens, 1, false));
  return found && found.cls.type === 'document' && found.phrase.end < cue.start ? found : null;
}

/** Most words of a predicate's nouns before a relative clause ("a serial liar, rampant xenophobe and birther"). */
const MAX_PREDICATE_WORDS = 10;

/**
 * The subject of a copula whose predicate ends right before `start`, a list of nouns that a relative clause
 * follows ("Roe is a serial liar, rampant xenophobe and birther who …"); 'unfound' where the copula has no noun
 * phrase right before it ("Roe regularly incites violence and is a liar who …"); null where no copula comes first.
 */
function predicateSubject(r: Reading, tokens: readonly Token[], start: number): Phrase | 'unfound' | null {
  const l = r.lex;
  for (let k = start - 1; k > 0 && start - k <= MAX_PREDICATE_WORDS; k--) {
    const t = tokens[k];
    // (A copula before a determiner: "is a liar", not "was endorsed by the PAC".)
    if (l.passiveAuxiliaries.has(t.bare) && l.finiteAuxiliaries.has(t.bare)) {
      if (!l.determiners.has(tokens[k + 1].bare)) return null;
      const subjectEnd = tokens[k - 1];
      const subject = subjectEnd.isWord && !l.finiteAuxiliaries.has(subjectEnd.bare) && !isCueWord(r, subjectEnd) && !l.coordinators.has(subjectEnd.bare) ?
        nounPhraseLeft(r, tokens, k - 1, 0, false) : null;
      return subject ?? 'unfound';
    }
    if (!(t.isWord || isComma(t)) || isCueWord(r, t) || l.relativePronouns.has(t.bare) || l.clauseBoundaries.has(t.bare) || l.objectPrepositions.has(t.bare)) return null;
  }
  return null;
}

/** Does a restrictive "who" (no comma before it) open, within a run of words, the clause that holds token `k`? */
function insideRestrictiveWho(r: Reading, tokens: readonly Token[], k: number): boolean {
  for (let w = k - 1; w > 0 && k - w <= MAX_RELATIVE_CLAUSE_WORDS; w--) {
    const t = tokens[w];
    if (t.bare === r.lex.personRelativePronoun && !t.capitalized) {
      // (Right after "who" is the other test's: "Some consumers who sought help reported".)
      if (w === k - 1) return false;
      // (Only a noun of people before it: "experts who …", not "Jupiter, Florida who …".)
      const noun = tokens[w - 1];
      return noun.isWord && !noun.capitalized && namesPeople(r, noun);
    }
    // (Within one clause: "a list of those who should be shunned … as a number of writers suggested".)
    if (!t.isWord || r.lex.clauseBoundaries.has(t.bare)) return false;
  }
  return false;
}

/** Most words between a restrictive "who" and a phrase inside its clause ("who reviewed the data"). */
const MAX_RELATIVE_CLAUSE_WORDS = 8;

/** The noun phrase before a relative "who" that runs up to the cue, without punctuation between. */
function beforeRelativeClause(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const limit = Math.max(0, cue.start - MAX_SOURCE_TOKENS);
  for (let k = cue.start - 1; k > limit; k--) {
    const t = tokens[k];
    if (!t.isWord) return null;
    // ("Several GPs whose practices took part told": or one of possession whose clause has a verb of its own before the cue;
    // in "The hacker whose cyber-mischief first revealed" the cue is that clause's.)
    const possessiveClause = r.lex.possessiveRelatives.has(t.bare) && cue.mode === 'verb' && tokens.slice(k + 2, cue.start).some((w) => w.isWord && !isAdverb(r, w) && !r.lex.skipBeforeCue.has(w.bare));
    if ((t.bare !== r.lex.personRelativePronoun && !possessiveClause) || t.capitalized) continue;
    // ("A man who worshiped there and who did not want to be named said": the first of joined clauses.)
    if (r.lex.coordinators.has(tokens[k - 1].bare)) continue;
    const antecedent = tokens[k - 1].isWord ? nounPhraseLeft(r, tokens, k - 1, 0, true) : null;
    const subject = antecedent && predicateSubject(r, tokens, antecedent.start);
    if (subject === 'unfound') return null;
    return subject ? { ...subject, relative: k } : antecedent;
  }
  return null;
}

/** Words of an apposition's noun phrase before the relative clause that describes it ("a London start-up whose"). */
const MAX_APPOSITION_HEAD = 5;

/**
 * The name opening the sentence, with its appositions, when a relative clause or a participle right after
 * its comma describes it up to `before` ("Jane Roe, who lost her daughter in Aurora, Colorado, …").
 */
function describedOpener(r: Reading, tokens: readonly Token[], before: number): Phrase | null {
  const l = r.lex;
  const first = tokens[0];
  // (Not a phrase of place or time: "At Boca West, where …, Jane Roe suggested".)
  const preposition = (t: Token) => l.parentheticalOpeners.has(t.bare) || l.identifyingPrepositions.has(t.bare) || l.objectPrepositions.has(t.bare) ||
    l.afterNamePrepositions.has(t.bare) || l.timePrepositions.has(t.bare);
  if (!first?.isWord || !first.capitalized || preposition(first)) return null;
  let comma = 1;
  // (A name: capitalised words and abbreviations' periods, "Sen. Jane Roe", "C. Boyden Gray".)
  while (comma < before && ((tokens[comma].isWord && tokens[comma].capitalized) || isAbbreviationPeriod(tokens, comma))) comma++;
  // ("The memo, sent Monday by the chief operating officer to senior managers, says", "The 42-page draft, dated 11 March,
  // says": or a determined phrase of lower-case words that a passive participle with its agent, or one that texts take,
  // describes; not "The plan, announced in October, said nothing".)
  const determined = comma === 1 && (l.determiners.has(first.bare) || l.possessiveDeterminers.has(first.bare));
  if (determined) while (comma < before && tokens[comma].isWord && !tokens[comma].capitalized && !isCueWord(r, tokens[comma])) comma++;
  if (comma >= before - 1 || !isComma(tokens[comma])) return null;
  const opener = tokens[comma + 1];
  const agentAfter = tokens.slice(comma + 2, before).some((t) => t.bare === l.agentPreposition);
  if (determined && (comma < 2 || !((isPastForm(r, opener) && agentAfter) || l.participleModifiers.has(opener.bare)))) return null;
  // ("Jane Roe, asked about the deadline, said": a past participle opens one too, a verb of asking among them.)
  const pastParticiple = isPastForm(r, opener) || (determined && l.participleModifiers.has(opener.bare));
  // ("Lumen Labs, a London start-up whose assistant, Iris, has about 3 million users, posted": or an apposition that a
  // relative clause describes in turn.)
  const describedApposition = l.indefiniteDeterminers.has(opener.bare) &&
    tokens.slice(comma + 2, Math.min(before, comma + 2 + MAX_APPOSITION_HEAD)).some((t) => t.bare === l.personRelativePronoun || l.relativePronouns.has(t.bare));
  const describes = (opener.bare === l.personRelativePronoun || l.relativePronouns.has(opener.bare) || isParticiple(r, opener) || pastParticiple || describedApposition) &&
    !opener.capitalized;
  if (!describes || tokens.slice(comma + 1, before).some((t, n) => isCueWord(r, t) && !isParticiple(r, t) && !(n === 0 && pastParticiple))) return null;
  return { start: 0, end: comma, segments: [[0, comma]] };
}

/**
 * "Jane Roe, the attorney general of Oklahoma, one of the states suing the agency, said": the aside
 * right before the cue names no one, the appositions before it may.
 */
function appositionsBeforeAside(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const comma = cue.start - 1;
  if (comma < 1 || !isComma(tokens[comma])) return null;
  const aside = segmentStart(tokens, comma - 1, 0);
  // (An aside has no clause's words: "…, some of its functions would be performed …, said Doe" is a clause.)
  if (aside < 3 || !isComma(tokens[aside - 1]) || !tokens[aside - 2].isWord || tokens.slice(aside, comma).some((t) => r.lex.clauseBoundaries.has(t.bare))) return null;
  return nounPhraseLeft(r, tokens, aside - 2, 0, true);
}

/** Longest relative clause without a pronoun of its own between a source and its cue ("we spoke to"). */
const MAX_CONTACT_CLAUSE = 10;

/** Most words of a participle's phrase between a noun of people and the cue ("doctors offering to operate the clinic"). */
const MAX_PARTICIPLE_PHRASE = 10;

/**
 * "The doctors offering to operate the clinic noted": a noun of people, a participle that describes them
 * and its phrase, then the cue; the noun phrase is the source.
 */
function beforeParticiplePhrase(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const l = r.lex;
  for (let k = cue.start - 2; k > 0 && k >= cue.start - 1 - MAX_PARTICIPLE_PHRASE; k--) {
    const t = tokens[k];
    if (!t.isWord || isCueWord(r, t)) return null;
    if (!isParticiple(r, t) || t.capitalized) continue;
    const noun = tokens[k - 1];
    const form = lexicalForm(r, noun).bare;
    if (!noun.isWord || noun.capitalized || !(l.personNouns.has(form) || l.roleNouns.has(form) || l.anonymousNouns.has(form))) return null;
    return nounPhraseLeft(r, tokens, k - 1, 0, false);
  }
  return null;
}

/**
 * "all the experts I interviewed said", "the officials we spoke to said": a plural noun of people, a
 * pronoun subject and its verb, then the cue; the noun phrase is the source.
 */
function beforeContactClause(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const l = r.lex;
  for (let k = cue.start - 2; k > 0 && k >= cue.start - 1 - MAX_CONTACT_CLAUSE; k--) {
    const t = tokens[k];
    if (!t.isWord || (t.capitalized && !isObjectPronoun(r, t))) return null;
    if (!(l.pronouns.has(t.bare) || isObjectPronoun(r, t))) continue;
    const noun = tokens[k - 1];
    if (!noun.isWord || noun.capitalized || !isPlural(r, noun) || !isLexiconNoun(r, lexicalForm(r, noun).bare)) return null;
    return nounPhraseLeft(r, tokens, k - 1, 0, false);
  }
  return null;
}

/** "reported by Reuters", "announced on Monday by Alan Crane": the passive agent. */
function agentSource(r: Reading, tokens: readonly Token[], cue: Cue): Phrase | null {
  const limit = Math.min(tokens.length - 1, cue.end + MAX_AGENT_DISTANCE);
  for (let k = cue.end; k < limit; k++) {
    const t = tokens[k];
    if (!t.isWord || r.lex.negations.has(t.bare)) return null;
    if (t.bare === r.lex.agentPreposition) return nounPhraseRight(r, tokens, k + 1);
  }
  return null;
}

/** A passive auxiliary before the cue, past skippable words ("was told", "is reportedly said"). */
function passiveBefore(r: Reading, tokens: readonly Token[], cue: Cue): boolean {
  // ("The Democrats are alleging that …": a present participle after "are" is the progressive, not a passive.)
  if (cue.mode === 'participle') return false;
  for (let j = cue.start - 1; j >= 0 && j >= cue.start - MAX_PARENTHETICALS; j--) {
    const t = tokens[j];
    if (r.lex.passiveAuxiliaries.has(t.bare)) return true;
    if (!r.lex.skipBeforeCue.has(t.bare) && !isAdverb(r, t)) return false;
  }
  return false;
}

/**
 * Head-first languages: a body named after a locative preposition right
 * after the cue ("як зазначили в поліції", "сообщили в МИД"); only a body
 * speaks this way. After a plural verb (`placed`), a place the lexicon does
 * not know is a body too ("уточнили в клубе").
 */
function locativeBody(r: Reading, tokens: readonly Token[], from: number, tryPhrase: (p: Phrase | null, slot?: Slot) => FoundSource | null, texts = false, placed = false): FoundSource | null {
  if (!r.lex.headFirst || from + 1 >= tokens.length) return null;
  // ("підтвердили й у Житомирській ОВА": past a focus word.)
  if (r.lex.focusParticles.has(tokens[from].bare)) from++;
  // ("повідомляється на сайті суду", "сообщается на сайте суда": after an impersonal verb, an outlet's page is placed by "на".)
  const onOutlet = texts && r.lex.objectPrepositions.has(tokens[from].bare) && tokens[from + 1].isWord && r.lex.publicationNouns.has(lexicalForm(r, tokens[from + 1]).bare);
  if (!r.lex.identifyingPrepositions.has(tokens[from].bare) && !onOutlet) return null;
  // ("написал в своем телеграм-канале": the subject's own, no other source.)
  if (r.lex.reflexivePossessives.has(tokens[from + 1].bare)) return null;
  // ("як зазначається в статистичному бюлетені": after an impersonal verb, a text the lexicon does not know is one, as after a credit.)
  const found = asBodyAfterPreposition(tokens, tryPhrase(nounPhraseRight(r, tokens, from + 1, false), texts ? 'credited' : placed ? 'placed' : 'plain'));
  // (One page, in the locative singular, whatever the plural shares with it: "на сайті суду".)
  if (onOutlet && found && found.cls.kind === 'anonymous' && (r.lex.morphology.locativePattern?.test(tokens[from + 1].bare) ?? false)) found.cls.kind = 'on-record';
  return found && (found.cls.type === 'organization' || found.cls.type === 'publication' || (texts && found.cls.type === 'document') || (placed && usersOfPlace(r, tokens, found))) ? found : null;
}

/** The unnamed users of a place where they speak ("У соцмережах пишуть"), as the classifier reads them. */
function usersOfPlace(r: Reading, tokens: readonly Token[], found: FoundSource): boolean {
  return found.cls.type === 'group' && r.lex.crowdPlaceNouns.has(tokens[found.cls.head].bare);
}

/** Most words of an object between a subject and its verb ("версію про помсту"). */
const MAX_FRONTED_OBJECT = 6;

/**
 * Where a subject follows its verb as freely as it precedes it, the verb's object may stand between the two
 * ("Голова громади це заперечив", "Міністр цю інформацію заперечив", "Мельничук звільнення вважає помстою", "У МОН
 * версію про помсту відкидають"). Where such an object starts, or -1: an object pronoun alone right before the verb;
 * a phrase of lower-case words a determiner opens; or one a common noun opens right after a name or a body's initials
 * (a capitalised word no lexicon noun) or after the comma closing an aside. No noun of people or of a body is in it
 * (then it is the subject: "У Львові активісти заявили"), nor punctuation; the caller checks that a source stands
 * before it.
 */
function frontedObjectStart(r: Reading, tokens: readonly Token[], verbCue: Cue): number {
  const l = r.lex;
  if (!l.headFirst || !l.subjectAfterVerb || (verbCue.mode !== 'verb' && verbCue.mode !== 'belief') || verbCue.end - verbCue.start !== 1 || verbCue.start < 2) return -1;
  // ("В Минэнерго эту информацию не подтвердили": the verb's own negation stands with it, after the object.)
  const negated = verbCue.start >= 3 && l.negations.has(tokens[verbCue.start - 1].bare);
  const cue = negated ? { ...verbCue, start: verbCue.start - 1 } : verbCue;
  const last = tokens[cue.start - 1];
  if (last.isWord && !last.capitalized && l.objectPronouns.has(last.bare) && !l.possessivePronouns.has(last.bare) && tokens[cue.start - 2].isWord) return cue.start - 1;
  const placedObject = placedBodyObjectStart(r, tokens, cue);
  if (placedObject > 0) return placedObject;
  const preposition = (t: Token) => l.objectPrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare) || l.postModifierOpeners.has(t.bare);
  const speaks = (t: Token) => namesPeople(r, t) || l.organizationNouns.has(lexicalForm(r, t).bare) || l.publicationNouns.has(lexicalForm(r, t).bare);
  const opener = (t: Token) => !preposition(t) && !l.skipBeforeCue.has(t.bare) && !isAdverb(r, t) && !l.timeWords.has(t.bare) && !l.negations.has(t.bare) && !isNumber(r, t);
  // (People or a body in it may stand after a preposition of its own: "тиск на студентів"; `speakerAt`, one that does not yet.)
  let speakerAt = -1;
  const oblique = (t: Token) => isObliqueModifier(r, t);
  // (No verb of its own: "Родители тем временем пытаются действовать сообща".)
  // (The singular past is left out: its "-в" is also the genitive plural's "-ів", "тиск на студентів".)
  // (Nor a determiner, whatever its ending: "эти" is no infinitive.)
  const verb = (t: Token) => !l.determiners.has(t.bare) && isPluralVerbOrInfinitive(r, t);
  for (let k = cue.start - 1; k >= 1 && cue.start - k <= MAX_FRONTED_OBJECT; k--) {
    const t = tokens[k];
    // ("ситуацію в Калинополі": a place after a preposition of its own may be in it.)
    const placeInObject = t.isWord && t.capitalized && !tokens[k - 1].capitalized && preposition(tokens[k - 1]);
    if (!t.isWord || (t.capitalized && !placeInObject) || verb(t) || l.complementizers.has(t.bare) || l.relativePronouns.has(t.bare) || l.interrogatives.has(t.bare) ||
      l.coordinators.has(t.bare) || l.clauseCoordinators.has(t.bare) || (l.clauseBoundaries.has(t.bare) && !preposition(t))) return -1;
    if (preposition(t)) speakerAt = -1;
    else if (speaks(t)) speakerAt = k;
    const previous = tokens[k - 1];
    const afterAside = isComma(previous) && k >= 2;
    // (A demonstrative, not a count nor one in a case only complements take: "Сотрудник одного из магазинов", "Співробітник цього
    // магазину".)
    const determined = l.determiners.has(t.bare) && !l.indefiniteDeterminers.has(t.bare) && !l.possessivePronouns.has(t.bare) && !l.anonymousQuantifiers.has(t.bare) &&
      !oblique(t) && (previous.isWord || afterAside);
    // (Not a preposition's object: "Жильцы в этом сомневаются".)
    if (preposition(previous)) continue;
    // (After initials, "У МОН версію … відкидають", or a person's name, whose noun takes no complement, "Мельничук звільнення
    // вважає": not a body's name, "В Інституті вивчення війни", nor an adjective's, "чиновник Белого дома".)
    const initials = previous.text.length > 1 && previous.text === previous.text.toUpperCase();
    const beforeName = k >= 2 ? tokens[k - 2] : null;
    const personName = previous.capitalized && isNameWord(r, previous, k === 1) && !isAdverb(r, { ...previous, capitalized: false }) && !l.timeWords.has(previous.bare) &&
      !l.skipBeforeCue.has(previous.bare) && !l.determiners.has(previous.bare) && !oblique(previous) &&
      (beforeName === null || (beforeName.isWord && !preposition(beforeName) && (beforeName.capitalized || namesPeople(r, beforeName))));
    // ("У «Калинопільтеплоенерго» низьку температуру в будинках пояснюють": or after a quoted name's closing mark.)
    const afterQuotedName = !previous.isWord && k >= 2 && tokens[k - 2].isWord && isNameQuoteMark(r, tokens, k - 1);
    const afterName = (previous.isWord && (initials || personName)) || afterQuotedName;
    if (speakerAt < 0 && opener(t) && (determined || ((afterName || afterAside) && !l.determiners.has(t.bare)))) return k;
  }
  return -1;
}

/**
 * "В министерстве слухи опровергают", "У лікарні звинувачення в «блатних» записах відкидають", "В Минэнерго версию
 * опровергают": after a body that "в/у" places opening the sentence (after a connective or a time), a noun of something said or
 * written, with a determiner or modifiers of its own before it, opens the plural verb's object; where it starts, or -1.
 * (Not in the genitive plural, a complement's case: "В Комитете по вопросам информации …" keeps its words.)
 */
function placedBodyObjectStart(r: Reading, tokens: readonly Token[], cue: Cue): number {
  const l = r.lex;
  if (!pluralVerb(r, tokens, cue)) return -1;
  let open = connectiveAt(r, tokens, 0)?.length ?? 0;
  while (open < cue.start && tokens[open].isWord && (l.timeWords.has(tokens[open].bare) || isAdverb(r, tokens[open]))) open++;
  if (isComma(tokens[open] ?? tokens[0])) open++;
  if (open + 2 >= cue.start || !l.identifyingPrepositions.has(tokens[open].bare) || !tokens[open + 1].isWord) return -1;
  const said = (t: Token) => t.isWord && !t.capitalized && (l.statementNouns.has(lexicalForm(r, t).bare) || l.documentNouns.has(lexicalForm(r, t).bare)) &&
    !(l.morphology.genitivePluralPattern?.test(t.bare) ?? false);
  for (let k = open + 2; k < cue.start; k++) {
    if (!said(tokens[k])) continue;
    let start = k;
    while (start - 1 > open + 1 && tokens[start - 1].isWord && !tokens[start - 1].capitalized && (l.determiners.has(tokens[start - 1].bare) ||
      (l.morphology.substantivePattern?.test(tokens[start - 1].bare) ?? false) || (l.morphology.pluralModifierPattern?.test(tokens[start - 1].bare) ?? false)) &&
      !isLexiconNoun(r, lexicalForm(r, tokens[start - 1]).bare)) start--;
    // (The body's own words only, no preposition of a complement among them: "в … центре по гидрометеорологии версию мэра
    // опровергли" is read as the phrase before a singular the plural verb does not agree with.)
    const prepositionBefore = tokens.slice(open + 1, start).some((t) => l.identifyingPrepositions.has(t.bare) || l.objectPrepositions.has(t.bare) || l.postModifierOpeners.has(t.bare));
    return prepositionBefore ? -1 : start;
  }
  return objectAfterPlacedName(r, tokens, open + 1, cue);
}

/**
 * "В Минэнерго слухи опровергают", "В ГК «Вертикаль-Строй» претензии жильцов считают": right after a body's name that the
 * preposition places (capitalised words, a quoted name), lower-case words up to the plural verb are its object where no
 * noun of people (but a complement's, in the genitive) or of a body is among them (then they are the subject: "В Минэнерго чиновники говорят") and nothing
 * but nouns and their modifiers: no verb, adverb, time, negation, particle nor preposition, and no modifier in an oblique
 * case, which continues the body's name ("У Вінницькому обласному госпіталі відповіли"). Where they start, or -1.
 */
function objectAfterPlacedName(r: Reading, tokens: readonly Token[], nameStart: number, cue: Cue): number {
  const l = r.lex;
  let start = nameStart;
  while (start < cue.start && ((tokens[start].isWord && tokens[start].capitalized) || isNameQuoteMark(r, tokens, start))) start++;
  // (Not before the clause the verb reports, which is its object: "В Інституті вивчення війни зазначили, що …" keeps the name's
  // complement.)
  const clause = isComma(tokens[cue.end] ?? tokens[0]) && r.lex.complementizers.has(tokens[cue.end + 1]?.bare ?? '');
  if (start === nameStart || start >= cue.start || clause) return -1;
  const genitivePlural = (t: Token) => l.morphology.genitivePluralPattern?.test(t.bare) ?? false;
  // (People may stand in it as a complement in the genitive: "претензии жильцов".)
  const objectWord = (t: Token, k: number) => t.isWord && !t.capitalized && (!namesPeople(r, t) || (k > 0 && genitivePlural(t))) && !l.organizationNouns.has(lexicalForm(r, t).bare) &&
    !l.publicationNouns.has(lexicalForm(r, t).bare) && !isAdverb(r, t) && !l.timeWords.has(t.bare) && !l.negations.has(t.bare) &&
    !l.skipBeforeCue.has(t.bare) && !l.objectPronouns.has(t.bare) && !l.identifyingPrepositions.has(t.bare) && !l.objectPrepositions.has(t.bare) &&
    !l.postModifierOpeners.has(t.bare) && !l.complementizers.has(t.bare) && !l.coordinators.has(t.bare) &&
    !isPluralVerbOrInfinitive(r, t) && !isObliqueModifier(r, t);
  return !genitivePlural(tokens[start]) && tokens.slice(start, cue.start).every(objectWord) ? start : -1;
}

/**
 * "Диспетчер обленерго, який попросив не називати його імені, розповів": without articles, a capital opening the
 * sentence, with complements in lower case, whose owner asks not to be named, is an unnamed person's noun the lexicon
 * lacks, not a name; "Родини полонених, з якими поспілкувався «…», кажуть": one in the plural, with complements,
 * before a plural verb of saying, unnamed people.
 */
function unnamedOpening(r: Reading, tokens: readonly Token[], left: Phrase | 'clause' | null, cue: Cue): FoundSource | null {
  if (!r.lex.articleless || left === null || left === 'clause' || left.start !== 0 || cue.mode !== 'verb') return null;
  const headEnd = left.segments[0][1];
  // ("Некоторые родители признаются, что …": a quantifier of people before a plural the lexicon does not know, with a
  // plural verb of saying, is unnamed people.)
  const counted = r.lex.anonymousQuantifiers.has(tokens[0].bare) && headEnd >= 2 && tokens[1].isWord && !tokens[1].capitalized && isPlural(r, tokens[1]) &&
    !isLexiconNoun(r, lexicalForm(r, tokens[1]).bare) && pluralVerb(r, tokens, cue) && tokens.slice(2, headEnd).every((t) => t.isWord && !t.capitalized);
  // ("Бывший логист регоператора подтвердил": so does one a former-modifier opens, whatever noun the lexicon lacks follows it: only
  // people and offices are former.)
  const former = r.lex.formerModifiers.has(tokens[0].bare) && headEnd >= 2 && tokens[1].isWord && !tokens[1].capitalized &&
    !isLexiconNoun(r, lexicalForm(r, tokens[1]).bare) && tokens.slice(1, headEnd).every((t) => t.isWord && !t.capitalized);
  if (former) return { phrase: left, cls: { kind: 'anonymous', type: isPlural(r, tokens[1]) ? 'group' : 'person', head: 1, pronoun: null, informant: true, segment: 0 } };
  // ("Двоє колишніх юніорок збірної розповіли": a collective numeral counts people, whatever noun the lexicon lacks follows it.)
  const collective = r.lex.collectiveNumerals.has(tokens[0].bare) && headEnd >= 2 && tokens[1].isWord && !tokens[1].capitalized && pluralVerb(r, tokens, cue) &&
    tokens.slice(1, headEnd).every((t) => t.isWord && !t.capitalized);
  if (counted || collective) return { phrase: left, cls: { kind: 'anonymous', type: 'group', head: 1, pronoun: null, informant: true, segment: 0 } };
  const words = tokens.slice(1, headEnd);
  if (!isNameWord(r, tokens[0], true) || words.some((t) => t.capitalized)) return null;
  if (asksAnonymity(r, tokens, 1, headEnd, cue.start)) return { phrase: left, cls: { kind: 'anonymous', type: 'person', head: 0, pronoun: null, informant: false, segment: 0 } };
  const people = words.length > 0 && pluralVerb(r, tokens, cue) && isPlural(r, tokens[0]) && words.every((t) => t.isWord);
  return people ? { phrase: left, cls: { kind: 'anonymous', type: 'group', head: 0, pronoun: null, informant: true, segment: 0 } } : null;
}

/**
 * "Як стало відомо виданню «Фінансовий оглядач»": after learning, the word for an outlet in the dative, which telling verbs
 * take as an addressee, names the outlet that learned in the title after it; the title, or null where `at` holds no such word.
 */
function learningOutlet(r: Reading, tokens: readonly Token[], at: number): Phrase | null {
  if (at + 1 >= tokens.length || !tokens[at].isWord || !r.lex.publicationNouns.has(lexicalForm(r, tokens[at]).bare)) return null;
  return tokens[at + 1].capitalized || isNameQuoteMark(r, tokens, at + 1) ? nounPhraseRight(r, tokens, at + 1, false) : null;
}

/** Is the cue's verb plural ("уточнили", "пояснюють"), a verb with no subject of its own when none is found? */
function pluralVerb(r: Reading, tokens: readonly Token[], cue: Cue): boolean {
  return r.lex.morphology.pluralVerbPattern?.test(tokens[cue.end - 1].bare) ?? false;
}

/**
 * "попередили в Єврокомісії", "У Нацполіції повідомили": a lone name after a locative preposition is a
 * body's; people do not speak from inside a name.
 */
function asBodyAfterPreposition(tokens: readonly Token[], found: FoundSource | null): FoundSource | null {
  if (found && found.cls.type === 'person' && !found.cls.pronoun && found.phrase.end - found.phrase.start === 1 && tokens[found.phrase.start].capitalized) found.cls.type = 'organization';
  return found;
}

/** Tokens a setting may take between a cue and its source ("в интервью телеканалу «Россия 24»", its marks included). */
const MAX_SETTING_WORDS = 8;

/**
 * "Как отметил в интервью телеканалу «Россия 24» вице-премьер Александр Новак": where the subject follows
 * its verb, a prepositional phrase may come first; the source starts at the first role noun past it.
 */
function pastSetting(r: Reading, tokens: readonly Token[], k: number): number {
  const l = r.lex;
  const t = tokens[k];
  if (!l.subjectAfterVerb || !t?.isWord || t.capitalized || !(l.identifyingPrepositions.has(t.bare) || l.objectPrepositions.has(t.bare) || l.afterNamePrepositions.has(t.bare))) return k;
  for (let m = k + 2; m < tokens.length && m <= k + MAX_SETTING_WORDS; m++) {
    const w = tokens[m];
    if (isBreak(w) || l.clauseBoundaries.has(w.bare) || isCueWord(r, w)) return k;
    const form = lexicalForm(r, w).bare;
    if (w.isWord && !w.capitalized && (l.roleNouns.has(form) || l.uniqueOffices.has(form) || l.anonymousNouns.has(form))) return m;
  }
  return k;
}

/** Tokens an occasion may take between a verb and the body placed after it ("на запит редакції", its marks included). */
const MAX_OCCASION_TOKENS = 5;

/**
 * "…, – відповіли на запит редакції в пресслужбі обласної прокуратури": where the subject follows its verb, an occasion or
 * a text after a preposition that takes an object may come before the "в/у" that places the body; that preposition, or `k`.
 */
function pastOccasion(r: Reading, tokens: readonly Token[], k: number): number {
  const l = r.lex;
  const governed = tokens[k + 1];
  if (!l.subjectAfterVerb || !tokens[k]?.isWord || !l.objectPrepositions.has(tokens[k].bare) || governed === undefined || !governed.isWord || governed.capitalized) return k;
  const form = lexicalForm(r, governed).bare;
  if (!l.occasionNouns.has(form) && !l.documentNouns.has(form)) return k;
  for (let m = k + 2; m < tokens.length && m <= k + 1 + MAX_OCCASION_TOKENS; m++) {
    if (l.identifyingPrepositions.has(tokens[m].bare) && !tokens[m].capitalized) return m;
    if (!tokens[m].isWord && !isNameQuoteMark(r, tokens, m)) return k;
  }
  return k;
}

/** Tokens a modifier set before its noun may take ("близький до «сміттєвого» бізнесу Херсона"). */
const MAX_FRONT_MODIFIER_TOKENS = 8;

/**
 * "підбив підсумок близький до … бізнесу Херсона співрозмовник онлайн газети «Вгору»": where the subject
 * follows its verb, a modifier of familiarity with its complement may stand before the noun it describes;
 * the source is that noun's phrase, or null.
 */
function frontModifiedPhrase(r: Reading, tokens: readonly Token[], k: number): Phrase | null {
  const l = r.lex;
  const t = tokens[k];
  if (!l.subjectAfterVerb || !t?.isWord || t.capitalized || !l.postModifierOpeners.has(t.bare) || l.identifyingPrepositions.has(t.bare) ||
    l.objectPrepositions.has(t.bare) || l.relativePronouns.has(t.bare) || l.parentheticalOpeners.has(t.bare)) return null;
  for (let m = k + 2; m < tokens.length && m <= k + MAX_FRONT_MODIFIER_TOKENS; m++) {
    const w = tokens[m];
    if (isBreak(w) || isCueWord(r, w)) return null;
    const form = lexicalForm(r, w).bare;
    // (Classified, and shown, from its noun: the modifier's own nouns, "уряду", are not who speaks.)
    if (w.isWord && !w.capitalized && (l.anonymousNouns.has(form) || l.roleNouns.has(form))) return nounPhraseRight(r, tokens, m);
  }
  return null;
}

/** The token after the quoted name whose opening mark is token `k` (0 when its closing mark is not in the sentence). */
function pastQuotedName(r: Reading, tokens: readonly Token[], k: number): number {
  const quote = r.quotes[quoteAt(r.quotes, tokens[k].start)];
  return tokens.findIndex((t) => t.end === quote.end) + 1;
}

/**
 * "Як повідомляло раніше видання …", "…, повідомляє також видання …": where the subject follows its verb, a
 * time or a particle ("також", "вже"; not the negation) may stand between them; the token past them.
 */
function pastAdverbs(r: Reading, tokens: readonly Token[], k: number): number {
  const l = r.lex;
  let at = k;
  // ("Це підтверджують і матеріали справи": "and" right after the verb, before a noun, means "too".)
  const next = tokens[k + 1];
  if (l.subjectAfterVerb && tokens[k]?.isWord && l.coordinators.has(tokens[k].bare) && next !== undefined && next.isWord && !isCueWord(r, next) &&
    (next.capitalized || isLexiconNoun(r, lexicalForm(r, next).bare))) at++;
  // ("Как писал еще в августе местный портал": a word that may stand before a verb, and a time after its preposition.)
  const timeAfterPreposition = (k: number) => (l.identifyingPrepositions.has(tokens[k].bare) || l.objectPrepositions.has(tokens[k].bare)) &&
    tokens[k + 1]?.isWord === true && !tokens[k + 1].capitalized && l.timeWords.has(tokens[k + 1].bare);
  while (l.subjectAfterVerb && tokens[at]?.isWord && !tokens[at].capitalized && !l.negativeParticles.has(tokens[at].bare)) {
    if (timeAfterPreposition(at)) at += 2;
    else if (l.negations.has(tokens[at].bare) || l.timeWords.has(tokens[at].bare) || (l.skipBeforeCue.has(tokens[at].bare) && tokens[at + 1]?.isWord === true)) at++;
    else break;
  }
  // ("…, сказал на условиях анонимности собеседник": and past a request for anonymity before the subject.)
  const request = l.subjectAfterVerb && at < tokens.length ? listedRequestAt(r, tokens, at) : 0;
  return request > 0 && tokens[at + request]?.isWord === true ? at + request : at;
}

/**
 * "Как рассказал «Ведомостям» источник", "Як розповіла «Укрінформу» директорка школи": a quoted title right
 * after the cue and before a common noun is whom it was said to; the phrase starts past it.
 */
function pastQuotedAddressee(r: Reading, tokens: readonly Token[], k: number): number {
  // ("заявил агентству «Интерфакс» источник": so is an outlet's noun with the title after it.)
  const outletNoun = r.lex.headFirst && k + 1 < tokens.length && tokens[k].isWord && !tokens[k].capitalized && r.lex.publicationNouns.has(lexicalForm(r, tokens[k]).bare) && isNameQuoteMark(r, tokens, k + 1);
  if (outletNoun) {
    const past = pastQuotedAddressee(r, tokens, k + 1);
    return past > k + 1 ? past : k;
  }
  if (k >= tokens.length || !isNameQuoteMark(r, tokens, k)) return k;
  const after = pastQuotedName(r, tokens, k);
  const next = after > 0 ? tokens[after] : undefined;
  const common = next !== undefined && next.isWord && !next.capitalized && (isLexiconNoun(r, lexicalForm(r, next).bare) || r.lex.determiners.has(next.bare) || r.lex.roleNouns.has(next.bare));
  return r.lex.headFirst && common ? after : k;
}

/**
 * "Як розповів Суспільному депутат …": in a comment clause, where the source follows its verb, one capitalised
 * name before a role or a noun of persons is whom it was told to; the token after it, or `k`.
 */
function pastLoneAddressee(r: Reading, tokens: readonly Token[], k: number): number {
  // ("заявил нашему изданию генеральный директор …": past the role's modifiers in the nominative.)
  const m = r.lex.morphology;
  let headAt = k + 1;
  while (tokens[headAt + 1]?.isWord === true && tokens[headAt].isWord && !tokens[headAt].capitalized && !isLexiconNoun(r, lexicalForm(r, tokens[headAt]).bare) &&
    [m.substantivePattern, m.pluralModifierPattern].some((p) => p?.test(tokens[headAt].bare) ?? false)) headAt++;
  const next = tokens[headAt];
  // ("рассказала изданию одна из пациенток": or one counted out of a group.)
  const countedOne = next !== undefined && r.lex.indefiniteDeterminers.has(next.bare) && r.lex.identifyingPrepositions.has(tokens[k + 2]?.bare ?? '');
  // (Not one told in turn: "сказал Лаптев корреспонденту агентства".)
  const role = next !== undefined && next.isWord && !next.capitalized && !isObjectPronoun(r, next) && (r.lex.roleNouns.has(lexicalForm(r, next).bare) || r.lex.anonymousNouns.has(lexicalForm(r, next).bare) ||
    r.lex.personNouns.has(lexicalForm(r, next).bare) || countedOne);
  // ("сообщил журналистам источник", "рассказал нам собеседник": or a word of the closed class of those told.)
  // ("рассказал газете высокопоставленный чиновник", "розповів газеті високопосадовець": or an outlet's noun in another case than
  // the nominative, whom a phrase of people after it, in the nominative, told.)
  const outletTold = (t: Token | undefined) => t !== undefined && t.isWord && !t.capitalized && r.lex.publicationNouns.has(lexicalForm(r, t).bare) &&
    !r.lex.publicationNounsAsListed.has(lexicalForm(r, t).bare);
  const told = tokens[k]?.isWord && ((tokens[k].capitalized && !isNameQuoteMark(r, tokens, k)) || (!tokens[k].capitalized && (isObjectPronoun(r, tokens[k]) || outletTold(tokens[k]))));
  // ("рассказала нашему изданию жительница …", "пояснив нашому тижневику один з урядовців": a possessive before a word of those told.)
  const ownTold = r.lex.headFirst && tokens[k]?.isWord && !tokens[k].capitalized && (r.lex.possessiveDeterminers.has(tokens[k].bare) || r.lex.determiners.has(tokens[k].bare)) &&
    tokens[k + 1]?.isWord === true && !tokens[k + 1].capitalized &&
    ((isObjectPronoun(r, tokens[k + 1]) && isLexiconNoun(r, lexicalForm(r, tokens[k + 1]).bare)) || outletTold(tokens[k + 1]));
  if (ownTold) return pastLoneAddressee(r, tokens, k + 1);
  return r.lex.headFirst && role && told ? k + 1 : k;
}

/**
 * "Как сообщили РБК в администрации президента": a plural verb, then one name it cannot agree with (the
 * addressee), then a body after a locative preposition, which is the source.
 */
function bodyPastAddressee(r: Reading, tokens: readonly Token[], cue: Cue, tryPhrase: (p: Phrase | null, slot?: Slot) => FoundSource | null): FoundSource | null {
  const l = r.lex;
  if (!l.headFirst || !pluralVerb(r, tokens, cue)) return null;
  let k = cue.end;
  if (isNameQuoteMark(r, tokens, k)) k = pastQuotedName(r, tokens, k);
  else if (tokens[k]?.isWord && tokens[k].capitalized && !isPlural(r, tokens[k]) && !l.pronouns.has(tokens[k].bare)) k++;
  else return null;
  return k < tokens.length && k > cue.end ? locativeBody(r, tokens, k, tryPhrase, false, true) : null;
}

/** A phrase cut before its first apposition that names no source ("Укрінформ, удари завдано вночі" → "Укрінформ"). */
function namedAppositions(r: Reading, tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  // (A comment clause comes before the main clause: what runs to the sentence's end is that clause,
  // "Как сообщают источники, решение уже принято.")
  const endsSentence = (e: number) => !wordBetween(tokens, e, tokens.length);
  // ("Водночас, як пише The Atlantic Ledger, російський бізнесмен, близький до Кремля, у приватній розмові сказав": nor
  // are the subject of the main clause's verb of saying, a setting before it, the outlet's appositions.)
  // (Past an aside of its own set off by commas too: "…, близький до Кремля, сказав".)
  let k = phrase.end < tokens.length && isComma(tokens[phrase.end]) ? phrase.end + 1 : -1;
  while (k > 0 && k < tokens.length && k - phrase.end <= MAX_SETTING_TOKENS && (tokens[k].isWord || isComma(tokens[k])) && !isCueWord(r, tokens[k]) &&
    !r.lex.complementizers.has(tokens[k].bare)) k++;
  if (k > phrase.end + 1 && k < tokens.length && tokens[k].isWord && isCueWord(r, tokens[k])) return { ...phrase, end: phrase.segments[0][1], segments: [phrase.segments[0]] };
  let kept = 1;
  while (kept < phrase.segments.length && !endsSentence(phrase.segments[kept][1]) && classifySegment(r, tokens, phrase.segments[kept][0], phrase.segments[kept][1])) kept++;
  const segments = phrase.segments.slice(0, kept);
  return { ...phrase, end: segments[segments.length - 1][1], segments };
}

/**
 * Can `t`, after a plural noun, only be its verb: a lower-case word that is no noun, modifier opener, preposition, relative or
 * conjunction, nor, where heads come first, a modifier or a number in a case complements take ("представители двух крупных
 * дилерских групп")?
 */
function verbAfterSubject(r: Reading, t: Token): boolean {
  const l = r.lex;
  const complementModifier = l.headFirst && (isObliqueModifier(r, t) || isNumber(r, t));
  return t.isWord && !t.capitalized && !isLexiconNoun(r, lexicalForm(r, t).bare) && !l.postModifierOpeners.has(t.bare) && !l.identifyingPrepositions.has(t.bare) &&
    !l.objectPrepositions.has(t.bare) && !l.relativePronouns.has(t.bare) && !l.coordinators.has(t.bare) && !l.parentheticalOpeners.has(t.bare) && !complementModifier;
}

/** Does a declarative clause open at `k` ("that …", not "whether …")? */
function declarativeClauseAt(r: Reading, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && r.lex.complementizers.has(t.bare) && !r.lex.interrogatives.has(t.bare);
}

/** The first token of an aside set off by commas right before the cue ("…, aside, said"), or -1. */
function asideBefore(tokens: readonly Token[], cue: Cue): number {
  const aside = cue.start > 1 && isComma(tokens[cue.start - 1]) ? segmentStart(tokens, cue.start - 2, 0) : -1;
  return aside > 1 && isComma(tokens[aside - 1]) ? aside : -1;
}

/**
 * "приводит агентство слова собеседника": the citing subject after its verb ends before the noun for words, which
 * opens the words' owner; null where the phrase does not run past it.
 */
function citedWordsEnd(r: Reading, tokens: readonly Token[], phrase: Phrase): FoundSource | null {
  let words = phrase.start + 1;
  while (words < phrase.end && tokens[words].bare !== r.lex.wordsNoun) words++;
  if (words >= phrase.end) return null;
  const subject: Phrase = { start: phrase.start, end: words, segments: [[phrase.start, words]] };
  const cls = classify(r, tokens, subject);
  return cls ? { phrase: subject, cls } : null;
}

/** Most words between a noun of people and the preposition that places it ("Собеседник «Делового курса» в …"). */
const MAX_PLACED_OWNER_WORDS = 4;

/** The phrase of a noun of people right before the placing preposition at `preposition`, names between; null when none. */
function placedOwner(r: Reading, tokens: readonly Token[], preposition: number): Phrase | null {
  for (let k = preposition - 1, words = 0; k >= 0 && words < MAX_PLACED_OWNER_WORDS; k--) {
    if (isNameQuoteMark(r, tokens, k)) continue;
    if (!tokens[k].isWord || isCueWord(r, tokens[k])) return null;
    words++;
    // (Capitalised only where the sentence or a segment opens: no name.)
    const opens = k === 0 || !tokens[k - 1].isWord;
    if (namesPeople(r, tokens[k]) && (!tokens[k].capitalized || opens)) return nounPhraseLeft(r, tokens, k, 0, false);
  }
  return null;
}

/** Where the object of a credit that opens the sentence starts ("Со ссылкой на | источники …"); -1 when none does. */
function creditOpensAt(r: Reading, tokens: readonly Token[]): number {
  const credit = r.lex.sourceAfterPhrases.find((p) => matchPhrase(tokens, 0, p, r.lex.inflection));
  return credit ? credit.length : -1;
}

/** Resolves a cue's source: a phrase with its class, or null. */
export function sourceFor(r: Reading, tokens: readonly Token[], cue: Cue): FoundSource | null {
  // ("Официально о сделке никто не объявлял": no one, the subject of a negated verb, said nothing.)
  let subjectEnd = cue.start - 1;
  while (subjectEnd >= 0 && r.lex.negativeParticles.has(tokens[subjectEnd].bare)) subjectEnd--;
  if (subjectEnd >= 0 && subjectEnd < cue.start - 1 && r.lex.negativePronouns.has(tokens[subjectEnd].bare)) return null;
  // ("Трое предпринимателей, торгующих одеждой, на условиях анонимности рассказали": a request between an aside and the
  // verb leaves the aside right before the verb, read as if the verb stood there.)
  const request = cue.start > 1 ? requestEndingBefore(r, tokens, cue.start, listedRequestAt) : -1;
  const pastRequest = request > 1 && isComma(tokens[request - 1]) ? anySourceFor(r, tokens, { ...cue, start: request }) : null;
  // ("A geologist who has worked at the camp, speaking on condition of anonymity, said": so does a participle's aside
  // right before the verb, where nothing is found past it.)
  const aside = request < 0 ? asideBefore(tokens, cue) : -1;
  const participleAside = aside >= 0 && !tokens[aside].capitalized && (isParticiple(r, tokens[aside]) || isPastForm(r, tokens[aside]));
  const direct = pastRequest !== null && pastRequest.phrase.end <= request ? pastRequest : anySourceFor(r, tokens, cue);
  const pastAside = direct === null && participleAside ? anySourceFor(r, tokens, { ...cue, start: aside }) : null;
  const candidate = direct ?? (pastAside !== null && pastAside.phrase.end < aside ? pastAside : null);
  // ("… назвал эти данные устаревшими": without articles, what follows a naming verb is what it names and what it calls
  // it, never who speaks.)
  const named = candidate !== null && r.lex.articleless && r.lex.namingVerbs.has(tokens[cue.start].bare) && candidate.phrase.start >= cue.end;
  const cited = candidate !== null && r.lex.wordsCitingVerbs.has(tokens[cue.start].bare) ? citedWordsEnd(r, tokens, candidate.phrase) : null;
  const found = named ? null : cited ?? candidate;
  // "The survey found that": what a person "found" is a finding of theirs, seldom a report.
  // ("it shows that": most often a fact or an event that shows, not a text.)
  // ("Researchers at the university found that …": people as a group report a finding before a clause, where one
  // person "found" or "showed" more often proves or judges: "she showed that …".)
  const groupFinding = found !== null && !found.cls.pronoun && found.cls.type === 'group' && declarativeClauseAt(r, tokens, cue.end);
  if (found && cue.outletOnly) {
    // (An outlet is known by what it does: a body's name that learns for its readers is one, "The BBC understands".)
    const named = found.cls.type === 'organization' && tokens[found.cls.head].capitalized;
    if (found.cls.pronoun || !(found.cls.type === 'publication' || named)) return null;
    found.cls.type = 'publication';
  }
  // ("Срок указано неверно": an impersonal verb has no subject; a text says it, or a body: "В заявлении отмечено".)
  const placedPronoun = found !== null && found.cls.pronoun !== null && r.lex.locativePronouns.has(tokens[found.cls.head].bare);
  if (found && r.lex.impersonalCues.has(tokens[cue.start].bare) && ((found.cls.pronoun && !placedPronoun) || found.cls.type === 'person' || found.cls.type === 'group')) return null;
  if (found && cue.textOnly && !groupFinding && (found.cls.pronoun || !(found.cls.type === 'document' || found.cls.type === 'publication' || found.cls.type === 'organization'))) return null;
  return found;
}

/** The source a cue's place in its sentence gives, before any demand of the cue on its kind. */
function anySourceFor(r: Reading, tokens: readonly Token[], cue: Cue): FoundSource | null {
  const tryPhrase = (found: Phrase | null, slot: Slot = 'plain'): FoundSource | null => {
    if (!found) return null;
    // (A phrase after its cue keeps the descriptor that follows it: "сообщил источник, пожелавший остаться неназванным".)
    const described = found.start >= cue.end ? withDescriptor(r, tokens, found) : found;
    const describedCls = described !== found ? classify(r, tokens, described, slot) : null;
    // (Unless it does not agree with the noun: "…, як стверджують аналітики, наближене до …" goes on another clause.)
    const agrees = describedCls !== null && numberByAgreement(r, tokens, described, describedCls);
    const p = agrees ? described : found;
    const cls = agrees ? describedCls : classify(r, tokens, p, slot);
    // 'the term "three amigos"': words quoted as words are not who speaks (a quoted title is: «Forbes»).
    if (cls && quotedAsWords(r, tokens, cls.head)) return null;
    // ("… among non-white voters, which describes …": a relative pronoun for things stands for no people; "W. W.
    // Norton, which declined to comment": a name it stands for is a body's.)
    if (cls && p.relative !== undefined && r.lex.thingRelativePronouns.has(tokens[p.relative].bare) && !cls.pronoun) {
      if (!tokens[cls.head].capitalized && namesPeople(r, tokens[cls.head])) return null;
      if (cls.type === 'person') cls.type = 'organization';
    }
    if (cls && !agrees) numberByAgreement(r, tokens, p, cls);
    return cls ? { phrase: p, cls } : null;
  };
  const tryClause = () => {
    for (const p of clauseSubjects(r, tokens, cue.start)) {
      // ("…, said Jane Roe, a hygienist who backed him but said she was undecided": the subject of a relative clause is
      // the one it describes, with the name before it.)
      const relative = p.end < cue.start && r.lex.relativePronouns.has(tokens[p.end].bare) && p.start > 1 && isComma(tokens[p.start - 1]);
      const found = tryPhrase(relative ? relativeAntecedent(r, tokens, p.end - 1) ?? p : p);
      if (found) return found;
    }
    return null;
  };
  // The named opener of the sentence that what stands before `before` describes, when it is a source on the record.
  const describedOpenerSource = (before: number): FoundSource | null => {
    const opener = describedOpener(r, tokens, before);
    const subject = opener && tryPhrase(opener);
    return subject && !subject.cls.pronoun && subject.cls.kind === 'on-record' ? subject : null;
  };
  // ("The Gazette quoted the owner as saying": the quoting verb's object.)
  if (cue.quotedFrom !== undefined) return tryPhrase({ start: cue.quotedFrom, end: cue.start, segments: [[cue.quotedFrom, cue.start]] });
  if (cue.quotedSubjectBefore !== undefined) {
    const quoted = leftSource(r, tokens, { ...cue, start: cue.quotedSubjectBefore });
    return quoted === 'clause' ? tryClause() : tryPhrase(quoted);
  }
  if (cue.possessor !== undefined) {
    const refersTo = r.lex.possessivePronouns.get(tokens[cue.possessor].bare)!;
    const cls: SourceClass = { kind: 'on-record', type: refersTo[0], head: cue.possessor, segment: 0, pronoun: refersTo, informant: false };
    return { phrase: { start: cue.possessor, end: cue.possessor + 1, segments: [[cue.possessor, cue.possessor + 1]] }, cls };
  }
  if (cue.mode === 'after') {
    // "According to X, Y is …": what follows the comma is the main clause, not an apposition.
    // A comment clause ("як запевняє депутат обласної ради, головний лікар … Тарас Мельник") takes appositions.
    const comment = tokens[cue.start].bare === r.lex.commentClauseOpener;
    if (!comment) {
      // ("Per the readout, …": a credit preposition credits a text as "according to" does.)
      const credited = r.lex.textCreditPhrases.some((p) => p.length === cue.end - cue.start && matchPhrase(tokens, cue.start, p, r.lex.inflection)) ||
        (cue.end - cue.start === 1 && r.lex.creditPrepositions.has(tokens[cue.start].bare));
      // ("По данным Росстата": data and information come from a body; a lone name after their credit is one, no
      // surname, and so is a common noun the lexicon does not know: "за даними слідства".)
      const data = r.lex.bodyCreditPhrases.some((p) => p.length === cue.end - cue.start && matchPhrase(tokens, cue.start, p, r.lex.inflection));
      // ("По словам одного из дольщиков": someone's words.)
      const words = r.lex.wordsCreditPhrases.some((p) => p.length === cue.end - cue.start && matchPhrase(tokens, cue.start, p, r.lex.inflection));
      // ("По словам одного из организаторов, учителя истории Андрея Воробьева, …": an apposition closed by a comma
      // that ends in a personal name is the source's, not the main clause.)
      const reached = nounPhraseRight(r, tokens, cue.end, false) ?? (cue.outletOnly ? learningOutlet(r, tokens, cue.end) : null);
      // (Opening the sentence with no comma, it ends before the noun right before a verb of saying, that verb's subject.)
      const beforeVerb = reached !== null && r.lex.headFirst && cue.start === 0 && reached.end - reached.start >= 2 && reached.end < tokens.length && isCueWord(r, tokens[reached.end]) &&
        isLexiconNoun(r, lexicalForm(r, tokens[reached.end - 1]).bare);
      const plain = beforeVerb ? { start: reached!.start, end: reached!.end - 1, segments: [[reached!.start, reached!.end - 1]] as [number, number][] } : reached;
      const named = plain && nounPhraseRight(r, tokens, cue.end, true);
      const apposition = named && named.segments.length >= 2 && named.segments[0][1] === plain.end ? named.segments[1] : null;
      // (A description first, not a name: "По словам министра, Андрей Воробьев, глава фонда, ошибается" names the subject; nor
      // a subject with an aside of its own after it, "…, former mayor Jane Roe, who leads the city, resigned".)
      const afterApposition = apposition !== null ? tokens[apposition[1] + 1] : undefined;
      const closesInName = apposition !== null && apposition[1] - apposition[0] >= 2 && apposition[1] < tokens.length && isComma(tokens[apposition[1]]) &&
        !tokens[apposition[0]].capitalized && isPersonalNameWord(r, tokens[apposition[1] - 1]) && isPersonalNameWord(r, tokens[apposition[1] - 2]) &&
        afterApposition !== undefined && !r.lex.relativePronouns.has(afterApposition.bare) && afterApposition.bare !== r.lex.personRelativePronoun;
      // ("з посиланням на кількох експедиторів": whom a relay refers to is read as a verb of saying's subject is.)
      const relay = r.lex.relayPhrases.some((p) => p.length === cue.end - cue.start && matchPhrase(tokens, cue.start, p, r.lex.inflection));
      const found = tryPhrase(closesInName ? { start: plain!.start, end: apposition![1], segments: [plain!.segments[0], apposition!] } : plain,
        credited ? 'credited' : data ? 'body' : words ? 'words' : relay ? 'speaker' : 'plain');
      if (found && data && found.cls.type === 'person' && !found.cls.pronoun && found.phrase.end - found.phrase.start === 1 && tokens[found.phrase.start].capitalized &&
        !isLexiconNoun(r, lexicalForm(r, tokens[found.phrase.start]).bare)) found.cls.type = 'organization';
      // ("Acme canceled the order, citing financial issues": with no source after it, a participle after a comma
      // is the clause's subject's cue, as "…, saying" is.)
      const participle = cue.end - cue.start === 1 && cue.start > 0 && isComma(tokens[cue.start - 1]) && r.lex.participleCues.has(tokens[cue.start].bare);
      return found ?? (participle ? tryClause() : null);
    }
    // ("Як ідеться в заяві відомства, …": after an impersonal verb of saying, a text after the preposition says it.)
    const impersonal = r.lex.impersonalCues.has(tokens[cue.end - 1].bare);
    return locativeBody(r, tokens, cue.end, tryPhrase, impersonal, pluralVerb(r, tokens, cue)) ?? bodyPastAddressee(r, tokens, cue, tryPhrase) ??
      tryPhrase(namedAppositions(r, tokens, nounPhraseRight(r, tokens, pastLoneAddressee(r, tokens, pastQuotedAddressee(r, tokens, pastSetting(r, tokens, pastAdverbs(r, tokens, cue.end)))), true)));
  }
  if (passiveBefore(r, tokens, cue)) {
    // "In a company email sent by the chairman, employees were told": the document tells.
    return tryPhrase(agentSource(r, tokens, cue)) ?? introDocument(r, tokens, cue, tryPhrase);
  }
  const before = cue.start > 0 ? tokens[cue.start - 1] : null;
  // ("…, saying", "and saying", "began by saying": the clause's subject speaks.)
  // ('… a defense of “New York values,” saying': the comma may stand inside a quotation's closing mark.)
  const commaInsideQuote = before !== null && cue.start >= 2 && isComma(tokens[cue.start - 2]) && r.quotes[quoteAt(r.quotes, before.start)]?.end === before.end;
  if (cue.mode === 'participle' && (!before || isComma(before) || commaInsideQuote || r.lex.coordinators.has(before.bare) || before.bare === r.lex.agentPreposition)) return tryClause();
  // ("Селищний голова …, який …, закликав їх розійтися й пообіцяв особисто проконтролювати …": where the subject may follow its
  // verb, a second verb joined right after the first's words is the clause subject's, no phrase after it.)
  if (r.lex.subjectAfterVerb && cue.mode === 'verb' && before !== null && r.lex.coordinators.has(before.bare) && cue.start >= 2 && tokens[cue.start - 2].isWord) {
    const subject = tryClause();
    if (subject) return subject;
  }
  // '…, say officials.': a source named after a comma and the cue, closing the sentence.
  // (Not a word that is mostly a noun: "his niece, state Del. Jane Roe, shouted".)
  // (Not what it speaks of: "…, said of the plan.")
  const topic = r.lex.topicPrepositions.has(tokens[cue.end]?.bare ?? '');
  // (Past an object between the subject and its verb, where a source stands before it.)
  const objectStart = frontedObjectStart(r, tokens, cue);
  const pastObject = objectStart > 0 ? leftSource(r, tokens, { ...cue, start: objectStart }) : null;
  // (A body "в/у" places, before a plural verb, as the classifier reads places there; else a plural verb agrees with
  // the plural only: "Подлинность скриншота редакции подтвердили двое участников" has its subject after the verb.)
  const placedPastObject = pastObject !== null && pastObject !== 'clause' && pastObject.afterPreposition === true && pluralVerb(r, tokens, cue);
  // ("У службі доріг цю версію спростовують": the body whole, where the word the preposition governs has complements.)
  const placedBody: Phrase | null = placedPastObject && pastObject.governed !== undefined ?
    { start: pastObject.governed, end: pastObject.end, segments: [[pastObject.governed, pastObject.end]], afterPreposition: true, bodyOnly: true } : null;
  // ("Гончаренко в телефонній розмові з журналістом це заперечив": or a setting stands between the subject and the object.)
  const settingBetween = (subject: Phrase) => {
    const setting = r.lex.headFirst ? settingBeforeVerb(r, tokens, { ...cue, start: objectStart }) : null;
    return setting !== null && setting.start === subject.start && setting.end === subject.end;
  };
  const adjoins = pastObject !== null && pastObject !== 'clause' && (!wordBetween(tokens, pastObject.end, objectStart) || settingBetween(pastObject));
  const asWritten = adjoins ? tryPhrase(pastObject, placedPastObject ? 'placed' : 'plain') : null;
  const wholeFound = adjoins && asWritten === null && placedBody !== null ? tryPhrase(placedBody, 'placed') : null;
  const subjectFound = asWritten ?? wholeFound;
  const subjectPhrase = wholeFound !== null ? placedBody : adjoins ? (pastObject as Phrase) : null;
  const agrees = subjectFound !== null && (placedPastObject || !pluralVerb(r, tokens, cue) || subjectFound.cls.pronoun !== null || isPlural(r, lexicalForm(r, tokens[subjectFound.cls.head])) ||
    tokens.slice(subjectFound.phrase.start, subjectFound.phrase.end).some((t) => r.lex.coordinators.has(t.bare)));
  const subjectPastObject = agrees ? subjectPhrase : null;
  const left = subjectPastObject ?? leftSource(r, tokens, cue);
  // ("Her office issued a statement Thursday saying …": a text a verb issues, right before the participle, is the
  // verb's object; who issued it speaks, as PolNeAR's "issued a statement saying" has it.)
  if (cue.mode === 'participle' && left !== null && left !== 'clause' && left.start > 1 && isPastForm(r, tokens[left.start - 1]) && !tokens[left.start - 1].capitalized) {
    const text = tryPhrase(left);
    if (text?.cls.type === 'document') return tryClause() ?? text;
  }
  // ("Jane Roe, asked about the deadline, said": so where no phrase before the cue reads as a source.)
  if (left === null && cue.start > 1 && isComma(tokens[cue.start - 1])) {
    const subject = describedOpenerSource(cue.start - 1);
    if (subject) return subject;
  }
  // ("…, говорится в решении суда, опубликованном …": an impersonal verb of saying has no subject; only a text or a
  // body after a locative preposition says it, after the verb or before it: "В документе отмечается".)
  if (r.lex.impersonalCues.has(tokens[cue.start].bare) && cue.end - cue.start === 1) {
    // ("В нем говорится", "…, йдеться у ньому": a pronoun after "в/у" stands for a text just named.)
    const pronounAt = [cue.start - 1, cue.end + 1].find((k) => k > 0 && k < tokens.length && r.lex.locativePronouns.has(tokens[k].bare) && r.lex.identifyingPrepositions.has(tokens[k - 1].bare));
    if (pronounAt !== undefined) {
      return { phrase: { start: pronounAt, end: pronounAt + 1, segments: [[pronounAt, pronounAt + 1]] }, cls: { kind: 'on-record', type: 'document', head: pronounAt, segment: 0, pronoun: ['document'], informant: false } };
    }
    const text = locativeBody(r, tokens, cue.end, tryPhrase, true);
    // ("…, оприлюднило заяву, у якій, зокрема, йдеться": or the text a relative pronoun after "в/у" stands for.)
    const relative = left !== null && left !== 'clause' ? left.relative : undefined;
    const comma = relative !== undefined ? relative - 2 : -1;
    if (!text && relative !== undefined && comma > 0 && r.lex.identifyingPrepositions.has(tokens[relative - 1].bare) && isComma(tokens[comma]) && tokens[comma - 1].isWord) {
      // (The noun right before the comma, its modifiers before it: no verb the phrase could run back through.)
      let start = comma - 1;
      while (start > 0 && tokens[start - 1].isWord && !tokens[start - 1].capitalized && !isLexiconNoun(r, lexicalForm(r, tokens[start - 1]).bare) && !isCueWord(r, tokens[start - 1]) &&
        (r.lex.morphology.pluralModifierPattern?.test(tokens[start - 1].bare) || r.lex.morphology.obliqueModifierPattern?.test(tokens[start - 1].bare) || r.lex.morphology.substantivePattern?.test(tokens[start - 1].bare))) start--;
      const antecedent = tryPhrase({ start, end: comma, segments: [[start, comma]] });
      if (antecedent && (antecedent.cls.type === 'document' || antecedent.cls.type === 'organization' || antecedent.cls.type === 'publication')) return antecedent;
    }
    // ("Водночас у листі департаменту до міського голови … від 29 липня, копію якого має редакція, зазначено": or the text
    // "в/у" places opening the sentence, whatever complements and asides stand between it and the verb.)
    const open = connectiveAt(r, tokens, 0)?.length ?? 0;
    const governed = tokens[open + 1];
    if (!text && open + 1 < cue.start && r.lex.identifyingPrepositions.has(tokens[open].bare) && governed.isWord && !governed.capitalized &&
      r.lex.documentNouns.has(lexicalForm(r, governed).bare)) {
      const placed = nounPhraseRight(r, tokens, open + 1, false);
      const opening = placed !== null && placed.end <= cue.start ? tryPhrase(placed) : null;
      if (opening?.cls.type === 'document') return opening;
    }
    // ("Щодо контрактів із фірмою чоловіка в листі йдеться, що …": or right before the verb, after a topic.)
    if (!text) {
      let p = cue.start - 1;
      while (p > 0 && cue.start - p <= MAX_PLACED_TEXT_WORDS && tokens[p].isWord && !tokens[p].capitalized && !r.lex.identifyingPrepositions.has(tokens[p].bare)) p--;
      const governedText = p >= 0 && p + 1 < cue.start && r.lex.identifyingPrepositions.has(tokens[p].bare) && r.lex.documentNouns.has(lexicalForm(r, tokens[cue.start - 1]).bare);
      const before = governedText ? tryPhrase({ start: p + 1, end: cue.start, segments: [[p + 1, cue.start]] }, 'credited') : null;
      if (before?.cls.type === 'document') return before;
    }
    if (text || left === null || left === 'clause' || !left.afterPreposition) return text;
  }
  // ("Jane Roe, the producer, wrote a host of new songs": a subject with its appositions opening the
  // sentence is the source; what follows the verb is its object.)
  // (Not one with a verb of its own before the cue: "Defending that terrain is within his reach, said a handful of …".)
  // (A relative clause set off by commas after it is no verb of its own: "Two employees, who were not authorized to talk,
  // described a department stretched thin".)
  const relativeAside = left !== null && left !== 'clause' && isComma(tokens[left.end]) && tokens[left.end + 1] !== undefined &&
    (r.lex.relativePronouns.has(tokens[left.end + 1].bare) || tokens[left.end + 1].bare === r.lex.personRelativePronoun) && isComma(tokens[cue.start - 1]);
  const ownVerb = left !== null && left !== 'clause' && !relativeAside && tokens.slice(left.end, cue.start).some((t) => t.isWord && !t.capitalized && r.lex.finiteAuxiliaries.has(t.bare));
  const subjectFirst = left !== null && left !== 'clause' && !ownVerb && opensSentence(r, tokens, left);
  // "…, пояснили в Минфине.": where the subject follows its verb, a body after a locative preposition
  // closing the sentence speaks (its plural verb has no subject of its own).
  if (before && isComma(before) && r.lex.subjectAfterVerb && cue.end - cue.start === 1) {
    const body = locativeBody(r, tokens, pastOccasion(r, tokens, cue.end), tryPhrase, false, pluralVerb(r, tokens, cue));
    // ("Пацієнтів, запевнили в лікарні, поки що приймають …": or set off by commas inside the clause it reports.)
    // (Not before the clause it reports: "…, заявила в суде, что …".)
    const setOff = body !== null && isComma(tokens[body.phrase.end]) && tokens[body.phrase.end + 1]?.isWord === true && !r.lex.complementizers.has(tokens[body.phrase.end + 1].bare);
    // ("…, зазначили в Головному управлінні ДСНС у Вінницькій області.": the body's place may close the sentence after it.)
    const rest = body !== null ? tokens.slice(body.phrase.end) : [];
    const lastWord = rest.findLastIndex((t) => t.isWord);
    const placeCloses = rest.length > 1 && r.lex.identifyingPrepositions.has(rest[0].bare) && rest.slice(1, lastWord + 1).every((t) => t.isWord);
    if (body && (rest.every((t) => !t.isWord) || setOff || placeCloses)) return body;
  }
  // ("Компания закроет завод, сообщил источник.": where the subject follows its verb, a phrase closing the sentence
  // after the verb is its subject even when a noun opens the sentence: it opens what is said.)
  // (Its case, not its place, tells an addressee there: "…, сообщил источник.")
  // (Not after a subject with an aside set off by commas: "Співробітник посольства, який попросив …, підтвердив цю
  // інформацію.")
  const openingClause = subjectFirst && r.lex.subjectAfterVerb && left.segments.length === 1;
  // ("…, які досі залишаються в полоні, – уточнив співрозмовник.": a comma and a dash before the verb close what is said.)
  const dashClosed = r.lex.subjectAfterVerb && before !== null && isDash(before) && cue.start >= 2 && isComma(tokens[cue.start - 2]) && !quotationEndsBefore(r, tokens, cue.start);
  if (before && (isComma(before) || dashClosed) && !topic && (!subjectFirst || openingClause || dashClosed) && (!r.lex.addresseeCues.has(tokens[cue.start].bare) || r.lex.subjectAfterVerb) &&
    cue.end - cue.start === 1 && !r.lex.nounLikeVerbForms.has(tokens[cue.start].bare) && !(r.lex.beliefVerbs.has(tokens[cue.start].bare) && heldToBe(r, tokens, cue.end))) {
    // ("…, сообщил РБК источник": past a name told, before a role.)
    const after = nounPhraseRight(r, tokens, pastLoneAddressee(r, tokens, pastQuotedAddressee(r, tokens, pastAdverbs(r, tokens, cue.end))), true);
    // The phrase, with its appositions, ends the sentence ("…, said Lt. John Doe, the police
    // spokesman."), or a participle describes it ("says a report highlighting …"); not a verb of its
    // own ("…, said the company would …").
    // (The participle may stand inside the phrase, where its object runs into a quotation: "says a report
    // highlighting the “alarming rise …”".)
    const described = after !== null && (participleWithObject(r, tokens, after.segments[0][1]) ||
      tokens.slice(after.start + 1, after.segments[0][1]).some((t, n) => !r.lex.postModifierOpeners.has(t.bare) && participleWithObject(r, tokens, after.start + 2 + n)));
    // (Appositions follow a name or a determined noun, not an object: "…, noted congressional testimony by X, the former …".)
    const first = after === null ? null : tokens[after.start];
    const namedWithAppositions = after !== null && (after.segments.length === 1 || first!.capitalized || r.lex.determiners.has(first!.bare));
    // ("…, said parents still want neighborhood schools.": an adverb or an auxiliary makes it a clause, and
    // so does a plural noun before a word that is no noun, preposition or relative: its verb.)
    const clause = after !== null && tokens.slice(after.start, after.end).some((t, n, words) =>
      !t.capitalized && (r.lex.skipBeforeCue.has(t.bare) || isAdverb(r, t) || (n + 1 < words.length && isPlural(r, t) && isLexiconNoun(r, t.bare) && verbAfterSubject(r, words[n + 1]))));
    // (A colon after it ends its clause too: "…, переконана активістка: значних вкладень не потрібно".)
    // ("…, пише Ганна Ярошенко у «Діловому тижні».": or the outlet a locative preposition places it in, a quoted name.)
    const inOutlet = (k: number) => r.lex.identifyingPrepositions.has(tokens[k]?.bare ?? '') && isNameQuoteMark(r, tokens, k + 1) &&
      tokens.slice(k + 1).every((t, n) => t.isWord ? t.capitalized || inQuotedName(r, tokens, k + 1 + n) : !isComma(t));
    const endsClause = after !== null && (tokens.slice(after.end).every((t) => !t.isWord) || (r.lex.subjectAfterVerb && (tokens[after.end]?.text === ':' || inOutlet(after.end))));
    // ("…, said an American official who was briefed on …": or a relative clause on people describes it, in any
    // gender and after a comma: "…, розповіла одна з медсестер, яка попросила …".)
    const relative = after === null || after.end >= tokens.length ? undefined : tokens[isComma(tokens[after.end]) ? after.end + 1 : after.end];
    const whoFollows = after !== null && relative !== undefined &&
      (relative.bare === r.lex.personRelativePronoun || (r.lex.relativePronouns.has(relative.bare) && !r.lex.complementizers.has(relative.bare))) &&
      (namesPeople(r, tokens[after.end - 1]) || r.lex.capitalisedPersonNouns.has(tokens[after.end - 1].bare));
    // (After an opening clause, not a determined object: "…, підтвердив цю інформацію"; a count is a subject:
    // "…, розповіла одна з медсестер", "…, розповіли кілька мешканців".)
    const opener = after === null ? null : tokens[after.start];
    const object = openingClause && opener !== null && r.lex.determiners.has(opener.bare) && !r.lex.indefiniteDeterminers.has(opener.bare) &&
      !r.lex.anonymousQuantifiers.has(opener.bare) && !isNumber(r, opener);
    const closes = after !== null && !clause && !object && (described || (namedWithAppositions && (endsClause || whoFollows)));
    // ("…, сообщает региональный гидрометцентр.": closing the sentence after a singular verb, where the subject follows
    // its verb, a common noun the lexicon does not know is a body.)
    // (Closing the sentence itself: "процитував старовинну приказку: «…»" is its object before a quotation.)
    const closingBody = r.lex.subjectAfterVerb && after !== null && tokens.slice(after.end).every((t) => !t.isWord) && !pluralVerb(r, tokens, cue);
    const inverted = closes ? tryPhrase(described ? { start: after.start, end: after.segments[0][1], segments: [after.segments[0]] } : after, closingBody ? 'body' : 'plain') : null;
    if (inverted) return inverted;
    // ("Компания, сообщил источник, закроет завод", "Иначе, предупредил эксперт, время в пути вырастет": where the subject follows
    // its verb, a verb of saying set off by commas inside the clause it reports, its subject after it and the clause going
    // on after the comma that closes both.)
    const firstEnd = after !== null ? after.segments[0][1] : -1;
    // (Not where what follows that comma is the subject's apposition: "…, повідомило джерело, працівник компанії «Регіон».")
    const appositionAfter = () => after!.segments.length > 1 && tryPhrase({ start: after!.segments[1][0], end: after!.segments[1][1], segments: [after!.segments[1]] }) !== null;
    const commentAside = r.lex.subjectAfterVerb && isComma(before) && after !== null && !object && firstEnd + 1 < tokens.length && isComma(tokens[firstEnd]) &&
      tokens[firstEnd + 1].isWord && !r.lex.relativePronouns.has(tokens[firstEnd + 1].bare) && !r.lex.complementizers.has(tokens[firstEnd + 1].bare) &&
      !tokens.slice(after.start, firstEnd).some((t) => !t.capitalized && (r.lex.skipBeforeCue.has(t.bare) || isAdverb(r, t))) && !appositionAfter();
    const aside = commentAside ? tryPhrase({ start: after.start, end: firstEnd, segments: [after.segments[0]] }) : null;
    if (aside) return aside;
  }
  if (cue.onlyAsComment) {
    // ("Hrybko, as quoted by state television on Sunday, said": a comment clause in the passive, its agent the source, up
    // to a time and with no apposition: the clause closes at its comma.)
    if (before?.bare === r.lex.commentClauseOpener && tokens[cue.end]?.bare === r.lex.agentPreposition) {
      const agent = nounPhraseRight(r, tokens, cue.end + 1, false);
      const time = agent ? tokens.findIndex((t, k) => k > agent.start && k + 1 < agent.end && r.lex.timePrepositions.has(t.bare) && r.lex.timeWords.has(tokens[k + 1].bare)) : -1;
      return tryPhrase(agent && time > 0 ? { start: agent.start, end: time, segments: [[agent.start, time]] } : agent);
    }
    // "As CNN's correspondent noted at the time, …".
    const asComment = left !== null && left !== 'clause' && left.start > 0 && tokens[left.start - 1].bare === r.lex.commentClauseOpener;
    return asComment ? tryPhrase(left) : null;
  }
  if (left === 'clause') return tryClause();
  // After a preposition, the preposition's whole object is the body that speaks when its first word is
  // a name or a body's noun ("В Інституті вивчення війни зазначили", "В МИД России сообщили").
  const governed = left?.governed ?? -1;
  const governedWord = left && governed >= 0 ? tokens[governed] : null;
  // ("В оточенні міністра кажуть": so is the group of people around someone, not that someone.)
  const entourage = governedWord !== null && !governedWord.capitalized && r.lex.entourageNouns.has(lexicalForm(r, governedWord).bare);
  // ("В отчете Счетной палаты говорится": and a text with its author's name.)
  const text = governedWord !== null && !governedWord.capitalized && r.lex.documentNouns.has(lexicalForm(r, governedWord).bare);
  // ("В Кремле эту информацию опровергли": a text after the body, with a word before it that is no noun, is the
  // verb's object, not part of the body.)
  let bodyEnd = left?.end ?? -1;
  for (let k = governed + 1; left && k < left.end; k++) {
    if (tokens[k].capitalized || !r.lex.documentNouns.has(lexicalForm(r, tokens[k]).bare)) continue;
    bodyEnd = k - 1 > governed && !tokens[k - 1].capitalized && !isLexiconNoun(r, lexicalForm(r, tokens[k - 1]).bare) ? k - 1 : k;
    break;
  }
  // ("В министерстве … области «УВ» сообщили", "В министерстве нам сообщили": whom it was told to closes the phrase, no part
  // of the body.)
  if (left && governed >= 0) bodyEnd = addresseeOpening(r, tokens, governed, bodyEnd);
  // ("В региональном минздраве отметили": a place the lexicon does not know, before a plural verb, is a body; only after
  // a preposition that places, not "до моменту публікації не відповіли".)
  const preposition = left !== null && left.afterPreposition === true ? tokens[(governed >= 0 ? governed : left.start) - 1] : undefined;
  const placed = preposition !== undefined && r.lex.identifyingPrepositions.has(preposition.bare) && pluralVerb(r, tokens, cue) && cue.mode === 'verb';
  // ("Атмосферу в ведомстве сотрудники министерства … описывают как нервную": people in the plural right after the body's noun,
  // in no complement's case, are the subject the body places, not part of it.)
  const afterGoverned = governed >= 0 ? tokens[governed + 1] : undefined;
  const peopleAfter = afterGoverned !== undefined && afterGoverned.isWord && !afterGoverned.capitalized && namesPeople(r, afterGoverned) && isPlural(r, afterGoverned) &&
    !(r.lex.morphology.genitivePluralPattern?.test(afterGoverned.bare) ?? false);
  const wholeBody = left && governedWord !== null && !peopleAfter && (governedWord.capitalized || r.lex.organizationNouns.has(lexicalForm(r, governedWord).bare) || entourage || text || placed) ?
    tryPhrase({ start: governed, end: bodyEnd, segments: [[governed, bodyEnd]], bodyOnly: true }, placed ? 'placed' : 'plain') : null;
  const body = wholeBody && (wholeBody.cls.type === 'organization' || wholeBody.cls.type === 'publication' || entourage || (text && wholeBody.cls.type === 'document') ||
    (placed && usersOfPlace(r, tokens, wholeBody))) ? wholeBody : null;
  // After a preposition, a subject that follows its verb comes first ("у коментарі IA ZIK розповів голова комісії"),
  // though not a text the body's verb takes as its object ("У Генштабі ЗСУ заперечили інформацію").
  if (left?.afterPreposition && r.lex.subjectAfterVerb && cue.mode === 'verb') {
    const right = bodyPastAddressee(r, tokens, cue, tryPhrase) ?? tryPhrase(frontModifiedPhrase(r, tokens, cue.end)) ??
      tryPhrase(nounPhraseRight(r, tokens, pastQuotedAddressee(r, tokens, cue.end)));
    // (Nor an outlet right after the verb and before its clause, whom it was told to: "В компании сообщили «Вестнику», что
    // …", "Источник … рассказал агентству «Интер-Пресс», что …".)
    const after = right ? right.phrase.end : -1;
    // (A body before the verb, after its preposition or named alone there: "В компании …".)
    const bodySpeaks = body !== null || left.bodyOnly === true;
    // (An organization too where such a body speaks: "В компании сообщили «Вестнику»".)
    const toldOutlet = right !== null && (right.cls.type === 'publication' || (bodySpeaks && right.cls.type === 'organization')) && right.phrase.start === cue.end &&
      after + 1 < tokens.length && isComma(tokens[after]) && r.lex.complementizers.has(tokens[after + 1].bare);
    // (A text after the verb is its object where such a body speaks: "В компании объясняют решение ростом расходов"; so are
    // people in the genitive plural with no count before them, a case no subject takes: "В обласній адміністрації
    // звинуватили будівельників у зриві графіка".)
    const first = right !== null ? tokens[right.phrase.start] : null;
    const genitivePeople = first !== null && !first.capitalized && (r.lex.morphology.genitivePluralPattern?.test(first.bare) ?? false) && namesPeople(r, first);
    // (Nor anything after the verb where an object stands between the body and the verb: "У «…» низьку температуру в будинках
    // пояснюють зношеністю мереж".)
    if (right && subjectPastObject === null && !(bodySpeaks && (right.cls.type === 'document' || genitivePeople)) && !toldOutlet) return right;
  }
  // ("Про це на засіданні комісії з питань … повідомила головна лікарка закладу Ірина Ковальчук": so does a named
  // person after the verb, where the phrase before it stands after a preposition of its own.)
  const objectOfPreposition = left !== null && left.start > 0 && r.lex.objectPrepositions.has(tokens[left.start - 1].bare);
  if (objectOfPreposition && r.lex.subjectAfterVerb && cue.mode === 'verb' && !pluralVerb(r, tokens, cue)) {
    const right = tryPhrase(nounPhraseRight(r, tokens, pastQuotedAddressee(r, tokens, cue.end), false));
    const last = right ? right.phrase.segments[0][1] - 1 : -1;
    if (right && right.cls.type === 'person' && !right.cls.pronoun && last > right.phrase.start && isPersonalNameWord(r, tokens[last]) && isPersonalNameWord(r, tokens[last - 1])) return right;
  }
  // ("The utility said": the subject of a plain verb of saying speaks; not a relative clause's antecedent, "the number who said".)
  const speaker = cue.end - cue.start === 1 && r.lex.plainSpeechForms.has(tokens[cue.start].bare) && left !== null && left.relative === undefined;
  const leftFound = tryPhrase(left, speaker ? 'speaker' : left?.bodyOnly && placed ? 'placed' : 'plain') ?? unnamedOpening(r, tokens, left, cue);
  let fromLeft = body ?? (left?.bodyOnly ? asBodyAfterPreposition(tokens, leftFound) : leftFound);
  // ("У Міноборони цю інформацію заперечили": a text right before the verb, after a body placed by "в/у" that
  // opens the sentence, is what the body denies; the body speaks.)
  // ("Однако в … центре по гидрометеорологии версию мэра опровергли": so is any singular phrase a plural verb does not
  // agree with, after a connective too.)
  const open = connectiveAt(r, tokens, 0)?.length ?? 0;
  const disagrees = fromLeft !== null && pluralVerb(r, tokens, cue) && !fromLeft.cls.pronoun && !tokens[fromLeft.cls.head].capitalized && !isPlural(r, tokens[fromLeft.cls.head]);
  if (fromLeft && !body && r.lex.headFirst && (fromLeft.cls.type === 'document' || disagrees) && fromLeft.phrase.start >= open + 2 && tokens[open + 1].isWord &&
    r.lex.identifyingPrepositions.has(tokens[open].bare)) {
    const opening = asBodyAfterPreposition(tokens, tryPhrase({ start: open + 1, end: fromLeft.phrase.start, segments: [[open + 1, fromLeft.phrase.start]] }));
    if (opening && (opening.cls.type === 'organization' || opening.cls.type === 'publication')) fromLeft = opening;
  }
  // ("Про це журналістам «Обрію 24» розповіли троє лікарів", "Про це кореспонденту агентства «…» повідомив начальник …":
  // what follows a noun of those told, with no preposition before it, is that addressee's complement; where the subject
  // follows its verb, it stands after the verb.)
  // (Not a subject pronoun, no one's complement: "В комментарии изданию он заявил".)
  const subjectPronoun = fromLeft !== null && fromLeft.cls.pronoun !== null && r.lex.pronouns.has(tokens[fromLeft.cls.head].bare) && !r.lex.possessivePronouns.has(tokens[fromLeft.cls.head].bare);
  const toldAt = fromLeft !== null && !body && !subjectPronoun ? fromLeft.phrase.start - 1 : -1;
  const toldNoun = toldAt > 0 && tokens[toldAt].isWord && isObjectPronoun(r, tokens[toldAt]) && isLexiconNoun(r, lexicalForm(r, tokens[toldAt]).bare) &&
    !r.lex.identifyingPrepositions.has(tokens[toldAt - 1].bare) && !r.lex.objectPrepositions.has(tokens[toldAt - 1].bare) && !r.lex.postModifierOpeners.has(tokens[toldAt - 1].bare);
  if (toldNoun && r.lex.headFirst && r.lex.subjectAfterVerb && cue.mode === 'verb') fromLeft = tryPhrase(nounPhraseRight(r, tokens, pastAdverbs(r, tokens, cue.end), true));
  // "Про це агентству розповіли два високопосадовці": a plural verb does not agree with one common noun
  // before it (an addressee); the subject follows the verb.
  // ("Документ оприлюднили на сайті": nor a text opening the sentence, the verb's object; no one is named.)
  // ("Цю інформацію підтвердили двоє знайомих родини": one common noun after a determiner too.)
  const oneNoun = fromLeft !== null && (fromLeft.phrase.end - fromLeft.phrase.start === 1 ||
    (fromLeft.phrase.end - fromLeft.phrase.start === 2 && fromLeft.cls.head === fromLeft.phrase.start + 1 && r.lex.determiners.has(tokens[fromLeft.phrase.start].bare)));
  // ("Цю інформацію «Суспільному» підтвердило й джерело …": nor any phrase a determiner in the accusative alone opens, whatever
  // the verb's number.)
  // ("Сделку подтвердил один из топ-менеджеров банка": or a lone noun opening the sentence in a case no subject takes, no name
  // the article shows nor a noun of people.)
  // ("…, а позже информацию подтвердил источник": or opening a clause a coordinator joins after a comma, past a time.)
  const clauseOpening = (k: number) => {
    let j = k - 1;
    while (j >= 0 && tokens[j].isWord && (!tokens[j].capitalized || j === 0) && (r.lex.timeWords.has(tokens[j].bare) || isAdverb(r, tokens[j]))) j--;
    return j < 0 || (j >= 1 && r.lex.clauseCoordinators.has(tokens[j].bare) && isComma(tokens[j - 1]));
  };
  const lone = fromLeft !== null && fromLeft.phrase.end - fromLeft.phrase.start === 1 ? tokens[fromLeft.phrase.start] : null;
  const objectCase = lone !== null && clauseOpening(fromLeft!.phrase.start) && (r.lex.morphology.objectCasePattern?.test(lone.bare) ?? false) &&
    !namesPeople(r, lone) && !r.names.has(lone.bare);
  const accusative = fromLeft !== null && (r.lex.accusativeDeterminers.has(tokens[fromLeft.phrase.start].bare) || objectCase);
  // ("Тендер оголосили у вересні": nor a singular that opens the sentence, capitalised for it, that names no people.)
  const openingThing = (found: FoundSource) => found.cls.head === 0 && !r.lex.anonymousQuantifiers.has(tokens[0].bare) && !r.lex.determiners.has(tokens[0].bare) &&
    !namesPeople(r, tokens[0]);
  // (After a body's noun "в/у" places, only people: "В министерстве сообщили «Педсовет.Медиа», что …" is the ministry's, told
  // to the outlet.)
  const placedNoun = fromLeft !== null && fromLeft.phrase.start > 0 && r.lex.identifyingPrepositions.has(tokens[fromLeft.phrase.start - 1].bare) &&
    (fromLeft.cls.type === 'organization' || fromLeft.cls.type === 'publication');
  if (fromLeft && !body && r.lex.headFirst && r.lex.subjectAfterVerb && cue.mode === 'verb' && !fromLeft.cls.pronoun && (accusative || (oneNoun &&
    pluralVerb(r, tokens, cue) && (!tokens[fromLeft.cls.head].capitalized || (fromLeft.cls.head === 0 && fromLeft.cls.type === 'document') || openingThing(fromLeft)) &&
    !isPlural(r, tokens[fromLeft.cls.head])))) {
    // ("Згодом інформацію підтвердили в НАБУ": or a body placed after the verb.)
    const right = tryPhrase(nounPhraseRight(r, tokens, cue.end)) ?? locativeBody(r, tokens, cue.end, tryPhrase, false, true);
    if (right && (!placedNoun || right.cls.type === 'person' || right.cls.type === 'group')) fromLeft = right;
    // (With no subject after the verb, a word in such a case may still be an indeclinable name: "Шойгу заявил".)
    else if ((fromLeft.cls.type === 'document' || openingThing(fromLeft)) && !objectCase) fromLeft = null;
  }
  // ("Ці дані підтвердила судова експертиза": nor does a singular past verb agree with a plural text before it, its
  // object; the subject follows, where a common noun the lexicon does not know is a body.)
  const singularPast = pastGender(r.lex, tokens[cue.end - 1].bare) !== undefined;
  if (fromLeft && !body && r.lex.subjectAfterVerb && cue.mode === 'verb' && singularPast && fromLeft.cls.type === 'document' && isPlural(r, tokens[fromLeft.cls.head])) {
    fromLeft = tryPhrase(nounPhraseRight(r, tokens, cue.end, false), 'body');
  }
  // ("Зампред банка, выступая в четверг на форуме в Петербурге, заявила": nor does it agree with a body a preposition
  // places, which speaks with the impersonal plural; the subject stands before the aside that place closes, or is none.)
  // (Only at the end of an aside set off by commas: "У відповіді на запит редакції департамент повідомив" has its subject.)
  // ("Два дипломата, аккредитованные в Нерине, выразили сомнение": so does any verb after an aside a participle opens.)
  const asideBeforeCue = asideBefore(tokens, cue);
  const participleAside = asideBeforeCue >= 0 && [r.lex.morphology.participlePattern, r.lex.morphology.passiveParticiplePattern].some((p) => p?.test(tokens[asideBeforeCue].bare) ?? false);
  if (fromLeft && left?.afterPreposition && r.lex.headFirst && (cue.mode === 'verb' || cue.mode === 'belief') && (singularPast || participleAside) &&
    (fromLeft.cls.type === 'organization' || fromLeft.cls.type === 'publication') && asideBeforeCue >= 0) {
    const before = leftSource(r, tokens, { ...cue, start: asideBeforeCue - 1 });
    const subject = before !== null && before !== 'clause' ? tryPhrase(before) : null;
    if (subject) return subject;
    fromLeft = null;
  }
  // "Аналитики Acme Research считают": a plural noun of people and a plural verb are several people, whom
  // one name after the noun does not name (it names their body); they stay unnamed.
  // (Not the body's voice: "Представители Amnesty International заявили" speak for it.)
  if (fromLeft && !body && r.lex.headFirst && cue.end - cue.start === 1 && pluralVerb(r, tokens, cue) && !fromLeft.cls.pronoun &&
    fromLeft.cls.type === 'person' && isPlural(r, lexicalForm(r, tokens[fromLeft.cls.head])) && !r.lex.bodyVoiceNouns.has(tokens[fromLeft.cls.head].bare) &&
    !tokens.slice(fromLeft.phrase.start, fromLeft.phrase.end).some((t) => r.lex.coordinators.has(t.bare))) {
    fromLeft = { ...fromLeft, cls: { ...fromLeft.cls, kind: 'anonymous', type: 'group', informant: true } };
  }
  // "Those who oppose it say": a pronoun right after a verb is its object; the subject stands before "who".
  // "Some consumers who sought help on launch day reported": the words right after "who" are its clause.
  const beforeLeft = fromLeft && fromLeft.phrase.start > 0 ? tokens[fromLeft.phrase.start - 1] : null;
  const objectPronoun = fromLeft?.cls.pronoun && beforeLeft?.isWord && !r.lex.clauseBoundaries.has(beforeLeft.bare) && !r.lex.clauseCoordinators.has(beforeLeft.bare);
  // ("Independent experts who reviewed the data said": so is a phrase further inside the clause "who" opens.)
  // ("Several GPs whose practices took part told": after a relative of possession, the clause's own subject and its verb.)
  // ("Political scientists who study election administration say": a singular common noun with no determiner right after
  // "who" is its clause's verb, not the subject of one, "who analysts say", "who police say".)
  const verbAfterWho = (t: Token) => t.isWord && !t.capitalized && !isPlural(r, t) && !namesPeople(r, t) && !r.lex.determiners.has(t.bare) && !r.lex.pronouns.has(t.bare);
  const clauseAfterWho = (beforeLeft?.bare === r.lex.personRelativePronoun && (!startsNounPhrase(r, tokens[fromLeft!.phrase.start]) || verbAfterWho(tokens[fromLeft!.phrase.start]))) ||
    (beforeLeft !== null && r.lex.possessiveRelatives.has(beforeLeft.bare) && fromLeft!.phrase.end - fromLeft!.phrase.start > 1) ||
    (fromLeft !== null && insideRestrictiveWho(r, tokens, fromLeft.phrase.start));
  if (beforeLeft && (objectPronoun || clauseAfterWho)) {
    const subject = tryPhrase(beforeRelativeClause(r, tokens, cue));
    if (subject) return subject;
  }
  // ("Jane Roe, who lost her daughter in Aurora, Colorado, in 2012, said", "John Doe, facing a challenge in Iowa, a
  // swing state, said": where the sentence opens with a name and a comma, and a relative clause or a participle
  // follows it, the phrase before the cue is inside what describes the name, which is the source.)
  if (fromLeft && !left?.afterPreposition && cue.start > 0 && isComma(tokens[cue.start - 1])) {
    const subject = describedOpenerSource(fromLeft.phrase.start);
    if (subject) return subject;
  }
  // After a preposition only a body or a text speaks ("У прес-службі банку стверджують"), not a person.
  // ("У заяві йдеться", "В сообщении говорится": a text speaks this way too.)
  // (Or users of a place where they speak: "У соцмережах пишуть".)
  if (fromLeft && left?.bodyOnly && fromLeft.cls.type !== 'organization' && fromLeft.cls.type !== 'publication' && fromLeft.cls.type !== 'document' && !usersOfPlace(r, tokens, fromLeft)) return null;
  if (fromLeft) {
    // ("У Північноатлантичному альянсі вважають": a body named after a preposition, with the impersonal plural,
    // states its own view, as "…, уверены в правительстве" does.)
    const bodyView = (left?.bodyOnly === true || fromLeft === body) && fromLeft.cls.type === 'organization';
    // ("Очільник Мінфіну Петро Коваль вважає, що …", "Він переконаний, що …": one the article names, or whom a
    // pronoun stands for, states a view of their own before the clause that holds it, as "на думку міністра"
    // credits one. Head-first languages only, whose gold counts a named informant's view, "переконана
    // активістка"; the guide leaves English open.)
    // ("Отраслевое министерство, напротив, считает, что …": so does a body the article names.)
    // ("Авторы доклада ожидают, что …": and people the article identifies, together.)
    // ("Мельничук звільнення вважає помстою": or of an object before the verb; "Бондарук вважає ініціативу передчасною": or
    // after it, what it is held to be closing the clause.)
    const ownView = cue.mode === 'belief' && r.lex.headFirst && fromLeft.cls.kind === 'on-record' && (fromLeft.cls.type === 'person' || fromLeft.cls.type === 'organization' || fromLeft.cls.type === 'group') &&
      (clauseAfter(r, tokens, cue.end) || subjectPastObject !== null || heldToBe(r, tokens, cue.end));
    if (cue.mode === 'belief' && !fromLeft.cls.informant && !bodyView && !ownView) return null;
    // "Candidates who think …", "voters who believe …": a restrictive clause says which people are meant, it
    // reports no view ("critics, who believe …" does).
    const relative = fromLeft.phrase.relative;
    if (cue.mode === 'belief' && relative !== undefined && relative > 0 && !isComma(tokens[relative - 1])) return null;
    return fromLeft;
  }
  // "A doctor who asked not to be named told …": the phrase before "who"; "the experts I interviewed said": the
  // phrase before a relative clause with no "who".
  const beforeRelative = tryPhrase(beforeRelativeClause(r, tokens, cue)) ?? tryPhrase(beforeContactClause(r, tokens, cue)) ?? tryPhrase(beforeParticiplePhrase(r, tokens, cue)) ??
    (cue.mode === 'belief' ? null : tryPhrase(appositionsBeforeAside(r, tokens, cue)));
  if (beforeRelative) return cue.mode === 'belief' && !beforeRelative.cls.informant ? null : beforeRelative;
  // ('«…», – переконана Гребенюк': where the subject follows its verb, one whose words the quotation before gives
  // holds the view: an informant.)
  if (cue.mode === 'belief' && r.lex.subjectAfterVerb && quotationEndsBefore(r, tokens, cue.start)) return tryPhrase(nounPhraseRight(r, tokens, cue.end, true));
  if (cue.mode === 'belief') return null;
  // Inverted: '"…," said X', "…, said X", or a sentence that opens with the cue.
  // An addressee ("…, told Reuters") is never the source, except right after a quote.
  const addressee = r.lex.addresseeCues.has(tokens[cue.start].bare);
  // (A quotation's closing mark in any style: '“…,“ said X' where a page closes with an opening mark.)
  const closesQuotation = before !== null && !before.isWord && r.quotes[quoteAt(r.quotes, before.start)]?.end === before.end;
  if (!before || (isBreak(before) && !addressee) || (!before.isWord && /["”’»:']/.test(before.text)) || closesQuotation || r.lex.subjectAfterVerb) {
    // "так охарактеризував їх один з офіцерів": where the subject follows its verb, an object pronoun may come first.
    const objectFirst = r.lex.subjectAfterVerb && cue.end < tokens.length && isObjectPronoun(r, tokens[cue.end]);
    // ("йдеться про понад 400 людей", "йдеться в постанові Кабінету міністрів": an impersonal verb has no subject;
    // only a text or a body after a locative preposition says it.)
    const impersonal = r.lex.impersonalCues.has(tokens[cue.start].bare);
    const inverted = impersonal ? null : bodyPastAddressee(r, tokens, cue, tryPhrase) ?? tryPhrase(frontModifiedPhrase(r, tokens, cue.end)) ??
      tryPhrase(nounPhraseRight(r, tokens, pastLoneAddressee(r, tokens, pastQuotedAddressee(r, tokens, pastSetting(r, tokens, pastAdverbs(r, tokens, cue.end + (objectFirst ? 1 : 0)))))));
    if (inverted) return inverted;
    // ("«…», — заявил подсудимый": after a verb that closes a quotation, an adjective alone closing the sentence is a noun
    // of persons, its speaker: one the article has spoken of, identified by the role, as "the defendant" is.)
    const lone = closesQuotation || (before !== null && isDash(before)) ? tokens[cue.end] : undefined;
    if (lone !== undefined && lone.isWord && !lone.capitalized && (r.lex.morphology.substantivePattern?.test(lone.bare) ?? false) && tokens.slice(cue.end + 1).every((t) => !t.isWord)) {
      return { phrase: { start: cue.end, end: cue.end + 1, segments: [[cue.end, cue.end + 1]] }, cls: { kind: 'anonymous', type: 'person', head: cue.end, segment: 0, pronoun: null, informant: false } };
    }
    // ("«…», – говорит токарь механосборочного цеха с двадцатилетним стажем.": where heads come first, a lower-case noun the
    // lexicon does not know, with its complements in lower case up to the sentence's end, is who speaks: someone unnamed.)
    const wordsEnd = lone !== undefined ? tokens.findIndex((t, k) => k > cue.end && !t.isWord) : -1;
    const unknownSpeaker = lone !== undefined && r.lex.headFirst && !impersonal && lone.isWord && !lone.capitalized && !isLexiconNoun(r, lexicalForm(r, lone).bare) &&
      !isAdverb(r, lone) && !r.lex.timeWords.has(lone.bare) && !r.lex.determiners.has(lone.bare) && !isCueWord(r, lone) && !isPluralVerbOrInfinitive(r, lone) &&
      !r.lex.identifyingPrepositions.has(lone.bare) && !r.lex.objectPrepositions.has(lone.bare) && !r.lex.pronouns.has(lone.bare) && !isObjectPronoun(r, lone) &&
      wordsEnd > cue.end && tokens.slice(cue.end, wordsEnd).every((t) => !t.capitalized) && tokens.slice(wordsEnd).every((t) => !t.isWord && !isComma(t));
    if (unknownSpeaker) {
      const type = pluralVerb(r, tokens, cue) ? 'group' : 'person';
      return { phrase: { start: cue.end, end: wordsEnd, segments: [[cue.end, wordsEnd]] }, cls: { kind: 'anonymous', type, head: cue.end, segment: 0, pronoun: null, informant: false } };
    }
    // "Про це повідомили в поліції": a body named after a locative preposition.
    // ("Про це йдеться в заяві пресслужби": after an impersonal verb of saying, so does a text.)
    const body = r.lex.subjectAfterVerb ? locativeBody(r, tokens, pastOccasion(r, tokens, cue.end), tryPhrase, impersonal, pluralVerb(r, tokens, cue)) : null;
    if (body) return body;
  }
  return cue.mode === 'verb' ? tryPhrase(agentSource(r, tokens, cue)) : null;
}
