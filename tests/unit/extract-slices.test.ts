// @vitest-environment happy-dom
/**
 * The extraction run in slices (as on the page, `runInSlices`) gives what it
 * gives in one go (`extractArticle`, as in the CLI and eval): same text,
 * title, language and segments, on every page of the corpus and on the
 * bundled sample, with the job stopped and resumed at every pause. And the
 * page-side entry point, `extractArticleInSlices`, lets the page run between
 * slices, stops when asked, and leaves the page as it found it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../../src/page/dom';
import { extractArticle, extractArticleInSlices, extractionJob, type ArticleText } from '../../src/page/extract';
import { runInSlices } from '../../src/page/slices';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const aebDir = path.join(corpusDir, 'aeb/html');
const corpusPagesDir = path.join(corpusDir, 'pages');
const corpusPresent = existsSync(aebDir) && existsSync(corpusPagesDir);
const SAMPLE = path.join(repoRoot, 'samples/seed-unn-putin-conditions.html');
const CORPUS_TIMEOUT_MS = 900_000;

/**
 * A window whose turn between slices is a real macrotask (setImmediate)
 * rather than a timer, which Node clamps to 1 ms: with a pause at every
 * yield, the corpus would otherwise take minutes.
 */
const fastWindow = {
  performance,
  setTimeout,
  scheduler: { yield: () => new Promise<void>((resolve) => setImmediate(resolve)) },
} as unknown as Window;

/** The same article: text, title, language, and segments pointing at the same nodes. */
function expectSameArticle(sliced: ArticleText | null, whole: ArticleText | null, page: string): void {
  if (whole === null) {
    expect(sliced, page).toBeNull();
    return;
  }
  expect(sliced, page).not.toBeNull();
  expect(sliced!.text, page).toBe(whole.text);
  expect(sliced!.title, page).toBe(whole.title);
  expect(sliced!.language, page).toBe(whole.language);
  expect(sliced!.segments.length, page).toBe(whole.segments.length);
  sliced!.segments.forEach((segment, i) => {
    const other = whole.segments[i];
    expect(segment.node === other.node && segment.start === other.start && segment.end === other.end && segment.nodeOffset === other.nodeOffset, `${page}: segment ${i}`).toBe(true);
  });
}

/** Extracts `html` both ways, the sliced one pausing at every yield (budget 0). */
async function expectSlicedEqualsWhole(html: string, page: string): Promise<ArticleText | null> {
  const doc = parseHtml(html, 'https://example.invalid/news/story');
  const whole = extractArticle(doc);
  const sliced = await runInSlices(extractionJob(doc), { window: fastWindow, budgetMs: 0 });
  expectSameArticle(sliced, whole, page);
  return whole;
}

describe('extraction in slices equals extraction in one go', () => {
  it('on the bundled sample', async () => {
    const article = await expectSlicedEqualsWhole(readFileSync(SAMPLE, 'utf8'), 'sample');
    expect(article?.text.length).toBeGreaterThan(1000);
  });

  it.skipIf(!corpusPresent)(
    'on every page of the corpus (the 181 AEB pages and the seed page)',
    async () => {
      const pages = [
        ...readdirSync(aebDir)
          .filter((name) => name.endsWith('.html.gz'))
          .sort()
          .map((name) => ({ name, html: () => gunzipSync(readFileSync(path.join(aebDir, name))).toString('utf8') })),
        ...readdirSync(corpusPagesDir)
          .filter((name) => name.endsWith('.html'))
          .map((name) => ({ name, html: () => readFileSync(path.join(corpusPagesDir, name), 'utf8') })),
      ];
      expect(pages.length).toBe(182);
      let articles = 0;
      for (const page of pages) if ((await expectSlicedEqualsWhole(page.html(), page.name)) !== null) articles++;
      // The comparison is over real articles, not a run of nulls.
      expect(articles).toBeGreaterThan(170);
    },
    CORPUS_TIMEOUT_MS,
  );
});

if (!corpusPresent) console.warn(`extract-slices: skipped the corpus comparison, ${corpusDir} (aeb/html, pages) is absent.`);

/** A long article in this test file's own happy-dom document (it has a window with timers). */
function longArticleInPage(paragraphs: number): void {
  const sentence = 'The ministry said on Monday, according to two officials who asked not to be named, that talks would go on.';
  document.documentElement.lang = 'en';
  document.title = 'Talks go on';
  document.body.innerHTML = `<nav><a href="/">Home</a></nav><article><h1>Talks go on</h1>${`<p>${sentence}</p>`.repeat(paragraphs)}</article>`;
}

describe('extractArticleInSlices on the page', () => {
  it('extracts the article with the document’s own window, letting the page run between slices', async () => {
    longArticleInPage(3000);
    const before = document.documentElement.outerHTML;
    let pageTurns = 0;
    const countTurns = (): void => {
      pageTurns++;
      if (!done) window.setTimeout(countTurns, 0);
    };
    let done = false;
    window.setTimeout(countTurns, 0);
    const sliced = await extractArticleInSlices(document, { budgetMs: 0 });
    done = true;
    expectSameArticle(sliced, extractArticle(document), 'the page');
    expect(sliced!.text.split('\n\n')).toHaveLength(3000);
    // The page's own timers ran while the article was being extracted.
    expect(pageTurns).toBeGreaterThan(1);
    // Read-only.
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('stops at its next pause when the signal aborts, with the signal’s reason', async () => {
    longArticleInPage(3000);
    const controller = new AbortController();
    const reason = new Error('page changed');
    const extraction = extractArticleInSlices(document, { budgetMs: 0, signal: controller.signal });
    window.setTimeout(() => controller.abort(reason), 0);
    await expect(extraction).rejects.toBe(reason);
  });

  it('rejects, rather than running unsliced, a document with no window and none given', async () => {
    const orphan = document.implementation.createHTMLDocument('orphan');
    // happy-dom gives created documents its window; a browser's DOMParser documents have none.
    Object.defineProperty(orphan, 'defaultView', { value: null });
    await expect(extractArticleInSlices(orphan)).rejects.toThrow(/no window/);
  });
});
