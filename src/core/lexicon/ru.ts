import { personNouns } from './generated/ru-nouns';
import { speechVerbs } from './generated/ru-verbs';
import { anonymityBargainTraps, formsAfterLemma, headsBeforeComma, verbObjectPhrases, wordsOf } from './lists';
import type { ConditionMarker, Lexicon } from './types';

/** Cues by which an outlet passes on another's word (closed class). */
const relayCues = [
  'ссылаясь на', 'со ссылкой на', 'цитируя', 'цитирует',
  // The verb's finite forms and its perfective gerund ("Агентство ссылается на делегатов"): closed class.
  'ссылается на', 'ссылаются на', 'сослался на', 'сослалась на', 'сослалось на', 'сослались на', 'сославшись на',
];

/** The generated speech verbs' finite forms (scripts/lexicon/build-uk-ru.ts). */
const generatedCueVerbs = formsAfterLemma(speechVerbs);

/**
 * Russian. As in Ukrainian, words are written once and their other forms
 * are matched through `morphology.inflectionEndings` ("министра" finds
 * "министр", "заявила" finds "заявил").
 */
/** Closed class: impersonal verbs by which a text says something ("В заявлении говорится, что …; говорится в заявлении"): the text may follow after a locative preposition. */
/** Closed class: drawing attention, which reports only before a clause ("обращает внимание, что …"). */
const attentionPhrases = ['обращает внимание', 'обращают внимание', 'обратил внимание', 'обратила внимание', 'обратили внимание'];
/** Agreeing, the English "agree that", a view stated before its clause only ("Аналитики в целом согласны, что …"; "согласны на переезд" consents). */
const agreementPhrases = ['согласен', 'согласна', 'согласны'];
/** Closed class: the collective numerals, which count people ("двое знакомых семьи"). */
const collectiveNumerals = ['двое', 'трое', 'четверо', 'пятеро', 'шестеро', 'семеро'];
const impersonalCues = ['говорится', 'сказано', 'сообщается', 'отмечается', 'указывается', 'подчеркивается', 'утверждается', 'поясняется', 'уточняется', 'указано', 'отмечено', 'подчеркнуто', 'сообщалось',
  // (What a text lists: "В протоколе значится, что …".)
  'значится'];

/** Endings of active participles ("касающаяся", "работающий", "ушедший"), which open asides. */
const activeParticiplePattern = '(?:вш|[её]дш|[бгкх]ш|щ)(?:ий|ая|ее|ие|его|ей|их|ими|им|ую)(?:ся)?$';

/** Prepositions a condition's governed phrase may open with. */
const governedPrepositions = ['на', 'в', 'во', 'до', 'за', 'с', 'со', 'от', 'перед', 'для', 'против', 'между', 'под', 'над', 'через', 'по', 'при', 'о', 'об', 'без', 'после', 'у', 'из', 'к', 'ко', 'среди', 'свыше'];

/** The condition markers (annotation.md §3); the conditions and the attributions read them both. */
const conditionMarkers: ConditionMarker[] = [
  { phrase: 'только если' },
  { phrase: 'лишь если' },
  // (Before the head alone: "только при условии, что …" is one condition whose clause ends where the condition's does.)
  { phrase: 'только при условии, что' },
  { phrase: 'лишь при условии, что' },
  { phrase: 'только при условии', governsNoun: true },
  // The guide's markers with their comma (annotation.md §3): one condition, not a marker and a second one.
  { phrase: 'при условии, что' },
  { phrase: 'в случае, если' },
  { phrase: 'в том случае, если' },
  { phrase: 'при условии', governsNoun: true },
  // (And written without the comma: "в случае если суд признает …" is one condition, not "в случае" governing "если суд".)
  { phrase: 'в случае если' },
  { phrase: 'в случае', governsNoun: true },
  // The guide's "in exchange for".
  { phrase: 'в обмен на' },
  { phrase: 'в том случае' },
  { phrase: 'если' },
  { phrase: 'если бы' },
  { phrase: 'разве что' },
];

