import { placeNames } from './gazetteer/uk-places';
import { personNouns, surnameNouns } from './generated/uk-nouns';
import { speechVerbs } from './generated/uk-verbs';
import { anonymityBargainTraps, formsAfterLemma, headsBeforeComma, oneWordNames, verbObjectPhrases, wordsOf } from './lists';
import type { ConditionMarker, Lexicon } from './types';

const complementizers = ['що', 'мовляв'];

/** Cues by which an outlet passes on another's word (closed class; "з" / "із": one preposition, its euphonic variant). */
const relayCues = [
  'посилаючись на', 'з посиланням на', 'із посиланням на', 'цитуючи', 'цитує',
  // The verb's finite forms and its perfective gerund ("Агентство посилається на делегатів"): closed class.
  'посилається на', 'посилаються на', 'послався на', 'послалася на', 'послалося на', 'послалися на', 'пославшись на',
];

/**
 * The generated speech verbs' finite forms (scripts/lexicon/build-uk-ru.ts). "мовляв", the past of
 * "мовляти", is in use the particle that opens reported words, and is read as a complementizer.
 */
const generatedCueVerbs = formsAfterLemma(speechVerbs).filter((form) => !complementizers.includes(form));

/**
 * Ukrainian. Nouns, adjectives and verbs are written once, in one form; the
 * engine matches their other forms through `morphology.inflectionEndings`
 * (a word and an entry match when they differ only by endings of that list),
 * so "міністра", "міністром" and "міністрові" all find "міністр".
 */
/** Closed class: drawing attention, which reports only before a clause ("звертає увагу, що …"). */
const attentionPhrases = ['звертає увагу', 'звертають увагу', 'звернув увагу', 'звернула увагу', 'звернули увагу'];
/** Agreeing, the English "agree that", a view stated before its clause only ("Аналітики в цілому згодні, що …"; "згодні на переїзд" consents). */
const agreementPhrases = ['згоден', 'згодна', 'згодні'];
/** Closed class: the collective numerals, which count people ("двоє знайомих родини"). */
const collectiveNumerals = ['двоє', 'троє', 'четверо', "п'ятеро", 'п’ятеро', 'шестеро', 'семеро'];
/** Closed class: impersonal verbs by which a text says something ("У заяві йдеться, що …; йдеться в заяві"): the text may follow after a locative preposition. */
const impersonalCues = ['йдеться', 'ідеться', 'сказано', 'зазначається', 'повідомляється', 'наголошується', 'підкреслюється', 'стверджується', 'пояснюється', 'уточнюється', 'зазначено', 'вказано', 'наголошено', 'підкреслено', 'повідомлялося', 'повідомлялось',
  // (What a text lists: "У протоколі значиться, що …".)
  'значиться'];

/** Prepositions a condition's governed phrase may open with. */
const governedPrepositions = ['на', 'в', 'у', 'до', 'за', 'з', 'із', 'зі', 'від', 'перед', 'для', 'проти', 'між', 'під', 'над', 'через', 'по', 'при', 'щодо', 'без', 'після', 'біля', 'серед', 'понад'];

/** The condition markers (annotation.md §3); the conditions and the attributions read them both. */
const conditionMarkers: ConditionMarker[] = [
  { phrase: 'лише якщо' },
  { phrase: 'тільки якщо' },
  // (Before the head alone: "лише за умови, що …" is one condition whose clause ends where the condition's does.)
  { phrase: 'лише за умови, що' },
  { phrase: 'тільки за умови, що' },
  { phrase: 'лише за умови', governsNoun: true },
  // The guide's markers with their comma (annotation.md §3): one condition, not a marker and a second one.
  { phrase: 'за умови, що' },
  { phrase: 'у разі, якщо' },
  { phrase: 'в разі, якщо' },
  { phrase: 'у випадку, якщо' },
  { phrase: 'за умови', governsNoun: true },
  { phrase: 'за умов', governsNoun: true },
  // (And written without the comma: "у разі якщо суд визнає …" is one condition, not "у разі" governing "якщо суд".)
  { phrase: 'у разі якщо' },
  { phrase: 'в разі якщо' },
  { phrase: 'у разі', governsNoun: true },
  // The guide's "in exchange for".
  { phrase: 'в обмін на' },
  { phrase: 'у обмін на' },
  { phrase: 'в разі', governsNoun: true },
  { phrase: 'у випадку', governsNoun: true },
  { phrase: 'в випадку', governsNoun: true },
  { phrase: 'якщо' },
  { phrase: 'якби' },
  { phrase: 'коли б' },
  { phrase: 'хіба що' },
];

