import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { nameKey, sameWord, withSuffixed, wordMatcher } from '../../src/core/inflection';
import { splitParagraphs, splitSentences } from '../../src/core/sentences';
import { findQuotes } from '../../src/core/quotes';
import { lexiconFor } from '../../src/core/lexicon';
import { findAttributions } from '../../src/core/attribution/find';
import { speechVerbs as russianSpeechVerbs } from '../../src/core/lexicon/generated/ru-verbs';
import { speechVerbs as ukrainianSpeechVerbs } from '../../src/core/lexicon/generated/uk-verbs';

/** Sentences written for these tests (no corpus text): what each language's lexicon must read. */
const one = (text: string, language: string) => {
  const r = analyse(text, { language });
  return r.attributions.map((a) => ({ kind: a.kind, type: a.type, cue: a.cue.text, source: a.source.text }));
};
/** Each attribution as "kind source / cue". */
const kindSourceCue = (text: string, language: string) => one(text, language).map((a) => `${a.kind} ${a.source} / ${a.cue}`);
/** Each attribution as "kind type source / cue". */
const kindTypeSourceCue = (text: string, language: string) => one(text, language).map((a) => `${a.kind} ${a.type} ${a.source} / ${a.cue}`);
/** Each attribution as "kind source n", n its source's place among the report's sources. */
const kindSourceIndex = (text: string, language: string) => {
  const r = analyse(text, { language });
  return r.attributions.map((a) => `${a.kind} ${a.source.text} ${r.sources.findIndex((s) => s.attributions.includes(a.id)) + 1}`);
};

describe('inflection', () => {
  const uk = { endings: ['а', 'у', 'ом', 'ові', 'в', 'ла', 'ли'], minStem: 3 };
  it('matches a word to a lexicon entry through declared endings only', () => {
    expect(sameWord('міністра', 'міністр', uk)).toBe(true);
    expect(sameWord('заявила', 'заявив', uk)).toBe(true);
    expect(sameWord('заявили', 'заявив', uk)).toBe(true);
    expect(sameWord('міністерство', 'міністр', uk)).toBe(false);
    expect(sameWord('said', 'says', null)).toBe(false);
    const set = wordMatcher(['міністр'], uk);
    expect(set.has('міністрові')).toBe(true);
    expect(set.has('мін')).toBe(false);
  });
  it('reads a past of the text back to the listed present it shares a stem with, never a listed past to a future', () => {
    const ukrainian = lexiconFor('uk').attributions.morphology;
    const withPast = { endings: ['є', 'ла', 'в', 'ет', 'л'], minStem: 3, pastAlternations: ukrainian.pastStemAlternations };
    expect(sameWord('вказувала', 'вказує', withPast)).toBe(true);
    expect(wordMatcher(['вказує'], withPast).has('вказувала')).toBe(true);
    const russian = { ...withPast, pastAlternations: lexiconFor('ru').attributions.morphology.pastStemAlternations };
    expect(sameWord('комментировал', 'комментирует', russian)).toBe(true);
    expect(sameWord('потребует', 'потребовал', russian)).toBe(false);
    expect(wordMatcher(['потребовал'], russian).has('потребует')).toBe(false);
    expect(kindTypeSourceCue('Рахункова палата вказувала, що гроші витрачено.', 'uk')).toEqual(['on-record organization Рахункова палата / вказувала']);
  });
  it('matches a stem whose fleeting vowel drops before an ending, as the language declares', () => {
    const withAlternation = { endings: ['і', 'я'], minStem: 3, alternations: [['ець', 'ц']] as const };
    expect(sameWord('мешканці', 'мешканець', withAlternation)).toBe(true);
    expect(sameWord('мешканця', 'мешканець', withAlternation)).toBe(true);
    expect(sameWord('мешканці', 'мешканець', { endings: ['і', 'я'], minStem: 3 })).toBe(false);
  });
  it('keeps a reflexive verb apart from the verb without its postfix, as the language declares', () => {
    const ru = { endings: ['л', 'ла', 'ся', 'лся', 'лась'], minStem: 3, reflexives: ['ся', 'сь'] };
    expect(sameWord('призналась', 'признался', ru)).toBe(true);
    expect(sameWord('признал', 'признался', ru)).toBe(false);
    expect(wordMatcher(['признался'], ru).has('признал')).toBe(false);
    expect(wordMatcher(['признался'], { ...ru, reflexives: undefined }).has('признал')).toBe(true);
  });
  it('knows a word derived by a suffix before the ending from a word it knows', () => {
    const uk = { endings: ['а', 'и', 'я', 'і'], minStem: 3 };
    const persons = withSuffixed(wordMatcher(['режисер', 'синоптик', 'захисник'], uk), [['к', ''], ['ин', ''], ['иц', 'ик']], uk);
    expect(['режисерка', 'режисерки', 'синоптикиня', 'синоптикині', 'захисниця'].map((w) => persons.has(w))).toEqual([true, true, true, true, true]);
    expect(persons.has('ракета')).toBe(false);
  });
  it('gives every case of a name one key', () => {
    const names = { endings: ['а', 'у', 'им', 'ові', 'ої'], minStem: 3 };
    expect(nameKey('умєрова', names)).toBe(nameKey('умєров', names));
    expect(nameKey('умєровим', names)).toBe('умєров');
    expect(nameKey('філіної', names)).toBe(nameKey('філіна', names));
  });
});

describe('Ukrainian', () => {
  it('reads "за словами X" with the source in the genitive, and merges the name across cases', () => {
    const r = analyse(
      'За словами міністра оборони Рустема Умєрова, переговори тривають.\n\nУмєров також заявив, що делегація вже прибула.',
      { language: 'uk' },
    );
    expect(r.attributions.map((a) => [a.kind, a.type, a.cue.text])).toEqual([
      ['on-record', 'person', 'За словами'],
      ['on-record', 'person', 'заявив'],
    ]);
    expect(r.attributions[0].source.text).toContain('Рустема Умєрова');
    expect(r.sources).toHaveLength(1);
  });
  it('lets a bare noun point back to the named person with that noun, in another case, and only then', () => {
    const r = analyse('Ірина Петренко, херсонська еко-активістка, каже, що все добре. За словами активістки, перший крок простий.', { language: 'uk' });
    expect(r.attributions.map((a) => a.kind)).toEqual(['on-record', 'on-record']);
    expect(r.sources).toHaveLength(1);
    // With no one before it, the bare noun is someone unnamed.
    const alone = analyse('За словами активістки, перший крок простий.', { language: 'uk' });
    expect(alone.attributions.map((a) => a.kind)).toEqual(['anonymous']);
  });

  it('reads "видання" as a publication, though its dative "виданню" is an addressee', () => {
    const r = analyse('Як пише видання, голова не хоче. Про це він сказав виданню.', { language: 'uk' });
    expect(r.attributions.map((a) => [a.type, a.source.text])).toEqual([['publication', 'видання'], ['person', 'він']]);
  });

  it("reads the author's words set inside a quotation between dashes", () => {
    const uk = analyse('«Сьогодні-завтра, – запевнив Олег Петренко, – персоналу виплатять зарплату».', { language: 'uk' });
    expect(uk.attributions.map((a) => [a.source.text, a.cue.text])).toEqual([['Олег Петренко', 'запевнив']]);
    const ru = analyse('«Мы готовы, – заявил министр, – к переговорам».', { language: 'ru' });
    expect(ru.attributions.map((a) => a.cue.text)).toEqual(['заявил']);
  });

  it('reads a source after its verb, mid-sentence', () => {
    expect(one('Про це заявила речниця МЗС Ірина Петренко.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'заявила', source: 'речниця МЗС Ірина Петренко' },
    ]);
  });
  it('marks unnamed sources and insiders as anonymous, with the request for anonymity', () => {
    const [a] = one('Як повідомили джерела в уряді, рішення вже ухвалене.', 'uk');
    expect(a).toMatchObject({ kind: 'anonymous', type: 'group' });
    const [b] = analyse('Посадовець, який попросив не називати його ім’я, сказав, що угоди не буде.', { language: 'uk' }).attributions;
    expect(b.kind).toBe('anonymous');
  });
  it('reads "з посиланням на" (and "із", its euphonic variant) and a quoted outlet name', () => {
    const found = one('Про це повідомив «Forbes» з посиланням на джерела.', 'uk');
    expect(found.map((f) => [f.kind, f.type, f.cue])).toEqual([
      ['on-record', 'publication', 'повідомив'],
      ['anonymous', 'group', 'з посиланням на'],
    ]);
    expect(one('Як пише Reuters із посиланням на джерела, угоду підписано.', 'uk').map((f) => [f.kind, f.source])).toEqual([
      ['on-record', 'Reuters'],
      ['anonymous', 'джерела'],
    ]);
  });
  it('reads an office holder who asks not to be named as anonymous, the request in a clause or in an apposition', () => {
    expect(one('Представник компанії, який побажав залишитися анонімним, сказав, що угоди немає.', 'uk').map((f) => f.kind)).toEqual(['anonymous']);
    expect(one('Представитель компании, пожелавший остаться неназванным, сказал, что сделки нет.', 'ru').map((f) => f.kind)).toEqual(['anonymous']);
  });
  it('reads no cue in a relative clause saying how someone spoke, with whom between the verb and the request', () => {
    expect(one('Двоє депутатів, які говорили з журналістами на умовах анонімності, стверджують, що голосування перенесуть.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'стверджують', source: 'Двоє депутатів, які говорили з журналістами на умовах анонімності' },
    ]);
  });

  it('reads no cue in a subject\'s verb with the request right after it and only why after that; a request after the verb leaves the subject after it', () => {
    expect(one('Обидва співрозмовники говорили на умовах анонімності, бо не мають права розголошувати деталі.', 'uk')).toEqual([]);
    // (Beside a quotation, which is what is said, it reports.)
    expect(kindSourceCue('«Ми ще не вирішили», — сказав співрозмовник на умовах анонімності, бо переговори закриті.', 'uk')).toEqual(['anonymous співрозмовник на умовах анонімності / сказав']);
    expect(kindSourceCue('"We have not decided," a port official said on condition of anonymity because the talks are private.', 'en')).toEqual(['anonymous a port official / said']);
    expect(kindSourceCue('Співрозмовник розповів на умовах анонімності, що компанія закриє завод.', 'uk')).toEqual(['anonymous Співрозмовник / розповів']);
    expect(kindSourceCue('Компания закроет завод, сказал на условиях анонимности собеседник.', 'ru')).toEqual(['anonymous собеседник / сказал']);
  });

  it('reads no cue in a relative clause saying how someone spoke ("який говорив на умовах анонімності"), only in one saying what', () => {
    expect(one('Один із посадовців, який говорив на умовах анонімності, підтвердив виданню, що тендер перенесли.', 'uk').map((f) => `${f.kind} ${f.cue}`)).toEqual(['anonymous підтвердив']);
    expect(one('Один из чиновников, который говорил на условиях анонимности, подтвердил изданию, что тендер перенесли.', 'ru').map((f) => `${f.kind} ${f.cue}`)).toEqual(['anonymous подтвердил']);
    expect(one('Встречи не будет, сказал на условиях анонимности источник в Кремле.', 'ru').map((f) => `${f.kind} ${f.cue}`)).toEqual(['anonymous сказал']);
  });
  it('reads an impersonal verb of saying ("йдеться") with a text after a locative preposition as its only source', () => {
    expect(one('Він наголосив, що йдеться про понад 400 людей.', 'uk').map((f) => `${f.kind} ${f.source}`)).toEqual(['on-record Він']);
    expect(one('Про це йдеться в постанові Кабінету міністрів, опублікованій на урядовому порталі.', 'uk').map((f) => `${f.type} ${f.source}`)).toEqual([
      'document постанові Кабінету міністрів',
    ]);
  });
  it('reads no infinitive as a cue: it reports nothing', () => {
    expect(one('Він почав говорити, що винен уряд.', 'uk')).toEqual([]);
    expect(one('Он стал говорить, что виноват сам.', 'ru')).toEqual([]);
    expect(one('Жители говорят, что вода опасна.', 'ru').map((f) => f.cue)).toEqual(['говорят']);
  });
  it('reads a lone capitalised word that a plural verb agrees with as a plural noun, not a name', () => {
    expect(one('Очевидці розповіли, що чули вибухи.', 'uk').map((f) => [f.kind, f.type])).toEqual([['anonymous', 'group']]);
    expect(one('Очевидцы рассказали, что слышали взрывы.', 'ru').map((f) => [f.kind, f.type])).toEqual([['anonymous', 'group']]);
    // A singular verb: a surname, whatever its ending.
    expect(one('Саакашвілі заявив, що повернеться.', 'uk').map((f) => [f.kind, f.type])).toEqual([['on-record', 'person']]);
  });
  it('knows a plural whose fleeting vowel dropped ("мешканець" → "мешканці") as unnamed people', () => {
    expect(one('Мешканці кажуть, що вода небезпечна.', 'uk').map((f) => [f.kind, f.type, f.source])).toEqual([['anonymous', 'group', 'Мешканці']]);
  });
  it('reads bodies after a locative preposition, sources placed by one, and a comment clause without the main clause', () => {
    expect(one('Як зазначили в поліції, слідство триває.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'Як зазначили', source: 'поліції' },
    ]);
    expect(one('Джерело в Офісі президента повідомило, що зустріч перенесли.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'повідомило', source: 'Джерело в Офісі президента' },
    ]);
    expect(one('Як повідомляє Укрінформ, удари завдано вночі.', 'uk')).toEqual([
      { kind: 'on-record', type: 'publication', cue: 'Як повідомляє', source: 'Укрінформ' },
    ]);
    expect(one('Зеленський заявив, що Україна готова до перемовин.', 'uk')[0]).toMatchObject({ kind: 'on-record', source: 'Зеленський' });
    // A lone name the lexicon does not know, after the preposition and before the verb, is a body's too.
    expect(one('У Держгеокадастрі повідомили, що реєстр відновлено.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'повідомили', source: 'Держгеокадастрі' },
    ]);
    // A neuter source with its relative clause ("яке"), a request and a stated reason, each set off by commas.
    expect(one('Джерело в уряді, яке попросило не називати його імені, оскільки не уповноважене коментувати ці питання, підтвердило, що нараду перенесли.', 'uk')).toEqual([
      {
        kind: 'anonymous',
        type: 'person',
        cue: 'підтвердило',
        source: 'Джерело в уряді, яке попросило не називати його імені, оскільки не уповноважене коментувати ці питання',
      },
    ]);
    // The people around someone speak there, not that someone, and unnamed.
    expect(one('В оточенні міністра кажуть, що відставки не буде.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'кажуть', source: 'оточенні міністра' },
    ]);
    expect(one('Реєстр відновлено, у Держгеокадастрі підтвердили це.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'підтвердили', source: 'Держгеокадастрі' },
    ]);
  });
  it('reads what a text says ("У повідомленні йдеться"), and "визнав" only before reported content', () => {
    expect(one('У повідомленні йдеться, що рішення ухвалили вчора.', 'uk')).toEqual([
      { kind: 'on-record', type: 'document', cue: 'йдеться', source: 'повідомленні' },
    ]);
    expect(one('Міністр визнав, що помилився.', 'uk')).toHaveLength(1);
    expect(one('Він сказав, що Київ не визнає результатів виборів.', 'uk').map((f) => f.cue)).toEqual(['сказав']);
  });
  it('attributes direct speech opened by a dash', () => {
    const found = one('— Ми готові до переговорів, — заявив Петро Коваль.', 'uk');
    expect(found).toEqual([{ kind: 'on-record', type: 'person', cue: 'заявив', source: 'Петро Коваль' }]);
    // The speech is the attribution's quote, over its sentences; a paragraph of speech alone is a quote too.
    const r = analyse('— Ми готові. Ми чекаємо на відповідь, — заявив Петро Коваль.\n\nВін також сказав:\n\n— Рішення буде скоро.', { language: 'uk' });
    expect(r.attributions.map((a) => a.quote?.text)).toEqual(['— Ми готові. Ми чекаємо на відповідь,', '— Рішення буде скоро.']);
  });
  it('finds condition markers and skips their traps', () => {
    const r = analyse(
      'Міністр заявив, що угоду підпишуть, якщо парламент її схвалить. Навіть якщо ні, роботу продовжать. Речник говорив на умовах анонімності.',
      { language: 'uk' },
    );
    expect(r.conditions.map((c) => c.marker.text)).toEqual(['якщо']);
    expect(r.conditions[0].attribution).toBe(r.attributions[0].id);
  });
  it('splits sentences but not after м., вул., initials', () => {
    const text = 'Зустріч відбулася в м. Києві на вул. Хрещатик. В. Зеленський прибув о 10:00. Так повідомили в Офісі.';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs, findQuotes(text, paragraphs), lexiconFor('uk').sentences);
    expect(sentences.map((s) => s.text)).toEqual([
      'Зустріч відбулася в м. Києві на вул. Хрещатик.',
      'В. Зеленський прибув о 10:00.',
      'Так повідомили в Офісі.',
    ]);
  });
});

describe('Russian', () => {
  it('reads "по словам", "со ссылкой на" and a source after its verb', () => {
    expect(one('Об этом заявил министр иностранных дел Сергей Лавров.', 'ru')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'заявил', source: 'министр иностранных дел Сергей Лавров' },
    ]);
    expect(one('По словам источника в правительстве, решение уже принято.', 'ru')[0]).toMatchObject({
      kind: 'anonymous',
      type: 'person',
      cue: 'По словам',
    });
    const found = one('Как сообщает «Интерфакс» со ссылкой на собеседника в Кремле, встреча пройдет в пятницу.', 'ru');
    expect(found.map((f) => [f.kind, f.type])).toEqual([
      ['on-record', 'publication'],
      ['anonymous', 'person'],
    ]);
  });
  it('reads a quote attributed after it, and a plural belief of analysts', () => {
    const r = analyse('«Мы готовы к переговорам», — сказал Песков журналистам. Соглашение вряд ли подпишут, считают аналитики.', { language: 'ru' });
    expect(r.attributions.map((a) => [a.kind, a.type, a.cue.text, a.quote !== null])).toEqual([
      ['on-record', 'person', 'сказал', true],
      ['anonymous', 'group', 'считают', false],
    ]);
  });
  it('reads a body named after "в", and an insider placed in a body', () => {
    expect(one('В Кремле заявили, что переговоры продолжатся.', 'ru')[0]).toMatchObject({ kind: 'on-record', type: 'organization' });
    // A party's quoted name after "від"/"от" belongs to the phrase; a role opening the sentence is a common noun
    // there (no articles), unnamed; a person noun that is no role may be a surname.
    expect(one('Двоє народних депутатів від «Слуги народу» стверджують, що голосування перенесуть.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'стверджують', source: 'Двоє народних депутатів від «Слуги народу»' },
    ]);
    expect(one('Депутат от «Единой России» заявил, что голосование перенесут.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'заявил', source: 'Депутат от «Единой России»' },
    ]);
    expect(one('Мельник заявив, що голосування перенесуть.', 'uk')[0]).toMatchObject({ kind: 'on-record', source: 'Мельник' });
    // Alone, a person noun that the dictionary lists as no surname is the noun: someone unnamed.
    expect(one('Пацієнт розповів, що чекав годину.', 'uk')[0]).toMatchObject({ kind: 'anonymous', type: 'person', source: 'Пацієнт' });
    expect(one('Пацієнтка розповіла, що чекала годину.', 'uk')[0]).toMatchObject({ kind: 'anonymous', type: 'person', source: 'Пацієнтка' });
    // A person noun opening the sentence with words after it is a common noun too: here a title before a name.
    expect(one('Начальник обласної поліції Ігор Дмитренко заявив, що злочин розкрито.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'заявив', source: 'Начальник обласної поліції Ігор Дмитренко' },
    ]);
    // A text right before the verb, after a body placed by "у" that opens the sentence, is what the body denies.
    expect(one('У Міноборони цю інформацію заперечили.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'заперечили', source: 'Міноборони' },
    ]);
    // (So is any singular phrase a plural verb does not agree with, after a connective too.)
    expect(one('Однако в областном центре по гидрометеорологии версию мэра опровергли.', 'ru')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'опровергли', source: 'областном центре по гидрометеорологии' },
    ]);
    // So is one after a body the phrase after "в" names, with any word before the text that is no noun.
    expect(one('В Кремле эту информацию опровергли.', 'ru')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'опровергли', source: 'Кремле' }]);
    expect(one('У Кремлі цю інформацію спростували.', 'uk')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'спростували', source: 'Кремлі' }]);
    // A text opening the sentence before a plural verb is its object; with no one after the verb, no one is named.
    expect(one('Документ оприлюднили на сайті відомства.', 'uk')).toEqual([]);
    expect(one('Звіт стверджує, що грошей немає.', 'uk')).toEqual([{ kind: 'on-record', type: 'document', cue: 'стверджує', source: 'Звіт' }]);
    // (A genitive body after the body stays in it.)
    expect(one('У пресслужбі цього відомства повідомили, що все гаразд.', 'uk')[0]).toMatchObject({ source: 'пресслужбі цього відомства' });
    // A text after "в" with its author's name says it, not the author alone.
    expect(one('В отчете Счетной палаты говорится, что бюджет исполнен.', 'ru')).toEqual([
      { kind: 'on-record', type: 'document', cue: 'говорится', source: 'отчете Счетной палаты' },
    ]);
    // An outlet's noun with its title after the verb is whom it was said to; the source follows.
    expect(one('«Соглашения не будет», — заявил агентству «Интерфакс» источник, близкий к делегации.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'заявил', source: 'источник, близкий к делегации' },
    ]);
    // A stated reason set off by commas after the request stays with the source; the outlet told is no source.
    expect(one('Источник в правительстве, попросивший не называть его имени, поскольку не уполномочен общаться с прессой, сообщил «Интерфаксу», что совещание перенесли.', 'ru')).toEqual([
      {
        kind: 'anonymous',
        type: 'person',
        cue: 'сообщил',
        source: 'Источник в правительстве, попросивший не называть его имени, поскольку не уполномочен общаться с прессой',
      },
    ]);
    expect(one('В окружении губернатора говорят, что отставки не будет.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'говорят', source: 'окружении губернатора' },
    ]);
    expect(one('В Ростехнадзоре сообщили, что проверка завершена.', 'ru')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'сообщили', source: 'Ростехнадзоре' },
    ]);
    expect(one('Собеседник агентства в МИД сообщил, что визит отложен.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'сообщил', source: 'Собеседник агентства в МИД' },
    ]);
  });
  it('finds conditions and skips "даже если"', () => {
    const r = analyse('Песков добавил, что Москва согласится, если Киев выполнит условия. Даже если соглашение подпишут, вопрос останется.', { language: 'ru' });
    expect(r.conditions.map((c) => c.clause.text)).toEqual(['если Киев выполнит условия']);
  });
  it('keeps "на условиях анонимности" for anonymity, not a condition', () => {
    const r = analyse('Собеседник, пожелавший остаться неназванным, рассказал об этом на условиях анонимности.', { language: 'ru' });
    expect(r.conditions).toEqual([]);
    expect(r.attributions[0]?.kind).toBe('anonymous');
  });
});

describe('a count of a group of people (uk, ru)', () => {
  it('reads "один з депутатів" and "один из источников" as some of the group, unnamed', () => {
    expect(one('Один з депутатів заявив, що це неправда.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'заявив', source: 'Один з депутатів' },
    ]);
    expect(one('Одне з джерел повідомило, що це неправда.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'повідомило', source: 'Одне з джерел' },
    ]);
    expect(one('Кілька з депутатів заявили, що це неправда.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'заявили', source: 'Кілька з депутатів' },
    ]);
    expect(one('Один из источников сообщил, что это неправда.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'сообщил', source: 'Один из источников' },
    ]);
  });

  it('still reads a body after "в" as where a source works', () => {
    expect(one('Джерело в Офісі президента повідомило, що це неправда.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'повідомило', source: 'Джерело в Офісі президента' },
    ]);
  });
});

describe('modifiers set off by commas (uk, ru)', () => {
  // The guide's sources keep their descriptors ("Three sources familiar with the discussions …"; gold-uk's
  // "Керівник банку, що побажав залишитися неназваним"): the aside is read as the source's, not as its head.
  it('reads past a participle phrase or a familiarity phrase between the source and its verb, and keeps it with the source', () => {
    expect(one('Чиновник, попросивший не называть его имени, сказал, что решение уже принято.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'сказал', source: 'Чиновник, попросивший не называть его имени' },
    ]);
    expect(one('Люди, знакомые с ситуацией, рассказали, что решение уже принято.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'рассказали', source: 'Люди, знакомые с ситуацией' },
    ]);
    expect(one('Люди, знайомі з ситуацією, розповіли, що рішення вже ухвалено.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'розповіли', source: 'Люди, знайомі з ситуацією' },
    ]);
  });

  it('ends a comment clause\'s source before the main clause', () => {
    expect(one('Как сообщают источники, решение уже принято.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'Как сообщают', source: 'источники' },
    ]);
    expect(one('Як повідомляють джерела, рішення вже ухвалено.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'group', cue: 'Як повідомляють', source: 'джерела' },
    ]);
  });
});

describe('more shapes of Russian and Ukrainian sourcing', () => {
  it('keeps a source noun whose outlet is named before where it works', () => {
    expect(one('Собеседник РБК в правительстве рассказал, что визит отложен.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'рассказал', source: 'Собеседник РБК в правительстве' },
    ]);
    expect(one('Джерело УП в Офісі президента розповіло, що візит відкладено.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'розповіло', source: 'Джерело УП в Офісі президента' },
    ]);
  });

  it('counts people by the number before them, and hears a refusal to comment', () => {
    expect(one('Два собеседника агентства подтвердили, что визит отложен.', 'ru')[0]).toMatchObject({ kind: 'anonymous', type: 'group' });
    expect(one('Представитель министерства отказался от комментариев.', 'ru')[0]).toMatchObject({ cue: 'отказался от комментариев' });
    expect(one('Речник міністерства відмовився від коментарів.', 'uk')[0]).toMatchObject({ cue: 'відмовився від коментарів' });
  });
});

describe('more verbs of saying (uk, ru)', () => {
  it('hears "объяснил", "признался", "зізнався", and "указал"/"вказав" only before what they report', () => {
    expect(one('Министр объяснил, что решение уже принято.', 'ru')[0]).toMatchObject({ cue: 'объяснил' });
    expect(one('Министр признался, что решение уже принято.', 'ru')[0]).toMatchObject({ cue: 'признался' });
    expect(one('Міністр зізнався, що рішення вже ухвалено.', 'uk')[0]).toMatchObject({ cue: 'зізнався' });
    expect(one('Министр указал, что решение уже принято.', 'ru')[0]).toMatchObject({ cue: 'указал' });
    expect(one('Министр указал на ошибки.', 'ru')).toEqual([]);
    expect(one('Міністр вказав на помилки.', 'uk')).toEqual([]);
  });
});

describe('speech verbs generated from the thesaurus and Apertium (uk, ru)', () => {
  const finite = (list: { forms: string }) => list.forms.split('|').flatMap((group) => group.split(' ').slice(1));

  it('hears every generated Russian form before reported content, and its feminine and plural by ending', () => {
    for (const form of finite(russianSpeechVerbs)) {
      expect(one(`Представитель министерства ${form}, что решение уже принято.`, 'ru'), form).toEqual([
        { kind: 'on-record', type: 'person', cue: form, source: 'Представитель министерства' },
      ]);
    }
    expect(one('Источники в правительстве уведомляли, что решение уже принято.', 'ru')).toMatchObject([{ kind: 'anonymous', cue: 'уведомляли' }]);
    expect(one('Пресс-секретарь объявляла, что встреча переносится.', 'ru')).toMatchObject([{ cue: 'объявляла' }]);
  });

  it('hears every generated Ukrainian form before reported content, but not "мовляв", the particle', () => {
    for (const form of finite(ukrainianSpeechVerbs).filter((f) => f !== 'мовляв')) {
      expect(one(`Представник міністерства ${form}, що рішення вже ухвалено.`, 'uk'), form).toEqual([
        { kind: 'on-record', type: 'person', cue: form, source: 'Представник міністерства' },
      ]);
    }
    expect(one('Джерела в уряді оголошували, що рішення вже ухвалено.', 'uk')).toMatchObject([{ kind: 'anonymous', cue: 'оголошували' }]);
  });

  it('hears no common verb that is not one of saying', () => {
    for (const sentence of ['Министр подписал указ в понедельник.', 'Министр знакомит коллег с новым планом.', 'Компания построила завод, что стало событием для города.', 'Министр трактует закон по-своему.']) {
      expect(one(sentence, 'ru'), sentence).toEqual([]);
    }
    for (const sentence of ['Міністр підписав указ у понеділок.', 'Міністр знайомить колег із новим планом.', 'Компанія збудувала завод, що стало подією для міста.']) {
      expect(one(sentence, 'uk'), sentence).toEqual([]);
    }
  });
});

describe('person nouns generated from the word lists and Apertium (uk, ru)', () => {
  it('reads unnamed people of a trade no typed list names as an anonymous group', () => {
    expect(one('Місцеві таксисти розповіли, що ціни на пальне зросли.', 'uk')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'розповіли', source: 'Місцеві таксисти' }]);
    expect(one('Пасічники з громади розповіли, що мед подорожчав.', 'uk')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'розповіли', source: 'Пасічники з громади' }]);
    expect(one('Местные таксисты рассказали, что цены на топливо выросли.', 'ru')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'рассказали', source: 'Местные таксисты' }]);
  });

  it('still reads a thing before a speech verb as no source', () => {
    expect(one('Місцеві ціни розповіли, що все гаразд.', 'uk').filter((a) => a.source === 'Місцеві ціни')).toEqual([]);
  });
});

describe('a comment clause opened by "як" / "как" and any verb of saying (uk, ru)', () => {
  it('takes the source after the verb, whatever verb of saying or belief it is', () => {
    expect(one('Як поінформували в пресслужбі суду, заставу внесли.', 'uk')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'Як поінформували', source: 'пресслужбі суду' }]);
    expect(one('Як запевнила Олена Коваль, ремонт завершать.', 'uk')).toEqual([{ kind: 'on-record', type: 'person', cue: 'Як запевнила', source: 'Олена Коваль' }]);
    expect(one('Как уверяют в компании, выбросы не превышают норм.', 'ru')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'Как уверяют', source: 'компании' }]);
  });

  it('takes whom an outlet refers to after the finite verb of referring, as after its gerund, and the outlet too', () => {
    expect(one('Видання посилається на джерела в уряді.', 'uk')).toEqual([
      { kind: 'on-record', type: 'publication', cue: 'посилається', source: 'Видання' },
      { kind: 'anonymous', type: 'group', cue: 'посилається на', source: 'джерела в уряді' },
    ]);
    expect(one('Агентство сослалось на источники в правительстве.', 'ru')).toEqual([
      { kind: 'on-record', type: 'publication', cue: 'сослалось', source: 'Агентство' },
      { kind: 'anonymous', type: 'group', cue: 'сослалось на', source: 'источники в правительстве' },
    ]);
  });

  it('passes over one capitalised name before a role after the verb: whom it was told to', () => {
    expect(one('Як розповів Суспільному депутат міської ради Олег Бондар, тендер проведено.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'Як розповів', source: 'депутат міської ради Олег Бондар' },
    ]);
    expect(one('Как рассказал РБК источник в правительстве, решение принято.', 'ru')[0]).toMatchObject({ kind: 'anonymous', source: 'источник в правительстве' });
    // (Outside a comment clause a name after the verb is the speaker: "— сказал Песков журналистам".)
  });

  it('reads no credit where "як" opens no verb of saying', () => {
    expect(one('Як відомо, ремонт завершать.', 'uk')).toEqual([]);
  });
});

