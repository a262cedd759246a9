/**
 * Cues: the words and phrases by which a sentence credits what it says
 * ("said", "according to", "was quoted as saying"), found outside
 * quotations and where the word is used as a verb of saying.
 */
import { firstQuoteEndingAfter, quoteAt } from '../quotes';
import type { Token } from '../tokens';
import { connectiveAt, MAX_PARENTHETICALS } from './noun-phrases';
import { requestAt, requestEndingBefore, requestRunsTo, requestWithin } from './reasons';
import { afterPreposition, isAbbreviationPeriod, isBreak, nounBeforeName, isAdverb, isComma, isCueWord, isDash, isNameQuoteMark, isObliqueModifier, isParticiple, isPastForm, isLexiconNoun, isObjectPronoun, isPlural, lexicalForm, matchPhrase, namesPeople, wordBetween, passiveParticipleAt, possessedCreditAt, modifiedCreditAt, isShare, isNumber, type Reading } from './reading';

/**
 * How a cue finds its source: a verb ("X said", "said X"), a participle (the
 * clause's subject: "…, saying"), a belief verb (an informant only), a phrase
 * with its source before it ("X made it clear"), or after it ("according to X").
 */
type CueMode = 'verb' | 'participle' | 'belief' | 'phrase' | 'after';

/** A cue: tokens [start, end) of its sentence. */
export interface Cue {
  start: number;
  /** Exclusive token index. */
  end: number;
  mode: CueMode;
  /** A complement verb with no reported content after it: a cue only in "as X noted". */
  onlyAsComment?: boolean;
  /** A verb of finding: its source must be a text or a body ("the survey found that"). */
  textOnly?: boolean;
  /** A verb of learning: its source must be an outlet ("POLITICO has learned that"). */
  outletOnly?: boolean;
  /** "as saying" closing a quoting verb's object: the object, from this token to the cue, is its source. */
  quotedFrom?: number;
  /** "X was quoted by AFP as saying": the passive auxiliary, before which the one quoted, the source of "as saying", stands. */
  quotedSubjectBefore?: number;
  /** "За його словами": the possessive pronoun inside the credit, its source. */
  possessor?: number;
  /** "поширила твердження, що …": the text right after the verb is its object, so its subject stands before it. */
  objectAfter?: boolean;
}

/** How many tokens a quoting verb's object may take before "as saying". */
const MAX_QUOTED_OBJECT_TOKENS = 12;

/** The token where the phrase of saying that closes the object of the quoting verb at `i` starts, and its length; null if none. */
function quotedAs(r: Reading, tokens: readonly Token[], i: number): [number, number] | null {
  const l = r.lex;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + MAX_QUOTED_OBJECT_TOKENS); k++) {
    const phrase = l.quotedAsPhrases.find((p) => matchPhrase(tokens, k, p, null));
    if (phrase) return [k, phrase.length];
    if (isBreak(tokens[k]) || l.clauseBoundaries.has(tokens[k].bare)) return null;
  }
  return null;
}

/** How far after a cue the "by" of a passive agent may come ("announced on Monday by"). */
export const MAX_AGENT_DISTANCE = 4;

/** Tokens that open reported content right after a verb ("added: …", "noted, …", 'said "…"'). */
const CONTENT_OPENERS = new Set([',', '.', ':', ';', '"', '“', '”', '«', '„', '‘', "'", '—', '–']);

