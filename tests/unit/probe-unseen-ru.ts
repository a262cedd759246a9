import type { Expected, ProbeCase } from './probe-types';

/**
 * A fourth Russian probe (issue 12, item 5), written after every rule of that session with its
 * expectations set down before the analyser was first run on it, and never used to change the
 * analyser: its pass count measures how the rules carry to shapes they were not made on (anonymous
 * sources with reasons, officials on record, outlets relaying outlets, bodies after prepositions,
 * conditions such as "при условии, что").
 */
const on = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'on-record', type, source, cue });
const anon = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'anonymous', type, source, cue });

export const unseen: ProbeCase[] = [
  { text: 'Два источника в правительстве, не имеющие права комментировать переговоры, рассказали, что сделку отложили.', attributions: [anon('group', 'Два источника в правительстве, не имеющие права комментировать переговоры', 'рассказали')] },
  { text: 'Газета «Коммерсантъ» со ссылкой на источники в Минфине пишет, что налог повысят.', attributions: [on('publication', 'Газета «Коммерсантъ»', 'пишет'), anon('group', 'источники в Минфине', 'со ссылкой на')] },
  { text: 'В пресс-службе МЧС уточнили, что пожар локализован.', attributions: [on('organization', 'пресс-службе МЧС', 'уточнили')] },
  { text: 'Соглашение будет подписано при условии, что Москва получит гарантии, заявил министр иностранных дел Сергей Лавров.', attributions: [on('person', 'министр иностранных дел Сергей Лавров', 'заявил')], conditions: ['при условии, что'] },
  { text: 'Западные дипломаты, говорившие на условиях анонимности, утверждают, что санкции не смягчат.', attributions: [anon('group', 'Западные дипломаты, говорившие на условиях анонимности', 'утверждают')] },
  { text: 'Как передает ТАСС, в результате атаки пострадали три человека.', attributions: [on('publication', 'ТАСС', 'Как передает')] },
  { text: 'Представитель Центробанка Ольга Петрова подчеркнула, что курс останется стабильным.', attributions: [on('person', 'Представитель Центробанка Ольга Петрова', 'подчеркнула')] },
  { text: 'По мнению экспертов, опрошенных изданием, цены на топливо вырастут.', attributions: [anon('group', 'экспертов, опрошенных изданием', 'По мнению')] },
  { text: 'Если перемирие не будет соблюдено, санкции усилят, предупредили в Еврокомиссии.', attributions: [on('organization', 'Еврокомиссии', 'предупредили')], conditions: ['если'] },
  { text: 'Один из депутатов, пожелавший остаться неназванным, рассказал, что голосование перенесут.', attributions: [anon('person', 'Один из депутатов, пожелавший остаться неназванным', 'рассказал')] },
  { text: 'По словам вице-премьера Александра Новака, добыча нефти сократится.', attributions: [on('person', 'вице-премьера Александра Новака', 'По словам')] },
  { text: 'Об этом говорится в заявлении пресс-службы «Газпрома».', attributions: [on('document', 'заявлении пресс-службы «Газпрома»', 'говорится')] },
  { text: 'Собеседник «Ведомостей» в администрации президента, попросивший не называть его имени из-за деликатности темы, сказал, что отставка решена.', attributions: [anon('person', 'Собеседник «Ведомостей» в администрации президента, попросивший не называть его имени из-за деликатности темы', 'сказал')] },
  { text: 'Губернатор Белгородской области Вячеслав Гладков заявил, что эвакуацию продолжат, только если обстрелы не прекратятся.', attributions: [on('person', 'Губернатор Белгородской области Вячеслав Гладков', 'заявил')], conditions: ['только если'] },
  { unread: 'a gerund of relaying set off by commas between the outlet and its cue (\'…, ссылаясь на …, сообщает\') is not passed over; a name with an article after it is read as a person\'s', text: 'Агентство Bloomberg, ссылаясь на Financial Times, сообщает, что компания готовит сокращения.', attributions: [on('publication', 'Агентство Bloomberg', 'сообщает'), on('publication', 'Financial Times', 'ссылаясь на')] },
];