describe('what stands between a subject and its verb (uk, ru)', () => {
  it('passes over a setting right before the verb: a preposition with its object, or "в" with a text', () => {
    expect(one('Сергей Кравец на брифинге отметил, что команде не хватило концентрации.', 'ru')).toEqual([{ kind: 'on-record', type: 'person', cue: 'отметил', source: 'Сергей Кравец' }]);
    expect(one('Міністр після засідання заявив, що рішення ухвалено.', 'uk')[0]).toMatchObject({ cue: 'заявив', source: 'Міністр' });
    expect(one('Олена Коваль у зверненні заявила, що ремонт завершать.', 'uk')).toEqual([{ kind: 'on-record', type: 'person', cue: 'заявила', source: 'Олена Коваль' }]);
    // (A setting of several prepositional phrases, or ending in a quoted name; "в" with an occasion of speaking.)
    expect(one('Иван Петров на брифинге для журналистов отметил, что цены вырастут.', 'ru')[0]).toMatchObject({ cue: 'отметил', source: 'Иван Петров' });
    expect(one('Иван Петров в разговоре с журналистами опроверг эту информацию.', 'ru')).toEqual([{ kind: 'on-record', type: 'person', cue: 'опроверг', source: 'Иван Петров' }]);
    expect(one('Директор компанії Іван Петренко в інтерв\'ю виданню «Нова газета» розповів, що завод закриють.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'розповів', source: 'Директор компанії Іван Петренко' },
    ]);
    // ("в" and a body keep the body as the source's descriptor; a setting after a comma is none.)
    expect(one('Джерело в Офісі президента повідомило, що зустріч скасовано.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Джерело в Офісі президента' });
    expect(one('Уряд готує пакет допомоги на 400 млн євро, повідомляє «Європейська правда».', 'uk')[0]).toMatchObject({ source: '«Європейська правда»' });
  });

  it('reads a citing verb before a possessive pronoun and the noun for words as the citing outlet\'s cue', () => {
    expect(one('«Запрет требует единогласия», — приводит Bloomberg его слова.', 'ru')).toEqual([
      { kind: 'on-record', type: 'publication', cue: 'приводит', source: 'Bloomberg' },
    ]);
    expect(one('«Заборона вимагає одностайності», — наводить Bloomberg його слова.', 'uk')[0]).toMatchObject({ source: 'Bloomberg', cue: 'наводить' });
  });

  it('leaves the outlet of a comment clause no appositions that a verb of saying after them takes for its subject', () => {
    expect(kindSourceCue('Водночас, як пише The Atlantic Ledger, російський бізнесмен, близький до Кремля, у приватній розмові сказав, що угоди не буде.', 'uk')).toEqual([
      'on-record The Atlantic Ledger / як пише', 'anonymous російський бізнесмен, близький до Кремля / сказав',
    ]);
    // (With no verb after them, they are its source's: "як запевняє депутат …, головний лікар … Тарас Мельник, реформа …".)
    expect(kindSourceCue('Як запевняє депутат обласної ради, головний лікар лікарні Тарас Мельник, реформа не вдалася.', 'uk')).toEqual([
      'on-record депутат обласної ради, головний лікар лікарні Тарас Мельник / Як запевняє',
    ]);
  });

  it('reads a neighbour, a comrade or an aide named only through whom they keep company with as unnamed', () => {
    expect(one('Її сусід, колишній водій рейсового автобуса, додає, що на об’єкті працюють найняті чоловіки.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Її сусід, колишній водій рейсового автобуса' });
    expect(one('Ее сосед добавляет, что на объекте работают приезжие.', 'ru')[0]).toMatchObject({ kind: 'anonymous', source: 'Ее сосед' });
    // (Counsel speaks for a client, and a name of one's own names anyone.)
    expect(one('Його адвокат заявив, що вирок оскаржать.', 'uk')[0]).toMatchObject({ kind: 'on-record' });
    expect(one('Радник міністра Михайло Петренко заявив, що переговорів не буде.', 'uk')[0]).toMatchObject({ kind: 'on-record' });
  });

  it('passes "then" between a verb and its subject, and reads the fleeting vowel of "боєць"', () => {
    expect(one('«Конструкція в аварійному стані», — пояснив тоді міський голова Андрій Сидоренко.', 'uk')[0]).toMatchObject({ kind: 'on-record', source: 'міський голова Андрій Сидоренко' });
    expect(one('«Конструкция в аварийном состоянии», — пояснил тогда мэр Андрей Сидоренко.', 'ru')[0]).toMatchObject({ source: 'мэр Андрей Сидоренко' });
    expect(one('Найбільше бракує теплих речей, кажуть бійці.', 'uk')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'кажуть', source: 'бійці' }]);
  });

  it('reads an active participle whose "-ш-" follows a consonant as an aside, not a comparative', () => {
    expect(one('Бывший топ-менеджер компании, ушедший из нее вскоре после сделки, утверждает, что долги скрывали.', 'ru')[0]).toMatchObject({
      kind: 'anonymous', source: 'Бывший топ-менеджер компании, ушедший из нее вскоре после сделки',
    });
    expect(one('Младший научный сотрудник института заявил, что данные неверны.', 'ru')[0]).toMatchObject({ source: 'Младший научный сотрудник института' });
  });

  it('reads a placed body with modifiers before an occasion, and a role with modifiers after those told', () => {
    expect(one('В областном департаменте образования на запрос редакции ответили, что школа закрывается.', 'ru')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'ответили', source: 'областном департаменте образования' },
    ]);
    expect(one('«Мы не будем повышать тариф», — заявил нашему изданию генеральный директор ВТЭК Павел Жердев.', 'ru')[0]).toMatchObject({
      kind: 'on-record', source: 'генеральный директор ВТЭК Павел Жердев',
    });
  });

  it('reads information credited, joking and admitting, and a time after its preposition between a verb and its subject', () => {
    expect(one('По сведениям телеграм-канала «Футбольная кухня», тренер уже подписал контракт.', 'ru')[0]).toMatchObject({ cue: 'По сведениям', source: 'телеграм-канала «Футбольная кухня»' });
    expect(one('За відомостями слідства, тренер уже підписав контракт.', 'uk')[0]).toMatchObject({ cue: 'За відомостями', type: 'organization' });
    expect(one('«Зарплату платят вовремя, просто ее мало», — невесело шутит одна из сотрудниц департамента.', 'ru')[0]).toMatchObject({ kind: 'anonymous', cue: 'шутит' });
    expect(one('«Хоч би цей апарат не зламався», — жартує лікарка.', 'uk')[0]).toMatchObject({ cue: 'жартує' });
    expect(one('Как писал еще в августе местный портал «Новокаменск.Спорт», тренер конфликтовал с руководством.', 'ru')[0]).toMatchObject({
      type: 'publication', source: 'местный портал «Новокаменск.Спорт»',
    });
  });

  it('reads a place that locates the head\'s complement or the person as no name of theirs', () => {
    expect(one('Власник невеликої СТО у Збаражі, який безкоштовно ремонтує пікапи, каже, що техніки бракує.', 'uk')[0]).toMatchObject({ kind: 'anonymous' });
    expect(one('Один із них, фермер із Черкащини, розповів, що ціни впали.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'фермер із Черкащини' });
    // (A body after the head is its own, and a name of one's own names the person.)
    expect(one('Джерело в Офісі президента повідомило, що зустріч скасовано.', 'uk')[0]).toMatchObject({ kind: 'anonymous' });
    expect(one('Фермер із Полтавщини Іван Петренко розповів, що ціни впали.', 'uk')[0]).toMatchObject({ kind: 'on-record' });
  });

  it('passes over a setting and an object pronoun between a subject and its verb', () => {
    expect(one('Сам Гончаренко в телефонній розмові з журналістом це заперечив.', 'uk')).toEqual([{ kind: 'on-record', type: 'person', cue: 'заперечив', source: 'Сам Гончаренко' }]);
    expect(one('Иван Петров в разговоре с журналистами это опроверг.', 'ru')[0]).toMatchObject({ source: 'Иван Петров' });
  });

  it('reads a possessive pronoun\'s form right before a verb\'s past as the verb\'s object, not a determiner of a noun', () => {
    expect(one('Перевірити цю інформацію нам не вдалося, а в банку її назвали «брудними чутками конкурентів».', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'назвали', source: 'банку' },
    ]);
    expect(one('Министр ее назвал «слухами».', 'ru')[0]).toMatchObject({ cue: 'назвал' });
  });

  it('reads no subject in a singular thing opening the sentence before a plural verb, and the plural of nouns in -анин', () => {
    expect(one('Тендер оголосили у вересні.', 'uk')).toEqual([]);
    expect(one('Тендер оголосили у вересні, повідомили в мерії.', 'uk')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'повідомили', source: 'мерії' }]);
    expect(one('Більшість вважають, що ціни зростуть.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Більшість' });
    expect(one('Горожане тем временем пишут в соцсетях, что готовятся к зиме.', 'ru')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'пишут', source: 'Горожане' }]);
    expect(one('Городяни пишуть у соцмережах, що готуються до зими.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Городяни' });
  });

  it('reads a quantifier of people before a plural the lexicon does not know, with a plural verb of saying, as unnamed people', () => {
    expect(one('Некоторые родители, впрочем, признаются, что надежды у них мало.', 'ru')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'признаются', source: 'Некоторые родители' }]);
  });

  it('reads a two-word credit with a modifier of its noun inside', () => {
    expect(one('За попередньою інформацією компанії, живлення відновлять до вечора.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'За попередньою інформацією', source: 'компанії' },
    ]);
    expect(one('По предварительным данным ведомства, погибли три человека.', 'ru')[0]).toMatchObject({ cue: 'По предварительным данным', source: 'ведомства' });
    // (Not a possessive pronoun, which is the credit's source: "За його словами".)
    expect(one('За його словами, ціни зростуть.', 'uk')[0]).toMatchObject({ source: 'його' });
  });

  it('reads a body placed after a closing verb with its own place after it, and "for now" between a subject and its verb', () => {
    expect(one('Пожежу ліквідували рятувальники, постраждалих немає, зазначили в Головному управлінні ДСНС у Вінницькій області.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'зазначили', source: 'Головному управлінні ДСНС' },
    ]);
    expect(one('Офіційно в ОВА поки що лише заявили, що ситуація під контролем.', 'uk')).toEqual([{ kind: 'on-record', type: 'organization', cue: 'заявили', source: 'ОВА' }]);
    expect(one('В министерстве пока что лишь заявили, что ситуация под контролем.', 'ru')[0]).toMatchObject({ source: 'министерстве' });
  });

  it('reads retelling as a cue', () => {
    expect(one('Людина з оточення мера, яка попросила не згадувати її посаду, переказала нам іншу версію подій.', 'uk')[0]).toMatchObject({ kind: 'anonymous', cue: 'переказала' });
  });

  it('passes a connective and its comma before a body placed before an occasion', () => {
    expect(one('Утім, у Держфінмоніторингу на запит редакції повідомили, що перші повідомлення надійшли лише в липні.', 'uk')).toEqual([
      { kind: 'on-record', type: 'organization', cue: 'повідомили', source: 'Держфінмоніторингу' },
    ]);
    expect(one('Водночас, у міністерстві на запит редакції повідомили, що перевірка триває.', 'uk')[0]).toMatchObject({ source: 'міністерстві' });
  });

  it('reads pupils and a compound of a known noun of persons as people', () => {
    expect(one('Кілька учнів сказали, що уроки скасують.', 'uk')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'сказали', source: 'Кілька учнів' }]);
    expect(one('Одинадцятикласник одного з ліцеїв розповів, що телефони заберуть.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Одинадцятикласник одного з ліцеїв' });
    // ("Как показывает практика" is experience, no practitioner.)
    expect(one('Как показывает практика, цены растут.', 'ru')).toEqual([]);
  });

  it('passes over a preposition whose object is a lone demonstrative right before the verb', () => {
    expect(one('Жители в этом сомневаются.', 'ru')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'сомневаются', source: 'Жители' }]);
    expect(one('Жители дома в этом сомневаются.', 'ru')[0]).toMatchObject({ kind: 'anonymous', source: 'Жители дома' });
    expect(one('Мешканці в цьому сумніваються.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'Мешканці' });
    // (Not a noun the demonstrative governs: "в своем докладе" is a setting of its own.)
    expect(one('Эксперты в своем докладе отмечают, что рост замедлится.', 'ru')[0]).toMatchObject({ source: 'Эксперты' });
  });

  it('reads an apposition whose phrase before it closes in a quoted name with the words before the name', () => {
    expect(one('Представник «Дніпро-Агроінвесту», адвокат Максим Орлов, повідомив, що всі зобов’язання виконано.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'повідомив', source: 'Представник «Дніпро-Агроінвесту», адвокат Максим Орлов' },
    ]);
    expect(one('Директор «Агроінвесту», Максим Орлов, сообщил, что обязательства выполнены.', 'ru')[0]).toMatchObject({ type: 'person', source: 'Директор «Агроінвесту», Максим Орлов' });
  });

  it('keeps an office whole after the verb past joined complements of one noun', () => {
    expect(one('Про це сказав заступник міністра освіти і науки Андрій Савчук.', 'uk')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'сказав', source: 'заступник міністра освіти і науки Андрій Савчук' },
    ]);
    expect(one('Об этом сообщил министр природных ресурсов и экологии Александр Козлов.', 'ru')[0]).toMatchObject({ kind: 'on-record', source: 'министр природных ресурсов и экологии Александр Козлов' });
  });

  it('passes over a relay set off by commas, its cited source a cue of its own', () => {
    expect(one('Газета, посилаючись на двох людей, обізнаних із ситуацією, пише, що угоду підписано.', 'uk')).toEqual([
      { kind: 'on-record', type: 'publication', cue: 'пише', source: 'Газета' },
      { kind: 'anonymous', type: 'group', cue: 'посилаючись на', source: 'двох людей, обізнаних із ситуацією' },
    ]);
  });
});

describe('a possessive pronoun inside a two-word credit (uk, ru)', () => {
  it('is the source, read as the pronoun it stands for and taking the kind of whom it refers to', () => {
    const named = analyse('Міністр Іван Петренко провів нараду. За його словами, ремонт завершать.', { language: 'uk' }).attributions;
    expect(named.map((a) => [a.source.text, a.cue.text, a.kind])).toEqual([['його', 'словами', 'on-record']]);
    const unnamed = analyse('Источники в правительстве обсудили пакет. По их данным, пакет примут.', { language: 'ru' }).attributions;
    expect(unnamed.map((a) => [a.source.text, a.cue.text, a.kind])).toEqual([['их', 'данным', 'anonymous']]);
    // (In the accusative after "на": "На їхню думку".)
    const their = analyse('Аналітики компанії очікують зростання. На їхню думку, ризики невеликі.', { language: 'uk' }).attributions;
    expect(their.map((a) => [a.source.text, a.cue.text, a.kind])).toEqual([['Аналітики компанії', 'очікують', 'anonymous'], ['їхню', 'думку', 'anonymous']]);
  });
});

describe('more shapes from the eighth probe (uk, ru)', () => {
  it('reads not ruling out as a claim, as English "ruled out" is', () => {
    expect(one('Некоторые экономисты, впрочем, не исключают снижения ставки.', 'ru')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'не исключают', source: 'Некоторые экономисты' }]);
    expect(one('Аналітики не виключають зниження ставки.', 'uk')).toEqual([{ kind: 'anonymous', type: 'group', cue: 'не виключають', source: 'Аналітики' }]);
  });

  it('passes over a connective before the subject or between it and its verb', () => {
    expect(one('Между тем источник, знакомый с ситуацией, сообщил РБК, что решение будет принято.', 'ru')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'сообщил', source: 'источник, знакомый с ситуацией' },
    ]);
    expect(one('Аналитик Анна Грязнова при этом заявила, что цены снизятся.', 'ru')[0]).toMatchObject({ cue: 'заявила', source: 'Аналитик Анна Грязнова' });
    expect(one('Тим часом джерело в уряді повідомило, що рішення ухвалено.', 'uk')[0]).toMatchObject({ kind: 'anonymous', source: 'джерело в уряді' });
  });

  it('reads one out of a group named after it as an informant, whose belief counts', () => {
    expect(one('Один із депутатів фракції вважає, що законопроєкт не набере голосів.', 'uk')).toEqual([
      { kind: 'anonymous', type: 'person', cue: 'вважає', source: 'Один із депутатів фракції' },
    ]);
    expect(one('Один из депутатов считает, что законопроект не наберет голосов.', 'ru')[0]).toMatchObject({ kind: 'anonymous', cue: 'считает' });
  });

  it('reads a belief after a credit that opens the sentence as what the credited source reports', () => {
    expect(one('По словам представителя МИД Ерлана Жумабаева, в Астане считают, что вопрос решится.', 'ru')).toEqual([
      { kind: 'on-record', type: 'person', cue: 'По словам', source: 'представителя МИД Ерлана Жумабаева' },
    ]);
  });
});

describe('more shapes from the ninth probe (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads a text after the preposition of an impersonal verb that opens a comment clause', () => {
    expect(brief('Як ідеться в заяві відомства, решту поставок завершать до кінця року.', 'uk')).toEqual(['on-record document заяві відомства / Як ідеться']);
    expect(brief('Как сказано в заявлении ведомства, остальные поставки завершат до конца года.', 'ru')).toEqual(['on-record document заявлении ведомства / Как сказано']);
    // (The impersonal passives of the verbs of saying too; a text says them, no person: "Срок указано неверно".)
    expect(brief('Як зазначено у вироку, обвинувачений привласнив кошти.', 'uk')).toEqual(['on-record document вироку / Як зазначено']);
    expect(brief('В заявлении отмечено, что мост аварийный.', 'ru')).toEqual(['on-record document заявлении / отмечено']);
    expect(brief('Срок указано неверно.', 'ru')).toEqual([]);
  });
});

describe('shapes from the tenth probe (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads "зі слів", "со слов" as the credit "за словами", "по словам" is', () => {
    expect(brief('Зі слів очевидців, ракета влучила в будинок.', 'uk')).toEqual(['anonymous group очевидців / Зі слів']);
    expect(brief('Со слов очевидцев, ракета попала в дом.', 'ru')).toEqual(['anonymous group очевидцев / Со слов']);
  });

  it('after an opening clause, takes a count of people after the verb as its subject, with a relative clause in any gender', () => {
    expect(brief('Лікарню закриють, розповіли кілька мешканців.', 'uk')).toEqual(['anonymous group кілька мешканців / розповіли']);
    expect(brief('Больницу перепрофилируют, рассказала одна из медсестер.', 'ru')).toEqual(['anonymous person одна из медсестер / рассказала']);
    expect(brief('Лікарню перепрофілюють, розповіла одна з медсестер, яка попросила не називати її імені.', 'uk')).toEqual([
      'anonymous person одна з медсестер, яка попросила не називати її імені / розповіла',
    ]);
  });

  it('reads an indictment or an expert\'s conclusion as a document', () => {
    expect(brief('Согласно обвинительному заключению, он получил 4 млн рублей.', 'ru')).toEqual(['on-record document обвинительному заключению / Согласно']);
  });

  it('reads the mass media no name follows as unnamed outlets', () => {
    expect(brief('У ЗМІ пишуть, що новим головою митниці може стати заступник міністра.', 'uk')).toEqual(['anonymous publication ЗМІ / пишуть']);
    expect(brief('Местные СМИ сообщили, что пожар потушен.', 'ru')).toEqual(['anonymous publication Местные СМИ / сообщили']);
    // A named outlet stays on the record, "агентство" an outlet's word in Ukrainian as in Russian.
    expect(brief('Про це пише агентство Reuters.', 'uk')).toEqual(['on-record publication агентство Reuters / пише']);
  });

  it('reads the genitive plural of a noun in -ка ("одна з мешканок")', () => {
    // (What the workers promise, an infinitive, is a report inside hers.)
    expect(brief('Як розповіла одна з мешканок будинку, комунальники обіцяють усе полагодити.', 'uk')).toEqual([
      'anonymous person одна з мешканок будинку / Як розповіла', 'anonymous group комунальники / обіцяють',
    ]);
    expect(brief('Как рассказала одна из пенсионерок, в подъезде холодно.', 'ru')).toEqual(['anonymous person одна из пенсионерок / Как рассказала']);
    // (After a credit of someone's words, one out of a plural the lexicon does not know is one of some people.)
    expect(brief('По словам одного из дольщиков «Липового парка», стройка стоит.', 'ru')).toEqual(['anonymous person одного из дольщиков «Липового парка» / По словам']);
    // (A noun in -ий keeps its "и" in its other cases: "в комментарии" is an occasion of speaking, as "комментарий" is.)
    expect(brief('Пресс-секретарь Вероника Дьячкова в комментарии «Вестнику» опровергла информацию о переговорах.', 'ru')).toEqual([
      'on-record person Пресс-секретарь Вероника Дьячкова / опровергла',
    ]);
  });

  it('reads "one of them" as one out of people the article spoke of, the pronoun after taking its kind', () => {
    const ru = 'По данным осведомленных источников, сделка может сорваться. Один из них утверждает, что покупатель потребовал скидку. В случае отказа продавца покупатель выйдет из переговоров, добавил он.';
    expect(brief(ru, 'ru')).toEqual(['anonymous group источников / По данным', 'anonymous person Один из них / утверждает', 'anonymous person он / добавил']);
    expect(brief('Одна з них розповіла, що покупець вимагав знижку.', 'uk')).toEqual(['anonymous person Одна з них / розповіла']);
  });

  it('reads the imperfective past of "write" as a cue', () => {
    expect(brief('Японские СМИ ранее писали, что Токио готов к консультациям.', 'ru')).toEqual(['anonymous publication Японские СМИ / писали']);
    expect(brief('Газета писала, що переговори відновлять.', 'uk')).toEqual(['on-record publication Газета / писала']);
  });

  it('reads an outlet with a quoted title, then whom it quotes, as two parties', () => {
    expect(brief('«Решение уже принято», — цитирует Telegram-канал «Донской вестник» собеседника в областном правительстве.', 'ru')).toEqual([
      'on-record publication Telegram-канал «Донской вестник» / цитирует',
      'anonymous person собеседника в областном правительстве / цитирует',
    ]);
  });
});

describe('a source noun before a count of a group (ru)', () => {
  it('keeps the noun whose complement the count is', () => {
    const brief = (text: string) => one(text, 'ru').map((a) => `${a.kind} ${a.type} ${a.source}`);
    expect(brief('Сотрудник одного из магазинов рассказал, что цены вырастут.')).toEqual(['anonymous person Сотрудник одного из магазинов']);
    // (Or placed in it by a preposition, a name of whose source between.)
    expect(brief('Собеседник «Делового курса» в одной из крупных компаний считает, что цены вырастут.')).toEqual([
      'anonymous person Собеседник «Делового курса» в одной из крупных компаний',
    ]);
    expect(brief('Один из источников сообщил, что цены вырастут.')).toEqual(['anonymous person Один из источников']);
    // A body's voice who asks not to be named is one of its people.
    expect(brief('Представитель одной из крупных сетей, пожелавший остаться неназванным, рассказал, что цены вырастут.')).toEqual([
      'anonymous person Представитель одной из крупных сетей, пожелавший остаться неназванным',
    ]);
  });
});

describe('a source after its verb, what it says opening the sentence with a noun (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.kind} ${a.type} ${a.source}`);
  it('takes the phrase closing the sentence, not the clause before the comma', () => {
    expect(brief('Компания закроет завод, сообщил источник.', 'ru')).toEqual(['anonymous person источник']);
    expect(brief('Компания закроет завод, сообщил РБК источник в правительстве.', 'ru')).toEqual(['anonymous person источник в правительстве']);
    expect(brief('Покупець вийде з переговорів, додав він.', 'uk')).toEqual(['on-record person він']);
    // Past a word of the closed class of those told.
    expect(brief('Компания закроет завод, сообщил журналистам источник.', 'ru')).toEqual(['anonymous person источник']);
    expect(brief('Про це розповів журналістам співрозмовник у міністерстві.', 'uk')).toEqual(['anonymous person співрозмовник у міністерстві']);
  });

  it('keeps a subject with an aside set off by commas, and a determined object after the verb is no source', () => {
    expect(brief('Співробітник посольства, який попросив не називати його імені, підтвердив цю інформацію.', 'uk')).toEqual([
      'anonymous person Співробітник посольства, який попросив не називати його імені',
    ]);
    expect(brief('Сергей Иванов, глава компании, заявил, что завод закроют.', 'ru')).toEqual(['on-record person Сергей Иванов, глава компании']);
  });
});

describe('a perfective verb in the future (uk)', () => {
  it('reports nothing yet, unlike its past and an imperfective present', () => {
    const brief = (text: string) => one(text, 'uk').map((a) => `${a.source} / ${a.cue}`);
    expect(brief('У разі зміни тарифів компанія попередить клієнтів за місяць.')).toEqual([]);
    expect(brief('Міністр заявить про це завтра.')).toEqual([]);
    expect(brief('Міністр заявив, що ціни зростуть.')).toEqual(['Міністр / заявив']);
    expect(brief('Міністр говорить, що ціни зростуть.')).toEqual(['Міністр / говорить']);
  });
});

describe('a belief after a two-word credit around a possessive pronoun (uk, ru)', () => {
  it('is what the credited source reports, no informant of its own', () => {
    const brief = (text: string, language: string) => one(text, language).map((a) => `${a.source} / ${a.cue}`);
    expect(brief('По его словам, в правительстве уверены, что дефицит удастся закрыть.', 'ru')).toEqual(['его / словам']);
    expect(brief('За його словами, в уряді впевнені, що дефіцит вдасться закрити.', 'uk')).toEqual(['його / словами']);
  });
});

describe('a place the lexicon does not know, after a locative preposition, beside a plural verb with no subject (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('is a body speaking, before the verb or after it', () => {
    expect(brief('В клубе отметили, что игрок здоров.', 'ru')).toEqual(['on-record organization клубе / отметили']);
    expect(brief('В областном облздраве отметили, что больниц мало.', 'ru')).toEqual(['on-record organization областном облздраве / отметили']);
    expect(brief('Игрок здоров, уточнили в клубе.', 'ru')).toEqual(['on-record organization клубе / уточнили']);
    expect(brief('У виконкомі пояснюють, що грошей немає.', 'uk')).toEqual(['on-record organization виконкомі / пояснюють']);
  });

  it('is no source when it is a time, an occasion, a territory or not in the locative, or when the verb is singular', () => {
    expect(brief('В пятницу отметили, что игрок здоров.', 'ru')).toEqual([]);
    expect(brief('В эфире отметили, что игрок здоров.', 'ru')).toEqual([]);
    expect(brief('В городе говорят, что вода грязная.', 'ru')).toEqual([]);
    expect(brief('У відповідь зазначили, що гравець здоровий.', 'uk')).toEqual([]);
    expect(brief('Про подорожчання проїзду в місті говорили ще з осені.', 'uk')).toEqual([]);
    expect(brief('В клубе отметил, что игрок здоров.', 'ru')).toEqual([]);
  });
});

describe('credits of a version, a forecast, an admission, and data from a body the lexicon does not know (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('credits the noun after them; a common noun the lexicon does not know after a credit of data is a body', () => {
    expect(brief('По версии следствия, он сбежал.', 'ru')).toEqual(['on-record organization следствия / По версии']);
    expect(brief('За даними слідства, він втік.', 'uk')).toEqual(['on-record organization слідства / За даними']);
    expect(brief('По прогнозу синоптиков, будет дождь.', 'ru')).toEqual(['anonymous group синоптиков / По прогнозу']);
    expect(brief('По его признанию, он устал.', 'ru')).toEqual(['on-record person его / признанию']);
    expect(brief('Згідно зі звітом палати, гроші зникли.', 'uk')).toEqual(['on-record document звітом палати / Згідно зі']);
  });

  it('credits no date or year', () => {
    expect(brief('За даними на понеділок, він втік.', 'uk')).toEqual([]);
    expect(brief('По данным на утро пятницы, он сбежал.', 'ru')).toEqual([]);
  });
});