/** Finds the cues of a sentence, in order, outside quotations. */
export function findCues(r: Reading, tokens: readonly Token[]): Cue[] {
  const l = r.lex;
  const cues: Cue[] = [];
  const headline = isTitleCase(tokens);
  // "What did the prosecutors say?": the writer's question reports nothing; its verb follows the inverted auxiliary.
  const last = tokens[tokens.length - 1];
  const question = last !== undefined && last.text === '?' && tokens[0] !== undefined && (l.interrogatives.has(tokens[0].bare) || l.questionAuxiliaries.has(tokens[0].bare));
  const askedFrom = question ? tokens.findIndex((t) => l.questionAuxiliaries.has(t.bare)) : -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || quoteAt(r.quotes, t.start) >= 0) continue;
    if (askedFrom >= 0 && i > askedFrom) break;
    // ("За його словами", "По их данным": a possessive pronoun inside a two-word credit is its source.)
    if (possessedCreditAt(r, tokens, i)) {
      cues.push({ start: i + 2, end: i + 3, mode: 'after', possessor: i + 1 });
      i += 2;
      continue;
    }
    if (modifiedCreditAt(r, tokens, i)) {
      cues.push({ start: i, end: i + 3, mode: 'after' });
      i += 2;
      continue;
    }
    // (A one-word credit is a word that does not inflect, matched whole: "согласно" is no form of "согласны".)
    const after = l.sourceAfterPhrases.find((p) => p.length === 1 ? tokens[i].bare === p[0] : matchPhrase(tokens, i, p, l.inflection));
    if (after) {
      // ("Как стало известно газете «…»": learning credits only an outlet.)
      const learning = l.outletLearningPhrases.some((p) => p.length === after.length && matchPhrase(tokens, i, p, l.inflection));
      cues.push({ start: i, end: i + after.length, mode: 'after', ...(learning ? { outletOnly: true } : {}) });
      i += after.length - 1;
      continue;
    }
    // "Як поінформували в пресслужбі суду, …", "Как утверждает агентство": where the subject follows its verb,
    // the comment clause's opener and any verb of saying, belief or finding open a credit, its source after the verb
    // ("Як свідчать дані реєстру, …").
    const verb = tokens[i + 1];
    if (l.subjectAfterVerb && t.bare === l.commentClauseOpener && verb?.isWord && !verb.capitalized && (l.cueVerbs.has(verb.bare) || l.complementCueVerbs.has(verb.bare) || l.beliefVerbs.has(verb.bare) || l.findingVerbs.has(verb.bare))) {
      cues.push({ start: i, end: i + 2, mode: 'after' });
      i++;
      continue;
    }
    // "per the filing", "per Reuters": the named or determined source after it.
    const named = tokens[i + 1];
    // ("Per data from the research firm Tallyboard": or a text from its source, no determiner, opening a clause; "$5 per order
    // from the website" is a price.)
    const textFrom = named !== undefined && l.documentNouns.has(named.bare) && tokens[i + 2]?.bare === l.creditLinePreposition && (i === 0 || isComma(tokens[i - 1]));
    if (l.creditPrepositions.has(t.bare) && named && (named.capitalized || l.determiners.has(named.bare) || l.possessiveDeterminers.has(named.bare) || textFrom)) {
      cues.push({ start: i, end: i + 1, mode: 'after' });
      continue;
    }
    if (ownStatement(r, tokens, i)) {
      cues.push({ start: i, end: i + 4, mode: 'phrase' });
      i += 3;
      continue;
    }
    // "The Gazette quoted the owner as saying …": the verb is the outlet's cue, "as saying" the cue of the one quoted.
    const quoted = l.quotingVerbs.has(t.bare) ? quotedAs(r, tokens, i) : null;
    if (quoted) {
      const [as, length] = quoted;
      // ("X was quoted by AFP as saying": in the passive, the one quoted is the subject, the quoting outlet the agent.)
      // ("He was later quoted by Reuters as saying": past adverbs.)
      let auxiliary = i - 1;
      while (auxiliary > 0 && (isAdverb(r, tokens[auxiliary]) || l.skipBeforeCue.has(tokens[auxiliary].bare) || l.timePrepositions.has(tokens[auxiliary].bare)) && !l.passiveAuxiliaries.has(tokens[auxiliary].bare)) auxiliary--;
      const passive = auxiliary >= 0 && l.passiveAuxiliaries.has(tokens[auxiliary].bare) && tokens[i + 1].bare === l.agentPreposition;
      cues.push({ start: i, end: i + 1, mode: 'verb' }, { start: as, end: as + length, mode: 'phrase', ...(passive ? { quotedSubjectBefore: auxiliary } : { quotedFrom: i + 1 }) });
      i = as + length - 1;
      continue;
    }
    // ("Агентство привело слова неназванного офицера", "приводит агентство слова собеседника": the verb is the citing
    // subject's cue, the noun for words the cue of whose words they are.)
    const words = l.wordsCitingVerbs.has(t.bare) ? wordsCitedAt(r, tokens, i) : -1;
    if (words > 0) {
      cues.push({ start: i, end: i + 1, mode: 'verb' });
      // ("— приводит агентство его слова": a possessive pronoun before the noun for words is whose they are, someone the
      // article has already quoted; the verb is the citing subject's cue alone.)
      if (!ownerBeforeWords(r, tokens, i, words)) cues.push({ start: words, end: words + 1, mode: 'after' });
      i = words;
      continue;
    }
    const phrase = l.cuePhrases.find((p) => matchPhrase(tokens, i, p, l.inflection));
    // ("Teachers who raised concerns were moved": a phrase that its clause's verb follows reports nothing.)
    if (phrase && l.finiteAuxiliaries.has(tokens[i + phrase.length]?.bare ?? '')) {
      i += phrase.length - 1;
      continue;
    }
    // ("звернула увагу на тендери": a phrase that reports only before a clause, with none after it.)
    if (phrase && l.clausePhrases.has(phrase.join(' ')) && !clauseAfterPhrase(r, tokens, i + phrase.length)) {
      i += phrase.length - 1;
      continue;
    }
    if (phrase) {
      cues.push({ start: i, end: i + phrase.length, mode: 'phrase' });
      i += phrase.length - 1;
      continue;
    }
    // A capitalised verb mid-sentence is a name ("Ken Says"), except in a headline's title case.
    if (t.capitalized && i > 0 && !headline) continue;
    // "Note that …", "Remember that …": a verb's bare form opening a sentence before its clause bids the reader.
    if (!l.headFirst && i === 0 && tokens[1] && l.complementizers.has(tokens[1].bare) && !isPlural(r, t) && !isPastForm(r, t) && !isParticiple(r, t) && !l.pronouns.has(t.bare)) continue;
    const before = i > 0 ? tokens[i - 1] : null;
    const next = i + 1 < tokens.length ? tokens[i + 1] : null;
    // "the reports", "his claims", "secretary of state": a noun, not a verb (a gerund may follow a preposition).
    if (!l.participleCues.has(t.bare) && afterPreposition(r, tokens, i)) continue;
    // ("В банку її назвали «…»", "Міністр його підтримав": a possessive pronoun is also an object's, before a verb's past or plural.)
    const m = l.morphology;
    const objectBeforeVerb = before !== null && l.possessivePronouns.has(before.bare) &&
      [m.pastGenderPatterns?.female, m.pastGenderPatterns?.male, m.pluralVerbPattern].some((p) => p?.test(t.bare) ?? false);
    if (before && !objectBeforeVerb && (before.possessive || l.articles.has(before.bare) || (l.definiteDeterminers.has(before.bare) && !l.relativePronouns.has(before.bare)))) continue;
    const namesStatement = l.statementNouns.has(t.bare) || l.documentNouns.has(t.bare) || l.nounLikeVerbForms.has(t.bare);
    if (namesStatement && (modifiedAsNoun(r, tokens, i) || nounBeforeName(r, tokens, i))) continue;
    // ("обидві заяви внесли до реєстру": where heads come first, a word that names a statement after a determiner or a
    // quantifier is a noun; in English "Some claim that …" is a verb.)
    if (namesStatement && l.headFirst && before !== null && (l.determiners.has(before.bare) || l.knownPartyQuantifiers.has(before.bare))) continue;
    // ("Cost estimates, he added, were …": before a cue set off by commas, a word that names a statement is the
    // subject of what that cue reports.)
    if (namesStatement && next !== null && isComma(next) && cueAsideAt(r, tokens, i + 2)) continue;
    // "Reports suggest …", "Claims have …": opening the sentence before a verb, a word that names a statement is its subject.
    if (namesStatement && i === 0 && next !== null && next.isWord && (isCueWord(r, next) || l.finiteAuxiliaries.has(next.bare))) continue;
    // "unemployment claims had topped": a plural before an auxiliary, after a word that is no subject, is a noun.
    // ("the ones State now says are", "favors but says would": an adverb or a conjunction comes between a subject and its verb.)
    if (before && next && isPlural(r, t) && l.finiteAuxiliaries.has(next.bare) && !endsSubject(r, before) && !l.clauseCoordinators.has(before.bare)) continue;
    // "our worst fears", "China's sweeping territorial claims": after a possessive and its modifiers, a plural
    // that can be a noun is one (a past or a bare form is a verb after a noun: "his candidacy warned", "her
    // thinking say"; so is "says": "Thursday's meeting says").
    if (isPlural(r, t) && (namesStatement || l.beliefVerbs.has(t.bare)) && possessedModifiers(r, tokens, i)) continue;
    // "the author of that boast,": a demonstrative, not a relative pronoun, when nothing follows the word.
    if (before && next && !next.isWord && l.relativePronouns.has(before.bare) && l.definiteDeterminers.has(before.bare) && (next.text === ',' || next.text === '.')) continue;
    // "(country, state, city)": a word that is mostly a noun between commas is an item of a list.
    if (before && next && isComma(before) && isComma(next) && l.nounLikeVerbForms.has(t.bare)) continue;
    // "in at least two states", "our worst fears": a verb that is also a noun needs a subject before it.
    if (before && l.nounLikeVerbForms.has(t.bare) && !endsSubject(r, before)) continue;
    // "reported to him", "is said to be": no informing role here.
    // ("confirmed to reporters that …" reports: whom it was said to, then what.)
    // ('"…," he said to reporters.': so does a verb beside a quotation.)
    // ("…, the source claimed to the outlet.": and so does a verb closing the sentence after what it reports.)
    // ("wrote to his 20,000 Twitter followers, “It’s time …”": and so does one with a quotation after its addressee.)
    // ("vowed to fight the ruling": a commitment, what the subject commits to.)
    if (next && l.nonReportingFollowers.has(next.bare) && !(l.addresseePrepositions.has(next.bare) && (addresseeThenClause(r, tokens, i + 2) || besideQuotation(r, tokens, i) || addresseeClosesReport(r, tokens, i) ||
      addresseeThenQuotation(r, tokens, i + 2))) && !(l.infinitiveCueVerbs.has(t.bare) && infinitiveFollows(r, tokens, i + 1))) continue;
    if (passiveParticipleAt(r, tokens, i) || participleAside(r, tokens, i)) continue;
    // "a group called 'We support …'": a thing named by the quotation after it (people who "called" a thing
    // something characterise it: "what lawmakers called 'fraud'").
    // (Not a finite naming verb after its object, where the naming verbs are finite forms only: "В пресс-службе эту информацию
    // назвали «домыслами»".)
    if (next && before && !l.articleless && l.namingVerbs.has(t.bare) && quoteAt(r.quotes, next.start) >= 0 && before.isWord && !before.capitalized && !namesPeople(r, before)) continue;
    // "The most telling promise", "the most criticized move": after a degree word, a participle is an adjective
    // ("most said" is a quantifier and its verb).
    if (before && l.degreeWords.has(before.bare) && (isParticiple(r, t) || (isPastForm(r, t) && i >= 2 && l.determiners.has(tokens[i - 2].bare)))) continue;
    // "який говорив на умовах анонімності", "who spoke on condition of anonymity": a relative clause saying how
    // someone spoke, not what ("сказал на условиях анонимности источник" says what, its source after it).
    // "spoke on condition of anonymity because the team had not announced the deal": the reason for
    // anonymity reports nothing.
    if (inReasonForAnonymity(r, tokens, i)) continue;
    // ("Пайовики написали заяви до поліції": a verb of writing with a text as its object, and nothing it says after it, files it.)
    // (Its object is no verb either: "пишуть заяви".)
    if (l.writingVerbs.has(t.bare) && filesText(r, tokens, i)) {
      i++;
      continue;
    }
    // ("Он попросил не называть его имени, объяснив, что опасается увольнения", "…, пояснивши це тим, що …", "asked not to be
    // named, explaining that …": a gerund right after the comma that closes a request for anonymity says why, nothing more.)
    if (before !== null && isComma(before) && (isParticiple(r, t) || l.participleCues.has(t.bare)) && (requestEndingBefore(r, tokens, i - 1) >= 0 || requestRunsTo(r, tokens, i - 1))) continue;
    // ("from a Nordic member state,": a verb's bare form after a phrase "a" or "an" opens, one thing or person, agrees with
    // no subject there; it is the phrase's last noun.)
    // (A bare form is one whose "-s" form is a cue word too: "state", "states"; not "said".)
    const bareForm = !isPlural(r, t) && (l.morphology.thirdPersonSuffixes ?? []).map((suffix) => t.bare + suffix).some((form) => l.cueVerbs.has(form) ||
      l.complementCueVerbs.has(form) || l.contentCueVerbs.has(form) || l.quoteCueVerbs.has(form));
    if (bareForm && before !== null && before.isWord && singularIndefiniteBefore(r, tokens, i)) continue;
    // ("які говорили з «Українською правдою» на умовах анонімності": with whom, between.)
    if (before && next && l.relativePronouns.has(before.bare) && requestWithin(r, tokens, i + 1, MAX_BEFORE_REQUEST)) continue;
    // ("Обидва співрозмовники говорили на умовах анонімності, бо …": so does a subject's verb with the request right after
    // it and nothing said after the request, only why.)
    // (Not beside a quotation, which is what is said: '"…," a port official said on condition of anonymity because …'.)
    const request = next !== null && before !== null && before.isWord && !besideQuotation(r, tokens, i) ? requestAt(r, tokens, i + 1) : 0;
    const afterRequest = tokens[i + 1 + request];
    if (request > 0 && (afterRequest === undefined || !afterRequest.isWord || l.reasonMarkers.some((p) => matchPhrase(tokens, i + 1 + request, p, null))) &&
      !(afterRequest !== undefined && isComma(afterRequest) && l.complementizers.has(tokens[i + 2 + request]?.bare ?? '')) && afterRequest?.text !== ':' && quoteAt(r.quotes, afterRequest?.start ?? -1) < 0) continue;
    // "…, without asking her,", "without saying a word": a gerund after a preposition that denies it reports nothing.
    if (before && l.negatingPrepositions.has(before.bare) && isParticiple(r, t)) continue;
    // "Jane Roe reported from Washington.": a reporter's dateline credit, no claim.
    if (next && l.publicationCues.has(t.bare) && next.bare === l.creditLinePreposition && onlyNamesFrom(tokens, i + 2)) continue;
    // "staffers who reported for duty": where one turned up to work, no claim ("As Jane Roe reports for NPR, …"
    // reports).
    const afterFor = tokens[i + 2];
    if (next && afterFor && l.publicationCues.has(t.bare) && next.bare === l.servicePreposition && afterFor.isWord && !afterFor.capitalized && !isDeterminer(r, afterFor)) continue;
    // "would announce", "declined to say": nothing has been reported; nor by an infinitive ("говорити").
    if (afterModal(r, tokens, i) || l.morphology.infinitivePattern?.test(t.bare)) continue;
    // "Директор не уточнив, чи буде …": a negated verb of saying before an indirect question reports nothing.
    if (negatedBeforeQuestion(r, tokens, i) || negatedWithNothingSaid(r, tokens, i)) continue;
    // "…until weeks after teachers first complained.": closing a clause that "after" or "when" opens, a verb
    // says nothing, and nothing before it is what it says.
    if (next && SENTENCE_CLOSERS.has(next.text) && opensAdverbialClause(r, tokens, i) && !besideQuotation(r, tokens, i)) continue;
    // ("… only if prosecutors first establish that …", "if a traffic study shows …": inside a condition, a verb of saying
    // reports nothing yet.)
    // (A condition's "If" may open the sentence.)
    if (opensAdverbialClause(r, tokens, i, l.conditionalSubordinators, true) && !besideQuotation(r, tokens, i)) continue;
    if (l.participleCues.has(t.bare)) {
      // ("pieces of writing were his cards": a gerund before a finite auxiliary is a noun, its subject.)
      if (next && l.finiteAuxiliaries.has(next.bare)) continue;
      // ("заявивши, що …", not "написавши заяву", "відповівши на запитання": where heads come first, a gerund reports only
      // its clause or a quotation beside it.)
      if (l.headFirst && !(gerundClauseFollows(r, tokens, i + 1) || besideQuotation(r, tokens, i))) continue;
      // "taxpayers reporting capital gains", "an umpire calling balls": right after a noun and before a
      // thing it acts on, the participle describes the noun; it reports nothing.
      // (Not before a person: "officials telling reporters", "staff suggesting someone should …".)
      if (before && before.isWord && !before.capitalized && isLexiconNoun(r, lexicalForm(r, before).bare) && next && commonNounAt(r, next) && !isLexiconNoun(r, lexicalForm(r, next).bare)) continue;
      // "The Democrats are alleging that …": after "are", the participle is a verb in the progressive, and
      // reports only what follows it as a clause or a quotation ("were referring to studies" reports nothing).
      // ("Consumer advocates are urging the state to act": or whom it urges and what, an infinitive.)
      // ("Health authorities are reporting a sixth death": reporting news takes its object.)
      if (before && r.lex.passiveAuxiliaries.has(before.bare) && !clauseFollows(r, tokens, i + 1) && !besideQuotation(r, tokens, i) && !addresseeThenInfinitive(r, tokens, i + 1) &&
        !r.lex.publicationCues.has(t.bare)) continue;
      cues.push({ start: i, end: i + 1, mode: 'participle' });
    }
    else if (l.cueVerbs.has(t.bare)) cues.push({ start: i, end: i + 1, mode: 'verb' });
    else if (l.complementCueVerbs.has(t.bare)) {
      // ('"…," added Rep. Jane Roe': the quotation before the verb is what it reports.)
      // (Not a word that is mostly a noun: '…," state Sen. Jane Roe said'.)
      const afterQuotation = quotationEndsBefore(r, tokens, i) && !l.nounLikeVerbForms.has(t.bare);
      // (Without articles a naming verb reports only what the subject calls something: "назвал сына Иваном" nothing.)
      const naming = l.namingVerbs.has(t.bare);
      const reports = naming && l.articleless ? characterisationFollows(r, tokens, i + 1) :
        contentFollows(r, tokens, i + 1) || afterQuotation || questionFollows(r, tokens, i) || besideQuotation(r, tokens, i) ||
        (naming && characterisationFollows(r, tokens, i + 1)) || characterisedAs(r, tokens, i + 1) || (l.infinitiveCueVerbs.has(t.bare) && infinitiveFollows(r, tokens, i + 1)) ||
        (l.estimatingVerbs.has(t.bare) && estimateFollows(r, tokens, i + 1)) ||
        // ("Про це передає Укрінформ": where the subject may follow its verb, a name right after it is the one who reports.)
        (l.subjectAfterVerb && next !== null && next.isWord && next.capitalized) ||
        // ("Теперь, отмечают наблюдатели, конфликт …": set off by commas inside the clause it reports, with its subject.)
        // (Where the subject follows its verb: in English "The program, called EB-5, allows" names.)
        (l.subjectAfterVerb && before !== null && isComma(before) && asideClosesAfter(tokens, i + 1)) ||
        // ("В Альянсі відзначають прогрес": the impersonal plural after a body "в/у" places opening the sentence reports.)
        placedBodySpeaks(r, tokens, i);
      cues.push({ start: i, end: i + 1, mode: 'verb', onlyAsComment: !reports });
    }
    // ("Він поклявся помститися": a verb of committing oneself in no other class, before an infinitive.)
    else if (l.infinitiveCueVerbs.has(t.bare) && infinitiveFollows(r, tokens, i + 1)) cues.push({ start: i, end: i + 1, mode: 'verb' });
    // "She assured voters that …": a verb of telling, its addressee, then what it told.
    else if (l.addresseeCues.has(t.bare) && l.quoteCueVerbs.has(t.bare) && addresseeThenClause(r, tokens, i + 1)) cues.push({ start: i, end: i + 1, mode: 'verb' });
    // ("The report found children …", "polls show him ahead": after a document, a finding needs no "that".)
    // ("Про це свідчать дані реєстру": where the subject may follow its verb, a document right after it.)
    else if (l.findingVerbs.has(t.bare) && next && (l.complementizers.has(next.bare) || documentSubjectBefore(r, tokens, i) || closingDocumentSubject(r, tokens, i) ||
      (l.subjectAfterVerb && l.documentNouns.has(lexicalForm(r, next).bare)))) {
      cues.push({ start: i, end: i + 1, mode: 'verb', textOnly: true });
    }
    // ('"…," the statement read', "One sign read: …": a text's wording.)
    else if (l.wordingVerbs.has(t.bare) && besideQuotation(r, tokens, i) && documentSubjectBefore(r, tokens, i)) cues.push({ start: i, end: i + 1, mode: 'verb', textOnly: true });
    else if (next && l.complementizers.has(next.bare) && !l.interrogatives.has(next.bare) && l.outletLearningVerbs.some((p) => i + 1 >= p.length && matchPhrase(tokens, i + 1 - p.length, p, null))) {
      cues.push({ start: i, end: i + 1, mode: 'verb', outletOnly: true });
    }
    // "think about it", "fear of": a belief verb reports a view only before a clause.
    // ("doubted her in Nevada", "believe him.": a person believed or doubted, no view reported; "think we
    // overeat" reports one.)
    // ("…, уверены в правительстве.": where the subject follows its verb, a view after a comma may be a body's,
    // named after a locative preposition that closes the sentence.)
    else if (l.beliefVerbs.has(t.bare) && (!(next && (l.identifyingPrepositions.has(next.bare) || l.objectPrepositions.has(next.bare) || personBelieved(r, tokens, i + 1))) ||
      bodyClosesAfterComma(r, tokens, i))) {
      cues.push({ start: i, end: i + 1, mode: 'belief' });
    }
    // "Some questioned whether …": any verb of asking right before what was asked ("questioned the suspect
    // about …" is an interrogation).
    else if (l.questionVerbs.has(t.bare) && next && l.interrogatives.has(next.bare) && questionFollows(r, tokens, i)) cues.push({ start: i, end: i + 1, mode: 'verb' });
    // "Critics joked that the plan …": a verb of saying before the clause it introduces.
    // ("Critics portrayed the plan as a giveaway": or before what it says its object is.)
    // ("The bank hinted on Friday that …": a time may come between.)
    // ("The talks could still fall apart, the sources cautioned.": or closing the sentence after what it says.)
    else if (l.contentCueVerbs.has(t.bare) && !l.modals.has(t.bare) && (clauseFollows(r, tokens, i + 1) || timeThenContent(r, tokens, i + 1) || characterisedAs(r, tokens, i + 1) ||
      closesAfterContent(r, tokens, i))) {
      cues.push({ start: i, end: i + 1, mode: 'verb' });
    }
    // ("Supporters counter that …": its bare lemma, elsewhere as often a noun, right after a plural subject and before "that"
    // and its clause; not after a name, "a Breitbart News report that …".)
    // ("Trade experts caution, however, that …": a one-word aside may come between.)
    else if (l.contentCueLemmas.has(t.bare) && before !== null && before.isWord && isPlural(r, before) && (!before.capitalized || i === 1) && next !== null &&
      (l.complementizers.has(next.bare) || (isComma(next) && l.complementizers.has(tokens[i + 4]?.bare ?? '') && isComma(tokens[i + 3]))) &&
      clauseFollows(r, tokens, i + 1)) {
      cues.push({ start: i, end: i + 1, mode: 'verb' });
    }
    // ("поширила твердження, що …", "поширила повідомлення про те, що …": or, without articles, before a text whose clause
    // says what it holds, its object.)
    else if (l.contentCueVerbs.has(t.bare) && l.articleless && textThenClause(r, tokens, i + 1)) cues.push({ start: i, end: i + 1, mode: 'verb', objectAfter: true });
    // ('"…," Trump went on', '"…," she called out': so does a phrasal verb of speech, its particle after it.)
    else if (next && l.phrasalQuoteVerbs.get(t.bare) === next.bare && besideQuotation(r, tokens, i + 1)) cues.push({ start: i, end: i + 2, mode: 'verb' });
    // "'…,' she joked", "She continued: '…'": any verb of speech beside a quotation reports it.
    else if (l.quoteCueVerbs.has(t.bare) && !l.modals.has(t.bare) && besideQuotation(r, tokens, i)) cues.push({ start: i, end: i + 1, mode: 'verb' });
  }
  return cues;
}