export const ru: Lexicon = {
  language: 'ru',
  identification: {
    distinctiveLetters: ['ы', 'э', 'ъ', 'ё'],
    frequentWords: ['и', 'что', 'это', 'как', 'от', 'его', 'но', 'или', 'чтобы', 'уже', 'который', 'которая', 'которые', 'также', 'было', 'был', 'будет', 'когда', 'о', 'мы', 'вы', 'он', 'она', 'они', 'поэтому', 'после', 'этого'],
  },
  sentences: {
    abbreviations: [
      'г.', 'гг.', 'ул.', 'пр.', 'просп.', 'пер.', 'пл.', 'д.', 'ст.', 'т.', 'т.д.', 'т.п.', 'т.е.', 'т.н.',
      'см.', 'с.', 'пос.', 'обл.', 'р-н.', 'руб.', 'тыс.', 'млн.', 'млрд.', 'коп.', 'н.э.', 'им.', 'акад.',
      'проф.', 'доц.', 'канд.', 'напр.', 'кв.', 'янв.', 'февр.', 'апр.', 'авг.', 'сент.', 'окт.', 'нояб.',
      'дек.', 'ч.', 'п.', 'пп.', 'гл.', 'рис.', 'табл.', 'км.', 'кг.', 'га.', 'гос.', 'зам.', 'ген.',
    ],
    ambiguousAbbreviations: ['т.д.', 'т.п.', 'др.', 'тыс.', 'млн.', 'млрд.', 'руб.', 'г.', 'гг.'],
    sentenceStarters: [
      'он', 'она', 'они', 'оно', 'это', 'этот', 'эта', 'эти', 'но', 'и', 'а', 'в', 'во', 'на', 'по',
      'как', 'если', 'когда', 'после', 'до', 'его', 'ее', 'её', 'их', 'однако', 'при', 'также', 'поэтому',
      'так', 'некоторые', 'один', 'одна', 'два', 'три', 'согласно', 'ранее', 'мы', 'я',
    ],
  },
  conditions: {
    markers: conditionMarkers,
    traps: [
      // Concession: "даже если" does not make the claim depend on anything.
      'даже [если]',
      'даже [если бы]',
      'даже [в случае]',
      'даже [в случае, если]',
      // The anonymity bargain, like "on condition of anonymity".
      '[при условии] {anonymity}',
      '[только при условии] {anonymity}',
      // "Разве что" before a preposition's phrase restricts, no clause set as a condition ("видела разве что на фото").
      ...governedPrepositions.map((preposition) => `[разве что] ${preposition}`),
      // (And the bargain as a clause, the source's name not to be given: that, no claim, is what it hangs on: "согласился поговорить при условии, что
      // его имя не будет названо", "при условии, что мы не будем называть ее фамилию".)
      ...anonymityBargainTraps(['при условии, что', 'только при условии, что', 'лишь при условии, что'], 'не'),
      // "в случае с X" means "as for X".
      '[в случае] с',
      '[в случае] со',
      '{askVerb} [если]',
    ],
    wordClasses: {
      anonymity: ['анонимности', 'анонимность', 'неразглашения', 'конфиденциальности'],
      possessive: ['его', 'ее', 'её', 'их', 'своего', 'свое', 'своё', 'своих'],
      nameNoun: ['имя', 'имени', 'имена', 'фамилия', 'фамилию', 'фамилии', 'фамилий'],
      askVerb: ['спросил', 'спросила', 'спросили', 'интересовался', 'интересовалась'],
      number: ['один', 'два', 'три', 'четыре', 'пять', 'несколько'],
    },
    wildcardStops: ['что', 'и', 'но', 'потому', 'когда', 'который', 'которая', 'которые', 'а'],
    clauseEndWords: ['то', 'тогда'],
    mainClauseOpeners: [],
    conditionHeadWords: ['что', 'и', 'но', 'а', 'потому'],
    // ("Если выяснится, что кто-то …, он будет отвечать": a comma before a clause the condition's verb takes.)
    clauseContinuers: ['что', 'чтобы'],
    clauseInitialAfter: ['и', 'но', 'а', 'лишь', 'только'],
    asideOpeners: ['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которому', 'которым'],
    // (Active participles, as the attributions' grammar reads them: "касающаяся", "работающий", "ушедший".)
    asideOpenerPattern: activeParticiplePattern,
    governedPhrase: {
      // Adjectives, participles and pronouns by their endings ("таких", "северного"); not "-ий", "-ие", which the
      // genitive plural and the nouns in -ие share ("нарушений", "движение").
      modifierPattern: '(?:ый|ой|ая|яя|ое|ее|ые|ого|его|ому|ему|ым|ых|их|ую|юю|ыми|ими)$',
      genitiveModifierPattern: '(?:ого|его|ой|ей|ых|их)$',
      prepositions: governedPrepositions,
      coordinators: ['и', 'или', 'либо'],
    },
  },
  attributions: {
    subjectAfterVerb: true,
    headFirst: true,
    cueVerbs: [
      ...generatedCueVerbs,
      // Typed: speech verbs the generated list lacks (the thesaurus has no row of saying for
      // "подчеркнуть", "добавить" or "пояснить"), and the perfective partners of its imperfective verbs.
      // Past tense, masculine: "заявила", "заявили" come by `inflectionEndings`.
      'рассказал', 'рассказывал', 'подчеркнул', 'добавил', 'подтвердил',
      'опроверг', 'написал', 'писал', 'пояснил', 'уточнил', 'ответил', 'констатировал', 'охарактеризовал',
      'процитировал', 'прокомментировал', 'высказался',
      'заверил', 'заверял', 'убеждал', 'заметил', 'предупредил', 'напомнил',
      'резюмировал', 'поделился', 'объявил', 'проинформировал', 'информировал', 'обвинил', 'призвал',
      // (Cautioning, with "предупредил" the English "warned": "предостерег", "предостерегают, что …".)
      'предостерег', 'предостерегает',
      // (Rejecting a claim, the English "rejected": "Министр отверг обвинения".)
      'отверг', 'отвергал', 'отвергает',
      // (Disputing a claim, the English "disputed", a PolNeAR cue: "В компании выводы проверки оспаривают".)
      'оспорил', 'оспаривает', 'оспаривают',
      // (Criticising, the English "criticized": "Часть депутатов раскритиковала решение"; not "осудил", also a court's sentence.)
      'раскритиковал', 'критиковал', 'критикует', 'критикуют',
      // (Complaining, the imperfective too, a claim about what is complained of: "жалуются на нехватку тестов".)
      'предположил', 'пожаловался', 'жаловался', 'жалуется', 'жалуются', 'цитировал', 'анонсировал', 'обнародовал', 'отрицал',
      // (And indignation, the English "fumed": "— …, — возмущается мужчина".)
      'возмутился', 'возмущался', 'возмущается', 'возмущаются',
      // (And lamenting, the English "lamented": "— …, — сетует предприниматель".)
      'сетует', 'сетуют', 'сетовал', 'посетовал',
      // (Linking a cause, the English "linked … to", "attributed … to", which PolNeAR annotates: "Эксперты связывают перебои с …";
      // the infinitive, "принято связывать", reports nothing, and the reflexive, "связалась", is another verb.)
      'связывает', 'связывают', 'связал', 'связывал',
      // (Joking and admitting, the English "joked", "admits": "— …, — шутит она", "признается он".)
      'пошутил', 'шутил', 'шутит', 'шутят', 'признается', 'признаются',
      // (And being ironic, as joking is: "— …, — иронизирует он".)
      'иронизирует', 'иронизировал', 'иронизировала', 'иронизируют',
      // (Retelling, the English "recounted": "пересказала нам другую версию".)
      'пересказал', 'пересказывает',
      'объяснил', 'признался',
      // Present tense, third person ("пишет", "говорит"; "говорят" by ending).
      'рассказывает', 'предупреждает', 'подчеркивает', 'подчёркивает',
      'добавляет', 'подтверждает', 'отрицает', 'пишет', 'поясняет', 'отвечает', 'уверяет',
      'заверяет', 'замечает', 'напоминает', 'цитирует',
      'информирует', 'констатирует', 'делится', 'резюмирует', 'призывает',
      'комментирует', 'уточняет', 'говорят', 'объясняет',
      // (The imperfective of "опроверг", the English "denies": "В службе версию опровергают".)
      'опровергает', 'опровергал',
      ...impersonalCues,
    ],
    // (Spreading a report, the English "circulated", only before what it says: "распространил утверждение, что …".)
    contentCueVerbs: ['распространил', 'распространял', 'распространяет', 'распространяют'],
    // "признал, что …" reports; "признает итоги" (recognises) does not.
    // ("указал, что …" reports; "указал на ошибки" points.)
    // (Promising, advising, describing: the English "promised", "advised", "described" ("пообещал, что …", "описывают
    // его как …"); "пообещал помощь", "описал в книге" report nothing.)
    impersonalCues,
    // (Findings of a text, the partners of the English "found", "show": "Данные свидетельствуют, что …".)
    // ("Как установил суд": establishing, a court's or an inquiry's finding.)
    findingVerbs: ['показал', 'показывает', 'свидетельствует', 'засвидетельствовал', 'установил'],
    // (Committing oneself, the partners of the English "promised", "vowed" to do, and advising: before an infinitive,
    // after whom it is said to or not, "пообещал вынести", "советуют жильцам обращаться".)
    infinitiveCueVerbs: ['пообещал', 'обещает', 'обещают', 'поклялся', 'поклялись', 'посоветовал', 'советует', 'советуют', 'рекомендовал', 'рекомендует', 'рекомендуют',
      // (And demanding, the English "demanded", "urged" to: "потребовала привлечь к ответственности".)
      'потребовал', 'требовал', 'требует', 'требуют',
      // (And proposing, the English "proposed", "suggested" to: "Часть депутатов предлагает не ждать денег".)
      'предложил', 'предложила', 'предложили', 'предлагает', 'предлагают'],
    // (Naming: "назвал решение «необоснованным»" reports what the subject calls it; "назвал сына Иваном" nothing.)
    namingVerbs: ['назвал', 'называет'],
    // ("описывают его как тихого человека": what the subject says its object is comes after "как".)
    characterisingPreposition: 'как',
    complementCueVerbs: [
      'признал', 'признает', 'признаёт', 'признавал', 'согласился', 'соглашается', 'указал', 'указывает',
      'пообещал', 'обещает', 'посоветовал', 'советует', 'описал', 'описывает', 'назвал', 'называет',
      // (Passing on: "передает ТАСС", "передал, что …" report; "больница передала документы" hands something over.)
      'передал', 'передает', 'передаёт',
      // (Insisting, the guide's "insisted": "настаивал, что …"; "настаивал на встрече" asks for something.)
      'настаивал', 'настаивает', 'настаивают',
      // (And the perfective: "настоял, что …".)
      'настоял',
      // (Threatening, the English "threatened", before its clause: "пригрозил, что Вена заблокирует …"; "пригрозил санкциями" is none.)
      'пригрозил', 'грозил', 'грозит', 'грозят',
      // (Allowing a possibility, the partner of "не исключает": "допустил, что …"; "допустил ошибку" is none.)
      'допустил', 'допускает', 'допускают',
      // (Recalling, the English "recalled": "— …, — вспоминает она"; "вспомнил о детстве" tells nothing said.)
      'вспоминает', 'вспомнил', 'вспоминают',
      // (Estimating, before its clause: "оценил, что …"; or a figure or "как" after its object, `estimatingVerbs`: "оценил ущерб в 3 млн";
      // "оценил помощь" is none.)
      'оценил', 'оценивает', 'оценивают',
      // (Calculating, as estimating does, the English "calculated": "подсчитал, что потерял …", "— …, — подсчитала она".)
      'подсчитал', 'подсчитывает', 'подсчитывают',
      // (Noting, before its clause or beside a quotation: "отметил, что …"; "отметила новоселье" celebrates.)
      'отметил', 'отмечает', 'отмечают',
    ],
    complementizers: ['что', 'мол'],
    // Closed class: the question words and particle that open an indirect question, and the negative particle.
    interrogatives: ['ли', 'когда', 'сколько', 'почему', 'где', 'куда', 'откуда', 'зачем', 'кто', 'как', 'какой', 'какая', 'какое', 'какие'],
    negativeParticles: ['не'],
    negativePronouns: ['никто'],
    correlativeNegations: ['ни'],
    participleCues: [],
    // ("ожидают", "прогнозируют": the guide's "expects", an informant's view only.)
    // ("опасаются, что …", "сомневаются, что …": fearing and doubting, the English "fear", "doubt".)
    beliefVerbs: ['опасается', 'опасаются', 'опасался', 'сомневается', 'сомневаются', 'сомневался', 'считает', 'считал', 'полагает', 'полагал', 'уверен', 'уверена', 'уверены', 'убежден', 'убеждена', 'думает', 'считают', 'ожидает', 'ожидают', 'прогнозирует', 'прогнозируют'],
    clausePhrases: [...attentionPhrases, ...agreementPhrases],
    cuePhrases: [
      'подвел итог', 'подвела итог', 'подвели итог', 'дал понять', 'дала понять',
      // (Concluding, the English "concluded".)
      'пришел к выводу', 'пришёл к выводу', 'пришла к выводу', 'пришли к выводу', 'пришло к выводу',
      // (Agreeing in a view, the English "agree".)
      'сходятся во мнении', 'сходится во мнении', 'сошлись во мнении',
      // (And before the clause they agree in: "сходятся в том, что …".)
      'сходятся в том', 'сходится в том', 'сошлись в том',
      // (Expressing doubt, hope, confidence, concern or a view, the English "voiced doubt", "voiced the view": "выразили сомнение, что …",
      // "высказал мнение, что …"; the past and the present.)
      ...verbObjectPhrases(['выразил', 'выразила', 'выразили', 'выражает', 'выражают'], ['сомнение', 'надежду', 'уверенность', 'обеспокоенность', 'мнение']),
      ...verbObjectPhrases(['высказал', 'высказала', 'высказали', 'высказывает', 'высказывают'], ['мнение', 'сомнение', 'предположение']),
      ...attentionPhrases,
      ...agreementPhrases,
      'отказался от комментариев', 'отказалась от комментариев', 'отказались от комментариев',
      // Not ruling out, the partner of the English "ruled out" (closed class: the negated verb's forms).
      'не исключает', 'не исключают', 'не исключил', 'не исключила', 'не исключили',
    ],
    sourceAfterPhrases: [
      'по словам', 'со слов', 'по данным', 'по информации', 'по сведениям', 'по сообщению', 'по оценкам', 'по оценке', 'по подсчетам',
      'по мнению', 'по версии', 'по прогнозу', 'по прогнозам', 'по признанию', 'по утверждению', 'согласно', 'следует из', ...relayCues.filter((cue) => cue.endsWith(' на')),
      'стало известно',
      // Believing a source, the guide's "if X is to be believed" ("Если верить «…»").
      'если верить',
    ],
    // Closed class: learning, impersonal, the outlet that learned in the dative ("Как стало известно газете «…»").
    outletLearningPhrases: ['стало известно'],
    wordsCreditPhrases: ['по словам', 'со слов'],
    // Closed class: citing someone's words ("привело слова неназванного офицера").
    wordsCitingVerbs: ['привел', 'приводит', 'приводят', 'привели', 'цитирует', 'цитируют', 'процитировал', 'процитировала', 'процитировали'],
    wordsNoun: 'слова',
    relayPhrases: relayCues,
    relayVerbs: ['ссылается', 'ссылаются', 'сослался', 'сослалась', 'сослалось', 'сослались'],
    // Closed class: the credits whose object is a text whatever its noun ("согласно проекту меморандума", "как
    // следует из декларации").
    textCreditPhrases: ['согласно', 'следует из'],
    // Closed class: the credits of data and information, not of words ("по словам", "по мнению").
    // ("по сведениям", information, as "по информации".)
    bodyCreditPhrases: ['по данным', 'по информации', 'по сведениям', 'по сообщению', 'по оценкам', 'по оценке', 'по подсчетам', 'по версии', 'по прогнозу', 'по прогнозам'],
    agentPreposition: '',
    commentClauseOpener: 'как',
    skipBeforeCue: ['не', 'также', 'тоже', 'уже', 'еще', 'ещё', 'тогда', 'потом', 'ранее', 'позже', 'снова', 'неоднократно', 'раз', 'прямо', 'открыто', 'публично', 'лишь', 'только', 'даже', 'же'],
    timeWords: ['сегодня', 'вчера', 'позавчера', 'ранее', 'неделе', 'месяце', 'году', 'утром', 'вечером', 'ночью', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье', 'зимой', 'весной', 'летом', 'осенью',
      // Adverbs of time (closed class): "а позже информацию подтвердили в НАБУ".
      'позже', 'впоследствии', 'недавно', 'ныне', 'сейчас', 'теперь', 'выходные', 'выходных', 'тогда', 'потом',
      // (The day before, alone before the verb; before a noun it is a preposition: "накануне написал".)
      'накануне',
      // The months in the locative ("еще в августе").
      'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
    dateMonths: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    // Closed class: a former holder of a role ("Колишній ректор", "Бывший директор"), the English "former".
    formerModifiers: ['бывший', 'бывшая', 'бывшие', 'экс'],
    timePrepositions: ['в', 'во', 'на', 'прошлой', 'этой', 'прошлом', 'этом'],
    addresseeCues: ['сказал', 'рассказал', 'сообщил', 'ответил', 'пояснил', 'напомнил', 'заверил', 'проинформировал', 'предупредил'],
    participleModifiers: [],
    documentIntroPrepositions: [],
    objectPrepositions: ['о', 'об', 'обо', 'про', 'до', 'против', 'над', 'под', 'насчет', 'относительно', 'через', 'для', 'на', 'по', 'без', 'между', 'после', 'перед', 'накануне'],
    passiveAuxiliaries: [],
    negations: ['не', 'ни', 'также', 'тоже', 'еще', 'ещё', 'уже'],
    coordinators: ['и'],
    clauseCoordinators: ['и', 'но', 'а'],
    adverbialSubordinators: ['когда', 'поскольку', 'хотя', 'пока', 'ибо'],
    morphology: {
      adverbSuffix: '',
      notAdverbs: [],
      gerundSuffix: '',
      pastParticipleSuffix: '',
      // And the plural of adjectives used as nouns ("осведомленные", "информированные").
      pluralPattern: '(?:ы|и|ки|ты|цы|ны|ры|ые)$',
      // Plural verbs: past "-ли" ("заявили"), present "-ют/-ят/-ут/-ат" ("говорят"), reflexive.
      pluralVerbPattern: '(?:ли|лись|ют|ят|ут|ат|ются|ятся)$',
      // The locative singular: "-е" ("в клубе"), "-и" ("в мэрии"), and the second locative "-у" of some masculines ("в аэропорту",
      // "в порту", "в цеху").
      locativePattern: '(?:е|и|у)$',
      // The accusative singular of nouns in -а/-я ("сделку", "информацию"), also the dative of others: never a nominative.
      objectCasePattern: '(?:у|ю)$',
      // The past agrees in gender: "-ла" ("заявила"), "-л" ("заявил"), reflexive too.
      pastGenderPatterns: { female: '(?:ла|лась)$', male: '(?:л|лся)$' },
      // The infinitive: "говорить", "высказаться", "нести", "привлечь" (not the oblique "-ости" of nouns in -ость:
      // "к ответственности").
      infinitivePattern: '(?:ть|ться|(?<!ос)ти|тись|чь|чься)$',
      // The perfective gerund: "заявил" → "заявив", "отметил" → "отметив", "признался" → "признавшись".
      gerundsOfPast: [['(?<=[аеиоуыя])л$', 'в'], ['(?<=[аеиоуыя])лся$', 'вшись']],
      // The genitive plural ("по словам очевидцев", "со ссылкой на чиновников", "жителей"), which surnames share.
      commonPluralPattern: '(?:ов|ев|ей)$',
      genitivePluralPattern: '(?:ов|ев|ей)$',
      // Plural adjectives, participles and relative pronouns, in the cases no singular shares
      // ("знакомые", "которых", "пожелавшими"; not "-ым/-им", also the singular instrumental).
      pluralModifierPattern: '(?:ые|ие|ых|их|ыми|ими)(?:ся)?$',
      // Active participles, past and present, in every case and gender ("попросивший", "знающие"; "ушедший", "погибший", whose
      // "-ш-" follows a consonant; not the comparatives "младший", "высший", "лучший").
      participlePattern: activeParticiplePattern,
      // Passive participles ("опрошенных", "избранный", "взятое") and the instrumental of their agent ("изданием").
      passiveParticiplePattern: '(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ых|ыми|ым|ую|ому)$',
      instrumentalPattern: '(?:ом|ем|ём|ой|ей|ами|ями|ием|ыми|ими)$',
      instrumentalNounPattern: '(?:ою|ею|ами|ями|ием)$',
      // The nominative singular of adjectives: "подсудимый", "пострадавшая".
      substantivePattern: '(?:ый|ий|ой|ая|яя)$',
      // The singular of adjectives in the genitive, dative, instrumental and locative ("подведомственном", "близкого").
      obliqueModifierPattern: '(?:ого|его|ому|ему|ым|им|ом|ем)$',
      // The plural in the genitive, locative and instrumental ("расположенных", "опрошенными").
      obliquePluralModifierPattern: '(?:ых|их|ыми|ими)$',
      irregularPlurals: ['люди', 'сми', 'дети', 'стороны', 'источники', 'источников', 'источниками', 'источникам', 'источниках'],
      inflectionEndings: [
        'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям',
        'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему',
        'ым', 'им', 'ыми', 'ими', 'ых', 'их', 'ую', 'юю',
        'л', 'ла', 'ло', 'ли', 'ся', 'сь', 'лся', 'лась', 'лись', 'лось',
        // (No '-ится' and the like: "делится" less its ending would be "дел", a noun.)
        'ет', 'ёт', 'ит', 'ют', 'ут', 'ат', 'ят',
      ],
      nameEndings: ['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ом', 'ем', 'ым', 'им', 'ой', 'ей', 'ою', 'ого', 'ому', 'ий'],
      minStem: 3,
      // The fleeting vowel of nouns in -ец: "продавец" → "продавца", "продавцы"; and the genitive plural "-ий"
      // of nouns in -ия, read back to them ("известий" → "известия", "компаний" → "компания").
      // (And the fleeting vowel of the genitive plural of nouns in -ка: "пенсионерок" → "пенсионерка".)
      // (And nouns in -ий, whose other cases keep the "и": "комментарий" → "в комментарии", "комментария".)
      // (After "л" and after a vowel the fleeting vowel leaves a soft sign or "й": "владелец" → "владельцы", "боец" → "бойцы",
      // "китаец" → "китайцы".)
      // (And the plural of nouns in -анин, -янин, which loses "-ин": "горожанин" → "горожане", "горожан".)
      stemAlternations: [['ец', 'ц'], ['лец', 'льц'], ['оец', 'ойц'], ['аец', 'айц'], ['еец', 'ейц'], ['ий', 'ия'], ['ий', 'и'], ['ок', 'к'], ['ер', 'р'], ['ёр', 'р'],
        ['анин', 'ан'], ['янин', 'ян']],
      // The past of verbs in -овать, -евать has "-ова-", "-ева-" where the present has "-у-", "-ю-" ("комментировал", "комментирует").
      pastStemAlternations: [['овал', 'у'], ['овала', 'у'], ['овало', 'у'], ['овали', 'у'], ['евал', 'ю'], ['евала', 'ю'], ['евало', 'ю'], ['евали', 'ю']],
      // Feminines of nouns of persons: "-к-а" ("журналистка"), "-иц-а" for "-ик" ("защитница"), "-ниц-а" after "-ь"
      // ("писательница"), "-щиц-а" for "-ец" ("продавщица"), "-ичк-а" for "-ик" ("историчка", "католичка").
      feminineSuffixes: [['к', ''], ['иц', 'ик'], ['ниц', ''], ['щиц', 'ец'], ['ичк', 'ик']],
      reflexivePostfixes: ['ся', 'сь'],
    },
    modals: ['может', 'могут', 'мог', 'могла', 'могли', 'должен', 'должна', 'должны', 'будет', 'будут', 'хочет', 'хотят', 'чтобы', 'следует', 'нужно', 'надо', 'стоит'],
    // (None: Russian marks an infinitive and an addressee by endings, "сказать", "сообщил ему", not by a word after the verb.)
    nonReportingFollowers: [],
    clauseBoundaries: [
      // (Every form: a closed class is matched exactly, so "так" is no "такую".)
      'что', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которому', 'которым', 'которыми', 'котором', 'которую', 'когда', 'где',
      'потому', 'поскольку', 'хотя', 'если', 'но', 'однако', 'или', 'ли', 'чем', 'пока', 'чтобы', 'как',
      'будто', 'словно', 'не', 'есть', 'был', 'была', 'было', 'были', 'будет', 'будут', 'это', 'так',
      'о', 'об', 'про', 'до', 'после', 'через', 'против', 'ведь',
    ],
    relativePronouns: ['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которому', 'которым', 'которыми', 'котором', 'которую', 'что'],
    personRelativePronoun: 'который',
    obliqueRelatives: ['которого', 'которой', 'которых', 'которому', 'которым', 'которыми', 'котором', 'которую'],
    // Closed class.
    locativePronouns: ['нем', 'нём', 'ней', 'них'],
    possessiveRelatives: ['чей', 'чья', 'чьё', 'чье', 'чьи', 'чьего', 'чьей', 'чьих'],
    afterNamePrepositions: ['в', 'во', 'на', 'после', 'во_время', 'через', 'когда', 'ранее', 'позже', 'сегодня', 'вчера', 'журналистам', 'изданию', 'корреспонденту'],
    unnamedInsiderNouns: ['чиновник', 'служащий', 'сотрудник', 'дипломат', 'офицер', 'депутат'],
    // ("неназванный": like "a", one not named: "Неназванный чиновник Белого дома" is unnamed whatever body it names.)
    indefiniteDeterminers: ['один', 'одна', 'одно', 'одного', 'одной', 'некий', 'некая', 'другой', 'другая', 'неназванный', 'неназванная', 'неназванного', 'неназванной'],
    // Closed class: the verbs of quoting, which name the outlet and the one it quotes.
    twoPartyCues: ['цитирует', 'процитировал'],
    // The partners of the English retinueNouns (WordNet's aide, adviser, ally, friend, neighbor, colleague, companion, classmate):
    // named only by a name of their own, never by whom they serve or keep company with ("Ее сосед добавляет" is unnamed).
    retinueNouns: ['помощник', 'помощница', 'советник', 'советница', 'соратник', 'соратница', 'союзник', 'союзница', 'друг', 'подруга', 'товарищ',
      'сосед', 'соседка', 'коллега', 'сослуживец', 'одноклассник', 'одноклассница'],
    // Typed (the guide's "residents", annotation.md §1): nouns for people by where they live; a place after them is no name of theirs.
    residentNouns: ['житель', 'жительница', 'горожанин', 'горожанка', 'уроженец', 'уроженка'],
    bodyVoiceNouns: ['пресс-секретарь', 'пресс-служба', 'представитель', 'представительница', 'официальный'],
    parentheticalOpeners: [
      // Relative clauses between a source and its cue ("Знайомий лікар, якого я зустрів, відповів").
      'которого', 'которой', 'которых', 'которому', 'которым', 'которыми', 'который', 'которая', 'которые', 'что',
      'в', 'во', 'на', 'с', 'со', 'за', 'после', 'под', 'при', 'среди', 'кроме', 'также', 'потом', 'тогда',
      'ныне', 'теперь', 'сейчас', 'сегодня', 'вчера', 'ранее', 'позже', 'впрочем', 'однако', 'напротив', 'наоборот', 'наконец',
      'кстати', 'видимо', 'очевидно', 'конечно', 'правда', 'во-первых', 'во-вторых', 'не', 'но', 'и', 'а',
      'если', 'когда', 'потому',
      // (The second half of "ни …, ни …": "попросил не называть ни его имени, ни компании".)
      'ни',
    ],
    determiners: [
      'один', 'одна', 'одно', 'два', 'две', 'три', 'четыре', 'несколько', 'некоторые', 'некоторых', 'многие',
      'все', 'большинство', 'другие', 'другой', 'другая', 'наш', 'наша', 'наши', 'наших', 'нашего', 'его',
      'ее', 'её', 'их', 'свой', 'своя', 'свои', 'этот', 'эта', 'эти', 'тот', 'та', 'те', 'некий', 'некая',
      'мой', 'моя', 'мои', 'моих', 'собственные', 'ряд',
      // Small cardinals in the oblique cases a cue governs ("со ссылкой на трех собеседников"): closed class.
      'двух', 'трех', 'трёх', 'четырех', 'четырёх', 'нескольких', 'двум', 'трем', 'трём', 'нескольким',
      // The demonstrative in the oblique cases ("эту информацию подтвердили"): closed class.
      'эту', 'этого', 'этой', 'этому', 'этим', 'этом',
      ...collectiveNumerals,
    ],
    accusativeDeterminers: ['эту', 'такую'],
    // Closed class: the small cardinals written as words, in the cases a count of people takes, and the collective numerals
    // ("двое дилеров", "представители двух крупных групп").
    numberWords: [
      'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять',
      'двух', 'трех', 'трёх', 'четырех', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти',
      'двум', 'трем', 'трём', 'четырем', 'четырём', ...collectiveNumerals,
    ],
    // The heads of the condition markers written with a comma ("за умови, що" → "за умови").
    conditionHeads: headsBeforeComma(conditionMarkers),
    // Closed class: "also", "even" before a subject, no part of it ("підтвердили й у ОВА").
    focusParticles: ['даже', 'также', 'тоже', 'и'],
    articles: [],
    // English names quoted in the text keep their article ("The Guardian", "The Kyiv Independent").
    nameArticles: ['the', 'a', 'an'],
    // Closed class (and English names quoted in the text).
    nameJoiners: ['и', 'де', 'фон', 'ван', 'of', 'and', 'for', '&'],
    // (And the emphatic "сам": "Сам хоккеист написал" is the player the article spoke of.)
    anaphoricDeterminers: ['этот', 'эта', 'эти', 'тот', 'та', 'те', 'упомянутый', 'упомянутая', 'сам', 'сама', 'сами'],
    reflexivePossessives: ['свой', 'своя', 'свое', 'своё', 'свои', 'своего', 'своей', 'своему', 'своим', 'своих', 'своими', 'свою', 'своем', 'своём', 'своею'],
    definiteDeterminers: ['этот', 'эта', 'эти', 'тот', 'его', 'ее', 'её', 'их', 'наш', 'наша', 'свой', 'своя'],
    postModifierOpeners: [
      'с', 'со', 'в', 'во', 'от', 'при', 'на', 'у', 'среди', 'из', 'который', 'которая', 'которое', 'которые', 'что',
      'знакомый', 'знакомая', 'знакомые', 'близкий', 'близкая', 'близкие', 'осведомленный', 'осведомленные',
      'осведомлённые', 'информированный', 'информированные', 'приближенный', 'приближенные', 'причастный',
    ],
    identifyingPrepositions: ['с', 'со', 'в', 'во', 'при', 'из'],
    // Closed class: the relative pronoun of a part of those just named ("двумя банкирами, один из которых сказал").
    partitiveRelatives: ['которых'],
    originPrepositions: ['из'],
    // (None: a head-first phrase takes its complements after the head, in the genitive: "посол Украины".)
    complementPrepositions: [],
    // ("пока что", for now: "В министерстве пока что лишь заявили".)
    discourseConnectives: ['между тем', 'тем временем', 'пока что', 'при этом', 'впрочем', 'однако', 'кроме того', 'в свою очередь'],
    possessivePronouns: { его: 'он', её: 'она', ее: 'она', их: 'они' },
    pronouns: {
      он: { refersTo: ['person'] },
      она: { refersTo: ['person', 'organization', 'publication', 'document'] },
      они: { refersTo: ['group', 'organization'] },
      оно: { refersTo: ['organization', 'publication', 'document'] },
      // ("Там пояснили": where a body was just named, the place stands for the body.)
      там: { refersTo: ['organization'], place: true },
      // ("«…», — заявили здесь": "here", where the article is, as "there" is.)
      здесь: { refersTo: ['organization'], place: true },
      тут: { refersTo: ['organization'], place: true },
    },
    objectPronouns: [
      'его', 'ее', 'её', 'их', 'них', 'ним', 'ними', 'ему', 'ей', 'им', 'нам', 'вам', 'мне', 'тебе', 'нас', 'вас', 'меня', 'тебя',
      'мы', 'вы', 'я', 'ты', 'никто', 'ничто', 'все', 'всё', 'каждый', 'кто-то', 'что-то',
      'журналистам', 'журналистов', 'корреспонденту', 'изданию', 'это', 'то', 'что', 'кто', 'вот', 'так',
      'ничего',
    ],
    // Closed class: the people around someone ("в окружении министра говорят").
    // Closed class: nouns that say only a sex ("Жінка розповіла" of the woman who just spoke).
    femaleNouns: ['женщина', 'девушка'],
    maleNouns: ['мужчина', 'парень', 'юноша'],
    // Closed class: authors of a text ("Авторы исследования подчеркивают").
    authorNouns: ['автор', 'соавтор'],
    entourageNouns: ['окружение'],
    anonymousNouns: [
      'источник', 'источники', 'инсайдер', 'собеседник', 'собеседница', 'собеседники', 'человек', 'люди',
      'лицо', 'кто-то', 'информатор', 'осведомленные', 'осведомлённые', 'информированные', 'знакомый',
    ],
    writingVerbs: ['написал', 'пишет', 'писал', 'пишут'],
    estimatingVerbs: ['оценил', 'оценивает', 'оценивают'],
    collectiveNumerals,
    anonymousQuantifiers: ['некоторые', 'другие', 'многие', 'кое-кто', 'большинство', 'несколько'],
    knownPartyQuantifiers: ['оба', 'обе', 'стороны'],
    roleNouns: [
      // ("замглавы", "замминистра", "зампред": the usual contractions of "заместитель главы", "заместитель
      // председателя"; an office like its head.)
      'замглавы', 'зампред', 'зампредседателя',
      'чиновник', 'официальный', 'пресс-секретарь', 'представитель', 'представительница', 'аналитик',
      'эксперт', 'наблюдатель', 'критик', 'дипломат', 'житель', 'жительница', 'свидетель', 'трейдер',
      'экономист', 'работник', 'сотрудник', 'сотрудница', 'служащий', 'помощник', 'помощница', 'советник',
      'советница', 'юрист', 'адвокат', 'следователь', 'исследователь', 'ученый', 'учёный', 'врач', 'член',
      'лидер', 'депутат', 'руководитель', 'руководительница', 'менеджер', 'директор', 'активист',
      'активистка', 'студент', 'студентка', 'избиратель', 'военный', 'солдат', 'офицер', 'командир',
      'полковник', 'генерал', 'переговорщик', 'посол', 'министр', 'президент', 'премьер',
      'премьер-министр', 'канцлер', 'секретарь', 'глава', 'председатель', 'основатель', 'губернатор', 'мэр',
      'сенатор', 'король', 'судья', 'прокурор', 'уполномоченный', 'омбудсмен', 'корреспондент', 'журналист',
      'журналистка', 'редактор', 'автор', 'профессор', 'партнер', 'владелец', 'владелица', 'фермер',
      'отец', 'мать', 'жена', 'муж', 'женщина', 'мужчина', 'сын', 'дочь', 'брат', 'сестра', 'друг',
      'сосед', 'коллега', 'тренер', 'игрок', 'клиент', 'пользователь', 'участник', 'историк',
      'специалист', 'консультант', 'банкир', 'инвестор', 'сторонник', 'оппонент', 'заместитель',
      'замминистра', 'командующий', 'акционер', 'вкладчик', 'предприниматель', 'бизнесмен', 'политолог',
      'социолог', 'медик', 'волонтер', 'пограничник', 'полицейский', 'рабочий',
    ],
    // Generated (scripts/lexicon/build-uk-ru.ts): their other cases and plurals come by the endings.
    personNouns: wordsOf(personNouns.singular),
    // The agent suffix "-ист" in its case forms, five letters before it at least ("хоккеист", "активистка"; "лист" is no agent).
    personNounPattern: '^[а-яё]{5,}ист(?:ка|ки|ку|кой|ке|а|у|ом|е|ы|ов|ам|ами|ах)?$',
    uniqueOffices: [
      'президент', 'премьер-министр', 'премьер', 'канцлер', 'секретарь', 'пресс-секретарь', 'глава',
      'председатель', 'основатель', 'губернатор', 'мэр', 'король', 'министр', 'лидер', 'уполномоченный',
      'омбудсмен', 'посол', 'командующий', 'руководитель', 'начальник', 'директор', 'генсек',
    ],
    organizationNouns: [
      'правительство', 'министерство', 'ведомство', 'департамент', 'управление', 'агентство', 'компания',
      'фирма', 'группа', 'комитет', 'совет', 'суд', 'армия', 'полиция', 'офис', 'союз', 'партия', 'фракция',
      'комиссия', 'банк', 'власти', 'администрация', 'посольство', 'парламент', 'кабмин', 'коалиция',
      'альянс', 'организация', 'институт', 'университет', 'школа', 'больница', 'служба', 'пресс-служба',
      'регулятор', 'прокуратура', 'штаб', 'флот', 'кремль', 'пентагон', 'сторона', 'государство', 'страна',
      'оператор', 'сеть', 'фонд', 'центр', 'корпорация', 'бюро', 'мэрия', 'профсоюз', 'ассоциация',
      'федерация', 'инспекция', 'таможня', 'генштаб', 'минобороны', 'мид', 'цб', 'центробанк', 'отдел',
      // (A trial's two sides, the English "defense" and "prosecution", bodies in WordNet: "По мнению защиты, …".)
      'защита', 'обвинение',
      // (A chamber, WordNet's assembly that deliberates or audits (noun.group): "Счетная палата сообщила".)
      'палата',
      // (A branch, a division and a subsidiary of a larger body, WordNet's branch, division, subsidiary (noun.group):
      // "Региональное отделение фронта заявило".)
      'отделение', 'подразделение', 'филиал',
    ],
    // The partners of English "prosecutors", "investigators" (closed class): "Прокуроры утверждали", "по данным правоохранителей".
    officeActingPlurals: ['прокуроры', 'прокуроров', 'следователи', 'следователей', 'правоохранители', 'правоохранителей'],
    publicationNouns: ['газета', 'сми', 'издание', 'интернет-издание', 'журнал', 'сайт', 'агентство', 'телеканал', 'канал', 'медиа', 'портал', 'блог',
      // (A weekly, a kind of newspaper: "– цитирует еженедельник своего собеседника".)
      'еженедельник'],
    occasionNouns: ['интервью', 'разговор', 'беседа', 'комментарий', 'эфир', 'пресс-конференция', 'брифинг', 'заседание', 'ответ', 'запрос', 'видеообращение'],
    territoryNouns: ['город', 'село', 'поселок', 'посёлок', 'деревня', 'область', 'регион', 'район', 'округ', 'край', 'страна', 'столица', 'государство', 'мир',
      'улица', 'проспект', 'площадь', 'переулок', 'бульвар', 'набережная', 'микрорайон'],
    crowdPlaceNouns: ['соцсеть', 'соцсети', 'сеть', 'интернет'],
    documentNouns: [
      'отчет', 'отчёт', 'заявление', 'доклад', 'исследование', 'опрос', 'письмо', 'документ', 'жалоба',
      'иск', 'резолюция', 'решение', 'постановление', 'указ', 'данные', 'анализ', 'стенограмма',
      'сообщение', 'пост', 'релиз', 'пресс-релиз', 'приказ', 'приговор', 'оценка', 'цифры', 'статистика',
      'система', 'реестр', 'протокол', 'обращение', 'информация', 'заключение', 'статья',
      // (The partners of the English "memo", "note", "summary", "brief", "notice", "testimony", "book", "video", and of
      // "filing", "papers": a company's reporting, a case's materials.)
      'записка', 'меморандум', 'обзор', 'справка', 'уведомление', 'предупреждение', 'показания', 'книга', 'видео', 'отчетность', 'отчётность', 'материалы',
      // (And the partner of "assertion", a text one may spread: "распространил утверждение, что …".)
      'утверждение',
      // (And the partners of "version" and "accusation", a side's account and a charge, objects denied or confirmed: "В службе
      // версию опровергают".)
      'версия', 'обвинение',
      // (Inquiries, the partners of the English "audit", "investigation", "inspection", "examination": "Экспертиза показала, что …".)
      'экспертиза', 'аудит', 'расследование', 'проверка',
    ],
    publicationNames: [
      'reuters', 'ap', 'afp', 'cnn', 'bbc', 'politico', 'bloomberg', 'axios', 'forbes', 'интерфакс', 'тасс',
      'риа', 'коммерсант', 'ведомости', 'известия', 'рбк', 'медуза', 'новая', 'новости', 'унн', 'укринформ',
      'униан', 'правда',
    ],
    organizationNameWords: [
      'министерство', 'минфин', 'мвд', 'фсб', 'сбу', 'цб', 'нато', 'оон', 'ес', 'совет', 'комитет', 'союз',
      'партия', 'правительство', 'офис', 'агентство', 'комиссия', 'суд', 'банк', 'силы', 'полиция',
      'кремль', 'пентагон', 'парламент', 'госдума', 'дума', 'университет', 'институт', 'фонд',
      'организация', 'ассоциация', 'компания', 'администрация', 'центр', 'служба', 'бюро', 'альянс',
      'департамент', 'управление', 'ооо', 'пао', 'зао', 'ао', 'газпром', 'роснефть', 'фракция', 'мид',
      'минобороны', 'генштаб', 'рада',
    ],
    placeNames: [
      'россия', 'украина', 'сша', 'америка', 'европа', 'москва', 'киев', 'вашингтон', 'брюссель',
      'лондон', 'париж', 'берлин', 'варшава', 'петербург', 'крым', 'донбасс', 'запад', 'восток',
      'китай', 'германия', 'франция', 'британия', 'польша', 'турция', 'беларусь', 'минск',
    ],
    // None: adjectives of place are written in lower case ("херсонська", "московский"), and a
    // capitalised word in -ський/-ский is a surname ("Зеленський", "Достоевский") or part of a body's name.
    // Regions named from a city by "-щина" in its cases ("фермер із Черкащини": where, not who; a rule of word formation).
    demonymSuffixes: ['щина', 'щины', 'щине', 'щину', 'щиной'],
    nonNameCapitals: [
      'он', 'она', 'они', 'оно', 'это', 'этот', 'эта', 'эти', 'тот', 'те', 'но', 'и', 'а', 'в', 'во',
      'на', 'за', 'с', 'со', 'из', 'до', 'от', 'как', 'если', 'когда', 'после', 'перед', 'однако', 'также',
      'поэтому', 'так', 'его', 'ее', 'её', 'их', 'наш', 'наша', 'наши', 'один', 'одна', 'два', 'три',
      'некоторые', 'другие', 'все', 'оба', 'мы', 'я', 'вы', 'уже', 'еще', 'ещё', 'тут', 'там', 'тогда',
      'согласно', 'по', 'о', 'об', 'про', 'при', 'под', 'над', 'без', 'через', 'среди', 'понедельник',
      'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'январь', 'февраль', 'март',
      'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'экс',
      'господин', 'госпожа', 'президент', 'министр', 'глава', 'председатель', 'премьер-министр',
      'заместитель', 'руководитель', 'депутат', 'пресс-секретарь', 'мэр', 'новый', 'бывший', 'бывшая',
      // (Ordinals, no name: "Первой о сделке сообщила газета".)
      'первый', 'первая', 'первые', 'первым', 'первой', 'первыми',
      'нынешний', 'да', 'нет', 'что', 'ли', 'кто', 'даже', 'лишь', 'только', 'именно', 'сегодня', 'вчера', 'ранее',
    ],
    reasonMarkers: ['потому что', 'поскольку', 'так как', 'из-за', 'опасаясь', 'боясь', 'остерегаясь', 'не имея полномочий', 'не уполномочен', 'не уполномочена', 'не имеет права', 'не имел права', 'не имела права', 'не имели права',
      // (A purpose that keeps one from harm, the English "to protect": "…, чтобы не портить отношения с мэрией, …".)
      'чтобы не'],
    anonymityRequests: [
      'на условиях анонимности', 'на условии анонимности', 'при условии анонимности',
      'пожелавший остаться неназванным', 'пожелавшая остаться неназванной', 'пожелавшие остаться неназванными',
      'попросил не называть', 'попросила не называть', 'попросили не называть', 'просил не называть',
      'попросивший не называть', 'попросившая не называть', 'попросившие не называть', 'попросило не называть',
      'пожелавшее остаться неназванным', 'не называя', 'анонимно', 'на правах анонимности', 'пожелавший остаться анонимным',
      // (Asking that it not be given, as the Ukrainian "попросив не вказувати": "Свое имя он попросил не указывать".)
      'попросил не указывать', 'попросила не указывать', 'попросили не указывать', 'попросивший не указывать', 'попросившая не указывать', 'попросившие не указывать',
      // (The perfective gerunds, after the verb: "— сказал он, попросив не называть его фамилию".)
      'попросив не называть', 'попросив не указывать', 'пожелав остаться неназванным', 'пожелав остаться неназванной',
      // Withholding one's own name.
      'не назвавший своей фамилии', 'не назвавшая своей фамилии', 'не назвавшие своих фамилий', 'не назвавший своего имени', 'не назвавшая своего имени',
      'не пожелавший представиться', 'не пожелавшая представиться', 'не пожелавшие представиться',
    ],
    reasonAfterRequest: ['потому', 'поскольку', 'чтобы', 'так', 'из-за'],
  },
  chain: {
    relayCues,
    reportedClauseOpeners: ['что'],
  },
};
