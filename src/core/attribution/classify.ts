/**
 * What a source phrase says about who is speaking: its head noun, and from
 * the phrase's structure its kind (anonymous or on-record) and type
 * (person, organization, publication, document, group).
 */
import { quoteAt } from '../quotes';
import type { Token } from '../tokens';
import type { Kind, SourceType } from '../types';
import type { Phrase } from './noun-phrases';
import { afterHonorific, datelineEnd, isComma, joinsComplementsAt, isAdverb, isPercentSign, inQuotedName, matchPhrase, isLexiconNoun, namesPeople, isNameQuoteMark, isNumber, isShare, isNameWord, isObjectPronoun, isParticiple, isPersonalNameWord, participleWithObject, isPastForm, isPlace, isGazetteerPlace, isPlural, lexicalForm, opensWithName, type Reading } from './reading';

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
  /** A share of the people a poll asked ("47 percent"): within what a text reports, part of its finding. */
  share?: true;
}

/** "D.C.", "N.Y.": capitals each followed by a period. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;

/** A web address by its shape: names joined by dots, closing with a top-level domain ("ouest-france.fr"). */
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u;

/**
 * Two name words in a row after the head: a person named in the phrase ("a strategist John Smith"). With
 * `opensComplement`, not past a preposition: "a producer for Acme Studios" names the body, "an aide to
 * Jane Roe" the one served, not the speaker.
 */
function identifiedByPerson(tokens: readonly Token[], s: number, e: number, head: number, isName: (t: Token) => boolean, opensComplement = (_t: Token) => false): boolean {
  for (let k = Math.max(s, head + 1); k + 1 < e && !opensComplement(tokens[k]); k++) if (isName(tokens[k]) && isName(tokens[k + 1])) return true;
  return false;
}

/**
 * Where a phrase stands, which says what a common noun the lexicon does not know heading it is: after a
 * phrase that credits a text ("according to the results": a text), as the subject of a plain verb of
 * saying ("the utility said": a body), where only a body would stand in a language without articles (after a
 * credit of data, "за даними слідства"; closing the sentence after its singular verb, "…, сообщает
 * гидрометцентр"), after a locative preposition beside a plural verb of saying with no subject ("в клубе
 * уточнили": the place speaks, a body), or elsewhere (no source).
 */
export type Slot = 'plain' | 'credited' | 'speaker' | 'body' | 'placed' | 'words';

/**
 * Does the coordinator at `k` join capitalised complements inside a body's name, after the preposition that follows a
 * word such names are built from ("the Department of Health and Social Care"), not at or before `floor`?
 */
function inBodyName(r: Reading, tokens: readonly Token[], floor: number, k: number): boolean {
  if (!tokens[k + 1]?.capitalized) return false;
  let j = k - 1;
  while (j > floor && tokens[j].isWord && tokens[j].capitalized) j--;
  return j < k - 1 && j > floor && r.lex.postModifierOpeners.has(tokens[j].bare) && tokens[j - 1].capitalized && r.lex.organizationNameWords.has(tokens[j - 1].bare);
}

/** A phrase that is only a name, with no title, role or honorific ("Politico", "Associated Press"). */
export function isBareName(r: Reading, tokens: readonly Token[], phrase: Phrase): boolean {
  if (phrase.segments.length > 1) return false;
  for (let k = phrase.start; k < phrase.end; k++) {
    const t = tokens[k];
    if (r.lex.articles.has(t.bare) && k === phrase.start) continue;
    // ("«Українська правда» пише": a quoted title is a name, whatever its inner words' case.)
    if (inQuotedName(r, tokens, k)) continue;
    if (!isNameWord(r, t, false) || r.lex.honorifics.has(t.bare) || r.lex.roleNouns.has(t.bare) || r.lex.uniqueOffices.has(t.bare)) return false;
  }
  return true;
}

/**
 * The head of a head-first noun phrase ("керівниця юридичного відділу …",
 * "один з зернотрейдерів"): its first word the lexicon knows as a source
 * noun, looked for past a leading quantifier's "of" phrase; null when none.
 */
function firstHead(r: Reading, tokens: readonly Token[], from: number, chunkEnd: number, end: number): number | null {
  const l = r.lex;
  // (Not a word of a quoted title: "клуб «Карпатський лев»" is no lion; nor the agent of a passive participle before
  // the head: "Опрошенные изданием эксперты" are experts.)
  // ("Опитані нашим виданням аналітики": a modifier of the agent may stand between.)
  const passiveAt = (k: number) => k >= from && (!tokens[k].capitalized || k === 0) && (l.morphology.passiveParticiplePattern?.test(tokens[k].bare) ?? false);
  const instrumental = (k: number) => l.morphology.instrumentalPattern?.test(tokens[k].bare) ?? false;
  const modifier = (k: number) => instrumental(k) || (l.morphology.obliqueModifierPattern?.test(tokens[k].bare) ?? false);
  const agentOfParticiple = (k: number) => k > from && instrumental(k) && (passiveAt(k - 1) || (k - 1 > from && modifier(k - 1) && passiveAt(k - 2)));
  // (Nor a determiner whose letters a noun's case forms share: "Другой эксперт" is no friend, "друг".)
  const known = (k: number) => tokens[k].isWord && (isLexiconNoun(r, lexicalForm(r, tokens[k]).bare) || l.uniqueOffices.has(tokens[k].bare)) && !inQuotedName(r, tokens, k) &&
    !agentOfParticiple(k) && !l.determiners.has(tokens[k].bare) && !l.indefiniteDeterminers.has(tokens[k].bare);
  // "… керівник апарату ОДА Петро Бондар": a closing personal name is the last role's.
  if (chunkEnd - from > 2 && isPersonalNameWord(r, tokens[chunkEnd - 1]) && isPersonalNameWord(r, tokens[chunkEnd - 2])) {
    for (let k = chunkEnd - 3; k >= from; k--) {
      const t = lexicalForm(r, tokens[k]);
      // (Not a word of a body's quoted name: "Голова спілки «Підприємці Привокзального» Руслан Тимошенко".)
      if ((l.roleNouns.has(t.bare) || l.uniqueOffices.has(t.bare)) && !inQuotedName(r, tokens, k)) return k;
    }
  }
  for (let k = from; k < chunkEnd; k++) if (known(k)) return k;
  // "Гнатюк наприкінці 2012 року": a name first is the head, to its last capitalised word.
  // (A capital opening the sentence is a name only with another after it: "Регіональні плани …" is none.)
  const nameFirst = isNameWord(r, tokens[from], from === 0) && (from > 0 || tokens[from + 1]?.capitalized === true);
  if (nameFirst) {
    let k = from;
    while (k + 1 < chunkEnd && tokens[k + 1].isWord && tokens[k + 1].capitalized) k++;
    return k;
  }
  const onlyDeterminers = tokens.slice(from, chunkEnd).every((t) => l.determiners.has(t.bare) || l.indefiniteDeterminers.has(t.bare));
  if (!onlyDeterminers) return null;
  for (let k = chunkEnd; k < end; k++) if (known(k)) return k;
  return null;
}

/** Words naming a share before "of", with its modifier after a determiner: "a wide array of economists", "a growing number of voters". */
const MAX_SHARE_WORDS = 2;

