import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/page/dom';
import { extractArticle, extractArticleOrDeclared, type ArticleText } from '../../src/page/extract';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedHtml = readFileSync(path.join(repoRoot, 'samples/seed-unn-putin-conditions.html'), 'utf8');

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bus network, officials said, after a year of debate.',
  'Mayor Jane Doe told reporters that the plan would be paid for by a new levy, provided that the state agrees.',
  'Critics, including two council members who asked not to be named, said the cost had been understated.',
  'The first new routes are expected to open in the spring, according to a statement from the transit agency.',
];

/** A news page with the usual furniture around and between the paragraphs. */
function newsPage(extra: { inBody?: string; afterBody?: string } = {}): string {
  const [p1, p2, p3, p4] = PARAGRAPHS.map((text) => `<p>${text}</p>`);
  return `<!doctype html><html lang="en-GB"><head><title>Council expands buses | Daily Example</title>
<meta property="og:title" content="Council expands buses"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<main><article><h1>Council expands buses</h1>
<div class="byline">By A. Reporter, 3 hours ago</div>
${p1}${p2}
<div class="related"><a href="/a">Another story about buses that readers liked a great deal</a></div>
${p3}
<div class="read-more"><a href="/b">Trains: what the new timetable means for commuters this winter</a></div>
${extra.inBody ?? ''}
${p4}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<section id="comments"><h2>Comments</h2>
<div class="comment"><p>I think this is a terrible idea, frankly, and the council should be ashamed of itself.</p></div>
<div class="comment"><p>Great news for everyone who lives in the north of the city, finally, after years of waiting.</p></div>
</section>
${extra.afterBody ?? ''}
</main>
<aside><h2>Most read</h2><ul><li><a href="/1">Storm closes schools across the county today</a></li><li><a href="/2">Local team wins the cup after a dramatic final</a></li></ul></aside>
<footer><p>© Daily Example. All rights reserved. Contact us at the newsroom for corrections.</p></footer>
</body></html>`;
}

function extract(html: string): ArticleText {
  const article = extractArticle(parseHtml(html));
  if (!article) throw new Error('no article found');
  return article;
}

function expectSegmentsExact(article: ArticleText): void {
  let previousEnd = 0;
  for (const segment of article.segments) {
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
    expect(segment.end).toBeGreaterThan(segment.start);
    expect(article.text.slice(segment.start, segment.end)).toBe(
      segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.end - segment.start),
    );
    previousEnd = segment.end;
  }
}

/** Every character of `text` not in a segment is one the extractor inserted: white space. */
function expectOnlySpaceInserted(article: ArticleText): void {
  let covered = 0;
  for (const segment of article.segments) {
    expect(article.text.slice(covered, segment.start)).toMatch(/^\s*$/);
    covered = segment.end;
  }
  expect(article.text.slice(covered)).toBe('');
}