/** Most words between "a" and the word after its phrase that `singularIndefiniteBefore` looks back over. */
const MAX_INDEFINITE_PHRASE = 4;

/** Do the words right before `i` form a phrase that "a" or "an" opens, with no plural, mark or function word in it ("a Nordic member")? */
function singularIndefiniteBefore(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  for (let k = i - 1; k >= 0 && i - k <= MAX_INDEFINITE_PHRASE + 1; k--) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (l.articles.has(t.bare) && l.indefiniteDeterminers.has(t.bare)) return k < i - 1;
    // (Nor a share or a count, which may be many: "Nearly a third say", "A mere 9 percent say".)
    if (isPlural(r, t) || isShare(r, t) || isNumber(r, t) || t.possessive || l.determiners.has(t.bare) || l.pronouns.has(t.bare) || l.relativePronouns.has(t.bare) || l.complementizers.has(t.bare) ||
      l.clauseBoundaries.has(t.bare) || l.finiteAuxiliaries.has(t.bare) || l.modals.has(t.bare) || l.objectPrepositions.has(t.bare) || l.identifyingPrepositions.has(t.bare)) return false;
  }
  return false;
}

/** Most words between a citing verb and its noun for words (a subject after the verb: "приводит агентство «…» слова"). */
const MAX_BEFORE_WORDS_NOUN = 4;

/** Does a possessive pronoun name whose words the noun at `words` are, after the citing verb at `i` and its subject? */
function ownerBeforeWords(r: Reading, tokens: readonly Token[], i: number, words: number): boolean {
  return words - 1 > i + 1 && r.lex.possessivePronouns.has(tokens[words - 1].bare);
}

/** Where the noun for words stands after the citing verb at `i`, a word after it or a possessive pronoun before it naming whose; -1 when none. */
function wordsCitedAt(r: Reading, tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k - i <= MAX_BEFORE_WORDS_NOUN + 1; k++) {
    const t = tokens[k];
    if (!t.isWord && !isNameQuoteMark(r, tokens, k)) return -1;
    // (Whose words, not a preposition: "привел слова в порядок" cites no one.)
    const whose = tokens[k + 1];
    const l = r.lex;
    if (t.bare === l.wordsNoun && ownerBeforeWords(r, tokens, i, k)) return k;
    if (t.bare === l.wordsNoun) return whose?.isWord === true && !l.objectPrepositions.has(whose.bare) && !l.identifyingPrepositions.has(whose.bare) &&
      !l.topicPrepositions.has(whose.bare) && !l.complementizers.has(whose.bare) ? k : -1;
  }
  return -1;
}

/**
 * Is the subject of the verb at `i` a document ("the report found", "studies have shown")? Words that may
 * stand between a subject and its verb ("has", "also") are passed over.
 */