describe('a bare noun of a person with no earlier mention of its noun (uk, ru)', () => {
  const sources = kindSourceIndex;
  it('is who spoke last, in its sentence or the one before, when their verbs agree in gender', () => {
    expect(sources('Завідувачка відділення Ірина Савчин наголосила, що пік близько. «Не займайтеся самолікуванням», — сказала лікарка.', 'uk')).toEqual([
      'on-record Завідувачка відділення Ірина Савчин 1', 'on-record лікарка 1',
    ]);
    // (Where it was said, after the source, is no part of it.)
    expect(sources('Тренер команди Василь Дячук переконаний, що новачок посилить оборону. «Він сучасний гравець», — сказав наставник на пресконференції.', 'uk')).toEqual([
      'on-record Тренер команди Василь Дячук 1', 'on-record наставник 1',
    ]);
    expect(sources('Один из жителей рассказал, что машины крадут. «Нам никто ничего не объяснял», — говорит мужчина.', 'ru')).toEqual([
      'anonymous Один из жителей 1', 'anonymous мужчина 1',
    ]);
    // (A quotation of several sentences the verb closes runs on from who spoke before it; a singular past verb is no
    // group's of the same noun further back.)
    expect(sources('Опрошенные изданием эксперты сходятся во мнении, что сделка близка. Политолог Ирина Лапшина считает, что молчание — хороший знак. «Стороны молчат. Утечка опасна», — пояснила эксперт.', 'ru')).toEqual([
      'anonymous Опрошенные изданием эксперты 1', 'on-record Политолог Ирина Лапшина 2', 'on-record эксперт 2',
    ]);
    // (And a credit set off by commas stands between a subject and its verb.)
    expect(sources('Хирург Петр Садовский проработал в больнице 34 года и, по его словам, предупреждал руководство о кризисе.\n\n— Хирургов в районе не будет. Я сам готов поработать, — рассказал врач.', 'ru')).toEqual([
      'on-record Хирург Петр Садовский 1', 'on-record его 1', 'on-record врач 1',
    ]);
    // (An office's unnamed holder may be the one who spoke; a source, "собеседник", may not: below.)
    expect(sources("Заступник директора агентства Роман Пилипенко заперечив зв'язок із компанією. «Я ніколи не впливав на тендери», — заявив посадовець.", 'uk')).toEqual([
      'on-record Заступник директора агентства Роман Пилипенко 1', 'on-record посадовець 1',
    ]);
    // (After a credit of someone's words, in the genitive, "-ы" is one person's ending, not a plural's; past direct speech
    // that goes on in the speaker's paragraph.)
    expect(sources('— Нас никто не предупредил, — рассказала пенсионерка Валентина Семушкина. — Если бы не сын, я бы там и осталась.\n\nПо словам женщины, вода пришла ночью.', 'ru')).toEqual([
      'on-record пенсионерка Валентина Семушкина 1', 'on-record женщины 1',
    ]);
    expect(sources('— Нас ніхто не попередив, — розповіла пенсіонерка Валентина Сьомушкіна. — Якби не син, я б там і залишилася.\n\nЗа словами жінки, вода прийшла вночі.', 'uk')).toEqual([
      'on-record пенсіонерка Валентина Сьомушкіна 1', 'on-record жінки 1',
    ]);
  });

  it('is someone else when the genders differ, when it is an unnamed insider, or when no one spoke just before', () => {
    expect(sources('Завідувачка відділення Ірина Савчин наголосила, що пік близько. «Не займайтеся самолікуванням», — сказав лікар.', 'uk')).toEqual([
      'on-record Завідувачка відділення Ірина Савчин 1', 'anonymous лікар 2',
    ]);
    expect(sources('Министр Иван Петров заявил, что всё хорошо. «Всё плохо», — сказал собеседник.', 'ru')).toEqual([
      'on-record Министр Иван Петров 1', 'anonymous собеседник 2',
    ]);
    expect(sources('«Не займайтеся самолікуванням», — сказала лікарка.', 'uk')).toEqual(['anonymous лікарка 1']);
    // (Not past a new paragraph of someone's speech, nor past a sentence that is no one's speech.)
    expect(sources('— Нас никто не предупредил, — рассказала пенсионерка Валентина Семушкина. Вода поднялась за час.\n\nПо словам женщины, вода пришла ночью.', 'ru')).toEqual([
      'on-record пенсионерка Валентина Семушкина 1', 'anonymous женщины 2',
    ]);
    // (Nor is "жителей", the genitive plural, one person.)
    expect(one('По словам жителей, воду отключили.', 'ru').map((a) => a.type)).toEqual(['group']);
  });
});

describe('a description of several words that repeats an earlier one (uk, ru)', () => {
  const sources = kindSourceIndex;
  it('is the one it described, named or not', () => {
    expect(sources('Головна лікарка лікарні Ірина Гайова розповіла про ремонт. «Ми чекаємо грошей», — сказала головна лікарка.', 'uk')).toEqual([
      'on-record Головна лікарка лікарні Ірина Гайова 1', 'on-record головна лікарка 1',
    ]);
    expect(sources('Главный врач больницы Ирина Гаева рассказала о ремонте. «Мы ждем денег», — сказала главный врач.', 'ru')).toEqual([
      'on-record Главный врач больницы Ирина Гаева 1', 'on-record главный врач 1',
    ]);
  });
  it('is someone else when the earlier description lacks one of its words', () => {
    expect(sources('Головна лікарка лікарні Ірина Гайова розповіла про ремонт. «Ми чекаємо грошей», — сказала місцева лікарка.', 'uk')).toEqual([
      'on-record Головна лікарка лікарні Ірина Гайова 1', 'anonymous місцева лікарка 2',
    ]);
    expect(sources('«Мы ждем денег», — сказала главный врач.', 'ru')).toEqual(['anonymous главный врач 1']);
  });
});

describe('settings that end in a quoted name after any word, and the feminines of nouns of persons (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads past a setting before the verb that ends in a quoted name', () => {
    expect(brief('Президент клубу Роман Ткачук у коментарі «Спортивному тижню» заявив, що сума велика.', 'uk')).toEqual([
      'on-record person Президент клубу Роман Ткачук / заявив',
    ]);
    expect(brief('Синоптикиня Лариса Гончарук у коментарі радіо «Голос краю» попередила, що буде вітер.', 'uk')).toEqual([
      'on-record person Синоптикиня Лариса Гончарук / попередила',
    ]);
    expect(brief('Министр Иван Петров в интервью «Коммерсанту» заявил, что налог вырастет.', 'ru')).toEqual(['on-record person Министр Иван Петров / заявил']);
  });

  it('knows a feminine derived from a noun of persons, after whom it was told to as well', () => {
    expect(brief('Про це розповіла режисерка вистави.', 'uk')).toEqual(['anonymous person режисерка вистави / розповіла']);
    expect(brief("Як розповіла виданню режисерка постановки Мар'яна Стецюк, репетиції тривали пів року.", 'uk')).toEqual([
      "on-record person режисерка постановки Мар'яна Стецюк / Як розповіла",
    ]);
    // (Not a word that only ends as a feminine does.)
    expect(brief('Заявка свідчить, що все добре.', 'uk')).toEqual([]);
  });
});

describe('an impersonal verb of saying (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.type} ${a.source} / ${a.cue}`);
  it('has no subject: only a text or a body after a locative preposition says it, whatever follows', () => {
    expect(brief('Суд отменил постановление мэрии, говорится в решении суда.', 'ru')).toEqual(['document решении суда / говорится']);
    expect(brief('Суд отменил решение мэрии, говорится в решении суда, опубликованном в картотеке.', 'ru')).toEqual(['document решении суда / говорится']);
    expect(brief('В документе отмечается, что налог вырастет.', 'ru')).toEqual(['document документе / отмечается']);
    expect(brief('Йдеться про понад 400 людей.', 'uk')).toEqual([]);
  });
  it('is no other verb than its own: a reflexive verb is not the verb without its postfix', () => {
    expect(brief('Суд признал незаконным постановление мэрии.', 'ru')).toEqual([]);
    expect(brief('Директор признался, что ошибся.', 'ru')).toEqual(['person Директор / признался']);
    // (Nor a perfective reflexive's future: "погодиться" is not "погодився".)
    expect(brief('Джерело сказало, що Київ погодиться на зустріч.', 'uk')).toEqual(['person Джерело / сказало']);
  });
});

describe('a body named by a quoted title after its noun, and one closing the sentence after its verb (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads a noun the lexicon does not know, with the title after it, as a named body; no word of the title heads it', () => {
    expect(brief('Футбольний клуб «Карпатський лев» оголосив про підписання контракту.', 'uk')).toEqual([
      'on-record organization Футбольний клуб «Карпатський лев» / оголосив',
    ]);
    expect(brief('Движение «Чистый берег» заявило, что акция пройдет.', 'ru')).toEqual(['on-record organization Движение «Чистый берег» / заявило']);
    expect(brief('В движении «Чистый берег» заявили, что акция пройдет.', 'ru')).toEqual(['on-record organization движении «Чистый берег» / заявили']);
  });

  it('reads a common noun the lexicon does not know closing the sentence after a singular verb as a body, not an object before a colon', () => {
    expect(brief('На выходных придет похолодание, сообщает региональный гидрометцентр.', 'ru')).toEqual([
      'on-record organization региональный гидрометцентр / сообщает',
    ]);
    expect(brief('Один з моїх співрозмовників, говорячи про пропаганду, процитував старовинну приказку: «Все минає».', 'uk')).toEqual([
      'anonymous person Один з моїх співрозмовників / процитував',
    ]);
  });
});

describe('promising, advising, describing, drawing attention (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.source} / ${a.cue}`);
  it('report before a clause, or after a quotation set off by a comma and a dash; not before an object alone', () => {
    expect(brief('Мер пообіцяв, що дорогу відремонтують.', 'uk')).toEqual(['Мер / пообіцяв']);
    expect(brief('Мэр пообещал помощь.', 'ru')).toEqual([]);
    expect(brief('«Не займайтеся самолікуванням», — порадила лікарка.', 'uk')).toEqual(['лікарка / порадила']);
    expect(brief('«Все добре», — визнав міністр.', 'uk')).toEqual(['міністр / визнав']);
    expect(brief('Аудитори також звертають увагу, що гроші зникли.', 'uk')).toEqual(['Аудитори / звертають увагу']);
    expect(brief('Эксперты обращают внимание, что цены растут.', 'ru')).toEqual(['Эксперты / обращают внимание']);
  });
  it('credit what follows from a text', () => {
    expect(brief('Как следует из постановления правительства, налог вырастет.', 'ru')).toEqual(['постановления правительства / следует из']);
    expect(brief('Як випливає з постанови уряду, податок зросте.', 'uk')).toEqual(['постанови уряду / випливає з']);
  });
});

describe('the subject’s own channel, the emphatic "сам", and asides between a subject and its verb (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads no source in what a reflexive possessive places the statement in', () => {
    expect(brief('Сам футболіст написав у своєму Instagram, що мріяв грати за клуб.', 'uk')).toEqual(['on-record person Сам футболіст / написав']);
    expect(brief('Игрок написал в своем телеграм-канале, что вернется.', 'ru')).toEqual(['anonymous person Игрок / написал']);
  });

  it('reads an article as a text, and a subject closing in a quoted name before a setting', () => {
    expect(brief('В статье подчеркивается, что налог вырастет.', 'ru')).toEqual(['on-record document статье / подчеркивается']);
    expect(brief('Региональный оператор «ЭкоЛиния» в письме на имя главы поселка утверждает, что нарушений нет.', 'ru')).toEqual([
      'on-record organization Региональный оператор «ЭкоЛиния» / утверждает',
    ]);
  });

  it('skips a comment clause set off by commas, a quoted name in it too', () => {
    expect(brief('Министр финансов Олег Воронцов, как передает агентство «Регион-Информ», заявил, что налог вырастет.', 'ru')).toEqual([
      'on-record person Министр финансов Олег Воронцов / заявил', 'on-record publication агентство «Регион-Информ» / как передает',
    ]);
  });
});

describe('beliefs of one unnamed with no determiner, and "on the contrary" set off by commas (uk, ru)', () => {
  const brief = kindSourceCue;
  it('reads "Аналітик вважає" as "an analyst believes": an informant', () => {
    expect(brief('Аналітик вважає, що тарифи зростуть.', 'uk')).toEqual(['anonymous Аналітик / вважає']);
    expect(brief('Аналитик считает, что тарифы вырастут.', 'ru')).toEqual(['anonymous Аналитик / считает']);
  });
  it('skips "навпаки", "напротив" between the subject and its verb; "Сама" before a name is no body', () => {
    expect(brief('Голова асоціації Микола Бабій, навпаки, вважає, що ціни зростуть.', 'uk')).toEqual(['on-record Голова асоціації Микола Бабій / вважає']);
    expect(brief('Глава ассоциации Николай Бабий, напротив, считает, что цены вырастут.', 'ru')).toEqual(['on-record Глава ассоциации Николай Бабий / считает']);
    expect(one('Сама Гнатюк розповіла, що вистава готова.', 'uk').map((a) => a.type)).toEqual(['person']);
  });
});

describe('a quoting verb with two parties in either order (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.type} ${a.source}`);
  it('reads the one quoted first, closing in a name, then the outlet; and an outlet before the one quoted', () => {
    expect(brief('«Ми впораємося», — цитує заступника міністра Олексія Граніна портал «Заріччя».', 'uk')).toEqual([
      'publication портал «Заріччя»', 'person заступника міністра Олексія Граніна',
    ]);
    expect(brief('«Зерно дорожчає», — цитує видання «Агроогляд» фермера з Кіровоградщини.', 'uk')).toEqual([
      'publication видання «Агроогляд»', 'person фермера з Кіровоградщини',
    ]);
    expect(brief('«Мы справимся», — цитирует РИА Новости заместителя министра Алексея Гранина.', 'ru')).toEqual([
      'publication РИА Новости', 'person заместителя министра Алексея Гранина',
    ]);
  });
});

describe('naming verbs, the agent of a participle before the head, and a critic by name (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads a naming verb only before a quotation of what something is called', () => {
    expect(brief('Критик журнала Денис Ковалев назвал спектакль «событием сезона».', 'ru')).toEqual(['on-record person Критик журнала Денис Ковалев / назвал']);
    expect(brief('Мер назвав рішення «необґрунтованим».', 'uk')).toEqual(['on-record person Мер / назвав']);
    expect(brief('Он назвал сына Иваном.', 'ru')).toEqual([]);
    expect(brief('Компанию назвали «Ромашка».', 'ru')).toEqual([]);
  });
  it('or before what something is called in the instrumental, a common noun', () => {
    expect(brief('Европейский дипломат назвал главным камнем преткновения механизм контроля.', 'ru')).toEqual([
      'anonymous person Европейский дипломат / назвал',
    ]);
    expect(brief('Міністр назвав головною перешкодою механізм контролю.', 'uk')).toEqual(['on-record person Міністр / назвав']);
    expect(brief('Компания назвала сумму сделки.', 'ru')).toEqual([]);
    // (A plural adjective in the instrumental; what it is called may come first, quoted, though not a name.)
    expect(brief('Министр назвал необоснованными сообщения прессы.', 'ru')).toEqual(['on-record person Министр / назвал']);
    expect(brief('Министр назвал «преждевременными» сообщения прессы.', 'ru')).toEqual(['on-record person Министр / назвал']);
    expect(brief('Міністр назвав «передчасними» повідомлення преси.', 'uk')).toEqual(['on-record person Міністр / назвав']);
    expect(brief('Они назвали «Ромашкой» новый сорт.', 'ru')).toEqual([]);
  });
  it('reads a finite naming verb after its object and before a quoted characterisation', () => {
    expect(kindSourceCue('В пресс-службе губернатора эту информацию назвали «домыслами».', 'ru')).toEqual(['on-record пресс-службе губернатора / назвали']);
    expect(kindSourceCue('У пресслужбі губернатора цю інформацію назвали «вигадками».', 'uk')).toEqual(['on-record пресслужбі губернатора / назвали']);
  });

  it('takes no source after a naming verb, and finds the one before a setting with modifiers or after a dashed apposition', () => {
    expect(brief('Владелец ТЭЦ — компания «Энергоресурс» — в официальном заявлении назвал эти данные устаревшими.', 'ru')).toEqual([
      'on-record organization Владелец ТЭЦ — компания «Энергоресурс» / назвал',
    ]);
    expect(brief('Министр в официальном заявлении отметил, что данные устарели.', 'ru')).toEqual(['on-record person Министр / отметил']);
  });
  it('heads "Опрошенные изданием эксперты" by the experts, not the outlet that asked them', () => {
    expect(brief('Опрошенные изданием эксперты полагают, что цены вырастут.', 'ru')).toEqual(['anonymous group Опрошенные изданием эксперты / полагают']);
    expect(brief('Опитані виданням експерти вважають, що ціни зростуть.', 'uk')).toEqual(['anonymous group Опитані виданням експерти / вважають']);
  });
  it('reads one critic as a person, named or not, and critics as a group', () => {
    expect(brief('Критик Денис Ковальов заявив, що вистава гарна.', 'uk')).toEqual(['on-record person Критик Денис Ковальов / заявив']);
    expect(brief('Критики считают, что реформа провалилась.', 'ru')).toEqual(['anonymous group Критики / считают']);
  });
});

describe('a comment clause opening the sentence (ru)', () => {
  it('gives its source no descriptor that runs to the sentence end: that is the main clause', () => {
    const r = one('Как сообщает официальный сайт клуба, нападающий Артем Лисицын пропустит матчи из-за травмы.', 'ru');
    expect(r.map((a) => a.source)).toEqual(['официальный сайт клуба']);
    expect(one('Как сообщил источник, пожелавший остаться неназванным, решение принято.', 'ru').map((a) => a.source)).toEqual(['источник, пожелавший остаться неназванным']);
  });
});

describe('a personal name right before the verb (uk)', () => {
  it('closes the subject: what comes before it is no setting', () => {
    const r = one('Член делегації на переговорах Павло Ярема заявив, що Київ не підпише документа.', 'uk');
    expect(r.map((a) => `${a.kind} ${a.type}`)).toEqual(['on-record person']);
    expect(r[0].source).toContain('Павло Ярема');
  });
});

describe('joined complements of one noun (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.type} ${a.source}`);
  it('keep the body or the office whole', () => {
    expect(brief('Міністерство освіти і науки повідомило, що школи відкриються.', 'uk')).toEqual(['organization Міністерство освіти і науки']);
    expect(brief('У Міністерстві освіти і науки підтвердили, що школи відкриються.', 'uk')).toEqual(['organization Міністерстві освіти і науки']);
    expect(brief('Министр науки и высшего образования Иван Петров заявил, что все хорошо.', 'ru')).toEqual(['person Министр науки и высшего образования Иван Петров']);
    // (Two nouns of people joined stay two conjuncts.)
    expect(brief('Аналитики и эксперты рынка считают, что цены вырастут.', 'ru')).toEqual(['group Аналитики и эксперты рынка']);
  });
});

describe('drawing attention only before a clause, places only after a placing preposition, seasons, impersonal "пояснюється" (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.type} ${a.source} / ${a.cue}`);
  it('reads drawing attention as a cue only before the clause it introduces', () => {
    expect(brief('Аудитори також звертають увагу, що гроші зникли.', 'uk')).toEqual(['group Аудитори / звертають увагу']);
    expect(brief('Громадська організація звернула увагу на проблемні тендери.', 'uk')).toEqual([]);
  });
  it('reads no body in what "до" governs, and no one in a season opening the sentence', () => {
    expect(brief('У «Білозір’ї» на запитання до моменту публікації не відповіли.', 'uk').filter((a) => a.includes('моменту'))).toEqual([]);
    expect(brief('Узимку, зазначила посадовиця, дорога туди може забирати понад дві години.', 'uk').filter((a) => a.includes('Узимку'))).toEqual([]);
  });
  it('reads a text after "в/у" before the impersonal "пояснюється", "поясняется"', () => {
    expect(brief('У листі пояснюється, що ціни зростуть.', 'uk')).toEqual(['document листі / пояснюється']);
    expect(brief('В письме поясняется, что цены вырастут.', 'ru')).toEqual(['document письме / поясняется']);
  });
  it('passes over a setting of a meeting or a reply before the verb', () => {
    expect(brief('Речниця компанії Ганне Лаурсен у відповідь на запит «Kystposten» заявила, що все добре.', 'uk')).toEqual([
      'person Речниця компанії Ганне Лаурсен / заявила',
    ]);
  });
});

describe('feminines of roles, asides that continue the clause, and a named person after a prepositional phrase (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('knows the feminine in -иця of a noun in -ик or -ець, and in -ница of one in -ь', () => {
    expect(brief('«Справа розвалюється», — сказала захисниця.', 'uk')).toEqual(['anonymous person захисниця / сказала']);
    expect(brief('Узимку, зазначила посадовиця, дорога туди може забирати понад дві години.', 'uk')).toEqual(['anonymous person посадовиця / зазначила']);
    expect(brief('Писательница рассказала журналистам, что книга выйдет весной.', 'ru').map((a) => a.split(' / ')[1])).toEqual(['рассказала']);
  });
  it('ends a source set off in an aside before the clause that goes on after it', () => {
    expect(brief('Узимку, зазначив міністр, дорога туди може забирати понад дві години.', 'uk')).toEqual(['on-record person міністр / зазначив']);
  });
  it('reads a named person after the verb before a phrase that stands after a preposition of its own', () => {
    expect(brief('Про це на засіданні комісії з питань охорони здоров’я повідомила головна лікарка закладу Ірина Ковальчук.', 'uk')).toEqual([
      'on-record person головна лікарка закладу Ірина Ковальчук / повідомила',
    ]);
  });
});

describe('one of them after the verb or a credit (uk, ru)', () => {
  it('reads the count with its pronoun as one unnamed person', () => {
    const brief = kindSourceCue;
    expect(brief('«Нам не платять», — сказала одна з них.', 'uk')).toEqual(['anonymous одна з них / сказала']);
    expect(brief('По словам одного из них, цены вырастут.', 'ru')).toEqual(['anonymous одного из них / По словам']);
  });
});

describe('one whose own description says why they may not be named (uk, ru)', () => {
  it('is anonymous, a body\'s voice too; a body stays on the record', () => {
    const brief = (text: string, language: string) => one(text, language).map((a) => `${a.kind} ${a.cue}`);
    expect(brief('Представник компанії, який не мав права коментувати переговори, розповів, що угоду підпишуть.', 'uk')).toEqual(['anonymous розповів']);
    expect(brief('Видання пише, посилаючись на двох представників адміністрації, які не мали права публічно обговорювати це питання, що угоду підпишуть.', 'uk'))
      .toEqual(['on-record пише', 'anonymous посилаючись на']);
  });
});

describe('an owner past a body placed by a preposition of its own (uk)', () => {
  it('is the source noun further back', () => {
    const r = analyse('Співрозмовник у закупівельному відділі однієї з великих мереж сказав, що ціни зростуть. «Покупець усе одно заплатить», – пояснив він.', { language: 'uk' });
    expect(r.attributions.map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'anonymous person Співрозмовник у закупівельному відділі однієї з великих мереж', 'anonymous person він',
    ]);
  });
});

describe('findings of a text, and a plural text before a singular past verb (uk, ru)', () => {
  const brief = (text: string, language: string) => one(text, language).map((a) => `${a.type} ${a.source} / ${a.cue}`);
  it('reads "свідчать", "показал" after a text as its finding', () => {
    expect(brief('Дані свідчать, що ціни зростуть.', 'uk')).toEqual(['document Дані / свідчать']);
    expect(brief('Опрос показал, что цены вырастут.', 'ru')).toEqual(['document Опрос / показал']);
    expect(brief('Футболіст показав гарну гру.', 'uk')).toEqual([]);
  });
  it('reads the phrase after a singular past verb as its subject, not the plural text before it', () => {
    expect(brief('Ці дані підтвердила судова експертиза, проведена на замовлення слідства.', 'uk')).toEqual(['document судова експертиза / підтвердила']);
    expect(brief('Ці дані підтвердив міністр.', 'uk')).toEqual(['person міністр / підтвердив']);
  });
});

describe('a belief right after a quotation (uk, ru)', () => {
  it('is held by the one whose words it quotes, an informant', () => {
    const brief = kindSourceCue;
    expect(brief('«Дві години дороги – це неприйнятний ризик», – переконана Гребенюк.', 'uk')).toEqual(['on-record Гребенюк / переконана']);
    expect(brief('«Риск велик», — уверена Гребенюк.', 'ru')).toEqual(['on-record Гребенюк / уверена']);
  });
});

describe('committing oneself before an infinitive (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads the promise as a cue', () => {
    expect(brief('Дорошук пообіцяв винести це питання на розгляд депутатів.', 'uk')).toEqual(['on-record person Дорошук / пообіцяв']);
    expect(brief('Мэр пообещал не повышать тарифы.', 'ru')).toEqual(['on-record person Мэр / пообещал']);
  });
  it('reads nothing before a noun', () => {
    expect(brief('Він пообіцяв допомогу.', 'uk')).toEqual([]);
    expect(brief('Он пообещал помощь.', 'ru')).toEqual([]);
  });
});

describe('findings with the document after the verb, and passing on (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads a finding verb in a comment clause or before its document', () => {
    expect(brief('Як свідчать дані системи закупівель, ціна зросла.', 'uk')).toEqual(['on-record document дані системи закупівель / Як свідчать']);
    expect(brief('Про це свідчать дані аналітичної компанії.', 'uk')).toEqual(['on-record document дані аналітичної компанії / свідчать']);
    expect(brief('Как показал опрос, цены выросли.', 'ru')).toEqual(['on-record document опрос / Как показал']);
  });
  it('reads no finding where what showed it is no document', () => {
    expect(brief('Як показав досвід, ціна зросла.', 'uk')).toEqual([]);
    expect(brief('Как показывает практика, цены растут.', 'ru')).toEqual([]);
  });
  it('reads passing on only before a clause, beside a quotation or before a name that reports', () => {
    expect(brief('Ціни зросли, передає Укрінформ.', 'uk')).toEqual(['on-record publication Укрінформ / передає']);
    expect(brief('Об этом передает ТАСС.', 'ru')).toEqual(['on-record publication ТАСС / передает']);
    expect(brief('Міністр передав, що зустріч відбудеться.', 'uk')).toEqual(['on-record person Міністр / передав']);
    expect(brief('Лікарня вже передала слідчим усю документацію.', 'uk')).toEqual([]);
    expect(brief('Больница передала следователям все документы.', 'ru')).toEqual([]);
  });
});

describe('insisting, and a named person’s own view (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads insisting before a clause or beside a quotation, not insisting on something', () => {
    expect(brief('Колишній директор також наполягав, що всі закупівлі були чесними.', 'uk')).toEqual(['on-record person Колишній директор / наполягав']);
    expect(brief('«Я невинний», — наполягає Петрук.', 'uk')).toEqual(['on-record person Петрук / наполягає']);
    expect(brief('Он настаивает на встрече.', 'ru')).toEqual([]);
  });
  it('reads the perfective, whose Ukrainian past changes its vowel, as the imperfective is read', () => {
    expect(brief('Водночас він наполіг, що кожен випадок розглядають.', 'uk')).toEqual(['on-record person він / наполіг']);
    expect(brief('Вона наполягла, що кожен випадок розглядають.', 'uk')).toEqual(['on-record person Вона / наполягла']);
    expect(brief('Министр настоял, что сроки не изменятся.', 'ru')).toEqual(['on-record person Министр / настоял']);
    expect(brief('Він наполіг на зустрічі.', 'uk')).toEqual([]);
  });
  it('reads the view of a person named, or whom a pronoun stands for, before the clause that holds it', () => {
    expect(brief('Петро Кравчук переконаний, що ціни впадуть.', 'uk')).toEqual(['on-record person Петро Кравчук / переконаний']);
    expect(brief('Он уверен, что цены упадут.', 'ru')).toEqual(['on-record person Он / уверен']);
    // (Not a belief in someone.)
    expect(brief('Петро Кравчук вважає його другом.', 'uk')).toEqual([]);
  });
  it('and the view of a body the article names', () => {
    expect(brief('Отраслевое министерство, напротив, считает, что запрет оправдан.', 'ru')).toEqual(['on-record organization Отраслевое министерство / считает']);
    expect(brief('Міністерство вважає, що заборона виправдана.', 'uk')).toEqual(['on-record organization Міністерство / вважає']);
    expect(brief('Міністерство вважає його партнером.', 'uk')).toEqual([]);
  });
});

describe('texts after an impersonal verb, sites named with a period, and words between a verb and its subject (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads a phrase the lexicon does not know after an impersonal verb and a locative preposition as a text', () => {
    expect(brief('Як зазначається в статистичному бюлетені, ціна зросла.', 'uk')).toEqual(['on-record document статистичному бюлетені / Як зазначається']);
    expect(brief('Как отмечается в квартальном бюллетене, цены выросли.', 'ru')).toEqual(['on-record document квартальном бюллетене / Как отмечается']);
    expect(brief('Про це йдеться в ухвалі суду.', 'uk')).toEqual(['on-record document ухвалі суду / йдеться']);
    // (Not a time.)
    expect(brief('В цьому році зазначається зростання.', 'uk')).toEqual([]);
  });
  it('keeps a quoted name with a period inside a word whole', () => {
    expect(brief('Як писав сайт «Вербове.інфо», школа закрита.', 'uk')).toEqual(['on-record publication сайт «Вербове.інфо» / Як писав']);
  });
  it('passes over a time or a particle between a verb and the subject after it', () => {
    expect(brief('Як повідомляло раніше видання «Вісті краю», школа закрита.', 'uk')).toEqual(['on-record publication видання «Вісті краю» / Як повідомляло']);
    expect(brief('Школа закрыта, сообщает также издание «Вести».', 'ru')).toEqual(['on-record publication издание «Вести» / сообщает']);
  });
});

describe('"и" inside a complement (ru)', () => {
  it('lets "он" stand for one unnamed source whose body’s name holds "и"', () => {
    const r = analyse('Собеседник в министерстве энергетики и ЖКХ рассказал, что котёл старый. «Деньги перебрасывали», — утверждает он.', { language: 'ru' });
    expect(r.attributions.map((a) => `${a.kind} ${a.source.text}`)).toEqual(['anonymous Собеседник в министерстве энергетики и ЖКХ', 'anonymous он']);
    expect(r.sources).toHaveLength(1);
  });
});

describe('an apposition with a quoted name inside it (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('keeps the apposition, whose name makes the source on the record', () => {
    expect(brief('Как рассказал один из организаторов сбора, председатель фан-клуба «Синяя волна» Игорь Панкратов, за неделю собрали миллион.', 'ru')).toEqual([
      'on-record person один из организаторов сбора, председатель фан-клуба «Синяя волна» Игорь Панкратов / Как рассказал',
    ]);
    expect(brief('Пожежа почалася вночі, повідомило джерело, працівник компанії «Регіон».', 'uk')).toEqual([
      'anonymous person джерело, працівник компанії «Регіон» / повідомило',
    ]);
  });
});

describe('a reason for anonymity after a comma, and a setting after an aside (ru, uk)', () => {
  const brief = kindSourceCue;
  it('reads no cue in the reason, and the source before a setting that follows its aside', () => {
    expect(brief('Ещё один эксперт, попросивший не называть его имени, так как центр не комментирует исследования, рассказал, что работа добротная.', 'ru')).toEqual([
      'anonymous Ещё один эксперт, попросивший не называть его имени, так как центр не комментирует исследования / рассказал',
    ]);
    expect(brief('Експерт, який попросив не називати його імені, у розмові з нашим виданням назвав роботу «добротною».', 'uk')).toEqual([
      'anonymous Експерт, який попросив не називати його імені / назвав',
    ]);
  });
});

