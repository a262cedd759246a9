/**
 * Long articles for the bench and the real-browser tests: the bundled
 * sample's own paragraphs, repeated until the article holds a given number
 * of characters, in a plain article page. Real prose, so the findings are
 * as dense as in a real article (about one attribution per 150 characters).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../page/dom';
import { extractArticle } from '../../page/extract';
import { REPO_ROOT } from '../paths';

const SAMPLE = path.join(REPO_ROOT, 'samples', 'seed-unn-putin-conditions.html');

/** Text as HTML text: the sample's words never become markup. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A page whose article is the sample's paragraphs repeated to at least `articleChars` characters. */
export function longArticleHtml(articleChars: number): string {
  const article = extractArticle(parseHtml(readFileSync(SAMPLE, 'utf8')));
  if (!article) throw new Error(`no article in ${SAMPLE}`);
  const paragraphs = article.text.split('\n\n').map((p) => `<p>${escapeText(p)}</p>`);
  const body: string[] = [];
  let chars = 0;
  for (let copy = 1; chars < articleChars; copy++) {
    body.push(`<h2>Part ${copy}</h2>`, ...paragraphs);
    chars += article.text.length + 2;
  }
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeText(article.title)} (long)</title></head><body>`,
    '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
    `<main><article><h1>${escapeText(article.title)}</h1>${body.join('\n')}</article></main>`,
    '<footer><p>A long article made of the bundled sample’s paragraphs.</p></footer></body></html>',
  ].join('\n');
}
