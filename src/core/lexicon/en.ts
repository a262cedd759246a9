import { anonymousNouns, capitalisedPersonNouns, collectiveNouns, counselNouns, documentNouns, entourageNouns, genderedNouns, organizationNouns as bodyNouns, personNouns, officeHolderNouns, retinueNouns, roleHypernyms, unnamedInsiderNouns } from './generated/en-nouns';
import { askingWords, communicationVerbs, contentCueVerbs, judgingVerbs, nounLikeVerbForms, objectFirstVerbs, phrasalSpeechVerbs, reportingVerbs } from './generated/en-verbs';
import { organizationNames } from './gazetteer/en-bodies';
import { adverbOnlyWords } from './generated/en-adverbs';
import { demonyms, governmentSeats, placeNames } from './gazetteer/en-places';
import { formsAfterLemma, oneWordNames, withEnglishPlurals, wordsOf } from './lists';
import type { Lexicon } from './types';

/** The forms of the generated reporting verbs ("touted", "decried"); the -ing forms read as participles. */
const reportingForms = reportingVerbs.forms.split('|').flatMap((group) => group.split(' '));
/**
 * A generated verb list's finite inflected forms ("joked", "jokes"): not the bare lemma, as often a noun or
 * adjective ("general", "article"), nor the -ing form, a participle.
 */
const finiteInflections = (list: { forms: string }) => formsAfterLemma(list).filter((form) => !form.endsWith('ing'));
const reportingFinite = reportingForms.filter((form) => !form.endsWith('ing'));
// Typed: no train cue share that keeps 'think' and 'believe' leaves out 'hope' and 'decide'.
const beliefForms = [
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'doubt',
  'doubts', 'doubted', 'assume', 'assumes',
  // (Worrying, a fear: "Many worry that the fuel will run out"; "worried" is mostly an adjective.)
  'worry', 'worries',
];
/** A generated list of "forms>tail" groups ("go goes went>on"): each group's forms, lemma first, and its tail. */
const formsWithTail = (list: { forms: string }): [string[], string][] =>
  list.forms.split('|').map((group) => {
    const [forms, tail] = group.split('>');
    return [forms.split(' '), tail];
  });
const reportingParticiples = reportingForms.filter((form) => form.endsWith('ing'));


