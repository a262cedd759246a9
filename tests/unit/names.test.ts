// @vitest-environment node
/** Names the article shows to be names (`src/core/names.ts`), and what they change in a sentence's opening. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createAnalyser } from '../../src/core/incremental';
import { en } from '../../src/core/lexicon/en';
import { documentNames as namesOf } from '../../src/core/names';
import { paragraphInputs } from '../../src/core/paragraph';
import { splitParagraphs } from '../../src/core/sentences';

const documentNames = (text: string) => namesOf(text, en.attributions.nameJoiners).names;

const kinds = (text: string) => analyse(text, { language: 'en' }).attributions.map((a) => `${a.kind} ${a.source.text}`);

describe('documentNames', () => {
  it('takes a capitalised word standing alone inside a sentence and never written in lower case', () => {
    const names = documentNames('The deal, said the Pentagon, was done. He works at Alibaba, a firm. The firm, Commerzbank, said so.');
    expect([...names].sort()).toEqual(['alibaba', 'commerzbank', 'pentagon']);
  });

  it('leaves out capitals owed to the sentence, parts of longer names, words also in lower case, and surnames', () => {
    const names = documentNames(
      'Housing advocates said so. The Department of Housing said. He met Jane Roe. Then came Donald Trump, and later Trump spoke. Mr. Sanders said. The rise of Sanders was fast. We saw Housing rise and housing fall.',
    );
    expect([...names]).toEqual([]);
  });

  it('keeps every word capitalised inside a sentence, surnames and parts of longer names too, and none that only opens one', () => {
    const inside = namesOf('Reason enough, said Jane Roe of the Housing Authority. Mr. Sanders agreed.', en.attributions.nameJoiners).capitalisedInside;
    expect([...inside].sort()).toEqual(['authority', 'housing', 'jane', 'roe', 'sanders']);
  });

  it('gives each paragraph the names that open its sentences, and no others', () => {
    const text = 'Alibaba leaders denied it. Then the Pentagon spoke.\n\nThe deal, said Alibaba, was done. Pentagon staff said so too.';
    const { openings } = namesOf(text, en.attributions.nameJoiners);
    const inputs = [...paragraphInputs(text, splitParagraphs(text), [], 'en', openings)];
    expect(inputs.map((i) => i.names)).toEqual([['alibaba'], ['pentagon']]);
  });

  it('gives a paragraph the capitals opening its sentences that the article writes in lower case elsewhere', () => {
    const text = 'Law enforcement officials searched the house.\n\nThe law was clear. Trump spoke.';
    const { openings } = namesOf(text, en.attributions.nameJoiners, en.attributions.nonNameCapitals);
    expect([...paragraphInputs(text, splitParagraphs(text), [], 'en', openings)].map((i) => i.commonWords)).toEqual([['law'], []]);
  });
});

describe('a sentence opening with a name the article shows', () => {
  it('reads the body\'s people as its voice, as inside a sentence', () => {
    expect(kinds('Alibaba leaders denied the claims. The deal, said Alibaba, was done.')[0]).toBe('on-record Alibaba leaders');
    // Without the second sentence the capital may be the sentence's own ("Housing advocates").
    expect(kinds('Alibaba leaders denied the claims.')).toEqual(['anonymous Alibaba leaders']);
    expect(kinds('Housing advocates said rents rose. The Department of Housing said so.')[0]).toBe('anonymous Housing advocates');
  });

  it('reads a capital the article writes in lower case elsewhere as a common word modifying the people after it', () => {
    const text = 'Law enforcement officials searched the house, saying the suspect fled. The law was clear.';
    expect(kinds(text)).toEqual(['anonymous Law enforcement officials']);
    // (With no such evidence, the capital may be a surname before a verb: "Trump hit reporters".)
    expect(kinds('Trump hit reporters hard, saying they lied.')).toEqual(['on-record Trump']);
  });

  it('is read again when another paragraph shows the name, in the incremental analyser too', () => {
    const analyser = createAnalyser();
    const first = 'Alibaba leaders denied the claims.';
    expect(analyser.analyse(first).attributions[0].kind).toBe('anonymous');
    const both = `${first}\n\nThe deal, said Alibaba, was done.`;
    expect(analyser.analyse(both)).toStrictEqual(analyse(both));
    expect(analyser.analyse(both).attributions[0].kind).toBe('on-record');
  });
});
