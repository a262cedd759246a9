import { describe, expect, it } from 'vitest';
import { findConditions } from '../../src/core/conditions';
import { en } from '../../src/core/lexicon/en';
import { lexiconFor } from '../../src/core/lexicon/index';
import type { Lexicon } from '../../src/core/lexicon/types';
import type { Span } from '../../src/core/types';

/** The whole text as one sentence: each case below is one sentence. */
function oneSentence(text: string): Span[] {
  return [{ text, start: 0, end: text.length }];
}

function clauses(text: string): string[] {
  return findConditions(text, oneSentence(text), en).map((c) => c.clause.text);
}

describe('condition markers', () => {
  const cases: [string, string[]][] = [
    [
      'Putin is ready to negotiate, provided that Kyiv recognizes the “borders” that currently form the front line, sources said.',
      ['provided that Kyiv recognizes the “borders” that currently form the front line'],
    ],
    [
      'He is ready to talk, provided that Kyiv recognizes the "borders" along the front line.',
      ['provided that Kyiv recognizes the "borders" along the front line'],
    ],
    ['The union will end the strike providing that wages rise.', ['providing that wages rise']],
    ['They will sign, providing they get the votes.', ['providing they get the votes']],
    ['They will talk, provided Kyiv agrees to a ceasefire.', ['provided Kyiv agrees to a ceasefire']],
    // (Anywhere before a pronoun only a subject takes.)
    ['Laid-off workers will keep their tenure credit provided they return within a year, she said.', ['provided they return within a year']],
    ['The war will go on if Kyiv and the West do not respond to the proposals.', ['if Kyiv and the West do not respond to the proposals']],
    ['If elected, he said, he would cut taxes.', ['If elected']],
    ['Aid will flow only if reforms are passed.', ['only if reforms are passed']],
    ['There can be no deal unless Russia bypasses him and makes a deal with Washington.', ['unless Russia bypasses him and makes a deal with Washington']],
    ['The truce holds as long as both sides stay behind the line.', ['as long as both sides stay behind the line']],
    ['So long as prices stay high, output will grow.', ['So long as prices stay high']],
    ['Kyiv agreed to the swap on condition that the prisoners be freed at once.', ['on condition that the prisoners be freed at once']],
    ['Kyiv will talk on condition that Russian troops not be stationed in the region.', ['on condition that Russian troops not be stationed in the region']],
    ['Prisoners were freed in exchange for a pause in shelling.', ['in exchange for a pause in shelling']],
    ['The merger is subject to approval by regulators.', ['subject to approval by regulators']],
    ['Troops stand ready in case talks collapse.', ['in case talks collapse']],
    // Kept by choice: "in case of X" still makes something depend on an event ("if there is X").
    ['Reserves are kept in case of a second wave of attacks.', ['in case of a second wave of attacks']],
    ['Assuming the talks succeed, prices will fall.', ['Assuming the talks succeed']],
    ['Prices will fall, assuming that the talks succeed.', ['assuming that the talks succeed']],
    ['If talks fail then sanctions follow.', ['If talks fail']],
    ['If, as expected, the talks fail, sanctions follow.', ['If, as expected, the talks fail']],
    ['"We will leave if they pay us," he said.', ['if they pay us']],
    ['He said the deal “would collapse if the tariffs stay” and left.', ['if the tariffs stay']],
    ['Sanctions will stay — unless Moscow withdraws — for now.', ['unless Moscow withdraws']],
    ['Talks resume if the U.S. agrees to the terms.', ['if the U.S. agrees to the terms']],
    ['The deal falls apart if the protesters\' demands are not met.', ["if the protesters' demands are not met"]],
    ['They were released on the condition that each post $100,000 bond within a week.', ['on the condition that each post $100,000 bond within a week']],
    ['We know that if you take a careful history, you find the cause.', ['if you take a careful history']],
    ['She would not mind if someone asked. -- SIGNED, A READER', ['if someone asked']],
    ['You have access to the games only as long as they stay in the library.', ['as long as they stay in the library']],
    ['If so, the talks will resume.', ['If so']],
    ['The Senate could act if and when the House votes.', ['if and when the House votes']],
    ['In the event that talks fail, the troops stay.', ['In the event that talks fail']],
    ['Reserves will be called up in the event of an attack on the border.', ['in the event of an attack on the border']],
    ['The merger is subject to review by regulators.', ['subject to review by regulators']],
    ['The loan is contingent on reforms to the tax code.', ['contingent on reforms to the tax code']],
    ['Aid will be conditional upon a ceasefire, officials said.', ['conditional upon a ceasefire']],
    ['Officials say if the dam breaks, the valley will flood.', ['if the dam breaks']],
    ['We will consider it if they ask us.', ['if they ask us']],
    ['If confirmed, she would be the first woman in the post.', ['If confirmed']],
    ['The claims, if true, would end his career.', ['if true']],
    ['If elected he would cut taxes.', ['If elected']],
    ['The bill, if passed, would ban the sale.', ['if passed']],
    ['Unless, of course, the court intervenes.', ['Unless, of course, the court intervenes']],
    ['They said they would only agree if the US paid.', ['if the US paid']],
    ['He asked that if the vote fails, the bill be withdrawn.', ['if the vote fails']],
    ['What happens if Russia wins?', ['if Russia wins']],
    ['Even so, if the talks fail, the aid stops.', ['if the talks fail']],
    ['He warned that if Russia attacks they will respond.', ['if Russia attacks']],
    ['Trump said if China balks he would raise tariffs.', ['if China balks']],
    ['If Kyiv refuses the offer we’ll keep fighting.', ['If Kyiv refuses the offer']],
    ['If they sign the deal that we will propose, peace follows.', ['If they sign the deal that we will propose']],
    ['The war goes on if they say he will not come.', ['if they say he will not come']],
    ['The only way the game means anything is if we win it.', ['if we win it']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => expect(clauses(sentence)).toEqual(expected));
  }

  it('gives marker, clause and sentence spans that point into the text', () => {
    const text = 'First sentence here. Moscow says talks are not credible if they are not present. Last one.';
    const sentences: Span[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const start = m.index! + (m[0].length - m[0].trimStart().length);
      sentences.push({ text: text.slice(start, m.index! + m[0].length), start, end: m.index! + m[0].length });
    }
    const [found, ...rest] = findConditions(text, sentences, en);
    expect(rest).toEqual([]);
    expect(found.marker).toEqual({ text: 'if', start: text.indexOf(' if ') + 1, end: text.indexOf(' if ') + 3 });
    expect(text.slice(found.clause.start, found.clause.end)).toBe('if they are not present');
    expect(found.clause.text).toBe('if they are not present');
    expect(found.sentence.text).toBe('Moscow says talks are not credible if they are not present.');
  });

  it('lists findings in text order across sentences', () => {
    const text = 'Unless he stops, we go. We stay if paid.';
    const sentences: Span[] = [
      { text: 'Unless he stops, we go.', start: 0, end: 23 },
      { text: 'We stay if paid.', start: 24, end: 40 },
    ];
    expect(findConditions(text, sentences, en).map((c) => c.marker.text)).toEqual(['Unless', 'if']);
  });
});