function documentSubjectBefore(r: Reading, tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && r.lex.skipBeforeCue.has(tokens[k].bare)) k--;
  // ("The documents, obtained by the agency, show …": past an aside set off by commas.)
  // ("Опрос, проведенный местным социологическим центром «Вектор» в марте, показал": a quoted name inside it too.)
  if (k > 0 && isComma(tokens[k])) {
    let open = k - 1;
    while (open > 0 && k - open <= MAX_DOCUMENT_ASIDE_TOKENS && (tokens[open].isWord || isNameQuoteMark(r, tokens, open))) open--;
    if (open > 0 && open < k - 1 && isComma(tokens[open])) k = open - 1;
  }
  // ("A poll released last week by Acme Polling found …": past a participle phrase right after the document;
  // "Data from the Acme Public Library show …": or a complement.)
  // ("A monthly survey of manufacturers released on Thursday by the Federal Reserve Bank of Kansas City showed …": a body's
  // long name may close it.)
  for (let p = k; p > 0 && k - p < MAX_DOCUMENT_MODIFIER_WORDS && tokens[p].isWord && !isCueWord(r, tokens[p]); p--) {
    const opensModifier = isPastForm(r, tokens[p]) || (!tokens[p].capitalized && r.lex.postModifierOpeners.has(tokens[p].bare) && !r.lex.relativePronouns.has(tokens[p].bare));
    if (!opensModifier || !r.lex.documentNouns.has(lexicalForm(r, tokens[p - 1]).bare)) continue;
    k = p - 1;
    break;
  }
  // ("Дослідження центру, опубліковане минулого року, свідчить": where heads come first, the document opening the sentence
  // with its complements after it.)
  if (r.lex.headFirst && k > 0 && k < MAX_DOCUMENT_COMPLEMENT && tokens.slice(1, k + 1).every((t, n) => (t.isWord && !isCueWord(r, t)) || isNameQuoteMark(r, tokens, n + 1)) &&
    r.lex.documentNouns.has(lexicalForm(r, tokens[0]).bare)) return true;
  return k >= 0 && tokens[k].isWord && r.lex.documentNouns.has(lexicalForm(r, tokens[k]).bare);
}

/** Most tokens of an aside set off by commas between a document and a finding verb, a quoted name's marks too. */
const MAX_DOCUMENT_ASIDE_TOKENS = 12;

/** Most words between a document and a finding verb, past the participle or the complement after the document. */
const MAX_DOCUMENT_MODIFIER_WORDS = 16;

/** Most tokens of the complements after a document that opens the sentence ("Дослідження центру"). */
const MAX_DOCUMENT_COMPLEMENT = 5;

/** How far back from a cue the reason for anonymity it may stand in may open (tokens). */
const MAX_REASON_REACH = 15;

/**
 * Does the cue at `i` stand in a clause giving a reason for anonymity, opened right after the request? Not
 * where the reason is a phrase ("because of agency policy"): the verb after it is the sentence's ("A
 * spokesperson who asked not to be named because of agency policy said").
 */
function inReasonForAnonymity(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  for (let k = i - 1; k > 0 && k >= i - MAX_REASON_REACH; k--) {
    if (isBreak(tokens[k]) || isComma(tokens[k])) return false;
    const marker = l.reasonMarkers.find((p) => matchPhrase(tokens, k, p, l.inflection));
    if (!marker) continue;
    const opensPhrase = l.identifyingPrepositions.has(marker[marker.length - 1]) || l.identifyingPrepositions.has(tokens[k + marker.length]?.bare ?? '');
    // ("попросивший не называть его имени, так как центр не комментирует …": a comma may stand between.)
    const afterRequest = !opensPhrase && (requestEndingBefore(r, tokens, k) >= 0 || (k > 0 && isComma(tokens[k - 1]) && requestRunsTo(r, tokens, k - 1)));
    // ("A pharmacist who asked not to be named because her employer prohibits it said …": a finite verb of saying after the
    // reason's own finite verb is the sentence's, where no language marks the reason's end.)
    // (Not a second verb of the reason's subject, "because they had signed … or feared …", nor a belief.)
    // (`modals` holds the infinitive's "to" too.)
    const cueFinite = !l.headFirst && !l.modals.has(tokens[i - 1].bare) && !l.coordinators.has(tokens[i - 1].bare) &&
      !l.clauseCoordinators.has(tokens[i - 1].bare) && !l.beliefVerbs.has(tokens[i].bare) && !/ing$/.test(tokens[i].bare);
    return afterRequest && !(cueFinite && tokens.slice(k + marker.length, i).some((_, n) => finiteForm(r, tokens, k + marker.length + n)));
  }
  return false;
}

/** Is the word at `i` a finite verb by its form: an auxiliary or a modal, or an "-ed" or an "-s" form after a noun or a pronoun, not after "to"? */
function finiteForm(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t.isWord || l.headFirst || before === undefined || l.modals.has(before.bare)) return false;
  // (Not the infinitive's "to", which `modals` holds too and which is also a preposition.)
  if (l.finiteAuxiliaries.has(t.bare) || (l.modals.has(t.bare) && !l.objectPrepositions.has(t.bare))) return true;
  const afterSubject = before.isWord && (l.pronouns.has(before.bare) || isLexiconNoun(r, lexicalForm(r, before).bare) || isObjectPronoun(r, before));
  // (The "-s" form reads as a plural by the language's pattern; a noun the lexicon knows is one.)
  return afterSubject && (isPastForm(r, t) || (isPlural(r, t) && !isLexiconNoun(r, t.bare)));
}

/** Tokens that may stand between a verb in a relative clause and the request for anonymity that says how it was said. */
const MAX_BEFORE_REQUEST = 6;

/** Words that may open a phrase before its document noun ("a new federal report"). */
const MAX_WORDS_BEFORE_DOCUMENT = 4;

/**
 * "…, a report released Wednesday by the center found.": a verb that closes the sentence after a comma,
 * its subject opened by a document noun whatever follows the noun.
 */
function closingDocumentSubject(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k].isWord) return false;
  let comma = i - 1;
  while (comma >= 0 && !isComma(tokens[comma])) {
    if (!tokens[comma].isWord && !isAbbreviationPeriod(tokens, comma)) return false;
    comma--;
  }
  if (comma < 0) return false;
  for (let k = comma + 1; k < Math.min(i, comma + 1 + MAX_WORDS_BEFORE_DOCUMENT); k++) {
    if (r.lex.documentNouns.has(lexicalForm(r, tokens[k]).bare)) return true;
    if (isDeterminer(r, tokens[k])) continue;
    if (tokens[k].capitalized || isLexiconNoun(r, lexicalForm(r, tokens[k]).bare)) return false;
  }
  return false;
}

/** Words an aside between commas may take ("obtained by The Associated Press"). */
const MAX_SEGMENT_WORDS = 8;

const isDeterminer = (r: Reading, t: Token) => t.possessive || r.lex.determiners.has(t.bare) || r.lex.indefiniteDeterminers.has(t.bare) || r.lex.possessiveDeterminers.has(t.bare);

/**
 * "some reports suggesting", "our previous mention", "early-morning tweets": a word that names a statement
 * is a noun after a determiner, or after a modifier that is no noun (with a determiner, or hyphenated).
 */
function modifiedAsNoun(r: Reading, tokens: readonly Token[], i: number): boolean {
  const before = i > 0 ? tokens[i - 1] : null;
  if (!before) return false;
  if (isDeterminer(r, before)) return true;
  if (!before.isWord || before.capitalized) return false;
  // (A hyphenated word heads by its last part: "co-founder" is a noun, "post-traumatic" is not.)
  if (before.bare.includes('-')) return !isLexiconNoun(r, before.bare.slice(before.bare.lastIndexOf('-') + 1));
  return i >= 2 && isDeterminer(r, tokens[i - 2]) && !isLexiconNoun(r, lexicalForm(r, before).bare);
}

/** How many modifiers may stand between a possessive and its noun ("China's sweeping territorial claims"). */
const MAX_MODIFIERS = 2;

/** Do one or two lower-case words that are no nouns the lexicon knows stand between a possessive and token `i`? */
function possessedModifiers(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  for (let k = i - 1; k >= Math.max(0, i - MAX_MODIFIERS - 1); k--) {
    const t = tokens[k];
    if (k < i - 1 && (l.possessiveDeterminers.has(t.bare) || t.possessive)) return true;
    if (!t.isWord || t.capitalized || t.possessive || isLexiconNoun(r, lexicalForm(r, t).bare) || l.possessiveDeterminers.has(t.bare)) return false;
    // ("the board's plans believes", "the board's thinking believes": a plural or a gerund right before it is the
    // possessive's head, and the word after it a verb.)
    if (k === i - 1 && (isPlural(r, t) || isParticiple(r, t))) return false;
  }
  return false;
}

/** Can `t` be the last word of a subject, or stand between a subject and its verb? */
function endsSubject(r: Reading, t: Token): boolean {
  const l = r.lex;
  // ("Super Tuesday states": a day or a month is no subject.)
  if (l.timeWords.has(t.bare)) return false;
  return !t.isWord || t.capitalized || l.pronouns.has(t.bare) || l.relativePronouns.has(t.bare) || isLexiconNoun(r, lexicalForm(r, t).bare) ||
    l.skipBeforeCue.has(t.bare) || isAdverb(r, t) || l.negations.has(t.bare);
}

/**
 * Does a clause open at `i`: a colon, a quotation, or a complementizer before a subject ("that the
 * plan", "that he"; not the determiner in "that plan")?
 */
/** Words of a setting between a gerund and its clause ("заявив по его итогам, что …"). */
const MAX_GERUND_SETTING = 6;

/** Does a clause open at `i`, past a short setting and the comma a language writes before it ("…, що …"), or a colon? */
function gerundClauseFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  let at = i;
  while (at < tokens.length && at - i < MAX_GERUND_SETTING && tokens[at].isWord && !r.lex.complementizers.has(tokens[at].bare)) at++;
  if (at < tokens.length && isComma(tokens[at])) at++;
  return at < tokens.length && (r.lex.complementizers.has(tokens[at].bare) || tokens[at].text === ':');
}

function clauseFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text === ':' || (quoteAt(r.quotes, t.start) >= 0 && quoteAt(r.quotes, t.start - 1) < 0)) return true;
  // ("Trade experts caution, however, that …": a one-word aside may come between.)
  if (isComma(t) && tokens[i + 1]?.isWord === true && !tokens[i + 1].capitalized && isComma(tokens[i + 2]) && r.lex.complementizers.has(tokens[i + 3]?.bare ?? '')) {
    return clauseFollows(r, tokens, i + 3);
  }
  // ("cautioned that even a political agreement would …": a focus particle may open the subject.)
  const subjectAt = tokens[i + 1]?.isWord === true && r.lex.focusParticles.has(tokens[i + 1].bare) ? i + 2 : i + 1;
  const subject = tokens[subjectAt];
  // ("cautioned that, to the naked eye, …": an aside may open the clause; 'joked that "we could …"': so may a quotation.)
  const quotationOpens = subject !== undefined && !subject.isWord && r.quotes[quoteAt(r.quotes, subject.start)]?.start === subject.start;
  return r.lex.complementizers.has(t.bare) && subject !== undefined &&
    (subject.capitalized || r.lex.determiners.has(subject.bare) || r.lex.pronouns.has(subject.bare) || isComma(subject) || quotationOpens ||
      // ("cautioned that no decision had been made", "that nothing had changed": or one of none.)
      r.lex.negativeDeterminers.has(subject.bare) || r.lex.negativePronouns.has(subject.bare) || barePluralSubject(r, tokens, subjectAt));
}

/**
 * "countered that salaries make up …", "counter that clerks and voters have …": a plural noun with no determiner, perhaps
 * after one modifier, opens a clause after "that", which as a determiner takes no plural ("that argument", "those
 * arguments"). Plural by its spelling in -s, not the singulars in -ss, -us, -is ("that process", "that status").
 */
