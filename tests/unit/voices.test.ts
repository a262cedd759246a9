// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report, Source } from '../../src/core/types';
import { editDistance, spellingVariants } from '../../src/core/voices';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { findOutlet } from '../../src/page/outlet';

const repoRoot = path.resolve(__dirname, '../..');
const samplePath = path.join(repoRoot, 'samples/seed-unn-putin-conditions.html');

function seedReport(): Report {
  const doc = parseHtml(readFileSync(samplePath, 'utf8'));
  const article = extractArticle(doc)!;
  return analyse(article.text, { title: article.title, input: samplePath, outlet: findOutlet(doc) });
}

const voiceOf = (report: Report, sourceText: string): Source => {
  const a = report.attributions.find((x) => x.source.text === sourceText);
  expect(a, sourceText).toBeDefined();
  return report.sources.find((s) => s.attributions.includes(a!.id))!;
};

describe('voices on the seed page (UNN relaying Reuters)', () => {
  const report = seedReport();

  it('counts the voices a careful reader counts (11 to 14), one entry per voice', () => {
    expect(report.sources.length).toBeGreaterThanOrEqual(11);
    expect(report.sources.length).toBeLessThanOrEqual(14);
    expect(report.profile.voices).toBe(report.sources.length);
    // Every attribution belongs to exactly one voice.
    const credited = report.sources.flatMap((s) => s.attributions).sort();
    expect(credited).toEqual(report.attributions.map((a) => a.id).sort());
  });

  it('merges "the newspaper" and "The publication" into Reuters as back-references, not into UNN', () => {
    const reuters = voiceOf(report, 'Reuters');
    expect(voiceOf(report, 'the newspaper').id).toBe(reuters.id);
    expect(voiceOf(report, 'The publication').id).toBe(reuters.id);
    expect(reuters.mentions.filter((m) => m.why === 'back-reference').map((m) => m.text)).toEqual(['the newspaper', 'The publication']);
    expect(voiceOf(report, 'UNN').id).not.toBe(reuters.id);
  });

  it('joins "the Kremlin leader" to Putin (role) and "Zelenskiy" to Volodymyr Zelenskyy (variant)', () => {
    const putin = voiceOf(report, 'Putin');
    expect(voiceOf(report, 'the Kremlin leader').id).toBe(putin.id);
    expect(putin.mentions.find((m) => m.text === 'the Kremlin leader')?.why).toBe('role');
    const zelenskyy = voiceOf(report, 'Ukrainian President Volodymyr Zelenskyy');
    expect(voiceOf(report, 'Zelenskiy, who').id).toBe(zelenskyy.id);
    expect(zelenskyy.name).toBe('Volodymyr Zelenskyy');
    expect(zelenskyy.mentions).toEqual([{ attribution: report.attributions.find((a) => a.source.text === 'Zelenskiy, who')!.id, text: 'Zelenskiy, who', why: 'variant' }]);
  });

  it('keeps separately described anonymous sources apart', () => {
    const anonymous = report.sources.filter((s) => s.kind === 'anonymous');
    expect(anonymous.length).toBe(report.profile.anonymousVoices);
    expect(voiceOf(report, 'Three sources familiar with the discussions in Putin\'s inner circle').id)
      .not.toBe(voiceOf(report, 'two sources familiar with conversations in the highest echelons of power in the Kremlin').id);
  });

  it('has the chain UNN → Reuters → sources in Russia', () => {
    expect(report.page.outlet).toBe('UNN');
    expect(report.chain.map((l) => l.name)).toEqual(['UNN', 'Reuters', 'sources in Russia']);
    expect(report.chain[0]).toEqual({ source: null, name: 'UNN', via: null });
    expect(report.chain[1].source).toBe(voiceOf(report, 'Reuters').id);
    expect(report.attributions.find((a) => a.id === report.chain[2].via)?.cue.text).toBe('citing');
  });

  it('gives "provided that Kyiv recognizes the borders" to Putin, as Reuters reports it', () => {
    const putin = voiceOf(report, 'Putin');
    const reuters = voiceOf(report, 'Reuters');
    const provided = report.conditions.filter((c) => c.marker.text === 'provided that');
    expect(provided.length).toBe(2);
    for (const c of provided) expect({ holder: c.holder, via: c.via }).toEqual({ holder: putin.id, via: [reuters.id] });
    const ifRespond = report.conditions.find((c) => c.clause.text.startsWith('if Kyiv and the West'))!;
    expect(ifRespond.holder).toBe(putin.id);
    // "One source believes that while Zelensky is in power, there can be no deal unless …": the source's own.
    const unless = report.conditions.find((c) => c.marker.text === 'unless')!;
    expect(unless.holder).toBe(voiceOf(report, 'One source').id);
  });

  it('profiles the voices', () => {
    const { profile } = report;
    expect(profile.anonymousVoices + profile.onRecordVoices).toBe(profile.voices);
    const most = Math.max(...report.sources.map((s) => s.attributions.length));
    expect(profile.topVoiceShare).toBe(Math.round((most / profile.attributions) * 100) / 100);
    expect(voiceOf(report, 'Reuters').attributions.length).toBe(most);
  });
});