describe('condition traps', () => {
  const traps = [
    'He spoke on condition of anonymity because he was not authorised to speak.',
    'Reporters asked if the deal was done.',
    'Asked if he would run again, the senator smiled.',
    'It is not clear whether, or if, the deal will pass.',
    'The doors are coloured so you know if they need a key or if they open from the other side.',
    'She asked the minister if the deal was done.',
    'He wondered if the war would end.',
    'We will see if the ceasefire holds.',
    'I do not know if they will come.',
    'It is unclear if the talks will resume.',
    'It is not clear if the talks will resume.',
    'He declined to say if the talks will resume.',
    'Experts question whether the firms want to help, or if they profit from the churn.',
    'Even if the talks fail, the aid continues.',
    'He acted as if nothing had happened.',
    'He acted as though nothing had happened.',
    'What if the ceasefire collapses?',
    'What is really fun to think about is if there are ways that the organics mix with water.',
    'Few, if any, of the promises were kept.',
    'He rarely, if ever, speaks to the press.',
    'Many, if not most, residents left.',
    'The task is difficult if not impossible.',
    'Dozens if not hundreds of people fled.',
    'The plan changes little, if at all.',
    'If anything, the sanctions made him stronger.',
    '"Putin can fight as long as he needs to," the source said.',
    'The war could last as long as a year.',
    'The talks could take as long as 10 years.',
    'Talks may go on for as long as it takes.',
    'They will stay as long as possible.',
    'The new bridge is twice as long as the old one.',
    'The feud has run as long as anyone can remember.',
    'He has backed the party as long as he has been in politics.',
    'She will serve as long as she lives.',
    'It has been the rule as long as he’s been in charge.',
    'The car is about as long as a pickup truck.',
    'The new model is as long as the old one.',
    'Who cares if the rules were broken?',
    'It does not matter if they agree.',
    'He gives mixed signals about whether he wants a deal and if the tariffs will go.',
    'The team noted if and how often people used the drug.',
    'The click is softer, if a bit quieter.',
    'If only they had listened.',
    'The visit helped, if only briefly.',
    'It was a reset, if you will, of the whole relationship.',
    'It remains to be seen if the truce will hold.',
    'The ministry did not indicate if the talks would resume.',
    'He didn’t say if he would run again.',
    'They are studying what-if scenarios for the election.',
    'Regardless of if they win, the party changes.',
    'Russian banks are subject to sanctions.',
    'The firm has been subject to intense scrutiny since March.',
    'Prices are subject to change.',
    'In case you missed it, here are the highlights.',
    'Also, in case you want to know, the index in Delhi is 218.',
    'In case you’re wondering, the answer is no.',
    'The United States provided weapons to Kyiv.',
    'The support provided them with food and shelter.',
    // The noun "if".
    'That is a big if: the last parcel tax fell short.',
    'It remains a big if.',
    'The documents, provided to Reuters by a lawyer, show the payments.',
    'The country is providing aid to refugees.',
    'The ministry said it was providing the troops with armour.',
    'Since assuming office, he has cut taxes.',
    'Assuming office in 2020, he vowed reform.',
    'The general is assuming command of the fleet.',
    'She left the ministry in May, assuming a role at the bank.',
    'The official spoke on condition that he not be named because the talks are private.',
    'Two aides spoke on the condition that their names not be used.',
    'A diplomat agreed to talk on condition that she would not be identified.',
    'He spoke on condition that he remain anonymous.',
    'He agreed to testify on condition that his name be withheld.',
    'The city was quiet while the president was in power.',
    'In the case of Ukraine, the rules differ.',
  ];
  for (const sentence of traps) {
    it(sentence, () => expect(clauses(sentence)).toEqual([]));
  }
});