describe('advising, possessives after a credit, withheld names, establishing, concluding and fearing (uk, ru)', () => {
  const brief = kindSourceCue;
  it('reads advice before an infinitive, after whom it is given to', () => {
    expect(brief('Юристы советуют жильцам обращаться в суд.', 'ru')).toEqual(['anonymous Юристы / советуют']);
    expect(brief('Кравчук радить фермерам не поспішати з продажем.', 'uk')).toEqual(['on-record Кравчук / радить']);
    expect(brief('Він порадив книгу.', 'uk')).toEqual([]);
    // (And demands, before an infinitive in -чь too; not a noun in -ости, "требуют к ответственности" is no infinitive.)
    expect(brief('Адвокат Ирина Голованова потребовала привлечь владельца.', 'ru')).toEqual(['on-record Адвокат Ирина Голованова / потребовала']);
    expect(brief('Мешканці вимагають від мерії відремонтувати міст.', 'uk')).toEqual(['anonymous Мешканці / вимагають']);
    expect(brief('Жители требуют ответа от мэрии.', 'ru')).toEqual([]);
    expect(brief('Министр пообещал новости к ответственности.', 'ru')).toEqual([]);
    // (Not the council's noun, "ради".)
    expect(brief('Як розповів депутат міської ради Олег Бондарук, ремонт почнеться влітку.', 'uk')).toEqual(['on-record депутат міської ради Олег Бондарук / Як розповів']);
  });
  it('reads one a possessive ties to someone after a credit as on the record', () => {
    expect(brief('По словам его адвоката, он невиновен.', 'ru')).toEqual(['on-record его адвоката / По словам']);
    expect(brief('За словами її адвоката, він невинний.', 'uk')).toEqual(['on-record її адвоката / За словами']);
  });
  it('reads one who withholds their own name as anonymous, whoever they are tied to', () => {
    expect(brief('Её сосед, водитель маршрутки, не назвавший своей фамилии, рассказал, что воды нет.', 'ru')).toEqual([
      'anonymous Её сосед, водитель маршрутки, не назвавший своей фамилии / рассказал',
    ]);
    expect(brief('Її сусід, водій маршрутки, який не назвав свого прізвища, розповів, що води немає.', 'uk')).toEqual([
      'anonymous Її сусід, водій маршрутки, який не назвав свого прізвища / розповів',
    ]);
  });
  it('reads a body establishing, people concluding and fearing', () => {
    expect(brief('Как установил суд, директор подписывал акты.', 'ru')).toEqual(['on-record суд / Как установил']);
    expect(brief('Полиция установила личность погибшего.', 'ru')).toEqual([]);
    expect(brief('Науковці дійшли висновку, що ризик вищий.', 'uk')).toEqual(['anonymous Науковці / дійшли висновку']);
    expect(brief('Мешканці побоюються, що воду не дадуть.', 'uk')).toEqual(['anonymous Мешканці / побоюються']);
  });
});

describe('characterising with "как"/"як", and one counted out of a group after an addressee (uk, ru)', () => {
  const brief = kindSourceCue;
  it('reads describing someone as something as a report', () => {
    expect(brief('Соседи задержанного описывают его как тихого человека.', 'ru')).toEqual(['anonymous Соседи задержанного / описывают']);
    expect(brief('Сусіди затриманого описують його як тихого чоловіка.', 'uk')).toEqual(['anonymous Сусіди затриманого / описують']);
    expect(brief('Он описал в книге, как всё было.', 'ru')).toEqual([]);
  });
  it('passes over whom it was told to before one counted out of a group', () => {
    expect(brief('Как рассказала изданию одна из пациенток, очередь растягивается на пять месяцев.', 'ru')).toEqual(['anonymous одна из пациенток / Как рассказала']);
    expect(brief('Як розповіла виданню одна з пацієнток, черга розтягується.', 'uk')).toEqual(['anonymous одна з пацієнток / Як розповіла']);
  });
});

describe('a bare noun pointing back past what its own quotation and a plural mention (uk)', () => {
  it('is the last speaker, whatever person the quotation or a plural subject mentions', () => {
    const r = analyse('На думку економіста центру «Агроіндекс» Тараса Вдовенка, підвищення цін підхоплять й інші виробники. «Коли лідер піднімає ціни, решта підтягується», – зазначив аналітик.', { language: 'uk' });
    expect(r.attributions.map((a) => `${a.kind} ${a.source.text}`)).toEqual(['on-record економіста центру «Агроіндекс» Тараса Вдовенка', 'on-record аналітик']);
    expect(r.sources).toHaveLength(1);
  });
});

describe('a connective opening the sentence before its subject (ru, uk)', () => {
  const brief = kindSourceCue;
  it('keeps the subject with its aside, not the object after the verb', () => {
    expect(brief('Однако люди, близкие к компании, рассказывают другую версию.', 'ru')).toEqual(['anonymous люди, близкие к компании / рассказывают']);
    expect(brief('Однак люди, близькі до компанії, розповідають іншу версію.', 'uk')).toEqual(['anonymous люди, близькі до компанії / розповідають']);
  });
});

describe('complaining about something (ru, uk)', () => {
  const brief = kindSourceCue;
  it('reads a complaint as a claim about what is complained of', () => {
    expect(brief('Терапевты районных поликлиник жалуются на нехватку экспресс-тестов.', 'ru')).toEqual(['anonymous Терапевты районных поликлиник / жалуются']);
    expect(brief('Мешканці скаржаться на різкий запах.', 'uk')).toEqual(['anonymous Мешканці / скаржаться']);
  });
});

describe('places whose users speak (uk, ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads them as an unnamed group, not a body', () => {
    expect(brief('В соцсетях пишут, что мост закрыт.', 'ru')).toEqual(['anonymous group соцсетях / пишут']);
    expect(brief('Міст закрито, пишуть у соцмережах.', 'uk')).toEqual(['anonymous group соцмережах / пишуть']);
    expect(brief('Сеть магазинов сообщила, что мост закрыт.', 'ru')).toEqual(['on-record organization Сеть магазинов / сообщила']);
  });
  it('reads them with an adjective, and not where the place has a complement (a retail chain is a body)', () => {
    expect(brief('В социальных сетях пишут, что мост закрыт.', 'ru')).toEqual(['anonymous group социальных сетях / пишут']);
    expect(brief('У соціальних мережах пишуть, що міст закрито.', 'uk')).toEqual(['anonymous group соціальних мережах / пишуть']);
    expect(brief('В сети магазинов сообщили, что мост закрыт.', 'ru')).toEqual(['on-record organization сети магазинов / сообщили']);
    expect(brief('У мережі супермаркетів повідомили, що міст закрито.', 'uk')).toEqual(['on-record organization мережі супермаркетів / повідомили']);
  });
});

describe('a passive participle aside with its agent, doubting, agreeing, and plural nouns pointing back (ru, uk)', () => {
  const brief = kindSourceCue;
  it('passes over a passive participle aside whose agent is a quoted name', () => {
    expect(brief('Участники рынка, опрошенные «Финансовым курьером», сомневаются, что банк выживет.', 'ru')).toEqual([
      'anonymous Участники рынка, опрошенные «Финансовым курьером» / сомневаются',
    ]);
    expect(brief('Банкіри, опитані «Економічною правдою», кажуть, що попит зріс.', 'uk')).toEqual(['anonymous Банкіри, опитані «Економічною правдою» / кажуть']);
    // (An adjective in the passive participle's ending, "головний", is no such aside.)
    expect(brief('Як запевняє депутат, головний лікар лікарні Олег Токарук, модель погана.', 'uk')).toEqual(['on-record депутат, головний лікар лікарні Олег Токарук / Як запевняє']);
  });
  it('reads agreeing in a view as a report', () => {
    expect(brief('Експерти сходяться на думці, що банк виживе.', 'uk')).toEqual(['anonymous Експерти / сходяться на думці']);
  });
  it('keeps people a plural verb speaks for apart from one named person with their noun', () => {
    const r = analyse('Аналитик банка Иван Петров заявил, что курс упадет. Аналитики, опрошенные «Ведомостями», сходятся во мнении, что банк выживет.', { language: 'ru' });
    expect(r.attributions.map((a) => `${a.kind} ${a.source.text}`)).toEqual(['on-record Аналитик банка Иван Петров', 'anonymous Аналитики, опрошенные «Ведомостями»']);
    expect(r.sources).toHaveLength(2);
  });
});

describe('a video address as an occasion of speaking (ru, uk)', () => {
  const brief = kindSourceCue;
  it('passes over the setting to the subject before it', () => {
    expect(brief('Председатель правления банка Денис Крутов в видеообращении к клиентам заверил, что ограничения снимут.', 'ru')).toEqual([
      'on-record Председатель правления банка Денис Крутов / заверил',
    ]);
    expect(brief('Голова правління банку Денис Крутько у відеозверненні до клієнтів запевнив, що обмеження знімуть.', 'uk')).toEqual([
      'on-record Голова правління банку Денис Крутько / запевнив',
    ]);
  });
});

describe('a negated verb of saying with nothing said (uk, ru)', () => {
  const brief = kindSourceCue;
  it('reads no attribution where nothing is reported, one where something is', () => {
    expect(brief('Фірма «Медтехпостачальник» на запит редакції не відповіла.', 'uk')).toEqual([]);
    expect(brief('Сам Сергеев на звонки агентства не ответил.', 'ru')).toEqual([]);
    expect(brief('Чем закончится дело, он не сказал.', 'ru')).toEqual(['on-record он / сказал']);
    expect(brief('«Нет», — не ответил он.', 'ru')).toEqual(['on-record он / ответил']);
  });
});

describe('a sentence subject of an office and a name (uk, ru)', () => {
  it('is whom a later pronoun stands for, before an unnamed source further back', () => {
    const r = analyse('За словами співрозмовника, рішення ухвалять.\n\nМіська голова Тамара Литвинець приїхала на нараду. Водночас вона написала, що висновки будуть.', { language: 'uk' });
    expect(r.attributions.map((a) => `${a.kind} ${a.source.text}`)).toEqual(['anonymous співрозмовника', 'on-record вона']);
    expect(r.sources.map((s) => s.name)).toEqual(['співрозмовника', 'Тамара Литвинець']);
  });
});

describe('a setting the subject owns, and a singular verb after an aside that ends in a place (ru, uk)', () => {
  const brief = kindTypeSourceCue;
  it('passes over a setting with a reflexive possessive to the subject', () => {
    expect(brief('Мэр Приозерска Николай Бурмистров в своем телеграм-канале написал, что отстранил заместителя.', 'ru')).toEqual([
      'on-record person Мэр Приозерска Николай Бурмистров / написал',
    ]);
    expect(brief('Мер міста Олег Коваль у своєму телеграм-каналі написав, що відсторонив заступника.', 'uk')).toEqual([
      'on-record person Мер міста Олег Коваль / написав',
    ]);
  });
  it('takes the subject before an aside for a singular past verb, not the place that closes the aside', () => {
    expect(brief('Зампред Банка России Ольга Кречетова, выступая в четверг на банковском форуме в Петербурге, заявила, что ставка останется.', 'ru')).toEqual([
      'on-record person Зампред Банка России Ольга Кречетова / заявила',
    ]);
    expect(brief('Голова НБУ Андрій Пишний, виступаючи на форумі в Києві, заявив, що ставка залишиться.', 'uk')).toEqual([
      'on-record person Голова НБУ Андрій Пишний / заявив',
    ]);
    // (The impersonal plural keeps the body; a subject after the verb comes first.)
    expect(brief('В Кремле заявили, что ставка останется.', 'ru')).toEqual(['on-record organization Кремле / заявили']);
    // (Nor a subject right before the verb with no aside: "Після засідання департамент повідомив".)
    expect(brief('Після засідання департамент повідомив, що готовий компенсувати оренду.', 'uk')).toEqual([
      'on-record organization департамент / повідомив',
    ]);
  });
});

describe('perfective gerunds of verbs of saying, and a complement between an office and its name (ru, uk)', () => {
  const brief = kindTypeSourceCue;
  it('reads a gerund of a cue verb as spoken by the clause subject', () => {
    expect(brief('Министр выступил против, заявив, что закон плох.', 'ru')).toEqual(['on-record person Министр / заявив']);
    expect(brief('Міністр виступив проти, наголосивши, що закон поганий.', 'uk')).toEqual(['on-record person Міністр / наголосивши']);
    // (After a verb of saying of its own, one attribution, whose cue is the first: "заперечував" is the past of "заперечує".)
    expect(brief('Міністр заперечував, наголосивши, що закон поганий.', 'uk')).toEqual(['on-record person Міністр / заперечував']);
    // (In Ukrainian "заявив" is the past, a verb of its own.)
    expect(brief('Міністр заявив, що закон поганий.', 'uk')).toEqual(['on-record person Міністр / заявив']);
    // (Only before its clause, past a short setting: not "написавши заяву", "відповівши на запитання".)
    expect(brief('Президент провел совещание, заявив по его итогам, что граница не предмет торга.', 'ru')).toEqual(['on-record person Президент / заявив']);
    expect(brief('Мешканець пішов, написавши заяву до поліції.', 'uk')).toEqual([]);
  });
  it('keeps a prepositional complement between an office and the name it titles', () => {
    expect(brief('Следователь по особо важным делам Игорь Панкратов возражал, заявив, что чиновник может оказать давление.', 'ru')).toEqual([
      'on-record person Следователь по особо важным делам Игорь Панкратов / заявив',
    ]);
    // (And a noun of people opening the sentence keeps its field before an aside: "Эксперты по …, опрошенные …,".)
    expect(brief('Эксперты по гражданской обороне, опрошенные «Вестником», считают, что эвакуация опоздала.', 'ru')).toEqual([
      'anonymous group Эксперты по гражданской обороне, опрошенные «Вестником» / считают',
    ]);
    // (Right before the verb too, where a word of the complement is a noun of persons.)
    expect(brief('Уполномоченный по правам человека Рустам Бекташев заявил, что обмен возможен.', 'ru')).toEqual([
      'on-record person Уполномоченный по правам человека Рустам Бекташев / заявил',
    ]);
  });
});

describe('credits of a text whatever its noun (ru, uk)', () => {
  const brief = kindTypeSourceCue;
  it('reads a common noun the lexicon does not know after them as a document', () => {
    expect(brief('Согласно проекту меморандума, мораторий может быть продлен.', 'ru')).toEqual(['on-record document проекту меморандума / Согласно']);
    expect(brief('Как следует из декларации, чиновник заработал 3 млн рублей.', 'ru')).toEqual(['on-record document декларации / следует из']);
    expect(brief('Згідно з проєктом меморандуму, мораторій можуть продовжити.', 'uk')).toEqual(['on-record document проєктом меморандуму / Згідно з']);
    // (A person after them stays one.)
    expect(brief('Согласно министру, мораторий может быть продлен.', 'ru')).toEqual(['on-record person министру / Согласно']);
  });
});

describe('an apposition that names the one a credit names (ru, en)', () => {
  it('keeps a description closing in a personal name, set off by commas, with the credited source', () => {
    expect(kindTypeSourceCue('По словам одного из организаторов сбора подписей, учителя истории местной школы Андрея Воробьева, петицию подписали 800 человек.', 'ru')).toEqual([
      'on-record person одного из организаторов сбора подписей, учителя истории местной школы Андрея Воробьева / По словам',
    ]);
    expect(kindTypeSourceCue('According to one of the organizers, history teacher Andrew Sparrow, 800 people signed.', 'en')).toEqual([
      'on-record person one of the organizers, history teacher Andrew Sparrow / According to',
    ]);
    // (Not the main clause's subject: a name first, or a subject with an aside of its own.)
    expect(kindTypeSourceCue('По словам министра, Андрей Воробьев, глава фонда, ошибается.', 'ru')).toEqual(['on-record person министра / По словам']);
    expect(kindTypeSourceCue('According to officials, former mayor Jane Roe, who leads the city, resigned.', 'en')).toEqual(['anonymous group officials / According to']);
  });
});

describe('a finite verb of relaying (ru, uk)', () => {
  it('gives the subject that passes the word on, beside the one it refers to', () => {
    expect(kindTypeSourceCue('Газета, в свою очередь, ссылается на три источника на банковском рынке.', 'ru')).toEqual([
      'on-record publication Газета / ссылается',
      'anonymous group три источника на банковском рынке / ссылается на',
    ]);
    // (A gerund of relaying leaves the subject to the main verb.)
    expect(kindTypeSourceCue('Газета сообщает, ссылаясь на три источника.', 'ru')).toEqual([
      'on-record publication Газета / сообщает',
      'anonymous group три источника / ссылаясь на',
    ]);
    expect(kindTypeSourceCue('Видання посилається на двох людей, обізнаних із ходом переговорів.', 'uk')).toEqual([
      'on-record publication Видання / посилається',
      'anonymous group двох людей, обізнаних із ходом переговорів / посилається на',
    ]);
  });
});

describe('"там", a pronoun of place (ru, uk)', () => {
  it('stands for the body named just before it, before or after its verb', () => {
    const found = (text: string, language: 'ru' | 'uk') => analyse(text, { language }).attributions.map((a) => `${a.kind} ${a.type} ${a.source.text} / ${a.cue.text}`);
    expect(found('Работы начнутся в мае, уточнили в департаменте городского хозяйства. Там также пояснили, что ущерб взыщут.', 'ru')).toEqual([
      'on-record organization департаменте городского хозяйства / уточнили',
      'on-record organization Там / пояснили',
    ]);
    expect(found('У пресслужбі компанії заявили, що угоди немає. «Чутки ми не коментуємо», — заявили там.', 'uk')).toEqual([
      'on-record organization пресслужбі компанії / заявили',
      'on-record organization там / заявили',
    ]);
  });
  it('stands for the unnamed people of a place where no body was named', () => {
    expect(kindTypeSourceCue('Мы поехали в деревню. Там говорят, что ремонт закончится в мае.', 'ru')).toEqual(['anonymous group Там / говорят']);
  });
  it('and so does "тут", "здесь", where the article is', () => {
    const found = (text: string, language: 'ru' | 'uk') => analyse(text, { language }).attributions.map((a) => `${a.kind} ${a.type} ${a.source.text} / ${a.cue.text}`);
    expect(found('В Альянсі відзначають прогрес. «Наша підтримка безпрецедентна», — так тут вважають.', 'uk')).toEqual([
      'on-record organization Альянсі / відзначають',
      'on-record organization тут / вважають',
    ]);
    expect(found('В министерстве отметили прогресс. «Наша поддержка беспрецедентна», — заявили здесь.', 'ru')).toEqual([
      'on-record organization министерстве / отметили',
      'on-record organization здесь / заявили',
    ]);
  });
});

describe('an outlet told, and a source noun with its body before a setting (ru)', () => {
  const brief = kindTypeSourceCue;
  it('reads an outlet right after the verb and before its clause as whom it was told to', () => {
    expect(brief('В компании сообщили «Кряжинскому вестнику», что работы запрещены.', 'ru')).toEqual(['on-record organization компании / сообщили']);
    // (A person after the verb is its subject.)
    expect(brief('У коментарі розповів голова комісії, що робота триває.', 'uk')).toEqual(['on-record person голова комісії / розповів']);
  });
  it('keeps a source noun described by a body after a preposition of its own, before a setting', () => {
    expect(brief('Источник в российской делегации на прошлых переговорах рассказал агентству «Интер-Пресс», что Москва рассчитывает на уступки.', 'ru')).toEqual([
      'anonymous person Источник в российской делегации / рассказал',
    ]);
  });
});

describe('a question word opening a sentence (ru)', () => {
  it('is no subject a pronoun may stand for', () => {
    const text = 'Куда нам идти в поселке, где больница — единственное место с нормальной зарплатой? — говорит она.';
    const sentences = [{ text, start: 0, end: text.length }];
    const { mentions } = findAttributions(text, sentences, findQuotes(text, sentences), lexiconFor('ru').attributions);
    expect(mentions.map((m) => m.source.text)).toEqual([]);
  });
});

describe('allowing, recalling, expressing doubt, and a text after the verb of a body (ru, uk)', () => {
  const brief = kindTypeSourceCue;
  it('reads allowing and recalling as cues before what is said, and expressing doubt', () => {
    expect(brief('Собеседник издания допустил, что схема подтвердится.', 'ru')).toEqual(['anonymous person Собеседник издания / допустил']);
    expect(brief('Он допустил ошибку в расчетах.', 'ru')).toEqual([]);
    expect(brief('«Он знал все», — вспоминает одна из бывших сотрудниц.', 'ru')).toEqual(['anonymous person одна из бывших сотрудниц / вспоминает']);
    expect(brief('Аналітики висловили сумнів, що угоду укладуть.', 'uk')).toEqual(['anonymous group Аналітики / висловили сумнів']);
  });
  it('leaves a text after the verb to be its object where a body named alone before the verb speaks', () => {
    expect(brief('В компании объясняют решение ростом расходов на логистику.', 'ru')).toEqual(['on-record organization компании / объясняют']);
  });
  it('takes the subject before an aside a participle opens, not the place that closes it', () => {
    expect(brief('Два дипломата, аккредитованные в Нерине, заявили, что сделка будет заключена.', 'ru')).toEqual(['anonymous group Два дипломата / заявили']);
  });
});

describe('a request for anonymity between an aside and the verb (ru, uk)', () => {
  it('leaves the aside to the subject before it', () => {
    expect(kindTypeSourceCue('Трое предпринимателей, торгующих одеждой, на условиях анонимности рассказали, что продажи упали.', 'ru')).toEqual([
      'anonymous group Трое предпринимателей, торгующих одеждой / рассказали',
    ]);
    expect(kindTypeSourceCue('Двоє підприємців, які торгують одягом, на умовах анонімності розповіли, що продажі впали.', 'uk')).toEqual([
      'anonymous group Двоє підприємців, які торгують одягом / розповіли',
    ]);
  });
});

describe('estimating before a clause (ru, uk)', () => {
  it('reports what is estimated, and an amount it puts on its object (d3d617d)', () => {
    expect(kindTypeSourceCue('Аналитик оценил, что продажи упадут на треть.', 'ru')).toEqual(['anonymous person Аналитик / оценил']);
    // (An estimate is a claim, as PolNeAR's "estimated" is; appreciating is none: "оценил помощь".)
    expect(kindTypeSourceCue('Эксперт оценил ущерб в 3 млн рублей.', 'ru')).toEqual(['anonymous person Эксперт / оценил']);
    expect(kindTypeSourceCue('Економіст оцінив, що ціни зростуть.', 'uk')).toEqual(['anonymous person Економіст / оцінив']);
  });
});

describe('a setting after a relative clause on the subject (ru)', () => {
  it('is passed over to the subject before the relative clause', () => {
    expect(kindTypeSourceCue('Министр транспорта Андрей Колесников, который раньше работал машинистом, на заседании правительства во вторник заявил, что дорогу откроют.', 'ru')).toEqual([
      'on-record person Министр транспорта Андрей Колесников, который раньше работал машинистом / заявил',
    ]);
  });
});

describe('an adjective serving as a noun of persons after a verb that closes a quotation (ru, uk)', () => {
  it('is the speaker, a bare noun of a person: the named subject of the sentence before, or who spoke last, or someone unnamed', () => {
    expect(kindTypeSourceCue('Сам Гречко вину не признал. «Я ничего не получал», — заявил подсудимый.', 'ru')).toEqual(['on-record person подсудимый / заявил']);
    expect(kindTypeSourceCue('Сам Гречко вину не визнав. «Я нічого не отримував», — заявив підсудний.', 'uk')).toEqual(['on-record person підсудний / заявив']);
    expect(kindTypeSourceCue('Слесарь цеха подтвердил «Вольной линии», что бланки раздавали. «Мастер сказал: подписывайте», — рассказал рабочий.', 'ru')).toEqual([
      'anonymous person Слесарь цеха / подтвердил', 'anonymous person рабочий / рассказал',
    ]);
    expect(kindTypeSourceCue('«Я ничего не получал», — заявил подсудимый.', 'ru')).toEqual(['anonymous person подсудимый / заявил']);
  });
});

describe('an aside opening with an adjective in a case no subject takes (ru, uk)', () => {
  it('describes the noun before it, and the subject before both speaks', () => {
    expect(kindTypeSourceCue('Сосед, работающий в учреждении, подведомственном мэрии, утверждает, что трубы гнилые.', 'ru')).toEqual([
      'anonymous person Сосед / утверждает',
    ]);
    expect(kindTypeSourceCue('Сусід, який працює в закладі, підпорядкованому мерії, стверджує, що труби гнилі.', 'uk')).toEqual([
      'anonymous person Сусід / стверджує',
    ]);
    // (Not a possessive pronoun in that ending.)
    expect(kindTypeSourceCue('Иванов, его адвокат, заявил, что суд ошибся.', 'ru')).toEqual(['on-record person Иванов, его адвокат / заявил']);
  });
});