export const uk: Lexicon = {
  language: 'uk',
  identification: {
    distinctiveLetters: ['і', 'ї', 'є', 'ґ'],
    frequentWords: ['та', 'що', 'це', 'як', 'від', 'його', 'але', 'або', 'щоб', 'вже', 'який', 'яка', 'які', 'також', 'було', 'був', 'буде', 'коли', 'про', 'ми', 'ви', 'він', 'вона', 'вони', 'тому', 'після', 'цього'],
  },
  sentences: {
    abbreviations: [
      'м.', 'вул.', 'просп.', 'пров.', 'пл.', 'р.', 'рр.', 'ст.', 'т.', 'д.', 'т.д.', 'т.п.', 'т.зв.', 'див.',
      'с.', 'смт.', 'обл.', 'р-н.', 'грн.', 'тис.', 'млн.', 'млрд.', 'коп.', 'н.е.', 'ім.', 'акад.',
      'проф.', 'доц.', 'д-р.', 'канд.', 'пан.', 'пані.', 'напр.', 'зокрема.', 'с.г.', 'кв.', 'буд.',
      'січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.',
      'ч.', 'п.', 'пп.', 'абз.', 'гл.', 'рис.', 'табл.', 'каб.', 'оф.', 'км.', 'кг.', 'га.',
    ],
    ambiguousAbbreviations: ['т.д.', 'т.п.', 'ін.', 'тис.', 'млн.', 'млрд.', 'грн.', 'р.', 'рр.'],
    sentenceStarters: [
      'він', 'вона', 'вони', 'воно', 'це', 'цей', 'ця', 'ці', 'але', 'і', 'та', 'а', 'у', 'в', 'на',
      'за', 'як', 'якщо', 'коли', 'після', 'до', 'його', 'її', 'їхній', 'проте', 'однак', 'водночас',
      'також', 'тому', 'так', 'деякі', 'один', 'одна', 'два', 'три', 'згідно', 'відтоді', 'раніше', 'ми', 'я',
    ],
  },
  conditions: {
    markers: conditionMarkers,
    traps: [
      // Concession: "навіть якщо" does not make the claim depend on anything.
      'навіть [якщо]',
      'навіть [якби]',
      'навіть [у разі]',
      'навіть [у разі, якщо]',
      'навіть [в разі, якщо]',
      // Comparison: "ніби", "неначе" are not markers anyway; "так, якби" compares.
      'так [якби]',
      // The anonymity bargain, like "on condition of anonymity".
      '[за умови] анонімності',
      '[за умови] {anonymity}',
      '[лише за умови] {anonymity}',
      // "Хіба що" before a preposition's phrase restricts, no clause set as a condition ("бачила хіба що на фото").
      ...governedPrepositions.map((preposition) => `[хіба що] ${preposition}`),
      // (And the bargain as a clause, the source's name not to be given: that, no claim, is what it hangs on: "погодився говорити лише за умови, що
      // його ім'я не називатимуть", "за умови, що ми не називатимемо її імені".)
      ...anonymityBargainTraps(['за умови, що', 'лише за умови, що', 'тільки за умови, що'], 'не'),
      // "у випадку з X" means "as for X".
      '[у випадку] з',
      '[в випадку] з',
      '[у випадку] із',
      // Indirect questions: "запитав, якщо …" is rare; "чи" is the question word and no marker.
      '{askVerb} [якщо]',
    ],
    wordClasses: {
      anonymity: ['анонімності', 'анонімність', 'нерозголошення', 'конфіденційності'],
      possessive: ['його', 'її', 'їхні', 'їхнє', 'їхніх', 'свого', 'своє', 'своїх'],
      nameNoun: ["ім'я", 'ім’я', 'імені', 'імена', 'прізвище', 'прізвища', 'прізвищ'],
      askVerb: ['запитав', 'запитала', 'запитали', 'питав', 'питала', 'питали', 'цікавився', 'цікавилася'],
      number: ['один', 'два', 'три', 'чотири', "п'ять", 'кілька', 'декілька'],
    },
    wildcardStops: ['що', 'і', 'та', 'але', 'бо', 'тому', 'коли', 'який', 'яка', 'які', 'а'],
    clauseEndWords: ['то', 'тоді'],
    mainClauseOpeners: [],
    conditionHeadWords: ['що', 'і', 'та', 'але', 'а', 'бо', 'тому'],
    clauseInitialAfter: ['і', 'та', 'але', 'а', 'лише'],
    // Ukrainian puts a comma before every subordinate clause: after a comma
    // these continue the condition ("якщо хочеш, щоб корабель випустили").
    clauseContinuers: ['що', 'щоб', 'аби', 'який', 'яка', 'яке', 'які', 'якого', 'якої', 'яких', 'якому', 'якій', 'якими'],
    asideOpeners: ['який', 'яка', 'яке', 'які', 'якого', 'якої', 'яких', 'якому', 'якій', 'якими'],
    governedPhrase: {
      // Adjectives, participles and pronouns by their endings ("нових", "сильного", "енергетичної"); not "-і", "-а",
      // which nouns share.
      modifierPattern: '(?:ий|ій|ого|ього|ому|ьому|ої|ьої|ою|им|их|іх|ими|ім)$',
      genitiveModifierPattern: '(?:ого|ього|ої|ьої|их|іх)$',
      prepositions: governedPrepositions,
      coordinators: ['і', 'й', 'та', 'або', 'чи'],
    },
  },
  attributions: {
    subjectAfterVerb: true,
    headFirst: true,
    cueVerbs: [
      ...generatedCueVerbs,
      // Typed: speech verbs the generated list lacks (the thesaurus has no row of saying for
      // "наголосити", "додати" or "пояснити"), and the perfective partners of its imperfective verbs.
      // Past tense, masculine: other genders and the plural come by `inflectionEndings`
      // ("заявив" → "заявила", "заявили").
      'розповів', 'розповідав', 'зазначив', 'наголосив', 'додав', 'підтвердив',
      'заперечив', 'написав', 'писав', 'пояснив', 'уточнив', 'відповів', 'підкреслив', 'констатував',
      'охарактеризував', 'процитував', 'прокоментував', 'висловився',
      'запевнив', 'запевняв', 'переконував', 'зауважив',
      'попередив', 'нагадав', 'підсумував', 'резюмував', 'поділився',
      'оголосив', 'інформував', 'проінформував', 'поінформував', 'висловлювався', 'наголошував', 'звинуватив',
      // (Complaining, the imperfective too, a claim about what is complained of: "скаржаться на нестачу тестів".)
      'закликав', 'припустив', 'спростував', 'поскаржився', 'скаржився', 'скаржиться', 'скаржаться', 'цитував', 'анонсував',
      // (And indignation, the English "fumed": "— …, — обурюється чоловік".)
      'обурився', 'обурювався', 'обурюється', 'обурюються',
      // (And lamenting, the English "lamented": "— …, — бідкається підприємець".)
      'бідкається', 'бідкаються', 'бідкався', 'побідкався',
      // (Linking a cause, the English "linked … to", "attributed … to", which PolNeAR annotates: "Експерти пов'язують
      // перебої з …"; the infinitive, "прийнято пов'язувати", reports nothing, and the reflexive, "зв'язалася", is another verb.)
      "пов'язує", "пов'язують", "пов'язав", "пов'язувала",
      // (Joking and admitting, the English "joked", "admits": "— …, — жартує вона", "як він зізнається".)
      'пожартував', 'жартував', 'жартує', 'жартують', 'зізнається', 'зізнаються',
      // (And being ironic, as joking is: "— …, — іронізує він".)
      'іронізує', 'іронізував', 'іронізувала', 'іронізують',
      // (Retelling, the English "recounted": "переказала нам іншу версію".)
      'переказав', 'переказує',
      'прозвітував', 'відзвітував', 'оприлюднив', 'зізнався', 'пояснював',
      // (Cautioning, with "попередив" the English "warned": "застеріг", "застерігають, що …".)
      'застеріг', 'застерегла', 'застерегли', 'застерігає',
      // (Rejecting a claim, the English "rejected": "Міністр відкинув звинувачення", "У МОН версію … відкидають".)
      'відкинув', 'відкидав', 'відкидає',
      // (Disputing a claim, the English "disputed", a PolNeAR cue: "У компанії висновки перевірки оспорюють".)
      'оспорив', 'оспорює', 'оспорюють',
      // (Criticising, the English "criticized": "Частина депутатів розкритикувала рішення"; not "засудив", also a court's sentence.)
      'розкритикував', 'критикував', 'критикує', 'критикують',
      // Present tense, third person ("пише", "каже"; "кажуть" by ending).
      'розповідає', 'попереджає', 'зазначає', 'наголошує', 'додає',
      'підтверджує', 'заперечує', 'пише', 'пояснює', 'відповідає', 'підкреслює',
      'запевняє', 'переконує', 'зауважує', 'нагадує',
      'цитує', 'інформує', 'констатує', 'ділиться', 'резюмує', 'підсумовує', 'закликає',
      'висловлюється', 'коментує', 'уточнює', 'звітує', 'кажуть',
      // (The imperfective of "спростував", the English "denies": "В службі версію спростовують".)
      'спростовує', 'спростовував',
      ...impersonalCues,
    ],
    // (Spreading a report, the English "circulated", only before what it says: "поширила твердження, що …".)
    contentCueVerbs: ['поширив', 'поширював', 'поширює', 'поширюють'],
    // "визнав, що …" reports; "визнає результати" (recognises) does not.
    // ("вказав, що …" reports; "вказав на помилки" points.)
    // (Promising, advising, describing: the English "promised", "advised", "described" ("пообіцяв, що …", "описує
    // його як …"); "пообіцяв допомогу", "описав у книзі" report nothing.)
    impersonalCues,
    // (Findings of a text, the partners of the English "found", "show": "Дані свідчать, що …", "Аудит показав, що …".)
    // ("Як встановив суд": establishing, a court's or an inquiry's finding.)
    findingVerbs: ['показав', 'показує', 'показують', 'свідчить', 'свідчать', 'засвідчив', 'встановив'],
    // (Committing oneself, the partners of the English "promised", "vowed" to do, and advising: before an infinitive,
    // after whom it is said to or not, "пообіцяв винести", "радить фермерам не поспішати".)
    infinitiveCueVerbs: ['пообіцяв', 'обіцяє', 'обіцяють', 'поклявся', 'поклялися', 'порадив', 'радить', 'рекомендував', 'рекомендує', 'рекомендують',
      // (And demanding, the English "demanded", "urged" to: "зажадала притягнути до відповідальності".)
      'зажадав', 'вимагав', 'вимагає', 'вимагають',
      // (And proposing, the English "proposed", "suggested" to: "Частина депутатів пропонує не чекати державних коштів".)
      'запропонував', 'запропонувала', 'запропонували', 'пропонує', 'пропонують'],
    // (Naming: "назвав рішення «необґрунтованим»" reports what the subject calls it; "назвав сина Іваном" nothing.)
    namingVerbs: ['назвав', 'називає'],
    // ("описують його як тихого чоловіка": what the subject says its object is comes after "як".)
    characterisingPreposition: 'як',
    complementCueVerbs: [
      'визнав', 'визнає', 'визнавав', 'погодився', 'погоджується', 'вказав', 'вказує',
      'пообіцяв', 'обіцяє', 'порадив', 'радить', 'описав', 'описує', 'назвав', 'називає',
      // (Passing on: "передає УНН", "передав, що …" report; "лікарня передала документацію" hands something over.)
      'передав', 'передає',
      // (Insisting, the guide's "insisted": "наполягав, що …"; "наполягав на зустрічі" asks for something.)
      'наполягав', 'наполягає', 'наполягають',
      // (And the perfective, whose past changes its vowel: "наполіг, що …", "наполягла".)
      'наполіг', 'наполягла', 'наполягли',
      // (Threatening, the English "threatened", before its clause: "пригрозив, що …"; "пригрозив санкціями" is none.)
      'пригрозив', 'погрозив', 'погрожував', 'погрожує', 'погрожують',
      // (Allowing a possibility, the partner of "не виключає": "припустив, що …".)
      'припустив', 'припускає', 'припускають',
      // (Recalling, the English "recalled": "— …, — згадує вона"; "згадав про дитинство" tells nothing said.)
      'згадує', 'згадав', 'згадують', 'пригадує', 'пригадав',
      // (Estimating, before its clause: "оцінив, що …"; or a figure or "як" after its object, `estimatingVerbs`: "оцінив збитки у 5 млн";
      // "оцінив допомогу" is none.)
      'оцінив', 'оцінює', 'оцінюють',
      // (Calculating, as estimating does, the English "calculated": "підрахував, що втратив …", "— …, — підрахувала вона".)
      'підрахував', 'підраховує', 'підраховують',
      // (Noting, before its clause or beside a quotation: "відзначив, що …"; "відзначила новосілля" celebrates.)
      'відзначив', 'відзначає', 'відзначають',
    ],
    complementizers,
    // Closed class: the question words and particle that open an indirect question, and the negative particle.
    interrogatives: ['чи', 'коли', 'скільки', 'чому', 'де', 'куди', 'звідки', 'навіщо', 'хто', 'як', 'який', 'яка', 'яке', 'які'],
    negativeParticles: ['не'],
    negativePronouns: ['ніхто'],
    correlativeNegations: ['ні'],
    participleCues: [],
    // ("очікують", "прогнозують": the guide's "expects", an informant's view only.)
    // ("побоюються, що …", "сумніваються, що …": fearing and doubting, the English "fear", "doubt".)
    beliefVerbs: ['побоюється', 'побоюються', 'побоювався', 'сумнівається', 'сумніваються', 'сумнівався', 'вважає', 'вважав', 'переконаний', 'переконана', 'переконані', 'впевнений', 'впевнена', 'упевнений', 'думає', 'припускає', 'вважають', 'очікує', 'очікують', 'прогнозує', 'прогнозують'],
    clausePhrases: [...attentionPhrases, ...agreementPhrases],
    cuePhrases: [
      'підбив підсумок', 'підбила підсумок', 'підбили підсумок', 'дав зрозуміти', 'дала зрозуміти',
      // (Concluding, the English "concluded".)
      'дійшов висновку', 'дійшла висновку', 'дійшли висновку', 'дійшов до висновку', 'дійшла до висновку', 'дійшли до висновку',
      // (Agreeing in a view, the English "agree".)
      'сходяться на думці', 'сходиться на думці', 'зійшлися на думці',
      // (And before the clause they agree in: "сходяться в тому, що …".)
      'сходяться в тому', 'сходиться в тому', 'зійшлися в тому', 'сходяться у тому', 'сходиться у тому', 'зійшлися у тому',
      // (Expressing doubt, hope, confidence, concern or a view, the English "voiced doubt", "voiced the view": "висловили сумнів, що …",
      // "висловив думку, що …"; the past and the present.)
      ...verbObjectPhrases(['висловив', 'висловила', 'висловили', 'висловлює', 'висловлюють'], ['сумнів', 'надію', 'упевненість', 'впевненість', 'занепокоєння', 'думку']),
      ...attentionPhrases,
      ...agreementPhrases,
      'відмовився від коментарів', 'відмовилася від коментарів', 'відмовилась від коментарів', 'відмовилися від коментарів', 'відмовились від коментарів',
      // Not ruling out, the partner of the English "ruled out" (closed class: the negated verb's forms).
      'не виключає', 'не виключають', 'не виключив', 'не виключила', 'не виключили',
    ],
    sourceAfterPhrases: [
      'за словами', 'зі слів', 'із слів', 'з слів', 'за даними', 'за інформацією', 'за відомостями', 'за повідомленням', 'за оцінками', 'за оцінкою',
      'за підрахунками', 'за версією', 'за прогнозом', 'за прогнозами', 'за визнанням', 'за твердженням', 'на думку', 'згідно з', 'згідно із', 'згідно зі', 'випливає з', 'випливає із', ...relayCues.filter((cue) => cue.endsWith(' на')),
      'стало відомо',
      // Believing a source, the guide's "if X is to be believed" ("Якщо вірити «…»").
      'якщо вірити',
    ],
    // Closed class: learning, impersonal, the outlet that learned in the dative ("Як стало відомо «Діловому тижню»").
    outletLearningPhrases: ['стало відомо'],
    wordsCreditPhrases: ['за словами', 'зі слів', 'із слів', 'з слів'],
    // Closed class: citing someone's words ("навело слова неназваного офіцера").
    wordsCitingVerbs: ['навів', 'наводить', 'наводять', 'навели', 'цитує', 'цитують', 'процитував', 'процитувала', 'процитували'],
    wordsNoun: 'слова',
    relayPhrases: relayCues,
    relayVerbs: ['посилається', 'посилаються', 'послався', 'послалася', 'послалося', 'послалися'],
    // Closed class: the credits whose object is a text whatever its noun ("згідно з проєктом меморандуму", "як
    // випливає з декларації").
    textCreditPhrases: ['згідно з', 'згідно із', 'згідно зі', 'випливає з', 'випливає із'],
    // Closed class: the credits of data and information, not of words ("за словами", "на думку").
    // ("за відомостями", information, as "за інформацією".)
    bodyCreditPhrases: ['за даними', 'за інформацією', 'за відомостями', 'за повідомленням', 'за оцінками', 'за оцінкою', 'за підрахунками', 'за версією', 'за прогнозом', 'за прогнозами'],
    agentPreposition: '',
    commentClauseOpener: 'як',
    skipBeforeCue: ['не', 'також', 'теж', 'вже', 'уже', 'ще', 'тоді', 'потім', 'раніше', 'згодом', 'знову', 'неодноразово', 'раз', 'прямо', 'відкрито', 'публічно', 'лише', 'тільки', 'навіть', 'й', 'ж', 'же'],
    timeWords: [
      'сьогодні', 'вчора', 'учора', 'позавчора', 'раніше', 'тиждень', 'тижня', 'місяць', 'рік', 'року', 'ранок',
      'вранці', 'ввечері', 'увечері', 'вночі', 'понеділок', 'вівторок', 'середу', 'четвер', "п'ятницю",
      'суботу', 'неділю', 'узимку', 'взимку', 'навесні', 'улітку', 'влітку', 'восени',
      // Adverbs of time (closed class): "а згодом інформацію підтвердили в НАБУ".
      'згодом', 'пізніше', 'нещодавно', 'нині', 'зараз', 'тепер', 'щойно', 'наприкінці', 'напочатку', 'тоді', 'потім',
      // (Last year and the year before: "ще торік в інтерв'ю … запевняв".)
      'торік', 'позаторік',
      // (The day before, alone before the verb; before a noun it is a preposition: "напередодні написав".)
      'напередодні',
      'вихідні', 'вихідних',
      // The months in the locative ("ще в серпні").
      'січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні',
    ],
    dateMonths: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    // Closed class: a former holder of a role ("Колишній ректор", "Бывший директор"), the English "former".
    formerModifiers: ['колишній', 'колишня', 'колишні', 'екс'],
    timePrepositions: ['у', 'в', 'минулого', 'цього', 'наступного', 'минулий', 'цей'],
    addresseeCues: ['сказав', 'розповів', 'повідомив', 'відповів', 'пояснив', 'нагадав', 'запевнив', 'переконував', 'інформував', 'проінформував', 'поінформував', 'попередив'],
    participleModifiers: [],
    documentIntroPrepositions: [],
    objectPrepositions: ['про', 'до', 'проти', 'над', 'під', 'щодо', 'стосовно', 'через', 'для', 'на', 'по', 'без', 'між', 'після', 'перед', 'напередодні'],
    passiveAuxiliaries: [],
    negations: ['не', 'ні', 'також', 'теж', 'ще', 'вже'],
    coordinators: ['і', 'й', 'та'],
    clauseCoordinators: ['і', 'й', 'та', 'але', 'а'],
    adverbialSubordinators: ['коли', 'бо', 'оскільки', 'хоча', 'хоч', 'доки', 'поки'],
    morphology: {
      adverbSuffix: '',
      notAdverbs: [],
      // Present gerunds ("говорячи", "посилаючись" aside): a parenthetical between source and cue.
      gerundSuffix: 'чи',
      pastParticipleSuffix: '',
      // Plural nouns and past-tense verbs of people: "джерела", "аналітики", "експерти".
      // The genitive plural in -ів too ("за словами очевидців", "на думку експертів"): the case "за словами",
      // "на думку", "з посиланням на" govern.
      pluralPattern: '(?:и|і|ї|ки|ти|ці|ні|ри|ів)$',
      genitivePluralPattern: '(?:ів|їв|ей)$',
      // Plural verbs: past "-ли" ("заявили"), present "-ють/-ять/-уть/-ать" ("кажуть"), reflexive.
      pluralVerbPattern: '(?:ли|лися|ють|ять|уть|ать|ються|яться)$',
      // The locative singular: "-і/-ї" ("у клубі", "в лікарні"), "-у/-ю" ("у штабу", "у ЦНАПу").
      locativePattern: '(?:і|ї|у|ю)$',
      // The accusative singular of nouns in -а/-я ("угоду", "інформацію"), also the genitive or dative of others: never a nominative.
      objectCasePattern: '(?:у|ю)$',
      // The past agrees in gender: "-ла" ("заявила"), "-в" ("заявив"), reflexive too.
      pastGenderPatterns: { female: '(?:ла|лася|лась)$', male: '(?:в|вся)$' },
      // The infinitive: "говорити", "висловитися" (an inflected cue word may share its stem).
      infinitivePattern: '(?:ти|тися|тись)$',
      // The perfective gerund: "заявив" → "заявивши", "наголосив" → "наголосивши", "погодився" → "погодившись".
      gerundsOfPast: [['(?<=[аеиоуяіїє])в$', 'вши'], ['(?<=[аеиоуяіїє])вся$', 'вшись']],
      // Passive participles ("опитаних", "названий", "взяте") and the instrumental of their agent ("виданням").
      passiveParticiplePattern: '(?:н|т)(?:ий|а|е|і|ого|ої|их|ими|им|у|ою)$',
      instrumentalPattern: '(?:ом|ем|єм|ою|ею|єю|ами|ями|ям|ими)$',
      instrumentalNounPattern: '(?:ою|ею|єю|ами|ями|ям)$',
      // The masculine nominative singular of adjectives: "підсудний", "постраждалий" (the feminine "-а" is a noun ending too).
      substantivePattern: '(?:ий|ій)$',
      // The singular of adjectives in the genitive, dative, instrumental and locative ("підпорядкованому", "близького"); and the
      // feminine dative and locative of passive participles ("оприлюдненій", "взятій"), whose nominative never ends so.
      obliqueModifierPattern: '(?:ого|ього|ому|ьому|им|ім|[аеяє]ній|тій)$',
      // The plural in the genitive, locative and instrumental ("розташованих", "опитаними").
      obliquePluralModifierPattern: '(?:их|ими)$',
      // Plural adjectives, participles and relative pronouns, in the cases no singular shares
      // ("знайомі", "яких", "обізнаними"; not "-им", also the singular instrumental).
      pluralModifierPattern: '(?:і|их|ими)$',
      // Neuter plurals in -а, which the pattern reads as singular.
      irregularPlurals: ['люди', 'змі', 'діти', 'сторони', 'джерела', 'джерел', 'джерелами', 'джерелам', 'джерелах'],
      // Nouns of persons in the nominative singular whose ending is the plural's ("Мати … каже", "пані Коваль").
      singularExceptions: ['мати', 'пані'],
      // Case endings of nouns and adjectives, and the endings of verbs in the
      // past and present tense. Longest first is not needed: every split is tried.
      // (Not the third person singular's "-ить", "-ть", "-ться": through them a perfective's future, which reports
      // nothing yet, shared its stem with the past ("попередить", "заявить", "погодиться" with "попередив", "заявив", "погодився"); an
      // imperfective's present is listed whole, "говорить".)
      inflectionEndings: [
        'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'о', 'е', 'є', 'ь', 'ові', 'еві', 'єві', 'ом', 'ем', 'єм',
        'ою', 'ею', 'єю', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ів', 'їв', 'ей', 'ий', 'ій', 'ої',
        'ого', 'ому', 'им', 'ими', 'их',
        'в', 'ла', 'ло', 'ли', 'ся', 'сь', 'вся', 'лася', 'лися', 'лось', 'лося',
        'є', 'ють', 'ять', 'ать', 'уть', 'ються', 'яться',
      ],
      // Case endings of personal names: "Умєров", "Умєрова", "Умєровим" are one person.
      nameEndings: ['а', 'я', 'у', 'ю', 'и', 'і', 'ї', 'е', 'ові', 'еві', 'ом', 'ем', 'єм', 'ою', 'ею', 'ій', 'ої', 'ого', 'ому', 'им', 'ий'],
      minStem: 3,
      // The fleeting vowel of nouns in -ець: "мешканець" → "мешканця", "мешканці"; and the genitive plural
      // "-ій" of nouns in -ія, read back to them ("компаній" → "компанія"); and the one the genitive plural of
      // nouns in -ка takes ("мешканок" → "мешканка"); and that of nouns in -ень ("учень" → "учні", "учнів").
      // ("боєць" → "бійці", "бійців": the "о" of a closed syllable is "і" in the open one.)
      // (And the plural of nouns in -анин, -янин, which loses "-ин": "городянин" → "городяни", "киянин" → "кияни".)
      // (And nouns in -ій, whose "й" is the stem's last consonant before a vowel's ending: "водій" → "водії", "водіїв".)
      stemAlternations: [['ець', 'ц'], ['оєць', 'ійц'], ['ень', 'н'], ['ій', 'ія'], ['ій', 'і'], ['ок', 'к'], ['ер', 'р'], ['анин', 'ан'], ['янин', 'ян']],
      // The past of verbs in -увати, -ювати has "-ува-", "-юва-" where the present has "-у-", "-ю-" ("вказувала", "вказує";
      // "пояснював", "пояснює").
      pastStemAlternations: [['ував', 'у'], ['увала', 'у'], ['увало', 'у'], ['ували', 'у'], ['ював', 'ю'], ['ювала', 'ю'], ['ювало', 'ю'], ['ювали', 'ю']],
      // Feminines of nouns of persons: "-к-а" ("режисерка"), "-ин-я" ("синоптикиня"), "-иц-я" for "-ик", "-ець"
      // ("захисниця", "посадовиця"), "-чин-я" for "-ець" ("продавчиня", "кравчиня"), "-ичк-а" for "-ик" ("пайовичка", "історичка").
      feminineSuffixes: [['к', ''], ['ин', ''], ['иц', 'ик'], ['иц', 'ець'], ['чин', 'ець'], ['ичк', 'ик']],
      reflexivePostfixes: ['ся', 'сь'],
    },
    modals: ['може', 'можуть', 'міг', 'могла', 'могли', 'мусить', 'має', 'мають', 'буде', 'будуть', 'хоче', 'хочуть', 'щоб', 'аби', 'слід', 'треба', 'варто', 'мав', 'мала', 'мали'],
    // (None: Ukrainian marks an infinitive and an addressee by endings, "сказати", "повідомив йому", not by a word after the verb.)
    nonReportingFollowers: [],
    clauseBoundaries: [
      // (Every form: a closed class is matched exactly, so "так" is no "таку".)
      'що', 'який', 'яка', 'яке', 'які', 'якого', 'якої', 'яких', 'якому', 'якій', 'яким', 'якими', 'якою', 'котрий', 'котра', 'котре', 'котрі', 'котрого', 'котрої',
      'котрих', 'котрому', 'котрій', 'котрим', 'котрими', 'котрою',
      'коли', 'де', 'бо', 'тому',
      'оскільки', 'хоча', 'хоч', 'якщо', 'але', 'проте', 'однак', 'або', 'чи', 'ніж', 'поки', 'доки',
      'щоб', 'аби', 'як', 'немов', 'ніби', 'наче', 'не', 'є', 'був', 'була', 'було', 'були', 'буде',
      'будуть', 'це', 'так', 'про', 'до', 'після', 'через', 'щодо', 'проти', 'тож', 'адже',
    ],
    // (Every case form: a stem as short as "як" takes no ending, so "яку", "якою" are listed.)
    relativePronouns: ['який', 'яка', 'яке', 'які', 'якого', 'якої', 'яких', 'якому', 'якій', 'яким', 'якими', 'яку', 'якою', 'що', 'котрий'],
    personRelativePronoun: 'який',
    obliqueRelatives: ['якого', 'якої', 'яких', 'якому', 'якій', 'яким', 'якими', 'яку', 'якою', 'котрого', 'котрої', 'котрих', 'котрому', 'котрій', 'котрим', 'котрими', 'котру', 'котрою'],
    // Closed class.
    locativePronouns: ['ньому', 'ній', 'них'],
    possessiveRelatives: ['чий', 'чия', 'чиє', 'чиї', 'чийого', 'чиєї', 'чиїх'],
    afterNamePrepositions: ['у', 'в', 'на', 'під', 'після', 'під_час', 'через', 'коли', 'минулого', 'цього', 'раніше', 'пізніше', 'сьогодні', 'вчора', 'журналістам', 'виданню', 'кореспондентові', 'кореспонденту'],
    unnamedInsiderNouns: ['посадовець', 'чиновник', 'службовець', 'працівник', 'співробітник', 'дипломат', 'офіцер', 'депутат'],
    // ("неназваний": like "a", one not named: "Неназваний чиновник Білого дому" is unnamed whatever body it names.)
    indefiniteDeterminers: ['один', 'одна', 'одне', 'одного', 'одної', 'однієї', 'якийсь', 'якась', 'якесь', 'інший', 'інша', 'ще один', 'один з', 'одна з', 'неназваний', 'неназвана', 'неназваного', 'неназваної'],
    // Closed class: the verbs of quoting, which name the outlet and the one it quotes.
    twoPartyCues: ['цитує', 'процитував'],
    // The partners of the English retinueNouns (WordNet's aide, adviser, ally, friend, neighbor, colleague, companion, classmate):
    // named only by a name of their own, never by whom they serve or keep company with ("Її сусід додає" is unnamed).
    retinueNouns: ['помічник', 'помічниця', 'радник', 'радниця', 'соратник', 'соратниця', 'союзник', 'союзниця', 'друг', 'подруга', 'товариш',
      'сусід', 'сусідка', 'колега', 'побратим', 'однокласник', 'однокласниця'],
    // Typed (the guide's "residents", annotation.md §1): nouns for people by where they live; a place after them is no name of theirs.
    residentNouns: ['мешканець', 'мешканка', 'житель', 'жителька', 'городянин', 'городянка', 'уродженець', 'уродженка'],
    // ("пресслужба", "пресекретар": the spelling of the 2019 orthography, §35, beside the older hyphenated one.)
    bodyVoiceNouns: ['речник', 'речниця', 'прес-секретар', 'пресекретар', 'прес-служба', 'пресслужба', 'представник', 'представниця'],
    parentheticalOpeners: [
      // Relative clauses between a source and its cue ("Знайомий лікар, якого я зустрів, відповів").
      'якого', 'якої', 'яких', 'якому', 'якій', 'яким', 'якими', 'яку', 'якою', 'яке', 'котрого', 'котрий', 'котра', 'що', 'який', 'яка', 'які',
      'зокрема', 'утім', 'втім', 'проте', 'однак', 'водночас', 'натомість', 'навпаки', 'до', 'у', 'в', 'на', 'з', 'із', 'зі', 'за', 'після',
      'під', 'при', 'серед', 'поміж', 'крім', 'окрім', 'також', 'потім', 'тоді', 'нині', 'тепер', 'зараз',
      'сьогодні', 'вчора', 'раніше', 'пізніше', 'мабуть', 'напевно', 'очевидно', 'звичайно', 'щоправда',
      'зрештою', 'нарешті', 'по-перше', 'по-друге', 'втім', 'не', 'але', 'і', 'та', 'а', 'якщо', 'коли', 'бо',
      // (The second half of "ні …, ні …": "попросив не називати ні його імені, ні компанії".)
      'ні',
    ],
    determiners: [
      'один', 'одна', 'одне', 'два', 'дві', 'три', 'чотири', 'кілька', 'декілька', 'деякі', 'деяких', 'багато',
      'всі', 'усі', 'більшість', 'інші', 'інший', 'інша', 'наш', 'наша', 'наші', 'наших', 'нашого', 'його',
      'її', 'їхній', 'їхня', 'їхні', 'їх', 'свій', 'своя', 'свої', 'цей', 'ця', 'ці', 'той', 'ті',
      'якийсь', 'якась', 'якесь', 'якісь', 'моїх', 'мій', 'моя', 'мої', 'власні', 'власне', 'низка', 'ряд',
      // Small cardinals in the oblique cases a cue governs ("з посиланням на трьох співрозмовників"): closed class.
      'двох', 'трьох', 'чотирьох', 'кількох', 'декількох', 'двом', 'трьом', 'кільком',
      // The demonstrative in the oblique cases ("цю інформацію підтвердили"): closed class.
      'цю', 'цього', 'цієї', 'цьому', 'цій', 'цим', 'цією',
      ...collectiveNumerals,
    ],
    accusativeDeterminers: ['цю', 'таку'],
    // Closed class: the small cardinals written as words, in the cases a count of people takes, and the collective numerals
    // ("двоє дилерів", "представники двох великих груп").
    numberWords: [
      'два', 'дві', 'три', 'чотири', "п'ять", 'п’ять', 'шість', 'сім', 'вісім', "дев'ять", 'дев’ять', 'десять',
      'двох', 'трьох', 'чотирьох', "п'яти", 'п’яти', 'шести', 'семи', 'восьми', "дев'яти", 'дев’яти', 'десяти',
      'двом', 'трьом', 'чотирьом', ...collectiveNumerals,
    ],
    // The heads of the condition markers written with a comma ("за умови, що" → "за умови").
    conditionHeads: headsBeforeComma(conditionMarkers),
    // Closed class: "also", "even" before a subject, no part of it ("підтвердили й у ОВА").
    focusParticles: ['навіть', 'також', 'теж', 'й', 'і'],
    articles: [],
    // English names quoted in the text keep their article ("The Guardian", "The Kyiv Independent").
    nameArticles: ['the', 'a', 'an'],
    // Closed class (and English names quoted in the text).
    nameJoiners: ['і', 'й', 'та', 'де', 'фон', 'ван', 'of', 'and', 'for', '&'],
    // (And the emphatic "сам": "Сам футболіст написав" is the player the article spoke of.)
    anaphoricDeterminers: ['цей', 'ця', 'ці', 'той', 'ті', 'згаданий', 'згадана', 'сам', 'сама', 'самі'],
    reflexivePossessives: ['свій', 'своя', 'своє', 'свої', 'свого', 'своєї', 'своєму', 'своїй', 'своїм', 'своїх', 'своїми', 'свою', 'своєю'],
    definiteDeterminers: ['цей', 'ця', 'ці', 'той', 'його', 'її', 'їхній', 'їхня', 'наш', 'наша', 'свій', 'своя'],
    postModifierOpeners: [
      'з', 'із', 'зі', 'у', 'в', 'від', 'при', 'на', 'біля', 'серед', 'поміж', 'який', 'яка', 'яке', 'які', 'що',
      'обізнаний', 'обізнана', 'обізнані', 'знайомий', 'знайома', 'знайомі', 'близький', 'близька', 'близькі',
      'поінформований', 'поінформовані', 'наближений', 'наближені', 'причетний', 'причетні',
    ],
    identifyingPrepositions: ['з', 'із', 'у', 'в', 'при'],
    originPrepositions: ['з', 'із'],
    // Closed class: the relative pronoun of a part of those just named ("двома банкірами, один із яких сказав").
    partitiveRelatives: ['яких'],
    // (None: a head-first phrase takes its complements after the head, in the genitive: "посол України".)
    complementPrepositions: [],
    // ("утім" and "втім" are one word, the euphony of an opening "у", "в"; "поки що", for now: "В ОВА поки що лише заявили".)
    discourseConnectives: ['тим часом', 'поки що', 'водночас', 'при цьому', 'втім', 'утім', 'однак', 'проте', 'крім того', 'натомість', 'своєю чергою', 'у свою чергу'],
    possessivePronouns: { його: 'він', її: 'вона', їхніми: 'вони', їхнім: 'вони', їхньою: 'вони', їхню: 'вони', їх: 'вони' },
    pronouns: {
      він: { refersTo: ['person'] },
      вона: { refersTo: ['person', 'organization', 'publication', 'document'] },
      вони: { refersTo: ['group', 'organization'] },
      воно: { refersTo: ['organization', 'publication', 'document'] },
      // ("Там пояснили": where a body was just named, the place stands for the body.)
      там: { refersTo: ['organization'], place: true },
      // ("Агресивну поведінку Кремля тут прокоментували так": "here", where the article is, as "there" is.)
      тут: { refersTo: ['organization'], place: true },
    },
    objectPronouns: [
      'його', 'її', 'їх', 'них', 'ним', 'ними', 'йому', 'їй', 'їм', 'нам', 'вам', 'мені', 'тобі', 'нас', 'вас', 'мене', 'тебе',
      'ми', 'ви', 'я', 'ти', 'ніхто', 'ніщо', 'всі', 'усі', 'кожен', 'хтось', 'щось', 'все', 'усе',
      'журналістам', 'журналістів', 'кореспонденту', 'кореспондентові', 'виданню', 'це', 'то', 'що',
      'хто', 'ось', 'так', 'нічого',
    ],
    // Closed class: authors of a text ("Автори дослідження наголошують").
    authorNouns: ['автор', 'авторка', 'співавтор', 'співавторка'],
    // Closed class: the people around someone ("в оточенні міністра кажуть").
    // Closed class: nouns that say only a sex ("Жінка розповіла" of the woman who just spoke).
    femaleNouns: ['жінка', 'дівчина', 'пані'],
    maleNouns: ['чоловік', 'хлопець', 'пан', 'юнак'],
    entourageNouns: ['оточення'],
    anonymousNouns: [
      'джерело', 'джерела', 'інсайдер', 'співрозмовник', 'співрозмовниця', 'співрозмовники', 'людина',
      'люди', 'особа', 'хтось', 'інформатор', 'викривач', 'знайомий', 'знайома', 'обізнані', 'поінформовані',
    ],
    // (With the genitive of "кілька", "декілька", which the endings do not join to them: "представники кількох компаній".)
    writingVerbs: ['написав', 'пише', 'писав', 'пишуть'],
    estimatingVerbs: ['оцінив', 'оцінює', 'оцінюють'],
    collectiveNumerals,
    anonymousQuantifiers: ['деякі', 'інші', 'багато', 'дехто', 'більшість', 'кілька', 'декілька', 'кількох', 'декількох'],
    knownPartyQuantifiers: ['обидва', 'обидві', 'сторони'],
    roleNouns: [
      'посадовець', 'чиновник', 'речник', 'речниця', 'представник', 'представниця', 'аналітик', 'експерт',
      'експертка', 'спостерігач', 'критик', 'дипломат', 'мешканець', 'мешканка', 'житель', 'жителька',
      'свідок', 'трейдер', 'зернотрейдер', 'економіст', 'працівник', 'працівниця', 'співробітник',
      'співробітниця', 'службовець', 'помічник', 'помічниця', 'радник', 'радниця', 'юрист', 'адвокат',
      'слідчий', 'дослідник', 'дослідниця', 'науковець', 'вчений', 'лікар', 'лікарка', 'член', 'лідер',
      'депутат', 'депутатка', 'нардеп', 'керівник', 'керівниця', 'менеджер', 'директор', 'директорка',
      'активіст', 'активістка', 'еко-активістка', 'студент', 'студентка', 'виборець', 'військовий',
      'солдат', 'офіцер', 'командир', 'полковник', 'генерал', 'переговорник', 'посол', 'міністр',
      'міністерка', 'президент', 'прем’єр', "прем'єр-міністр", 'прем’єр-міністр', 'канцлер', 'секретар',
      'голова', 'очільник', 'очільниця', 'засновник', 'губернатор', 'мер', 'сенатор', 'король',
      'суддя', 'прокурор', 'уповноважений', 'омбудсман', 'кореспондент', 'журналіст', 'журналістка',
      'редактор', 'автор', 'професор', 'партнер', 'власник', 'власниця', 'очільник', 'фермер', 'батько',
      'мати', 'дружина', 'чоловік', 'жінка', 'син', 'донька', 'брат', 'сестра', 'друг', 'сусід',
      'колега', 'тренер', 'гравець', 'клієнт', 'користувач', 'учасник', 'історик', 'фахівець',
      'фахівчиня', 'консультант', 'банкір', 'інвестор', 'прихильник', 'опонент', 'заступник',
      'заступниця', 'високопосадовець', 'високопосадовці', 'командувач', 'головлікар', 'акціонер',
      'вкладник', 'підприємець', 'бізнесмен', 'політолог', 'соціолог', 'урядовець', 'чиновниця',
      'читач', 'медик', 'медики', 'правник', 'волонтер', 'волонтерка', 'прикордонник', 'поліцейський',
    ],
    // Generated (scripts/lexicon/build-uk-ru.ts): their other cases and plurals come by the endings.
    personNouns: wordsOf(personNouns.singular),
    surnameNouns: wordsOf(surnameNouns.singular),
    // The agent suffix "-іст" in its case forms, five letters before it at least ("футболіст", "активістка"; "лист" is no agent).
    personNounPattern: "^[а-яіїєґ'’]{5,}іст(?:ка|ки|ку|кою|ці|а|у|ові|ом|і|и|ів|ам|ами|ах)?$",
    uniqueOffices: [
      'президент', 'прем’єр-міністр', "прем'єр-міністр", 'канцлер', 'секретар', 'речник', 'речниця',
      'голова', 'очільник', 'очільниця', 'засновник', 'губернатор', 'мер', 'король', 'міністр',
      'міністерка', 'лідер', 'уповноважений', 'омбудсман', 'посол', 'командувач', 'керівник',
      'керівниця', 'начальник', 'начальниця', 'директор', 'директорка', 'генсек', 'прем’єр',
    ],
    organizationNouns: [
      'уряд', 'міністерство', 'відомство', 'департамент', 'управління', 'агентство', 'компанія',
      'фірма', 'група', 'комітет', 'рада', 'суд', 'армія', 'поліція', 'офіс', 'союз', 'партія',
      'фракція', 'комісія', 'банк', 'влада', 'адміністрація', 'посольство', 'парламент', 'кабмін',
      'коаліція', 'альянс', 'організація', 'інститут', 'університет', 'школа', 'лікарня', 'служба',
      'прес-служба', 'пресслужба', 'регулятор', 'прокуратура', 'штаб', 'флот', 'кремль', 'пентагон', 'сторона',
      'держава', 'країна', 'оператор', 'мережа', 'фонд', 'центр', 'корпорація', 'бюро', 'мерія',
      'міськрада', 'облрада', 'облдержадміністрація', 'ода', 'профспілка', 'асоціація', 'спілка',
      'федерація', 'інспекція', 'митниця', 'генштаб', 'генпрокуратура', 'нбу',
      'нацбанк', 'міністерства', 'відділ', 'комітету',
      // (A trial's two sides, the English "defense" and "prosecution", bodies in WordNet: "На думку захисту, …".)
      'захист', 'обвинувачення',
      // (A chamber, WordNet's assembly that deliberates or audits (noun.group): "Рахункова палата попереджала".)
      'палата',
      // (A branch, a division and a subsidiary of a larger body, WordNet's branch, division, subsidiary (noun.group):
      // "Регіональне відділення партії заявило".)
      'відділення', 'підрозділ', 'філія',
    ],
    // The partners of English "prosecutors", "investigators" (closed class): "Прокурори стверджували", "за інформацією правоохоронців".
    officeActingPlurals: ['прокурори', 'прокурорів', 'прокурорам', 'слідчі', 'слідчих', 'правоохоронці', 'правоохоронців'],
    publicationNouns: ['газета', 'змі', 'видання', 'інтернет-видання', 'журнал', 'сайт', 'агенція', 'агентство', 'телеканал', 'канал', 'медіа', 'портал', 'блог', 'часопис',
      // (A weekly, a kind of newspaper: "– цитує тижневик свого співрозмовника".)
      'тижневик'],
    occasionNouns: ['інтерв\'ю', 'розмова', 'бесіда', 'коментар', 'ефір', 'пресконференція', 'брифінг', 'засідання', 'відповідь', 'запит', 'відеозвернення'],
    territoryNouns: ['місто', 'село', 'селище', 'містечко', 'область', 'регіон', 'район', 'округ', 'край', 'країна', 'столиця', 'громада', 'держава', 'світ',
      'вулиця', 'проспект', 'площа', 'провулок', 'бульвар', 'набережна', 'мікрорайон'],
    crowdPlaceNouns: ['соцмережа', 'соцмережі', 'мережа', 'інтернет'],
    documentNouns: [
      'звіт', 'заява', 'заяву', 'доповідь', 'дослідження', 'опитування', 'лист', 'документ', 'документи',
      'скарга', 'позов', 'резолюція', 'рішення', 'постанова', 'указ', 'дані', 'аналіз', 'стенограма',
      'повідомлення', 'допис', 'пост', 'стаття', 'реліз', 'прес-реліз', 'наказ', 'вирок', 'оцінка', 'цифри',
      'статистика', 'система', 'реєстр', 'протокол', 'звернення', 'інформація', 'висновок',
      // (A court's ruling, the English "ruling".)
      'ухвала',
      // (The partners of the English "memo", "note", "summary", "brief", "notice", "testimony", "book", "video", and of
      // "filing", "papers": a company's reporting, a case's materials.)
      'записка', 'меморандум', 'огляд', 'довідка', 'попередження', 'показання', 'книга', 'відео', 'звітність', 'матеріали',
      // (And the partner of "assertion", a text one may spread: "поширила твердження, що …".)
      'твердження',
      // (And the partners of "version" and "accusation", a side's account and a charge, objects denied or confirmed: "У лікарні
      // звинувачення … відкидають".)
      'версія', 'звинувачення',
      // (Inquiries, the partners of the English "audit", "investigation", "inspection", "examination": "Експертиза показала, що …".)
      'експертиза', 'аудит', 'розслідування', 'перевірка',
    ],
    publicationNames: [
      'reuters', 'ap', 'afp', 'cnn', 'bbc', 'politico', 'bloomberg', 'axios', 'forbes', 'інтерфакс',
      'укрінформ', 'унн', 'уніан', 'тасс', 'ріа', 'новини', 'правда', 'дзеркало', 'ліга', 'суспільне',
      'лігабізнесінформ', 'цензор', 'громадське', 'hromadske', 'коммерсант',
    ],
    organizationNameWords: [
      'міністерство', 'міністерства', 'мінфін', 'мвс', 'сбу', 'нбу', 'нато', 'оон', 'єс', 'рада', 'ради',
      'комітет', 'союз', 'партія', 'уряд', 'офіс', 'агентство', 'комісія', 'суд', 'банк', 'сили',
      'поліція', 'кремль', 'пентагон', 'парламент', 'верховна', 'університет', 'інститут', 'фонд',
      'організація', 'асоціація', 'компанія', 'адміністрація', 'центр', 'служба', 'бюро', 'альянс',
      'департамент', 'управління', 'облдержадміністрація', 'ода', 'тов', 'пат', 'прат', 'вр',
      'фракція', 'держдума', 'кабмін', 'генштаб',
    ],
    placeNames: [
      'україна', 'україни', 'росія', 'росії', 'сша', 'америка', 'європа', 'київ', 'києва', 'москва',
      'вашингтон', 'брюссель', 'лондон', 'париж', 'берлін', 'варшава', 'львів', 'одеса', 'харків', 'дніпро',
      'крим', 'донбас', 'захід', 'схід', 'європі', ...oneWordNames(placeNames),
    ],
    // None: adjectives of place are written in lower case ("херсонська", "московский"), and a
    // capitalised word in -ський/-ский is a surname ("Зеленський", "Достоевский") or part of a body's name.
    // Regions named from a city by "-щина", "-ччина" in their cases ("фермер із Черкащини", "з Вінниччини": where, not who;
    // a rule of word formation).
    demonymSuffixes: ['щина', 'щини', 'щині', 'щину', 'щиною', 'ччина', 'ччини', 'ччині', 'ччину', 'ччиною'],
    nonNameCapitals: [
      'він', 'вона', 'вони', 'воно', 'це', 'цей', 'ця', 'ці', 'той', 'та', 'ті', 'але', 'і', 'й', 'а',
      'у', 'в', 'на', 'за', 'з', 'із', 'до', 'від', 'як', 'якщо', 'коли', 'після', 'перед', 'однак',
      'проте', 'водночас', 'також', 'тому', 'так', 'його', 'її', 'їхній', 'наш', 'наша', 'наші', 'один',
      'одна', 'два', 'три', 'деякі', 'інші', 'всі', 'усі', 'обидва', 'ми', 'я', 'ви', 'вже', 'ще',
      'тут', 'там', 'тоді', 'згідно', 'щодо', 'про', 'при', 'під', 'над', 'без', 'через', 'серед',
      'понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'субота', 'неділя', 'січень', 'лютий',
      'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень',
      'листопад', 'грудень', 'екс', 'пан', 'пані', 'президент', 'міністр', 'голова', 'прем’єр-міністр',
      'заступник', 'заступниця', 'керівник', 'керівниця', 'депутат', 'депутатка', 'речник', 'речниця',
      // (Ordinals, no name: "Першою про угоду повідомила газета".)
      'перший', 'перша', 'перші', 'першим', 'першою', 'першими',
      'мер', 'новообраний', 'колишній', 'колишня', 'чинний', 'чинна', 'так', 'ні', 'що', 'чи', 'хто',
      'навіть', 'лише', 'тільки', 'саме', 'зокрема', 'нині', 'сьогодні', 'вчора', 'раніше',
    ],
    reasonMarkers: ['бо', 'оскільки', 'через те', 'тому що', 'з міркувань', 'побоюючись', 'боячись', 'остерігаючись', 'не маючи повноважень', 'не уповноважений', 'не уповноважена', 'не має права', 'не мав права', 'не мала права', 'не мали права',
      // (A purpose that keeps one from harm, the English "to protect": "…, щоб не псувати стосунків із мерією, …".)
      'щоб не', 'аби не'],
    anonymityRequests: [
      'на умовах анонімності', 'на умові анонімності', 'за умови анонімності', 'побажав залишитися неназваним',
      'побажала залишитися неназваною', 'побажали залишитися неназваними', 'попросив не називати',
      'попросила не називати', 'попросили не називати', 'попросило не називати', 'попросив не вказувати', 'попросила не вказувати',
      'побажало залишитися неназваним', 'попросило не вказувати',
      'просили не називати', 'просили без погодження нікого не цитувати', 'просив не називати',
      'не називаючи', 'анонімно', 'побажав залишитися анонімним',
      // (The perfective gerunds, after the verb: "– сказав він, попросивши не називати його прізвища".)
      'попросивши не називати', 'попросивши не вказувати', 'побажавши залишитися неназваним', 'побажавши залишитися неназваною',
      // Withholding one's own name.
      'не назвав свого прізвища', 'не назвала свого прізвища', 'не назвали своїх прізвищ', 'не назвав свого імені', 'не назвала свого імені',
      'не побажав представитися', 'не побажала представитися', 'не побажали представитися',
    ],
    reasonAfterRequest: ['бо', 'оскільки', 'щоб', 'аби', 'через'],
  },
  chain: {
    relayCues,
    reportedClauseOpeners: ['що', 'мовляв'],
  },
};