function barePluralSubject(r: Reading, tokens: readonly Token[], k: number): boolean {
  if (r.lex.articleless || r.lex.interrogatives.has(tokens[k - 1]?.bare ?? '')) return false;
  const plural = (t: Token | undefined) => t !== undefined && t.isWord && !t.capitalized && /[^siu]s$/.test(t.bare) && t.bare.length > 3;
  const word = (t: Token | undefined) => t !== undefined && t.isWord && !t.capitalized;
  return (plural(tokens[k]) || (word(tokens[k]) && !plural(tokens[k]) && plural(tokens[k + 1]))) && word(tokens[plural(tokens[k]) ? k + 1 : k + 2]);
}

/** Most words between a text's noun and the comma before the clause that says what it holds ("повідомлення про те, що"). */
const MAX_TEXT_TO_CLAUSE = 2;

/** Does a text's noun stand at `k`, then the clause that says what it holds ("твердження, що …", "повідомлення про те, що …")? */
function textThenClause(r: Reading, tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  if (!noun?.isWord || noun.capitalized || !(r.lex.documentNouns.has(lexicalForm(r, noun).bare) || r.lex.statementNouns.has(noun.bare))) return false;
  for (let m = k + 1; m <= k + 1 + MAX_TEXT_TO_CLAUSE && m < tokens.length; m++) {
    if (isComma(tokens[m])) return r.lex.complementizers.has(tokens[m + 1]?.bare ?? '');
    if (!tokens[m].isWord) return false;
  }
  return false;
}

/** Does a clause follow at `k`, after a comma too ("звертає увагу, що …")? */
function clauseAfterPhrase(r: Reading, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // ("звертають увагу на те, що …": or past a preposition and its demonstrative, and the comma before the complementizer.)
  return t !== undefined && (clauseFollows(r, tokens, k) || (isComma(t) && r.lex.complementizers.has(tokens[k + 1]?.bare ?? '')) || settingThenClause(r, tokens, k));
}

/** Does a quotation end right before token `i` ('"…," added')? */
export function quotationEndsBefore(r: Reading, tokens: readonly Token[], i: number): boolean {
  // ("«…», — визнав міністр": past the comma and the dash that set the quotation off.)
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k].isWord; k--) {
    const q = quoteAt(r.quotes, tokens[k].start);
    if (q >= 0 && r.quotes[q].end === tokens[k].end) return true;
    if (!isComma(tokens[k]) && !isDash(tokens[k])) return false;
  }
  return false;
}

/** Words an addressee may take, a time after it included ("assured [the] voters that", "pledged to the trust in July that"). */
const MAX_ADDRESSEE_WORDS = 4;

/** Does a clause follow at `i`, directly or after a short addressee ("that …", "voters that …", "him that …")? */
function addresseeThenClause(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + MAX_ADDRESSEE_WORDS + 1); k++) {
    const t = tokens[k];
    if (!t.isWord || isCueWord(r, t)) return false;
    if (r.lex.complementizers.has(t.bare)) return k > i || clauseFollows(r, tokens, k);
  }
  return false;
}

/** Words an addressee may take before a quotation ("to his 20,000 Twitter followers, “…”"). */
const MAX_QUOTED_ADDRESSEE_WORDS = 5;

/** An addressee of a few words at `i`, then a comma or a colon and a quotation opening. */
function addresseeThenQuotation(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + MAX_QUOTED_ADDRESSEE_WORDS + 1); k++) {
    const t = tokens[k];
    if (t.isWord && !isCueWord(r, t) && !r.lex.complementizers.has(t.bare)) continue;
    const after = tokens[k + 1];
    return k > i && (t.text === ',' || t.text === ':') && quoteAt(r.quotes, after.start) >= 0 && quoteAt(r.quotes, after.start - 1) < 0;
  }
  return false;
}

/**
 * "The deal, announced in October, closed …": a past participle opening an aside set off by commas, a
 * preposition right after it, and the sentence's verb after the aside, describes the noun before it; it
 * reports nothing.
 */
function participleAside(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const next = tokens[i + 1];
  if (l.headFirst || i === 0 || !isComma(tokens[i - 1]) || !isPastForm(r, tokens[i]) || !next?.isWord || !(l.objectPrepositions.has(next.bare) || l.timePrepositions.has(next.bare))) return false;
  // (Not a verb after an apposition that a comma closes: "Jane Roe, a professor in Paris, noted in an interview, …".)
  for (let k = i - 2; k >= 0 && (tokens[k].isWord || isComma(tokens[k]) || isAbbreviationPeriod(tokens, k)); k--) if (isComma(tokens[k])) return false;
  for (let k = i + 2; k < tokens.length && k <= i + MAX_SEGMENT_WORDS; k++) {
    const t = tokens[k];
    if (t.isWord) {
      if (isCueWord(r, t) || l.complementizers.has(t.bare)) return false;
      continue;
    }
    const after = tokens[k + 1];
    return isComma(t) && after !== undefined && after.isWord && !after.capitalized && !l.pronouns.has(after.bare) && !l.determiners.has(after.bare);
  }
  return false;
}

/** "urging the state to act": an addressee of a few words at `i`, then "to" and a verb. */
function addresseeThenInfinitive(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + MAX_ADDRESSEE_WORDS + 1); k++) {
    const t = tokens[k];
    if (!t.isWord || isCueWord(r, t) || (r.lex.clauseBoundaries.has(t.bare) && !r.lex.complementPrepositions.has(t.bare))) return false;
    // (A verb after "to", not a noun: "denying vaccines to immigrants" urges no one.)
    const next = tokens[k + 1];
    if (r.lex.complementPrepositions.has(t.bare)) return k > i && verbAfterTo(r, next);
  }
  return false;
}

/** A verb after "to", not a noun ("to act", not "to immigrants", "to the cause"). */
function verbAfterTo(r: Reading, t: Token | undefined): boolean {
  return t !== undefined && t.isWord && !t.capitalized && !r.lex.determiners.has(t.bare) && !isPlural(r, t) && !isLexiconNoun(r, t.bare);
}

/** Most words of whom a verb before an infinitive is said to ("радить фермерам не поспішати"). */
const MAX_INFINITIVE_ADDRESSEE_WORDS = 2;

/**
 * "vowed to fight", "vowed not to", "пообіцяв винести", "обещает не повышать", "советуют жильцам обращаться": an
 * infinitive at `i`, a negation before it or not; where the infinitive has an ending of its own, a word or two
 * of whom it is said to may come first.
 */
function infinitiveFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const infinitive = r.lex.morphology.infinitivePattern;
  const negation = (t: Token | undefined) => t !== undefined && (r.lex.negativeParticles.has(t.bare) || r.lex.negations.has(t.bare));
  if (!infinitive) {
    const k = negation(tokens[i]) ? i + 1 : i;
    return tokens[k]?.isWord === true && r.lex.complementPrepositions.has(tokens[k].bare) && verbAfterTo(r, tokens[k + 1]);
  }
  for (let k = i; k <= i + MAX_INFINITIVE_ADDRESSEE_WORDS && tokens[k]?.isWord; k++) {
    const t = negation(tokens[k]) ? tokens[k + 1] : tokens[k];
    if (t?.isWord && infinitive.test(t.bare)) return true;
    if (isCueWord(r, tokens[k]) || r.lex.clauseBoundaries.has(tokens[k].bare)) return false;
    // ("радить фермерам, які мають змогу зберігати врожай, не поспішати": past a relative clause on whom it is said to.)
    const comma = tokens[k + 1];
    if (comma !== undefined && isComma(comma) && r.lex.relativePronouns.has(tokens[k + 2]?.bare ?? '') && !r.lex.complementizers.has(tokens[k + 2].bare)) {
      let close = k + 3;
      while (close < tokens.length && close < k + 3 + MAX_RELATIVE_WORDS && !isComma(tokens[close]) && tokens[close].isWord) close++;
      return close < tokens.length && isComma(tokens[close]) && infinitiveFollows(r, tokens, close + 1);
    }
  }
  return false;
}

/** Most words of a relative clause on whom an infinitive's verb is said to ("які мають змогу зберігати врожай"). */
const MAX_RELATIVE_WORDS = 8;

/** Are the words from token `from` to the sentence's end all capitalised (a dateline's place)? */
function onlyNamesFrom(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (tokens[k].isWord && !tokens[k].capitalized) return false;
  return true;
}

/**
 * "…, the source further claimed to the outlet.": the verb at `i` follows a comma after what it
 * reports (its subject between), and its addressee closes the sentence.
 */
function addresseeClosesReport(r: Reading, tokens: readonly Token[], i: number): boolean {
  let k = i + 2;
  while (k < tokens.length && k - i <= MAX_ADDRESSEE_WORDS + 1 && tokens[k].isWord) k++;
  if (k === i + 2 || wordBetween(tokens, k, tokens.length)) return false;
  // (Its subject right after the comma: "…, and Roe reported to him" joins a clause of its own.)
  for (let j = i - 1; j > 0 && i - j <= MAX_ADDRESSEE_WORDS + 1; j--) {
    if (isComma(tokens[j])) return wordBetween(tokens, 0, j) && !r.lex.coordinators.has(tokens[j + 1].bare) && !r.lex.clauseCoordinators.has(tokens[j + 1].bare);
  }
  return false;
}

/**
 * Does what was asked follow the verb of asking at `i`, directly or after its addressee ("asked whether …",
 * "asked the senator how …", "asked her about …")? Not with no subject before the verb ("Asked whether …, she said").
 */
function questionFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (i === 0 || !l.questionVerbs.has(tokens[i].bare)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_ADDRESSEE_WORDS + 2); k++) {
    const t = tokens[k];
    if (l.interrogatives.has(t.bare) || (k > i + 1 && l.topicPrepositions.has(t.bare))) return true;
    if (!t.isWord || isCueWord(r, t) || l.complementizers.has(t.bare)) return false;
  }
  return false;
}

/** Words after the comma among which an indirect question shows its interrogative ("чи буде", "будет ли"). */
const QUESTION_OPENING_WORDS = 2;

/**
 * Is the verb at `i` negated by the particle before it, with an indirect question after a comma following it ("не
 * уточнив, чи буде …", "не ответил на вопрос, знал ли …"), or right after it ("Renn did not say what a withdrawal would
 * involve")?
 */