describe('extractArticle on a page with furniture', () => {
  const article = extract(newsPage());

  it('keeps every paragraph, in order, one per block', () => {
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('leaves out the headline, navigation, byline, teasers, share bar, comments, sidebar and footer', () => {
    for (const furniture of ['Council expands buses', 'Home', 'By A. Reporter', 'Another story', 'Trains:', 'Share on', 'terrible idea', 'Great news', 'Most read', 'Storm closes', 'All rights reserved']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('gives the headline as the title and the primary language subtag', () => {
    expect(article.title).toBe('Council expands buses');
    expect(article.language).toBe('en');
  });

  it('maps every copied stretch back to its text node exactly', () => {
    expectSegmentsExact(article);
    expectOnlySpaceInserted(article);
  });
});

describe('extractArticle skips what a reader does not see', () => {
  const hidden = [
    '<p hidden>Hidden by attribute, this sentence must not be extracted at all.</p>',
    '<p aria-hidden="true">Hidden from assistive technology, this one must not appear.</p>',
    '<p style="color: red; display: none">Hidden by an inline style, this one must not appear.</p>',
    '<p style="visibility:hidden">Invisible by an inline style, this one must not appear.</p>',
    '<script>var leaked = "script text must not appear";</script>',
    '<style>.x { content: "style text must not appear"; }</style>',
    '<noscript>Please enable JavaScript, noscript text must not appear.</noscript>',
    '<template><p>Template text must not appear, it is never rendered.</p></template>',
    '<form><label>Email</label><input value="input value must not appear"><textarea>textarea text must not appear</textarea><button>button text must not appear</button><select><option>option text must not appear</option></select></form>',
    '<div data-sourcelens="card"><p>Our own hover card text must not appear in the article.</p></div>',
    '<div contenteditable="true"><p>A reader draft in an editable box must not appear in the article.</p></div>',
  ].join('\n');
  const article = extract(newsPage({ inBody: hidden }));

  it('extracts the paragraphs and none of the hidden text', () => {
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(article.text).not.toMatch(/must not appear|leaked|JavaScript/);
  });
});

describe('extractArticle text building', () => {
  it('collapses white space, maps a collapsed run to no segment, and turns <br> into line breaks', () => {
    const body = `<p>First   line of a paragraph that is long enough to count,\n   with a break<br>second line of the same paragraph, still going on and on.</p>
<p>Another paragraph with <b>bold</b> and <a href="/x">a link</a> inside, which is quite ordinary prose.</p>
<p>A third paragraph, after two breaks:<br><br>the rest of it, written to be long enough to be a paragraph.</p>`;
    const article = extract(`<html><body><article>${body}</article></body></html>`);
    expect(article.text).toBe(
      'First line of a paragraph that is long enough to count, with a break\nsecond line of the same paragraph, still going on and on.\n\n' +
        'Another paragraph with bold and a link inside, which is quite ordinary prose.\n\n' +
        'A third paragraph, after two breaks:\n\nthe rest of it, written to be long enough to be a paragraph.',
    );
    expectSegmentsExact(article);
    expectOnlySpaceInserted(article);
    // "First   line": the three spaces are one inserted space, outside any segment.
    const firstNode = article.segments[0].node;
    expect(article.segments[0]).toMatchObject({ start: 0, end: 5, nodeOffset: 0 });
    expect(article.segments[1]).toMatchObject({ start: 6, node: firstNode, nodeOffset: 8 });
  });

  it('keeps a no-break space as it is', () => {
    const article = extract(`<html><body><article><p>Prices rose by 5\u00a0% in October, the statistics office said on Friday morning in its report.</p><p>Economists had expected a smaller rise, given the fall in energy prices over the summer months.</p></article></body></html>`);
    expect(article.text).toContain('5\u00a0% in October');
  });

  it('leaves out soft hyphens, which a reader does not see, and maps the word around them', () => {
    const article = extract(`<html><body><article><p>Schon im Mit\u00adtel\u00adal\u00adter war der Wein das Aus\u00adhänge\u00adschild der Region, sagte sie.</p><p>Economists had expected a smaller rise, given the fall in energy prices over the summer months.</p></article></body></html>`);
    expect(article.text).toContain('Schon im Mittelalter war der Wein das Aushängeschild der Region');
    expect(article.text).not.toContain('\u00ad');
    expectSegmentsExact(article);
    expectOnlySpaceInserted(article);
  });
});

describe('extractArticle takes the lead set between the headline and the body', () => {
  const LEAD = 'The council will spend two million on new routes, the biggest change to the network in a decade.';
  // Long enough not to be thin (a thin article is weighed against other blocks).
  const BODY = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS];
  const body = `<div class="story-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const page = (header: string, between = '') =>
    `<html><head><title>Council expands buses</title></head><body><main><header class="article-header"><h1>Council expands buses</h1>${header}</header>${between}${body}</main></body></html>`;

  it('keeps the standfirst first, and not the subtitle, byline, date or photo caption beside it', () => {
    const article = extract(
      page(`<h2 class="subtitle">A decade of debate ends with a vote, and a bill for the state to pay.</h2><p class="teaser-text">${LEAD}</p><div class="byline">By A. Reporter</div><time>3 May 2024</time><figure><figcaption>The new bus depot, seen from the north.</figcaption></figure>`),
    );
    expect(article.text.split('\n\n')).toEqual([LEAD, ...BODY]);
  });

  it("leaves out a deck that is the page's own description, a summary of the article", () => {
    const html = page(`<p class="dek">${LEAD}</p>`).replace('<title>', `<meta name="description" content="${LEAD}"><title>`);
    expect(extract(html).text.split('\n\n')).toEqual(BODY);
  });

  it('keeps a plain first paragraph that the page reuses as its description', () => {
    const html = page(`<p>${LEAD}</p>`).replace('<title>', `<meta name="description" content="${LEAD}"><title>`);
    expect(extract(html).text.split('\n\n')).toEqual([LEAD, ...BODY]);
  });

  it('takes no prose from a box the page names against the article (a promo in its metadata)', () => {
    const article = extract(page(`<div class="metadata"><p>Chat with us in our messenger. Find out what is happening in the world as it unfolds.</p></div><p class="teaser-text">${LEAD}</p>`));
    expect(article.text.split('\n\n')).toEqual([LEAD, ...BODY]);
  });

  it('reads a deck set twice only once', () => {
    const article = extract(page(`<p class="dek">${LEAD}</p>`, `<div class="abstract"><p>${LEAD}</p></div>`));
    expect(article.text.split(LEAD)).toHaveLength(2);
  });

  it('takes nothing between them when the headline is far from the body', () => {
    const notice = 'Unrelated notice about the opening hours of the town library this week and next. '.repeat(10);
    const sidebar = `<div class="column"><p>${notice}</p><p>${notice}</p></div>`;
    const article = extract(page('', sidebar));
    expect(article.text).not.toContain('Unrelated notice');
    expect(article.text.split('\n\n')).toEqual(BODY);
  });
});

describe('extractArticle reads the siblings of the block that holds most of the story', () => {
  it('keeps a first paragraph in a box of its own, which the page also gives as its description', () => {
    // The body as a CMS cuts it: the first paragraph in a box, two paragraphs as blocks, then the rest in one block.
    // (The last block holds most of the story, so the best block is it, not their container.)
    const [first, second, third, ...rest] = Array.from({ length: 6 }, () => PARAGRAPHS).flat();
    const html = `<html><head><meta name="description" content="${first}"><title>Council expands buses</title></head><body><main><h1>Council expands buses</h1>
<section class="body-text"><div class="container"><div class="lead-box"><p class="paragraph">${first}</p></div><div class="paragraph">${second}</div><div class="paragraph">${third}</div>
<div class="read-all">${rest.map((p) => `<p>${p}</p>`).join('')}</div></div></section></main></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual([first, second, third, ...rest]);
  });
});

describe('extractArticle reads class words whole', () => {
  it('does not take a paragraph box named with "media" inside another word for a media box', () => {
    const linked = PARAGRAPHS[0].replace('officials said', '<a href="/a">officials said on their website</a>');
    const html = newsPage({ inBody: `<div class="el__leafmedia"><p>${linked}</p></div>` });
    expect(extract(html).text).toContain('officials said on their website, after a year of debate.');
  });
});

describe('extractArticle weighs a thin first choice against the other candidates', () => {
  it('takes the story, not the dense appeal above it that scores higher', () => {
    const appeal = 'If you value our work, and we hope you do, please, if you can, today, now, support us, with a gift, large or small, monthly, or once, by card, or by transfer, so that we can keep going.';
    const story = Array.from(
      { length: 8 },
      (_, i) => `The survey of the river, which ran for ${i + 3} months, found new species of fish, two of them rare, and the team, led by a local biologist, will return in the spring to count them again before the floods.`,
    );
    const menu = '<ul class="menu"><li><a href="/a">Home page of the river survey</a></li><li><a href="/b">All the fish we have counted so far</a></li></ul>';
    // Each paragraph in wrappers of its own: the story's block scores less than the appeal's.
    const html = `<html><body><header>${menu}<div class="appeal"><p>${appeal}</p></div></header><main><div class="box">${story
      .map((p) => `<div class="cell"><div class="row"><div class="col"><p>${p}</p></div></div></div>`)
      .join('')}</div></main></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual(story);
  });
});

describe('extractArticle on a page parsed without scripting', () => {
  it("reads a post that only a <noscript> holds, as a browser without JavaScript shows it", () => {
    const html = `<html><body><div class="post-body"><script>render()</script><noscript>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</noscript></div></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('still skips a <noscript> whose content is one text node, as a browser running scripts parses it', () => {
    const doc = parseHtml(newsPage());
    const noscript = doc.createElement('noscript');
    noscript.append('<p>Please enable JavaScript to read the comments, this must not appear.</p>');
    doc.querySelector('article')!.append(noscript);
    expect(extractArticle(doc)!.text).not.toContain('enable JavaScript');
  });
});

describe('extractArticle keeps a block that is most of the article, whatever its name', () => {
  it("reads a live ticker whose entries sit in a block named for 'comments'", () => {
    const moves = Array.from({ length: 6 }, (_, i) => `Minute ${10 * i + 5}: the home side win a corner on the left, the ball is cleared, and the visitors break quickly down the right wing.`);
    const html = `<html><body><nav><a href="/">Home</a> <a href="/live">Live</a></nav><div id="live" class="match-content"><div class="match-comments">${moves
      .map((move) => `<div class="entry"><p>${move}</p></div>`)
      .join('')}</div></div><footer><p>All rights reserved.</p></footer></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual(moves);
  });

  it("reads the entries of a ticker named for 'comments' when each entry is a 'comment' too", () => {
    const moves = Array.from({ length: 6 }, (_, i) => `Minute ${10 * i + 5}: the visitors win a free kick.`);
    const html = `<html><body><div class="match"><div class="match-minutes">${moves.map((_, i) => `<span>${10 * i + 5}'</span>`).join('')}</div>
<div class="match-comments">${moves.map((move) => `<div class="match-comment"><p>${move} The wall holds, and the ball is cleared to the halfway line.</p></div>`).join('')}</div></div></body></html>`;
    expect(extract(html).text.split('\n\n').slice(1)).toEqual(moves.map((move) => `${move} The wall holds, and the ball is cleared to the halfway line.`));
  });

  it("reads the slides of a slideshow that is the page's story", () => {
    const slides = PARAGRAPHS.map((text, i) => `<section class="slide" id="slideshow-${i}"><h2>Part ${i + 1}</h2><p>${text}</p></section>`).join('');
    const html = `<html><head><title>Council expands buses</title></head><body><h1>Council expands buses</h1><section class="slideshow-package">${slides}</section></body></html>`;
    expect(extract(html).text.split('\n\n').filter((line) => !line.startsWith('Part '))).toEqual(PARAGRAPHS);
  });

  it('but not the comments under a short post, though they hold most of its text', () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<li class="comment"><p>Reader ${i + 1} writes at length about the post, agreeing with some of it and disagreeing with the rest of it, politely.</p></li>`).join('');
    const post = PARAGRAPHS.slice(0, 2).map((text) => `<p>${text} It is a short post, and the discussion below it is the longer part of the page.</p>`);
    const html = `<html><body><main class="site-main"><h1>Open thread</h1>${post.join('')}<div id="comments" class="comments-area"><ol class="comment-list">${comments}</ol></div></main></body></html>`;
    expect(extract(html).text).not.toContain('Reader 1 writes');
  });
});

describe('extractArticle leaves out the notes a site sets inside every article body', () => {
  it("drops an author box, a copyright notice, a licence line and a disclaimer named as such", () => {
    const html = newsPage({
      inBody: `<div class="author-box"><p>Jane Reporter covers transport and city hall, and has written for the paper since 2008.</p></div>
<div class="article-copyright"><p>This article is the copyrighted property of the Daily Example. Written permission is needed to reprint it.</p></div>
<p class="licence-info">Material protected by copyright: further distribution only with the publisher's consent.</p>
<p class="affiliate-disclaimer">The links in this article are affiliate links: we earn a commission on purchases.</p>`,
    });
    expect(extract(html).text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it("drops a picture's caption set in a box named for the picture or its legend", () => {
    const html = newsPage({
      inBody: `<div class="imginline"><span>Figure: the new routes on a map of the city, drawn by the transit agency.</span></div>
<div class="right-box"><div class="legend"><div class="content">The old depot, which the new routes will replace, seen from the river.</div></div></div>`,
    });
    expect(extract(html).text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('but keeps a long block laid out beside a picture', () => {
    const long =
      'The levy would raise about four million a year, the council estimates, and would be reviewed after five years by an independent panel that reports to the state. ' +
      'Opponents on the council argued that a levy of that size would fall hardest on the small shops along the routes, which had asked for an exemption in the first year.';
    const html = newsPage({ inBody: `<div class="card has-image"><p>${long}</p></div>` });
    expect(extract(html).text.split('\n\n')).toEqual([...PARAGRAPHS.slice(0, 3), long, PARAGRAPHS[3]]);
  });
});

describe('extractArticle on a body cut in chunks made alike', () => {
  it('takes a short last chunk made like the others, not the link list made otherwise', () => {
    const chunk = (inner: string) => `<div class="field__item"><div class="paragraph paragraph--text">${inner}</div></div>`;
    const html = `<html><head><title>Council expands buses</title></head><body><h1>Council expands buses</h1><div class="field field--body">
${chunk(`<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`)}${chunk(`<p>${PARAGRAPHS[2]}</p>`)}${chunk('<p>The full plan and its costs are published online.</p>')}
<div class="field__links"><a href="/a">Buses</a> <a href="/b">Council</a> <a href="/c">Levy</a></div></div></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual([...PARAGRAPHS.slice(0, 3), 'The full plan and its costs are published online.']);
  });
});

describe('extractArticle on a page that runs several stories one after another', () => {
  it("takes the story whose <article> holds the headline, not a longer one below it", () => {
    const next = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the next story, which the page has already loaded below the first, and which runs on for a good while longer.</p>`).join('');
    const html = `<html><head><title>Council expands buses</title></head><body><div class="scroll">
<article id="story-0"><header><h1>Council expands buses</h1></header><div class="text">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div></article>
<article id="story-1"><header><h2>The next story</h2></header><div class="text">${next}</div></article>
</div></body></html>`;
    expect(extract(html).text.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe('extractArticle never changes the page', () => {
  it('leaves the DOM exactly as it was (seed page and fixture)', () => {
    for (const html of [seedHtml, newsPage()]) {
      const doc = parseHtml(html);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc);
      extractArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe('extractArticle returns null when there is no article', () => {
  it('on an empty page', () => {
    expect(extractArticle(parseHtml('<html><body></body></html>'))).toBeNull();
    expect(extractArticle(parseHtml(''))).toBeNull();
  });

  it('on a page of links (a front page)', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about something that happened somewhere today</a></li>`).join('');
    expect(extractArticle(parseHtml(`<html><body><h1>Front page</h1><ul>${items}</ul></body></html>`))).toBeNull();
  });

  it('on a page with only a short line of text', () => {
    expect(extractArticle(parseHtml('<html><body><p>Page not found.</p></body></html>'))).toBeNull();
  });

  // Small pages of each kind, written for these tests (tests/fixtures/pages).
  const fixture = (name: string) => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages', name), 'utf8');

  it.each(['index-page.html', 'product-page.html', 'login-wall.html'])('on a page that is not an article: %s', (name) => {
    expect(extractArticle(parseHtml(fixture(name)))).toBeNull();
  });

  it('but on a short article among the same furniture', () => {
    const article = extractArticle(parseHtml(fixture('short-article.html')));
    expect(article?.title).toBe('Bridge closed for repairs until Friday');
    expect(article?.text).toMatch(/^The river bridge will stay closed[^]*a spokeswoman said\.$/);
  });

  it('but not on a short article of two real paragraphs', () => {
    const article = extractArticle(parseHtml(`<html><body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`));
    expect(article?.text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });
});

describe('extractArticleOrDeclared (the command line) on a page whose text is only in its metadata', () => {
  const body = `${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`;
  const shell = (head: string) => `<html lang="en"><head><title>Council expands buses</title>${head}</head><body><nav><a href="/">Home</a></nav><div id="app"></div></body></html>`;
  const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it("takes a schema.org article's articleBody, read as text, with no segments to mark", () => {
    const html = shell(jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: `<p>${PARAGRAPHS[0]}</p> <p>${PARAGRAPHS[1]}</p>` }] }));
    expect(extractArticle(parseHtml(html))).toBeNull();
    const article = extractArticleOrDeclared(parseHtml(html));
    expect(article).toMatchObject({ text: body, title: 'Council expands buses', language: 'en', segments: [], textFrom: 'articleBody' });
  });

  it('takes the description of a page whose og:type is article', () => {
    const html = shell(`<meta property="og:type" content="article"><meta name="description" content="${PARAGRAPHS[0]}">`);
    expect(extractArticleOrDeclared(parseHtml(html))).toMatchObject({ text: PARAGRAPHS[0], segments: [], textFrom: 'description' });
  });

  it('but not the description of a page that is not an article, nor a broken JSON-LD', () => {
    const html = shell(`<meta property="og:type" content="website"><meta name="description" content="${PARAGRAPHS[0]}"><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": </script>`);
    expect(extractArticleOrDeclared(parseHtml(html))).toBeNull();
  });

  it("and still finds no article in the index, product and login pages", () => {
    for (const name of ['index-page.html', 'product-page.html', 'login-wall.html']) {
      const html = readFileSync(path.join(repoRoot, 'tests/fixtures/pages', name), 'utf8');
      expect(extractArticleOrDeclared(parseHtml(html))).toBeNull();
    }
  });

  it("prefers the page's own blocks when they hold the article", () => {
    const html = newsPage().replace('</head>', `${jsonLd({ '@type': 'Article', articleBody: 'A different text.' })}</head>`);
    const article = extractArticleOrDeclared(parseHtml(html));
    expect(article?.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(article?.textFrom).toBeUndefined();
  });
});

describe('extractArticle on the bundled seed page', () => {
  const article = extract(seedHtml);
  const doc = parseHtml(seedHtml);
  const bodyParagraphs = Array.from(doc.querySelectorAll('article > p')).map((p) =>
    // Collapse as CSS does: the page's no-break spaces stay.
    (p.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim(),
  );

  it('has the lead and all 14 body paragraphs, and nothing else', () => {
    expect(bodyParagraphs).toHaveLength(15);
    expect(bodyParagraphs[0]).toMatch(/^Putin is ready to negotiate/);
    expect(article.text.split('\n\n')).toEqual(bodyParagraphs);
  });

  it('has none of the teasers, the view counter, the tags or the sidebar', () => {
    for (const furniture of ['Макрон', 'Підготовка', 'Байден', 'переглядiв', '81904', 'News by theme', 'Peace summit', 'Latest news', 'Енергетики', 'Power restored', 'НБУ', '24.05.24', '© UNN']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('names the headline and the language', () => {
    expect(article.title).toBe('Putin ready for talks to end war, but has conditions - Reuters');
    expect(article.language).toBe('en');
    expect(article.text).not.toContain('Putin ready for talks');
  });

  it('maps its text back to the page exactly', () => {
    expectSegmentsExact(article);
    expectOnlySpaceInserted(article);
  });
});

describe('parseHtml', () => {
  it('keeps the page after an inline <svg> that carries a <style> or a <script>', () => {
    const logo = '<svg viewBox="0 0 50 50"><defs><style>.cls-1{fill:url(#g)}</style><script>var x = 1;</script></defs><path class="cls-1" d="M0 0"/></svg>';
    const doc = parseHtml(`<html><body><header><a href="/">${logo}</a></header><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    expect(doc.querySelectorAll('article p')).toHaveLength(PARAGRAPHS.length);
    expect(doc.querySelector('header svg')?.getAttribute('viewBox')).toBe('0 0 50 50');
    expect(extractArticle(doc)?.text).toContain(PARAGRAPHS[PARAGRAPHS.length - 1]);
  });

  const articleAfter = (markup: string) =>
    `<html><body><header>${markup}</header><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('ends an <svg> left open where a browser ends it, at a tag only HTML has', () => {
    const doc = parseHtml(articleAfter('<div class="icon"><svg class="x" title=">"><use href="#pdf" /></div><span>PDF</span>'));
    expect(doc.querySelector('header svg')?.parentElement?.className).toBe('icon');
    expect(doc.querySelector('header > span')?.textContent).toBe('PDF');
    expect(doc.querySelectorAll('article p')).toHaveLength(PARAGRAPHS.length);
  });

  it('ends a <script> at its end tag whatever "<" its code holds', () => {
    const ld = '{"@type":"NewsArticle","articleBody":"<p>One</p>"}';
    const doc = parseHtml(
      articleAfter(`<script>if(window.innerWidth<768){show('ad');}</script><script type="application/ld+json">${ld}</script>`),
    );
    expect(doc.querySelectorAll('article p')).toHaveLength(PARAGRAPHS.length);
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)).toEqual(JSON.parse(ld));
    expect(extractArticle(doc)?.text).toContain(PARAGRAPHS[0]);
  });

  it('keeps documents of a long batch readable after their window is recycled', () => {
    const batch = Array.from({ length: 40 }, () => parseHtml(seedHtml));
    const first = extractArticle(batch[0]);
    const last = extractArticle(batch[batch.length - 1]);
    expect(first?.text).toBe(last?.text);
    expect(first?.text.split('\n\n')).toHaveLength(15);
  });

  it('never fetches anything the page refers to', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const doc = parseHtml(
        `<html><head>
<link rel="stylesheet" href="${base}/style.css"><link rel="preload" as="fetch" href="${base}/data.json">
<link rel="preload" as="fetch" href="//bad host/x"><link rel="modulepreload" href="${base}/module.js">
<script src="${base}/script.js"></script><script>fetch("${base}/inline")</script></head>
<body><img src="${base}/image.png"><iframe src="${base}/frame.html"></iframe><video src="${base}/video.mp4"></video>
<object data="${base}/object"></object><p>${PARAGRAPHS[0]}</p></body></html>`,
        `${base}/article.html`,
      );
      expect(doc.body.textContent).toContain('The city council voted');
      expect(doc.URL).toBe(`${base}/article.html`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });
});
