import type { Expected, ProbeCase } from './probe-types';

/**
 * A third Ukrainian probe, written after every rule of this session, expectations before any run, and
 * not used to change the analyser until issue 12 (item 5) asked for general rules that read its unread cases;
 * `probe-unseen-uk.ts` now plays its part.
 */
const on = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'on-record', type, source, cue });
const anon = (type: Expected['type'], source: string, cue: string): Expected => ({ kind: 'anonymous', type, source, cue });

export const fresh: ProbeCase[] = [
  { text: 'Про це журналістам повідомив міністр енергетики Герман Галущенко.', attributions: [on('person', 'міністр енергетики Герман Галущенко', 'повідомив')] },
  { text: 'Міністр фінансів підтвердив, що податки підвищувати не планують.', attributions: [on('person', 'Міністр фінансів', 'підтвердив')] },
  { text: 'Як розповіли «Економічній правді» три джерела на ринку, переговори зайшли в глухий кут.', attributions: [anon('group', 'три джерела на ринку', 'розповіли')] },
  { text: 'Співрозмовники агентства в Міноборони зазначили, що навчання триватимуть тиждень.', attributions: [anon('group', 'Співрозмовники агентства в Міноборони', 'зазначили')] },
  { text: 'За словами місцевих жителів, обстріл тривав близько години.', attributions: [anon('group', 'місцевих жителів', 'За словами')] },
  { text: 'У компанії «Укрзалізниця» заявили, що поїзди курсують за графіком.', attributions: [on('organization', 'компанії «Укрзалізниця»', 'заявили')] },
  { text: 'Політолог Володимир Фесенко пояснив, що вибори пройдуть спокійно.', attributions: [on('person', 'Політолог Володимир Фесенко', 'пояснив')] },
  { text: 'Мешканці Сум розповіли, що води немає третій день.', attributions: [anon('group', 'Мешканці Сум', 'розповіли')] },
  { text: 'Як заявили в пресслужбі Офісу Президента, Зеленський проведе переговори телефоном.', attributions: [on('organization', 'пресслужбі Офісу Президента', 'заявили')] },
  { text: 'Співробітник посольства, який попросив не називати його імені, підтвердив цю інформацію.', attributions: [anon('person', 'Співробітник посольства, який попросив не називати його імені', 'підтвердив')] },
  { text: 'Якщо ставка залишиться високою, інвестиції скоротяться, попередив економіст Олександр Савченко.', attributions: [on('person', 'економіст Олександр Савченко', 'попередив')], conditions: ['якщо'] },
  { text: 'Директор не уточнив, чи буде продовжено контракт.', attributions: [] },
  { text: 'Як повідомляє видання «Бабель», документи було підроблено.', attributions: [on('publication', 'видання «Бабель»', 'повідомляє')] },
  { text: 'Голова ОВА додав, що ситуація під контролем.', attributions: [on('person', 'Голова ОВА', 'додав')] },
  { text: 'Волонтери кажуть, що потреби фронту зростають.', attributions: [anon('group', 'Волонтери', 'кажуть')] },
];
