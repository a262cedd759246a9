import type { Expected, ProbeCase } from './probe-types';

/**
 * A second Russian probe, held out: written after the fixes to the first (probe-cases-ru.ts), with
 * expectations written before any run. Its first run measured how the rules carry to sentences they were
 * not made on (11 of 20 read in each language, 10 before this session's rules); its misses then led to
 * general rules, so it is held out no longer, and its expectations stay as written.
 */
const on = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'on-record', type, source, cue });
const anon = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'anonymous', type, source, cue });

export const heldOut: ProbeCase[] = [
  { text: 'Замглавы МИД России Сергей Рябков заявил журналистам, что контакты с Вашингтоном продолжаются.', attributions: [on('person', 'Замглавы МИД России Сергей Рябков', 'заявил')] },
  { text: 'Как сообщила пресс-секретарь губернатора Наталья Петрова, эвакуация завершена.', attributions: [on('person', 'пресс-секретарь губернатора Наталья Петрова', 'сообщила')] },
  { text: 'Эксперты, опрошенные РБК, ожидают снижения ключевой ставки.', attributions: [anon('group', 'Эксперты, опрошенные РБК', 'ожидают')] },
  { text: 'Об этом агентству рассказали два высокопоставленных источника в правительстве.', attributions: [anon('group', 'два высокопоставленных источника в правительстве', 'рассказали')] },
  { text: 'По информации «Известий», законопроект внесут в Госдуму осенью.', attributions: [on('publication', '«Известий»', 'По информации')] },
  { text: 'В ФСБ сообщили о задержании подозреваемого.', attributions: [on('organization', 'ФСБ', 'сообщили')] },
  { text: 'Свидетели утверждают, что слышали выстрелы.', attributions: [anon('group', 'Свидетели', 'утверждают')] },
  { text: 'Один из участников переговоров на условиях анонимности рассказал, что стороны близки к соглашению.', attributions: [anon('person', 'Один из участников переговоров', 'рассказал')] },
  { text: 'Пользователи соцсетей пишут, что в городе нет света.', attributions: [anon('group', 'Пользователи соцсетей', 'пишут')] },
  { text: 'Глава Счетной палаты Алексей Кудрин считает, что реформа необходима.', attributions: [on('person', 'Глава Счетной палаты Алексей Кудрин', 'считает')] },
  { text: 'Если бюджет не будет принят до конца года, правительство введет временные правила, пояснили в Минфине.', attributions: [on('organization', 'Минфине', 'пояснили')], conditions: ['если'] },
  { text: 'Сделка будет закрыта при условии одобрения регулятора.', attributions: [], conditions: ['при условии'] },
  { text: 'Неназванный чиновник Белого дома сообщил CNN, что визит отменен.', attributions: [anon('person', 'Неназванный чиновник Белого дома', 'сообщил')] },
  { text: 'Как передает РИА Новости, голосование завершилось.', attributions: [on('publication', 'РИА Новости', 'передает')] },
  { text: 'Правозащитники сообщают о новых задержаниях.', attributions: [anon('group', 'Правозащитники', 'сообщают')] },
  { text: '«Это провокация», — написала в Telegram официальный представитель МИД Мария Захарова.', attributions: [on('person', 'официальный представитель МИД Мария Захарова', 'написала')] },
  { text: 'Даже если США введут новые пошлины, экспорт не пострадает, уверены в правительстве.', attributions: [on('organization', 'правительстве', 'уверены')] },
  { text: 'Источник, близкий к следствию, рассказал ТАСС, что обвиняемый признал вину.', attributions: [anon('person', 'Источник, близкий к следствию', 'рассказал')] },
  { text: 'Депутат Госдумы Андрей Исаев отметил, что закон вступит в силу в случае его одобрения Советом Федерации.', attributions: [on('person', 'Депутат Госдумы Андрей Исаев', 'отметил')], conditions: ['в случае'] },
  { text: 'Компания не раскрывает, откуда поступают средства.', attributions: [] },
];
