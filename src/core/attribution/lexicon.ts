/**
 * The attribution lexicon compiled for look-up: word lists as matchers (with
 * the language's inflection), phrases split into words, longest first.
 * Compiled once per lexicon.
 */
import { type Inflection, wordMatcher, type WordMatcher, withSuffixed } from '../inflection';
import type { AttributionLexicon } from '../lexicon/types';
import type { SourceType } from '../types';

/** How the lexicon's lists are looked up: sets, and phrases split into words. */
export interface CompiledLexicon {
  cueVerbs: WordMatcher;
  impersonalCues: WordMatcher;
  judgingVerbs: WordMatcher;
  complementCueVerbs: WordMatcher;
  participleCues: WordMatcher;
  beliefVerbs: WordMatcher;
  quoteCueVerbs: WordMatcher;
  nounLikeVerbForms: WordMatcher;
  /** A form of a verb whose object comes first → the prepositions that follow that object. */
  objectFirstVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  phrasalQuoteVerbs: ReadonlyMap<string, string>;
  questionVerbs: WordMatcher;
  /** A gendered pronoun → its gender; the nouns of each gender. */
  pronounGender: ReadonlyMap<string, 'female' | 'male'>;
  genderOfNoun: ReadonlyMap<string, 'female' | 'male'>;
  /** Each role noun's role nouns above it ("mother" → {"parent"}). */
  roleHypernyms: ReadonlyMap<string, ReadonlySet<string>>;
  askerNouns: WordMatcher;
  interrogatives: WordMatcher;
  negativeParticles: WordMatcher;
  negativePronouns: WordMatcher;
  negativeDeterminers: WordMatcher;
  correlativeNegations: WordMatcher;
  contentCueVerbs: WordMatcher;
  contentCueLemmas: WordMatcher;
  findingVerbs: WordMatcher;
  infinitiveCueVerbs: WordMatcher;
  outletLearningVerbs: string[][];
  outletLearningPhrases: string[][];
  wordsCreditPhrases: string[][];
  wordingVerbs: WordMatcher;
  writingVerbs: WordMatcher;
  estimatingVerbs: WordMatcher;
  namingVerbs: WordMatcher;
  cuePhrases: string[][];
  clausePhrases: ReadonlySet<string>;
  sourceAfterPhrases: string[][];
  textCreditPhrases: string[][];
  relayPhrases: string[][];
  relayVerbs: WordMatcher;
  bodyCreditPhrases: string[][];
  topicPrepositions: WordMatcher;
  degreeWords: WordMatcher;
  negatingPrepositions: WordMatcher;
  focusParticles: WordMatcher;
  discourseConnectives: string[][];
  formerModifiers: WordMatcher;
  floatingQuantifiers: WordMatcher;
  creditLinePreposition: string;
  characterisingPreposition: string;
  servicePreposition: string;
  addresseePrepositions: WordMatcher;
  creditPrepositions: WordMatcher;
  partitiveRelatives: WordMatcher;
  /** '' where the language has none. */
  partitivePreposition: string;
  agentPreposition: string;
  commentClauseOpener: string;
  skipBeforeCue: WordMatcher;
  clauseBoundaries: WordMatcher;
  relativePronouns: WordMatcher;
  personRelativePronoun: string;
  obliqueRelatives: WordMatcher;
  possessiveRelatives: WordMatcher;
  locativePronouns: WordMatcher;
  thingRelativePronouns: WordMatcher;
  afterNamePrepositions: WordMatcher;
  timeWords: WordMatcher;
  dateMonths: ReadonlySet<string>;
  timePrepositions: WordMatcher;
  modals: WordMatcher;
  finiteAuxiliaries: WordMatcher;
  passiveAuxiliaries: WordMatcher;
  negations: WordMatcher;
  coordinators: WordMatcher;
  clauseCoordinators: WordMatcher;
  adverbialSubordinators: WordMatcher;
  conditionalSubordinators: WordMatcher;
  secondClaimConnectives: WordMatcher;
  morphology: Omit<AttributionLexicon['morphology'], 'pluralPattern' | 'pluralVerbPattern' | 'locativePattern' | 'objectCasePattern' | 'pastGenderPatterns' | 'infinitivePattern' | 'participlePattern' | 'pluralModifierPattern' | 'commonPluralPattern' | 'genitivePluralPattern' | 'passiveParticiplePattern' | 'instrumentalPattern' | 'instrumentalNounPattern' | 'substantivePattern' | 'obliqueModifierPattern' | 'obliquePluralModifierPattern'> & {
    notAdverbSet: WordMatcher;
    adverbSet: WordMatcher;
    pluralPattern: RegExp;
    irregularPluralSet: WordMatcher;
    singularExceptionSet: WordMatcher;
    pluralVerbPattern: RegExp | null;
    locativePattern: RegExp | null;
    objectCasePattern: RegExp | null;
    pastGenderPatterns: { female: RegExp; male: RegExp } | null;
    participlePattern: RegExp | null;
    passiveParticiplePattern: RegExp | null;
    instrumentalPattern: RegExp | null;
    instrumentalNounPattern: RegExp | null;
    substantivePattern: RegExp | null;
    obliqueModifierPattern: RegExp | null;
    obliquePluralModifierPattern: RegExp | null;
    pluralModifierPattern: RegExp | null;
    commonPluralPattern: RegExp | null;
    genitivePluralPattern: RegExp | null;
    infinitivePattern: RegExp | null;
  };
  objectPrepositions: WordMatcher;
  participleModifiers: WordMatcher;
  documentIntroPrepositions: WordMatcher;
  addresseeCues: WordMatcher;
  bodyVoiceNouns: WordMatcher;
  counselNouns: WordMatcher;
  authorNouns: WordMatcher;
  capitalisedPersonNouns: WordMatcher;
  unnamedInsiderNouns: WordMatcher;
  officeHolderNouns: WordMatcher;
  retinueNouns: WordMatcher;
  entourageNouns: WordMatcher;
  residentNouns: WordMatcher;
  twoPartyCues: WordMatcher;
  quotingVerbs: WordMatcher;
  wordsCitingVerbs: WordMatcher;
  wordsNoun: string | null;
  quotedAsPhrases: string[][];
  possessiveDeterminers: WordMatcher;
  /** A possessive pronoun → the referents of the personal pronoun it stands for. */
  possessivePronouns: Map<string, readonly SourceType[]>;
  indefiniteDeterminers: WordMatcher;
  parentheticalOpeners: WordMatcher;
  determiners: WordMatcher;
  accusativeDeterminers: WordMatcher;
  conditionHeads: string[][];
  definiteDeterminers: WordMatcher;
  anaphoricDeterminers: WordMatcher;
  articles: WordMatcher;
  postModifierOpeners: WordMatcher;
  identifyingPrepositions: WordMatcher;
  originPrepositions: WordMatcher;
  pronouns: Map<string, readonly SourceType[]>;
  placePronouns: Set<string>;
  objectPronouns: WordMatcher;
  anonymousNouns: WordMatcher;
  anonymousQuantifiers: WordMatcher;
  collectiveNumerals: WordMatcher;
  knownPartyQuantifiers: WordMatcher;
  otherOfTwo: WordMatcher;
  shareNouns: WordMatcher;
  numberWords: WordMatcher;
  numberApproximators: WordMatcher;
  figureComparisons: string[][];
  existentialSubject: string;
  adverbialConjunctions: WordMatcher;
  ratioPreposition: string;
  ratioPhrases: string[][];
  roleNouns: WordMatcher;
  personNouns: WordMatcher;
  /** Person nouns that may be surnames; null where the language gives no list (every one may). */
  surnameNouns: WordMatcher | null;
  adjectivalPersonNouns: WordMatcher;
  bodyLemmas: WordMatcher;
  collectiveNouns: WordMatcher;
  uniqueOffices: WordMatcher;
  organizationNouns: WordMatcher;
  publicationNouns: WordMatcher;
  /** The outlets' nouns as listed, in the nominative singular only: any other form that `publicationNouns` matches is another case or the plural. */
  publicationNounsAsListed: WordMatcher;
  documentNouns: WordMatcher;
  occasionNouns: WordMatcher;
  territoryNouns: WordMatcher;
  crowdPlaceNouns: WordMatcher;
  reflexivePossessives: WordMatcher;
  publicationNames: WordMatcher;
  organizationNameWords: WordMatcher;
  organizationNamePhrases: WordMatcher;
  placeNames: WordMatcher;
  governmentPlaceNames: WordMatcher;
  demonymSuffixes: readonly string[];
  placeAbbreviations: WordMatcher;
  nonNameCapitals: WordMatcher;
  honorifics: WordMatcher;
  publicationCues: WordMatcher;
  plainSpeechForms: WordMatcher;
  ownWord: string | null;
  statementNouns: WordMatcher;
  reasonMarkers: string[][];
  anonymityRequests: string[][];
  beingNamedPhrases: string[][];
  questionAuxiliaries: WordMatcher;
  requestNegations: WordMatcher;
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
  nonReportingFollowers: WordMatcher;
  complementPrepositions: WordMatcher;
  /** An article and the spaces after it at a name's start (null: the language writes none). */
  nameArticle: RegExp | null;
}

