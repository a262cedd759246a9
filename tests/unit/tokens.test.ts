/** The one tokenizer of the analyser: words, marks and their offsets, in both word shapes. */
import { describe, expect, it } from 'vitest';
import { phraseTokens, tokenize } from '../../src/core/tokens';

const texts = (text: string, shape?: 'compound' | 'simple') => tokenize(text, 0, text.length, shape).map((t) => t.text);

describe('tokenize', () => {
  it('reads compounds, dotted abbreviations and inner marks as one word in the compound shape', () => {
    expect(texts('The Texas-based PG&E told U.S. officials.')).toEqual(['The', 'Texas-based', 'PG&E', 'told', 'U.S.', 'officials', '.']);
  });

  it('reads a number after the numero sign as one word, so that no symbol splits the phrase it stands in', () => {
    expect(texts('біля ліцею № 12, школи №7-А і гімназії №3.')).toEqual(['біля', 'ліцею', '№ 12', ',', 'школи', '№7-А', 'і', 'гімназії', '№3', '.']);
    expect(tokenize('ліцей № 12', 0, 10)[1]).toMatchObject({ isWord: true, capitalized: false });
    expect(texts('Номер №, без числа.')).toEqual(['Номер', '№', ',', 'без', 'числа', '.']);
  });

  it('reads them part by part in the simple shape, keeping inner apostrophes', () => {
    expect(texts("The Texas-based PG&E didn't tell U.S. officials.", 'simple')).toEqual([
      'The', 'Texas', '-', 'based', 'PG', '&', 'E', "didn't", 'tell', 'U', '.', 'S', '.', 'officials', '.',
    ]);
  });

  it('gives offsets into the whole text, from where the slice starts', () => {
    const text = 'First. Orlov said it.';
    const tokens = tokenize(text, 7, text.length);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Orlov', 'said', 'it', '.']);
    expect(tokens[0]).toMatchObject({ start: 7, end: 12, isWord: true, capitalized: true });
  });

  it('marks possessives and strips them from the bare form, straightening curly apostrophes', () => {
    const [orlov, officials, its] = tokenize('Orlov’s officials\' its', 0, 22);
    expect(orlov).toMatchObject({ text: 'Orlov’s', lower: "orlov's", bare: 'orlov', possessive: true });
    expect(officials).toMatchObject({ text: "officials'", bare: 'officials', possessive: true });
    expect(its).toMatchObject({ bare: 'its', possessive: false });
  });

  it('leaves out of a word a trailing apostrophe that is no plural possessive', () => {
    const [, rock] = tokenize("the rock' n", 0, 11);
    expect(rock).toMatchObject({ text: 'rock', end: 8, possessive: false });
  });

  it('keeps invisible characters out of the bare form but in the text', () => {
    const [word] = tokenize('spokes\u00ADman', 0, 11);
    expect(word.text).toBe('spokes\u00ADman');
    expect(word.bare).toBe('spokesman');
  });

  it('reads a word that starts outside the Basic Multilingual Plane as a word', () => {
    expect(tokenize('𝐈𝐟 so', 0, 7, 'simple')[0].isWord).toBe(true);
  });
});

describe('phraseTokens', () => {
  it('splits a lexicon phrase as the text is split, marks included, lower case', () => {
    expect(phraseTokens('За умови, що', 'simple')).toEqual(['за', 'умови', ',', 'що']);
    expect(phraseTokens('As long as', 'simple')).toEqual(['as', 'long', 'as']);
  });
});