describe('condition lexicon', () => {
  it('compiles: every trap marks a known marker and names known word classes', () => {
    const text = 'If so, fine.';
    expect(() => findConditions(text, oneSentence(text), en)).not.toThrow();
    for (const trap of en.conditions.traps) expect(trap).toMatch(/\[[^\]]+\]/);
  });

  it('lists each marker, trap and class word once', () => {
    const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(duplicates(en.conditions.markers.map((m) => m.phrase))).toEqual([]);
    expect(duplicates(en.conditions.traps)).toEqual([]);
    for (const [name, words] of Object.entries(en.conditions.wordClasses)) {
      expect({ name, duplicates: duplicates(words) }).toEqual({ name, duplicates: [] });
    }
  });

  it('rejects a trap for a word that is not a marker, or an unknown word class', () => {
    const text = 'If so, fine.';
    const withTrap = (trap: string) => ({ ...en, conditions: { ...en.conditions, traps: [trap] } });
    expect(() => findConditions(text, oneSentence(text), withTrap('even [whether]'))).toThrow(/not a condition marker/);
    expect(() => findConditions(text, oneSentence(text), withTrap('{nosuchclass} [if]'))).toThrow(/unknown word class/);
    expect(() => findConditions(text, oneSentence(text), withTrap('even if'))).toThrow(/without \[marker\]/);
  });

  it('is data: a lexicon without the trap reports what the trap hid', () => {
    const text = 'Even if the talks fail, the aid continues.';
    const noTraps = { ...en, conditions: { ...en.conditions, traps: [] } };
    expect(findConditions(text, oneSentence(text), en)).toEqual([]);
    expect(findConditions(text, oneSentence(text), noTraps).map((c) => c.clause.text)).toEqual(['if the talks fail']);
  });
});