const compiledCache = new WeakMap<AttributionLexicon, CompiledLexicon>();

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/** The inflection a lexicon declares, or null for a language matched word for word. */
function inflectionOf(lexicon: AttributionLexicon): Inflection | null {
  const endings = lexicon.morphology.inflectionEndings;
  return endings && endings.length > 0 ?
    { endings, minStem: lexicon.morphology.minStem ?? 3, alternations: lexicon.morphology.stemAlternations,
      pastAlternations: lexicon.morphology.pastStemAlternations, reflexives: lexicon.morphology.reflexivePostfixes } : null;
}

/** Longest phrases first, so that "was quoted as saying" wins over a shorter one. */
const phraseList = (list: readonly string[]) => list.map(words).sort((a, b) => b.length - a.length);

/** The gender a past verb gives its subject ("заявила", "заявив"), where the language's past agrees in gender. */
export function pastGender(lex: CompiledLexicon, verb: string): 'female' | 'male' | undefined {
  const patterns = lex.morphology.pastGenderPatterns;
  if (!patterns) return undefined;
  return patterns.female.test(verb) ? 'female' : patterns.male.test(verb) ? 'male' : undefined;
}

export function compileLexicon(lexicon: AttributionLexicon): CompiledLexicon {
  let c = compiledCache.get(lexicon);
  if (c) return c;
  const inflection = inflectionOf(lexicon);
  const lowerSet = (list: readonly string[]) => wordMatcher(list, inflection);
  // Closed classes list every form they have: a case form must not match a noun ("виданню" is no "видання").
  const exactSet = (list: readonly string[]) => wordMatcher(list, null);
  c = {
    cueVerbs: lowerSet(lexicon.cueVerbs),
    // Exact forms: a verb's reflexive impersonal form, not the personal forms an inflection would take in ("повідомляє").
    impersonalCues: new Set((lexicon.impersonalCues ?? []).map((w) => w.toLowerCase())),
    judgingVerbs: lowerSet(lexicon.judgingVerbs ?? []),
    complementCueVerbs: lowerSet(lexicon.complementCueVerbs),
    // (The gerunds of verbs that report only before a clause too, "отметив, что …": a gerund reports only before one where heads come first.)
    participleCues: lowerSet([...lexicon.participleCues, ...gerundsOfPast([...lexicon.cueVerbs, ...lexicon.complementCueVerbs], lexicon.morphology.gerundsOfPast ?? [])]),
    beliefVerbs: lowerSet(lexicon.beliefVerbs),
    quoteCueVerbs: lowerSet(lexicon.quoteCueVerbs ?? []),
    nounLikeVerbForms: lowerSet(lexicon.nounLikeVerbForms ?? []),
    questionVerbs: lowerSet(lexicon.questionVerbs ?? []),
    pronounGender: new Map(Object.entries(lexicon.pronouns).flatMap(([w, e]) => (e.gender ? [[w.toLowerCase(), e.gender] as const] : []))),
    genderOfNoun: nounGenders(lexicon.femaleNouns ?? [], lexicon.maleNouns ?? []),
    roleHypernyms: new Map((lexicon.roleHypernyms ?? '').split('|').filter(Boolean).map((group) => {
      const [noun, above] = group.split('>');
      return [noun, new Set(above.split(' '))] as const;
    })),
    askerNouns: lowerSet(lexicon.askerNouns ?? []),
    interrogatives: lowerSet(lexicon.interrogatives ?? []),
    negativeParticles: exactSet(lexicon.negativeParticles ?? []),
    negativePronouns: exactSet(lexicon.negativePronouns ?? []),
    negativeDeterminers: lowerSet(lexicon.negativeDeterminers ?? []),
    correlativeNegations: exactSet(lexicon.correlativeNegations ?? []),
    phrasalQuoteVerbs: new Map(Object.entries(lexicon.phrasalQuoteVerbs ?? {})),
    objectFirstVerbs: new Map(Object.entries(lexicon.objectFirstVerbs ?? {}).map(([form, prepositions]) => [form.toLowerCase(), new Set(prepositions)])),
    contentCueVerbs: lowerSet(lexicon.contentCueVerbs ?? []),
    contentCueLemmas: exactSet(lexicon.contentCueLemmas ?? []),
    findingVerbs: lowerSet(lexicon.findingVerbs ?? []),
    infinitiveCueVerbs: lowerSet(lexicon.infinitiveCueVerbs ?? []),
    outletLearningVerbs: phraseList(lexicon.outletLearningVerbs ?? []),
    outletLearningPhrases: phraseList(lexicon.outletLearningPhrases ?? []),
    wordsCreditPhrases: phraseList(lexicon.wordsCreditPhrases ?? []),
    wordingVerbs: lowerSet(lexicon.wordingVerbs ?? []),
    writingVerbs: lowerSet(lexicon.writingVerbs ?? []),
    estimatingVerbs: lowerSet(lexicon.estimatingVerbs ?? []),
    namingVerbs: lowerSet(lexicon.namingVerbs ?? []),
    cuePhrases: phraseList(lexicon.cuePhrases),
    clausePhrases: new Set((lexicon.clausePhrases ?? []).map((p) => words(p).join(' '))),
    sourceAfterPhrases: phraseList(lexicon.sourceAfterPhrases),
    textCreditPhrases: phraseList(lexicon.textCreditPhrases ?? []),
    relayPhrases: phraseList(lexicon.relayPhrases ?? []),
    relayVerbs: lowerSet(lexicon.relayVerbs ?? []),
    bodyCreditPhrases: phraseList(lexicon.bodyCreditPhrases ?? []),
    topicPrepositions: lowerSet(lexicon.topicPrepositions ?? []),
    degreeWords: lowerSet(lexicon.degreeWords ?? []),
    negatingPrepositions: lowerSet(lexicon.negatingPrepositions ?? []),
    focusParticles: lowerSet(lexicon.focusParticles ?? []),
    discourseConnectives: phraseList(lexicon.discourseConnectives ?? []),
    formerModifiers: lowerSet(lexicon.formerModifiers ?? []),
    floatingQuantifiers: lowerSet(lexicon.floatingQuantifiers ?? []),
    creditLinePreposition: lexicon.creditLinePreposition ?? '',
    characterisingPreposition: lexicon.characterisingPreposition ?? '',
    servicePreposition: lexicon.servicePreposition ?? '',
    addresseePrepositions: lowerSet(lexicon.addresseePrepositions ?? []),
    creditPrepositions: lowerSet(lexicon.creditPrepositions ?? []),
    partitiveRelatives: lowerSet(lexicon.partitiveRelatives ?? []),
    partitivePreposition: lexicon.partitivePreposition ?? '',
    agentPreposition: lexicon.agentPreposition,
    commentClauseOpener: lexicon.commentClauseOpener,
    skipBeforeCue: lowerSet(lexicon.skipBeforeCue),
    // (Exact: a case ending made "таку", "such", of "так", "so".)
    clauseBoundaries: exactSet(lexicon.clauseBoundaries),
    // (The relatives of possession are relative pronouns too: one list of them.)
    relativePronouns: lowerSet([...lexicon.relativePronouns, ...(lexicon.possessiveRelatives ?? [])]),
    personRelativePronoun: lexicon.personRelativePronoun,
    obliqueRelatives: exactSet(lexicon.obliqueRelatives ?? []),
    possessiveRelatives: exactSet(lexicon.possessiveRelatives ?? []),
    locativePronouns: exactSet(lexicon.locativePronouns ?? []),
    thingRelativePronouns: lowerSet(lexicon.thingRelativePronouns ?? []),
    afterNamePrepositions: exactSet(lexicon.afterNamePrepositions),
    timeWords: lowerSet(lexicon.timeWords),
    dateMonths: new Set(lexicon.dateMonths ?? []),
    timePrepositions: lowerSet(lexicon.timePrepositions),
    modals: lowerSet(lexicon.modals),
    finiteAuxiliaries: lowerSet(lexicon.finiteAuxiliaries ?? []),
    passiveAuxiliaries: lowerSet(lexicon.passiveAuxiliaries),
    negations: lowerSet(lexicon.negations),
    coordinators: lowerSet(lexicon.coordinators),
    clauseCoordinators: lowerSet(lexicon.clauseCoordinators),
    adverbialSubordinators: lowerSet(lexicon.adverbialSubordinators ?? []),
    conditionalSubordinators: exactSet(lexicon.conditionalSubordinators ?? []),
    secondClaimConnectives: lowerSet(lexicon.secondClaimConnectives ?? []),
    morphology: {
      ...lexicon.morphology,
      notAdverbSet: new Set(lexicon.morphology.notAdverbs),
      adverbSet: lowerSet(lexicon.morphology.adverbs ?? []),
      pluralPattern: new RegExp(lexicon.morphology.pluralPattern),
      pluralVerbPattern: lexicon.morphology.pluralVerbPattern ? new RegExp(lexicon.morphology.pluralVerbPattern) : null,
      locativePattern: lexicon.morphology.locativePattern ? new RegExp(lexicon.morphology.locativePattern) : null,
      objectCasePattern: lexicon.morphology.objectCasePattern ? new RegExp(lexicon.morphology.objectCasePattern) : null,
      pastGenderPatterns: lexicon.morphology.pastGenderPatterns ?
        { female: new RegExp(lexicon.morphology.pastGenderPatterns.female), male: new RegExp(lexicon.morphology.pastGenderPatterns.male) } : null,
      infinitivePattern: lexicon.morphology.infinitivePattern ? new RegExp(lexicon.morphology.infinitivePattern) : null,
      participlePattern: lexicon.morphology.participlePattern ? new RegExp(lexicon.morphology.participlePattern) : null,
      passiveParticiplePattern: lexicon.morphology.passiveParticiplePattern ? new RegExp(lexicon.morphology.passiveParticiplePattern) : null,
      instrumentalPattern: lexicon.morphology.instrumentalPattern ? new RegExp(lexicon.morphology.instrumentalPattern) : null,
      instrumentalNounPattern: lexicon.morphology.instrumentalNounPattern ? new RegExp(lexicon.morphology.instrumentalNounPattern) : null,
      substantivePattern: lexicon.morphology.substantivePattern ? new RegExp(lexicon.morphology.substantivePattern) : null,
      obliqueModifierPattern: lexicon.morphology.obliqueModifierPattern ? new RegExp(lexicon.morphology.obliqueModifierPattern) : null,
      obliquePluralModifierPattern: lexicon.morphology.obliquePluralModifierPattern ? new RegExp(lexicon.morphology.obliquePluralModifierPattern) : null,
      pluralModifierPattern: lexicon.morphology.pluralModifierPattern ? new RegExp(lexicon.morphology.pluralModifierPattern) : null,
      commonPluralPattern: lexicon.morphology.commonPluralPattern ? new RegExp(lexicon.morphology.commonPluralPattern) : null,
      genitivePluralPattern: lexicon.morphology.genitivePluralPattern ? new RegExp(lexicon.morphology.genitivePluralPattern) : null,
      // Exact: a plural form must not match its singular by stem ("джерела" / "джерело").
      irregularPluralSet: new Set(lexicon.morphology.irregularPlurals),
      singularExceptionSet: new Set(lexicon.morphology.singularExceptions ?? []),
    },
    // (Exact: prepositions do not inflect, and "проте" is no form of "проти".)
    objectPrepositions: exactSet(lexicon.objectPrepositions),
    participleModifiers: lowerSet(lexicon.participleModifiers),
    documentIntroPrepositions: lowerSet(lexicon.documentIntroPrepositions),
    addresseeCues: lowerSet(lexicon.addresseeCues),
    bodyVoiceNouns: lowerSet(lexicon.bodyVoiceNouns),
    counselNouns: lowerSet(lexicon.counselNouns ?? []),
    authorNouns: lowerSet(lexicon.authorNouns ?? []),
    capitalisedPersonNouns: lowerSet(lexicon.capitalisedPersonNouns ?? []),
    unnamedInsiderNouns: lowerSet(lexicon.unnamedInsiderNouns),
    officeHolderNouns: lowerSet(lexicon.officeHolderNouns ?? []),
    retinueNouns: lowerSet(lexicon.retinueNouns ?? []),
    entourageNouns: lowerSet(lexicon.entourageNouns ?? []),
    residentNouns: lowerSet(lexicon.residentNouns ?? []),
    twoPartyCues: lowerSet(lexicon.twoPartyCues ?? []),
    quotingVerbs: exactSet(lexicon.quotingVerbs ?? []),
    wordsCitingVerbs: lowerSet(lexicon.wordsCitingVerbs ?? []),
    wordsNoun: lexicon.wordsNoun ?? null,
    quotedAsPhrases: phraseList(lexicon.quotedAsPhrases ?? []),
    possessiveDeterminers: lowerSet(lexicon.possessiveDeterminers ?? []),
    possessivePronouns: new Map(Object.entries(lexicon.possessivePronouns ?? {}).map(([possessive, personal]) => [possessive.toLowerCase(), lexicon.pronouns[personal].refersTo])),
    indefiniteDeterminers: lowerSet(lexicon.indefiniteDeterminers),
    parentheticalOpeners: lowerSet(lexicon.parentheticalOpeners),
    determiners: lowerSet(lexicon.determiners),
    accusativeDeterminers: exactSet(lexicon.accusativeDeterminers ?? []),
    conditionHeads: phraseList(lexicon.conditionHeads ?? []),
    definiteDeterminers: lowerSet(lexicon.definiteDeterminers),
    anaphoricDeterminers: lowerSet(lexicon.anaphoricDeterminers),
    articles: lowerSet(lexicon.articles),
    postModifierOpeners: lowerSet(lexicon.postModifierOpeners),
    identifyingPrepositions: exactSet(lexicon.identifyingPrepositions),
    originPrepositions: exactSet(lexicon.originPrepositions ?? []),
    pronouns: new Map(Object.entries(lexicon.pronouns).map(([w, e]) => [w.toLowerCase(), e.refersTo])),
    placePronouns: new Set(Object.entries(lexicon.pronouns).filter(([, e]) => e.place).map(([w]) => w.toLowerCase())),
    objectPronouns: exactSet(lexicon.objectPronouns),
    anonymousNouns: lowerSet(lexicon.anonymousNouns),
    anonymousQuantifiers: lowerSet(lexicon.anonymousQuantifiers),
    collectiveNumerals: lowerSet(lexicon.collectiveNumerals ?? []),
    knownPartyQuantifiers: lowerSet(lexicon.knownPartyQuantifiers),
    otherOfTwo: lowerSet(lexicon.otherOfTwo ?? []),
    shareNouns: lowerSet(lexicon.shareNouns ?? []),
    numberWords: lowerSet(lexicon.numberWords ?? []),
    numberApproximators: lowerSet(lexicon.numberApproximators ?? []),
    figureComparisons: phraseList(lexicon.figureComparisons ?? []),
    existentialSubject: lexicon.existentialSubject ?? '',
    adverbialConjunctions: lowerSet(lexicon.adverbialConjunctions ?? []),
    ratioPreposition: lexicon.ratioPreposition ?? '',
    ratioPhrases: phraseList(lexicon.ratioPhrases ?? []),
    roleNouns: withSuffixed(lowerSet(lexicon.roleNouns), lexicon.morphology.feminineSuffixes ?? [], inflection),
    personNouns: orPattern(withSuffixed(lowerSet(lexicon.personNouns ?? []), lexicon.morphology.feminineSuffixes ?? [], inflection), lexicon.personNounPattern),
    surnameNouns: lexicon.surnameNouns ? withSuffixed(lowerSet(lexicon.surnameNouns), lexicon.morphology.feminineSuffixes ?? [], inflection) : null,
    adjectivalPersonNouns: lowerSet(lexicon.adjectivalPersonNouns ?? []),
    bodyLemmas: lowerSet(lexicon.bodyLemmas ?? []),
    collectiveNouns: lowerSet(lexicon.collectiveNouns ?? []),
    uniqueOffices: lowerSet(lexicon.uniqueOffices),
    organizationNouns: anyOf(lowerSet(lexicon.organizationNouns), exactSet(lexicon.officeActingPlurals ?? [])),
    publicationNouns: lowerSet(lexicon.publicationNouns),
    publicationNounsAsListed: exactSet(lexicon.publicationNouns.map((w) => w.toLowerCase())),
    documentNouns: lowerSet(lexicon.documentNouns),
    occasionNouns: lowerSet(lexicon.occasionNouns ?? []),
    territoryNouns: lowerSet(lexicon.territoryNouns ?? []),
    crowdPlaceNouns: lowerSet(lexicon.crowdPlaceNouns ?? []),
    reflexivePossessives: exactSet(lexicon.reflexivePossessives ?? []),
    publicationNames: lowerSet(lexicon.publicationNames),
    organizationNameWords: lowerSet(lexicon.organizationNameWords),
    organizationNamePhrases: lowerSet(lexicon.organizationNamePhrases ?? []),
    placeNames: lowerSet(lexicon.placeNames),
    governmentPlaceNames: lowerSet(lexicon.governmentPlaceNames ?? lexicon.placeNames),
    demonymSuffixes: lexicon.demonymSuffixes,
    placeAbbreviations: lowerSet(lexicon.placeAbbreviations ?? []),
    nonNameCapitals: lowerSet(lexicon.nonNameCapitals),
    honorifics: lowerSet(lexicon.honorifics ?? []),
    publicationCues: lowerSet(lexicon.publicationCues ?? []),
    plainSpeechForms: lowerSet(lexicon.plainSpeechForms ?? []),
    ownWord: lexicon.ownWord ?? null,
    statementNouns: lowerSet(lexicon.statementNouns ?? []),
    reasonMarkers: phraseList(lexicon.reasonMarkers),
    anonymityRequests: phraseList(lexicon.anonymityRequests),
    beingNamedPhrases: phraseList(lexicon.beingNamedPhrases ?? []),
    questionAuxiliaries: lowerSet(lexicon.questionAuxiliaries ?? []),
    requestNegations: lowerSet(lexicon.requestNegations ?? []),
    reasonAfterRequest: lowerSet(lexicon.reasonAfterRequest),
    inflection,
    subjectAfterVerb: lexicon.subjectAfterVerb ?? false,
    headFirst: lexicon.headFirst ?? false,
    articleless: lexicon.articles.length === 0,
    complementizers: new Set(lexicon.complementizers),
    nonReportingFollowers: lowerSet(lexicon.nonReportingFollowers),
    complementPrepositions: lowerSet(lexicon.complementPrepositions),
    nameArticle: lexicon.nameArticles.length > 0 ? new RegExp(`^(?:${lexicon.nameArticles.map(escapeRegExp).join('|')})\\s+`, 'i') : null,
  };
  compiledCache.set(lexicon, c);
  return c;
}