/**
 * "One of the sources", "a majority of voters", "dozens of residents": a count or a share of a group
 * of people is some of them, unnamed; the class of the group after the partitive preposition, or null.
 */
function partOfGroup(r: Reading, tokens: readonly Token[], s: number, chunkEnd: number, e: number): Omit<SourceClass, 'segment'> | null {
  const l = r.lex;
  if (l.headFirst || chunkEnd + 1 >= e || tokens[chunkEnd].bare !== l.partitivePreposition) return null;
  // Before the preposition: counts and determiners, and at most one word naming a share ("majority", "half").
  let shareWords = 0;
  for (let k = s; k < chunkEnd; k++) {
    const t = tokens[k];
    // (A share takes an article, not a possessive: "its oversight of the centers" is none.)
    if (l.possessiveDeterminers.has(t.bare)) return null;
    if (l.determiners.has(t.bare) || l.indefiniteDeterminers.has(t.bare) || l.anonymousQuantifiers.has(t.bare) || /^\p{N}/u.test(t.text)) continue;
    const share = t.isWord && !(t.capitalized && k > 0) && !t.possessive && !isLexiconNoun(r, lexicalForm(r, t).bare) && !l.negations.has(t.bare);
    // (Two only after a determiner: "Sixty-two percent of Republicans" is a poll's figure.)
    if (!share || ++shareWords > (l.determiners.has(tokens[s].bare) ? MAX_SHARE_WORDS : 1)) return null;
    // "51 percent of respondents said": a figure of a poll, which is the source, not its respondents.
    if (k > s && /^\p{N}/u.test(tokens[k - 1].text)) return null;
  }
  // "One of them said": some of the people the article spoke of.
  if (chunkEnd + 2 === e && isObjectPronoun(r, tokens[chunkEnd + 1])) return { kind: 'anonymous', type: 'group', head: chunkEnd + 1, pronoun: null, informant: true };
  // (A part of a group of people: "the footage of an anguished wife" is no share of anyone.)
  const group = classifySegment(r, tokens, chunkEnd + 1, e);
  // ("One of the prosecutors": people who act as an office are people too.)
  const plural = group !== null && isPlural(r, lexicalForm(r, tokens[group.head]));
  const people = group && !group.pronoun && (group.type === 'group' || ((group.type === 'person' || (group.type === 'organization' && namesPeople(r, tokens[group.head]))) && plural));
  return people ? group : null;
}

/** Most words of a hedge before a figure ("more than", "a full", "at least"). */
const MAX_FIGURE_HEDGE = 3;

/**
 * "47 percent said", "Nearly half of Democrats say", "Six in 10 voters said": a share of the people a
 * poll asked, whose answers the poll reports. True when the segment is a figure (a share word, or a ratio of
 * numbers), after at most a short hedge, and then nothing, the people it is a share of, or (after a
 * ratio) the people themselves.
 */
function shareOfPeople(r: Reading, tokens: readonly Token[], s: number, e: number): boolean {
  const l = r.lex;
  let k = s;
  while (k < e && k - s < MAX_FIGURE_HEDGE && tokens[k].isWord && !isNumber(r, tokens[k]) && !isShare(r, tokens[k]) && !(tokens[k].capitalized && k > 0) && !isLexiconNoun(r, lexicalForm(r, tokens[k]).bare)) k++;
  if (k >= e) return false;
  // A ratio: "six in 10", "one in five".
  if (k + 2 < e && isNumber(r, tokens[k]) && tokens[k + 1].bare === l.ratioPreposition && isNumber(r, tokens[k + 2])) return k + 3 === e || tokens[k + 3].isWord;
  // ("nine out of 10".)
  const phrase = l.ratioPhrases.find((p) => matchPhrase(tokens, k + 1, p, null));
  if (phrase && k + phrase.length + 1 < e && isNumber(r, tokens[k]) && isNumber(r, tokens[k + phrase.length + 1])) return k + phrase.length + 2 === e || tokens[k + phrase.length + 2].isWord;
  while (k < e && isNumber(r, tokens[k])) k++;
  if (k >= e || !(isShare(r, tokens[k]) || isPercentSign(tokens, k))) return false;
  k++;
  if (k === e) return true;
  if (tokens[k].bare !== l.partitivePreposition || k + 1 >= e) return false;
  // ("100 percent of precincts reporting": a share of things reports nothing.)
  const whole = classifySegment(r, tokens, k + 1, e);
  return whole !== null && !whole.pronoun && (whole.type === 'group' || (whole.type === 'person' && isPlural(r, lexicalForm(r, tokens[whole.head]))));
}

/** The words of the quoted title that token `k` stands in. */
function quotedTitleWords(r: Reading, tokens: readonly Token[], k: number): Token[] {
  const q = quoteAt(r.quotes, tokens[k].start);
  if (q < 0) return [];
  const { start, end } = r.quotes[q];
  return tokens.filter((t) => t.isWord && t.start >= start && t.end <= end);
}

/** Is token `k` part of a place's name before the head ("New Hampshire" in "a New Hampshire voter")? */
function partOfPlaceName(r: Reading, tokens: readonly Token[], k: number, head: number): boolean {
  if (k >= head) return false;
  let s = k;
  while (s > 0 && tokens[s - 1].isWord && tokens[s - 1].capitalized) s--;
  let e = k + 1;
  while (e < head && tokens[e].isWord && tokens[e].capitalized) e++;
  return r.lex.placeNames.has(tokens.slice(s, e).map((t) => t.bare).join(' '));
}

/**
 * Classifies one segment's head; null when it names no plausible source. `slot`: where the phrase
 * stands, which says what a common noun the lexicon does not know is (`Slot`).
 */
