// @vitest-environment happy-dom
/**
 * Property tests (fast-check) for the extractor on generated HTML: it never
 * throws, never changes the DOM it reads, and its segments keep their promise
 * (`src/page/extract/types.ts`): in text order, not overlapping, each equal
 * to the slice of its own connected text node, and every character outside
 * them white space the extractor inserted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle, type ArticleText } from '../../src/page/extract';
import { expectValidReport } from './property-checks';

function expectSegmentsHold(article: ArticleText, doc: Document): void {
  const { text, segments } = article;
  let previousEnd = 0;
  for (const segment of segments) {
    expect(segment.start >= previousEnd && segment.start < segment.end && segment.end <= text.length, `segment ${segment.start}..${segment.end}`).toBe(true);
    // Between segments: only what the extractor inserts (paragraph breaks, one space for collapsed white space).
    expect(text.slice(previousEnd, segment.start)).toMatch(/^\s*$/);
    expect(segment.node.ownerDocument).toBe(doc);
    expect(segment.node.isConnected).toBe(true);
    expect(segment.nodeOffset >= 0 && segment.nodeOffset + (segment.end - segment.start) <= segment.node.data.length).toBe(true);
    expect(text.slice(segment.start, segment.end)).toBe(segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.end - segment.start));
    previousEnd = segment.end;
  }
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
  expect(typeof article.title).toBe('string');
  expect(article.language === null || typeof article.language === 'string').toBe(true);
}

/**
 * Every node of the document in order, with its attributes and data. Walked
 * without recursion: happy-dom's own serialiser overflows the stack on deep
 * pages and throws on some repaired markup (a <template> inside <svg>).
 */
function snapshot(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc, 0xffffffff /* NodeFilter.SHOW_ALL */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const attributes = node instanceof doc.defaultView!.Element ? [...(node as Element).attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '';
    out.push(`${node.nodeType} ${node.nodeName} ${attributes} ${node.nodeType === 1 ? '' : (node.nodeValue ?? '')}`);
  }
  return out;
}

/** Extracts, checking nothing throws, the DOM is left as it was, the segments hold, and the text analyses. */
function checkPage(html: string): void {
  const doc = parseHtml(html, 'https://example.invalid/news/story');
  const before = snapshot(doc);
  const article = extractArticle(doc);
  expect(snapshot(doc)).toEqual(before);
  if (article) {
    expectSegmentsHold(article, doc);
    expectValidReport(analyse(article.text, { language: article.language ?? undefined }), article.text);
  }
}

const TEXT_PIECES = [
  'Officials said the talks would go on, provided that both sides agree.',
  '“We are ready,” Putin said.',
  'A senior official, who asked not to be named, told Reuters the plan was dead unless funding came.',
  'Read more', 'Subscribe now', 'Share', '© 2026', 'Photo: AP', 'Advertisement',
  '😀𝐀', 'قال المتحدث باسم الوزارة إن المحادثات ستستمر.', '\uD800', '\u202E', '\u00A0', '  \n\t ', 'e\u0301', '&amp;', '&lt;b&gt;', '&#xD800;',
  '<script>window.__pwned = 1</script>', '"><img src=x onerror=alert(1)>',
];
const TAGS = ['div', 'p', 'article', 'section', 'main', 'span', 'a', 'b', 'em', 'br', 'h1', 'h2', 'ul', 'li', 'blockquote', 'figure', 'figcaption',
  'aside', 'nav', 'header', 'footer', 'script', 'style', 'noscript', 'template', 'iframe', 'textarea', 'button', 'form', 'table', 'td', 'pre', 'svg', 'math'];
const ATTRIBUTES = ['', ' class="article-body"', ' class="content story"', ' id="comments"', ' class="share nav"', ' hidden', ' style="display:none"',
  ' aria-hidden="true"', ' role="navigation"', ' contenteditable', ' itemprop="articleBody"', ' data-sourcelens', ' class="related read-more"', ' lang="uk"'];

/** Deeper than any call stack holds a recursive walk (which overflowed near 5,000). */
const DEEP_NESTING = 20_000;

