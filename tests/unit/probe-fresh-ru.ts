import type { Expected, ProbeCase } from './probe-types';

/**
 * A third Russian probe, written after every rule of this session, expectations before any run, and
 * not used to change the analyser until issue 12 (item 5) asked for general rules that read its unread cases;
 * `probe-unseen-ru.ts` now plays its part.
 */
const on = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'on-record', type, source, cue });
const anon = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'anonymous', type, source, cue });
const either = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'either', type, source, cue });

export const fresh: ProbeCase[] = [
  { text: 'Об этом журналистам сообщил глава Минэнерго Сергей Цивилев.', attributions: [on('person', 'глава Минэнерго Сергей Цивилев', 'сообщил')] },
  { text: 'Министр финансов подтвердил, что налоги повышать не планируется.', attributions: [on('person', 'Министр финансов', 'подтвердил')] },
  { text: 'Как рассказали «Ведомостям» три источника на рынке, переговоры зашли в тупик.', attributions: [anon('group', 'три источника на рынке', 'рассказали')] },
  { text: 'Собеседники агентства в Минобороны отметили, что учения продлятся неделю.', attributions: [anon('group', 'Собеседники агентства в Минобороны', 'отметили')] },
  { text: 'По словам местных жителей, обстрел продолжался около часа.', attributions: [anon('group', 'местных жителей', 'По словам')] },
  { text: 'В компании «Аэрофлот» заявили, что рейсы выполняются по расписанию.', attributions: [on('organization', 'компании «Аэрофлот»', 'заявили')] },
  { text: 'Политолог Алексей Макаркин пояснил, что выборы пройдут спокойно.', attributions: [on('person', 'Политолог Алексей Макаркин', 'пояснил')] },
  { text: 'Аналитики Bloomberg Economics считают, что рецессия неизбежна.', attributions: [either('group', 'Аналитики Bloomberg Economics', 'считают')] },
  { text: 'Жители Белгорода рассказали, что воды нет третий день.', attributions: [anon('group', 'Жители Белгорода', 'рассказали')] },
  { text: 'Как заявили в пресс-службе Кремля, Путин проведет переговоры по телефону.', attributions: [on('organization', 'пресс-службе Кремля', 'заявили')] },
  { text: 'Сотрудник посольства, попросивший не называть его имени, подтвердил эту информацию.', attributions: [anon('person', 'Сотрудник посольства, попросивший не называть его имени', 'подтвердил')] },
  { text: 'Если ставка останется высокой, инвестиции сократятся, предупредил экономист Сергей Гуриев.', attributions: [on('person', 'экономист Сергей Гуриев', 'предупредил')], conditions: ['если'] },
  { text: 'Директор не уточнил, будет ли продлен контракт.', attributions: [] },
  { text: 'Как сообщает издание The Insider, документы были подделаны.', attributions: [on('publication', 'издание The Insider', 'сообщает')] },
  { text: 'Губернатор добавил, что ситуация находится под контролем.', attributions: [on('person', 'Губернатор', 'добавил')] },
];
