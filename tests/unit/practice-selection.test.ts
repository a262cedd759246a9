// @vitest-environment happy-dom
/**
 * Practice: a selection in the page becomes a stretch of `article.text`
 * through the extractor's segments, whatever nodes its ends are in.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page/extract';
import type { ArticleText } from '../../src/page/extract/types';
import { selectionToText } from '../../src/page/practice/selection';

const PARAGRAPH = 'The harbour authority will decide next month, a senior official said on Tuesday.';
const PAGE = `<header><nav>Home · World · Business</nav></header>
<main><article><h1>Harbour pier may close</h1>
<p id="lead">The pier may close <em>provided that</em> the council agrees, people familiar with the plan said.</p>
<p id="second">${PARAGRAPH}</p>
<p>Repairs would cost more than the pier earns in a decade, according to a report the council commissioned last year, and the ferry company has said it would leave.</p>
<p>Residents have protested every weekend since the plan became known, and the mayor has promised a public meeting before any vote is taken.</p>
</article></main>
<footer>© Courier</footer>`;

let article: ArticleText;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  const extracted = extractArticle(document);
  if (!extracted) throw new Error('no article extracted');
  article = extracted;
});

function textNodeOf(selector: string, index = 0): Text {
  return document.querySelector(selector)!.childNodes[index] as Text;
}

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

/** The article text a selection maps to (or the problem). */
function mapped(r: Range): string {
  const result = selectionToText(article, r);
  return typeof result === 'string' ? `<${result}>` : article.text.slice(result.start, result.end);
}

describe('selection → article text', () => {
  it('maps words inside one text node', () => {
    const node = textNodeOf('#second');
    const at = PARAGRAPH.indexOf('a senior official');
    expect(mapped(range(node, at, node, at + 'a senior official'.length))).toBe('a senior official');
  });

  it('maps a selection across inline markup, and a whole paragraph selected by its element', () => {
    const before = textNodeOf('#lead', 0);
    const after = textNodeOf('#lead', 2);
    expect(mapped(range(before, 'The pier may '.length, after, ' the council'.length))).toBe('close provided that the council');
    const lead = document.getElementById('lead')!;
    expect(mapped(range(lead, 0, lead, lead.childNodes.length))).toBe(lead.textContent);
  });

  it('trims white space at the edges, as a double-click selection often carries it', () => {
    const node = textNodeOf('#second');
    const at = PARAGRAPH.indexOf(' senior ');
    expect(mapped(range(node, at, node, at + ' senior '.length))).toBe('senior');
  });

  it('clips a selection that runs from the page furniture into the article', () => {
    const nav = textNodeOf('nav');
    const node = textNodeOf('#lead', 0);
    expect(mapped(range(nav, 0, node, 'The pier'.length))).toBe('The pier');
  });

  it('refuses a selection outside the article, a collapsed one, and one of white space only', () => {
    const nav = textNodeOf('nav');
    expect(mapped(range(nav, 0, nav, 4))).toBe('<outside>');
    const node = textNodeOf('#second');
    expect(mapped(range(node, 3, node, 3))).toBe('<empty>');
    expect(mapped(range(node, 3, node, 4))).toBe('<empty>');
  });
});