function negatedBeforeQuestion(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const next = tokens[i + 1];
  if (i === 0 || !l.negativeParticles.has(tokens[i - 1].bare) || !next) return false;
  if (next.isWord && l.interrogatives.has(next.bare)) return tokens[i + 2]?.isWord === true;
  // ("не ответил на вопрос, знал ли …": past the question the verb answers, a preposition and its noun, where heads come first.)
  const comma = next.isWord && l.headFirst && l.objectPrepositions.has(next.bare) && tokens[i + 2]?.isWord === true && !tokens[i + 2].capitalized ? i + 3 : i + 1;
  if (!isComma(tokens[comma] ?? next)) return false;
  const words = tokens.slice(comma + 1, comma + 1 + QUESTION_OPENING_WORDS);
  return words.every((t) => t.isWord) && words.some((t) => l.interrogatives.has(t.bare));
}

/**
 * Are the tokens before `i` words and names' quotation marks only, or relative clauses or indirect questions set off by
 * commas among them ("Власник фірми, якому також повідомили про підозру, на дзвінки не відповідав"): no quotation, dash
 * or clause of its own?
 */
function wordsOrRelativeAsides(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let n = 0; n < i; n++) {
    if (tokens[n].isWord || isNameQuoteMark(r, tokens, n)) continue;
    const opener = tokens[n + 1];
    // ("На запитання УП, чи є …, у поліції не відповіли": or an indirect question the verb leaves unanswered.)
    // ("Документів … вона, втім, не оприлюднила": or a connective.)
    const aside = opener !== undefined && ((r.lex.relativePronouns.has(opener.bare) && !r.lex.complementizers.has(opener.bare)) || r.lex.interrogatives.has(opener.bare) ||
      connectiveAt(r, tokens, n + 1) !== undefined);
    if (!isComma(tokens[n]) || !aside) return false;
    const close = tokens.findIndex((t, k) => k > n && k < i && !t.isWord);
    if (close < 0 || !isComma(tokens[close])) return false;
    n = close;
  }
  return true;
}

/**
 * "Фірма на запит редакції не відповіла.", "Сам Сергиенко на звонки агентства не ответил.": where the negation
 * is a particle before the verb, a negated verb of saying that closes a sentence with no comma, dash or
 * quotation in it says nothing at all, as "did not respond to a request for comment" does not in English.
 */
function negatedWithNothingSaid(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (!l.headFirst || i === 0 || !l.negativeParticles.has(tokens[i - 1].bare)) return false;
  // (Or before another negated verb of saying joined to it: "не підтвердили, але й не заперечили".)
  let k = i + 1;
  while (k < tokens.length && (isComma(tokens[k]) || l.clauseCoordinators.has(tokens[k].bare) || l.coordinators.has(tokens[k].bare))) k++;
  const end = k + 1 < tokens.length && k > i + 1 && l.negativeParticles.has(tokens[k].bare) && isCueWord(r, tokens[k + 1]) ? k + 2 : i + 1;
  // ("В Минэнерго эту информацию не подтвердили": not where what is left unconfirmed, a claim, stands right before, the one verb
  // negated: that denies something said, as "не подтвердили эту информацию" does.)
  // (Its object, after no preposition nor in the instrumental: "з такою версією не погоджується" disagrees, saying nothing here.)
  const claim = i >= 2 && tokens[i - 2].isWord ? tokens[i - 2] : null;
  let opener = i - 3;
  while (opener > 0 && tokens[opener].isWord && !tokens[opener].capitalized && (l.determiners.has(tokens[opener].bare) || isObliqueModifier(r, tokens[opener]))) opener--;
  const governed = opener >= 0 && (l.objectPrepositions.has(tokens[opener].bare) || l.identifyingPrepositions.has(tokens[opener].bare));
  const claimBefore = claim !== null && !governed && !(l.morphology.instrumentalPattern?.test(claim.bare) ?? false) ? lexicalForm(r, claim).bare : '';
  if (end === i + 1 && (l.statementNouns.has(claimBefore) || l.documentNouns.has(claimBefore))) return false;
  // (Or before a clause a coordinator joins after a comma, where someone else speaks, placed or named: "У Кабміні ситуацію не
  // коментують, а в комітеті кажуть, що …"; "сам факт не отрицают, но подчеркивают …" goes on with the same speaker.)
  const other = tokens[end + 2];
  const closes = tokens.slice(end).every((t) => SENTENCE_CLOSERS.has(t.text)) ||
    (isComma(tokens[end] ?? tokens[0]) && end > i && r.lex.clauseCoordinators.has(tokens[end + 1]?.bare ?? '') && !r.lex.coordinators.has(tokens[end + 1].bare) &&
      other !== undefined && other.isWord && (other.capitalized || l.identifyingPrepositions.has(other.bare)));
  // ("Чи буде відкрито провадження, у бюро не уточнили.", "Хватит ли денег, в министерстве не уточнили.": or after the
  // indirect question it leaves unanswered, opening the sentence.)
  const question = l.interrogatives.has(tokens[0]?.bare ?? '') || (tokens[1] !== undefined && l.interrogatives.has(tokens[1].bare) && !tokens[1].capitalized);
  if (closes && tokens.length > end && (question || wordsOrRelativeAsides(r, tokens, i))) return true;
  // ("… не подтвердили, но и не опровергли.": the second of two joined says nothing either.)
  let m = i - 2;
  while (m > 0 && (isComma(tokens[m]) || l.clauseCoordinators.has(tokens[m].bare) || l.coordinators.has(tokens[m].bare))) m--;
  return m < i - 2 && m > 0 && isCueWord(r, tokens[m]) && negatedWithNothingSaid(r, tokens, m);
}

/**
 * Does "to" and a short addressee close the clause at `i` ("said to reporters.")? After a verb of telling or
 * asking (`direct`), the addressee needs no "to" ('"…?" she asked the senators.').
 */
function addresseeCloses(r: Reading, tokens: readonly Token[], i: number, direct = false): boolean {
  const from = direct ? i : i + 1;
  if (!direct && !r.lex.addresseePrepositions.has(tokens[i]?.bare ?? '')) return false;
  for (let k = from; k < Math.min(tokens.length, from + MAX_ADDRESSEE_WORDS + 1); k++) {
    if (!tokens[k].isWord) return k > from && tokens[k].text !== '-';
    if (isCueWord(r, tokens[k]) || r.lex.complementizers.has(tokens[k].bare)) return false;
  }
  return false;
}

/** Words a subject may take between what it said and its verb ("…, he and his wife Kali explained"). */
const MAX_SUBJECT_WORDS = 6;

/** Does what the verb at `verb` reports come before its subject, closed by a comma or a quotation ("…, she explained")? */
function contentBefore(r: Reading, tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - MAX_SUBJECT_WORDS - 1); k--) {
    const t = tokens[k];
    if (t.isWord || isAbbreviationPeriod(tokens, k)) continue;
    // (With a subject between: "His foundation, established in 2007," is an apposition.)
    return k > 0 && k < verb - 1 && (isComma(t) || quotationEndsBefore(r, tokens, k + 1));
  }
  return false;
}

/** Does the verb at `verb` close its sentence, or a short setting after it does, with what it says before its subject ("…, the sources cautioned on Tuesday.")? */
function closesAfterContent(r: Reading, tokens: readonly Token[], verb: number): boolean {
  const closes = tokens.slice(verb + 1).every((t) => !t.isWord) || (verb + 1 < tokens.length && settingCloses(r, tokens, verb + 1));
  if (!closes || !contentBefore(r, tokens, verb)) return false;
  // (Not a second clause of its own: "He was asked to resign, but he declined.")
  let k = verb - 1;
  while (k > 0 && tokens[k].isWord) k--;
  return !tokens.slice(k + 1, verb).some((t) => r.lex.clauseCoordinators.has(t.bare) || r.lex.clauseBoundaries.has(t.bare));
}

/** Words a clause's subject may take before its auxiliary ("the new report would"). */
const MAX_CLAUSE_SUBJECT_WORDS = 3;

/** Does a clause open at `i` with a short noun phrase and a finite auxiliary or a modal ("mistakes had", "the plan would")? */
function subjectThenAuxiliary(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  for (let k = i; k < Math.min(tokens.length, i + MAX_CLAUSE_SUBJECT_WORDS + 1); k++) {
    const t = tokens[k];
    if (!t.isWord) return false;
    // ("written a will": a word right after a determiner is a noun.)
    if (k > i && (l.finiteAuxiliaries.has(t.bare) || (l.modals.has(t.bare) && !l.addresseePrepositions.has(t.bare))) && !isDeterminer(r, tokens[k - 1])) return true;
    if (isCueWord(r, t) || l.complementizers.has(t.bare) || l.pronouns.has(t.bare) || isObjectPronoun(r, t) || l.postModifierOpeners.has(t.bare) || isPastForm(r, t) || isParticiple(r, t)) return false;
  }
  return false;
}

/** Does a short phrase of place or time from a preposition at `i` end in "that" ("on Facebook that")? */
function settingThenClause(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const first = tokens[i];
  if (!first.isWord || first.capitalized || !l.afterNamePrepositions.has(first.bare) || l.addresseePrepositions.has(first.bare) || l.complementizers.has(first.bare) || isCueWord(r, first)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_SETTING_WORDS + 1); k++) {
    const t = tokens[k];
    if (l.complementizers.has(t.bare) && !l.interrogatives.has(t.bare)) return k > i + 1;
    // ("настаивает на том, что …": or after the comma a language writes before the complementizer.)
    const commaThenClause = isComma(t) && k + 1 < tokens.length && l.complementizers.has(tokens[k + 1].bare) && !l.interrogatives.has(tokens[k + 1].bare);
    // (Not a condition's head before the comma: "согласилась на разговор при условии, что …" sets a condition, saying nothing.)
    const conditionHead = l.conditionHeads.some((p) => k - p.length > i && matchPhrase(tokens, k - p.length, p, null));
    if (commaThenClause) return k > i + 1 && !conditionHead;
    if (!t.isWord || isCueWord(r, t) || l.pronouns.has(t.bare) || l.finiteAuxiliaries.has(t.bare)) return false;
  }
  return false;
}

/** Most tokens of a relay between a verb and the clause it passes on ("з посиланням на двох чиновників фонду"). */
const MAX_RELAY_TOKENS = 10;

/** Does a relay open at `i`, then a comma and the clause a complementizer opens ("з посиланням на …, що …")? */
function relayThenClause(r: Reading, tokens: readonly Token[], i: number): boolean {
  const relay = i < tokens.length && !tokens[i].capitalized ? r.lex.relayPhrases.find((p) => matchPhrase(tokens, i, p, r.lex.inflection)) : undefined;
  if (relay === undefined) return false;
  for (let k = i + relay.length; k < Math.min(tokens.length - 1, i + MAX_RELAY_TOKENS); k++) {
    const t = tokens[k];
    if (isComma(t)) return r.lex.complementizers.has(tokens[k + 1].bare) && !r.lex.interrogatives.has(tokens[k + 1].bare);
    if ((!t.isWord && !isNameQuoteMark(r, tokens, k)) || isCueWord(r, t)) return false;
  }
  return false;
}