/** Each noun's gender; a noun listed for both has none. */
function nounGenders(female: readonly string[], male: readonly string[]): Map<string, 'female' | 'male'> {
  const females = new Set(female.map((w) => w.toLowerCase()));
  const males = new Set(male.map((w) => w.toLowerCase()));
  const genders = new Map<string, 'female' | 'male'>();
  for (const w of females) if (!males.has(w)) genders.set(w, 'female');
  for (const w of males) if (!females.has(w)) genders.set(w, 'male');
  return genders;
}

/** A matcher that also takes the words a pattern (source text) matches. */
/** Either of two matchers. */
function anyOf(a: WordMatcher, b: WordMatcher): WordMatcher {
  return { has: (word) => a.has(word) || b.has(word) };
}

function orPattern(words: WordMatcher, pattern: string | undefined): WordMatcher {
  if (!pattern) return words;
  const re = new RegExp(pattern, 'u');
  return { has: (word) => words.has(word) || re.test(word) };
}

/** The perfective gerunds of past forms among `verbs`, by each pair of the past's ending and the gerund's ("заявил" → "заявив"). */
function gerundsOfPast(verbs: readonly string[], endings: readonly (readonly [string, string])[]): string[] {
  const rules = endings.map(([past, gerund]) => [new RegExp(past, 'u'), gerund] as const);
  return verbs.flatMap((verb) => rules.filter(([past]) => past.test(verb)).map(([past, gerund]) => verb.replace(past, gerund)));
}