describe('voices on small texts: the general rules', () => {
  const sourcesOf = (text: string, options = {}) => analyse(text, options).sources.map((s) => [s.name, s.attributions.length]);

  it('merges a full name and a surname, and a spelling variant, but not two surnames', () => {
    const report = analyse('Maria Kowalska said the plan was ready. Kowalski said the vote would wait. Nowak said nothing was decided.');
    expect(report.sources.map((s) => s.name)).toEqual(['Maria Kowalska', 'Nowak']);
    expect(report.sources[0].mentions.map((m) => m.why)).toEqual(['variant']);
  });

  it('keeps two people whose surnames are variants apart when their given names differ', () => {
    expect(sourcesOf('Maria Kowalska said the plan was ready. Piotr Kowalski said the vote would wait.').length).toBe(2);
  });

  it('merges Ukrainian case forms of one name', () => {
    const report = analyse('Рустем Умєров заявив, що переговори тривають. За словами Умєрова, угоди ще немає.', { language: 'uk' });
    const named = report.sources.filter((s) => /Умєров/.test(s.name));
    expect(named.length).toBe(1);
    expect(named[0].attributions.length).toBe(2);
  });

  it('keeps two separately described anonymous officials apart, and merges "the official" with the one before', () => {
    const two = analyse('One official said the talks had stalled. Another official said they would resume.');
    expect(two.sources.length).toBe(2);
    const tied = analyse('A senior official said the talks had stalled. The official added that they would resume.');
    expect(tied.sources.length).toBe(1);
  });

  it('resolves "the newspaper" to the outlet cited before it, and starts the chain with the publishing outlet', () => {
    const text = 'The Guardian reported that the mine would close. According to the newspaper, 300 jobs are at risk.';
    const report = analyse(text, { outlet: 'Daily Example' });
    expect(report.sources.map((s) => s.name)).toEqual(['The Guardian']);
    expect(report.chain.map((l) => l.name)).toEqual(['Daily Example', 'The Guardian']);
    // Without a known outlet the chain starts at the outlet the article cites.
    expect(analyse(text).chain.map((l) => l.name)).toEqual(['The Guardian']);
  });

  it('resolves "the agency" to the outlet or body named last before it, but not "the companies"', () => {
    const report = analyse('Reuters reported that talks stalled. The agency said sources in Moscow confirmed it.', { outlet: 'Daily Example' });
    expect(report.sources.map((s) => s.name)).toEqual(['Reuters']);
    expect(report.sources[0].mentions.map((m) => [m.text, m.why])).toEqual([['The agency', 'back-reference']]);
    const several = analyse('NASA said the plan was sound. The companies said they were ready.', { outlet: 'Daily Example' });
    expect(several.sources).toHaveLength(2);
  });

  it('follows a relay in Ukrainian and Russian ("з посиланням на", "со ссылкой на") as in English ("citing")', () => {
    const chainOf = (text: string, language: string) => analyse(text, { language, outlet: 'УНН' }).chain.map((l) => l.name);
    expect(chainOf('Путін готовий до переговорів. Про це повідомляє Reuters з посиланням на джерела в Кремлі.', 'uk'))
      .toEqual(['УНН', 'Reuters', 'джерела в Кремлі']);
    expect(chainOf('Путин готов к переговорам. Об этом сообщает Reuters со ссылкой на источники в Кремле.', 'ru'))
      .toEqual(['УНН', 'Reuters', 'источники в Кремле']);
    expect(chainOf('Putin is ready to talk, Reuters reported, citing sources in the Kremlin.', 'en'))
      .toEqual(['УНН', 'Reuters', 'sources in the Kremlin']);
  });

  it('has no chain for an article that cites no outlet and names none', () => {
    expect(analyse('Police said the road was closed.').chain).toEqual([]);
  });
});

describe('spelling variants: a general string rule', () => {
  it('measures edit distance, stopping past the limit', () => {
    expect(editDistance('zelenskyy', 'zelenskiy', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('accepts transliterations of one surname and refuses short or distant ones', () => {
    expect(spellingVariants('zelenskyy', 'zelenskiy')).toBe(true);
    expect(spellingVariants('zelensky', 'zelenskyy')).toBe(true);
    expect(spellingVariants('li', 'lu')).toBe(false);
    expect(spellingVariants('putin', 'peskov')).toBe(false);
    expect(spellingVariants('baker', 'barker')).toBe(true);
    expect(spellingVariants('clark', 'blark')).toBe(false);
  });
});

describe('the page outlet', () => {
  const doc = (head: string, url?: string) => parseHtml(`<html><head>${head}</head><body><p>x</p></body></html>`, url);

  it('is og:site_name, else the JSON-LD publisher, else the host', () => {
    expect(findOutlet(doc('<meta property="og:site_name" content=" The  Daily ">'))).toBe('The Daily');
    const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"UNN"}}]}</script>';
    expect(findOutlet(doc(jsonLd))).toBe('UNN');
    expect(findOutlet(doc('', 'https://www.example.org/news/1'), 'https://www.example.org/news/1')).toBe('example.org');
  });

  it('survives broken JSON-LD and has none for a file, unless the saved page says its address', () => {
    const broken = '<script type="application/ld+json">{not json</script>';
    expect(findOutlet(doc(broken), 'file:///tmp/a.html')).toBeNull();
    expect(findOutlet(doc('<link rel="canonical" href="https://www.cbsnews.com/news/x/">'), 'file:///tmp/a.html')).toBe('cbsnews.com');
    expect(findOutlet(doc('<meta property="og:url" content="https://apnews.com/a">'), 'file:///tmp/a.html')).toBe('apnews.com');
    expect(findOutlet(doc(broken), 'https://news.example.com/a')).toBe('news.example.com');
  });
});