/** Words before a cue in an aside between commas ("he added", "the ministry's spokesman said"). */
const MAX_ASIDE_WORDS = 4;

/** Does an aside at `i` hold a cue and close with a comma ("he added,")? */
function cueAsideAt(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + MAX_ASIDE_WORDS + 1); k++) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (k > i && isCueWord(r, t)) return tokens[k + 1] !== undefined && isComma(tokens[k + 1]);
  }
  return false;
}

/** Most tokens of a body "в/у" places before its verb ("В Альянсі", "У пресслужбі банку «…»"). */
const MAX_PLACED_BODY_TOKENS = 6;

/**
 * Is the verb at `i` plural, right after a body "в/у" places opening the sentence or a clause after a comma ("…, в Альянсі
 * відзначають"), with no punctuation between?
 */
function placedBodySpeaks(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (!l.headFirst || !(l.morphology.pluralVerbPattern?.test(tokens[i].bare) ?? false)) return false;
  let open = i - 1;
  while (open > 0 && i - open <= MAX_PLACED_BODY_TOKENS && (tokens[open - 1].isWord || isNameQuoteMark(r, tokens, open - 1))) open--;
  if (open > 0 && !isComma(tokens[open - 1])) return false;
  // (Every word of it a name or a body's noun: "в Туреччині гравцю також пообіцяли" promises someone something.)
  const bodyWord = (k: number) => isNameQuoteMark(r, tokens, k) || tokens[k].capitalized || l.organizationNouns.has(lexicalForm(r, tokens[k]).bare);
  return open + 1 < i && l.identifyingPrepositions.has(tokens[open].bare) && tokens.slice(open + 1, i).every((_, n) => bodyWord(open + 1 + n));
}

/** Does a comma follow a few words from `i` on, closing an aside the cue opens ("…, отмечают наблюдатели, …")? */
function asideClosesAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + MAX_ASIDE_WORDS + 1); k++) {
    if (!tokens[k].isWord) return k > i && isComma(tokens[k]);
  }
  return false;
}

/** Words a setting may take after the verb ("on an episode of their podcast"). */
const MAX_SETTING_WORDS = 8;

/** A mark that opens or closes a quoted name or title. */
const isNameQuoteMarkLike = (text: string) => /^[«»„“”"]$/u.test(text);

/** Does a short phrase of place or time, from a preposition at `i`, close the clause ("explained on Monday.")? */
function settingCloses(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const first = tokens[i];
  if (!first.isWord || first.capitalized || !(l.afterNamePrepositions.has(first.bare) || l.timePrepositions.has(first.bare)) || l.complementizers.has(first.bare) ||
    l.addresseePrepositions.has(first.bare) || isCueWord(r, first)) return false;
  for (let k = i + 1, read = 0; k < tokens.length && read < MAX_SETTING_WORDS; k++) {
    const t = tokens[k];
    // ('… on an episode of their podcast "Beyond Finances."': a quoted title's marks are no words of a clause.)
    if (!t.isWord && isNameQuoteMarkLike(t.text)) continue;
    read++;
    if (!t.isWord) return (t.text === '.' || t.text === ',') && !isAbbreviationPeriod(tokens, k);
    if (isCueWord(r, t) || l.complementizers.has(t.bare) || l.pronouns.has(t.bare) || l.finiteAuxiliaries.has(t.bare)) return false;
  }
  return false;
}

/** Words a body's name may take after "в" closing the sentence ("в правительстве", "в Минфине России"). */
const MAX_CLOSING_BODY_WORDS = 4;

/** Does the verb at `i` follow a comma, with a locative preposition and a few words closing the sentence after it? */
function bodyClosesAfterComma(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (!l.subjectAfterVerb || i === 0 || tokens[i - 1].text !== ',' || !l.identifyingPrepositions.has(tokens[i + 1]?.bare ?? '')) return false;
  const rest = tokens.slice(i + 2);
  const words = rest.filter((w) => w.isWord);
  return words.length > 0 && words.length <= MAX_CLOSING_BODY_WORDS && rest.every((w) => w.isWord || w.text === '.' || w.text === '!' || isNameQuoteMarkLike(w.text));
}


/** Is the pronoun at `i` the object of a belief verb before it: followed by no verb, only punctuation or a preposition? */
function personBelieved(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const t = tokens[i];
  if (!isObjectPronoun(r, t) || l.pronouns.has(t.bare) || l.complementizers.has(t.bare)) return false;
  const after = tokens[i + 1];
  return !after || !after.isWord || l.afterNamePrepositions.has(after.bare) || l.objectPrepositions.has(after.bare) || l.identifyingPrepositions.has(after.bare);
}

/** A headline written in title case ("Mayor Says Museum Tells Story"): most longer words capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const longer = tokens.filter((t) => t.isWord && t.text.length > 3);
  return longer.length >= 3 && longer.filter((t) => t.capitalized).length >= 0.8 * longer.length;
}

/**
 * Is the verb at `i` right after a quotation and its speaker ("'…,' she continued.") or right
 * before a quotation it introduces ("She continued: '…'")?
 */
function besideQuotation(r: Reading, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ('"…," she added of the plan': what the words are about may follow.)
  // ('"…," he declared in a tweet', '…, she wrote on Monday': where or when may follow.)
  const l = r.lex;
  const setting = next !== undefined && next.isWord && !next.capitalized && (l.afterNamePrepositions.has(next.bare) || l.timePrepositions.has(next.bare) || l.timeWords.has(next.bare)) && !l.complementizers.has(next.bare);
  // ('"…," the judge noted as she ruled': so may a clause saying when or why.)
  const adverbialClause = next !== undefined && !next.capitalized && l.adverbialConjunctions.has(next.bare) && tokens[i + 2]?.isWord === true;
  const closesClause = !next || (!next.isWord && next.text !== '-') || l.topicPrepositions.has(next.bare) || setting || adverbialClause || addresseeCloses(r, tokens, i + 1) ||
    (l.addresseeCues.has(tokens[i].bare) && addresseeCloses(r, tokens, i + 1, true));
  const before = r.quotes[firstQuoteEndingAfter(r.quotes, tokens[i].start) - 1];
  // ('"…," she continued': the quotation hands over to its speaker with a comma, "!" or "?" before
  // or after its closing mark; a quotation that ends a sentence hands over to nobody.)
  // ('"… as \'low fit,\'" Farris recalled': the comma may stand inside a quotation nested in it.)
  const handsOver = before !== undefined && (/[,!?…—–]['’]?$/u.test(r.text.slice(Math.max(0, before.end - 3), before.end - 1)) || /^\s*,/u.test(r.text.slice(before.end)));
  if (handsOver && closesClause && /^[\s,]*(?:\S+\s+){1,3}$/u.test(r.text.slice(before.end, tokens[i].start))) return true;
  // ('"…," joked Jane Roe': right after a quotation that opens the sentence, its speaker after the verb; not a
  // quoted title inside a subject, 'Roe, star of “Scandal,” thanked the president', nor a word that is mostly a noun
  // before another cue, '"…," state Sen. Jane Roe said' ('"…," comments Jane Roe of the agency' is a verb).)
  const speakerAfter = next !== undefined && next.isWord && (next.capitalized || l.determiners.has(next.bare)) &&
    !(l.nounLikeVerbForms.has(tokens[i].bare) && tokens.slice(i + 1).some((t) => isCueWord(r, t))) && before !== undefined && before.start <= tokens[0].start;
  if (handsOver && speakerAfter && /^[\s,]*$/u.test(r.text.slice(before.end, tokens[i].start))) return true;
  if (objectThenQuotation(r, tokens, i)) return true;
  if (!next || !(next.text === ',' || next.text === ':')) return false;
  const after = tokens[i + 2];
  return after !== undefined && quoteAt(r.quotes, after.start) >= 0 && quoteAt(r.quotes, after.start - 1) < 0;
}

/** Words an object may take between a verb of speech and the colon before its quotation. */
const MAX_OBJECT_WORDS = 8;

/** Does the verb at `i` take a short object, then a colon and a quotation ("remembered the anxiety of it: “…”")? */
function objectThenQuotation(r: Reading, tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_OBJECT_WORDS + 2); k++) {
    const t = tokens[k];
    if (t.text === ':') {
      const after = tokens[k + 1];
      const q = after === undefined ? -1 : quoteAt(r.quotes, after.start);
      // (Not where a verb after the quotation hands it to its speaker: 'scolded him: “…,” she said'.)
      return k > i + 1 && q >= 0 && quoteAt(r.quotes, after!.start - 1) < 0 && !tokens.some((w) => w.start >= r.quotes[q].end && isCueWord(r, w));
    }
    if (!t.isWord || isCueWord(r, t) || r.lex.complementizers.has(t.bare)) return false;
  }
  return false;
}

/** "by her own account", "by their own admission": a cue of four words from `i`. */
function ownStatement(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  return l.ownWord !== null && i + 3 < tokens.length && tokens[i].bare === l.agentPreposition && l.possessiveDeterminers.has(tokens[i + 1].bare) &&
    tokens[i + 2].bare === l.ownWord && l.statementNouns.has(tokens[i + 3].bare);
}

function afterModal(r: Reading, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  // ("Neither report could be independently confirmed by the Gazette": past the passive's "be" too.)
  while (j >= 0 && i - j <= MAX_PARENTHETICALS && (isAdverb(r, tokens[j]) || r.lex.negations.has(tokens[j].bare) || (r.lex.passiveAuxiliaries.has(tokens[j].bare) && !r.lex.finiteAuxiliaries.has(tokens[j].bare)))) j--;
  return j >= 0 && r.lex.modals.has(tokens[j].bare);
}

/** A lower-case word that can only be a common noun or its modifier here: no determiner, pronoun, preposition or complementizer. */
function commonNounAt(r: Reading, t: Token): boolean {
  const l = r.lex;
  return t.isWord && !t.capitalized && !l.determiners.has(t.bare) && !l.possessiveDeterminers.has(t.bare) && !l.pronouns.has(t.bare) &&
    !isObjectPronoun(r, t) && !l.complementizers.has(t.bare) && !l.identifyingPrepositions.has(t.bare) && !l.objectPrepositions.has(t.bare) &&
    !l.postModifierOpeners.has(t.bare) && !isAdverb(r, t) && !l.nonReportingFollowers.has(t.bare);
}

/** Longest object of a naming verb before what it is called ("called the impeachment process a sham"), in tokens. */
const MAX_NAMED_OBJECT = 5;

/**
 * "called the impeachment process a sham", "called him a liar": an object, then what the subject calls
 * it, a noun after "a" (not a count or a time: "called him a few times", "called her a day later").
 */
function characterisationFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const first = tokens[i];
  // ("назвала «преждевременными» сообщения СМИ": without articles, what it is called may come first, quoted; not a
  // name, "назвали «Ромашкой»".)
  const calledFirst = first !== undefined && l.articleless && quoteAt(r.quotes, first.start) >= 0 && r.quotes[quoteAt(r.quotes, first.start)].start === first.start &&
    !isNameQuoteMark(r, tokens, i) && tokens[i + 1]?.isWord === true && !tokens[i + 1].capitalized;
  if (calledFirst) return true;
  if (!first?.isWord) return false;
  // ("назвал спектакль «событием сезона»": without articles, a short object, then a quotation of what it is called,
  // not a name: "назвали «Ромашка»"; the object may stand before the verb, "решение назвали «необоснованным»".)
  if (l.articleless) {
    let k = i;
    while (k < tokens.length && k - i < MAX_NAMED_OBJECT && tokens[k].isWord) k++;
    const q = k < tokens.length ? quoteAt(r.quotes, tokens[k].start) : -1;
    if (q >= 0 && r.quotes[q].start === tokens[k].start && !isNameQuoteMark(r, tokens, k)) return true;
    // ("назвал главным камнем преткновения механизм контроля": or what it is called, in the instrumental, a common
    // noun or its modifier; not a name, "назвал сына Иваном".)
    return tokens.slice(i, k).some((t) => !t.capitalized && !l.pronouns.has(t.bare) && !isObjectPronoun(r, t) && !l.possessivePronouns.has(t.bare) &&
      (l.morphology.instrumentalPattern?.test(t.bare) ?? false));
  }
  let k = i + 1;
  if (!isObjectPronoun(r, first) && !l.pronouns.has(first.bare)) {
    if (!isDeterminer(r, first) && !first.capitalized) return false;
    while (k < tokens.length && k - i < MAX_NAMED_OBJECT && tokens[k].isWord && !l.indefiniteDeterminers.has(tokens[k].bare)) k++;
  }
  const article = tokens[k];
  const noun = tokens[k + 1];
  // ('called the new campaign a "bold, innovative effort …"': what it is called may be quoted.)
  const quoted = noun !== undefined && quoteAt(r.quotes, noun.start) >= 0 && r.quotes[quoteAt(r.quotes, noun.start)].start === noun.start;
  return article !== undefined && noun !== undefined && l.indefiniteDeterminers.has(article.bare) && l.articles.has(article.bare) && (quoted || (noun.isWord &&
    !l.anonymousQuantifiers.has(noun.bare) && !l.timeWords.has(noun.bare) && !l.determiners.has(noun.bare)));
}

