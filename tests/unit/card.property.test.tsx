// @vitest-environment happy-dom
/**
 * Page text that looks like HTML, in every field that reaches a card
 * (source, cue, quote, reason, sentence, the page's title and address in the
 * citation): rendered as text, never as markup. Generated articles with a
 * fixed seed, which fast-check prints with a failing case.
 */
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { Card, describeMark } from '../../src/page/overlay/card';
import { marksFromReport } from '../../src/page/overlay/marks';
import { hostileArticleText, hostileText } from './property-checks';

/** The elements a card is made of: anything else came from page text. */
const CARD_ELEMENTS = new Set(['DIV', 'H2', 'P', 'DL', 'DT', 'DD', 'Q', 'BUTTON']);

describe('a card', () => {
  it('shows hostile page text as text, in every field', () => {
    const root = document.createElement('div');
    document.body.append(root);
    let rendered = 0;
    let showingMarkup = 0;
    fc.assert(
      fc.property(fc.record({ text: hostileArticleText(6), title: hostileText(4), input: hostileText(2), classroom: fc.boolean() }), ({ text, title, input, classroom }) => {
        const report = analyse(text, { title, input });
        for (const mark of marksFromReport(report)) {
          const content = describeMark(report, mark, { classroom });
          render(<Card id="card" content={content} position={{ top: 0, left: 0, above: false }} />, root);
          rendered++;
          for (const element of root.querySelectorAll('*')) {
            expect(CARD_ELEMENTS.has(element.tagName), element.tagName).toBe(true);
            for (const { name } of element.attributes) expect(name.startsWith('on'), name).toBe(false);
          }
          // What the page wrote is there, as the reader should see it.
          for (const row of content.rows) expect(root.textContent).toContain(row.value);
          if (/<(script|img|svg)/.test(root.textContent ?? '')) showingMarkup++;
          if (content.citation) expect(root.querySelector<HTMLElement>('button.cite')!.dataset.citation).toBe(content.citation);
        }
        render(null, root);
      }),
      { seed: 20_261_204, numRuns: 300 },
    );
    // The generator does reach cards, and markup-like text reaches them.
    expect(rendered).toBeGreaterThan(600);
    expect(showingMarkup).toBeGreaterThan(20);
  }, 120_000);
});