const textNode = fc.oneof(fc.constantFrom(...TEXT_PIECES), fc.string({ maxLength: 30, unit: 'binary' }));
const { element } = fc.letrec((tie) => ({
  element: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.array(tie('element'), { maxLength: 6 }), fc.boolean()).map(
      // Sometimes a closing tag is left out: the parser repairs it as a browser would.
      ([tag, attributes, children, closed]) => `<${tag}${attributes}>${(children as string[]).join('')}${closed ? `</${tag}>` : ''}`,
    ),
  ),
}));
const page = fc
  .tuple(fc.constantFrom('', '<!doctype html>'), fc.constantFrom('', ' lang="en"', ' lang="uk-UA"', ' lang=""'), fc.string({ maxLength: 20 }), fc.array(element, { maxLength: 8 }))
  .map(([doctype, lang, title, body]) => `${doctype}<html${lang}><head><title>${title}</title></head><body>${body.join('')}</body></html>`);

describe('extractArticle on generated HTML', () => {
  it('never throws, never changes the DOM, and its segments hold', () => {
    fc.assert(fc.property(page, checkPage), { numRuns: 400 });
  });

  it('the same on an article with many paragraphs among generated furniture', () => {
    const paragraphs = fc.array(fc.constantFrom(...TEXT_PIECES.slice(0, 3)), { minLength: 5, maxLength: 12 });
    fc.assert(
      fc.property(paragraphs, fc.array(element, { maxLength: 6 }), (body, after) => {
        // Furniture after the article only: an unclosed <div hidden> before it would rightly hide it.
        const html = `<html><body><article><h1>Headline</h1>${body.map((p) => `<p>${p} ${p}</p>`).join('')}</article>${after.join('')}</body></html>`;
        checkPage(html);
        // Enough prose in one <article>: the extractor finds it.
        expect(extractArticle(parseHtml(html))).not.toBeNull();
      }),
      { numRuns: 80 },
    );
  });

  it('on any string taken as HTML', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), checkPage), { numRuns: 300 });
  });

  // Chromium's HTML parser nests at most 512 elements deep; scripts can go deeper, so the
  // extractor walks the DOM with a stack of its own, not the call stack. (One paragraph is
  // too short for an article: this checks the walk neither throws nor changes the DOM.)
  // (Its time is happy-dom's parser's, about 45 s on a loaded 2-core machine: the limit is the harness's, not a
  // measure; the test asserts behaviour only.)
  it('on a page parsed from HTML nested 20,000 elements deep', () => {
    const depth = DEEP_NESTING;
    checkPage(`<html><body>${'<div>'.repeat(depth)}<p>${TEXT_PIECES[0]}</p>`.repeat(1) + '</div>'.repeat(depth) + '</body></html>');
  }, 180_000);

  /** An article's paragraphs inside `depth` nested elements of `tag`, built with DOM calls (as a script would). */
  function deeplyNestedArticle(depth: number, tag: string): Document {
    const paragraphs = TEXT_PIECES.slice(0, 3).map((text) => `<p>${text}</p>`).join('');
    const doc = parseHtml(`<html lang="en"><head><title>Talks go on</title></head><body><nav><a href="/">Home</a></nav><article>${paragraphs}</article></body></html>`);
    const article = doc.querySelector('article')!;
    let innermost: Element = article;
    for (let level = 0; level < depth; level++) innermost = innermost.appendChild(doc.createElement(tag));
    innermost.appendChild(doc.createElement('p')).append(`${TEXT_PIECES[2]} ${TEXT_PIECES[0]}`);
    return doc;
  }

  it.each(['div', 'section', 'span'])('on an article nested 20,000 <%s> deep', (tag) => {
    const doc = deeplyNestedArticle(DEEP_NESTING, tag);
    const article = extractArticle(doc);
    expect(article).not.toBeNull();
    expectSegmentsHold(article!, doc);
    // All four paragraphs are found, the deepest one too.
    expect(article!.text.split('\n\n')).toEqual([...TEXT_PIECES.slice(0, 3), `${TEXT_PIECES[2]} ${TEXT_PIECES[0]}`]);
  });
});