/** English. Sections are filled by the engine modules that read them. */
export const en: Lexicon = {
  language: 'en',
  identification: {
    // (No letter: English is the only Latin-script language with a lexicon, told by its frequent words.)
    distinctiveLetters: [],
    frequentWords: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'said', 'by', 'at', 'from', 'has', 'have', 'are', 'his', 'her', 'they', 'be', 'this', 'an', 'a'],
  },
  sentences: {
    abbreviations: [
      'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'st.', 'rev.', 'hon.', 'gen.', 'lt.', 'col.',
      'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'cpl.', 'pvt.', 'gov.', 'sen.', 'rep.', 'pres.',
      'amb.', 'supt.', 'insp.', 'det.', 'no.', 'nos.', 'vol.', 'fig.', 'art.', 'sec.', 'ch.',
      // The plural titles before two names ("State Reps. Ina Kowalski and Terrence Boyd").
      'reps.', 'sens.', 'drs.', 'govs.', 'profs.',
      'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'approx.', 'est.', 'ft.', 'mt.', 'ave.', 'blvd.',
      'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
    ],
    ambiguousAbbreviations: [
      'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'inc.', 'corp.', 'ltd.', 'co.', 'jr.', 'etc.',
      'a.m.', 'p.m.', 'bros.', 'plc.', 'llc.',
    ],
    sentenceStarters: [
      'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
      'those', 'there', 'but', 'and', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while',
      'after', 'before', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'still',
      'yet', 'so', 'some', 'many', 'one', 'two', 'three', 'according', 'since', 'last', 'earlier',
    ],
  },
  conditions: {
    markers: [
      { phrase: 'provided that' },
      { phrase: 'providing that' },
      { phrase: 'on condition that' },
      { phrase: 'on the condition that' },
      { phrase: 'only if' },
      { phrase: 'if' },
      { phrase: 'unless' },
      { phrase: 'as long as' },
      { phrase: 'so long as' },
      { phrase: 'in exchange for' },
      { phrase: 'subject to' },
      // "in case of fire" is kept: it still makes something depend on an
      // event ("if there is a fire"); "in the case of X" ("as for X") never
      // matches, the article breaks the phrase.
      { phrase: 'in case' },
      // Not in the guide's list, but the same proviso in other words.
      { phrase: 'in the event that' },
      { phrase: 'in the event of' },
      { phrase: 'contingent on' },
      { phrase: 'contingent upon' },
      { phrase: 'conditional on' },
      { phrase: 'conditional upon' },
      { phrase: 'assuming that' },
      // Participles and gerunds of ordinary verbs: only where they head a
      // clause ("…, provided Kyiv agrees"), not as a verb ("the US provided").
      // (Or anywhere before a personal pronoun that only a subject takes: "will keep their credit provided they return".)
      { phrase: 'provided', clauseInitial: true, subjectAfterClass: 'subjectStart', anywhereBeforeClass: 'nominativePronoun' },
      { phrase: 'assuming', clauseInitial: true },
      // "providing" heads far more participle clauses than conditions
      // ("…, providing aid to"): only before a clause's subject.
      { phrase: 'providing', clauseInitial: true, nextWordClass: 'subjectPronoun' },
      // Inverted conditions: "Should talks fail, …", "Had he known, …", "Were they to refuse, …" (questions are traps).
      { phrase: 'should', clauseInitial: true },
      { phrase: 'had', clauseInitial: true, nextWordClass: 'subjectPronoun' },
      { phrase: 'were', clauseInitial: true, nextWordClass: 'subjectPronoun' },
    ],
    traps: [
      // An inversion that asks, not sets a condition ("Should Roe run again?"), or a verb ("…, should be").
      '[should] ... ?',
      '[had] ... ?',
      '[were] ... ?',
      '[should] be',
      '[should] have',
      // A second verb of its clause's subject ("…, and should do 0-60 in six seconds"), not an inversion.
      'and [should]',
      'or [should]',
      'but [should]',
      // Concession and comparison.
      'even [if]',
      'as [if]',
      // Hypothetical questions: debatable, and no source sets them as a condition.
      'what [if]',
      'what - [if]',
      // Optative and concessive "if only" ("if only they had listened", "if only briefly");
      // the proviso is "only if".
      '[if] only',
      // The noun: "That is a big if", "a lot of ifs" ("if" after "a" and a modifier, before no clause).
      'a * [if] #',
      'a [if] #',
      // Fillers: "a reset, if you will".
      '[if] you will #',
      '[if] I may #',
      'regardless of [if]',
      // Indirect questions: "if" means "whether".
      '{askVerb} [if]',
      '{askVerb} * [if]',
      '{askVerb} * * [if]',
      '{askVerb} * * * [if]',
      '{doubtAdjective} [if]',
      '{questionVerb} [if]',
      // A pseudo-cleft: "What is fun to think about is if …" names what is asked ("The only way … is if we
      // win" is a condition).
      'what ... {copula} [if]',
      '{negatedAuxiliary} say [if]',
      'not clear [if]',
      'not sure [if]',
      'not certain [if]',
      'tell [if]',
      'not say [if]',
      'to say [if]',
      'whether ... or [if]',
      'whether ... and [if]',
      // The second half of an indirect question: "you know if A or if B".
      '{askVerb} if ... or [if]',
      '{askVerb} * if ... or [if]',
      '{indifferenceWord} [if]',
      '[if] and how',
      '[if] and to what extent',
      // Concessive "if" before a qualifier: "a quieter click, if a bit softer".
      '[if] a bit',
      '[if] a little',
      '[if] slightly',
      '[if] somewhat',
      '[if] rather',
      // Fillers: "few, if any, …", "rarely, if ever", "many, if not most".
      '[if] any #',
      '[if] ever #',
      '[if] at all',
      '[if] anything #',
      ', [if] not',
      '[if] not * #',
      '[if] not * of',
      // Duration, not a proviso: "fight as long as he needs to", "as long as a year".
      '[as long as] it takes',
      '[as long as] * {needVerb} to #',
      '[as long as] * * {needVerb} to #',
      '[as long as] * {needVerb} #',
      '[as long as] * can #',
      '[as long as] * can remember',
      '[as long as] anyone',
      '[as long as] * {perfectAuxiliary} been',
      '[as long as] * * {perfectAuxiliary} been',
      // "as long as he's been in office": the contraction is one word.
      '[as long as] * been',
      '[as long as] possible',
      '[as long as] necessary',
      '[as long as] needed',
      '[as long as] required',
      '[as long as] {number} {timeUnit}',
      '[as long as] {number} more {timeUnit}',
      '[as long as] a {timeUnit}',
      '[as long as] an {timeUnit}',
      'for [as long as]',
      '{durationVerb} [as long as]',
      // Comparison of lengths: "twice as long as the last one".
      '{degreeWord} [as long as]',
      '{copula} [as long as]',
      'twice [as long as]',
      'times [as long as]',
      'half [as long as]',
      'not [as long as]',
      'nearly [as long as]',
      'almost [as long as]',
      'just [as long as]',
      // Gerunds and participles that are not provisos.
      '[provided] {notProvisoAfterProvided}',
      '[assuming] {assumedThing}',
      '[assuming] the {assumedThing}',
      '[assuming] a {assumedThing}',
      '[assuming] his {assumedThing}',
      '[assuming] her {assumedThing}',
      '[assuming] their {assumedThing}',
      // "subject to" meaning exposed to, not depending on: "subject to sanctions".
      '[subject to] {liabilityNoun}',
      '[subject to] a {liabilityNoun}',
      '[subject to] the same',
      '[subject to] change',
      '[subject to] intense {liabilityNoun}',
      '[subject to] further {liabilityNoun}',
      // The anonymity bargain ("spoke on condition that they not be named")
      // marks anonymity, like "on condition of anonymity": not a condition.
      '[on condition that] * not be {identifyVerb}',
      '[on condition that] * * not be {identifyVerb}',
      '[on condition that] * {modal} not be {identifyVerb}',
      '[on condition that] * * {modal} not be {identifyVerb}',
      '[on condition that] * remain anonymous',
      '[on condition that] * {modal} remain anonymous',
      '[on the condition that] * not be {identifyVerb}',
      '[on the condition that] * * not be {identifyVerb}',
      '[on the condition that] * {modal} not be {identifyVerb}',
      '[on the condition that] * * {modal} not be {identifyVerb}',
      '[on the condition that] * remain anonymous',
      '[on the condition that] * {modal} remain anonymous',
      '[on condition that] * * be withheld',
      '[on the condition that] * * be withheld',
      // Web furniture, not a proviso.
      '[in case] you missed it',
      '[in case] you want to know',
      "[in case] you're wondering",
      '[in case] you are wondering',
      '[in case] you were wondering',
      "[in case] you haven't heard",
      '[in case] you forgot',
      '[in case] you need a reminder',
      // "subject to" as a noun phrase ("the subject to be discussed").
      'the [subject to]',
      'a [subject to]',
    ],
    wordClasses: {
      askVerb: [
        'ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering',
        'see', 'sees', 'seeing', 'know', 'knows', 'knew', 'known', 'knowing',
        'check', 'checks', 'checked', 'checking', 'determine', 'determines', 'determined',
        'determining', 'decide', 'decides', 'deciding', 'doubt', 'doubts', 'doubted',
        'question', 'questioned', 'questioning', 'inquire', 'inquired', 'enquire',
        'enquired', 'investigate', 'investigating', 'examine', 'examining', 'assess',
        'assessing', 'find', 'learn', 'confirm', 'remember', 'recall', 'verify', 'seen',
      ],
      // Verbs that take "if" as "whether" when it follows them directly
      // ("did not indicate if"), but may govern a real condition after an object.
      questionVerb: [
        'test', 'tests', 'tested', 'testing', 'evaluate', 'evaluates', 'evaluated', 'evaluating',
        'consider', 'considers', 'considered', 'considering', 'debate', 'debated', 'debating',
        'discuss', 'discussed', 'discussing', 'judge', 'judged', 'gauge', 'gauged', 'predict',
        'predicted', 'clarify', 'clarified', 'specify', 'specified', 'indicate', 'indicated',
        'disclose', 'disclosed', 'reveal', 'revealed', 'state', 'stated', 'explore', 'explored',
        'exploring', 'probe', 'probed', 'probing', 'study', 'studied', 'studying',
      ],
      negatedAuxiliary: [
        "didn't", "wouldn't", "couldn't", "won't", "can't", 'cannot', "doesn't", "don't",
        "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't",
      ],
      identifyVerb: [
        'named', 'identified', 'quoted', 'used', 'published', 'disclosed', 'released', 'revealed',
        'given', 'mentioned', 'cited', 'printed', 'shown',
      ],
      liabilityNoun: [
        'sanctions', 'criticism', 'scrutiny', 'investigation', 'investigations', 'attack',
        'attacks', 'abuse', 'harassment', 'ridicule', 'prosecution', 'penalties', 'penalty',
        'fines', 'fine', 'tariffs', 'tariff', 'taxes', 'tax', 'restrictions', 'discrimination',
        'censorship', 'surveillance', 'torture', 'violence', 'punishment', 'deportation',
        'arrest', 'detention', 'checks', 'ban', 'bans', 'lawsuits', 'lawsuit',
        'audits', 'audit', 'questioning', 'pressure', 'threats', 'bombardment', 'shelling',
      ],
      doubtAdjective: ['unclear', 'unsure', 'uncertain', 'doubtful', 'unknown'],
      indifferenceWord: ['care', 'cares', 'cared', 'matter', 'matters', 'mattered'],
      degreeWord: ['about', 'roughly', 'approximately', 'around', 'exactly', 'quite', 'equally', 'fully'],
      copula: ['is', 'was', 'are', 'were', 'be', 'been', 'being'],
      needVerb: [
        'need', 'needs', 'needed', 'want', 'wants', 'wanted', 'like', 'likes', 'liked',
        'wish', 'wishes', 'wished', 'please', 'pleases', 'has', 'have', 'had', 'live', 'lives',
        'lived', 'exist', 'exists',
      ],
      perfectAuxiliary: ['has', 'have', 'had'],
      durationVerb: [
        'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taking', 'wait',
        'waits', 'waited', 'waiting', 'stay', 'stays', 'stayed', 'remain', 'remains',
        'remained', 'live', 'lives', 'lived', 'survive', 'survived', 'endure', 'endured',
      ],
      timeUnit: [
        'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week',
        'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century',
        'centuries', 'generation', 'generations', 'lifetime',
      ],
      number: [
        'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred',
        'several', 'many', 'few', 'some',
      ],
      subjectPronoun: ['that', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there'],
      // The personal pronouns in a form only a subject takes.
      nominativePronoun: ['i', 'he', 'she', 'we', 'they'],
      // What may open a clause's subject: pronouns and determiners.
      subjectStart: [
        'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its',
        'their', 'our', 'my', 'your', 'all', 'both', 'no', 'every', 'each', 'some', 'any', 'enough', 'everyone', 'nobody',
      ],
      modal: [
        'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall', "won't",
        "wouldn't", "couldn't", "can't", 'cannot', "shouldn't", "mustn't",
      ],
      contractedSubject: [
        "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll", "there'll", "i'd",
        "we'd", "you'd", "he'd", "she'd", "they'd",
      ],
      notProvisoAfterProvided: [
        'by', 'to', 'with', 'for', 'in', 'on', 'under', 'through', 'via', 'as', 'at',
        'from', 'free', 'here', 'below', 'above', 'herein',
      ],
      assumedThing: [
        'office', 'power', 'control', 'responsibility', 'command', 'role', 'post',
        'presidency', 'leadership', 'duties', 'charge', 'position', 'throne', 'chair',
        'mantle', 'risk', 'risks', 'debt', 'identity', 'name',
      ],
    },
    wildcardStops: [
      'that', 'and', 'but', 'or', 'because', 'so', 'when', 'then', 'which', 'who', 'while',
      'although', 'though', 'since', 'as',
    ],
    clauseEndWords: ['then'],
    // ("Only if the vote passes will the plan proceed": after an initial "only if", the main clause inverts.)
    mainClauseOpeners: ['{subjectPronoun} {modal}', '{contractedSubject}', '{modal} the', '{modal} {subjectPronoun}'],
    // ("If they think they can …": the clause a verb of belief or saying takes without "that".)
    complementVerbs: [...beliefForms, ...reportingFinite],
    conditionHeadWords: ['that', 'and', 'but', 'or', 'so', 'because', 'said', 'says', 'say'],
    clauseInitialAfter: ['and', 'but', 'or', 'only'],
    asideOpeners: ['which', 'who', 'whose'],
  },
  // Closed classes (determiners, pronouns, prepositions, auxiliaries, conjunctions, titles) are typed; the
  // content-word lists come from generated/, except those marked typed below (README: why).
  attributions: {
    // Typed: PolNeAR train's cue verbs by cue share (generated/en-verbs) take in what the guide does not
    // count as attribution ('expect', 'refuse'): PolNeAR dev anonymous F1 0.833 -> 0.816, gold 0.994 -> 0.948.
    cueVerbs: [
      'suggest', 'suggests', 'suggested', 'say', 'says', 'said', 'tell', 'tells', 'told', 
      'write', 'writes', 'wrote', 
      'reports', 'reported', 'announce', 'announces', 'announced',
      // ("noted": a cue in 118 of its 122 uses in PolNeAR train, before an object too, "noted the irony"; "notes" is often a noun.)
      'noted',
      'deny', 'denies', 'denied', 'warn', 'warns', 'warned',
      'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed',
      'tweet', 'tweets', 'tweeted', 
      'testify', 'testifies', 'testified', 'acknowledge', 'acknowledges', 'acknowledged',
      'reply', 'replies', 'replied', 
      'cite', 'cites', 'cited', 'reiterate', 'reiterates',
      'reiterated', 'stress', 'stresses', 'stressed', 'emphasize', 'emphasized', 'emphasise',
      'emphasised', 'accuse', 'accuses', 'accused', 'reject', 'rejects', 'rejected',
      'dispute', 'disputes', 'disputed', 'describe', 'describes', 'described', 'condemn',
      'condemns', 'condemned', 'criticise', 'criticised', 'criticize', 'criticized', 'criticises',
      'criticizes', 
      'allege', 'alleges', 'alleged', 'assert', 'asserts',
      'asserted', 'contend', 'contends', 'contended', 
      
      'disclose', 'discloses', 'disclosed',
      'concede',
      'concedes', 'conceded', 'beg', 'begged',
      'urge', 'urges', 'urged', 'vow', 'vows', 'vowed',
      'complain', 'complains', 'complained',
      'boast', 'boasted', 'depict', 'depicts', 'depicted',
      // Generated: verbs that judge someone, whose object is what they say ("blasted the deal", "praised her").
      ...finiteInflections(judgingVerbs),
    ],
    judgingVerbs: finiteInflections(judgingVerbs),
    nounLikeVerbForms: wordsOf(nounLikeVerbForms.words),
    roleHypernyms: roleHypernyms.pairs,
    femaleNouns: wordsOf(genderedNouns.female),
    maleNouns: wordsOf(genderedNouns.male),
    questionVerbs: askingWords.verbs.split('|').flatMap((group) => group.split(' ')),
    askerNouns: wordsOf(askingWords.askers),
    // Closed class.
    interrogatives: ['whether', 'if', 'who', 'whom', 'whose', 'what', 'which', 'how', 'why', 'when', 'where'],
    objectFirstVerbs: Object.fromEntries(formsWithTail(objectFirstVerbs).flatMap(([forms, prepositions]) => forms.map((form) => [form, prepositions.split(' ')]))),
    contentCueVerbs: finiteInflections(contentCueVerbs),
    contentCueLemmas: contentCueVerbs.forms.split('|').map((group) => group.split(' ')[0]),
    // (Finite forms only: the lemma is often a noun, the -ing form a participle.)
    phrasalQuoteVerbs: Object.fromEntries(
      formsWithTail(phrasalSpeechVerbs).flatMap(([forms, particle]) => forms.slice(1).filter((form) => !form.endsWith('ing')).map((form) => [form, particle])),
    ),
    quoteCueVerbs: finiteInflections(communicationVerbs),
    // Reported content must follow them ("touted the plan" is no report; "touted that …" is).
    complementCueVerbs: [
      ...reportingFinite,
      'add', 'adds', 'added', 'state', 'states', 'stated', 'admit', 'admits', 'admitted', 'agree',
      'agrees', 'agreed', 'respond', 'responds', 'responded', 'maintain', 'maintains', 'maintained',
      'declare', 'declares', 'declared', 'pledge', 'pledged', 'welcome', 'welcomed', 'establish',
      'established', 'conclude', 'concludes', 'concluded', 'indicate', 'indicates', 'indicated',
      'estimate', 'estimates', 'estimated', 'observe', 'observes', 'observed', 'recall', 'recalls',
      'recalled', 'posted', 'mention', 'mentions', 'mentioned', 'inform',
      'informed', 'quoted', 'note', 'notes', 'noted', 'comment', 'comments',
      'commented', 'reveal', 'reveals', 'revealed', 'threaten', 'threatened', 'promise', 'promises',
      'promised', 'called', 'predict', 'predicts', 'predicted', 'remarked',
      'explain', 'explains', 'explained', 'confirm', 'confirms', 'confirmed', 'ask', 'asks', 'asked',
    ],
    // Typed, from PolNeAR train: "found that" is a cue in 31 of its 38 uses, "showed that" in 18 of 20; with a person
    // as subject most are none ("he found the senator charming", "she showed that …" as proof), so a text or a body only.
    // (After a document, with or without "that": 67 of 76 train uses are cues, "studies have shown" among them.)
    findingVerbs: ['finds', 'found', 'show', 'shows', 'showed', 'shown'],
    // Closed class, from PolNeAR train: "promised to", "vowed to", "pledged to" are cues in 120 uses, what the
    // subject commits to; with a noun after "to" ("pledged to the cause") nothing is said.
    // ("proposed" was tried and left out: mostly an adjective, "Trump's proposed ban", it ended phrases there.)
    infinitiveCueVerbs: ['promise', 'promises', 'promised', 'promising', 'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging'],
    // Typed: an outlet's own reporting, from sources it does not name, in the newsroom's tenses ("POLITICO has
    // learned that", a PolNeAR train cue; "The BBC understands that"); with any other subject, knowing is no report.
    outletLearningVerbs: ['has learned', 'has learnt', 'have learned', 'understands'],
    // Typed, from PolNeAR train: after a document and beside a quotation, "read" is a cue in 5 of 6 uses.
    wordingVerbs: ['read', 'reads'],
    // "a class called “Perception”", "a book called "Women Who Work"": a name given, not words reported.
    namingVerbs: ['called', 'named', 'dubbed', 'titled', 'entitled'],
    participleCues: [
      ...reportingParticiples,
      'saying', 'adding', 'telling', 'stating', 'noting', 'writing', 'warning', 'arguing',
      'insisting', 'claiming', 'explaining', 'declaring', 'stressing', 'citing', 'accusing',
      'calling', 'asking', 'urging', 'reporting', 'announcing', 'confirming', 'denying',
      'describing', 'acknowledging', 'suggesting', 'emphasising', 'emphasizing', 'reiterating',
      'alleging', 'predicting', 'promising', 'vowing',
    ],
    beliefVerbs: beliefForms,
    cuePhrases: [
      'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'are quoted as saying',
      'made it clear', 'makes it clear', 'make it clear', 'made clear', 'makes clear',
      'declined to comment', 'declines to comment', 'ruled out', 'rules out', 'raised concerns',
      // (Concern and doubt voiced or expressed: 22 of 24 are PolNeAR train cues.)
      'voiced concerns', 'voiced concern', 'voiced doubts', 'expressed concerns', 'expressed concern', 'expressed doubts',
      'called for', 'calls for', 'called on', 'calls on', 'raised questions', 'pointed out',
      'points out', 'point out', 'went on to say',
    ],
    sourceAfterPhrases: ['according to', 'citing', 'quoting', 'in the words of'],
    // Closed classes: "The Gazette quoted the owner as saying …".
    quotingVerbs: ['quoted', 'quotes', 'quote'],
    quotedAsPhrases: ['as saying', 'as telling', 'as writing', 'as stating', 'as arguing', 'as describing'],
    textCreditPhrases: ['according to'],
    topicPrepositions: ['of', 'about'],
    // Closed class.
    degreeWords: ['most', 'more', 'less', 'least', 'very', 'so', 'too'],
    negatingPrepositions: ['without'],
    focusParticles: ['even', 'only', 'just', 'especially', 'particularly'],
    formerModifiers: ['former', 'retired', 'ex'],
    floatingQuantifiers: ['all', 'both', 'each'],
    creditLinePreposition: 'from',
    characterisingPreposition: 'as',
    servicePreposition: 'for',
    addresseePrepositions: ['to'],
    creditPrepositions: ['per'],
    partitiveRelatives: ['whom'],
    partitivePreposition: 'of',
    agentPreposition: 'by',
    commentClauseOpener: 'as',
    skipBeforeCue: [
      'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
      'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'never',
      "n't", 'also', 'later', 'further', 'then', 'again', 'once', 'still', 'just', 'already', 'first',
      'earlier', 'since', 'often', 'always', 'even', 'however', 'too', 'now', 'long',
      // (Adverbs of frequency and stance without "-ly": "have twice denied", "has perhaps said".)
      'twice', 'thrice', 'ever', 'sometimes', 'perhaps', 'indeed', 'instead',
      // ("Roe herself said": a reflexive stresses the source.)
      'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves',
      // ("Her campaign workers here said", "officials there say": adverbs of place.)
      'here', 'there',
    ],
    timeWords: [
      'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon',
      'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
      'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
      'september', 'october', 'november', 'december',
    ],
    timePrepositions: ['on', 'in', 'last', 'this', 'next', 'early', 'late', 'that', 'earlier', 'later'],
    addresseeCues: [
      'tell', 'tells', 'told', 'telling', 'inform', 'informed', 'ask', 'asks', 'asked', 'warn',
      'warns', 'warned', 'urge', 'urges', 'urged', 'brief', 'briefed', 'assure', 'assured', 'remind',
      'reminded',
    ],
    participleModifiers: [
      'sent', 'written', 'issued', 'released', 'published', 'signed', 'obtained', 'seen', 'filed',
      'posted', 'made', 'given', 'prepared', 'shared', 'dated', 'addressed', 'leaked', 'submitted',
    ],
    documentIntroPrepositions: ['in'],
    objectPrepositions: ['about', 'to', 'into', 'against', 'than', 'toward', 'towards', 'over', 'upon'],
    passiveAuxiliaries: ['is', 'was', 'were', 'are', 'been', 'being', 'be'],
    negations: ['not', "n't", 'never', 'also', 'still', 'only', 'then'],
    negativePronouns: ['nobody', 'nothing', 'none'],
    negativeDeterminers: ['no', 'neither'],
    // Closed class: the negations of the verb after them ("did not say what …" asks, it reports nothing).
    negativeParticles: ['not', "n't"],
    coordinators: ['and'],
    clauseCoordinators: ['and', 'but'],
    adverbialSubordinators: ['when', 'after', 'before', 'because', 'since', 'while', 'until', 'once', 'although', 'though'],
    conditionalSubordinators: ['if', 'unless', 'whether'],
    secondClaimConnectives: ['and', 'but', 'though', 'although', 'yet', 'while', 'whereas'],
    morphology: {
      adverbSuffix: 'ly',
      notAdverbs: ['family', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly', 'bully', 'italy', 'july', 'only'],
      adverbs: wordsOf(adverbOnlyWords.words),
      gerundSuffix: 'ing',
      thirdPersonSuffixes: ['s', 'es'],
      pastParticipleSuffix: 'ed',
      pluralPattern: '[^su]s$',
      irregularPlurals: ['people', 'men', 'women', 'staff', 'police'],
    },
    modals: ['would', 'could', 'should', 'might', 'may', 'must', 'can', 'will', 'shall', 'to'],
    finiteAuxiliaries: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must'],
    nonReportingFollowers: ['to'],
    clauseBoundaries: [
      'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'after',
      'before', 'since', 'if', 'unless', 'although', 'though', 'as', 'but', 'or', 'so', 'than',
      'until', 'whether', 'what', 'how', 'why', 'nor', 'yet', 'is', 'are', 'was', 'were', 'be',
      'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
      'must', 'do', 'does', 'did', 'not', 'to', 'there', 'here', 'about', 'into', 'once',
      'toward', 'towards', 'upon', 'despite', 'unlike', 'amid', 'besides', 'whereas',
      'whatever', 'whenever', 'wherever',
    ],
    // (Closed class; "where" after a place: "a doctor at the hospital where the patients were treated, wrote".)
    relativePronouns: ['who', 'whom', 'which', 'that', 'where'],
    personRelativePronoun: 'who',
    obliqueRelatives: ['whom'],
    possessiveRelatives: ['whose'],
    thingRelativePronouns: ['which'],
    afterNamePrepositions: [
      'in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'when', 'while', 'last',
      'this', 'earlier', 'later', 'told', 'to', 'over',
    ],
    complementizers: ['that', 'how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who'],
    possessiveDeterminers: ['his', 'her', 'their', 'its', 'our', 'my', 'your'],
    retinueNouns: [...wordsOf(retinueNouns.singular), ...wordsOf(retinueNouns.plural)],
    entourageNouns: [...wordsOf(entourageNouns.singular), ...wordsOf(entourageNouns.plural)],
    unnamedInsiderNouns: [...wordsOf(unnamedInsiderNouns.singular), ...wordsOf(unnamedInsiderNouns.plural)],
    officeHolderNouns: [...wordsOf(officeHolderNouns.singular), ...wordsOf(officeHolderNouns.plural)],
    indefiniteDeterminers: ['a', 'an', 'one', 'another'],
    // Typed: the generated bodyVoiceNouns (spokesperson.n.01) tie on PolNeAR and the gold but lose "representative"
    // and "spokespeople" ("A representative for the company said" came out unnamed); plurals typed too ("spokesmen").
    bodyVoiceNouns: ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'spokesmen', 'spokeswomen', 'spokespersons'],
    parentheticalOpeners: [
      'who', 'which', 'whose', 'whom', 'where', 'when', 'however', 'though', 'too', 'meanwhile',
      'primarily', 'notably', 'importantly', 'ironically', 'currently', 'initially', 'eventually',
      'ultimately', 'recently', 'previously', 'similarly', 'separately', 'specifically',
      'apparently', 'clearly', 'obviously', 'unfortunately', 'fortunately', 'interestingly',
      'surprisingly', 'yet', 'plus', 'indeed', 'afterward', 'afterwards', 'moreover', 'furthermore', 'additionally', 'finally',
      'overall', 'thus', 'hence', 'otherwise', 'nonetheless', 'nevertheless', 'likewise', 'elsewhere',
      'whatever', 'whichever', 'whoever', 'instead', 'despite', 'besides', 'although', 'following',
      'amid', 'among', 'under', 'given', 'once', 'until', 'because', 'since', 'while',
      'in', 'on', 'at', 'by', 'after', 'before', 'during', 'for', 'from', 'with', 'without',
      'also', 'then', 'now', 'still', 'again', 'speaking', 'according', 'as', 'like', 'unlike',
      'later', 'earlier', 'last', 'this', 'today', 'yesterday', 'not', 'but', 'and', 'if',
      'therefore', 'consequently', 'accordingly', 'regardless',
    ],
    determiners: [
      'the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
      'eight', 'nine', 'ten', 'some', 'many', 'several', 'multiple', 'both', 'all', 'most',
      'few', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
      'that', 'numerous', 'various', 'dozens', 'hundreds', 'thousands',
    ],
    articles: ['a', 'an', 'the'],
    nameArticles: ['a', 'an', 'the'],
    // Closed class (with the particles of European surnames: "Ursula von der Leyen").
    nameJoiners: ['of', 'and', 'for', '&', 'de', 'del', 'der', 'van', 'von', 'la', 'le', 'da', 'di', 'du', 'y'],
    anaphoricDeterminers: ['the', 'this', 'that', 'these', 'those'],
    definiteDeterminers: ['the', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those'],
    postModifierOpeners: [
      // (Closed class: adjectives of knowledge, closeness and stance that take a complement, "sources privy to the talks",
      // "residents opposed to the plan".)
      'familiar', 'close', 'briefed', 'knowledgeable', 'aware', 'involved', 'privy', 'acquainted', 'connected',
      'tied', 'linked', 'loyal', 'allied', 'opposed', 'sympathetic', 'supportive', 'hostile', 'with', 'of', 'for',
      'at', 'in', 'from', 'on', 'inside', 'within', 'who', 'whose', 'which', 'that', 'speaking',
      'granted', 'requesting', 'having', 'to', 'near', 'among', 'across', 'under', 'by', 'including',
    ],
    identifyingPrepositions: ['for', 'at', 'of', 'from', 'with'],
    complementPrepositions: ['to'],
    pronouns: {
      he: { refersTo: ['person'], gender: 'male' },
      she: { refersTo: ['person'], gender: 'female' },
      they: { refersTo: ['group', 'organization'] },
      it: { refersTo: ['organization', 'publication', 'document'] },
    },
    objectPronouns: [
      'him', 'her', 'them', 'us', 'me', 'you', 'i', 'we', "we've", "i've", "you've", "we're", "i'm",
      "you're", "we'd", "i'd", 'nobody', 'everyone', 'everybody', 'anyone', 'anybody',
      'this', 'that', 'there', 'what', 'which', 'who', 'nothing', 'everything', 'anything',
    ],
    anonymousNouns: [...wordsOf(anonymousNouns.singular), ...wordsOf(anonymousNouns.plural)],
    // Quantifiers: a closed class.
    anonymousQuantifiers: ['some', 'others', 'many', 'several', 'most', 'few', 'critics', 'those', 'another'],
    otherOfTwo: ['other'],
    knownPartyQuantifiers: ['both'],
    shareNouns: [
      'percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths',
    ],
    numberWords: [
      'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
      'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
      'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
    ],
    numberApproximators: ['about', 'around', 'over', 'under'],
    figureComparisons: ['more than', 'less than', 'fewer than'],
    ratioPreposition: 'in',
    ratioPhrases: ['out of'],
    existentialSubject: 'there',
    adverbialConjunctions: ['as', 'while', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas'],
    personNouns: [...wordsOf(personNouns.singular), ...wordsOf(personNouns.plural)],
    adjectivalPersonNouns: wordsOf(personNouns.adjectival),
    // "the 46-year-old", "two 20-somethings": a person by age.
    personNounPattern: '^\\d+-(?:year-olds?|somethings?)$',
    bodyLemmas: wordsOf(bodyNouns.singular),
    collectiveNouns: [...wordsOf(collectiveNouns.singular), ...wordsOf(collectiveNouns.plural)],
    counselNouns: [...wordsOf(counselNouns.singular), ...wordsOf(counselNouns.plural)],
    // Closed class.
    authorNouns: ['author', 'authors', 'co-author', 'co-authors', 'coauthor', 'coauthors'],
    capitalisedPersonNouns: [...wordsOf(demonyms.singular), ...wordsOf(demonyms.plural), ...wordsOf(capitalisedPersonNouns.singular), ...wordsOf(capitalisedPersonNouns.plural)],
    // Typed: the generated roleNouns (person nouns PolNeAR train uses as roles) tie on PolNeAR and the gold but
    // lose roles news use often and PolNeAR rarely ("spokespeople", "head", "ceo": "The company's head said" went unfound).
    roleNouns: [
      'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
      'representative', 'representatives', 'analyst', 'analysts', 'expert', 'experts',
      'observer', 'observers', 'critic', 'critics', 'diplomat', 'diplomats', 'resident',
      'residents', 'witness', 'witnesses', 'trader', 'traders', 'economist', 'economists',
      'employee', 'employees', 'worker', 'workers', 'staff', 'staffer', 'staffers', 'aide', 'aides',
      'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys',
      'investigator', 'investigators', 'researcher', 'researchers', 'scientist', 'scientists',
      'doctor', 'doctors', 'member', 'members', 'leader', 'leaders', 'lawmaker', 'lawmakers',
      'legislator', 'legislators', 'executive', 'executives', 'manager', 'managers', 'director',
      'directors',
      'man', 'men', 'woman', 'women', 'student', 'students', 'activist', 'activists', 'voter',
      'voters', 'protester', 'protesters', 'soldier', 'soldiers', 'officer', 'officers',
      'commander', 'commanders', 'negotiator', 'negotiators', 'envoy', 'envoys', 'minister',
      'ministers', 'president', 'premier', 'chancellor', 'secretary', 'chairman', 'chairwoman',
      'chair', 'ceo', 'founder', 'administrator', 'governor', 'mayor', 'senator', 'senators',
      'ambassador', 'king', 'queen', 'prince', 'judge', 'judges', 'prosecutor', 'counsel',
      'commissioner', 'correspondent', 'reporter', 'reporters', 'journalist', 'journalists',
      'editor', 'author', 'authors', 'professor', 'fellow', 'strategist', 'partner', 'owner',
      'head', 'chief', 'coordinator', 'general', 'colonel', 'captain', 'sergeant', 'farmer',
      'farmers', 'parent', 'parents', 'victim', 'victims', 'survivor', 'survivors', 'teacher',
      'teachers', 'nurse', 'nurses', 'physician', 'physicians', 'candidate', 'dictator',
      'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend',
      'friends', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'relative', 'relatives',
      'colleague', 'colleagues', 'coach', 'player', 'players', 'fan', 'fans', 'customer',
      'customers', 'user', 'users', 'participant', 'participants', 'historian', 'academic',
      'academics', 'specialist', 'specialists', 'consultant', 'consultants', 'insurer', 'bankers',
      'banker', 'investor', 'investors', 'supporter', 'supporters', 'opponent', 'opponents',
      'mp', 'mps', 'councillor', 'deputy', 'deputies', 'writer', 'writers', 'boss', 'creator',
    ],
    // Typed: the generated uniqueOffices lose "ceo", "head", "commander", "king" (see roleNouns).
    uniqueOffices: [
      'president', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman',
      'spokesperson', 'chairman', 'chairwoman', 'ceo', 'founder', 'governor', 'mayor', 'king',
      'queen', 'prime', 'minister', 'leader', 'commissioner', 'administrator', 'ambassador',
      'commander', 'head', 'chief', 'director', 'pope', 'dictator',
    ],
    // Typed: WordNet's bodies lack 'group', 'campaign', 'university' as such, and every generated list
    // tried lowered PolNeAR dev anonymous F1 (0.833 -> 0.817 at best).
    // (Each with its regular plural: "the unions said".)
    organizationNouns: withEnglishPlurals([
      'government', 'ministry', 'department', 'agency',
      'company', 'firm', 'group', 'committee', 'council',
      'court', 'military', 'army', 'police', 'office', 'league', 'union', 'party',
      'commission', 'bank', 'authority', 'administration', 'campaign', 'embassy',
      'parliament', 'congress', 'senate', 'cabinet', 'coalition', 'alliance', 'organization',
      'organisation', 'institute', 'university', 'school', 'hospital', 'board',
      'regulator', 'prosecutors', 'investigators', 'club', 'team', 'forces',
      'navy', 'presidency', 'side', 'state', 'country',
      'nation', 'operator', 'airline', 'network', 'foundation', 'service',
      'center', 'centre', 'fund', 'corporation', 'manufacturer', 'retailer', 'bureau',
    ]),
    // Typed: the generated publicationNouns (outlets among a word's two commonest WordNet senses) tie on PolNeAR
    // but lose "paper", "media", "outlet", "channel", "broadcaster" ("The paper reported" went unfound).
    publicationNouns: [
      'newspaper', 'newspapers', 'publication', 'magazine', 'outlet', 'outlets', 'broadcaster',
      'paper', 'journal', 'website', 'daily', 'tabloid', 'channel', 'newswire', 'blog', 'media',
      // Broadcast media ("Iranian state TV said", "state radio reported").
      'tv', 'television', 'radio',
    ],
    // Typed: WordNet's documents lack 'email', 'guidance', 'data'; every generated list tried lowered the gold
    // attribution F1 (0.994 -> 0.987) or PolNeAR dev (cue+source 0.908 -> 0.905). Books, articles, memoirs and
    // editorials (WordNet files them as publications), briefs and accounts were added in the seventh session:
    // dev 0.916 -> 0.917 and 0.919 -> 0.920 ("the book said", "according to his memoir", "her brief said").
    // (Each with its regular plural: "early-morning tweets".)
    documentNouns: withEnglishPlurals([
      'report', 'statement', 'filing', 'study',
      'poll', 'survey', 'indictment', 'letter', 'email',
      'memo', 'document', 'complaint', 'lawsuit', 'suit', 'resolution',
      'ruling', 'guidance', 'data', 'analysis', 'transcript', 'affidavit',
      'papers', 'note', 'tweet', 'post', 'release', 'notice', 'order', 'decree', 'judgment',
      'verdict', 'assessment', 'figures', 'records', 'research', 'summary', 'testimony',
      'book', 'article', 'memoir', 'editorial', 'op-ed',
      'brief', 'account',
      // A court filing beside "brief", "complaint" and "affidavit" ("Per the motion, …").
      'motion',
      // A court's written reasons beside "ruling" and "judgment" (PolNeAR train sources: "the unsigned opinion said", "A
      // 1996 FEC advisory opinion added"): "The opinion points out that …".
      'opinion',
      // Media that say things ("The ad says", "The clip says", "one slide says"): dev missed these.
      'ad', 'advertisement', 'commercial', 'video', 'clip', 'slide',
      // The record of a meeting, a plural WordNet lists as such (minutes.n.01, in the generated documentNouns): "The minutes
      // showed that officials were divided" (a probe's miss; its singular, "minute", is a time).
      'minutes',
      // Inquiries, which report what they found as texts do (inquiry.n.01, investigation.n.01, audit.n.01, inspection.n.01 and
      // autopsy.n.01, in the generated documentNouns): "The audit, released Friday by …, found that" (a probe's miss).
      'audit', 'investigation', 'inquiry', 'enquiry', 'probe', 'inspection', 'autopsy', 'experiment',
    ]),
    // Words that newspapers' and agencies' names are built from ("The Washington Post", "Kyiv
    // Independent"); no public list of outlets' own names could be had (the gazetteer says why), so
    // an outlet otherwise shows itself by what it does ("X reported").
    publicationNames: [
      'times', 'post', 'journal', 'guardian', 'telegraph', 'economist', 'independent', 'herald', 'tribune',
      'gazette', 'news', 'press', 'wire', 'insider', 'chronicle', 'observer', 'daily', 'weekly', 'agency',
    ],
    organizationNameWords: [
      'ministry', 'department', 'council', 'committee', 'union', 'league', 'nations',
      'government', 'office', 'agency', 'commission', 'party', 'court', 'bank', 'forces',
      'army', 'navy', 'police', 'house', 'parliament', 'congress',
      'senate', 'inc', 'corp', 'ltd', 'group', 'university', 'institute', 'foundation',
      'organization', 'organisation', 'association', 'company', 'authority', 'administration',
      'military', 'coalition', 'center', 'centre',
      'service', 'board', 'bureau', 'fund', 'corporation', 'club',
      ...oneWordNames(organizationNames),
    ],
    organizationNamePhrases: organizationNames.names.split('|').filter((name) => name.includes(' ')),
    placeNames: [
      // Words that build the names of places and regions ("the Middle East", "the United States").
      'middle', 'east', 'west', 'north', 'south', 'gulf', 'western', 'eastern', 'northern', 'southern', 'united',
      'states', 'kingdom',
      // (Names of several words too, matched whole: "new hampshire".)
      ...placeNames.names.split('|'),
      ...wordsOf(demonyms.adjective),
    ],
    governmentPlaceNames: oneWordNames(governmentSeats),
    placeAbbreviations: placeNames.abbreviations.split('|'),
    demonymSuffixes: ['ian', 'ese', 'ish', 'can', 'ean'],
    nonNameCapitals: [
      'the', 'a', 'an', 'this', 'that', 'these', 'those', 'however', 'but', 'and', 'or', 'so',
      'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'according',
      'meanwhile', 'mr', 'mrs', 'ms', 'dr', 'one', 'two', 'three', 'some', 'many', 'it', 'he',
      'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'speaking', 'asked', 'said',
      'both', 'another', 'there', 'here', 'other', 'others', 'all', 'most', 'several', 'no', 'not',
      'senior', 'former', 'local', 'top', 'chief', 'state', 'secretary', 'president', 'minister',
      'prime', 'deputy', 'acting', 'vice', 'general', 'foreign', 'defense', 'defence', 'press',
      'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'administrator', 'chairman',
      'republican', 'democrat', 'democratic', 'counsel', 'cmdr', 'gen', 'sen', 'rep', 'gov',
      'lt', 'col', 'capt', 'sgt', 'prof', 'high', 'whatever', 'see',
      // ("Having said that, …": a participle opening the sentence.)
      'having', 'being',
      // Sentence adverbs and negated auxiliaries ("Instead of …", "Therefore, …", "Don't ask").
      'instead', 'therefore', 'consequently', 'accordingly', 'regardless', 'enough', "don't", "doesn't", "didn't", "won't",
      "can't", "isn't", "aren't", "wasn't", "weren't", "wouldn't", "couldn't", "shouldn't",
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
      'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
      'november', 'december', 'sept', 'jan', 'feb', 'aug', 'oct', 'nov', 'dec',
    ],
    ownWord: 'own',
    statementNouns: [...wordsOf(documentNouns.singular), ...wordsOf(documentNouns.plural)],
    publicationCues: ['report', 'reports', 'reported', 'reporting'],
    // Closed class: "say" and "tell" themselves, finite (after a singular subject "say" is no verb: "the final say"),
    // and the plain verbs of stating and announcing ("The district confirmed", "the utility added"): PolNeAR train
    // tp 9119 -> 9122, dev unchanged.
    plainSpeechForms: [
      'said', 'says', 'told', 'tells', 'confirmed', 'confirms', 'announced', 'announces', 'stated', 'states', 'added', 'adds', 'noted', 'notes',
      // (Arguing, insisting and complaining are speakers' too: "Some longtime season-ticket holders argue that".)
      'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'complain', 'complains', 'complained', 'urge', 'urges', 'urged',
    ],
    honorifics: [
      'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt',
      'cmdr', 'adm', 'rev', 'sir', 'dame', 'lord', 'lady', 'messrs', 'mme', 'mlle', 'herr', 'frau',
      'reps', 'sens', 'drs', 'govs', 'profs',
    ],
    reasonMarkers: [
      'because', 'as they were not', 'as he was not', 'as she was not', 'since they were not',
      'for fear of', 'fearing', 'feared', 'who feared', 'out of fear', 'due to the sensitivity',
      'given the sensitivity', 'citing the sensitivity', 'to protect', 'in order to speak freely',
      'to speak freely', 'not authorized', 'not authorised', 'not permitted', 'not allowed',
    ],
    anonymityRequests: [
      'on condition of anonymity', 'on the condition of anonymity', 'asked not to be named',
      'asked not to be identified', 'declined to be named', 'declined to be identified',
      'requested anonymity', 'spoke anonymously', 'speaking anonymously', 'who was not named',
      'not to be named', 'not to be identified', 'insisted on anonymity', 'granted anonymity',
      'spoke on condition of anonymity', 'speaking on condition of anonymity',
      // A request in the subjunctive: "asked that his name not be used", "asked that she not be identified".
      'name not be used', 'names not be used', 'name not be published', 'not be named', 'not be identified',
      // ("asked that her name be withheld", "on condition his name be withheld".)
      'name be withheld', 'names be withheld',
    ],
    // Closed class: "did not wish to be named", "didn't want to be identified", "refused to be named", "declined to be quoted", "did not want her name used".
    // ("declined to give his name", "did not give her last name": withholding one's own name.)
    beingNamedPhrases: [
      'to be named', 'to be identified', 'to be quoted', 'name used', 'names used',
      'give his name', 'give her name', 'give their names', 'give his last name', 'give her last name', 'give their last names',
      'give his full name', 'give her full name',
    ],
    // Closed class: "What did the prosecutors say?", "Does the report say so?".
    questionAuxiliaries: ['do', 'does', 'did'],
    requestNegations: ['not', "n't", 'declined', 'refused'],
    reasonAfterRequest: ['because', 'to', 'as', 'since', 'for', 'given'],
  },
  chain: {
    relayCues: ['citing', 'quoting', 'with reference to', 'referring to'],
    reportedClauseOpeners: ['that'],
  },
};