export function classifySegment(r: Reading, tokens: readonly Token[], s: number, e: number, slot: Slot = 'plain'): Omit<SourceClass, 'segment'> | null {
  const l = r.lex;
  // "пише «Українська правда»": a phrase that opens with a quoted title is headed by the title's first word.
  if (s + 1 < e && isNameQuoteMark(r, tokens, s) && tokens[s + 1].isWord) s++;
  // A relative clause or a familiarity phrase modifies the head; it does not hold it.
  let end = e;
  for (let k = s + 1; k < e; k++) {
    if (l.relativePronouns.has(tokens[k].bare)) {
      end = k;
      break;
    }
  }
  let chunkEnd = end;
  for (let k = s + 1; k < end; k++) {
    const t = tokens[k];
    // "sources familiar with", "a company email sent by", "those opposed": the head ends before its modifier.
    // ("a report highlighting the problem", "a spokesman speaking on condition …": so does a present
    // participle taking an object or a complement.)
    // ("a group representing rural counties": whatever word its object opens with, after a determined or plural
    // noun; "Media buying sources" is a compound.)
    const determinedNoun = k >= 2 && (l.determiners.has(tokens[k - 2].bare) || isPlural(r, tokens[k - 1]));
    const modifier = l.participleModifiers.has(t.bare) || isPastForm(r, t) || (k + 1 < end && participleWithObject(r, tokens, k)) ||
      (k + 1 < end && determinedNoun && isParticiple(r, t) && tokens[k + 1].isWord && !isLexiconNoun(r, t.bare));
    // ("a preliminary spending plan released Tuesday": or a past form with a time after it, after a determined noun the lexicon
    // does not know.)
    const participleAfterNoun = modifier && (isLexiconNoun(r, tokens[k - 1].bare) || l.anonymousQuantifiers.has(tokens[k - 1].bare) ||
      (isPastForm(r, t) && k + 1 < end && l.timeWords.has(tokens[k + 1].bare) && (determinedNoun || ((l.determiners.has(tokens[s].bare) || l.indefiniteDeterminers.has(tokens[s].bare)) &&
        tokens.slice(s + 1, k).every((w) => w.isWord && !w.capitalized)))));
    // ("an inside source", "a close aide": right after a determiner, such a word modifies the noun after it.)
    const premodifier = (l.determiners.has(tokens[k - 1].bare) || l.indefiniteDeterminers.has(tokens[k - 1].bare) || tokens[k - 1].possessive) && k + 1 < end &&
      isLexiconNoun(r, lexicalForm(r, tokens[k + 1]).bare);
    if (!t.capitalized && !premodifier && (l.postModifierOpeners.has(t.bare) || participleAfterNoun)) {
      chunkEnd = k;
      break;
    }
  }
  // "analysts and sources in the camp", "Kurt Hartley and Tim Pembrook": the last conjunct heads.
  let conjunct = s;
  // (Head-first languages: not between joined complements of one noun, "Міністерство освіти і науки".)
  const joinsComplements = (k: number) => joinsComplementsAt(r, tokens, k, s);
  // (Nor inside a quoted name: "партнер коллегии адвокатов «Шумилов и Крайнев» Кирилл Ладыгин".)
  // (Nor inside a body's name: "the Department of Health and Social Care".)
  for (let k = s + 1; k < chunkEnd - 1; k++) {
    if (l.coordinators.has(tokens[k].bare) && !tokens[k].capitalized && !joinsComplements(k) && !inQuotedName(r, tokens, k) && !inBodyName(r, tokens, s, k)) conjunct = k + 1;
  }
  let head = chunkEnd - 1;
  while (head > s && !tokens[head].isWord) head--;
  // ("Один из них утверждает": where heads come first, one out of people the article spoke of, as "One of them".)
  if (l.headFirst && end - conjunct === 3 && l.indefiniteDeterminers.has(tokens[conjunct].bare) && l.identifyingPrepositions.has(tokens[conjunct + 1].bare) &&
    isObjectPronoun(r, tokens[conjunct + 2]) && !tokens[conjunct + 2].capitalized) {
    return { kind: 'anonymous', type: 'person', head: conjunct, pronoun: null, informant: true };
  }
  // ("По словам одного из дольщиков «Липового парка»": after a credit of someone's words, one out of a plural the lexicon
  // does not know, whose place a quoted name may give, is one of some people.)
  const ofUnknown = conjunct + 2 < end && tokens[conjunct + 2].isWord && !tokens[conjunct + 2].capitalized && isPlural(r, tokens[conjunct + 2]) &&
    !isLexiconNoun(r, lexicalForm(r, tokens[conjunct + 2]).bare) && (end - conjunct === 3 || isNameQuoteMark(r, tokens, conjunct + 3));
  // ("Один з електромонтерів, який попросив не називати його, розповів": so is one such heading a subject, where heads come first.)
  if ((slot === 'words' || (slot === 'plain' && l.headFirst)) && l.indefiniteDeterminers.has(tokens[conjunct].bare) && l.identifyingPrepositions.has(tokens[conjunct + 1]?.bare ?? '') && ofUnknown) {
    return { kind: 'anonymous', type: 'person', head: conjunct + 2, pronoun: null, informant: true };
  }
  // ("— йдеться у відповіді Держмитслужби": after an impersonal verb or a credit of a text, an occasion of speaking that opens the
  // phrase is the text it gave, whoever's name follows, as WordNet files "answer", "reply", "comment" among statements.)
  const occasionText = slot === 'credited' && l.headFirst && tokens[conjunct].isWord && !tokens[conjunct].capitalized && l.occasionNouns.has(lexicalForm(r, tokens[conjunct]).bare);
  if (occasionText) return { kind: 'on-record', type: 'document', head: conjunct, pronoun: null, informant: false };
  // ("пояснюють подорожчанням металопрокату та нестачею працівників": a phrase that a noun in the instrumental opens, a case
  // no subject takes, in an ending no nominative shares, names no one; the people of its complement are no source.)
  // (Of any of its joined phrases: "подорожанием металла и нехваткой рабочих".)
  const instrumentalNoun = (t: Token) => t.isWord && !t.capitalized && (l.morphology.instrumentalNounPattern?.test(t.bare) ?? false) && !isLexiconNoun(r, lexicalForm(r, t).bare);
  if (l.headFirst && (instrumentalNoun(tokens[conjunct]) || instrumentalNoun(tokens[s]))) return null;
  if (l.headFirst) head = firstHead(r, tokens, conjunct, chunkEnd, end) ?? head;
  const headToken = tokens[head];
  if (!headToken || !headToken.isWord) return null;
  // "president-elect", "co-founder": a compound is read by the part the lexicon knows.
  const h = lexicalForm(r, headToken);
  const first = tokens[conjunct];
  // "Одне з джерел", "Кілька з депутатів": in a count of a group, the count says how many speak.
  // ("Два собеседника агентства": a number above one governs a singular form in these languages.)
  const counted = l.headFirst && head > conjunct && l.determiners.has(tokens[conjunct].bare) && !l.definiteDeterminers.has(tokens[conjunct].bare) &&
    !l.anaphoricDeterminers.has(tokens[conjunct].bare);
  // ("По словам женщины": after a credit of someone's words, in the genitive, a noun without its plural ending is one person.)
  // ("По данным газеты": so after a credit of a body's data.)
  const genitiveSingular = (slot === 'words' || slot === 'body') && l.morphology.genitivePluralPattern !== null && !l.morphology.genitivePluralPattern.test(h.bare) &&
    !l.morphology.irregularPluralSet.has(h.bare);
  // ("В агентстві пояснили": right after "в/у", a noun with the locative singular's ending is one, whatever the plural shares.)
  const locativeSingular = l.headFirst && head === s && s > 0 && l.identifyingPrepositions.has(tokens[s - 1].bare) && (l.morphology.locativePattern?.test(h.bare) ?? false) &&
    !l.morphology.irregularPluralSet.has(h.bare);
  const plural = counted ? !l.indefiniteDeterminers.has(tokens[conjunct].bare) : isPlural(r, h) && !genitiveSingular && !locativeSingular;
  const correlative = l.knownPartyQuantifiers.has(tokens[s].bare) && conjunct > s;
  const sentenceInitial = (k: number) => k === 0;
  // Where a capital is owed to the place, not the word: the sentence's start, or after a colon or an opening quote.
  const clauseInitial = (k: number) => k === 0 || /^[:"“«„]$/u.test(tokens[k - 1].text);
  // ("he and his wife", "Jane Roe and her husband": a person joined to another described through them is two people;
  // not "chairman and CEO Jane Roe", nor one name of a couple, "David and Jeanne Roe".)
  const joinedPeople = conjunct > s + 1 && l.possessiveDeterminers.has(tokens[conjunct].bare) && (l.pronouns.has(tokens[s].bare) ||
    (isPersonalNameWord(r, tokens[conjunct - 2]) && !isLexiconNoun(r, lexicalForm(r, tokens[conjunct - 2]).bare)));
  // ("Cruz and his aides signaled": where the first is named, the reader knows who stands behind the words, one of them named.)
  const joinedToName = joinedPeople && !l.pronouns.has(tokens[s].bare);
  const cls = (kind: Kind, type: SourceType, informant = false) => ({ kind: joinedToName ? 'on-record' as const : kind, type: type === 'person' && joinedPeople ? 'group' as const : type, head, pronoun: null, informant });
  // ("У соцмережах пишуть": a place whose users speak is an unnamed group of them; only the bare place, not one
  // with a complement or a name, "В сети магазинов", "в мережі «…»", which is a body.)
  if (slot === 'placed' && !h.capitalized && head === end - 1 && l.crowdPlaceNouns.has(h.bare)) return cls('anonymous', 'group', true);
  // Is a modifier before the head a name or a possessive ("Reuters reporters", "the firm's lawyers")?
  const namedBefore = (from: number) => tokens.slice(from, head).some((t, n) => t.possessive || (clauseInitial(from + n) ? opensWithName(r, tokens, from + n) : isNameWord(r, t, false)));

  // (On record: the figure is the poll's, which stands behind it; the people it counts are no informants
  // whose beliefs are reported, "70 percent believe".)
  if (shareOfPeople(r, tokens, s, e)) return { ...cls('on-record', 'group'), share: true };
  // "according to ouest-france.fr", "Politico.com reported": a web address is a site that publishes.
  if (WEB_ADDRESS.test(headToken.text)) return cls('on-record', 'publication');
  const part = partOfGroup(r, tokens, s, chunkEnd, e);
  if (part) return { ...part, kind: 'anonymous', type: l.indefiniteDeterminers.has(tokens[chunkEnd - 1].bare) ? 'person' : 'group', informant: true };
  if (l.pronouns.has(h.bare) && head === conjunct) {
    // ("Там пояснили": a pronoun of place is the body named just before, else the unnamed people there.)
    if (l.placePronouns.has(h.bare)) return { kind: 'anonymous', type: 'group', head, pronoun: l.pronouns.get(h.bare)!, informant: true };
    return { kind: 'on-record', type: l.pronouns.get(h.bare)![0], head, pronoun: l.pronouns.get(h.bare)!, informant: false };
  }
  if (isObjectPronoun(r, h)) return null;
  // ("Узимку, зазначила посадовиця, …": a time opening the sentence names no one.)
  if (head === conjunct && l.timeWords.has(h.bare)) return null;
  // ("Футбольний клуб «Карпатський лев»", "Движение «Чистый берег»": a head inside a quoted title after a noun is the
  // title's word; the phrase is a body's name, or an outlet's.)
  if (l.headFirst && head > conjunct && inQuotedName(r, tokens, head)) {
    return cls('on-record', quotedTitleWords(r, tokens, head).some((t) => l.publicationNames.has(t.bare)) ? 'publication' : 'organization');
  }
  if (afterHonorific(r, tokens, head)) return cls('on-record', 'person');
  // "Tim Powers": a capitalised noun after a given name is a surname, whatever its ending says ("powers").
  // (Not a word bodies' names are built from: "The Port Authority".)
  if (h.capitalized && head > conjunct && isPersonalNameWord(r, tokens[head - 1]) && (l.personNouns.has(h.bare) || l.roleNouns.has(h.bare)) && !l.organizationNameWords.has(h.bare) &&
    !l.roleNouns.has(tokens[head - 1].bare) && !l.uniqueOffices.has(tokens[head - 1].bare)) return cls('on-record', 'person');
  if (l.anonymousNouns.has(h.bare)) return cls('anonymous', plural ? 'group' : 'person', true);
  // ("Edwards and others said": so does the last of joined phrases.)
  // ("Another said": one who stands alone for a singular, one person.)
  if (l.anonymousQuantifiers.has(h.bare) && head <= conjunct + 1) return cls('anonymous', l.indefiniteDeterminers.has(h.bare) ? 'person' : 'group', true);
  // ("The other recalled": so does the other of two just brought in, after "the" only, "other telling signs" being none.)
  if (l.otherOfTwo.has(h.bare) && head === conjunct + 1 && e - s === 2 && l.definiteDeterminers.has(tokens[conjunct].bare)) return cls('anonymous', 'person', true);
  // ("Lawyers said …, though one noted that …": so does the indefinite "one" that is the whole phrase, a number word
  // and a determiner both; not "a", "an", which never stand alone.)
  if (!l.headFirst && l.indefiniteDeterminers.has(h.bare) && l.numberWords.has(h.bare) && head === s && e - s === 1 && (!h.capitalized || clauseInitial(s))) {
    return cls('anonymous', 'person', true);
  }
  // ("two bankers, one of whom said": a count of a partitive relative, as "many of whom" is, some of those just brought in, unnamed.)
  // ("двома банкірами, один із яких сказав": where heads come first, after the preposition a count takes.)
  const partitive = (t: Token | undefined) => t !== undefined && (l.headFirst ? l.identifyingPrepositions.has(t.bare) : t.bare === l.partitivePreposition);
  if (head === s && e - s === 3 && (l.numberWords.has(h.bare) || l.indefiniteDeterminers.has(h.bare)) && partitive(tokens[s + 1]) && l.partitiveRelatives.has(tokens[s + 2].bare)) {
    return cls('anonymous', l.indefiniteDeterminers.has(h.bare) ? 'person' : 'group', true);
  }
  // ("'…,' the two said": a number after "the", alone, stands for those the article has just brought in, as "both" does.)
  if (e - s === 2 && l.definiteDeterminers.has(tokens[s].bare) && head === s + 1 && !h.capitalized && l.numberWords.has(h.bare) && !l.indefiniteDeterminers.has(h.bare)) {
    return { ...cls('on-record', 'group'), pronoun: ['group'] };
  }
  if (!correlative && (l.knownPartyQuantifiers.has(tokens[s].bare) || l.knownPartyQuantifiers.has(h.bare))) {
    // ("Both said": alone it stands for the two the article has just brought in, as "they" does, and takes their kind.)
    if (head === s && e - s === 1 && !isLexiconNoun(r, h.bare)) return { ...cls('on-record', 'group'), pronoun: ['group'] };
    return cls('on-record', 'group');
  }
  if (l.publicationNouns.has(h.bare)) {
    // ("Multiple outlets reported", "some newspapers said": outlets the article does not name, as bodies.)
    const named = namedBefore(conjunct);
    // ("У ЗМІ пишуть", "Местные СМИ сообщили": where heads come first, plural outlets no name follows.)
    const unnamedOutlets = plural && !named && !l.definiteDeterminers.has(first.bare) &&
      (l.headFirst ? !tokens.slice(head + 1, end).some((t, n) => t.capitalized || isNameQuoteMark(r, tokens, head + 1 + n)) :
        l.determiners.has(first.bare) || l.anonymousQuantifiers.has(first.bare) || !first.capitalized || head === conjunct);
    return unnamedOutlets ? cls('anonymous', l.headFirst ? 'publication' : 'group', true) : cls('on-record', 'publication');
  }
  // "The Associated Press", "the Detroit Free Press": a word outlets' names are built from, closing a name,
  // though alone it may open a title ("Press Secretary").
  if (h.capitalized && l.publicationNames.has(h.bare) && head > conjunct && isNameWord(r, tokens[head - 1], false)) return cls('on-record', 'publication');
  if (l.documentNouns.has(h.bare)) return cls('on-record', 'document');
  // ("Company management said": as the subject of a plain verb of saying, any word WordNet files as a body is
  // one, unless it is a word for people too: "an executive said".)
  const speakingBody = slot === 'speaker' && !h.capitalized && l.bodyLemmas.has(h.bare) && !l.personNouns.has(h.bare) && !l.roleNouns.has(h.bare);
  // ("One crane operator, who has worked at the port for 22 years, said": a noun for a body and a person both is the person's
  // before the relative pronoun only people take.)
  const afterPhrase = tokens[e] !== undefined && isComma(tokens[e]) ? tokens[e + 1] : tokens[e];
  const personBeforeWho = l.personNouns.has(h.bare) && afterPhrase !== undefined && afterPhrase.bare === l.personRelativePronoun;
  if ((l.organizationNouns.has(h.bare) || speakingBody) && !personBeforeWho) {
    // "human rights groups warned", "several companies said": bodies the article does not name.
    const named = namedBefore(conjunct);
    // (Read where modifiers come before the head; head-first languages name their bodies after it.)
    // ("Federal prosecutors alleged", "state investigators said": people who act as an office keep its voice.)
    const unnamedBodies = !l.headFirst && plural && head > conjunct && !named && !l.bodyLemmas.has(h.bare) && !l.personNouns.has(h.bare) &&
      !l.definiteDeterminers.has(first.bare) && !l.definiteDeterminers.has(tokens[s].bare);
    // "An advocacy group said", "a group of physicians warned": one body the article does not name, unless a
    // name after it does ("a unit of Acme Corp").
    const unnamedBody = !l.headFirst && !plural && l.indefiniteDeterminers.has(first.bare) && !named &&
      !tokens.slice(head + 1, end).some((t) => isNameWord(r, t, false));
    if (unnamedBody) return cls('anonymous', 'organization', true);
    // ("Некоторые лизинговые компании полагают", "Кілька компаній заявили", "Several manufacturers had warned": bodies a
    // quantifier counts, with no name after them, are bodies the article does not name, whatever WordNet files the noun as.)
    const countedBodies = head > conjunct && l.anonymousQuantifiers.has(first.bare) && (l.headFirst || !named) &&
      !tokens.slice(head + 1, end).some((t, n) => t.capitalized || isNameQuoteMark(r, tokens, head + 1 + n));
    if (countedBodies) return cls('anonymous', 'group', true);
    // ("Former prosecutors said": people who no longer act as the office have no voice of its.)
    const formerHolders = plural && tokens.slice(conjunct, head).some((t) => l.formerModifiers.has(t.bare));
    return unnamedBodies || formerHolders ? cls('anonymous', 'group', true) : cls('on-record', 'organization');
  }
  // "His entourage said", "В оточенні міністра кажуть": the people around someone are unnamed, though whose
  // they are is named.
  if (!h.capitalized && l.entourageNouns.has(h.bare)) return cls('anonymous', 'group', true);
  // "some families said", "the crowd chanted": a group of people that is no body is unnamed, unless it is
  // someone's own ("his family said", as "his lawyer").
  if (!h.capitalized && l.collectiveNouns.has(h.bare) && !l.personNouns.has(h.bare) && !l.roleNouns.has(h.bare)) {
    const owned = !plural && (l.possessiveDeterminers.has(first.bare) || tokens.slice(conjunct, head).some((t) => t.possessive));
    return owned ? cls('on-record', 'group') : cls('anonymous', 'group', true);
  }
  // A noun known only from the broad person list, capitalised, is a surname when singular
  // ("Glazier said", "Jane Glazier said") and a class of people when plural ("Republicans said").
  const listedRole = l.roleNouns.has(h.bare) || l.uniqueOffices.has(h.bare);
  // ("one GOP operative said": a word mostly an adjective is a noun heading a phrase opened by "a" or "one".)
  const adjectivalNoun = l.adjectivalPersonNouns.has(h.bare) && head > conjunct && l.indefiniteDeterminers.has(first.bare);
  const personNoun = !listedRole && (l.personNouns.has(h.bare) || adjectivalNoun);
  // ("a Democrat said": after "a", a capital the lexicon says names no one is the word's own; "Republican
  // claims" is an adjective's.)
  const capitalNoun = l.nonNameCapitals.has(h.bare) && head > conjunct && (l.indefiniteDeterminers.has(first.bare) || l.definiteDeterminers.has(first.bare));
  // ("Начальник поліції Ігор Дмитренко заявив": so is one opening the sentence with words after it, where a
  // language has no articles; alone it may be a surname, "Мельник заявив".)
  // ("Пацієнт розповів": alone too, where the language lists the person nouns that are also surnames and this is none.)
  const commonOpening = l.articleless && sentenceInitial(head) && head === s && personNoun && l.surnameNouns !== null && !l.surnameNouns.has(h.bare);
  const openingNoun = l.articleless && sentenceInitial(head) && head === s && (e > head + 1 || commonOpening);
  const role = listedRole || (personNoun && (!h.capitalized || plural || capitalNoun || openingNoun));
  // "Doctor says", "said King": a capitalised word alone mid-sentence is a surname, not a role.
  // (Opening the sentence too when it is singular with no determiner: "King asked." English would want
  // "The king"; a word for a body's people, "Staff said", is no name.)
  // ("Senator from Texas says": so does one heading its phrase with no determiner, as headlines write.)
  // (Not with a complement after it in a head-first language: "Жительница Курска рассказала" is a role;
  // a body's voice keeps the reading it had: "Представитель министерства" is one person.)
  // (Nor a role of a language without articles: "Депутат от «Единой России» заявил" is a deputy, unnamed; "Мельник
  // заявив" may be a surname, a person noun that is no role.)
  const aloneFirst = sentenceInitial(head) && head === s && !plural && !l.bodyLemmas.has(h.bare) && !(l.headFirst && chunkEnd > head + 1 && !l.bodyVoiceNouns.has(h.bare)) &&
    !(l.articleless && (listedRole || commonOpening) && !l.bodyVoiceNouns.has(h.bare));
  // ("a spokesperson for one of the companies", "Представитель одного из брендов": one who speaks for a body counted
  // out of several, which the reader cannot tell, is unnamed, opening the sentence too.)
  const ofCountedBody = !plural && tokens.slice(head + 1, end).some((t, n) => l.indefiniteDeterminers.has(t.bare) && !l.articles.has(t.bare) &&
    l.identifyingPrepositions.has(tokens[head + n + 2]?.bare ?? ''));
  const bareName = h.capitalized && head === conjunct && (head > 0 || aloneFirst) && !(plural && personNoun) && !ofCountedBody;
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
        const prepAt = tokens.slice(chunkEnd, k).findIndex((x) => l.identifyingPrepositions.has(x.bare)) + chunkEnd;
        const prep = prepAt >= chunkEnd ? tokens[prepAt] : undefined;
        if (!prep || tokens.slice(chunkEnd, k).some((x) => !x.capitalized && l.postModifierOpeners.has(x.bare) && !l.identifyingPrepositions.has(x.bare))) continue;
        // ("Власник невеликої СТО у Збаражі": where heads come first, a name a preposition brings in after the head's own
        // complement places that complement, not the person.)
        if (l.headFirst && prepAt > head + 1 && tokens.slice(head + 1, prepAt).every((x) => x.isWord) && !isNameQuoteMark(r, tokens, prepAt + 1)) continue;
      }
      const nameHere = clauseInitial(k) ? opensWithName(r, tokens, k) : isNameWord(r, t, false);
      // ("Працівниця ДАОП": without articles, a body's initials after a member's noun name the body, not the member, as
      // "a DAOP employee" does; an office and a body's voice are its own, below.)
      // (So does a word the lexicon knows for a body, capitalised as its name: "Сотрудник Минобороны", "офіцер Генштабу".)
      const bodyInitials = l.articleless && k > head && ((t.text.length > 1 && t.text === t.text.toUpperCase()) || l.organizationNouns.has(lexicalForm(r, t).bare));
      // ("a New Hampshire voter": a place says where someone is from, not who; so does a name after a place's noun, "власник
      // кав'ярні на вулиці Січеславській".)
      const placeNamed = k > 0 && tokens[k - 1].isWord && !tokens[k - 1].capitalized && l.territoryNouns.has(lexicalForm(r, tokens[k - 1]).bare);
      // ("учительница из Подмосковья": where a person is from, after their noun, is a place, unless they speak for a body.)
      const origin = k === head + 2 && l.originPrepositions.has(tokens[k - 1].bare) && !l.bodyVoiceNouns.has(h.bare);
      if (nameHere && !bodyInitials && !placeNamed && !origin && !(l.headFirst && isPlace(r, t)) && !l.roleNouns.has(t.bare) && !l.uniqueOffices.has(t.bare) && !partOfPlaceName(r, tokens, k, head)) identified = true;
    }
    // "former U.S. ambassador to the Ukraine Jane Roe": a personal name closes the phrase.
    const last = tokens[end - 1];
    const beforeLast = tokens[end - 2];
    // ("the journal JAMA Psychiatry" is a title after a common noun, not a person.)
    const introducer = tokens[end - 3];
    // (Head-first phrases put genitive complements before the name: "депутатки міськради Марії Коваль".)
    const closingName = end - 2 > head && isPersonalNameWord(r, last) && isPersonalNameWord(r, beforeLast) && (introducer.capitalized || !introducer.isWord || l.headFirst);
    if (closingName) identified = true;
    const singular = !plural;
    // Without articles, an office with a complement is one known holder ("Президент США", "міністр оборони").
    // ("Президент наголосив" is the president known to the reader; "один міністр" is not.)
    const complemented = l.articleless && !l.indefiniteDeterminers.has(first.bare) && l.uniqueOffices.has(h.bare);
    const definite = l.definiteDeterminers.has(first.bare) || tokens.slice(conjunct, head).some((t) => t.possessive) || complemented;
    // A spokesperson speaks for a body, which the article names or implies ("a company spokesperson").
    // "a State Department official", "one GOP operative": one unnamed member stays anonymous even when the
    // body is named; only a word for the body's voice speaks for it ("a Google spokeswoman").
    // ("Two Pentagon officials", "several company executives": counted members are as unnamed.)
    const counted = !singular && (/^\p{N}/u.test(first.text) || (l.determiners.has(first.bare) && !l.definiteDeterminers.has(first.bare) && !l.anaphoricDeterminers.has(first.bare) &&
      !l.articles.has(first.bare) && !l.knownPartyQuantifiers.has(first.bare)));
    // ("GOP analysts", "Trump's opponents", "Google employees": uncounted members, other than those who hold
    // its offices, do not speak for a body either; "PG&E officials" do.)
    const members = !singular && !l.officeHolderNouns.has(h.bare) && !l.definiteDeterminers.has(first.bare);
    const unnamedInsider = ((singular && l.indefiniteDeterminers.has(first.bare)) || counted || members) && !l.bodyVoiceNouns.has(h.bare);
    if (unnamedInsider || l.retinueNouns.has(h.bare) || l.residentNouns.has(h.bare)) identified = identifiedByPerson(tokens, conjunct, end, head, (t) => isNameWord(r, t, false) && !l.organizationNameWords.has(t.bare),
      (t) => !t.capitalized && (l.postModifierOpeners.has(t.bare) || l.complementPrepositions.has(t.bare)));
    // ("Leaders of the organization said", "officials at the company": uncounted office holders of a body the
    // article has named speak for it, as "PG&E officials" do.)
    const ofKnownBody = !singular && !counted && l.officeHolderNouns.has(h.bare) && chunkEnd + 3 === end && l.identifyingPrepositions.has(tokens[chunkEnd].bare) &&
      l.definiteDeterminers.has(tokens[chunkEnd + 1].bare) && l.organizationNouns.has(lexicalForm(r, tokens[chunkEnd + 2]).bare);
    if (ofKnownBody) identified = true;
    // "his lawyer", "Trump's wife": one person, identified through the one named before.
    // ("его адвоката": where heads come first, a possessive pronoun before the head is one.)
    const possessed = l.possessiveDeterminers.has(first.bare) || tokens.slice(conjunct, head).some((t) => t.possessive) ||
      (l.headFirst && head > conjunct && l.possessivePronouns.has(first.bare));
    const relative = singular && possessed && !l.retinueNouns.has(h.bare);
    // "their attorneys", "lawyers for the family": counsel speaking for a client the article gives.
    const forClient = l.counselNouns.has(h.bare) && (possessed || (chunkEnd < end && l.identifyingPrepositions.has(tokens[chunkEnd].bare)));
    // ("The trial is the largest of its kind, its authors say": the authors of a text, identified by it; "Автори дослідження
    // наголошують": so where heads come first with the text after them.)
    const textAfter = l.headFirst && head + 1 < end && tokens[head + 1].isWord && !tokens[head + 1].capitalized && l.documentNouns.has(lexicalForm(r, tokens[head + 1]).bare);
    const ownAuthors = (possessed || textAfter) && l.authorNouns.has(lexicalForm(r, h).bare);
    if (identified || relative || forClient || ownAuthors || (singular && definite && l.uniqueOffices.has(h.bare)) || l.bodyVoiceNouns.has(h.bare)) {
      // An unnamed spokesperson is the body's voice ("a spokesperson for the Foreign Office", "a Taliban representative").
      const bodyVoice = l.bodyVoiceNouns.has(h.bare) && !closingName && !identifiedByPerson(tokens, conjunct, end, head, (t) => isPersonalNameWord(r, t));
      if (ofCountedBody && !closingName) return cls('anonymous', 'person', true);
      // ("Представители местных общин утверждают": where heads come first, the voice of places or groups a plural modifier
      // brings in unnamed, no name after them, is no body's the reader can identify; "областных властей" are the region's.)
      const after = tokens.slice(head + 1, end);
      // ("Представители двух крупных дилерских групп": so are bodies a count brings in, with no name after them.)
      const countedBodies = l.headFirst && bodyVoice && after.length >= 2 && (isNumber(r, after[0]) || l.anonymousQuantifiers.has(after[0].bare)) &&
        after.every((t) => t.isWord && !t.capitalized);
      const unnamedBodies = countedBodies || (l.headFirst && bodyVoice && after.length === 2 && after.every((t) => t.isWord && !t.capitalized) &&
        (l.morphology.obliquePluralModifierPattern?.test(after[0].bare) ?? false) && !l.organizationNouns.has(lexicalForm(r, after[1]).bare));
      if (unnamedBodies) return cls('anonymous', plural ? 'group' : 'person', true);
      if (bodyVoice) return cls('on-record', 'organization');
      // A personal name closing the phrase is one person, whatever the head's ending suggests ("голови ОДА … Петро Бондар").
      return cls('on-record', singular || (l.headFirst && closingName) ? 'person' : 'group');
    }
    // Belief verbs need an informant: "analysts believe", "hospital employees fear" (unnamed people, whatever
    // modifies them), not "a refugee who feared".
    // ("One trader in Singapore believes": one counted out of those the article consulted is an informant, as "one
    // source" is.)
    // ("Один із депутатів вважає": so is one out of a group named after it, where heads come first.)
    // ("Енергетичний аналітик вважає": without articles, so is one unnamed with no determiner, "an analyst".)
    // ("Ее коллега из Екатеринбурга считает": and one who keeps someone company, through whom the article finds them.)
    const countedOne = singular && (isNumber(r, first) || (l.headFirst && head > conjunct && l.indefiniteDeterminers.has(first.bare)) ||
      (l.articleless && !l.determiners.has(first.bare) && !l.indefiniteDeterminers.has(first.bare) && !definite && !possessed) ||
      (l.articleless && possessed && l.retinueNouns.has(h.bare)));
    return cls('anonymous', singular ? 'person' : 'group', !singular || countedOne);
  }
  // "WASHINGTON —", "BUFFALO, N.Y. —": a dateline, not a source.
  if (head === 0 && h.text.length > 3 && h.text === h.text.toUpperCase() && datelineEnd(tokens) > 0) return null;
  if (h.capitalized && !l.nonNameCapitals.has(h.bare)) {
    // "Backers of tariffs say": a capitalised first word with a common-noun complement is no name.
    const complement = tokens.slice(chunkEnd, end).filter((t) => t.isWord && !l.determiners.has(t.bare));
    if (sentenceInitial(head) && complement.length > 1 && !complement[1].capitalized) return null;
    const inChunk = tokens.slice(conjunct, chunkEnd);
    // "Taliban spokesman Karim Nazari": a name after a role is a person's; so is one after a title ("state Sen.
    // Jane Roe", where "state" builds bodies' names).
    if (inChunk.some((t) => l.roleNouns.has(t.bare) || l.uniqueOffices.has(t.bare) || (t.capitalized && l.honorifics.has(t.bare)))) return cls('on-record', 'person');
    // "Tunisians said", "many Americans say", "a Muslim who worshiped there said": people of a place or a faith,
    // unnamed; "the Russians said": its government.
    const determined = l.determiners.has(first.bare);
    if (l.capitalisedPersonNouns.has(h.bare) && head === conjunct + (determined ? 1 : 0)) {
      // ("Cuban said": a singular without a determiner is a surname; English wants "a Cuban".)
      if (!plural && !determined) return cls('on-record', 'person');
      // ('"…," the Texan said': one the reader has met, as "the senator" is.)
      if (!plural && l.definiteDeterminers.has(first.bare)) return cls('on-record', 'person');
      return plural && l.definiteDeterminers.has(first.bare) ? cls('on-record', 'organization') : cls('anonymous', plural ? 'group' : 'person', plural);
    }
    if (l.publicationNames.has(h.bare)) return cls('on-record', 'publication');
    // "Senior Tories said", "Some Catholics say": a capitalised plural after a count or a plain modifier is a
    // class of people (a party's, a faith's), as "Republicans" is; a person's name takes no such modifiers.
    const modifiers = tokens.slice(conjunct, head);
    // (Not after "a", nor in capitals: "a Reuters poll", "groups like ISIS".)
    const plainModifiers = modifiers.length > 0 && h.text !== h.text.toUpperCase() && modifiers.every((t) => t.isWord && !t.possessive && !l.definiteDeterminers.has(t.bare) && !l.indefiniteDeterminers.has(t.bare) &&
      (l.anonymousQuantifiers.has(t.bare) || l.determiners.has(t.bare) || !t.capitalized || (clauseInitial(conjunct) && t === first && l.nonNameCapitals.has(t.bare))));
    if (plural && plainModifiers && !inChunk.some((t) => l.organizationNameWords.has(t.bare))) return cls('anonymous', 'group', true);
    // A place standing for its government ("Moscow has said"), alone: "Tom Jackson" is a person.
    // ("Clinton said": a town's name alone is more likely a surname.)
    if (l.placeNames.has(h.bare) && head === conjunct) return cls('on-record', l.governmentPlaceNames.has(h.bare) ? 'organization' : 'person');
    // A nationality alone names no one.
    // (One the gazetteer lists: a word that only ends as one does is a surname, "Calabrese told reporters".)
    if (isGazetteerPlace(r, h) && head === conjunct) return null;
    // ("Downing Street said", "Scotland Yard said": or the whole name is one the gazetteer gives a body.)
    const bodyName = l.organizationNamePhrases.has(inChunk.filter((t) => !l.determiners.has(t.bare)).map((t) => t.bare).join(' '));
    // ("ДСНС Житомирщини", "МЧС Подмосковья": where heads come first, a body's initials opening the phrase head it, the
    // capital after them its complement.)
    const initialsFirst = l.headFirst && head > conjunct && /^[\p{Lu}&]{2,}$/u.test(tokens[conjunct].text) && !isLexiconNoun(r, lexicalForm(r, tokens[conjunct]).bare);
    if (inChunk.some((t) => l.organizationNameWords.has(t.bare)) || bodyName || initialsFirst || /^[\p{Lu}&]{2,}$/u.test(h.text)) {
      return cls('on-record', 'organization');
    }
    // "The Kremlin", "the Taliban": a person's name takes no article.
    if (l.definiteDeterminers.has(first.bare) && first !== h && tokens.slice(conjunct + 1, head).every((t) => t.capitalized)) return cls('on-record', 'organization');
    // A title in quotation marks is no person's name: a body's or an outlet's ("повідомили в «Укренерго»"); an
    // outlet's when a word outlets' names are built from stands in it ("«Економічної правди»").
    if (inQuotedName(r, tokens, head)) return cls('on-record', quotedTitleWords(r, tokens, head).some((t) => l.publicationNames.has(t.bare)) ? 'publication' : 'organization');
    return cls('on-record', 'person');
  }
  // (A bare singular is a manner, not a text: "according to plan"; unless a complement gives its author:
  // "according to polling by the A.F.L.-C.I.O.", "according to analysis from Moody's".)
  const authored = chunkEnd + 1 < end && (tokens[chunkEnd].bare === l.agentPreposition || l.identifyingPrepositions.has(tokens[chunkEnd].bare));
  // (Where heads come first, not a time or a territory: "в цьому році зазначається"; an occasion of speaking is a text
  // there, "— ідеться в офіційному коментарі".)
  const setting = l.headFirst && (l.timeWords.has(h.bare) || l.territoryNouns.has(lexicalForm(r, h).bare));
  // (Where heads come first, a lone noun too: "согласно проекту", "как следует из декларации".)
  if (slot === 'credited' && !h.capitalized && !isObjectPronoun(r, h) && (plural || head > conjunct || authored || l.headFirst) && !setting) return cls('on-record', 'document');
  // "The utility said", "the brokerage said": "the" and one noun the lexicon does not know, the subject of a
  // plain verb of saying, is a body the article has named (people would be in the person lists).
  const theNoun = head === conjunct + 1 && head === chunkEnd - 1 && head === e - 1 && l.articles.has(first.bare) && l.definiteDeterminers.has(first.bare) &&
    !h.capitalized && !isObjectPronoun(r, h) && !isPastForm(r, h) && !isParticiple(r, h) && !/\p{N}/u.test(h.text);
  // (Opening its clause, "which the probe said": not after a verb, "Those who opposed the tax said", whose object it is.)
  const before = s > 0 ? tokens[s - 1] : null;
  const opensClause = before === null || !before.isWord || l.clauseCoordinators.has(before.bare) || l.relativePronouns.has(before.bare) ||
    l.complementizers.has(before.bare) || l.timeWords.has(before.bare) || isAdverb(r, before);
  if (slot === 'speaker' && theNoun && opensClause) return cls('on-record', 'organization');
  // ("Some longtime season-ticket holders argue that": a count or a quantifier, then a plural the lexicon does not know,
  // the subject of a plain verb of saying, is people, unnamed; a thing says nothing.)
  // (Modifiers only between: "one of the states" is a count of a group, read above.)
  const countedUnknown = slot === 'speaker' && plural && !h.capitalized && head === e - 1 && head > conjunct &&
    tokens.slice(conjunct + 1, head).every((t) => t.isWord && !l.determiners.has(t.bare) && !l.postModifierOpeners.has(t.bare) && !l.identifyingPrepositions.has(t.bare)) &&
    (isNumber(r, first) || l.anonymousQuantifiers.has(first.bare)) && !isLexiconNoun(r, lexicalForm(r, h).bare) && !isObjectPronoun(r, h) &&
    !isPastForm(r, h) && !isParticiple(r, h) && !l.timeWords.has(h.bare);
  if (countedUnknown) return cls('anonymous', 'group', true);
  // (Not a time, an occasion or a territory: "в пятницу заявили", "в эфире рассказали", "в городе говорят".)
  const bodySlot = slot === 'body' || (slot === 'placed' && (l.morphology.locativePattern?.test(h.bare) ?? false));
  const unknownBody = () => !h.capitalized && !isObjectPronoun(r, h) && !isPastForm(r, h) && !isParticiple(r, h) && !/\p{N}/u.test(h.text) &&
    !l.timeWords.has(h.bare) && !l.occasionNouns.has(lexicalForm(r, h).bare) && !l.territoryNouns.has(lexicalForm(r, h).bare) &&
    !isLexiconNoun(r, lexicalForm(r, h).bare);
  if (bodySlot && unknownBody()) return cls('on-record', 'organization');
  return null;
}

