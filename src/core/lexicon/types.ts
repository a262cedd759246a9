/**
 * The shape of a language's lexicon: all the words the analyser knows, as
 * data. A language is added by writing one module of this shape
 * (`en.ts`, later `uk.ts`, `ru.ts`), not by touching the engine.
 *
 * Each section belongs to the engine module named beside it.
 */

/** Used by `src/core/sentences.ts`. */
export interface SentenceLexicon {
  /**
   * Abbreviations whose period never ends a sentence ("Dr.", "Sept.", "No."),
   * written with their periods; compared case-insensitively.
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations that may end a sentence ("U.S.", "Ltd."): they end one only
   * when the next word is one of `sentenceStarters` ("in the U.S. The …").
   */
  ambiguousAbbreviations: readonly string[];
  /** Words that commonly open a sentence (lower case): "the", "he", "but", … */
  sentenceStarters: readonly string[];
}

/** One condition marker ("provided that", "unless", "if"). */
export interface ConditionMarker {
  /**
   * The marker, lower case: words separated by spaces, and punctuation that
   * belongs to it where a language requires it ("за умови, що").
   */
  phrase: string;
  /**
   * Counts only at the head of a clause (sentence start, or after a comma,
   * dash, semicolon, colon, bracket or quote): for markers that are also
   * ordinary words ("provided" in "the US provided weapons").
   */
  clauseInitial?: boolean;
  /** Counts only when the next word belongs to this word class (a key of `wordClasses`). */
  nextWordClass?: string;
  /**
   * Counts only when a clause's subject opens after it: a capitalised word, a number, or a word of this class
   * (a key of `wordClasses`: pronouns, determiners). "…, provided Kyiv agrees", not "…, provided chemotherapy
   * treatments to 150 patients".
   */
  subjectAfterClass?: string;
  /**
   * Counts anywhere, whatever `clauseInitial` and `subjectAfterClass` ask, before a word of this class (a key of
   * `wordClasses`): "will keep their credit provided they return", where "they" can only open a clause.
   */
  anywhereBeforeClass?: string;
  /**
   * The marker governs a noun phrase, not a clause ("у разі внесення застави", "в случае отзыва лицензии"): where no
   * punctuation closes it first, the condition is that phrase (`governedPhrase`), not the rest of the sentence.
   */
  governsNoun?: boolean;
}

/**
 * How a noun phrase a marker governs is read, word by word, in a language whose nouns decline: a head noun with
 * its modifiers, one complement, and prepositional phrases; a further group only where a modifier in the
 * genitive opens it ("у разі посилення обстрілів енергетичної інфраструктури"). The main clause's subject or
 * verb ends it ("У разі затримки поставки комунальники змонтують …").
 */
export interface GovernedPhraseRules {
  /** A regular expression (source text) matching adjectives, participles and pronouns that agree with a noun ("нових", "таких"). */
  modifierPattern: string;
  /** A regular expression (source text) matching those modifiers in the genitive only ("енергетичної", "северного"). */
  genitiveModifierPattern: string;
  /** Closed class: prepositions, which open a phrase that stays inside ("на підстанції", "до 1 апреля"). */
  prepositions: readonly string[];
  /** Closed class: conjunctions joining two nouns of the phrase ("відмови або затримки"). */
  coordinators: readonly string[];
}

/** Used by `src/core/conditions.ts`. */
export interface ConditionLexicon {
  /** Condition markers. Where two start at the same word the longest wins ("only if" over "if"). */
  markers: readonly ConditionMarker[];
  /**
   * Contexts in which a marker is not a condition ("even [if]", "asked * [if]").
   * A trap is a token pattern; the marker stands in square brackets and the
   * words before and after it must sit right beside it. Tokens: a word
   * (case-insensitive); `*` any one word; `...` any stretch of the sentence;
   * `#` the end of a clause (, . ; : ! ? ) a dash, a closing quote, or the
   * sentence's end); `{name}` a word of `wordClasses[name]`, where
   * `{number}` also takes digits; any other punctuation stands for itself.
   */
  traps: readonly string[];
  /** Named word lists that traps and markers refer to. */
  wordClasses: Readonly<Record<string, readonly string[]>>;
  /** Words a trap's `*` never stands for, because they open a new clause ("we know that if …"). */
  wildcardStops: readonly string[];
  /** Words that end a condition clause where no punctuation does ("If X then Y"). */
  clauseEndWords: readonly string[];
  /**
   * Token patterns (as in `traps`, without a marker) that open the main
   * clause after a condition at the head of its sentence, where no comma
   * marks the end of the condition ("If elected [he would] …").
   */
  mainClauseOpeners: readonly string[];
  /**
   * Verbs that take a clause without a complementizer ("If they think they can …"): a `mainClauseOpeners` pattern right
   * after one opens that clause, inside the condition. Absent: none.
   */
  complementVerbs?: readonly string[];
  /** Words after which a condition still opens its clause ("warned that if …, they will"), for `mainClauseOpeners`. */
  conditionHeadWords: readonly string[];
  /** Words a `clauseInitial` marker may follow and still head its clause ("but provided that …"). */
  clauseInitialAfter: readonly string[];
  /**
   * Words after a comma that continue the condition's clause instead of
   * ending it, where a language puts a comma before every subordinate
   * clause (Ukrainian "якщо хочеш, щоб корабель випустили"). Absent: none.
   */
  clauseContinuers?: readonly string[];
  /**
   * Relative pronouns that open an aside on a noun of the condition ("if freight volumes, which have been weak,
   * do not recover"): where the word after the aside's closing comma goes on the condition (no subject pronoun,
   * no main clause), the condition runs past it. Absent: none.
   */
  asideOpeners?: readonly string[];
  /**
   * Word endings of participles that open such an aside as a relative pronoun does ("Если вторая его часть, касающаяся
   * наших удобрений, не работает"). Absent: none.
   */
  asideOpenerPattern?: string;
  /** How the noun phrase of a `governsNoun` marker is read. Absent: such a marker's condition runs to its clause's end. */
  governedPhrase?: GovernedPhraseRules;
}