describe('conditions in another language, from its lexicon alone', () => {
  const lexicons = { uk: lexiconFor('uk'), ru: lexiconFor('ru') };
  // The clauses a Ukrainian or Russian text's conditions hold.
  const governed = (text: string, language: 'uk' | 'ru') => findConditions(text, oneSentence(text), lexicons[language]).map((c) => c.clause.text);
  // A small lexicon of our own in the shape of src/core/lexicon/types.ts, to
  // show the engine needs no English: Ukrainian markers, one with the comma
  // that Ukrainian requires inside it ("за умови, що").
  const ukrainian: Lexicon = {
    ...en,
    language: 'uk',
    conditions: {
      markers: [{ phrase: 'за умови, що' }, { phrase: 'за умови' }, { phrase: 'якщо' }, { phrase: 'у разі' }],
      traps: ['навіть [якщо]', '[за умови] {anonymity}'],
      wordClasses: { anonymity: ['анонімності'] },
      wildcardStops: ['що'],
      clauseEndWords: ['то'],
      mainClauseOpeners: [],
      conditionHeadWords: ['що'],
      clauseInitialAfter: ['і', 'але'],
      clauseContinuers: ['щоб'],
    },
  };
  const ukClauses = (text: string) => findConditions(text, oneSentence(text), ukrainian).map((c) => c.clause.text);

  it('finds a marker that carries its own comma, and the clause after it', () => {
    const text = 'Переговори можливі за умови, що Київ визнає кордони, заявив Пєсков.';
    const [found] = findConditions(text, oneSentence(text), ukrainian);
    expect(found.marker.text).toBe('за умови, що');
    expect(found.clause.text).toBe('за умови, що Київ визнає кордони');
  });

  it('finds the shorter marker and plain markers', () => {
    expect(ukClauses('Допомога надійде лише за умови припинення вогню.')).toEqual(['за умови припинення вогню']);
    expect(ukClauses('Якщо трейдери платити відмовляються, то судна стоять.')).toEqual(['Якщо трейдери платити відмовляються']);
    expect(ukClauses('Уряд піде у відставку у разі невжиття заходів.')).toEqual(['у разі невжиття заходів']);
  });

  it('runs on past a comma that opens a clause belonging to the condition', () => {
    expect(ukClauses('Треба платити, якщо хочеш, щоб корабель випустили з порту.')).toEqual([
      'якщо хочеш, щоб корабель випустили з порту',
    ]);
  });

  it('reads the noun phrase a marker governs, and leaves the main clause out', () => {
    // The main clause's subject: a noun after the head and its complement, a name, a noun after a prepositional phrase.
    expect(governed('У разі затримки поставки комунальники змонтують тимчасовий трубопровід.', 'uk')).toEqual(['У разі затримки поставки']);
    expect(governed('У разі внесення застави Петренко носитиме браслет.', 'uk')).toEqual(['У разі внесення застави']);
    expect(governed('В случае невыплаты надбавок за переработку до 1 апреля сотрудники начнут забастовку.', 'ru')).toEqual([
      'В случае невыплаты надбавок за переработку до 1 апреля',
    ]);
    expect(governed('В случае срыва переговоров правительство объявит тендер.', 'ru')).toEqual(['В случае срыва переговоров']);
    // A further group opened by a modifier in the genitive, joined nouns, a hyphenated word and a quoted name stay inside.
    expect(governed('У разі посилення обстрілів енергетичної інфраструктури графіки повернуться.', 'uk')).toEqual([
      'У разі посилення обстрілів енергетичної інфраструктури',
    ]);
    expect(governed('Компанія поверне кошти у разі відмови або затримки рейсу.', 'uk')).toEqual(['у разі відмови або затримки рейсу']);
    expect(governed('В случае невыхода команды в плей-офф тренер уйдет.', 'ru')).toEqual(['В случае невыхода команды в плей-офф']);
    expect(governed('У разі відкликання ліцензії у банку «Схід Кредит» вкладники отримають гроші.', 'uk')).toEqual([
      'У разі відкликання ліцензії у банку «Схід Кредит»',
    ]);
    // Where a comma and a clause follow the marker, the clause is the condition, as for any marker.
    expect(governed('Квитки надійдуть у продаж лише за умови, що служба погодить графік.', 'uk')).toEqual(['лише за умови, що служба погодить графік']);
  });

  it('reads the guide\'s "in exchange for" to the end of its clause (uk, ru)', () => {
    expect(governed('Компания готова отказаться от иска в обмен на передачу ему земельных участков, сообщил источник.', 'ru')).toEqual([
      'в обмен на передачу ему земельных участков',
    ]);
    expect(governed('Сторона готова знизити ціну в обмін на довгостроковий контракт.', 'uk')).toEqual(['в обмін на довгостроковий контракт']);
  });

  it('keeps a clause its verb takes after a comma, and a hyphenated word whose part is a clause-ending word (uk, ru)', () => {
    expect(governed('Если выяснится, что кто-то из чиновников сидел на информации, он будет отвечать.', 'ru')).toEqual([
      'Если выяснится, что кто-то из чиновников сидел на информации',
    ]);
    expect(governed('Якщо з’ясується, що хтось приховав дані, його звільнять.', 'uk')).toEqual(['Якщо з’ясується, що хтось приховав дані']);
    expect(governed('Если он придет, то мы уйдем.', 'ru')).toEqual(['Если он придет']);
  });

  it('keeps to its traps', () => {
    expect(ukClauses('Навіть якщо переговори зірвуться, допомога триватиме.')).toEqual([]);
    expect(ukClauses('Він говорив за умови анонімності.')).toEqual([]);
  });
});