/** Classifies a phrase by the first apposition that names a source (`slot`: as for `classifySegment`). */
export function classify(r: Reading, tokens: readonly Token[], phrase: Phrase, slot: Slot = 'plain'): SourceClass | null {
  for (let n = 0; n < phrase.segments.length; n++) {
    const [s, e] = phrase.segments[n];
    const c = classifySegment(r, tokens, s, e, n === 0 ? slot : 'plain');
    if (c) {
      // A named apposition identifies an otherwise unnamed role ("Orlov's spokesman, Oleg Marchenko"), and
      // makes a body's voice a person.
      const unnamedRole = c.kind === 'anonymous' && !r.lex.anonymousNouns.has(tokens[c.head].bare);
      if (unnamedRole || (c.type === 'organization' && r.lex.bodyVoiceNouns.has(tokens[c.head].bare))) {
        for (let m = n + 1; m < phrase.segments.length; m++) {
          const [ms, me] = phrase.segments[m];
          // ("Officials in Washington, D.C.": a lone dotted abbreviation is a place's or a body's, no person's.)
          // (Nor a lone place: "Officials in Austin, Texas"; a word for a people alone is a surname: "A lawyer,
          // English said".)
          const place = isPlace(r, tokens[ms]) && !r.lex.capitalisedPersonNouns.has(tokens[ms].bare);
          if (me - ms === 1 && (DOTTED_ABBREVIATION.test(tokens[ms].text) || place)) continue;
          // ("Один із водіїв, який везе ріпак до Львова": a relative clause is no apposition; a name in it names someone else.)
          if (r.lex.relativePronouns.has(tokens[ms].bare) || tokens[ms].bare === r.lex.personRelativePronoun) continue;
          const other = classifySegment(r, tokens, ms, me);
          // ("Hicks, his campaign spokeswoman, added", "Powers, a farmer, said": a lone capital that could be a class
          // of people is a surname when its apposition is one person.)
          const onePerson = other !== null && !other.pronoun && (other.type === 'person' || r.lex.bodyVoiceNouns.has(tokens[other.head].bare)) && !isPlural(r, lexicalForm(r, tokens[other.head]));
          if (onePerson && m === n + 1 && e - s === 1 && tokens[s].capitalized) return { ...c, kind: 'on-record', type: 'person', segment: n };
          // ("A consumer group, Public Citizen, said": a body named in an apposition.)
          if (other && other.kind === 'on-record' && unnamedRole && c.type === 'organization' && !other.pronoun) return { ...c, kind: 'on-record', segment: n };
          // ("Владелец ТЭЦ — компания «Энергоресурс»": and a role whose apposition, where heads come first, opens with a body's
          // noun that a name follows: the body holds it.)
          const namedBody = other !== null && r.lex.headFirst && other.kind === 'on-record' && other.type === 'organization' && !other.pronoun && other.head === ms &&
            tokens.slice(ms + 1, me).some((t, k) => t.capitalized || isNameQuoteMark(r, tokens, ms + 1 + k));
          if (namedBody && unnamedRole && c.type === 'person') return { ...c, kind: 'on-record', type: 'organization', segment: n };
          if (other && other.kind === 'on-record' && other.type === 'person') return { ...c, kind: 'on-record', type: 'person', segment: n };
        }
      }
      // "Jane Roe of Texas and John Doe of Ohio": two people named, joined; a name of two words or more after the
      // "and" (not "a source at the Department of Energy and Commerce").
      const nameAt = (k: number) => tokens[k]?.capitalized === true && (tokens[k + 1]?.capitalized === true || (tokens[k + 1]?.text === '.' && tokens[k + 2]?.capitalized === true));
      const joined = c.type === 'person' && !c.pronoun && tokens.slice(s + 1, e - 1).some((t, k) => r.lex.coordinators.has(t.bare) && tokens[s + k].capitalized && nameAt(s + k + 2) &&
        !inBodyName(r, tokens, s, s + k + 1));
      return { ...c, type: joined ? 'group' : c.type, segment: n };
    }
  }
  return null;
}