/** What a pronoun source stands for. */
export interface PronounEntry {
  /** The kinds of source it can refer back to. */
  refersTo: readonly ('person' | 'organization' | 'publication' | 'document' | 'group')[];
  /** A pronoun for a woman or for a man: it does not refer to a noun of the other ("a woman … he said"). */
  gender?: 'female' | 'male';
  /** A pronoun of place ("там"): where no body it may stand for was named, it stands for the unnamed people there ("Там говорят"). */
  place?: boolean;
}

/** Used by `src/core/attribution/` and `src/core/sources.ts`. All words lower case. */
export interface AttributionLexicon {
  /** Finite reporting verbs in any form ("said", "says", "told", "stated", "cited"). */
  cueVerbs: readonly string[];
  /** Closed class: impersonal verbs of what a text says ("йдеться"), after which the text may follow "в". */
  impersonalCues?: readonly string[];
  /** Closed class: the third-person pronouns after a locative preposition ("в нем", "у ньому"): a text said to speak in them is one just named. */
  locativePronouns?: readonly string[];
  /** Cue verbs that judge someone ('blasted', 'praised'): a participle of saying after one, for the same source, is its cue ("blasted the deal, saying …"). */
  judgingVerbs?: readonly string[];
  /**
   * Verbs that report speech only before reported content ("admitted that",
   * "added: …", "agreed,") and otherwise mean something else ("admitted
   * refugees", "added 7 points", "agree to end").
   */
  complementCueVerbs: readonly string[];
  /**
   * Verbs of speech that are cues only right beside a direct quotation ("'…,' she joked", "She
   * continued: '…'"), from a general lexical resource.
   */
  quoteCueVerbs?: readonly string[];
  /**
   * Present forms of verbs of saying that are also nouns ("states", "claims", "fears"), from a
   * general lexical resource: a cue only after a word that can end a subject ("two states" is a noun).
   */
  nounLikeVerbForms?: readonly string[];
  /**
   * Forms of verbs of saying whose object comes before the given prepositions ("accuse somebody of"),
   * from a general lexical resource: right before one of them the form is a passive participle
   * ("the man accused of fraud"), no cue.
   */
  objectFirstVerbs?: Readonly<Record<string, readonly string[]>>;
  /** Finite forms of phrasal verbs of saying and their particle ("went" → "on"): a cue with it beside a quotation. */
  phrasalQuoteVerbs?: Readonly<Record<string, string>>;
  /**
   * Role nouns and the role nouns above them, from a general lexical resource ("mother" → "parent", "shareholder" →
   * "investor"): "noun>hypernyms" groups, separated by "|".
   */
  roleHypernyms?: string;
  /** Nouns for women and for men, from a general lexical resource (a word in both is in neither). */
  femaleNouns?: readonly string[];
  maleNouns?: readonly string[];
  /** Forms of verbs of asking a question ("asked", "inquired"), from a general lexical resource: who asks is not who answers. */
  questionVerbs?: readonly string[];
  /** People who ask ("questioner", "interrogator"), from a general lexical resource. */
  askerNouns?: readonly string[];
  /** Words that open an indirect question ("whether", "how"): after a verb of asking, what was asked. */
  interrogatives?: readonly string[];
  /**
   * Particles that negate the verb right after them ("не"): a negated verb of saying before an indirect
   * question set off by a comma reports nothing ("не уточнив, чи буде …", "не уточнил, будет ли …").
   * Absent: none.
   */
  negativeParticles?: readonly string[];
  /** Closed class: the pronouns of no one ("никто", "ніхто"): the subject of a negated verb of saying said nothing. Absent: none. */
  negativePronouns?: readonly string[];
  /** Closed class: the determiners of none ("no", "neither"): a clause may open with one ("cautioned that no decision had been made"). */
  negativeDeterminers?: readonly string[];
  /**
   * Closed class: the negation that repeats before each of two things denied ("ні …, ні …"), so that an aside opening with
   * it goes on the one before it ("який попросив не називати ні його імені, ні компанії, оскільки …").
   */
  correlativeNegations?: readonly string[];
  /**
   * Verbs of saying that report only before a clause they introduce ("joked that the …", "quipped:"),
   * from a general lexical resource checked against attested cues.
   */
  contentCueVerbs?: readonly string[];
  /**
   * The bare lemmas of `contentCueVerbs`, elsewhere as often nouns ("counter", "caution"): a verb only right after a plural
   * subject and before the clause it reports ("Supporters counter that …").
   */
  contentCueLemmas?: readonly string[];
  /** Words that open reported content after a verb, for `complementCueVerbs` ("that", "що"). */
  complementizers: readonly string[];
  /** Participle cues whose subject is the clause's subject ("…, saying", "…, adding"). */
  participleCues: readonly string[];
  /** Verbs that give a name ("called", "dubbed"): after a common noun and before a quotation, the quotation is a name, not reported words. */
  namingVerbs?: readonly string[];
  /** Verbs of finding: a cue before reported content, and only when a text or a body is their subject ("the study found that"). */
  findingVerbs?: readonly string[];
  /**
   * Verbs of committing oneself or advising ("promised", "vowed", "радить"): a cue before an infinitive too, what
   * the subject commits to or advises ("vowed to fight the ruling", "радить фермерам не поспішати").
   */
  infinitiveCueVerbs?: readonly string[];
  /** Verbs of learning, with their auxiliary where the tense needs one: a cue before "that" only when an outlet is their subject, its own reporting from sources it does not name ("POLITICO has learned that"). */
  outletLearningVerbs?: readonly string[];
  /**
   * Impersonal phrases of learning whose dative after them says who learned: a credit only when that is an outlet,
   * its own reporting ("Как стало известно газете «…»"); each is also one of `sourceAfterPhrases`.
   */
  outletLearningPhrases?: readonly string[];
  /** Those of `sourceAfterPhrases` that credit someone's words, said by people ("по словам", "за словами"). */
  wordsCreditPhrases?: readonly string[];
  /** Verbs that give a text's wording: a cue only beside a quotation, with a document as subject ('"…," the statement read'). */
  wordingVerbs?: readonly string[];
  /**
   * Closed class: the verbs of writing, which with a text as their object and nothing it says after it file the text, and
   * report nothing ("написали заяви до поліції", "написали жалобу в прокуратуру"; "написав листа, що …" reports). Absent: none.
   */
  writingVerbs?: readonly string[];
  /**
   * Closed class: the verbs of estimating, which report the figure they put on their object or what they hold it to be
   * after `characterisingPreposition`, as the English "estimated" does ("оценил актив в 8–10 млрд рублей", "оцінив шанси як
   * низькі"; "оценил помощь" appreciates). Absent: none.
   */
  estimatingVerbs?: readonly string[];
  /** Belief and knowledge verbs: a cue only when their subject is an informant ("one source believes"). */
  beliefVerbs: readonly string[];
  /** Multi-word cues with the source before them ("was quoted as saying", "made it clear"). */
  cuePhrases: readonly string[];
  /**
   * Those of `cuePhrases` that report only before the clause they introduce ("звертає увагу, що …"; "звернула
   * увагу на тендери" points at something). Absent: none.
   */
  clausePhrases?: readonly string[];
  /** Cues with the source after them ("according to X", "citing X", "in the words of X"). */
  sourceAfterPhrases: readonly string[];
  /**
   * Those of `sourceAfterPhrases` whose object is a source whatever its noun ("according to the tally"):
   * a common noun the lexicon does not know is then a text. ("citing" is not one: "citing concerns" gives a reason.)
   */
  textCreditPhrases?: readonly string[];
  /**
   * Phrases by which one source passes on another's word ("з посиланням на", "со ссылкой на"): a name that
   * is no person's (a quoted title, a name with an article) relaying so is an outlet. Absent: none.
   */
  relayPhrases?: readonly string[];
  /**
   * Closed class: the finite verbs that open relay phrases ("ссылается", "посилаються"): their subject, which passes
   * the word on, is a source of its own beside the one it refers to ("Газета ссылается на три источника"). Absent: none.
   */
  relayVerbs?: readonly string[];
  /**
   * Those of `sourceAfterPhrases` that credit data or information rather than words ("за даними", "по
   * данным"): a lone capitalised word after one is a body's name, not a surname ("по данным Росстата").
   * Absent: none.
   */
  bodyCreditPhrases?: readonly string[];
  /** The preposition before what a verb of saying calls its object ("touted the plan as a model"): the object is characterised, the verb reports. Absent: none. */
  characterisingPreposition?: string;
  /** The preposition after a verb of reporting that says where one turned up to work ("reported for duty"): no claim. Absent: none. */
  servicePreposition?: string;
  /** The preposition of a dateline credit ("Jane Roe reported from Washington."): a reporter's place, no claim. */
  creditLinePreposition?: string;
  /** Quantifiers that may float after their subject ("they all said", "… have both urged"). */
  floatingQuantifiers?: readonly string[];
  /** Degree words ("most", "very"): a participle after one is an adjective ("the most telling promise"). */
  degreeWords?: readonly string[];
  /** Words saying someone no longer holds an office ("former", "retired"): such holders do not speak for it. */
  formerModifiers?: readonly string[];
  /** Focus words that may stand before a subject without being part of it ("Even a top strategist said"). */
  focusParticles?: readonly string[];
  /**
   * Closed class: connectives that tie a sentence to the one before, set off by no comma in some languages
   * ("Между тем источник … сообщил", "Аналитик при этом допускает"): no part of a subject, and passed over
   * between a subject and its verb.
   */
  discourseConnectives?: readonly string[];
  /** Prepositions that deny the act after them ("without saying", "without asking her"): that gerund reports nothing. */
  negatingPrepositions?: readonly string[];
  /** Prepositions naming what a cue speaks about ("'…,' she said of the plan"): the phrase after one is no source. */
  topicPrepositions?: readonly string[];
  /** Prepositions that name whom a cue addresses before what it says ("confirmed to reporters that"). */
  addresseePrepositions?: readonly string[];
  /** Prepositions that credit the named source after them ("per the filing", "per Reuters"), not a bare noun ("per share"). */
  creditPrepositions?: readonly string[];
  /** Relative pronouns after "many of" that stand for some of the people just named ("many of whom say"). */
  partitiveRelatives?: readonly string[];
  /** The preposition of a part of a group ("one of the sources", "a majority of voters"), in languages whose heads come last. */
  partitivePreposition?: string;
  /** Introduces a passive cue's agent ("reported by Reuters"). */
  agentPreposition: string;
  /** "As X notes": the word that opens a source-before-cue comment clause. */
  commentClauseOpener: string;
  /** Auxiliaries, negation and adverbs that may stand between a source and its cue. */
  skipBeforeCue: readonly string[];
  /** Time words a source and its cue may be separated by ("Alden on Tuesday announced"). */
  timeWords: readonly string[];
  /** Closed class: the months in the case a date gives them after the day's number, where they are written in lower case ("5 серпня", "12 марта"); a capital is a name ("Марта"). */
  dateMonths?: readonly string[];
  /** Words that open such a time phrase ("on", "last", "this"). */
  timePrepositions: readonly string[];
  /** Cues whose object is the person addressed, never the source ("told Reuters", "warned lawmakers"). */
  addresseeCues: readonly string[];
  /** Past participles that start a post-modifier ("a company email sent by …", "a letter obtained by …"). */
  participleModifiers: readonly string[];
  /** Prepositions that open a sentence-initial document phrase ("In a company email …, employees were told"). */
  documentIntroPrepositions: readonly string[];
  /** Prepositions whose object cannot be a cue's subject ("asked about the Brotherhood, called …"). */
  objectPrepositions: readonly string[];
  /** Auxiliaries of the passive ("is reported by", "was told"). */
  passiveAuxiliaries: readonly string[];
  /** Negations and adverbs that may stand between a modal and its verb ("would not say"). */
  negations: readonly string[];
  /** Conjunctions joining two sources ("Egypt and Jordan"). */
  coordinators: readonly string[];
  /** Conjunctions joining a second verb to a clause ("… and said", "… but added"). */
  clauseCoordinators: readonly string[];
  /**
   * Closed class: conjunctions opening an adverbial clause of time or cause ("when", "after", "because"). A
   * participle after the clause is its subject's: "They were close when the president ended the talks, citing …".
   */
  adverbialSubordinators?: readonly string[];
  /** Closed class: conjunctions opening a condition ("if", "unless"): a verb of saying inside one reports nothing yet. Absent: none. */
  conditionalSubordinators?: readonly string[];
  /**
   * Words before a pronoun source that open a second claim of someone the sentence named
   * ("X said …, but he said …", "though she noted"): that pronoun is an attribution of its own.
   */
  secondClaimConnectives?: readonly string[];
  /** Word endings the engine reads (a language without them leaves the strings empty). */
  morphology: {
    /** Adverbs ("repeatedly"), which may stand between a source and its cue. */
    adverbSuffix: string;
    /** Words with that ending that are not adverbs ("family", "July"). */
    notAdverbs: readonly string[];
    /** Words that are only adverbs, whatever their ending or case ("rather", "Privately"), from a general lexical resource. */
    adverbs?: readonly string[];
    /** Gerunds and present participles ("responding to …"). */
    gerundSuffix: string;
    /** The endings of the present's third person singular added to a verb's bare form ("state" → "states", "push" → "pushes"). */
    thirdPersonSuffixes?: readonly string[];
    /** Past tenses and participles ("released", "based in"). */
    pastParticipleSuffix: string;
    /** A regular expression (source text) matching plural nouns ("officials", not "witness"). */
    pluralPattern: string;
    /**
     * Plural endings that surnames share (the Russian genitive plural "-ов", "-ев", "-ей": "очевидцев",
     * "жителей", but "Песков"): a regular expression (source text) read as plural on a lower-case word only.
     */
    commonPluralPattern?: string;
    /**
     * The plural endings of the genitive, where it has its own ("-ов", "-ей"; "-ів"): after a credit of someone's
     * words, which governs the genitive, a noun without one is singular ("По словам женщины", "За словами мешканки").
     */
    genitivePluralPattern?: string;
    /** Plurals the pattern misses. */
    irregularPlurals: readonly string[];
    /** Closed class: singular nouns of persons the plural pattern would take for plurals ("мати", "пані"). Absent: none. */
    singularExceptions?: readonly string[];
    /**
     * Languages whose verbs agree in number: a regular expression (source text) matching a plural verb
     * form ("заявили", "кажуть"). A lone capitalised word such a verb agrees with is a plural noun
     * ("Очевидці розповіли"), not a person's name.
     */
    pluralVerbPattern?: string;
    /**
     * Languages whose nouns decline: a regular expression (source text) matching the locative singular of a
     * noun ("клубе", "виконкомі"). A place the lexicon does not know in this case, before a plural verb of
     * saying with no subject, is a body ("в клубе уточнили"); not a phrase in another case ("у відповідь").
     */
    locativePattern?: string;
    /**
     * Endings no noun's nominative singular has, only an object's or a complement's case ("Сделку", "Угоду", "Информацию"):
     * a lone noun so ending that opens the sentence is no subject of the verb after it.
     */
    objectCasePattern?: string;
    /**
     * Languages whose past verbs agree in gender: regular expressions (source text) matching the feminine and
     * the masculine past ("заявила", "заявив"; "заявила", "заявил"). Who a bare noun points back to must agree.
     */
    pastGenderPatterns?: { female: string; male: string };
    /**
     * Languages whose participles decline: a regular expression (source text) matching an active
     * participle ("попросивший", "знающие"). One opening a phrase between commas describes the noun
     * before it ("Чиновник, попросивший не называть его имени, сказал"), as a relative clause does.
     */
    participlePattern?: string;
    /**
     * A passive participle ("опрошенных", "опитаних") and the instrumental ending of the agent after it
     * ("изданием", "виданням"): together, set off by commas, they describe the noun before them
     * ("экспертов, опрошенных изданием").
     */
    passiveParticiplePattern?: string;
    instrumentalPattern?: string;
    /** Of those, the endings of nouns in the instrumental that no nominative shares ("нестачею", "подорожанием"). */
    instrumentalNounPattern?: string;
    /**
     * Languages whose adjectives serve as nouns of persons ("подсудимый", "пострадавшая"): a regular expression (source
     * text) matching an adjective in the nominative singular. One alone closing the sentence after a verb that closes a
     * quotation is its speaker ("«…», — заявил подсудимый").
     */
    substantivePattern?: string;
    /**
     * Singular adjectives and participles in a case no subject takes ("подведомственном", "підпорядкованому"): a phrase set
     * off by commas that opens with one describes the noun before it.
     */
    obliqueModifierPattern?: string;
    /** Their plural in the cases no subject takes ("розташованих", "опрошенных"), read the same way. */
    obliquePluralModifierPattern?: string;
    /**
     * Languages whose adjectives, participles and relative pronouns agree in number: a regular expression
     * (source text) matching their plural forms only ("знайомі", "которых"); a descriptor set off by a
     * comma then says its noun's number where the noun's form is both ("джерела, знайомого з …": one).
     */
    pluralModifierPattern?: string;
    /**
     * Languages whose perfective gerunds come from the past by a change of ending: pairs of a regular expression
     * (source text) matching the masculine past's ending and the gerund's ending that replaces it ("л" after a vowel →
     * "в": "заявил" → "заявив"; "в" → "вши": "заявив" → "заявивши"). The gerunds of the cue verbs are participle cues,
     * spoken by the clause's subject ("Министр возражал, заявив, что …").
     */
    gerundsOfPast?: readonly (readonly [string, string])[];
    /** Languages that mark the infinitive by its ending: a regular expression (source text) matching one ("говорити"). An infinitive reports nothing. */
    infinitivePattern?: string;
    /**
     * Inflected languages: endings of nouns, adjectives and verbs. A word of
     * the text matches a lexicon word when the two differ only by these
     * ("міністра" finds "міністр", "заявила" finds "заявив"). Absent: exact match.
     */
    inflectionEndings?: readonly string[];
    /** Case endings of personal names, stripped to merge a name's cases ("Умєрова" / "Умєров"). */
    nameEndings?: readonly string[];
    /** Shortest stem an ending is stripped from (short words match exactly). */
    minStem?: number;
    /**
     * Inflected languages: a word's last letters and what they become before a case ending, a rule
     * of the language's grammar (the fleeting vowel of "мешканець" → "мешканці", "боец" → "бойца").
     */
    stemAlternations?: readonly (readonly [string, string])[];
    /**
     * Inflected languages: a past's last letters and the present stem they stand for, read on a word of the text only, to
     * meet a listed present ("вказувала" meets "вказує"); never on a listed past, whose perfective's future shares that
     * stem ("потребовал" is no "потребует").
     */
    pastStemAlternations?: readonly (readonly [string, string])[];
    /** Inflected languages: the postfixes of reflexive verbs ("-ся", "-сь"), whose forms match only one another. */
    reflexivePostfixes?: readonly string[];
    /**
     * Inflected languages: the suffixes that derive the feminine of a noun of persons, each with the ending of
     * the noun it replaces, a rule of the grammar ("режисер" → "режисерка": ["к", ""]; "захисник" → "захисниця":
     * ["иц", "ик"]); such a word is a noun of persons too.
     */
    feminineSuffixes?: readonly (readonly [string, string])[];
  };
  /**
   * The subject often follows its verb anywhere in a sentence ("Про це
   * заявив міністр", "Об этом сообщил министр"): a cue with no source on its
   * left looks for one on its right, not only after a comma or a quote.
   */
  subjectAfterVerb?: boolean;
  /**
   * A noun phrase's head comes first and its complements follow in the
   * genitive ("керівниця юридичного відділу організації"): the head is the
   * first source noun, not the last word as in English.
   */
  headFirst?: boolean;
  /** Modals and the infinitive marker: a cue after them is not a report ("would announce", "to say"). */
  modals: readonly string[];
  /** Finite auxiliaries ("had", "were", "will"): after a word that can be a plural noun or a verb, the word was a noun ("claims had topped"). */
  finiteAuxiliaries?: readonly string[];
  /** Words that, right after a cue verb, show it reports nothing ("reported to him", "is said to be"). */
  nonReportingFollowers: readonly string[];
  /** Words that end a source phrase on its left (conjunctions, relatives, verbs). */
  clauseBoundaries: readonly string[];
  /** Relative pronouns whose antecedent is the source ("Zelenko, who said"). */
  relativePronouns: readonly string[];
  /** The relative pronoun for people ("a doctor who asked not to be named told …"). */
  personRelativePronoun: string;
  /**
   * Closed class: the relativePronouns in a case no subject takes ("whom", "якому", "которому"): right before a cue,
   * the one told, not the one telling ("Власник фірми, якому також повідомили про підозру").
   */
  obliqueRelatives?: readonly string[];
  /**
   * Relative pronouns of possession ("whose", "чий"), relative pronouns too: the words after them are their clause's own
   * subject, not the source.
   */
  possessiveRelatives?: readonly string[];
  /** Closed class: relative pronouns that stand for things, never for people ("which"). */
  thingRelativePronouns?: readonly string[];
  /** Words that end a source named after its cue ("said Delacroix in an email", "said Roe on Tuesday"). */
  afterNamePrepositions: readonly string[];
  /**
   * Insiders who stay anonymous though their body is named ("a State Department official"), singular
   * and plural: the singular after an indefinite determiner; either, when a definite description
   * ("the officials") finds no earlier mention to refer to.
   */
  unnamedInsiderNouns: readonly string[];
  /** Nouns for those who hold a body's offices: uncounted, they speak for a body named before them ("Vatican officials"); other members do not ("GOP analysts"). */
  officeHolderNouns?: readonly string[];
  /**
   * People who serve a person ("aides", "advisers", "allies", singular and plural): named
   * only by a personal name of their own ("Jane Roe, one of the president's aides"),
   * never by the one they serve ("McConnell aides", "his aides" are unnamed people).
   */
  retinueNouns?: readonly string[];
  /**
   * Nouns for the people around someone, as a group ("his entourage", "в оточенні міністра"): unnamed, though
   * whose they are is named; after a locative preposition they, not their owner, speak.
   */
  entourageNouns?: readonly string[];
  /**
   * People named by where they live ("residents", "жителька", "мешканець"): a place after them says
   * where, not who ("Жительница Курска", "Мешканка Харкова" are unnamed); only a personal name of their
   * own identifies them.
   */
  residentNouns?: readonly string[];
  /**
   * Head-first languages: cues of quoting that take two parties after them, the outlet that quotes and the
   * one quoted ("цитирует РИА Новости заместителя министра …").
   */
  twoPartyCues?: readonly string[];
  /**
   * Head-last languages: verbs of quoting whose object is closed by a phrase of saying, two parties too: the
   * subject that quotes and the object it quotes ("The Gazette quoted the owner as saying …").
   */
  quotingVerbs?: readonly string[];
  /** The phrases of saying that close a quoting verb's object ("as saying", "as telling"). */
  quotedAsPhrases?: readonly string[];
  /**
   * Verbs of citing someone's words, two parties too: the subject that cites and the one whose words, named after
   * `wordsNoun` ("Агентство привело слова неназванного офицера", "приводит агентство слова собеседника").
   */
  wordsCitingVerbs?: readonly string[];
  /** The noun for someone's words after a citing verb ("слова"). */
  wordsNoun?: string;
  /**
   * Determiners that tie a noun to its possessor ("his", "their"): "his lawyer", like
   * "Orlov's spokesman", is one person the article has identified through another.
   */
  possessiveDeterminers?: readonly string[];
  /**
   * Closed class: every form of the reflexive possessive ("свій", "своєму"; "свой", "своем"): what it places a
   * statement in is the subject's own ("написав у своєму телеграм-каналі"), no other source.
   */
  reflexivePossessives?: readonly string[];
  /**
   * Closed class: possessive pronouns that stand for a personal pronoun inside a two-word credit ("За його
   * словами", "По их данным"): the possessor is the source, read as that pronoun ("його" → "він").
   */
  possessivePronouns?: Readonly<Record<string, string>>;
  /** Determiners that leave a person unidentified ("a", "one", "another"). */
  indefiniteDeterminers: readonly string[];
  /** Heads who speak for a body: on-record whenever the body is named or implied ("a company spokesperson"). */
  bodyVoiceNouns: readonly string[];
  /**
   * Lawyers, from a general lexical resource, plurals included: they speak for a client, on-record
   * when the phrase gives the client ("their attorneys", "lawyers for the family").
   */
  counselNouns?: readonly string[];
  /** Authors of a text, plurals included: its own authors ("its authors say") are identified by the text. Absent: none. */
  authorNouns?: readonly string[];
  /**
   * Kinds of person written with a capital, plurals included: nationalities and inhabitants from a public
   * gazetteer ("Tunisians"), faiths, parties and movements ("Muslims", "Catholics"). Unnamed people; with a
   * definite article and plural, a body (a place's government: "the Russians said").
   */
  capitalisedPersonNouns?: readonly string[];
  /** Words that open a parenthetical between source and cue (besides participles). */
  parentheticalOpeners: readonly string[];
  /** Articles, quantifiers and possessive determiners that open a noun phrase. */
  determiners: readonly string[];
  /**
   * The heads of the condition markers written with a comma ("за умови, що" → "за умови"; `headsBeforeComma` of the
   * language's markers): the clause after the comma is the condition's, no relative clause on the head.
   */
  conditionHeads?: readonly string[];
  /**
   * Closed class: determiners in the accusative alone, a case no subject takes ("цю", "эту"): a phrase one opens before
   * the verb is its object, and the subject follows the verb ("Цю інформацію підтвердило джерело в поліції").
   */
  accusativeDeterminers?: readonly string[];
  /** Articles: a cue word right after one is a noun ("the reports", "a claim"). */
  articles: readonly string[];
  /** Articles left off the front of a source's name when its mentions are compared ("the Kremlin" = "Kremlin"). */
  nameArticles: readonly string[];
  /** Lower-case words that join the parts of a name ("Department of Housing"): the capital after one is no name alone (`names.ts`). */
  nameJoiners: readonly string[];
  /** Determiners that point back to someone already described ("the analyst" after "analyst Jane Roe"). */
  anaphoricDeterminers: readonly string[];
  /** Determiners that make a singular role noun a specific, known person ("the", possessives). */
  definiteDeterminers: readonly string[];
  /** Words that start a post-modifier of the head noun ("sources familiar with …", "spokesman for …"). */
  postModifierOpeners: readonly string[];
  /** Prepositions whose proper-noun object identifies the head ("a spokesperson for Apple"). */
  identifyingPrepositions: readonly string[];
  /**
   * Of those, the ones that say where a person is from: a name after them is a place, not who the person is
   * ("учительница из Подмосковья"), unless the person speaks for a body. Absent: none.
   */
  originPrepositions?: readonly string[];
  /**
   * Prepositions that join a complement to the word before them inside a source phrase
   * walked leftwards: after a role ("China's ambassador to Britain"), a document ("a letter
   * to management") or a modifier ("those close to him").
   */
  complementPrepositions: readonly string[];
  /** Pronoun sources and what they may stand for. */
  pronouns: Readonly<Record<string, PronounEntry>>;
  /** Words that never name a source on their own ("it" aside, handled as pronouns). */
  objectPronouns: readonly string[];
  /** Heads that are anonymous whatever modifies them ("source", "people", "insiders"). */
  anonymousNouns: readonly string[];
  /** Quantifier heads standing for unnamed people ("some said", "others say"). */
  anonymousQuantifiers: readonly string[];
  /**
   * Closed class: the collective numerals, which count people only ("Двоє колишніх юніорок розповіли": people, whatever the
   * noun after them). Absent: none.
   */
  collectiveNumerals?: readonly string[];
  /** Quantifier heads referring back to known parties ("both sides", "both said"). */
  knownPartyQuantifiers: readonly string[];
  /** Words that stand alone for one of two just brought in, after a definite determiner only ("The other recalled"). */
  otherOfTwo?: readonly string[];
  /**
   * Closed class: words naming a counted share of people ("percent", "half", "a third"): a share
   * of those a poll asked, "47 percent said", speaks for the poll.
   */
  shareNouns?: readonly string[];
  /** Closed class: the cardinal numbers written as words ("six", "twenty"; "twenty-four" is read by its parts). */
  numberWords?: readonly string[];
  /** Closed class: words before a number that approximate it, though elsewhere prepositions ("about 40 percent"). */
  numberApproximators?: readonly string[];
  /** Closed class: comparisons before a number or a share, of two words, the second elsewhere a conjunction ("more than 4 in 10"). */
  figureComparisons?: readonly string[];
  /** The expletive subject of an existential clause ("there is"); '' where the language has none. */
  existentialSubject?: string;
  /** Closed class: conjunctions opening a clause of time, reason or manner after a verb ("noted as she ruled"). */
  adverbialConjunctions?: readonly string[];
  /** The preposition of a ratio of people ("six in 10 voters"); '' where the language has none. */
  ratioPreposition?: string;
  /** Closed class: other words of a ratio between its numbers ("nine out of 10"). */
  ratioPhrases?: readonly string[];
  /** People described by role: anonymous unless identified ("officials", "an analyst"). */
  roleNouns: readonly string[];
  /**
   * Every noun that denotes a person, from a general lexical resource (`generated/`): read as
   * `roleNouns` are, so that a source is found and judged by its phrase's shape, not by
   * whether its noun was listed by hand ("Housing advocates said", "Inspectors said").
   */
  personNouns?: readonly string[];
  /**
   * Where a language has no articles: the nouns of persons that are also surnames, from a general resource. Opening a
   * sentence alone, one of these may be a surname ("Мельник заявив"); another person noun is the noun ("Пацієнт розповів").
   * Without the list, every person noun so placed may be a surname.
   */
  surnameNouns?: readonly string[];
  /**
   * Nouns of people used mostly as adjectives ("moderate", "operative"), from a general lexical resource: a
   * person only when one heads a phrase opened by an indefinite determiner ("one GOP operative said").
   */
  adjectivalPersonNouns?: readonly string[];
  /**
   * A regular expression (source text) matching nouns of people made by a pattern rather than listed: ages ("the
   * 46-year-old"), the agent suffix "-ист", "-іст" ("хоккеист", "футболіст").
   */
  personNounPattern?: string;
  /**
   * Nouns that name one body as a lemma of their own, from a general lexical resource, plurals
   * included ("authorities", "troops"): unlike "groups" or "companies", such a plural is one body.
   */
  bodyLemmas?: readonly string[];
  /** Nouns for groups of people that are no body ("some families", "the crowd"): unnamed, whoever they are, but one's own ("his family"). */
  collectiveNouns?: readonly string[];
  /** Offices held by one person at a time: on-record with a definite determiner ("the president"). */
  uniqueOffices: readonly string[];
  /** Bodies whose public voice is on-record ("police", "the ministry", "the company"). */
  organizationNouns: readonly string[];
  /**
   * Plural forms, matched exactly, of people who act as an office and speak with its voice ("прокурори", "следователей"; the
   * partners of English "prosecutors", "investigators"); their singular is one person ("прокурор заявив"). Absent: none.
   */
  officeActingPlurals?: readonly string[];
  /** News outlets ("the newspaper", "the publication"). */
  publicationNouns: readonly string[];
  /** Texts presented as sources ("the statement", "a report", "the indictment"). */
  documentNouns: readonly string[];
  /**
   * Closed class: occasions of speaking that a preposition places a statement in, as it does a text ("в
   * интервью", "у розмові з журналістами"): between a subject and its verb, a setting, not a source; after the source
   * that follows its verb, where it was said ("сказав тренер на пресконференції").
   */
  occasionNouns?: readonly string[];
  /**
   * Closed class: the kinds of settlement and territory ("місто", "область", "страна"). Their people, not a
   * body, are who talks there ("в місті говорили"): no source where a place the lexicon does not know would be.
   */
  territoryNouns?: readonly string[];
  /**
   * Closed class: places whose unnamed users speak, after a locative preposition beside a plural verb ("У
   * соцмережах пишуть", "В сети пишут"): an anonymous group, not a body.
   */
  crowdPlaceNouns?: readonly string[];
  /** Proper names known to be outlets ("Reuters", "CNN"). */
  publicationNames: readonly string[];
  /** Words in a proper name that make it an organisation ("Ministry", "Council"). */
  organizationNameWords: readonly string[];
  /** Names of bodies of several words, lower case ("downing street", "scotland yard"), matched whole: from the gazetteer. Absent: none. */
  organizationNamePhrases?: readonly string[];
  /** Places standing for governments or only locating people ("Moscow", "U.S.", "Middle East"). */
  placeNames: readonly string[];
  /** Places that stand for a government when alone ("Moscow has said"): countries and capitals. Absent: every place name. */
  governmentPlaceNames?: readonly string[];
  /** Endings of words that locate, not identify: nationality adjectives ("Russian", "Chinese", "Israeli"), and regions named from a city ("Черкащина"). */
  demonymSuffixes: readonly string[];
  /** Places' abbreviations ("us", "u.s.", "uk"), lower case: a place only where the text writes them in capitals. */
  placeAbbreviations?: readonly string[];
  /** Capitalised words that are not names ("The", "However", month names are fine as names). */
  nonNameCapitals: readonly string[];
  /**
   * Titles written before a surname ("Mr.", "Dr.", "Sen."), lower case, without their period:
   * the capitalised word after one is a name, whatever else it may mean ("Mr. King").
   */
  honorifics?: readonly string[];
  /** Cues that only outlets use of a bare name ("Politico reported", "reported by Reuters"): such a name is an outlet. */
  publicationCues?: readonly string[];
  /**
   * The finite forms of the plain verbs of saying and stating ("said", "told", "confirmed"): "the" and a noun the
   * lexicon does not know before one is a body the article has named ("The utility said", "The district confirmed").
   */
  plainSpeechForms?: readonly string[];
  /**
   * "by her own account(ing)", "by their own admission": `agentPreposition`, a possessive determiner,
   * this word and a noun of `statementNouns` make a cue whose source is the possessor.
   */
  ownWord?: string;
  /** Nouns of statements and records, from a general lexical resource (`generated/`). */
  statementNouns?: readonly string[];
  /** Words that begin a stated reason for anonymity ("because", "for fear of"). */
  reasonMarkers: readonly string[];
  /** Phrases that show a source asked for anonymity ("on condition of anonymity", "asked not to be named"). */
  anonymityRequests: readonly string[];
  /**
   * Being named ("to be named", "to be identified"): a request for anonymity when one of `requestNegations`
   * stands a few words before it ("did not wish to be named", "didn't want to be identified").
   */
  beingNamedPhrases?: readonly string[];
  /** Auxiliaries a question opens with or inverts ("What did the prosecutors say?"): a verb after one in a question reports nothing. */
  questionAuxiliaries?: readonly string[];
  requestNegations?: readonly string[];
  /** Words that open a reason right after such a phrase ("… anonymity to discuss internal deliberations"). */
  reasonAfterRequest: readonly string[];
}

/** Used by `src/core/chain.ts`. All words lower case. */
export interface ChainLexicon {
  /**
   * Cues by which an outlet passes on another's word ("citing sources in
   * Russia", "з посиланням на"), matched at the cue's start: the cited
   * source hangs below the outlet in the chain.
   */
  relayCues: readonly string[];
  /**
   * Words that open a reported clause before its subject ("said that Orlov
   * is ready …"): the chain looks past them for the voice the clause opens with.
   */
  reportedClauseOpeners: readonly string[];
}

/** Used by `src/core/language.ts`: how a text shows it is in this language. All lower case. */
export interface IdentificationLexicon {
  /** Letters of the language that the other languages of its script lack ("ї" is Ukrainian, "ы" Russian). */
  distinctiveLetters: readonly string[];
  /**
   * Frequent words: among the languages of its script, the language's own
   * (each counts like a distinctive letter); in a script with one language
   * with a lexicon, the words a text of that language is full of.
   */
  frequentWords: readonly string[];
}

export interface Lexicon {
  /** BCP 47 primary subtag. */
  language: string;
  identification: IdentificationLexicon;
  sentences: SentenceLexicon;
  conditions: ConditionLexicon;
  attributions: AttributionLexicon;
  chain: ChainLexicon;
}