/**
 * "touted the plan as making strides", "portrayed the Roes as part of the establishment", "dismissed him as a
 * relic": a short object, then what the subject says it is, after `characterisingPreposition` ("as"). Not a
 * clause after "as" ("touted the plan as he left": a time).
 */
function characterisedAs(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const first = tokens[i];
  // (The object opens with a definite determiner, a pronoun or a name: "mentioned by the outlet as" is a passive;
  // "boasts a reputation as" owns something.)
  if (!l.characterisingPreposition || !first?.isWord || l.indefiniteDeterminers.has(first.bare) ||
    !(isDeterminer(r, first) || isObjectPronoun(r, first) || (first.capitalized && !l.determiners.has(first.bare)))) return false;
  let k = i + 1;
  while (k < tokens.length && k - i < MAX_NAMED_OBJECT && tokens[k].isWord && tokens[k].bare !== l.characterisingPreposition && !l.complementizers.has(tokens[k].bare)) k++;
  const as = tokens[k];
  const after = tokens[k + 1];
  if (as?.bare !== l.characterisingPreposition || !after) return false;
  const clause = after.isWord && (l.pronouns.has(after.bare) || l.clauseBoundaries.has(after.bare)) && !isObjectPronoun(r, after);
  return !clause && !(tokens[k + 2]?.isWord && l.finiteAuxiliaries.has(tokens[k + 2].bare));
}

/** Marks that close a sentence. */
const SENTENCE_CLOSERS = new Set(['.', '!', '?']);
/** How many words a subject may take between an adverbial subordinator and its verb ("after the county's teachers first complained"). */
const MAX_SUBORDINATE_SUBJECT_WORDS = 5;

/**
 * Does an adverbial subordinator ("after", "when"; or one of `subordinators`) open the clause of the verb at `i`, a short
 * subject between? A capitalised one only where `capitalised` allows it.
 */
function opensAdverbialClause(r: Reading, tokens: readonly Token[], i: number, subordinators = r.lex.adverbialSubordinators, capitalised = false): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_SUBORDINATE_SUBJECT_WORDS + 1; k--) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (k < i - 1 && (capitalised || !t.capitalized) && subordinators.has(t.bare)) return true;
  }
  return false;
}

/** "confirmed on Monday that …", "said last week that …": a time from token `i`, then what is said. */
function timeThenContent(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  let k = i;
  while (k < tokens.length && k - i < MAX_AGENT_DISTANCE && (l.timeWords.has(tokens[k].bare) || (l.timePrepositions.has(tokens[k].bare) && !tokens[k].capitalized && !l.complementizers.has(tokens[k].bare)))) k++;
  return k > i && k < tokens.length && l.timeWords.has(tokens[k - 1].bare) && (l.complementizers.has(tokens[k].bare) || tokens[k].text === ':');
}

/** Reported content starts at token `i`: "that", punctuation, or a quotation within a few words. */
function contentFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  if (timeThenContent(r, tokens, i)) return true;
  if (i >= tokens.length) return true;
  if (CONTENT_OPENERS.has(tokens[i].text) || l.complementizers.has(tokens[i].bare)) return true;
  // ("posted on Facebook that …", "wrote in a letter that …": where, then what.)
  if (settingThenClause(r, tokens, i)) return true;
  // ("…, she explained on an episode of their podcast.": after what it says, where or when closing the clause.)
  // (Not a word that is mostly a noun, "the most conservative state on the calendar", nor a verb negated, "did not
  // respond in kind".)
  const verbAt = tokens[i - 1];
  const negated = i >= 2 && (l.negations.has(tokens[i - 2].bare) || (i >= 3 && l.negations.has(tokens[i - 3].bare)));
  if (!l.nounLikeVerbForms.has(verbAt.bare) && !negated && settingCloses(r, tokens, i) && contentBefore(r, tokens, i - 1)) return true;
  // ("Агентство передає з посиланням на двох чиновників фонду, що …": whom it cites, then what.)
  if (relayThenClause(r, tokens, i)) return true;
  // "confirmed to reporters that …": whom it was said to, then what.
  if (l.addresseePrepositions.has(tokens[i].bare) && addresseeThenClause(r, tokens, i + 1)) return true;
  // ("recalled waiting more than an hour", "admitted taking the money": a gerund clause, what the subject did.)
  const gerund = tokens[i];
  if (!l.headFirst && gerund.isWord && !gerund.capitalized && isParticiple(r, gerund) && !isLexiconNoun(r, gerund.bare) && tokens[i + 1]?.isWord === true) return true;
  // "noted they had said …", "added he would …": a clause with no "that", opening with its subject pronoun.
  const verb = tokens[i + 1];
  if (l.pronouns.has(tokens[i].bare) && verb?.isWord && (l.finiteAuxiliaries.has(verb.bare) || isPastForm(r, verb) || isPlural(r, verb))) return true;
  // ("admitted mistakes had been made", "noted the report would …": or with a short noun phrase and an auxiliary.)
  // (Not after a word that is mostly a noun, "State media have reported", nor a naming verb, "a PAC called Our Principles is".)
  const verbWord = tokens[i - 1];
  if (!l.nounLikeVerbForms.has(verbWord.bare) && !l.namingVerbs.has(verbWord.bare) && subjectThenAuxiliary(r, tokens, i)) return true;
  // ("noted there is no evidence", "noted there’s …": so with the existential subject and its verb, or its verb's clitic.)
  if (tokens[i].bare === l.existentialSubject && (tokens[i].text.length > tokens[i].bare.length || (verb !== undefined && l.finiteAuxiliaries.has(verb.bare)))) return true;
  for (let k = i; k < Math.min(tokens.length, i + MAX_AGENT_DISTANCE); k++) {
    const q = quoteAt(r.quotes, tokens[k].start);
    // (Not a quoted name: "признал банкротом девелопера ООО «Кварта-Строй»" declares, it reports nothing; after a comma the
    // verb closes what it reports, "…, передает телеканал «…»".)
    if (q >= 0 && r.quotes[q].start === tokens[k].start && (!isNameQuoteMark(r, tokens, k) || (i >= 2 && isComma(tokens[i - 2])))) return true;
  }
  return false;
}

/**
 * Does the verb of writing at `i` take a text as its object right after it ("написали заяви до поліції", "написали жалобу в
 * прокуратуру"), with no clause, quotation or colon after it in the clause: a text filed, nothing reported?
 */
function filesText(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  const object = tokens[i + 1];
  if (object === undefined || !object.isWord || object.capitalized || !(l.documentNouns.has(lexicalForm(r, object).bare) || l.statementNouns.has(lexicalForm(r, object).bare))) return false;
  for (let k = i + 2; k < tokens.length && !isComma(tokens[k]) && !SENTENCE_CLOSERS.has(tokens[k].text); k++) {
    if (l.complementizers.has(tokens[k].bare) || tokens[k].text === ':' || quoteAt(r.quotes, tokens[k].start) >= 0) return false;
  }
  // (Nor a clause after the comma closing the object's words: "написав листа міністру, що …".)
  const comma = tokens.findIndex((t, k) => k > i && (isComma(t) || SENTENCE_CLOSERS.has(t.text)));
  return !(comma > 0 && isComma(tokens[comma]) && l.complementizers.has(tokens[comma + 1]?.bare ?? ''));
}

/**
 * "оценил актив в 8–10 млрд рублей", "оценил шансы на компромисс как «пятьдесят на пятьдесят»": after a verb of estimating at
 * `i`, a short object in lower case, then a figure after "в/у" or what it is held to be after `characterisingPreposition`.
 */
function estimateFollows(r: Reading, tokens: readonly Token[], i: number): boolean {
  const l = r.lex;
  let k = i;
  while (k < tokens.length && k - i < MAX_NAMED_OBJECT && tokens[k].isWord && !tokens[k].capitalized && !l.identifyingPrepositions.has(tokens[k].bare) &&
    tokens[k].bare !== l.characterisingPreposition && !l.complementizers.has(tokens[k].bare)) k++;
  const marker = tokens[k];
  const after = tokens[k + 1];
  if (k === i || marker === undefined || after === undefined) return false;
  // (A figure, not a year: "оценил в 2020 году" is a time.)
  if (l.identifyingPrepositions.has(marker.bare)) return (isNumber(r, after) || /^\p{N}/u.test(after.text)) && !l.timeWords.has(tokens[k + 2]?.bare ?? '');
  return marker.bare === l.characterisingPreposition && (after.isWord || quoteAt(r.quotes, after.start) >= 0);
}
