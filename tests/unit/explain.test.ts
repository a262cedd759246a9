/**
 * Practice's explanations (src/report/explain.ts): the rule that applies to a
 * missed finding or a wrong guess comes from the finding's own data, and
 * reads as a sentence in English and Ukrainian.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { EXPLAIN_MESSAGES, explainMiss, explainWrongGuess, shortWords, type Explanation } from '../../src/report/explain';
import { fillMessage } from '../../src/page/overlay/words';

const TEXT = [
  'The council will close the pier, according to two officials familiar with the plans, who spoke on condition of anonymity because the decision is not public.',
  '"We cannot keep sending people across it, not safely," said Maria Lindqvist, the chief engineer.',
  'The pier will reopen if the repairs pass inspection, Lindqvist said. She said the cost was high.',
  '"It is over," a senior official said.',
].join('\n\n');
const report = analyse(TEXT, { language: 'en' });
const range = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const attributionAt = (words: string) => report.attributions.find((a) => a.source.text.startsWith(words))!;
const keys = (sentences: Explanation[]) => sentences.map((s) => s.key);

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locale = (lang: string): Messages =>
  JSON.parse(readFileSync(path.resolve(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const say = (messages: Messages, sentences: Explanation[]) => sentences.map((s) => fillMessage(messages[s.key], s.substitutions)).join(' ');

describe('explainMiss', () => {
  it('says an unnamed source is anonymous because no one is named, with the reason the article gives', () => {
    const officials = attributionAt('two officials');
    expect(officials.kind).toBe('anonymous');
    const sentences = explainMiss(report, officials.id);
    expect(keys(sentences)).toEqual(['explainAnonymousPeople', 'explainReasonGiven']);
    expect(sentences[0].substitutions[0]).toBe('according to two officials familiar with the plans');
    expect(sentences[1].substitutions).toEqual([officials.reason!.text]);
    expect(say(locale('en'), sentences)).toBe(
      '“according to two officials familiar with the plans” is anonymous: no one is named and no body stands behind them. ' +
        'The article says why it is not named: “because the decision is not public”.',
    );
  });

  it('says when no reason is given, and that a direct quote rests on the unnamed source', () => {
    const official = attributionAt('a senior official');
    expect(official.quote).not.toBeNull();
    expect(keys(explainMiss(report, official.id))).toEqual(['explainAnonymousPeople', 'explainNoReason', 'explainAnonymousQuote']);
  });

  it('says a condition makes its claim hold only if met, by its marker, and whose it is', () => {
    const [condition] = report.conditions;
    const sentences = explainMiss(report, condition.id);
    expect(sentences[0]).toEqual({ key: 'explainCondition', substitutions: [condition.clause.text, condition.marker.text] });
    const holder = report.sources.find((s) => s.id === condition.holder)!;
    expect(sentences[1]).toEqual({ key: 'explainConditionHolder', substitutions: [holder.name] });
  });

  it('explains every finding of the sample article by the rule of its own kind and type', () => {
    const html = readFileSync(path.resolve(__dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8');
    const seed = analyse(html.replace(/<[^>]+>/g, ' '), { language: 'en' });
    expect(seed.attributions.length).toBeGreaterThan(10);
    for (const attribution of seed.attributions) {
      const rule = explainMiss(seed, attribution.id).find((s) => s.key !== 'explainRefersBack')!;
      expect(rule.key.startsWith(attribution.kind === 'anonymous' ? 'explainAnonymous' : 'explainOnRecord'), attribution.id).toBe(true);
      expect(rule.substitutions[0]).toContain(shortWords(attribution.cue.text, 40).replace(/…$/, ''));
    }
    for (const condition of seed.conditions) expect(explainMiss(seed, condition.id)[0].key).toBe('explainCondition');
    expect(explainMiss(seed, 'a999')).toEqual([]);
  });
});

describe('explainWrongGuess', () => {
  it('says a named person is on-record, naming them, and follows a pronoun to its voice', () => {
    expect(explainWrongGuess(report, 'anonymous', range('Maria Lindqvist'))).toEqual([
      { key: 'explainOnRecordPerson', substitutions: ['said Maria Lindqvist, the chief engineer', 'Maria Lindqvist'] },
    ]);
    const she = explainWrongGuess(report, 'anonymous', range('She said'));
    expect(she[0]).toEqual({ key: 'explainRefersBack', substitutions: ['She', 'Maria Lindqvist'] });
    expect(she[1].key).toBe('explainOnRecordPerson');
  });

  it('tells a condition from a source and a source from a condition', () => {
    expect(explainWrongGuess(report, 'anonymous', range('if the repairs'))).toEqual([
      { key: 'explainConditionNotSource', substitutions: ['if the repairs pass inspection', 'if'] },
    ]);
    expect(keys(explainWrongGuess(report, 'condition', range('two officials')))).toEqual(['explainAttributionNotCondition']);
  });

  it('says what is missing where the words hold no finding at all, quoting them', () => {
    expect(explainWrongGuess(report, 'anonymous', range('The council will close'))).toEqual([{ key: 'explainNoSource', substitutions: ['The council will close'] }]);
    expect(explainWrongGuess(report, 'condition', range('The council will close'))).toEqual([{ key: 'explainNoCondition', substitutions: ['The council will close'] }]);
  });
});

describe('the explanations in the interface languages', () => {
  it('has every explanation in English and Ukrainian, each filled in with no placeholder left', () => {
    const sentences = [
      ...report.attributions.flatMap((a) => explainMiss(report, a.id)),
      ...report.conditions.flatMap((c) => explainMiss(report, c.id)),
      ...explainWrongGuess(report, 'anonymous', range('if the repairs')),
      ...explainWrongGuess(report, 'condition', range('two officials')),
    ];
    for (const lang of ['en', 'uk']) {
      const messages = locale(lang);
      for (const key of EXPLAIN_MESSAGES) expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
      const text = say(messages, sentences);
      expect(text).not.toMatch(/\$/);
      expect(text).toContain('Maria Lindqvist');
    }
    expect(say(locale('uk'), explainMiss(report, attributionAt('a senior official').id))).toMatch(/^«a senior official said» — анонімне джерело/);
  });

  it('quotes long words cut short, on one line', () => {
    expect(shortWords('a\n  b', 10)).toBe('a b');
    expect(shortWords('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