describe('inverted conditions', () => {
  it('finds "Should …", "Had he …" and "Were they to …" at the head of a clause', () => {
    expect(clauses('Should talks fail, the strikes will resume.')).toEqual(['Should talks fail']);
    expect(clauses('The deal, should it pass, will cut taxes.')).toEqual(['should it pass']);
    expect(clauses('Had he known, he would have left.')).toEqual(['Had he known']);
    expect(clauses('Were they to refuse, sanctions would follow.')).toEqual(['Were they to refuse']);
  });

  it('leaves questions and verbs alone', () => {
    expect(clauses('Should Biden run again?')).toEqual([]);
    expect(clauses('Had you heard about it?')).toEqual([]);
    expect(clauses('He left early, had lunch and returned.')).toEqual([]);
    expect(clauses('The plan should be ready by May.')).toEqual([]);
    // A second verb of the clause's subject after "and".
    expect(clauses('The car has 355 horsepower, and should do 0-62 mph in 6.6 seconds.')).toEqual([]);
  });

  it('ends an initial "only if" before the inverted main clause', () => {
    expect(clauses('Only if the vote passes will the plan proceed.')).toEqual(['Only if the vote passes']);
  });
});

describe('dashes inside a condition', () => {
  it('reads an en dash between two words with no space as a range inside the clause', () => {
    expect(clauses('Prices will fall if the April–June harvest is large, traders said.')).toEqual(['if the April–June harvest is large']);
    expect(clauses('Prices will fall if the 2022—2023 harvest is large.')).toEqual(['if the 2022—2023 harvest is large']);
  });
  it('ends the clause at an em dash between words, and at a spaced en dash', () => {
    expect(clauses('Prices will fall if ports close—and they may.')).toEqual(['if ports close']);
    expect(clauses('Prices will fall if ports close – and they may.')).toEqual(['if ports close']);
  });
});

describe('asides and places inside a condition', () => {
  it('runs past a relative aside on a noun of the condition when its verb follows', () => {
    expect(clauses('Jobs will go if freight volumes, which have been weak since spring, do not recover, he said.')).toEqual([
      'if freight volumes, which have been weak since spring, do not recover',
    ]);
  });
  it('ends at the aside when a main clause or a conjunction follows it', () => {
    expect(clauses('If it rains, which it may, we will stay.')).toEqual(['If it rains']);
    expect(clauses('We will stay if it rains, which it may, and leave later.')).toEqual(['if it rains']);
  });
  it('keeps a place and its state together', () => {
    expect(clauses('They will move if the plant in Gary, Indiana, closes.')).toEqual(['if the plant in Gary, Indiana, closes']);
  });
});

describe('a clause a verb of belief or saying takes without "that"', () => {
  it('stays inside the condition, not its main clause', () => {
    expect(clauses('If they think they can padlock the doors, they are in for a fight.')).toEqual(['If they think they can padlock the doors']);
    expect(clauses('If you say you will come, we will wait.')).toEqual(['If you say you will come']);
    // (Where no such verb stands before it, a subject and a modal open the main clause.)
    expect(clauses('If elected he would cut taxes.')).toEqual(['If elected']);
  });
});

describe('"provided" as a verb', () => {
  it('is no condition when no subject opens after it', () => {
    expect(clauses('The hospital received 550 patients a day, provided chemotherapy to 150 patients, and ran a clinic.')).toEqual([]);
    expect(clauses('They will sign, provided the votes are there.')).toEqual(['provided the votes are there']);
    expect(clauses('They will sign, provided 60 senators agree.')).toEqual(['provided 60 senators agree']);
  });
});
