import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { detectLanguage, paragraphsByLanguage, resolveLanguage } from '../../src/core/language';
import { splitParagraphs } from '../../src/core/sentences';

const UK = 'Міністр оборони заявив, що армія готова до нових викликів, і додав, що це рішення вже ухвалене урядом.';
const RU = 'Министр обороны заявил, что армия готова к новым вызовам, и добавил, что это решение уже принято правительством.';
const EN = 'The defence minister said the army was ready for new challenges and added that the government had already decided.';

describe('detectLanguage', () => {
  it('tells English, Ukrainian and Russian apart', () => {
    expect(detectLanguage(EN)).toBe('en');
    expect(detectLanguage(UK)).toBe('uk');
    expect(detectLanguage(RU)).toBe('ru');
  });
  it('is undecided on too little text, other scripts and Latin languages without a lexicon', () => {
    expect(detectLanguage('Київ')).toBeNull();
    expect(detectLanguage('東京都は新しい計画を発表しました。東京都は新しい計画を発表しました。')).toBeNull();
    expect(detectLanguage('Der Minister sagte, die Armee sei bereit für neue Herausforderungen und die Regierung habe entschieden.')).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('keeps a declared language the text agrees with, regional subtag included', () => {
    expect(resolveLanguage(UK, 'uk-UA')).toBe('uk-UA');
    expect(resolveLanguage(EN, 'en')).toBe('en');
  });
  it('follows the text when the declaration contradicts it, and detects when nothing is declared', () => {
    expect(resolveLanguage(UK, 'en')).toBe('uk');
    expect(resolveLanguage(RU, 'uk')).toBe('ru');
    expect(resolveLanguage(RU)).toBe('ru');
    expect(resolveLanguage('', undefined)).toBe('en');
  });
});

describe('mixed pages', () => {
  it('groups a paragraph in another language apart from the article', () => {
    const text = [EN, UK, EN].join('\n\n');
    const groups = paragraphsByLanguage(text, splitParagraphs(text), 'en');
    expect([...groups.keys()]).toEqual(['en', 'uk']);
    expect(groups.get('en')).toHaveLength(2);
    expect(groups.get('uk')!.map((p) => p.text)).toEqual([UK]);
  });
  it('analyses each paragraph with its own lexicon and keeps findings in text order', () => {
    const text = ['Officials said the talks would resume.', 'Про це заявив речник МЗС Георгій Тихий.', 'The minister said it was too early, Reuters reported.'].join('\n\n');
    const report = analyse(text, { language: 'en' });
    expect(report.language).toBe('en');
    expect(report.attributions.map((a) => a.cue.text)).toEqual(['said', 'заявив', 'said', 'reported']);
    expect(report.attributions[1]).toMatchObject({ kind: 'on-record', type: 'person' });
  });
  it('reports the language the text is in when the page declares another', () => {
    expect(analyse(UK, { language: 'en' }).language).toBe('uk');
  });
});
