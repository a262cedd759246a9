import type { Expected, ProbeCase } from './probe-types';

/**
 * A fourth Ukrainian probe (issue 12, item 5), written after every rule of that session with its
 * expectations set down before the analyser was first run on it, and never used to change the
 * analyser: its pass count measures how the rules carry to shapes they were not made on (anonymous
 * sources with reasons, officials on record, outlets relaying outlets, bodies after prepositions,
 * conditions such as "за умови, що").
 */
const on = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'on-record', type, source, cue });
const anon = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'anonymous', type, source, cue });

export const unseen: ProbeCase[] = [
  { text: 'Два співрозмовники в уряді, які не мали права публічно коментувати переговори, розповіли, що угоду відклали.', attributions: [anon('group', 'Два співрозмовники в уряді, які не мали права публічно коментувати переговори', 'розповіли')] },
  { text: 'Видання «Дзеркало тижня» з посиланням на джерела в Мінфіні пише, що податок підвищать.', attributions: [on('publication', 'Видання «Дзеркало тижня»', 'пише'), anon('group', 'джерела в Мінфіні', 'з посиланням на')] },
  { text: 'У пресслужбі ДСНС уточнили, що пожежу локалізовано.', attributions: [on('organization', 'пресслужбі ДСНС', 'уточнили')] },
  { text: "Угоду буде підписано за умови, що Київ отримає гарантії безпеки, заявив прем'єр-міністр Денис Шмигаль.", attributions: [on('person', "прем'єр-міністр Денис Шмигаль", 'заявив')], conditions: ['за умови, що'] },
  { text: 'Посадовець Пентагону на умовах анонімності повідомив, що постачання відновлять наступного тижня.', attributions: [anon('person', 'Посадовець Пентагону', 'повідомив')] },
  { text: 'Як передає Укрінформ, унаслідок атаки постраждали троє людей.', attributions: [on('publication', 'Укрінформ', 'Як передає')] },
  { text: 'Представниця Нацбанку Ольга Петренко наголосила, що курс залишиться стабільним.', attributions: [on('person', 'Представниця Нацбанку Ольга Петренко', 'наголосила')] },
  { text: 'На думку експертів, опитаних виданням, ціни на пальне зростуть.', attributions: [anon('group', 'експертів, опитаних виданням', 'На думку')] },
  { text: "Якщо перемир'я не буде дотримано, санкції посилять, попередили в Єврокомісії.", attributions: [on('organization', 'Єврокомісії', 'попередили')], conditions: ['якщо'] },
  { text: 'Один із депутатів, який побажав залишитися неназваним, розповів, що голосування перенесуть.', attributions: [anon('person', 'Один із депутатів, який побажав залишитися неназваним', 'розповів')] },
  { text: "За словами віцепрем'єрки Юлії Свириденко, експорт зерна зросте.", attributions: [on('person', "віцепрем'єрки Юлії Свириденко", 'За словами')] },
  { text: 'Про це йдеться в заяві пресслужби «Нафтогазу».', attributions: [on('document', 'заяві пресслужби «Нафтогазу»', 'йдеться')] },
  { text: 'Співрозмовник «Української правди» в Офісі президента, який попросив не називати його імені через делікатність теми, сказав, що відставку вирішено.', attributions: [anon('person', 'Співрозмовник «Української правди» в Офісі президента, який попросив не називати його імені через делікатність теми', 'сказав')] },
  { text: 'Мер Львова Андрій Садовий заявив, що місто прийме переселенців лише за умови фінансування з держбюджету.', attributions: [on('person', 'Мер Львова Андрій Садовий', 'заявив')], conditions: ['лише за умови'] },
  { unread: '\'агентство\' is a body\'s noun in the Ukrainian lexicon, and a name with an article after \'з посиланням на\' is read as a person\'s', text: 'Як повідомило агентство Reuters з посиланням на The Wall Street Journal, компанія готує звільнення.', attributions: [on('publication', 'агентство Reuters', 'повідомило'), on('publication', 'The Wall Street Journal', 'з посиланням на')] },
];
