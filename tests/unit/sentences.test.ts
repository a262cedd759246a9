import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/lexicon/en';
import { findQuotes } from '../../src/core/quotes';
import { splitParagraphs, splitSentences } from '../../src/core/sentences';

function sentences(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const spans = splitSentences(text, paragraphs, findQuotes(text, paragraphs), en.sentences);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
}

function quotes(text: string): string[] {
  return findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));
}

describe('sentences', () => {
  it('does not split after abbreviations, titles, initials or "No."', () => {
    expect(sentences('U.S. Secretary of State Anthony Blinken spoke. Dr. Smith met J. R. Jones on Sept. 5 at No. 10 Downing Street. Then he left.')).toEqual([
      'U.S. Secretary of State Anthony Blinken spoke.',
      'Dr. Smith met J. R. Jones on Sept. 5 at No. 10 Downing Street.',
      'Then he left.',
    ]);
  });

  it('does not split after "!" that ends a one-letter word, part of a name ("E! News")', () => {
    expect(sentences('Roe is unhappy, according to a report by E! News on Monday. It was denied.')).toEqual([
      'Roe is unhappy, according to a report by E! News on Monday.',
      'It was denied.',
    ]);
    expect(sentences('It was over! Nobody came.')).toEqual(['It was over!', 'Nobody came.']);
  });

  it('splits after "U.S." when a new sentence plainly starts', () => {
    expect(sentences('He moved to the U.S. The company followed.')).toEqual(['He moved to the U.S.', 'The company followed.']);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(sentences('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', 'Then he left.']);
  });

  it('never splits inside a quotation that continues', () => {
    expect(sentences('"We are ready for discussion. We have never refused," Putin said in China. Peace is far.')).toEqual([
      '"We are ready for discussion. We have never refused," Putin said in China.',
      'Peace is far.',
    ]);
  });

  it('keeps sentences inside paragraphs, and paragraphs by blank lines', () => {
    expect(sentences('First one.\n\nSecond one. Third one')).toEqual(['First one.', 'Second one.', 'Third one']);
    expect(splitParagraphs('a\nb\n\n\nc').map((p) => p.text)).toEqual(['a\nb', 'c']);
    expect(splitParagraphs('a\nb\nc').map((p) => p.text)).toEqual(['a', 'b', 'c']);
  });

  it('does not split decimals or lower-case continuations', () => {
    expect(sentences('Prices rose 3.5 percent, e.g. in March. Fine.')).toEqual(['Prices rose 3.5 percent, e.g. in March.', 'Fine.']);
  });
});

describe('quotes', () => {
  it('finds quotations in every common style', () => {
    const text = 'A “curly one” and "straight one" and «guillemets» and „German“ and ‘single one’ here.';
    expect(quotes(text)).toEqual(['“curly one”', '"straight one"', '«guillemets»', '„German“', '‘single one’']);
  });

  it('closes a double quotation with two right single marks, as converted copy writes it', () => {
    expect(quotes('“It was an attempt to mislead voters,’’ Will Moy told the BBC.')).toEqual(['“It was an attempt to mislead voters,’’']);
    // (One right mark inside is an apostrophe: the quotation goes on.)
    expect(quotes('“Voters’ trust is gone,’’ he said.')).toEqual(['“Voters’ trust is gone,’’']);
  });

  it('reads guillemets inside guillemets as a quoted name, and the author\'s words between dashes with their name as outside', () => {
    expect(quotes('«Синергия очевидна, — говорит аналитик ИК «Меридиан» Марина Кольцова. — Но все зависит от сроков».')).toEqual([
      '«Синергия очевидна,', '«Меридиан»', 'Но все зависит от сроков»',
    ]);
    // (A title inside a title right after its opening, which one mark closes; or a nested quotation the outer one never
    // closes after, in the paragraph: the inner mark closed both.)
    expect(quotes('Власник ТОВ «ФК «Горизонт». Гнатюк стверджує інше.')).toEqual(['«ФК «Горизонт»']);
    expect(quotes('Золоте правило «Ніколи не кажи «ніколи» таки має право на життя.')).toEqual(['«Ніколи не кажи «ніколи»']);
  });

  it('leaves apostrophes alone', () => {
    expect(quotes("Putin's aide didn't mention the 'Giuliani problem' in the Smiths' house.")).toEqual(["'Giuliani problem'"]);
  });

  it('joins a quotation continued in the next paragraph', () => {
    const text = '"The first part goes on.\n\n"And it ends here," she said.';
    expect(quotes(text)).toEqual([text.slice(0, text.indexOf(',"') + 2)]);
  });

  it('reads a line that opens with a dialogue dash as direct speech, also in a text of blank-line blocks', () => {
    const text = 'Перша стаття.\n\nАдвокат заявив клопотання.\n— Якщо суд виключить ці записи, обвинувачення розвалиться, — пояснив юрист.';
    expect(quotes(text)).toEqual(['— Якщо суд виключить ці записи, обвинувачення розвалиться,']);
    // (The speaker's words may follow a period, where a lower-case word comes after the dash.)
    const afterPeriod = '— План для нас критично важливий. — розповіла Ольга Коваль. — Ми отримали 5 пропозицій.';
    expect(quotes(afterPeriod)[0]).toBe('— План для нас критично важливий.');
  });

  it('drops an unclosed quotation instead of swallowing the article', () => {
    const text = 'He does not want "eternal war.\n\nAccording to the paper, "the end" is near.';
    expect(quotes(text)).toEqual(['"the end"']);
    expect(sentences(text)).toEqual(['He does not want "eternal war.', 'According to the paper, "the end" is near.']);
  });
});