describe('impersonal learning credited to an outlet (ru, uk)', () => {
  it('credits the outlet in the dative after it, and nothing else', () => {
    expect(kindTypeSourceCue('Как стало известно газете «Вечерние вести», сделка сорвалась.', 'ru')).toEqual([
      'on-record publication газете «Вечерние вести» / стало известно',
    ]);
    expect(kindTypeSourceCue('Як стало відомо «Діловому тижню», угоду зірвано.', 'uk')).toEqual(['on-record publication «Діловому тижню» / стало відомо']);
    expect(kindTypeSourceCue('Как стало известно, сделка сорвалась.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue('Позже стало известно, что сделка сорвалась.', 'ru')).toEqual([]);
  });
});

describe("a body's initials after a member's noun (uk, ru)", () => {
  it('name the body, not the member, who stays unnamed; an office and a body\'s voice keep the body', () => {
    expect(kindSourceCue('Колишня працівниця відділу закупівель ДАОП розповіла, що тендери були фіктивні.', 'uk')).toEqual([
      'anonymous Колишня працівниця відділу закупівель ДАОП / розповіла',
    ]);
    expect(kindSourceCue('Сотрудник МЧС рассказал, что пожар потушен.', 'ru')).toEqual(['anonymous Сотрудник МЧС / рассказал']);
    expect(kindSourceCue('Директор ДАОП розповів, що тендери були чесні.', 'uk')).toEqual(['on-record Директор ДАОП / розповів']);
    expect(kindSourceCue('Аналітик ICU Олег Петренко розповів, що ціни впадуть.', 'uk')).toEqual(['on-record Аналітик ICU Олег Петренко / розповів']);
  });
});

describe('a dash inside a subject (uk, ru)', () => {
  it('joins two nouns in the genitive plural as one compound, and nothing else', () => {
    expect(kindSourceCue('Представник одного з фондів — утримувачів облігацій, який не має права коментувати переговори, розповів «Діловому тижню», що кредитори готують контрпропозиції.', 'uk')).toEqual([
      'anonymous Представник одного з фондів — утримувачів облігацій, який не має права коментувати переговори / розповів',
    ]);
    expect(kindSourceCue('Представитель одного из фондов — держателей облигаций рассказал, что кредиторы готовят контрпредложения.', 'ru')).toEqual([
      'anonymous Представитель одного из фондов — держателей облигаций / рассказал',
    ]);
    // (Not a dash before a nominative: what it opens is said.)
    expect(kindSourceCue('Главная проблема — отсутствие денег, заявил министр Иван Петров.', 'ru')).toEqual(['on-record министр Иван Петров / заявил']);
  });
});

describe('a setting of a text or an occasion with modifiers and a complement (uk, ru)', () => {
  it('stands between the subject and its verb', () => {
    expect(kindSourceCue("Роман Пилипенко в телефонній розмові з журналістами заперечив будь-який зв'язок із компанією.", 'uk')).toEqual([
      'on-record Роман Пилипенко / заперечив',
    ]);
    expect(kindSourceCue('Аналітики компанії «Дельта Кепітал» в огляді для клієнтів зазначили, що ризики зросли.', 'uk')).toEqual([
      'on-record Аналітики компанії «Дельта Кепітал» / зазначили',
    ]);
    expect(kindSourceCue('Иван Петров в телефонном разговоре с журналистами опроверг эти сведения.', 'ru')).toEqual(['on-record Иван Петров / опроверг']);
  });

  it('reads the partners of the English "memo", "note", "summary", "notice", "filing", "papers" as texts', () => {
    expect(kindTypeSourceCue('В отчетности говорится, что долг вырос.', 'ru')).toEqual(['on-record document отчетности / говорится']);
    expect(kindTypeSourceCue('Як випливає з матеріалів Господарського суду, борг зріс.', 'uk').map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual(['on-record document']);
    expect(kindTypeSourceCue('В предупреждении, копия которого есть в распоряжении редакции, говорится, что дом аварийный.', 'ru').map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual([
      'on-record document',
    ]);
  });
});

describe('"не раз" between a subject and its verb (ru, uk)', () => {
  it('is passed over, as "неоднократно" is', () => {
    expect(kindSourceCue('Участники рынка не раз предупреждали, что субсидий не хватит.', 'ru')).toEqual(['anonymous Участники рынка / предупреждали']);
    expect(kindSourceCue('Учасники ринку не раз попереджали, що субсидій не вистачить.', 'uk')).toEqual(['anonymous Учасники ринку / попереджали']);
  });
});

describe('indignation (uk, ru)', () => {
  it('reports, as complaining does', () => {
    expect(kindSourceCue('«Нам никто ничего не объяснил», — возмущается мужчина.', 'ru')).toEqual(['anonymous мужчина / возмущается']);
    expect(kindSourceCue('«Нам ніхто нічого не пояснив», — обурюється чоловік.', 'uk')).toEqual(['anonymous чоловік / обурюється']);
  });
});

describe('cautioning (uk, ru)', () => {
  it('reports, as "warned" does, past a connective or a credit between the subject and the verb', () => {
    expect(kindSourceCue('Експерти, однак, застерігають, що ціни зростуть.', 'uk')).toEqual(['anonymous Експерти / застерігають']);
    expect(kindSourceCue('Інший банкір, за словами «Сіті Газетт», застеріг, що угода зірветься.', 'uk')).toEqual([
      'anonymous Інший банкір / застеріг', 'on-record «Сіті Газетт» / за словами',
    ]);
    expect(kindSourceCue('Інша аналітикиня застерегла, що угода зірветься.', 'uk')).toEqual(['anonymous Інша аналітикиня / застерегла']);
    expect(kindSourceCue('Эксперты, однако, предостерегают, что цены вырастут.', 'ru')).toEqual(['anonymous Эксперты / предостерегают']);
  });
});

describe('collective numerals and a demonstrative object (uk, ru)', () => {
  it('count people, and a determined noun a plural verb does not agree with is its object', () => {
    expect(kindSourceCue('Двоє знайомих родини підтвердили, що він виїхав.', 'uk')).toEqual(['anonymous Двоє знайомих родини / підтвердили']);
    expect(kindSourceCue('Цю інформацію підтвердили двоє знайомих родини.', 'uk')).toEqual(['anonymous двоє знайомих родини / підтвердили']);
    expect(kindSourceCue('Эту информацию подтвердили трое сотрудников завода.', 'ru')).toEqual(['anonymous трое сотрудников завода / подтвердили']);
    // (Nor a text, whom no one after the verb names.)
    expect(kindSourceCue('Цей документ оприлюднили на сайті.', 'uk')).toEqual([]);
  });
});

describe('solid compounds (uk, ru)', () => {
  it('are read by the noun of persons they end in', () => {
    expect(kindSourceCue('Військовослужбовці двох частин, які отримали генератори від «Техностандарт-Груп», розповіли, що техніка не працювала.', 'uk')).toEqual([
      'anonymous Військовослужбовці двох частин, які отримали генератори від «Техностандарт-Груп» / розповіли',
    ]);
    expect(kindSourceCue('Выводы о виновности, подчеркнул градоначальник, может сделать только суд.', 'ru')).toEqual(['on-record градоначальник / подчеркнул']);
    // (Not an adjective in an oblique case, "отраслевого", nor a part shorter than seven letters.)
    expect(kindTypeSourceCue('Рынок сжался, следует из отраслевого исследования агентства «ТехноИндекс».', 'ru').map((a) => a.split(' ')[1])).toEqual(['document']);
  });

  it('take no infinitive after a verb of demanding for a subject', () => {
    expect(kindSourceCue('На заседании адвокат Ирина Голованова потребовала привлечь к ответственности двух бывших гендиректоров.', 'ru')).toEqual([
      'on-record адвокат Ирина Голованова / потребовала',
    ]);
  });
});

describe('a body a preposition places before the verb, and whom it told (ru, uk)', () => {
  it('keeps joined complements past their modifiers, and leaves out whom it told', () => {
    expect(kindSourceCue('В министерстве природных ресурсов и экологии Тарнской области «УВ» сообщили, что проверка идет.', 'ru')).toEqual([
      'on-record министерстве природных ресурсов и экологии Тарнской области / сообщили',
    ]);
    expect(kindSourceCue('В Государственной инспекции труда в Тарнской области «Вольной линии» сообщили, что проверка идет.', 'ru')).toEqual([
      'on-record Государственной инспекции труда в Тарнской области / сообщили',
    ]);
    expect(kindSourceCue('В министерстве нам сообщили, что проверка идет.', 'ru')).toEqual(['on-record министерстве / сообщили']);
    expect(kindSourceCue('У міністерстві аграрної політики і продовольства «Білоярськ.City» повідомили, що перевірка триває.', 'uk')).toEqual([
      'on-record міністерстві аграрної політики і продовольства / повідомили',
    ]);
    // (Not the name of the body's own noun, nor of one in its complement.)
    expect(kindSourceCue('В пресс-службе компании «Энергоресурс» сообщили, что проверка идет.', 'ru')).toEqual(['on-record пресс-службе компании «Энергоресурс» / сообщили']);
  });
});

describe('a preposition opening the sentence (uk, ru)', () => {
  it('governs the noun after it with its possessive, and the subject follows', () => {
    expect(kindSourceCue('Під його дописом десятки мешканців поскаржилися, що цистерни запізнюються.', 'uk')).toEqual(['anonymous десятки мешканців / поскаржилися']);
    expect(kindSourceCue('Под его постом десятки жителей пожаловались, что цистерны опаздывают.', 'ru')).toEqual(['anonymous десятки жителей / пожаловались']);
  });
});

describe('an adjective serving as a noun of persons, in the plural (ru, uk)', () => {
  it('is a group of unnamed people', () => {
    expect(kindTypeSourceCue('Рабочие, опрошенные «Вольной линией», говорят, что завод закроют.', 'ru')).toEqual([
      'anonymous group Рабочие, опрошенные «Вольной линией» / говорят',
    ]);
    expect(kindTypeSourceCue('Военнослужащие части рассказали, что техника не работала.', 'ru')).toEqual(['anonymous group Военнослужащие части / рассказали']);
  });
});

describe('no one as the subject of a negated verb of saying (ru, uk)', () => {
  it('said nothing: no attribution, whatever opens the sentence', () => {
    expect(kindSourceCue('Официально о сделке никто не объявлял.', 'ru')).toEqual([]);
    expect(kindSourceCue('Офіційно про угоду ніхто не оголошував.', 'uk')).toEqual([]);
    expect(kindSourceCue('О сделке объявил министр Иван Петров.', 'ru')).toEqual(['on-record министр Иван Петров / объявил']);
  });
});

describe('a word naming a statement after a determiner (uk, ru)', () => {
  it('is a noun, not a verb of saying', () => {
    expect(kindSourceCue('Обидві заяви внесли до реєстру.', 'uk')).toEqual([]);
    expect(kindSourceCue('Ці заяви внесли до реєстру.', 'uk')).toEqual([]);
  });
});

describe('declaring, not reporting (ru, uk)', () => {
  it('reads no report in a verb whose object is a quoted name, unless the verb closes a clause after a comma', () => {
    expect(kindSourceCue('Арбитражный суд во вторник признал банкротом девелопера ООО «Кварта-Строй».', 'ru')).toEqual([]);
    expect(kindSourceCue('Господарський суд визнав банкрутом забудовника ТОВ «Кварта-Буд».', 'uk')).toEqual([]);
    expect(kindSourceCue('Пресс-конференция назначена на среду, передает телеканал «Белозерье-24».', 'ru')).toEqual(['on-record телеканал «Белозерье-24» / передает']);
  });
});

describe('believing a source (ru, uk)', () => {
  it('credits whom "если верить", "якщо вірити" believes, as "if X is to be believed" does', () => {
    expect(kindSourceCue('Если верить источникам в правительстве, сделка близка.', 'ru')).toEqual(['anonymous источникам в правительстве / Если верить']);
    expect(kindSourceCue('Якщо вірити міністру Петренку, угода близька.', 'uk')).toEqual(['on-record міністру Петренку / Якщо вірити']);
  });
});

describe('citing someone\'s words (ru, uk)', () => {
  it('credits the one who cites and the one whose words, before the verb or after it', () => {
    expect(kindTypeSourceCue('Агентство привело слова неназванного офицера: «Обмен возможен».', 'ru')).toEqual([
      'on-record publication Агентство / привело',
      'anonymous person неназванного офицера / слова',
    ]);
    expect(kindTypeSourceCue('Как приводит агентство слова собеседника, обмен возможен.', 'ru')).toEqual([
      'on-record publication агентство / приводит',
      'anonymous person собеседника / слова',
    ]);
    expect(kindTypeSourceCue('Видання навело слова неназваного офіцера: «Обмін можливий».', 'uk')).toEqual([
      'on-record publication Видання / навело',
      'anonymous person неназваного офіцера / слова',
    ]);
    // (Not words put in order.)
    expect(kindTypeSourceCue('Он привел слова в порядок.', 'ru')).toEqual([]);
  });
});

describe('an ordinal opening the sentence (ru, uk)', () => {
  it('is no name: the subject follows the verb', () => {
    expect(kindTypeSourceCue('Первой о возможной сделке сообщила деловая газета «Меркадо».', 'ru')).toEqual(['on-record publication деловая газета «Меркадо» / сообщила']);
    expect(kindTypeSourceCue('Першою про можливу угоду повідомила ділова газета «Меркадо».', 'uk')).toEqual(['on-record publication ділова газета «Меркадо» / повідомила']);
  });
});

describe('a noun of people in scare quotes (ru, uk)', () => {
  it('is still those people, after a relay too', () => {
    expect(kindTypeSourceCue('Несколько местных телеграм-каналов со ссылкой на «источники» написали, что сделка сорвалась.', 'ru')).toEqual([
      'anonymous publication Несколько местных телеграм-каналов / написали',
      'anonymous group источники / со ссылкой на',
    ]);
    expect(kindTypeSourceCue('Газета з посиланням на «експертів» написала, що угода зірвалася.', 'uk')).toEqual([
      'on-record publication Газета / написала',
      'anonymous group експертів / з посиланням на',
    ]);
  });
});

describe('a coordinator inside a quoted name (ru, uk)', () => {
  it('joins no conjuncts: the phrase is the person it names', () => {
    expect(kindTypeSourceCue('Взыскать ущерб сложно, считает партнер коллегии адвокатов «Шумилов и Крайнев» Кирилл Ладыгин.', 'ru')).toEqual([
      'on-record person партнер коллегии адвокатов «Шумилов и Крайнев» Кирилл Ладыгин / считает',
    ]);
  });
});

describe('a credit opening the sentence with no comma (ru, uk)', () => {
  it('cites up to the noun right before the verb, which is the verb\'s subject', () => {
    expect(kindTypeSourceCue('Со ссылкой на источники в краевом правительстве издание сообщало, что власти искали инвестора.', 'ru')).toEqual([
      'anonymous group источники в краевом правительстве / Со ссылкой на',
      'on-record publication издание / сообщало',
    ]);
    expect(kindTypeSourceCue('З посиланням на джерела в уряді видання повідомило, що влада шукала інвестора.', 'uk')).toEqual([
      'anonymous group джерела в уряді / З посиланням на',
      'on-record publication видання / повідомило',
    ]);
  });
});

describe('an impersonal verb of saying after "в/у" and a relative pronoun (ru, uk)', () => {
  it('is said by the text the pronoun stands for', () => {
    expect(kindTypeSourceCue('Министерство опубликовало заявление, в котором говорится, что цены вырастут.', 'ru')).toEqual(['on-record document заявление / говорится']);
    expect(kindTypeSourceCue('Міністерство оприлюднило заяву, у якій, зокрема, йдеться, що ціни зростуть.', 'uk')).toEqual([
      'on-record organization Міністерство / оприлюднило',
      'on-record document заяву / йдеться',
    ]);
  });
});

describe('a relative clause set off by commas whose pronoun follows a word of its own (ru, uk)', () => {
  it('is passed over to the text before it', () => {
    expect(kindTypeSourceCue('В письме, копия которого есть в распоряжении редакции, говорится, что завод закроют.', 'ru')).toEqual(['on-record document письме / говорится']);
    expect(kindTypeSourceCue('У листі, копія якого є в розпорядженні редакції, йдеться, що завод закриють.', 'uk')).toEqual(['on-record document листі / йдеться']);
  });
});

describe('a noun of those told before the verb (ru, uk)', () => {
  it('takes what follows it as its complement; the subject follows the verb', () => {
    expect(kindTypeSourceCue('Про це журналістам «Обрію» розповіли троє лікарів закладу.', 'uk')).toEqual(['anonymous group троє лікарів закладу / розповіли']);
    expect(kindTypeSourceCue('Про це кореспонденту агентства «Вісті» повідомив начальник адміністрації Геннадій Оліфіренко.', 'uk')).toEqual([
      'on-record person начальник адміністрації Геннадій Оліфіренко / повідомив',
    ]);
    expect(kindTypeSourceCue('Об этом журналистам «Вестей» рассказали трое врачей.', 'ru')).toEqual(['anonymous group трое врачей / рассказали']);
  });
});

describe('a verb of saying and a body set off by commas inside the clause it reports (ru, uk)', () => {
  it('is said by the body, not by what opens the clause', () => {
    expect(kindTypeSourceCue('Пацієнтів, запевнили в лікарні, поки що приймають у звичайному режимі.', 'uk')).toEqual(['on-record organization лікарні / запевнили']);
    expect(kindTypeSourceCue('Решение, говорят в мэрии, примут завтра.', 'ru')).toEqual(['on-record organization мэрии / говорят']);
  });
  it('leaves a body before the clause it reports to its subject', () => {
    expect(kindTypeSourceCue('Помощник прокурора Ирина Сабурова, поддержавшая ходатайство, заявила в суде, что обвиняемый может скрыться.', 'ru')).toEqual([
      'on-record person Помощник прокурора Ирина Сабурова, поддержавшая ходатайство / заявила',
    ]);
  });
});

describe('"цитує", "цитирует" with the words of someone after the subject (ru, uk)', () => {
  it('ends the subject before the noun for words, whose owner is a second source', () => {
    expect(kindTypeSourceCue('«Ми впораємося», – цитує пресслужба слова голови правління Дмитра Ракитного.', 'uk')).toEqual([
      'on-record organization пресслужба / цитує',
      'on-record person голови правління Дмитра Ракитного / слова',
    ]);
    expect(kindTypeSourceCue('«Мы справимся», — цитирует пресс-служба слова главы правления Дмитрия Ракитного.', 'ru')).toEqual([
      'on-record organization пресс-служба / цитирует',
      'on-record person главы правления Дмитрия Ракитного / слова',
    ]);
  });
});

describe('"і", "и" right after the verb, before its subject (ru, uk)', () => {
  it('means "too": the subject follows it', () => {
    expect(kindTypeSourceCue('Це підтверджують і матеріали справи.', 'uk')).toEqual(['on-record document матеріали справи / підтверджують']);
    expect(kindTypeSourceCue('Это подтверждают и материалы дела.', 'ru')).toEqual(['on-record document материалы дела / подтверждают']);
    expect(kindTypeSourceCue('Це підтверджує також звіт міністерства.', 'uk')).toEqual(['on-record document звіт міністерства / підтверджує']);
  });
});

describe('feminines of nouns of persons in "-чиня", "-щица" (ru, uk)', () => {
  it('are nouns of persons, as the masculine in "-ець", "-ец" is', () => {
    expect(kindTypeSourceCue('Про це розповіла продавчиня овочів.', 'uk')).toEqual(['anonymous person продавчиня овочів / розповіла']);
    expect(kindTypeSourceCue('Об этом рассказала продавщица овощей.', 'ru')).toEqual(['anonymous person продавщица овощей / рассказала']);
  });
});

describe('a bare noun pointing back to either noun of a compound (ru, uk)', () => {
  it('is that source, unnamed as it is', () => {
    const text = 'Головний лікар лікарні Андрій Савчук визнав, що проблема існує.\n\nЛікар-анестезіолог обласної лікарні, який попросив не називати його прізвища, вважає, що закриття навантажить реанімацію.\n\n– Ми не впораємося, – попередив лікар.';
    expect(kindTypeSourceCue(text, 'uk').pop()).toBe('anonymous person лікар / попередив');
  });
});

describe('a bare noun that says only a sex (ru, uk)', () => {
  it('is whoever just spoke, not one it described further back', () => {
    const text = '«Ціни зросли вдвічі», – каже жінка.\n\nСтолиця готується до зими. Мер Іван Гнатюк заявив, що тепло дадуть вчасно. Депутати погодилися. Ремонт завершили.\n\n– Я не відпущу дитину автобусом, – каже мешканка села Оксана Головко.\n\nЖінка розповіла, що її діти навчатимуться онлайн.';
    expect(kindTypeSourceCue(text, 'uk').pop()).toBe('on-record person Жінка / розповіла');
  });
});

describe('an apposition after a credited source that opens with an adjective in its case (ru, uk)', () => {
  it('is the source\'s when it closes in a personal name', () => {
    expect(kindTypeSourceCue('На думку експерта, колишнього заступника міністра Петра Ковальчука, реформа правильна.', 'uk')).toEqual([
      'on-record person експерта, колишнього заступника міністра Петра Ковальчука / На думку',
    ]);
  });
  it('is still an aside where a preposition follows the adjective', () => {
    expect(kindTypeSourceCue('В его письме, направленном в суд и оглашенном судьей Еленой Тороповой, говорится, что компания стала жертвой.', 'ru')).toEqual([
      'on-record document письме / говорится',
    ]);
  });
});

describe('a role before a body\'s quoted name and a personal name (ru, uk)', () => {
  it('is the person\'s, not a word of the quoted name', () => {
    expect(kindTypeSourceCue('Голова спілки «Підприємці Привокзального» Руслан Тимошенко заявив, що мета інша.', 'uk')).toEqual([
      'on-record person Голова спілки «Підприємці Привокзального» Руслан Тимошенко / заявив',
    ]);
  });
});

describe('a connective alone set off by commas before the verb (ru, uk)', () => {
  it('is passed over to the body before it', () => {
    expect(kindTypeSourceCue('У Міносвіти, своєю чергою, заявили, що розглянуть заявку.', 'uk')).toEqual(['on-record organization Міносвіти / заявили']);
  });
});

describe('a pronoun after the verb, then a quoted name (ru, uk)', () => {
  it('is the pronoun alone: the name is whom it was told to', () => {
    expect(kindTypeSourceCue('«Ми не встигаємо», – пояснив він «Обрію».', 'uk')).toEqual(['on-record person він / пояснив']);
    expect(kindTypeSourceCue('«Мы не успеваем», — пояснил он «Вестям».', 'ru')).toEqual(['on-record person он / пояснил']);
  });
});

describe('an impersonal verb after a text "в/у" places opening the sentence (ru, uk)', () => {
  it('is said by the text, whatever complements and asides stand between', () => {
    expect(kindTypeSourceCue('Водночас у листі департаменту до міського голови від 29 липня, копію якого має редакція, зазначено, що відділення закриють.', 'uk')).toEqual([
      'on-record document листі департаменту / зазначено',
    ]);
  });
});

describe('a word that shares a preposition\'s stem (ru, uk)', () => {
  it('is no preposition: prepositions do not inflect ("проте" is no form of "проти")', () => {
    expect(kindTypeSourceCue('Проте двоє працівників заводу розповіли, що прорвало дамбу.', 'uk')).toEqual(['anonymous group двоє працівників заводу / розповіли']);
  });
});

describe('a relative clause of possession set off by commas (ru, uk)', () => {
  it('describes the subject before it', () => {
    expect(kindTypeSourceCue('Жительница Курска Наталья, чей сын провел в реанимации пять дней, рассказала, что врачи спасли его.', 'ru')).toEqual([
      'on-record person Жительница Курска Наталья, чей сын провел в реанимации пять дней / рассказала',
    ]);
  });
});

describe('a request of an outlet ("на запит", "на запрос") as the occasion of what a body said (ru, uk)', () => {
  it('is passed over between a placed body and its verb', () => {
    expect(kindTypeSourceCue('У пресслужбі НЕК «Енергосистема» на запит «ФактоМетра» повідомили, що графіків не буде.', 'uk')).toEqual([
      'on-record organization пресслужбі НЕК «Енергосистема» / повідомили',
    ]);
    expect(kindTypeSourceCue('В пресс-службе компании «Энергоресурс» на запрос «Вестника» сообщили, что графиков не будет.', 'ru')).toEqual([
      'on-record organization пресс-службе компании «Энергоресурс» / сообщили',
    ]);
  });
  it('is passed over between the verb and the body placed after it', () => {
    expect(kindTypeSourceCue('«Розслідування триває», – відповіли на запит редакції в пресслужбі обласної прокуратури.', 'uk')).toEqual([
      'on-record organization пресслужбі обласної прокуратури / відповіли',
    ]);
  });
  it('is no body itself, nor is a credit opening the sentence', () => {
    expect(kindTypeSourceCue('Со ссылкой на письмо министра вице-премьеру агентство писало, что печи остановят.', 'ru')).toEqual([
      'on-record document письмо министра вице-премьеру / Со ссылкой на',
      'on-record publication агентство / писало',
    ]);
  });
});

describe('a second clause after "а" with a text before its plural verb (ru, uk)', () => {
  it('is said by the body placed after the verb; the time and the conjunction are no part of the phrase', () => {
    expect(kindTypeSourceCue('Про це розповіли два джерела, а згодом інформацію підтвердили в НАБУ.', 'uk')).toEqual([
      'anonymous group два джерела / розповіли',
      'on-record organization НАБУ / підтвердили',
    ]);
    expect(kindTypeSourceCue('Об этом рассказали два источника, а позже информацию подтвердили в НАБУ.', 'ru')).toEqual([
      'anonymous group два источника / рассказали',
      'on-record organization НАБУ / подтвердили',
    ]);
  });
});

describe('"відзначити", "отметить" (ru, uk)', () => {
  it('report before a clause, beside a quotation or set off by commas inside what they report', () => {
    expect(kindTypeSourceCue('Міністр відзначив, що ціни зростуть.', 'uk')).toEqual(['on-record person Міністр / відзначив']);
    expect(kindTypeSourceCue('«Ми готові», – відзначив міністр.', 'uk')).toEqual(['on-record person міністр / відзначив']);
    expect(kindTypeSourceCue('Ціни, відзначили в міністерстві, зростуть.', 'uk')).toEqual(['on-record organization міністерстві / відзначили']);
  });
  it('celebrate with a plain object: nothing is reported', () => {
    expect(kindTypeSourceCue('Окремої уваги заслуговує нова будівля штаб-квартири, яка нещодавно відзначила новосілля.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Компания, которая недавно отметила юбилей, закрылась.', 'ru')).toEqual([]);
  });
});

describe('a bare noun that says only a sex after someone named just before (ru, uk)', () => {
  it('is that person, who need not have spoken', () => {
    expect(kindTypeSourceCue('Мешканка Надбузька Галина Кравець купила генератор. Жінка розповіла «ФактоМетру», що він зламався.', 'uk')).toEqual([
      'on-record person Жінка / розповіла',
    ]);
  });
});

describe('a plural participle in a case no subject takes, set off by commas (ru, uk)', () => {
  it('describes the noun before it; the subject before that speaks', () => {
    expect(kindTypeSourceCue('Батьки учнів із сіл, розташованих ближче до лінії фронту, скаржаться на дорогу.', 'uk')).toEqual([
      'anonymous group Батьки учнів із сіл / скаржаться',
    ]);
    expect(kindTypeSourceCue('Родители учеников из сел, расположенных ближе к линии фронта, жалуются на дорогу.', 'ru')).toEqual([
      'anonymous group Родители учеников из сел / жалуются',
    ]);
  });
});

describe('the imperfective past of acknowledging (ru, uk)', () => {
  it('reports before its clause, as the perfective does', () => {
    expect(kindTypeSourceCue('Водночас представники міськради визнавали, що борг є.', 'uk')).toEqual(['on-record organization представники міськради / визнавали']);
    expect(kindTypeSourceCue('При этом представители мэрии признавали, что долг есть.', 'ru')).toEqual(['on-record organization представители мэрии / признавали']);
  });
});

describe('whom it was told to, with a possessive, after the verb (ru, uk)', () => {
  it('is passed over to the subject after it', () => {
    expect(kindTypeSourceCue('Об этом рассказала нашему изданию жительница улицы Гагарина Ольга Тимченко.', 'ru')).toEqual([
      'on-record person жительница улицы Гагарина Ольга Тимченко / рассказала',
    ]);
  });
  it('leaves a name before one told in turn as the subject', () => {
    expect(kindTypeSourceCue('«Мы найдем деньги», — сказал Лаптев корреспонденту агентства.', 'ru')).toEqual(['on-record person Лаптев / сказал']);
  });
});

describe('the authors of a text named after them (ru, uk)', () => {
  it('are identified by it, and state their own views', () => {
    expect(kindTypeSourceCue('Автори дослідження наголошують, що ризики зростають.', 'uk')).toEqual(['on-record group Автори дослідження / наголошують']);
    expect(kindTypeSourceCue('Авторы доклада ожидают, что рост цен замедлится.', 'ru')).toEqual(['on-record group Авторы доклада / ожидают']);
  });
});

describe('a body placed before "у відповідь на запит" (uk)', () => {
  it('speaks past that occasion', () => {
    expect(kindTypeSourceCue('У пресслужбі ДАОП у відповідь на запит «Відкритого коду» повідомили, що тендер законний.', 'uk')).toEqual([
      'on-record organization пресслужбі ДАОП / повідомили',
    ]);
  });
});

describe('the voice of places or groups a plural modifier brings in unnamed (ru, uk)', () => {
  it('is no body the reader can identify', () => {
    expect(kindTypeSourceCue('Представители местных общин утверждают, что вода грязная.', 'ru')).toEqual(['anonymous group Представители местных общин / утверждают']);
    expect(kindTypeSourceCue('Представники місцевих громад стверджують, що вода брудна.', 'uk')).toEqual(['anonymous group Представники місцевих громад / стверджують']);
  });
  it('leaves a body\'s noun to its body', () => {
    expect(kindTypeSourceCue('Представители областных властей заявили, что вода чистая.', 'ru')).toEqual(['on-record organization Представители областных властей / заявили']);
  });
});

describe('an apposition of a noun of people with its place after a preposition (ru, uk)', () => {
  it('is the source, and the name of the street or village in it names no one', () => {
    expect(kindTypeSourceCue('Один із потерпілих, власник кав’ярні на вулиці Січеславській, розповів, що обікрали шість машин.', 'uk')).toEqual([
      'anonymous person власник кав’ярні на вулиці Січеславській / розповів',
    ]);
    expect(kindTypeSourceCue('Один из пострадавших, владелец кафе на улице Гагарина, рассказал, что машины обокрали.', 'ru')).toEqual([
      'anonymous person владелец кафе на улице Гагарина / рассказал',
    ]);
  });
});

describe('people who act as an office, in the plural (ru, uk)', () => {
  it('speak with its voice, as "prosecutors said" does; one of them is a person', () => {
    expect(kindTypeSourceCue('Прокурори стверджували, що угода незаконна.', 'uk')).toEqual(['on-record organization Прокурори / стверджували']);
    expect(kindTypeSourceCue('За інформацією правоохоронців, угода незаконна.', 'uk')).toEqual(['on-record organization правоохоронців / За інформацією']);
    expect(kindTypeSourceCue('Следователи заявили, что сделка незаконна.', 'ru')).toEqual(['on-record organization Следователи / заявили']);
    expect(kindTypeSourceCue('Прокурор заявив, що це так.', 'uk')).toEqual(['anonymous person Прокурор / заявив']);
  });
});

describe('an impersonal verb of saying with a pronoun after "в/у" (ru, uk)', () => {
  it('is said by the text the pronoun stands for', () => {
    expect(kindTypeSourceCue('Компания опубликовала заявление. В нем говорится, что цены вырастут.', 'ru')).toEqual(['on-record document нем / говорится']);
    expect(kindTypeSourceCue('Міністерство надіслало лист. У ньому зазначено, що ціни зростуть.', 'uk')).toEqual(['on-record document ньому / зазначено']);
  });
});

describe('a quoting verb with a personal pronoun before the outlet (ru, uk)', () => {
  it('takes two parties: the outlet, and the one quoted, whom the pronoun stands for', () => {
    expect(kindTypeSourceCue('Собеседник газеты сказал, что это так. «Для них важно сохранить бренд», — цитирует его газета.', 'ru')).toEqual([
      'anonymous person Собеседник газеты / сказал',
      'on-record publication газета / цитирует',
      'anonymous person его / цитирует',
    ]);
  });
});

describe('a noun right after "в/у" with the locative singular\'s ending (uk)', () => {
  it('is one body or outlet, not several the plural\'s ending would make unnamed', () => {
    expect(kindTypeSourceCue('В агентстві пояснили, що тендер законний.', 'uk')).toEqual(['on-record publication агентстві / пояснили']);
    expect(kindTypeSourceCue('У ЗМІ пишуть, що тендер законний.', 'uk')).toEqual(['anonymous publication ЗМІ / пишуть']);
  });
});

describe('nouns of persons with the agent suffix "-ист", "-іст" the lexicon does not list (ru, uk)', () => {
  it('are persons by the suffix', () => {
    expect(kindTypeSourceCue('Сам хоккеист написал в своем телеграм-канале, что рассчитывает вернуться.', 'ru')).toEqual(['on-record person Сам хоккеист / написал']);
    expect(kindTypeSourceCue('Про це розповів футболіст команди.', 'uk')).toEqual(['anonymous person футболіст команди / розповів']);
  });
  it('not a short word or a quoted name that ends alike', () => {
    expect(kindTypeSourceCue('Нагадаємо, як повідомляли «Укрвісті», уряд виділив кошти.', 'uk')).toEqual(['on-record organization «Укрвісті» / як повідомляли']);
  });
});

describe('a lone capitalised word as a sentence\'s subject (ru, uk)', () => {
  const text = 'Один из врачей отделения, попросивший не называть его имени, рассказал, что больных некому принять. Врач отметил, что из отделения уволились четверо.';
  it('is no one a pronoun stands for when the article never writes it capitalised inside a sentence', () => {
    expect(kindTypeSourceCue(`${text} Причина, по его словам, в зарплате.`, 'ru').pop()).toBe('anonymous person его / словам');
  });
  it('is someone the article names so, in another case form', () => {
    expect(kindTypeSourceCue(`${text} Он работал с Андреем Соколовым. Андрей, по его словам, уехал.`, 'ru').pop()).toBe('on-record person его / словам');
  });
});

describe('a bare noun after "one of" and a plural (ru, uk)', () => {
  it('points back to the one of them who spoke, not to someone named further back with the same noun', () => {
    const text = 'Главный врач кардиоцентра Сергей Мальцев предупредил о нехватке кадров. Один из врачей отделения, попросивший не называть его имени, рассказал, что больных некому принять. Врач отметил, что из отделения уволились четверо.';
    expect(kindTypeSourceCue(text, 'ru').pop()).toBe('anonymous person Врач / отметил');
  });
});

describe('an object between the subject and its verb (ru, uk)', () => {
  it('is passed over to the subject before it: a pronoun, a determined phrase, a noun after a name or an aside', () => {
    expect(kindTypeSourceCue('Голова громади це заперечив.', 'uk')).toEqual(['on-record person Голова громади / заперечив']);
    expect(kindTypeSourceCue('Глава общины это отрицал.', 'ru')).toEqual(['on-record person Глава общины / отрицал']);
    expect(kindTypeSourceCue('Міністр цю інформацію заперечив.', 'uk')).toEqual(['on-record person Міністр / заперечив']);
    expect(kindTypeSourceCue('Мельничук звільнення вважає помстою за критику.', 'uk')).toEqual(['on-record person Мельничук / вважає']);
    expect(kindTypeSourceCue('Виконувач обов\'язків ректора Тарас Білоус, якого МОН призначив наступного дня, тиск на студентів заперечив.', 'uk')).toEqual([
      'on-record person Виконувач обов\'язків ректора Тарас Білоус, якого МОН призначив наступного дня / заперечив',
    ]);
    expect(kindTypeSourceCue('У МОН версію про помсту відкидають.', 'uk')).toEqual(['on-record organization МОН / відкидають']);
    expect(kindTypeSourceCue('Иванов увольнение считает местью.', 'ru')).toEqual(['on-record person Иванов / считает']);
  });
  it('is no object where it names people, nor where a plural verb does not agree with what stands before it', () => {
    expect(kindTypeSourceCue('У Львові місцеві активісти заявили, що все добре.', 'uk')).toEqual(['anonymous group місцеві активісти / заявили']);
    expect(kindTypeSourceCue('Подлинность скриншота редакции подтвердили двое участников чата.', 'ru')).toEqual(['anonymous group двое участников чата / подтвердили']);
    expect(kindTypeSourceCue('Жильцы в этом сомневаются.', 'ru')).toEqual(['anonymous group Жильцы / сомневаются']);
    expect(kindTypeSourceCue('Сотрудник одного из магазинов рассказал, что цены выросли.', 'ru')).toEqual(['anonymous person Сотрудник одного из магазинов / рассказал']);
  });
});

describe('a capital opening the sentence whose owner asks not to be named (ru, uk)', () => {
  it('is an unnamed person\'s noun the lexicon lacks, alone or with complements, not a name', () => {
    expect(kindTypeSourceCue('Диспетчер, який попросив не називати його імені, розповів, що графіки складають вручну.', 'uk')).toEqual([
      'anonymous person Диспетчер, який попросив не називати його імені / розповів',
    ]);
    expect(kindTypeSourceCue('Диспетчер обленерго, який попросив не називати його імені, розповів, що графіки складають вручну.', 'uk')).toEqual([
      'anonymous person Диспетчер обленерго, який попросив не називати його імені / розповів',
    ]);
  });
  it('leaves a full name a name', () => {
    expect(kindTypeSourceCue('Олег Петренко, який попросив не називати його посади, розповів, що їм погрожували.', 'uk')).toEqual([
      'on-record person Олег Петренко, який попросив не називати його посади / розповів',
    ]);
  });
});

describe('a relay between a subject and its verb (ru, uk)', () => {
  it('is passed over when an aside describes whom it cites', () => {
    expect(kindTypeSourceCue('Турецьке видання «Спор Гюндем» з посиланням на людей, близьких до керівництва клубу, пише, що угоду підписано.', 'uk')).toEqual([
      'on-record publication Турецьке видання «Спор Гюндем» / пише',
      'anonymous person людей, близьких до керівництва клубу / з посиланням на',
    ]);
  });
  it('is passed over when it cites people in scare quotes, after a date', () => {
    expect(kindTypeSourceCue('Телеграм-канал «Кременівка Online» ще 5 серпня з посиланням на «джерело в ОВА» писав, що школу закриють.', 'uk')).toEqual([
      'on-record publication Телеграм-канал «Кременівка Online» / писав',
      'anonymous person джерело в ОВА / з посиланням на',
    ]);
    expect(kindTypeSourceCue('Канал «Ключевск» 12 марта со ссылкой на источник в минздраве написал, что больницу закроют.', 'ru')).toEqual([
      'on-record publication Канал «Ключевск» / написал',
      'anonymous person источник в минздраве / со ссылкой на',
    ]);
  });
});

describe('a quoting verb before a surname and an outlet\'s word (ru, uk)', () => {
  it('has two parties, the outlet that quotes and the one it quotes', () => {
    expect(kindTypeSourceCue('«Тариф ниже почти на 30%», — цитирует Шелестова телеканал.', 'ru')).toEqual([
      'on-record publication телеканал / цитирует', 'on-record person Шелестова / цитирует',
    ]);
    expect(kindTypeSourceCue('«Ми готові», – цитує Ердема видання.', 'uk')).toEqual(['on-record publication видання / цитує', 'on-record person Ердема / цитує']);
  });
});

describe('a negated verb of saying that leaves something unanswered (ru, uk)', () => {
  it('says nothing after the indirect question that opens the sentence', () => {
    expect(kindTypeSourceCue('Чи буде відкрито кримінальне провадження, у бюро не уточнили.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Хватит ли денег в этом году, в министерстве не уточнили.', 'ru')).toEqual([]);
  });
  it('says nothing joined to another negated verb of saying, first or second', () => {
    expect(kindTypeSourceCue('В обласній прокуратурі факт відкриття провадження не підтвердили, але й не заперечили.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Официально в компании эту информацию не подтвердили, но и не опровергли.', 'ru')).toEqual([]);
  });
  it('denies the claim that stands right before it, alone, past its own negation to the subject', () => {
    expect(kindTypeSourceCue('В Минэнерго эту информацию не подтвердили.', 'ru')).toEqual(['on-record organization Минэнерго / подтвердили']);
    expect(kindTypeSourceCue('У міністерстві цю інформацію не підтвердили.', 'uk')).toEqual(['on-record organization міністерстві / підтвердили']);
    expect(kindTypeSourceCue('Міністр цю інформацію не підтвердив.', 'uk')).toEqual(['on-record person Міністр / підтвердив']);
    expect(kindTypeSourceCue('Фирма на запрос редакции не ответила.', 'ru')).toEqual([]);
  });
});

describe('spreading a text before the clause that says what it holds (ru, uk)', () => {
  it('reports, said by the subject before it, past a time between', () => {
    expect(kindTypeSourceCue('Тим часом низка російських телеграм-каналів у вихідні поширила твердження, що обмін нібито зірвався.', 'uk')).toEqual([
      'anonymous publication низка російських телеграм-каналів / поширила',
    ]);
    expect(kindTypeSourceCue('Ряд анонимных телеграм-каналов распространил сообщение о том, что графики введут.', 'ru')).toEqual([
      'anonymous publication Ряд анонимных телеграм-каналов / распространил',
    ]);
  });
  it('is never said by the text after it, its object, nor without a clause', () => {
    expect(kindTypeSourceCue('Напередодні акції в університетських чатах поширювали повідомлення, що протест нібито скасовано.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Волонтери поширили фото з місця події.', 'uk')).toEqual([]);
  });
});

describe('people the lexicon may or may not know, opening the sentence before a plural verb of saying (ru, uk)', () => {
  it('are unnamed people, with an aside or complements after the capital', () => {
    expect(kindTypeSourceCue('Учителя, с которыми поговорил «Срез», рассказывают, что им предлагают выбор.', 'ru')).toEqual(['anonymous group Учителя / рассказывают']);
    expect(kindTypeSourceCue('Родини полонених, з якими поспілкувався «Вектор новин», кажуть, що інформації немає.', 'uk')).toEqual([
      'anonymous group Родини полонених / кажуть',
    ]);
  });
  it('leave a singular text before the verb to the subject after it', () => {
    expect(kindTypeSourceCue('Подлинность скриншота редакции подтвердили двое участников чата.', 'ru')).toEqual(['anonymous group двое участников чата / подтвердили']);
  });
});

describe('expressing confidence or concern (ru, uk)', () => {
  it('reports before its clause, as "voiced concern" does', () => {
    expect(kindTypeSourceCue('Депутат городской думы Григорий Ташкин, в округ которого входит улица Судостроителей, выразил уверенность, что дом расселят.', 'ru')).toEqual([
      'on-record person Депутат городской думы Григорий Ташкин / выразил уверенность',
    ]);
    expect(kindTypeSourceCue('Батьки висловили занепокоєння, що школу закриють.', 'uk')).toEqual(['anonymous group Батьки / висловили занепокоєння']);
  });
});

describe('a comma and a dash before a verb of saying, after what is said with no quotation marks (ru, uk)', () => {
  it('close what is said: the phrase after the verb speaks, past a relative clause in what was said', () => {
    expect(kindTypeSourceCue('Київ готовий піти на такий крок лише за умови, що до списку увійдуть усі захисники Маріуполя, які досі залишаються в полоні, – уточнив співрозмовник.', 'uk')).toEqual([
      'anonymous person співрозмовник / уточнив',
    ]);
  });
});

describe('a former holder\'s word before a bare noun of a person (ru, uk)', () => {
  it('adds no one: the noun points back as it would alone', () => {
    expect(kindTypeSourceCue('Ректор Олег Мельничук звільнення вважає незаконним. «Це помста», – заявив він. Колишній ректор додав, що договори укладав його попередник.', 'uk').pop()).toBe(
      'on-record person Колишній ректор / додав',
    );
  });
  it('leaves someone new unnamed', () => {
    expect(kindTypeSourceCue('Бывший сотрудник рассказал, что договоры заключал его предшественник.', 'ru')).toEqual(['anonymous person Бывший сотрудник / рассказал']);
  });
});

describe('a quotation inside an aside between the subject and its verb (ru, uk)', () => {
  it('is read whole, commas inside it too', () => {
    expect(kindTypeSourceCue('Учительница начальных классов из Краснозерского района, попросившая не называть ее имени, потому что «в районе все друг друга знают, а другой работы нет», рассказала, что ей предложили ставку.', 'ru').map((s) => s.split(',')[0])).toEqual([
      'anonymous person Учительница начальных классов из Краснозерского района',
    ]);
  });
});

describe('advising whom, with a relative clause on them, to do something (ru, uk)', () => {
  it('reports before the infinitive past the relative clause', () => {
    expect(kindTypeSourceCue('Кравець радить фермерам, які мають змогу зберігати врожай, не поспішати з продажем.', 'uk')).toEqual(['on-record person Кравець / радить']);
    expect(kindTypeSourceCue('Юрист советует жильцам, которые получили уведомления, не подписывать документы.', 'ru')).toEqual(['anonymous person Юрист / советует']);
  });
  it('not before a relative clause with no infinitive after it', () => {
    expect(kindTypeSourceCue('Кравець радить фермерам, які мають змогу зберігати врожай.', 'uk')).toEqual([]);
  });
});

describe('an impersonal verb of saying before an outlet\'s page "на" places (ru, uk)', () => {
  it('is said by the page, one page in the locative singular', () => {
    expect(kindTypeSourceCue('Про це повідомляється на сайті суду.', 'uk')).toEqual(['on-record publication сайті суду / повідомляється']);
    expect(kindTypeSourceCue('Як повідомлялося на сайті Залужанської громади, ремонт завершать у грудні.', 'uk')).toEqual([
      'on-record publication сайті Залужанської громади / Як повідомлялося',
    ]);
    expect(kindTypeSourceCue('Как сообщается на сайте суда, заседание отложено.', 'ru')).toEqual(['on-record publication сайте суда / Как сообщается']);
  });
  it('is said by nothing "на" places that is no outlet', () => {
    expect(kindTypeSourceCue('Про це повідомляється на нараді.', 'uk')).toEqual([]);
  });
});

describe('a month in the locative between a subject and its verb (ru, uk)', () => {
  it('is a time, passed over', () => {
    expect(kindTypeSourceCue('Канал «Приозерний інсайд» ще в серпні стверджував, що школу закриють.', 'uk')).toEqual(['on-record publication Канал «Приозерний інсайд» / стверджував']);
    expect(kindTypeSourceCue('Канал «Ключевск» еще в августе писал, что больницу закроют.', 'ru')).toEqual(['on-record publication Канал «Ключевск» / писал']);
  });
});

describe('a time opening the sentence before a text and a plural verb (ru, uk)', () => {
  it('is no part of the text, the verb\'s object; the body after the verb speaks', () => {
    expect(kindTypeSourceCue('Згодом інформацію підтвердили в НАБУ.', 'uk')).toEqual(['on-record organization НАБУ / підтвердили']);
  });
});

describe('a count of a group set off by commas after the name opening the sentence (ru, uk)', () => {
  it('is an apposition of the name, which is the source; a pronoun after it stands for the name', () => {
    expect(kindTypeSourceCue('Світлана Мельничук, одна з організаторок акції, розповіла, що батьків обурили терміни. — Діти готуються, — сказала вона.', 'uk')).toEqual([
      'on-record person Світлана Мельничук, одна з організаторок акції / розповіла',
      'on-record person вона / сказала',
    ]);
    expect(kindTypeSourceCue('Иван Петров, один из организаторов акции, рассказал, что родители возмущены.', 'ru')).toEqual([
      'on-record person Иван Петров, один из организаторов акции / рассказал',
    ]);
  });
  it('stays the source where no name opens the sentence', () => {
    expect(kindTypeSourceCue('Вчора, один з депутатів заявив, що все добре.', 'uk')).toEqual(['anonymous person один з депутатів / заявив']);
  });
});

describe('a number sign before a number inside a source phrase (ru, uk)', () => {
  it('is part of the name it numbers', () => {
    expect(kindTypeSourceCue('Голова батьківського комітету ліцею № 3 Світлана Мельничук заявила, що батьків обурили терміни.', 'uk')).toEqual([
      'on-record person Голова батьківського комітету ліцею № 3 Світлана Мельничук / заявила',
    ]);
  });
});

describe('a setting between a subject and its verb whose occasion has modifiers and a quoted name after its preposition (uk)', () => {
  it('is passed over to the subject, whose office a preposition\'s complement may divide', () => {
    expect(kindTypeSourceCue('Маркус Ельгрен у письмовому коментарі для «Капітал-Тижня» зазначив, що фонд готовий до переговорів.', 'uk')).toEqual([
      'on-record person Маркус Ельгрен / зазначив',
    ]);
    expect(kindTypeSourceCue('Голова місії МФС в Україні Маркус Ельгрен у письмовому коментарі для «Капітал-Тижня» зазначив, що фонд готовий до переговорів.', 'uk')).toEqual([
      'on-record person Голова місії МФС в Україні Маркус Ельгрен / зазначив',
    ]);
  });
});

describe('a quotation closing a clause a complementizer opens, before a second verb (uk, ru)', () => {
  it('is what the first verb reports, no aside: the second verb takes no phrase through the first', () => {
    const found = kindTypeSourceCue('Маркус Ельгрен у коментарі для «Капітал-Тижня» зазначив, що фонд «не коментує деталі переговорів, які тривають», проте визнав, що податкова політика важлива.', 'uk');
    expect(found).toEqual(['on-record person Маркус Ельгрен / зазначив']);
  });
  it('is still read whole where it closes an aside', () => {
    expect(kindTypeSourceCue('Продавщица, попросившая не называть ее имени, потому что «в районе все друг друга знают, а другой работы нет», рассказала, что зарплату задерживают.', 'ru')).toEqual([
      'anonymous person Продавщица, попросившая не называть ее имени, потому что «в районе все друг друга знают, а другой работы нет» / рассказала',
    ]);
  });
});

describe('a body after "в/у" between a personal name opening the sentence and a singular verb (uk, ru)', () => {
  it('is where the named one spoke, not the source', () => {
    expect(kindTypeSourceCue('Задорожний у суді заявив, що вантажі оформлювали за правилами.', 'uk')).toEqual(['on-record person Задорожний / заявив']);
    expect(kindTypeSourceCue('Иван Петров в суде заявил, что грузы оформляли по правилам.', 'ru')).toEqual(['on-record person Иван Петров / заявил']);
    expect(kindTypeSourceCue('Сам Присяжнюк у суді провину заперечив.', 'uk')).toEqual(['on-record person Сам Присяжнюк / заперечив']);
  });
  it('stays a source noun\'s descriptor, and people after the preposition stay the subject', () => {
    expect(kindTypeSourceCue('Джерело в Офісі президента повідомило, що все добре.', 'uk')).toEqual(['anonymous person Джерело в Офісі президента / повідомило']);
    expect(kindTypeSourceCue('Обвинения в выводе средств бизнесмен называет «попыткой найти виноватого».', 'ru').map((a) => a.split(' / ')[1])).toEqual(['называет']);
    expect(kindTypeSourceCue('Обвинения в выводе средств бизнесмен называет «попыткой найти виноватого».', 'ru')[0]).toContain('бизнесмен');
  });
});

describe('an aside that a feminine passive participle in the locative opens (uk)', () => {
  it('describes the text before it; the subject before the text speaks', () => {
    expect(kindTypeSourceCue('Пресслужба фонду в заяві, оприлюдненій у п’ятницю, повідомила, що місія завершила раунд.', 'uk')).toEqual([
      'on-record organization Пресслужба фонду в заяві / повідомила',
    ]);
  });
});

describe('people in the genitive plural after a plural verb, a body "в/у" places before it (uk, ru)', () => {
  it('are the verb\'s object, a case no subject takes; the body speaks', () => {
    expect(kindTypeSourceCue('В обласній адміністрації звинуватили будівельників у зриві графіка.', 'uk')).toEqual(['on-record organization обласній адміністрації / звинуватили']);
    expect(kindTypeSourceCue('В администрации области обвинили строителей в срыве графика.', 'ru')).toEqual(['on-record organization администрации области / обвинили']);
  });
  it('leave a count of people after the verb its subject', () => {
    expect(kindTypeSourceCue('У лікарні розповіли двоє лікарів, що черги зросли.', 'uk')).toEqual(['anonymous group двоє лікарів / розповіли']);
  });
});

describe('a body with complements "в/у" places, before an object and a plural verb (uk, ru)', () => {
  it('speaks whole, the object passed over', () => {
    expect(kindTypeSourceCue('У службі доріг цю версію спростовують.', 'uk')).toEqual(['on-record organization службі доріг / спростовують']);
    expect(kindTypeSourceCue('В службе дорог эту версию опровергают.', 'ru')).toEqual(['on-record organization службе дорог / опровергают']);
  });
});

describe('the closed class of words that end a phrase (uk, ru)', () => {
  it('is matched exactly: "так" is no "таку", and every relative pronoun\'s form is listed', () => {
    const found = kindTypeSourceCue('В обласній службі автомобільних доріг таку версію подій спростовують.', 'uk');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^on-record organization обласній службі автомобільних доріг/);
    expect(kindTypeSourceCue('Лікар, якому пацієнти довіряють, розповів, що черги зросли.', 'uk')).toEqual(['anonymous person Лікар, якому пацієнти довіряють / розповів']);
  });
});

describe('"однієї з", the genitive of "одна з", after a credit (uk)', () => {
  it('is one unnamed person out of those it counts', () => {
    expect(kindTypeSourceCue('За словами однієї з мешканок, дорога на роботу тепер забирає півтори години.', 'uk')).toEqual(['anonymous person однієї з мешканок / За словами']);
  });
});

describe('two asides between a subject and its verb, a quoted name inside the first (uk)', () => {
  it('are both the subject\'s', () => {
    expect(kindTypeSourceCue('Двоє працівників митного поста, які погодилися поговорити зі «Слідчим контролем» на умовах анонімності, бо досі працюють у митниці, розповіли, що схема існувала.', 'uk')).toEqual([
      'anonymous group Двоє працівників митного поста, які погодилися поговорити зі «Слідчим контролем» на умовах анонімності, бо досі працюють у митниці / розповіли',
    ]);
  });
});

describe('passing on, a relay between the verb and the clause it passes on (uk, ru)', () => {
  it('reports, and whom it cites is a source of its own', () => {
    expect(kindTypeSourceCue('Агентство передає з посиланням на двох чиновників фонду, що рада директорів може розглянути програму.', 'uk')).toEqual([
      'on-record publication Агентство / передає',
      'anonymous group двох чиновників фонду / з посиланням на',
    ]);
    expect(kindTypeSourceCue('Агентство передает со ссылкой на двух чиновников фонда, что совет директоров может рассмотреть программу.', 'ru')[0]).toBe('on-record publication Агентство / передает');
  });
  it('reports nothing with no clause after the relay', () => {
    expect(kindTypeSourceCue('Агентство передає з посиланням на джерела в уряді.', 'uk')).toEqual(['anonymous group джерела в уряді / з посиланням на']);
  });
});

describe('a quoting verb before a quoted title and the one it quotes (uk, ru)', () => {
  it('has two parties, the title quoting', () => {
    expect(kindTypeSourceCue('«Фонд отримає податкові зміни», — цитує «Фінансовий оглядач» урядовця.', 'uk')).toEqual([
      'on-record organization «Фінансовий оглядач» / цитує',
      'anonymous person урядовця / цитує',
    ]);
  });
});

describe('learning, an outlet\'s word in the dative with its title after it (uk, ru)', () => {
  it('credits the outlet the title names', () => {
    expect(kindTypeSourceCue('Як стало відомо виданню «Фінансовий оглядач», уряд уже підготував пакет.', 'uk')).toEqual(['on-record publication «Фінансовий оглядач» / стало відомо']);
    expect(kindTypeSourceCue('Как стало известно изданию «Финансовый обозреватель», правительство подготовило пакет.', 'ru')).toEqual([
      'on-record publication «Финансовый обозреватель» / стало известно',
    ]);
  });
  it('credits no one without a title', () => {
    expect(kindTypeSourceCue('Як стало відомо виданню, уряд уже підготував пакет.', 'uk')).toEqual([]);
  });
});

describe('a noun of people opening the sentence, complements up to the verb (uk, ru)', () => {
  it('owns them all, a place after a preposition of its own too, where the verb agrees', () => {
    expect(kindTypeSourceCue('Співрозмовник нашого видання в одній із західних делегацій у Женеві додав, що Вашингтон підтримує ініціативу.', 'uk')).toEqual([
      'anonymous person Співрозмовник нашого видання в одній із західних делегацій у Женеві / додав',
    ]);
    expect(kindTypeSourceCue('Мешканці села у Житомирській області розповіли, що воду не дають.', 'uk')).toEqual(['anonymous group Мешканці села у Житомирській області / розповіли']);
  });
});

describe('the second half of a correlative negation inside an aside (uk, ru)', () => {
  it('goes on the aside before it, which stays the subject\'s', () => {
    expect(kindTypeSourceCue('Керівник однієї з великих компаній, який попросив не називати ні його імені, ні компанії, оскільки його фірма веде перемовини, вважає, що ціна занижена.', 'uk')).toEqual([
      'anonymous person Керівник однієї з великих компаній / вважає',
    ]);
    expect(kindTypeSourceCue('Руководитель одной из крупных компаний, попросивший не называть ни его имени, ни компании, поскольку его фирма ведет переговоры, считает, что цена занижена.', 'ru')).toEqual([
      'anonymous person Руководитель одной из крупных компаний / считает',
    ]);
  });
});

describe('a relative pronoun in the instrumental after a preposition (uk)', () => {
  it('ends the phrase, as every form of the relative pronoun does: no one speaks from it', () => {
    expect(kindTypeSourceCue('Лікарка-терапевтка, з якою ми говорили на початку, каже, що в лікарні ходять чутки. «Це не паніка», – сказала вона.', 'uk')).toEqual([
      'anonymous person Лікарка-терапевтка / каже',
      'anonymous person вона / сказала',
    ]);
  });
});

describe('"мати" and "пані", singular nouns of persons in a plural\'s ending (uk)', () => {
  it('are one person, named by the name closing the phrase', () => {
    expect(kindTypeSourceCue('Мати трьох дітей із села Журавлинка Наталія Петренко каже, що їхати нікуди.', 'uk')).toEqual([
      'on-record person Мати трьох дітей із села Журавлинка Наталія Петренко / каже',
    ]);
  });
});

describe('an object between a body "в/у" places and a plural verb, after a quoted name or with a place of its own (uk)', () => {
  it('is passed over to the body, which speaks; nothing after the verb is its subject', () => {
    expect(kindTypeSourceCue('У «Калинопільтеплоенерго» низьку температуру в будинках пояснюють зношеністю мереж.', 'uk')).toEqual([
      'on-record organization «Калинопільтеплоенерго» / пояснюють',
    ]);
    expect(kindTypeSourceCue('У Подільській ОВА ситуацію в Калинополі назвали «складною, але керованою».', 'uk')).toEqual(['on-record organization Подільській ОВА / назвали']);
  });
});

describe('an occasion between a placed body or people with complements and the verb (uk)', () => {
  it('is passed over after a body\'s quoted name alone', () => {
    expect(kindTypeSourceCue('У «Нафтогазі» на запит видання підтвердили, що підприємство має заборгованість.', 'uk')).toEqual(['on-record organization «Нафтогазі» / підтвердили']);
  });
  it('is passed over to a count of people with complements opening the sentence', () => {
    expect(kindTypeSourceCue('Кілька депутатів від різних фракцій у неофіційних розмовах із журналістами «Подільського тижня» визнали, що голосування провалиться.', 'uk')).toEqual([
      'anonymous group Кілька депутатів від різних фракцій / визнали',
    ]);
  });
});

describe('a bare noun of a person after a pronoun that stood for the one who spoke (uk)', () => {
  it('is that one: the pronoun\'s sentence continues their speech', () => {
    const found = kindTypeSourceCue('Директорка департаменту Інна Бойко розповіла, що операцій мало. Вона наголосила, що пацієнтів везуть до міста.\n\n«Ми розуміємо емоції людей», – сказала посадовиця.', 'uk');
    expect(found[found.length - 1]).toBe('on-record person посадовиця / сказала');
  });
  it('is someone else where the one who spoke is two sentences back with no pronoun between', () => {
    const found = kindTypeSourceCue('Директорка департаменту Інна Бойко розповіла, що операцій мало. Пацієнтів везуть до міста. Черги ростуть.\n\n«Ми розуміємо емоції людей», – сказала посадовиця.', 'uk');
    expect(found[found.length - 1]).toBe('anonymous person посадовиця / сказала');
  });
});

describe('a quotation opening a sentence, a comma or a dash after its closing mark (uk, ru)', () => {
  it('is no quoted name a pronoun may stand for', () => {
    expect(kindTypeSourceCue('Інша мешканка розповіла, що родина не виїжджає. «Поки він тут – і ми тут», – сказала вона.', 'uk')).toEqual([
      'anonymous person Інша мешканка / розповіла',
      'anonymous person вона / сказала',
    ]);
  });
});

describe('a pronoun a sentence or two after an unnamed speaker, its past verb agreeing in gender (uk, ru)', () => {
  it('is that unnamed speaker, past a sentence about them and past direct speech', () => {
    const found = kindTypeSourceCue('Військовий однієї з бригад підтвердив, що удари почастішали. Його ім\'я редакція не називає з безпекових міркувань.\n\n– Вони б\'ють по селах. Поки в селах є діти, ми спимо гірше, – сказав він.', 'uk');
    expect(found[found.length - 1]).toBe('anonymous person він / сказав');
  });
  it('is not one whose verb is of the other gender', () => {
    const found = kindTypeSourceCue('Волонтерка підтвердила, що удари почастішали. Її ім\'я редакція не називає з безпекових міркувань.\n\n– Вони б\'ють по селах. Поки в селах є діти, ми спимо гірше, – сказав він.', 'uk');
    expect(found[found.length - 1]).toBe('on-record person він / сказав');
  });
});

describe('a document opening the sentence with its complements, before a finding verb (uk, ru)', () => {
  it('reports, past an aside on it too', () => {
    expect(kindTypeSourceCue('Дослідження центру, опубліковане минулого року, свідчить, що час доїзду зріс удвічі.', 'uk')).toEqual([
      'on-record document Дослідження центру, опубліковане минулого року / свідчить',
    ]);
    expect(kindTypeSourceCue('Доклад Всемирного банка свидетельствует, что время доезда выросло.', 'ru')).toEqual(['on-record document Доклад Всемирного банка / свидетельствует']);
  });
});

describe('the relative pronoun\'s accusative and instrumental, "яку", "якою" (uk)', () => {
  it('open an aside, as its other forms do', () => {
    expect(kindTypeSourceCue('Жителі сусідньої Журавлинки, яку евакуація поки не зачепила, кажуть, що бояться.', 'uk')).toEqual([
      'anonymous group Жителі сусідньої Журавлинки, яку евакуація поки не зачепила / кажуть',
    ]);
  });
});

describe('a place closing an aside a participle opens, then a setting before the verb (ru, uk)', () => {
  it('is no subject; the subject stands before the aside', () => {
    expect(kindTypeSourceCue('Два дипломата, аккредитованные в Нерине, в разговоре с корреспондентом заявили, что переговоры возобновятся.', 'ru')).toEqual([
      'anonymous group Два дипломата / заявили',
    ]);
  });
});

describe('the gerund of a verb that reports only before a clause (ru, uk)', () => {
  it('reports before a clause, for the subject of the clause it closes', () => {
    expect(kindTypeSourceCue('В компании отказались комментировать ситуацию, отметив, что графики составляет облэнерго.', 'ru')).toEqual(['on-record organization компании / отметив']);
  });
  it('reports nothing before an object', () => {
    expect(kindTypeSourceCue('Он подписал указ, отметив в нем новые сроки.', 'ru')).toEqual([]);
  });
});

describe('a quoted title closing a phrase that a count of a group opens (uk, ru)', () => {
  it('closes the subject, one unnamed out of the group', () => {
    expect(kindTypeSourceCue('Одна з учасниць об\'єднання «Чекаємо вдома» розповіла, що чекає сина.', 'uk')).toEqual(['anonymous person Одна з учасниць об\'єднання «Чекаємо вдома» / розповіла']);
    expect(kindTypeSourceCue('Один из участников движения «Чистый берег» рассказал, что акция продолжится.', 'ru')).toEqual(['anonymous person Один из участников движения «Чистый берег» / рассказал']);
  });
});

describe('a named person a dash after a comma brings in, closing a sentence with no verb (uk, ru)', () => {
  it('is whom a bare noun that says only a sex points back to', () => {
    expect(kindTypeSourceCue('Серед тих, хто повірив повідомленню, – мешканка Надбузька Галина Кравець. Жінка розповіла, що купила генератор.', 'uk')).toEqual([
      'on-record person Жінка / розповіла',
    ]);
  });
});

describe('a relative pronoun in a case no subject takes (uk, ru)', () => {
  it('is the one told, not the one telling', () => {
    expect(kindTypeSourceCue('Власник фірми-постачальника, якому також повідомили про підозру, на дзвінки журналістів не відповідав.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Директор школы, которому сообщили о проверке, заявил, что ничего не знал.', 'ru')).toEqual(['on-record person Директор школы, которому сообщили о проверке / заявил']);
  });
  it('after a preposition, is the text in which something is said', () => {
    expect(kindTypeSourceCue('Вона оприлюднила заяву, у якій, зокрема, йдеться про відставку.', 'uk').map((a) => a.split(' / ')[1])).toContain('йдеться');
  });
});

describe('a phrase a determiner in the accusative alone opens, before the verb (uk, ru)', () => {
  it('is the object, whatever the verb\'s number; the subject follows the verb', () => {
    expect(kindTypeSourceCue('Цю інформацію підтвердило джерело в правоохоронних органах.', 'uk')).toEqual(['anonymous person джерело в правоохоронних органах / підтвердило']);
    expect(kindTypeSourceCue('Эту информацию подтвердил источник в полиции.', 'ru')).toEqual(['anonymous person источник в полиции / подтвердил']);
  });
  it('leaves a subject before it speaking', () => {
    expect(kindTypeSourceCue('Міністр цю інформацію заперечив.', 'uk')).toEqual(['on-record person Міністр / заперечив']);
  });
});

describe('a focus word ("й", "також", "и") between a verb and its subject or placed body (uk, ru)', () => {
  it('is no part of the subject after the verb', () => {
    expect(kindTypeSourceCue('Цю інформацію «Суспільному» підтвердило й джерело в правоохоронних органах.', 'uk')).toEqual([
      'anonymous person джерело в правоохоронних органах / підтвердило',
    ]);
  });
  it('is passed over to the body a preposition places after the verb', () => {
    expect(kindTypeSourceCue('Цю інформацію підтвердили й у Житомирській ОВА.', 'uk')).toEqual(['on-record organization Житомирській ОВА / підтвердили']);
    expect(kindTypeSourceCue('Это подтвердили и в полиции.', 'ru')).toEqual(['on-record organization полиции / подтвердили']);
  });
});

describe('a condition\'s clause after its head and comma ("за умови, що", "при условии, что"), before a verb closing the sentence (uk, ru)', () => {
  it('is no relative clause on the head: the phrase after the verb speaks', () => {
    expect(kindTypeSourceCue('Кошти передадуть громаді лише за умови, що міськрада подасть кошторис, уточнив посадовець.', 'uk')).toEqual(['anonymous person посадовець / уточнив']);
    expect(kindTypeSourceCue('Деньги выделят при условии, что мэрия подаст смету, уточнил чиновник.', 'ru')).toEqual(['anonymous person чиновник / уточнил']);
  });
  it('ends where the condition does, with "лише", "только" before the head too', () => {
    const conditions = (text: string, language: string) => analyse(text, { language }).conditions.map((c) => c.clause.text);
    expect(conditions('Кошти передадуть громаді лише за умови, що міськрада подасть кошторис, уточнив посадовець.', 'uk')).toEqual(['лише за умови, що міськрада подасть кошторис']);
    expect(conditions('Деньги выделят только при условии, что мэрия подаст смету, уточнил чиновник.', 'ru')).toEqual(['только при условии, что мэрия подаст смету']);
  });
});

describe('a body\'s initials opening a phrase, a capital after them (uk, ru)', () => {
  it('head the phrase: a body, not a person\'s name', () => {
    expect(kindTypeSourceCue('У ДСНС Житомирщини повідомили, що рятувальники встановили намети.', 'uk')).toEqual(['on-record organization ДСНС Житомирщини / повідомили']);
    expect(kindTypeSourceCue('МЧС Подмосковья сообщило, что спасатели установили палатки.', 'ru')).toEqual(['on-record organization МЧС Подмосковья / сообщило']);
  });
});

describe('"торік", "позаторік" (uk)', () => {
  it('are times, passed over between a subject and its verb', () => {
    expect(kindTypeSourceCue('Засновник холдингу Петро Лисенко ще торік в інтерв\'ю виданню «Латифундист» запевняв, що компанія не продається.', 'uk')).toEqual([
      'on-record person Засновник холдингу Петро Лисенко / запевняв',
    ]);
  });
});

describe('a connective opening the sentence before the clause a gerund closes (uk, ru)', () => {
  it('is passed over: the subject after it speaks', () => {
    expect(kindTypeSourceCue('Водночас суддя визначив альтернативу у вигляді застави, зазначивши, що підозрюваний має носити браслет.', 'uk')).toEqual(['anonymous person суддя / зазначивши']);
    expect(kindTypeSourceCue('Тем временем судья назначил залог, отметив, что обвиняемый должен носить браслет.', 'ru')).toEqual(['anonymous person судья / отметив']);
  });
});

describe('one unnamed who asks not to be named, brought in as a sentence\'s subject with no verb of saying (uk, en)', () => {
  const pronouns = (text: string, language: string) => analyse(text, { language }).attributions.filter((a) => /^(він|he)$/i.test(a.source.text)).map((a) => a.kind);
  it('is whom "he" closing a quotation just after stands for', () => {
    expect(pronouns('Заступник мера Роман Гнатюк заявив, що громада подала заявку. Посадовець обласної військової адміністрації, який побажав залишитися неназваним, налаштований менш оптимістично. «Заявок сотні. Грошей не вистачить», – сказав він.', 'uk')).toEqual(['anonymous']);
    expect(pronouns('Mayor Roman Hnatiuk said the city had applied. A senior regional official, who asked not to be named, was less optimistic. "There are hundreds of bids," he said.', 'en')).toEqual(['anonymous']);
  });
  it('not one who asked nothing', () => {
    expect(pronouns('Mayor Roman Hnatiuk said the city had applied. A senior regional official was less optimistic. "There are hundreds of bids," he said.', 'en')).toEqual(['on-record']);
  });
});

describe('proposing before an infinitive (uk, ru)', () => {
  it('reports what is proposed, as the English "suggested" to does', () => {
    expect(kindTypeSourceCue('Частина депутатів міськради пропонує не чекати державних коштів.', 'uk')).toEqual(['anonymous group Частина депутатів міськради / пропонує']);
    expect(kindTypeSourceCue('Часть депутатов предлагает не ждать денег.', 'ru')).toEqual(['anonymous group Часть депутатов / предлагает']);
  });
  it('reports nothing before a noun', () => {
    expect(kindTypeSourceCue('Компанія пропонує знижки.', 'uk')).toEqual([]);
  });
});

describe('a number sign in a phrase after the verb (ru, uk)', () => {
  it('stays inside the name it numbers, the personal name after it too', () => {
    expect(kindTypeSourceCue('«Мы вынуждены идти на компромисс», – рассказала педиатр городской поликлиники № 3 Новосибирска Ирина Соколова.', 'ru')).toEqual([
      'on-record person педиатр городской поликлиники № 3 Новосибирска Ирина Соколова / рассказала',
    ]);
  });
});

describe('a preposition and its correlative, then a comma and the clause ("на том, что", "на тому, що")', () => {
  it('is what a verb that reports only before a clause reports', () => {
    expect(kindTypeSourceCue('Агент футболиста Роман Гусев настаивает на том, что его клиент стал жертвой врачебной ошибки.', 'ru')).toEqual([
      'on-record person Агент футболиста Роман Гусев / настаивает',
    ]);
    expect(kindTypeSourceCue('Адвокат наполягає на тому, що клієнт невинуватий.', 'uk')).toEqual(['anonymous person Адвокат / наполягає']);
  });
});

describe('a verb of saying set off by commas inside the clause it reports, its subject after it (ru, uk)', () => {
  it('takes the phrase after it, not the word that opens the sentence', () => {
    expect(kindTypeSourceCue('Иначе, предупредил эксперт, время в пути вырастет на 10–15 минут.', 'ru')).toEqual(['anonymous person эксперт / предупредил']);
    expect(kindTypeSourceCue('Компания, сообщил источник, закроет завод.', 'ru')).toEqual(['anonymous person источник / сообщил']);
  });
  it('keeps an apposition after the subject closing the sentence', () => {
    expect(kindTypeSourceCue('Пожежа почалася вночі, повідомило джерело, працівник компанії «Регіон».', 'uk')).toEqual(['anonymous person джерело, працівник компанії «Регіон» / повідомило']);
  });
});

describe('a lone capitalised common noun opening the sentence (ru, uk)', () => {
  it('is no one a bare noun of a person after a verb of saying may point back to', () => {
    expect(kindTypeSourceCue('Михаил Зотов заявил, что отказ может быть оправдан. Время в пути вырастет, предупредил эксперт.', 'ru')).toEqual([
      'on-record person Михаил Зотов / заявил',
      'on-record person эксперт / предупредил',
    ]);
  });
});

describe('the fleeting vowel of nouns in -ец (ru)', () => {
  it('reads a short noun\'s cases back to it, and a soft sign or "й" left after "л" or a vowel', () => {
    expect(kindSourceCue('Один из отцов рассказал, что ему придется уйти.', 'ru')).toEqual(['anonymous Один из отцов / рассказал']);
    expect(kindSourceCue('Один из бойцов рассказал, что ему придется уйти.', 'ru')).toEqual(['anonymous Один из бойцов / рассказал']);
    expect(kindSourceCue('Некоторые владельцы рассказали, что им придется уйти.', 'ru')).toEqual(['anonymous Некоторые владельцы / рассказали']);
  });
});

describe('a determiner a noun\'s case form spells ("Другой" is no "друг")', () => {
  it('is no head: the noun after it is, an informant whose belief is reported', () => {
    expect(kindSourceCue('Другой эксперт считает, что вариант будет мягче.', 'ru')).toEqual(['anonymous Другой эксперт / считает']);
  });
});

describe('threatening before a clause (ru, uk)', () => {
  it('reports, as the English "threatened" does; not before what is threatened', () => {
    expect(kindSourceCue('Министр внутренних дел Австрии Лукас Громбергер в четверг пригрозил, что Вена заблокирует соглашение.', 'ru')).toEqual([
      'on-record Министр внутренних дел Австрии Лукас Громбергер / пригрозил',
    ]);
    expect(kindSourceCue('Міністр Петро Коваль пригрозив, що Київ заблокує угоду.', 'uk')).toEqual(['on-record Міністр Петро Коваль / пригрозив']);
    expect(kindSourceCue('Министр пригрозил санкциями.', 'ru')).toEqual([]);
  });
});

describe('a trial\'s two sides (ru, uk)', () => {
  it('are bodies, on the record, as "the defense" is', () => {
    expect(kindSourceCue('По мнению защиты, мера может быть смягчена.', 'ru')).toEqual(['on-record защиты / По мнению']);
    expect(kindSourceCue('На думку захисту, захід може бути пом’якшено.', 'uk')).toEqual(['on-record захисту / На думку']);
  });
});

describe('a noun after a credit of a body\'s data (ru, uk)', () => {
  it('is singular without the genitive plural\'s ending: the outlet the article named', () => {
    expect(kindSourceCue('По данным газеты, Еврокомиссия готова выделить деньги.', 'ru')).toEqual(['on-record газеты / По данным']);
    expect(kindSourceCue('За даними газети, Єврокомісія готова виділити гроші.', 'uk')).toEqual(['on-record газети / За даними']);
  });
});

describe('representatives of a named body, in the plural (ru)', () => {
  it('speak for it, unlike its analysts', () => {
    expect(kindSourceCue('Представители Amnesty International заявили, что лагеря переполнены.', 'ru')).toEqual(['on-record Представители Amnesty International / заявили']);
    expect(kindSourceCue('Аналитики Acme Research считают, что цены вырастут.', 'ru')).toEqual(['anonymous Аналитики Acme Research / считают']);
  });
});

describe('a purpose that keeps a source from harm (ru, uk)', () => {
  it('is the reason for anonymity, an aside between the subject and its verb', () => {
    const [a] = analyse('Несколько его коллег, высказавшихся на условиях анонимности, чтобы не портить отношения с мэрией, считают, что мэрия затягивает решение.', { language: 'ru' }).attributions;
    expect([a.kind, a.reason?.text]).toEqual(['anonymous', 'чтобы не портить отношения с мэрией']);
    const [b] = analyse('Кілька його колег, які говорили на умовах анонімності, щоб не псувати стосунків із мерією, вважають, що мерія затягує рішення.', { language: 'uk' }).attributions;
    expect([b.kind, b.reason?.text]).toEqual(['anonymous', 'щоб не псувати стосунків із мерією']);
  });
});

describe('inquiries as texts (uk, ru)', () => {
  it('report what they found, as the English "audit" and "examination" do', () => {
    expect(kindSourceCue('Проте експертиза, проведена на замовлення слідчих, показала, що генератор має втричі меншу потужність.', 'uk')).toEqual(['on-record експертиза / показала']);
    expect(kindSourceCue('Экспертиза показала, что генератор слабее.', 'ru')).toEqual(['on-record Экспертиза / показала']);
  });
});

describe('a dash inside a quotation before the verb that closes it (uk, ru)', () => {
  it('sets nothing off with the dash after the quotation: the speaker follows the verb', () => {
    expect(kindSourceCue('«Банки – це гроші», – каже видання.', 'uk')).toEqual(['on-record видання / каже']);
    expect(kindSourceCue('«Банки – это деньги», – пишет издание.', 'ru')).toEqual(['on-record издание / пишет']);
  });
  it('leaves a quoting verb its two parties, the outlet\'s own informant too, a weekly among the outlets', () => {
    expect(kindSourceCue('«Банки – це гроші на війну», – цитує тижневик свого співрозмовника.', 'uk')).toEqual([
      'on-record тижневик / цитує',
      'anonymous свого співрозмовника / цитує',
    ]);
  });
});

describe('the agent of a participle before the head, with a modifier of its own (uk, ru)', () => {
  it('does not head the phrase', () => {
    expect(kindSourceCue('Опитані нашим виданням аналітики вважають, що Москва намагається розколоти позиції Києва.', 'uk')).toEqual(['anonymous Опитані нашим виданням аналітики / вважають']);
    expect(kindSourceCue('Опрошенные нашим изданием эксперты считают, что Москва пытается.', 'ru')).toEqual(['anonymous Опрошенные нашим изданием эксперты / считают']);
  });
});

describe('a belief with an object and what it is held to be (uk, ru)', () => {
  it('states a named person\'s view', () => {
    expect(kindSourceCue('Депутатка Лілія Бондарук вважає ініціативу передчасною.', 'uk')).toEqual(['on-record Депутатка Лілія Бондарук / вважає']);
    expect(kindSourceCue('Депутат Лилия Бондарук считает решение ошибкой.', 'ru')).toEqual(['on-record Депутат Лилия Бондарук / считает']);
  });
});

describe('a passive participle with a setting or its agent\'s modifier after it, set off by commas (ru, uk)', () => {
  it('describes the document before it, a quoted name inside it too, which reports its finding', () => {
    expect(kindSourceCue('Опрос, проведенный местным социологическим центром «Вектор» в марте, показал, что большинство жителей против.', 'ru')).toEqual([
      'on-record Опрос, проведенный местным социологическим центром «Вектор» в марте / показал',
    ]);
    expect(kindSourceCue('Опрос, опубликованный в марте, показал, что большинство жителей против.', 'ru')).toEqual(['on-record Опрос / показал']);
    expect(kindSourceCue('Дослідження, проведене в березні, показало, що більшість мешканців проти.', 'uk')).toEqual(['on-record Дослідження / показало']);
  });
});

describe('criticising (ru, uk)', () => {
  it('reports, as the English "criticized" does; not a court\'s sentence', () => {
    expect(kindSourceCue('Часть депутатов городской думы раскритиковала решение.', 'ru')).toEqual(['anonymous Часть депутатов городской думы / раскритиковала']);
    expect(kindSourceCue('Частина депутатів розкритикувала рішення мерії.', 'uk')).toEqual(['anonymous Частина депутатів / розкритикувала']);
    expect(kindSourceCue('Суд осудил его на пять лет.', 'ru')).toEqual([]);
  });
});

describe('a subject pronoun after an occasion and whom it was told to (ru, uk)', () => {
  it('is the subject, no complement of those told', () => {
    expect(kindSourceCue('В комментарии нашему изданию он указал, что сочетание пошлины и квоты создает неопределенность.', 'ru')).toEqual(['on-record он / указал']);
    expect(kindSourceCue('У коментарі нашому виданню він заявив, що ціни зростуть.', 'uk')).toEqual(['on-record він / заявив']);
  });
  it('leaves a phrase after the verb the subject where a noun of those told has a complement', () => {
    expect(kindSourceCue('Про це журналістам «Обрію 24» розповіли троє лікарів.', 'uk')).toEqual(['anonymous троє лікарів / розповіли']);
  });
});

describe('"напередодні", "накануне" alone before the verb (uk, ru)', () => {
  it('is a time, no preposition that makes the verb a noun', () => {
    expect(kindSourceCue('Телеграм-канал «Кулуари Ради» напередодні написав, що законопроєкт відкладуть.', 'uk')).toEqual(['on-record Телеграм-канал «Кулуари Ради» / написав']);
    expect(kindSourceCue('Телеграм-канал «Кулуары» накануне написал, что законопроект отложат.', 'ru')).toEqual(['on-record Телеграм-канал «Кулуары» / написал']);
  });
  it('still a preposition before a noun', () => {
    expect(kindSourceCue('Напередодні виборів міністр заявив, що ціни зростуть.', 'uk')).toEqual(['on-record міністр / заявив']);
  });
});

describe('agreeing before the clause agreed in (uk, ru)', () => {
  it('reports, as "сходяться на думці" does', () => {
    expect(kindSourceCue('Інші політологи, опитані виданням, сходяться в тому, що ухвалити документ навряд чи вдасться.', 'uk')).toEqual([
      'anonymous Інші політологи, опитані виданням / сходяться в тому',
    ]);
    expect(kindSourceCue('Эксперты сходятся в том, что принять документ не удастся.', 'ru')).toEqual(['anonymous Эксперты / сходятся в том']);
  });
});

describe('a belief with what it holds its object to be, set off after a comma (ru, uk)', () => {
  it('takes no object for its subject: the subject stands before', () => {
    expect(kindSourceCue('Ряд отраслевых аналитиков, впрочем, считает такой прогноз преувеличенным.', 'ru')).toEqual(['anonymous Ряд отраслевых аналитиков / считает']);
    expect(kindSourceCue('Компания закроет завод, считает источник.', 'ru')).toEqual(['anonymous источник / считает']);
  });
});

describe('a present plural of a verb of the second conjugation, and a numbered place in a relative clause (uk)', () => {
  it('reads "говорять" as "говорить" is read', () => {
    expect(kindSourceCue('Лікарі говорять, що чекали годину.', 'uk')).toEqual(['anonymous Лікарі / говорять']);
    expect(kindSourceCue('Пацієнти, яких ми зустріли в коридорі, говорять, що чекали годину.', 'uk')).toEqual(['anonymous Пацієнти, яких ми зустріли в коридорі / говорять']);
  });
  it('keeps "№ 12" inside the clause that describes the subject', () => {
    expect(kindSourceCue('Учні, які стояли біля ліцею № 12, сказали, що телефони їм не заважають.', 'uk')).toEqual(['anonymous Учні, які стояли біля ліцею № 12 / сказали']);
  });
});

describe('what a pronoun closing a quotation stands for (uk, ru)', () => {
  it('not the subject of words another speaker reports in the sentence before', () => {
    expect(kindSourceCue('Людина з оточення мера, яка попросила не згадувати її посаду, переказала нам іншу версію. За словами нашої співрозмовниці, Сидоренко знав про зв’язки переможця. «Мер і сам не в захваті», — сказала вона.', 'uk')).toEqual([
      'anonymous Людина з оточення мера, яка попросила не згадувати її посаду / переказала', 'anonymous нашої співрозмовниці / За словами', 'anonymous вона / сказала',
    ]);
  });
  it('nor the subject of what its own verb reports', () => {
    expect(kindSourceCue('Глава района Игорь Любин заявил, что район готов помочь. Как сообщил «Интерфаксу» собеседник в одном из ведомств, сделку одобрили. Кроме того, Elvaro перечислит в бюджет взнос, добавил он.', 'ru')).toEqual([
      'on-record Глава района Игорь Любин / заявил', 'anonymous собеседник в одном из ведомств / Как сообщил', 'anonymous он / добавил',
    ]);
    // (Not the subject of a sentence whose pronoun stands in a clause of time: the subject said it.)
    expect(kindSourceCue('An aide suggested she would change course. Gov. Terry Roe tried to walk back his comments a day after he said them.', 'en').at(-1)).toBe('on-record he / said');
  });
  it('one unnamed person the sentence right before is about, who said nothing there', () => {
    expect(kindSourceCue('Начальник управління Олег Саюк пояснює подорожчання. «Ми не могли», — сказав він. Інженер-мостовик, який брав участь в обстеженні, з такою версією не погоджується. «Ми чітко описали стан балок», — розповів він.', 'uk')).toEqual([
      'on-record Начальник управління Олег Саюк / пояснює', 'on-record він / сказав', 'anonymous він / розповів',
    ]);
    // (Not two sentences back: then the named one who spoke is meant.)
    expect(kindSourceCue('Начальник управління Олег Саюк пояснює подорожчання. Інженер-мостовик, який брав участь в обстеженні, з такою версією не погоджується. Міст закрили ще навесні. «Ми не могли інакше», — сказав він.', 'uk').at(-1)).toBe('on-record він / сказав');
  });
});

describe('an outlet told, in another case than the nominative, after the verb (uk, ru)', () => {
  it('is passed over: the people after it speak', () => {
    expect(kindSourceCue('Як розповів газеті високопосадовець адміністрації США, Вашингтон готовий обговорювати санкції.', 'uk')).toEqual(['anonymous високопосадовець адміністрації США / Як розповів']);
    expect(kindSourceCue('Уряд не встигає, пояснив нашому тижневику один з урядовців.', 'uk')).toEqual(['anonymous один з урядовців / пояснив']);
    expect(kindSourceCue('Цены выросли, рассказал газете высокопоставленный чиновник.', 'ru')).toEqual(['anonymous высокопоставленный чиновник / рассказал']);
  });
  it('still speaks in the nominative', () => {
    expect(kindSourceCue('Цены выросли, сообщила газета.', 'ru')).toEqual(['on-record газета / сообщила']);
  });
});

describe('a count of people or of bodies after the verb (uk, ru)', () => {
  it('is a subject, a collective numeral too, not an object the verb takes', () => {
    expect(kindSourceCue('Цены выросли, подтвердили «Ведомостям» двое дилеров.', 'ru')).toEqual(['anonymous двое дилеров / подтвердили']);
  });
  it('makes the representatives of bodies it counts unnamed, and a number word is no verb after the plural', () => {
    expect(kindSourceCue('Цены выросли, подтвердили «Ведомостям» представители двух крупных дилерских групп.', 'ru')).toEqual(['anonymous представители двух крупных дилерских групп / подтвердили']);
    expect(kindSourceCue('Представники кількох компаній заявили, що ціни зростуть.', 'uk')).toEqual(['anonymous Представники кількох компаній / заявили']);
    expect(kindSourceCue('Представители компании заявили, что цены вырастут.', 'ru')).toEqual(['on-record Представители компании / заявили']);
  });
});

describe('a body "в/у" places opening the sentence, then the plural verb\'s object before it (uk, ru)', () => {
  it('speaks alone: a text or a charge after it is what it denies, its name capitalised or not', () => {
    expect(kindSourceCue('В Минэнерго информацию опровергают.', 'ru')).toEqual(['on-record Минэнерго / опровергают']);
    expect(kindSourceCue('В службе версию опровергают.', 'ru')).toEqual(['on-record службе / опровергают']);
    expect(kindSourceCue('У лікарні звинувачення в «блатних» записах відкидають.', 'uk')).toEqual(['on-record лікарні / відкидають']);
  });
  it('takes a demonstrative before the object for the object\'s, whatever its ending ("эти" is no infinitive)', () => {
    expect(kindSourceCue('В министерстве эти слухи опровергают.', 'ru')).toEqual(['on-record министерстве / опровергают']);
  });
  it('takes any noun with no people in it, a complement\'s people aside, for the object after the body\'s name', () => {
    expect(kindSourceCue('В Минэнерго слухи опровергают.', 'ru')).toEqual(['on-record Минэнерго / опровергают']);
    expect(kindSourceCue('В ГК «Вертикаль-Строй» претензии жильцов считают необоснованными.', 'ru')).toEqual(['on-record ГК «Вертикаль-Строй» / считают']);
    expect(kindSourceCue('У МОЗ чутки спростовують.', 'uk')).toEqual(['on-record МОЗ / спростовують']);
  });
  it('keeps people after the name for the subject, and a modifier in an oblique case for the name\'s', () => {
    expect(kindSourceCue('В Минэнерго чиновники говорят, что все в порядке.', 'ru')).toEqual(['anonymous чиновники / говорят']);
    expect(kindSourceCue('В Московском городском суде заявили, что решение законно.', 'ru')).toEqual(['on-record Московском городском суде / заявили']);
    expect(kindSourceCue('В Інституті вивчення війни зазначили, що війська зосередили сили.', 'uk')).toEqual(['on-record Інституті вивчення війни / зазначили']);
  });
});

describe('lamenting and calculating (uk, ru)', () => {
  it('report, as the English "lamented" and "calculated" do', () => {
    expect(kindSourceCue('«Ми втратили двадцять тисяч», — бідкається підприємець.', 'uk')).toEqual(['anonymous підприємець / бідкається']);
    expect(kindSourceCue('«Мы потеряли двадцать тысяч», — сетует предприниматель.', 'ru')).toEqual(['anonymous предприниматель / сетует']);
    expect(kindSourceCue('Власник пекарні, котрий не захотів називатися, підрахував, що втратив двадцять тисяч.', 'uk')).toEqual(['anonymous Власник пекарні, котрий не захотів називатися / підрахував']);
    expect(kindSourceCue('«Выходит около трех миллионов», — подсчитала аналитик Анна Орлова.', 'ru')).toEqual(['on-record аналитик Анна Орлова / подсчитала']);
  });
  it('calculating reports nothing before its object', () => {
    expect(kindSourceCue('Фермер підрахував збитки.', 'uk')).toEqual([]);
    expect(kindSourceCue('Она подсчитала убытки.', 'ru')).toEqual([]);
  });
});

describe('one out of a plural the lexicon does not know, heading a subject (uk, ru)', () => {
  it('is one unnamed person, as after a credit of words', () => {
    expect(kindSourceCue('Один з електромонтерів, який попросив не називати його, розповів, що трансформатор був старий.', 'uk')).toEqual(['anonymous Один з електромонтерів, який попросив не називати його / розповів']);
    expect(kindSourceCue('Один из курьеров рассказал, что заказов стало меньше.', 'ru')).toEqual(['anonymous Один из курьеров / рассказал']);
  });
});

describe('a lone noun opening the sentence in a case no subject takes (uk, ru)', () => {
  it('is the verb\'s object, whatever the verb\'s number: the subject follows the verb', () => {
    expect(kindSourceCue('Сделку подтвердил один из топ-менеджеров банка.', 'ru')).toEqual(['anonymous один из топ-менеджеров банка / подтвердил']);
    expect(kindSourceCue('Угоду підтвердив один із топменеджерів банку.', 'uk')).toEqual(['anonymous один із топменеджерів банку / підтвердив']);
  });
  it('may still be an indeclinable name where no subject follows', () => {
    expect(kindSourceCue('Шойгу заявил, что армия готова.', 'ru')).toEqual(['on-record Шойгу / заявил']);
  });
});

describe('a number joined to a word opening a named subject (uk)', () => {
  it('is a modifier, so the named subject is whom a bare noun closing the next quotation means', () => {
    expect(kindSourceCue('Медсестра розповіла про чергу. 67-річна Надія Стельмах із села Майстрів приїхала на обстеження. «А тут — сорок хвилин автобусом», — ділиться жінка.', 'uk')).toEqual([
      'anonymous Медсестра / розповіла', 'on-record жінка / ділиться',
    ]);
  });
});

describe('the author\'s words inside a quotation, with a quoted name in them (ru)', () => {
  it('credit the one they name', () => {
    expect(kindSourceCue('«Синергия очевидна, — говорит старший аналитик ИК «Меридиан» Марина Кольцова. — Но все будет зависеть от сроков».', 'ru')).toEqual([
      'on-record старший аналитик ИК «Меридиан» Марина Кольцова / говорит',
    ]);
  });
});

describe('people in the plural right after a body a preposition places (ru, uk)', () => {
  it('are the subject the body places, not part of the body', () => {
    expect(kindSourceCue('Атмосферу в ведомстве сотрудники министерства, с которыми удалось связаться «Контексту», описывают как нервную.', 'ru')).toEqual([
      'anonymous сотрудники министерства / описывают',
    ]);
    expect(kindSourceCue('В министерстве заявили, что премий не будет.', 'ru')).toEqual(['on-record министерстве / заявили']);
    expect(kindSourceCue('В оточенні міністра кажуть, що відставки не буде.', 'uk')).toEqual(['anonymous оточенні міністра / кажуть']);
  });
});

describe('the text an impersonal verb of saying places (uk)', () => {
  it('may be an occasion of speaking, whoever\'s name follows, as WordNet files a reply or a comment among statements', () => {
    expect(kindSourceCue('«Посадовця відсторонили», – йдеться у відповіді Держмитслужби на запит редакції.', 'uk')).toEqual(['on-record відповіді Держмитслужби / йдеться']);
    expect(kindSourceCue('«Громадянин відмовився», — ідеться в офіційному коментарі, оприлюдненому на сторінці ТЦК.', 'uk')).toEqual(['on-record офіційному коментарі / ідеться']);
  });
  it('may stand right before the verb after a topic', () => {
    expect(kindSourceCue('Щодо контрактів із фірмою чоловіка в листі йдеться, що фірма надавала послуги.', 'uk')).toEqual(['on-record листі / йдеться']);
  });
  it('is still no time', () => {
    expect(kindSourceCue('В цьому році зазначається зростання.', 'uk')).toEqual([]);
  });
});

describe('nouns of persons in -ій (uk)', () => {
  it('read their plural and other cases back to them: "водії" are the drivers, unnamed', () => {
    expect(kindSourceCue('Водії скаржаться, що черга не рухається.', 'uk')).toEqual(['anonymous Водії / скаржаться']);
    expect(kindSourceCue('За словами водіїв, черга стоїть.', 'uk')).toEqual(['anonymous водіїв / За словами']);
  });
});

describe('a verb of saying after a comma, its subject placed in an outlet closing the sentence (uk, ru)', () => {
  it('takes the writer before the outlet\'s quoted name for its subject, not the clause before the comma', () => {
    expect(kindSourceCue('Аграрії раділи недовго, пише Ганна Ярошенко у «Діловому тижні».', 'uk')).toEqual(['on-record Ганна Ярошенко / пише']);
    expect(kindSourceCue('Фермеры радовались недолго, пишет Анна Ярошенко в «Деловой неделе».', 'ru')).toEqual(['on-record Анна Ярошенко / пишет']);
  });
});

describe('a relative clause after an unnamed source (uk, ru, en)', () => {
  it('is no apposition: a name in it names someone else, or a place', () => {
    expect(kindSourceCue('Один із водіїв, який везе ріпак до Львова, розповів, що черга стоїть.', 'uk')).toEqual(['anonymous Один із водіїв, який везе ріпак до Львова / розповів']);
    expect(kindSourceCue('«Черга стоїть», — розповів один із далекобійників, який везе ріпак до Гданська.', 'uk')).toEqual(['anonymous один із далекобійників, який везе ріпак до Гданська / розповів']);
  });
});

describe('an office with a complement in a case of its own before a name, opening a sentence with no verb of saying (uk, ru)', () => {
  it('is the named person a pronoun after it stands for', () => {
    const ru = '«Все предложения обсудят», — заявил представитель министерства. Замминистра финансов Дмитрий Корольков, выступая на форуме, цифры называть не стал. По его словам, налоговая система «должна быть сбалансированной».';
    expect(kindSourceCue(ru, 'ru')).toEqual(['on-record представитель министерства / заявил', 'on-record его / словам']);
    const uk = '«Усі пропозиції обговорять», — заявив представник міністерства. Партнер консалтингової компанії Energy Policy Group Артем Лісовий указує на іншу проблему: часті зміни правил. «Режим вводився як довгостроковий», — каже він.';
    expect(kindSourceCue(uk, 'uk')).toEqual(['on-record представник міністерства / заявив', 'on-record він / каже']);
  });
  it('does not run through a verb to a name after it', () => {
    const ru = '«Все предложения обсудят», — заявил представитель министерства. Собеседник приехал к Ивану Петрову. По его словам, налоговая система «должна быть сбалансированной».';
    expect(kindSourceCue(ru, 'ru')).toContain('anonymous его / словам');
  });
});

describe('the anonymity bargain as a clause after "за умови, що", "при условии, что" (uk, ru)', () => {
  const clauses = (text: string, language: 'uk' | 'ru') => analyse(text, { language }).conditions.map((c) => c.clause.text);
  it('is no condition where the source\'s name is not to be given', () => {
    expect(clauses('Депутат, який погодився говорити лише за умови, що його ім’я не називатимуть, зізнався у всьому.', 'uk')).toEqual([]);
    expect(clauses('Колишня працівниця погодилася поговорити з нами за умови, що ми не називатимемо її імені.', 'uk')).toEqual([]);
    expect(clauses('Член совета согласился поговорить при условии, что его имя не будет названо.', 'ru')).toEqual([]);
    expect(clauses('Он согласился поговорить при условии, что мы не будем называть его фамилию.', 'ru')).toEqual([]);
  });
  it('stays a condition where a name is what the claim hangs on', () => {
    expect(clauses('Гроші дадуть за умови, що його ім’я буде на табличці.', 'uk')).toEqual(['за умови, що його ім’я буде на табличці']);
    expect(clauses('Деньги дадут при условии, что его имя будет на табличке.', 'ru')).toEqual(['при условии, что его имя будет на табличке']);
  });
});

describe('one unnamed person opening the sentence after a connective and its comma (uk, ru)', () => {
  it('is whom a pronoun right after stands for, not the named speaker before', () => {
    const uk = '«Цього не було в проєкті», – пояснив начальник управління Віктор Панасюк. Утім, інженер, який брав участь в обстеженні будівлі, з цим категорично не погоджується. За його словами, стан балок описаний у звіті.';
    expect(kindSourceCue(uk, 'uk')).toEqual(['on-record начальник управління Віктор Панасюк / пояснив', 'anonymous його / словами']);
    const ru = '«Этого не было в проекте», — пояснил начальник управления Виктор Панасюк. Впрочем, инженер, который участвовал в обследовании здания, с этим категорически не согласен. По его словам, состояние балок описано в отчете.';
    expect(kindSourceCue(ru, 'ru')).toEqual(['on-record начальник управления Виктор Панасюк / пояснил', 'anonymous его / словам']);
  });
});

describe('a negated verb of answering with an indirect question it leaves unanswered (uk, ru)', () => {
  it('reports nothing, the question after the noun of asking or set off before the verb', () => {
    expect(kindSourceCue('Представитель компании не ответил на вопрос, знал ли совет директоров о претензиях.', 'ru')).toEqual([]);
    expect(kindSourceCue('На запитання УП, чи є серед фігурантів керівництво клубу, у поліції не відповіли.', 'uk')).toEqual([]);
  });
  it('reports where the answer is given', () => {
    expect(kindSourceCue('На запитання УП, чи є серед фігурантів керівництво клубу, у поліції відповіли, що ні.', 'uk')).toEqual(['on-record поліції / відповіли']);
    expect(kindSourceCue('Представитель компании ответил на вопрос, что претензий нет.', 'ru')).toEqual(['on-record Представитель компании / ответил']);
  });
});

describe('bodies a quantifier counts (uk, ru)', () => {
  it('are unnamed, as "several companies said" is in English', () => {
    expect(kindSourceCue('Некоторые лизинговые компании полагают, что сроки сдвинутся.', 'ru')).toEqual(['anonymous Некоторые лизинговые компании / полагают']);
    expect(kindSourceCue('Кілька лізингових компаній заявили, що терміни зсунуться.', 'uk')).toEqual(['anonymous Кілька лізингових компаній / заявили']);
    expect(kindSourceCue('Several leasing companies said the deadlines will shift.', 'en')).toEqual(['anonymous Several leasing companies / said']);
    // (Whatever WordNet files the noun as: a maker or a seller is a business there.)
    expect(kindSourceCue('Several manufacturers said prices would rise.', 'en')).toEqual(['anonymous Several manufacturers / said']);
    expect(kindSourceCue('Some retailers said prices would rise.', 'en')).toEqual(['anonymous Some retailers / said']);
  });
  it('keep a name after them, and a body without a quantifier speaks on the record', () => {
    expect(kindSourceCue('Несколько компаний группы «Альфа» заявили, что сроки сдвинутся.', 'ru')).toEqual(['on-record Несколько компаний группы «Альфа» / заявили']);
    expect(kindSourceCue('Лізингові компанії заявили, що терміни зсунуться.', 'uk')).toEqual(['on-record Лізингові компанії / заявили']);
  });
});

describe('linking a cause (uk, ru)', () => {
  it('reports, as PolNeAR\'s cues "linked … to", "attributed … to" do', () => {
    expect(kindSourceCue('Эксперты связывают нынешние перебои именно с этим.', 'ru')).toEqual(['anonymous Эксперты / связывают']);
    expect(kindSourceCue('В Минпромторге снижение ввоза связывают с платежами.', 'ru')).toEqual(['on-record Минпромторге / связывают']);
    expect(kindSourceCue("Експерти пов'язують перебої з нестачею газу.", 'uk')).toEqual(["anonymous Експерти / пов'язують"]);
  });
  it('reports nothing as an infinitive or a reflexive verb', () => {
    expect(kindSourceCue('Этот канал принято связывать с политтехнологами.', 'ru')).toEqual([]);
    expect(kindSourceCue('С ним связалась наша редакция.', 'ru')).toEqual([]);
  });
});

describe('a body\'s noun alone that "в/у" places before a plural verb (uk, ru)', () => {
  it('speaks, a quoted name after the verb and before its clause being whom it told, past a connective too', () => {
    expect(kindSourceCue('В министерстве сообщили «Педсовет.Медиа», что вопрос решается.', 'ru')).toEqual(['on-record министерстве / сообщили']);
    expect(kindSourceCue('В министерстве, в свою очередь, сообщили «Педсовет.Медиа», что вопрос решается.', 'ru')).toEqual(['on-record министерстве / сообщили']);
    expect(kindSourceCue('У міністерстві повідомили «Освіта.Медіа», що питання вирішується.', 'uk')).toEqual(['on-record міністерстві / повідомили']);
  });
  it('leaves people after the verb its subject', () => {
    expect(kindSourceCue('В министерстве сообщили двое чиновников, что вопрос решается.', 'ru')).toEqual(['anonymous двое чиновников / сообщили']);
  });
});

describe('a body\'s name of a capitalised modifier and "палата" (uk, ru)', () => {
  it('is a body, as WordNet\'s chamber is', () => {
    expect(kindSourceCue('Рахункова палата повідомила, що записи не захищені.', 'uk')).toEqual(['on-record Рахункова палата / повідомила']);
    expect(kindSourceCue('Счетная палата сообщила, что записи не защищены.', 'ru')).toEqual(['on-record Счетная палата / сообщила']);
  });
});

describe('a subject before a setting, after a time opening the sentence (uk, ru)', () => {
  it('speaks, with an abbreviation\'s capitals in the setting no personal name', () => {
    expect(kindSourceCue('Навесні Рахункова палата у звіті попереджала, що записи не захищені.', 'uk')).toEqual(['on-record Рахункова палата / попереджала']);
    const found = kindSourceCue('Ще навесні Рахункова палата у звіті про аудит ІТ-систем Мін’юсту попереджала, що записи не захищені.', 'uk');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^on-record .*Рахункова палата \/ попереджала$/);
  });
});

describe('one who keeps someone company, a possessive before them, with a verb of belief (uk, ru)', () => {
  it('is an informant whose view is reported, unnamed', () => {
    expect(kindSourceCue('Ее коллега из Екатеринбурга считает, что ученики вряд ли получили преимущество.', 'ru')).toEqual(['anonymous Ее коллега из Екатеринбурга / считает']);
    expect(kindSourceCue('Її сусід вважає, що крики були.', 'uk')).toEqual(['anonymous Її сусід / вважає']);
  });
});

describe('agreeing (uk, ru)', () => {
  it('states a view before its clause, as the English "agree that" does', () => {
    expect(kindSourceCue('Опрошенные «Ведомостями» аналитики в целом согласны, что решение обосновано.', 'ru')).toEqual(['anonymous Опрошенные «Ведомостями» аналитики в целом / согласны']);
    expect(kindSourceCue('Міністр згоден, що рішення обґрунтоване.', 'uk')).toEqual(['on-record Міністр / згоден']);
  });
  it('states nothing before what is consented to, and "согласно" credits only as itself', () => {
    expect(kindSourceCue('Жители согласны на переезд.', 'ru')).toEqual([]);
    expect(kindSourceCue('Согласно данным Росстата, цены выросли.', 'ru')).toHaveLength(1);
  });
});

describe('a lone noun in a case no subject takes, opening a clause a coordinator joins or after a time (uk, ru)', () => {
  it('is the object, the subject after the verb', () => {
    expect(kindSourceCue('Об этом рассказали несколько выпускников, а позже информацию подтвердил источник, знакомый с ходом проверки.', 'ru'))
      .toEqual(['anonymous несколько выпускников / рассказали', 'anonymous источник, знакомый с ходом проверки / подтвердил']);
    expect(kindSourceCue('Позже информацию подтвердил источник.', 'ru')).toEqual(['anonymous источник / подтвердил']);
  });
});

describe('a belief after a credit that opens a clause after a colon (uk, ru)', () => {
  it('is what the credited speaker reports, no informant\'s own', () => {
    const found = kindSourceCue('Собеседник издания попросил не раскрывать его имя: по его словам, он до сих пор работает в отрасли и опасается, что его уволят.', 'ru');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/его \/ словам$/);
  });
});

describe('condition markers without their comma, restricting "хіба що", and asides in conditions (uk, ru)', () => {
  const clauses = (text: string, language: 'uk' | 'ru') => analyse(text, { language }).conditions.map((c) => c.clause.text);
  it('read "у разі якщо", "в случае если" as one marker before the clause', () => {
    expect(clauses('Власники компенсують збитки у разі якщо суд визнає блокування незаконним.', 'uk')).toEqual(['у разі якщо суд визнає блокування незаконним']);
    expect(clauses('Владельцы компенсируют убытки в случае если суд признает блокировку незаконной.', 'ru')).toEqual(['в случае если суд признает блокировку незаконной']);
  });
  it('set no condition with "хіба що", "разве что" before a preposition\'s phrase, nor with "лише за умови анонімності"', () => {
    expect(clauses('Робітників видно хіба що перед приїздом комісій.', 'uk')).toEqual([]);
    expect(clauses('Я видела это разве что на фото.', 'ru')).toEqual([]);
    expect(clauses('Він погодився говорити лише за умови анонімності.', 'uk')).toEqual([]);
    expect(clauses('Он согласился говорить только при условии анонимности.', 'ru')).toEqual([]);
    expect(clauses('Ми підпишемо угоду, хіба що уряд передумає.', 'uk')).toEqual(['хіба що уряд передумає']);
  });
  it('run past an aside a participle opens (ru)', () => {
    expect(clauses('Если вторая его часть, касающаяся наших удобрений, не работает, продлевать первую мы не будем.', 'ru')).toEqual(['Если вторая его часть, касающаяся наших удобрений, не работает']);
  });
});

describe('drawing attention before "на те, що", "на то, что" (uk, ru)', () => {
  it('reports the clause after the preposition, its demonstrative and the comma', () => {
    expect(kindSourceCue('Експерти з кібербезпеки, опитані виданням, звертають увагу на те, що це не перший інцидент.', 'uk')).toEqual(['anonymous Експерти з кібербезпеки, опитані виданням / звертають увагу']);
    expect(kindSourceCue('Эксперты обращают внимание на то, что это не первый инцидент.', 'ru')).toEqual(['anonymous Эксперты / обращают внимание']);
  });
  it('still points, reporting nothing, before a noun', () => {
    expect(kindSourceCue('Вона звернула увагу на тендери.', 'uk')).toEqual([]);
  });
});

describe('a count of a group whose people a preposition places, before the verb (uk, ru)', () => {
  it('keeps the count with the people it counts', () => {
    expect(kindSourceCue('Один з учасників наради в мерії розповів, що мер готовий.', 'uk')).toEqual(['anonymous Один з учасників наради в мерії / розповів']);
    expect(kindSourceCue('Один из участников совещания в мэрии рассказал, что мэр готов.', 'ru')).toEqual(['anonymous Один из участников совещания в мэрии / рассказал']);
  });
  it('is the subject past a setting, not whom the verb told', () => {
    expect(kindSourceCue('Один з учасників наради в мерії напередодні сесії розповів порталу, що мер готовий до компромісу.', 'uk')).toEqual(['anonymous Один з учасників наради в мерії / розповів']);
  });
});

describe('a name after "из", "з" that follows a person\'s noun (uk, ru)', () => {
  it('is where the person is from, a place, not who they are', () => {
    expect(kindSourceCue('«Ничего страшного», — возмущается учительница из Подмосковья.', 'ru')).toEqual(['anonymous учительница из Подмосковья / возмущается']);
    expect(kindSourceCue('«Нічого страшного», — обурюється вчителька з Прикарпаття.', 'uk')).toEqual(['anonymous вчителька з Прикарпаття / обурюється']);
  });
  it('still names the body one speaks for, and a name closing the phrase the person', () => {
    expect(kindSourceCue('Представитель из Минфина заявил, что все хорошо.', 'ru')).toEqual(['on-record Представитель из Минфина / заявил']);
    expect(kindSourceCue('Учительница из Подмосковья Анна Петрова рассказала, что все хорошо.', 'ru')).toEqual(['on-record Учительница из Подмосковья Анна Петрова / рассказала']);
  });
});

describe('a claim as a credit (uk, ru)', () => {
  it('credits whose claim it is, a possessive pronoun inside it too', () => {
    expect(kindSourceCue('По утверждению мэра, сети изношены.', 'ru')).toEqual(['on-record мэра / По утверждению']);
    expect(kindSourceCue('За твердженням мера, мережі зношені.', 'uk')).toEqual(['on-record мера / За твердженням']);
  });
});

describe('a preposition inside a quoted name (uk, ru)', () => {
  it('is part of the name, no preposition that ends a phrase before the verb', () => {
    expect(kindSourceCue('В родительском сообществе «Школа без стресса» заявили, что будут жаловаться.', 'ru')).toEqual(['on-record родительском сообществе «Школа без стресса» / заявили']);
  });
});

describe('a pronoun whose own attribution asks right after it not to be named (uk, ru, en)', () => {
  it('stands for no one the article has named', () => {
    expect(kindSourceCue('Міський голова Іван Петренко заявив, що все добре. «Там є фотографії», – сказав він, попросивши не називати його прізвища, оскільки досі співпрацює з замовниками.', 'uk'))
      .toEqual(['on-record Міський голова Іван Петренко / заявив', 'anonymous він / сказав']);
    expect(kindSourceCue('Мэр Иван Петренко заявил, что все хорошо. «Там есть фотографии», — сказал он, попросив не называть его фамилию.', 'ru'))
      .toEqual(['on-record Мэр Иван Петренко / заявил', 'anonymous он / сказал']);
    expect(kindSourceCue('Mayor John Smith said all is well. "Banks remember," he said, asking not to be named because he advises the city.', 'en'))
      .toEqual(['on-record Mayor John Smith / said', 'anonymous he / said']);
  });
});

describe('a count of people the lexicon does not know after a relay (uk, ru)', () => {
  it('is people, unnamed, as the subject of a verb of saying would be', () => {
    expect(kindSourceCue('Видання з посиланням на кількох далекобійників повідомило, що черги зросли.', 'uk')).toEqual(['on-record Видання / повідомило', 'anonymous кількох далекобійників / з посиланням на']);
    expect(kindSourceCue('Издание со ссылкой на нескольких экспедиторов сообщило, что такса выросла.', 'ru')).toEqual(['on-record Издание / сообщило', 'anonymous нескольких экспедиторов / со ссылкой на']);
  });
});

describe('a negated verb of saying closing a sentence with a connective set off by commas (uk, ru)', () => {
  it('says nothing, as without the connective', () => {
    expect(kindSourceCue('Документів на підтвердження своїх слів вона, втім, не оприлюднила.', 'uk')).toEqual([]);
    expect(kindSourceCue('Фірма, втім, на запит редакції не відповіла.', 'uk')).toEqual([]);
  });
});

describe('a negated verb of saying before a clause a coordinator joins where someone else speaks (uk, ru)', () => {
  it('says nothing; the other clause\'s speaker does', () => {
    expect(kindSourceCue('У Кабміні офіційно ситуацію не коментують, а в профільному комітеті Верховної Ради кажуть, що законопроєкт готовий.', 'uk'))
      .toEqual(['on-record профільному комітеті Верховної Ради / кажуть']);
    expect(kindSourceCue('В Минфине ситуацию не комментируют, а в профильном комитете Госдумы говорят, что законопроект готов.', 'ru'))
      .toEqual(['on-record профильном комитете Госдумы / говорят']);
  });
  it('still reports where the same speaker goes on', () => {
    expect(kindSourceCue('В «Авиасистемах» сам факт переноса сроков не отрицают, но подчеркивают, что вины компании нет.', 'ru')[0]).toMatch(/^on-record «Авиасистемах».* \/ отрицают$/);
  });
});

describe('a second verb of saying joined right after the first\'s words by a coordinator (uk, ru)', () => {
  it('is the clause subject\'s, no phrase after it', () => {
    expect(kindSourceCue('Селищний голова Микола Кравчук закликав їх розійтися й пообіцяв особисто проконтролювати розслідування.', 'uk'))
      .toEqual(['on-record Селищний голова Микола Кравчук / закликав']);
    expect(kindSourceCue('Глава поселка Николай Кравчук призвал их разойтись и пообещал лично проконтролировать расследование.', 'ru'))
      .toEqual(['on-record Глава поселка Николай Кравчук / призвал']);
  });
});

describe('a request for anonymity further on in a pronoun\'s sentence (en)', () => {
  it('is someone else\'s, no request of the pronoun\'s', () => {
    expect(kindSourceCue('Mayor John Smith spoke first. He said that the deputy, who spoke on condition of anonymity, told him so.', 'en')[0]).toMatch(/^on-record He \/ said$/);
  });
});

describe('a gerund right after the comma that closes a request for anonymity (ru, uk, en)', () => {
  it('says why the source asked, and reports nothing', () => {
    expect(kindTypeSourceCue('Он попросил не называть его имени, объяснив, что опасается увольнения.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue('Свое имя он попросил не указывать, объяснив это тем, что работает на службе.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue('Прізвище він попросив не вказувати, пояснивши це тим, що працює на службі.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('The official asked not to be named, explaining that he was not authorized to speak.', 'en')).toEqual([]);
  });
  it('leaves the verb of saying before the request its attribution, and the request read in every form', () => {
    expect(kindTypeSourceCue('«Денег нет», – сказал он, попросив не называть его имени.', 'ru')).toEqual(['anonymous person он / сказал']);
    expect(kindTypeSourceCue('Водитель, попросивший не указывать его фамилию, рассказал, что рейсы отменили.', 'ru')).toEqual([
      'anonymous person Водитель, попросивший не указывать его фамилию / рассказал',
    ]);
  });
});

describe('a collective numeral opening the sentence before a plural verb of saying (uk, ru)', () => {
  it('counts unnamed people, whatever noun the lexicon lacks follows it', () => {
    expect(kindTypeSourceCue('Двоє колишніх юніорок збірної розповіли, що тренер їх принижував.', 'uk')).toEqual(['anonymous group Двоє колишніх юніорок збірної / розповіли']);
    expect(kindTypeSourceCue('Трое монтажников рассказали, что зарплату задерживают.', 'ru')).toEqual(['anonymous group Трое монтажников / рассказали']);
  });
});

describe('a phrase after the verb that a noun in the instrumental opens (uk, ru)', () => {
  it('names no one, though people stand in its complement; the body before the verb speaks', () => {
    // (Whether the object before the verb joins the body's words is another rule's; the speaker is the body.)
    const found = [
      ...kindTypeSourceCue('У компанії затримку пояснюють подорожчанням металопрокату та нестачею працівників через мобілізацію.', 'uk'),
      ...kindTypeSourceCue('В компании задержку объясняют подорожанием металла и нехваткой рабочих.', 'ru'),
    ];
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^on-record organization компанії .*\/ пояснюють$/);
    expect(found[1]).toMatch(/^on-record organization компании .*\/ объясняют$/);
  });
  it('leaves a subject in the nominative after the verb its source', () => {
    expect(kindTypeSourceCue('Об этом рассказал молодой специалист.', 'ru')).toEqual(['anonymous person молодой специалист / рассказал']);
  });
});

describe('a count of people whose body a preposition places, before a place of its own (uk, ru)', () => {
  it('keeps the count with the people, not the place, as the subject', () => {
    expect(kindTypeSourceCue('Один із членів ради в міністерстві сказав, що ліків немає.', 'uk')).toEqual(['anonymous person Один із членів ради в міністерстві / сказав']);
    expect(kindTypeSourceCue('Один из членов совета при министерстве рассказал, что лекарств нет.', 'ru')).toEqual([
      'anonymous person Один из членов совета при министерстве / рассказал',
    ]);
  });
});

describe('voicing a view, doubt or concern before a clause (uk, ru)', () => {
  it('reports, in the past and the present', () => {
    expect(kindTypeSourceCue('Частина громадських активістів водночас висловлює сумнів, що міст відремонтують.', 'uk')).toEqual([
      'anonymous group Частина громадських активістів / висловлює сумнів',
    ]);
    expect(kindTypeSourceCue('Офіцер висловив думку, що бронювання скасують.', 'uk')).toEqual(['anonymous person Офіцер / висловив думку']);
    expect(kindTypeSourceCue('Эксперт высказал мнение, что цены вырастут.', 'ru')).toEqual(['anonymous person Эксперт / высказал мнение']);
    expect(kindTypeSourceCue('Аналитики выражают сомнение, что цены вырастут.', 'ru')).toEqual(['anonymous group Аналитики / выражают сомнение']);
  });
});

describe('a body\'s long quoted name (uk, ru)', () => {
  it('is read as a name up to sixty characters, as municipal enterprises are named', () => {
    expect(kindTypeSourceCue('У КП «Житомирське трамвайно-тролейбусне управління» повідомили, що маршрути змінили.', 'uk')).toEqual([
      'on-record organization КП «Житомирське трамвайно-тролейбусне управління» / повідомили',
    ]);
    expect(kindTypeSourceCue('В МУП «Новосибирский городской пассажирский транспорт» сообщили, что маршруты изменили.', 'ru')).toEqual([
      'on-record organization МУП «Новосибирский городской пассажирский транспорт» / сообщили',
    ]);
  });
});

describe('a word the lexicon knows for a body, capitalised as a name, after a member\'s noun (uk, ru)', () => {
  it('names the body, not the member, who stays unnamed, as a body\'s initials do', () => {
    expect(kindTypeSourceCue('Сотрудник Минобороны заявил, что бронь отменят.', 'ru')).toEqual(['anonymous person Сотрудник Минобороны / заявил']);
    expect(kindTypeSourceCue('Колишній офіцер Генштабу заявив, що бронювання скасують.', 'uk')).toEqual(['anonymous person Колишній офіцер Генштабу / заявив']);
  });
  it('leaves a body\'s voice speaking for it, and a surname naming the person', () => {
    expect(kindTypeSourceCue('Представитель Минобороны заявил, что бронь отменят.', 'ru')).toEqual(['on-record person Представитель Минобороны / заявил']);
    expect(kindTypeSourceCue('Інженер Петренко заявив, що світла не буде.', 'uk')).toEqual(['on-record person Інженер Петренко / заявив']);
  });
});

describe('a branch or a division of a larger body (uk, ru)', () => {
  it('is a body, whose adjective opening the sentence is no name', () => {
    expect(kindTypeSourceCue('Региональное отделение фронта заявило, что проверки нужны.', 'ru')).toEqual(['on-record organization Региональное отделение фронта / заявило']);
    expect(kindTypeSourceCue('Регіональне відділення партії заявило, що перевірки потрібні.', 'uk')).toEqual(['on-record organization Регіональне відділення партії / заявило']);
  });
});

describe('the Russian second locative in -у (ru)', () => {
  it('places an unknown body before a plural verb of saying, as the locative in -е does', () => {
    expect(kindTypeSourceCue('В аэропорту эту версию отвергают.', 'ru')).toEqual(['on-record organization аэропорту / отвергают']);
    expect(kindTypeSourceCue('В порту сообщили, что суда задерживаются.', 'ru')).toEqual(['on-record organization порту / сообщили']);
  });
  it('leaves a time a time', () => {
    expect(kindTypeSourceCue('В этом году сообщили, что суда задерживаются.', 'ru')).toEqual([]);
  });
});

describe('a count of a partitive relative (en, uk, ru)', () => {
  it('is some of those just brought in, unnamed, as "many of whom" is', () => {
    expect(kindTypeSourceCue('We spoke to two bankers, one of whom said the bank froze loans.', 'en')).toEqual(['anonymous person one of whom / said']);
    expect(kindTypeSourceCue('The firm hired ten lawyers, two of whom said the case was weak.', 'en')).toEqual(['anonymous group two of whom / said']);
    expect(kindTypeSourceCue('Мы поговорили с двумя банкирами, один из которых сказал, что кредиты заморожены.', 'ru')).toEqual([
      'anonymous person один из которых / сказал',
    ]);
    expect(kindTypeSourceCue('Ми поговорили з двома банкірами, один із яких сказав, що кредити заморожено.', 'uk')).toEqual(['anonymous person один із яких / сказав']);
  });
});

describe('a count of a group complementing a lower-case complement of people before it (uk, ru)', () => {
  it('belongs to the people whose phrase it ends, the source', () => {
    expect(kindTypeSourceCue("Двоє працівників оптового складу одного з найбільших дистриб'юторів підтвердили, що ліків немає.", 'uk')).toEqual([
      "anonymous group Двоє працівників оптового складу одного з найбільших дистриб'юторів / підтвердили",
    ]);
    expect(kindTypeSourceCue('Сотрудник одного из магазинов рассказал, что цены выросли.', 'ru')).toEqual(['anonymous person Сотрудник одного из магазинов / рассказал']);
  });
});

describe('disputing a claim (uk, ru)', () => {
  it('reports, as the English "disputed" does, the object before the verb too', () => {
    expect(kindTypeSourceCue('В компании оспаривают выводы проверки.', 'ru')).toEqual(['on-record organization компании / оспаривают']);
    expect(kindTypeSourceCue('У компанії висновки перевірки оспорюють.', 'uk')).toEqual(['on-record organization компанії / оспорюють']);
  });
});

describe('being ironic, and being wary as a reason for anonymity (uk, ru)', () => {
  it('reads irony as joking is read, beside a quotation', () => {
    expect(kindTypeSourceCue('«Тарифи ростуть, а батареї холодні», – іронізує він.', 'uk')).toEqual(['on-record person він / іронізує']);
    expect(kindTypeSourceCue('«Тарифы растут, а батареи холодные», – иронизирует он.', 'ru')).toEqual(['on-record person он / иронизирует']);
  });
  it('gives being wary of harm as the reason, and the verb after it the subject\'s', () => {
    const [found] = analyse('Колишній агроном компанії, який говорив на умовах анонімності, остерігаючись позовів від колишнього роботодавця, розповів, що поля не обробляли.', { language: 'uk' }).attributions;
    expect(found.kind).toBe('anonymous');
    expect(found.reason?.text).toBe('остерігаючись позовів від колишнього роботодавця');
  });
});

describe('the feminine in -ичка of a noun of persons in -ик (uk, ru)', () => {
  it('is a noun of persons, as the noun it is made from', () => {
    expect(kindTypeSourceCue('Одна історичка розповіла, що архів закрили.', 'uk')).toEqual(['anonymous person Одна історичка / розповіла']);
    expect(kindTypeSourceCue('Одна историчка рассказала, что архив закрыли.', 'ru')).toEqual(['anonymous person Одна историчка / рассказала']);
  });
});

describe('a lower-case noun the lexicon does not know after a verb that closes a quotation (uk, ru)', () => {
  it('is who speaks, unnamed, with its complements up to the sentence end', () => {
    expect(kindTypeSourceCue('«Денег нет», – говорит токарь механосборочного цеха с двадцатилетним стажем.', 'ru')).toEqual([
      'anonymous person токарь механосборочного цеха с двадцатилетним стажем / говорит',
    ]);
    expect(kindTypeSourceCue('«Грошей немає», – каже слюсар котельні.', 'uk')).toEqual(['anonymous person слюсар котельні / каже']);
  });
  it('is no time, adverb or text after an impersonal verb', () => {
    expect(kindTypeSourceCue('«Денег нет», – сказали тогда.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue('«Денег нет», – говорится в документе.', 'ru')).toEqual(['on-record document документе / говорится']);
  });
});

describe('a former-modifier opening the sentence before a noun the lexicon does not know (uk, ru)', () => {
  it('makes it someone unnamed: only people and offices are former', () => {
    expect(kindTypeSourceCue('Бывший логист регоператора подтвердил, что машины простаивали.', 'ru')).toEqual(['anonymous person Бывший логист регоператора / подтвердил']);
    expect(kindTypeSourceCue('Колишній токар розповів, що машини простоювали.', 'uk')).toEqual(['anonymous person Колишній токар / розповів']);
  });
  it('leaves an office the lexicon knows to it', () => {
    expect(kindTypeSourceCue('Бывший министр заявил, что машины простаивали.', 'ru')).toEqual(['on-record person Бывший министр / заявил']);
  });
});

describe('a verb taking a clause, before a condition\'s head and its clause (uk, ru)', () => {
  it('reports nothing: the clause is the condition\'s', () => {
    expect(kindTypeSourceCue('Женщина согласилась на разговор при условии, что ее имя не будет опубликовано.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue("Жінка погодилася на розмову за умови, що її ім'я не називатимуть.", 'uk')).toEqual([]);
  });
  it('still reports before its own clause, past a setting', () => {
    expect(kindTypeSourceCue('Министр настаивает на том, что цены высоки.', 'ru')).toEqual(['on-record person Министр / настаивает']);
  });
});

describe('what a text lists (uk, ru)', () => {
  it('is said by the text a locative preposition places, as the impersonal cues are', () => {
    expect(kindTypeSourceCue('В протоколе, опубликованном на сайте администрации, значится, что площадь парка сократится.', 'ru')).toEqual([
      'on-record document протоколе / значится',
    ]);
    expect(kindTypeSourceCue('У протоколі значиться, що площа парку скоротиться.', 'uk')).toEqual(['on-record document протоколі / значиться']);
  });
});

describe('a coordinator inside the complement a preposition brings in after a noun of people (en)', () => {
  it('joins words of the complement, not two subjects', () => {
    expect(kindTypeSourceCue('Nurses in the labor and delivery unit said births would move.', 'en')).toEqual(['anonymous group Nurses in the labor and delivery unit / said']);
    expect(kindTypeSourceCue('Growers of almonds and other tree crops say the cuts are deadly.', 'en')).toEqual(['anonymous group Growers of almonds and other tree crops / say']);
  });
});

describe('a verb of writing with a text as its object and nothing it says (uk, ru)', () => {
  it('files the text, reporting nothing', () => {
    expect(kindTypeSourceCue('Пайовики вже написали заяви до поліції про підроблення підписів.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Сторони обмінюються звинуваченнями, пишуть заяви до поліції та судяться.', 'uk')).toEqual([]);
    expect(kindTypeSourceCue('Жильцы написали жалобу в прокуратуру.', 'ru')).toEqual([]);
  });
  it('reports what the text says, after a comma, a colon or in it', () => {
    expect(kindTypeSourceCue('Він написав листа міністру, що ціни зростуть.', 'uk')).toEqual(['on-record person Він / написав']);
    expect(kindTypeSourceCue('Він написав у заяві, що ціни зростуть.', 'uk')).toEqual(['on-record person Він / написав']);
    expect(kindTypeSourceCue('Депутат написал заявление: «Прошу проверить».', 'ru')).toEqual(['anonymous person Депутат / написал']);
  });
});

describe('estimating with a figure or a characterisation after the object (uk, ru)', () => {
  it('reports, as the English "estimated" does', () => {
    expect(kindTypeSourceCue('Один из собеседников издания оценил актив в 8–10 млрд рублей.', 'ru')).toEqual(['anonymous person Один из собеседников издания / оценил']);
    expect(kindTypeSourceCue('Источник в делегации оценил шансы на компромисс как «пятьдесят на пятьдесят».', 'ru')).toEqual(['anonymous person Источник в делегации / оценил']);
    expect(kindTypeSourceCue('Експерт оцінив збитки у 5 мільйонів гривень.', 'uk')).toEqual(['anonymous person Експерт / оцінив']);
  });
  it('reports nothing of appreciating, nor of a year', () => {
    expect(kindTypeSourceCue('Министр оценил помощь волонтеров.', 'ru')).toEqual([]);
    expect(kindTypeSourceCue('Министр оценил в 2020 году помощь волонтеров.', 'ru')).toEqual([]);
  });
});
