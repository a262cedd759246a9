/**
 * The overlay on real news pages: a spread of the AEB pages from
 * `../shared/corpus` through parseHtml → extractArticle → analyse →
 * createOverlay (the `<mark>` fallback, which rewrites the most). Every
 * finding the Report has must be marked, and hiding must leave the page's
 * markup and Text nodes exactly as they were. (Over all 180 pages with an
 * article this held with no error; the spread keeps the suite quick.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract/index';
import { createOverlay } from '../../src/page/overlay/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const aebDir = path.resolve(repoRoot, '../shared/corpus/aeb/html');
const corpusPresent = existsSync(aebDir);
if (!corpusPresent) console.warn(`overlay-corpus: skipped, no corpus at ${aebDir}`);

/** Every SPREAD-th page, in name order: a fixed, varied sample. */
const SPREAD = 15;

function analyserReady(): boolean {
  try {
    analyse('Peskov said so.');
    return true;
  } catch (error) {
    console.warn(`overlay-corpus: skipped, the analyser is not built yet (${String(error)})`);
    return false;
  }
}

const pages = corpusPresent
  ? readdirSync(aebDir)
      .filter((name) => name.endsWith('.html.gz'))
      .sort()
      .filter((_, index) => index % SPREAD === 0)
  : [];

function textNodes(doc: Document): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const globals = globalThis as { document?: Document };
const originalDocument = globals.document;

describe.skipIf(!corpusPresent || !analyserReady())('the overlay on AEB news pages', () => {
  afterAll(() => {
    globals.document = originalDocument;
  });

  it.each(pages)('%s: every finding marked, the page exactly restored', (name) => {
    const doc = parseHtml(gunzipSync(readFileSync(path.join(aebDir, name))).toString('utf8'), 'https://aeb.test/');
    // Preact renders with the global document, as in a content script.
    globals.document = doc;
    const article = extractArticle(doc);
    if (!article) return;
    const report = analyse(article.text, { language: article.language ?? undefined });
    const html = doc.documentElement.outerHTML;
    const nodes = textNodes(doc);
    const errors: unknown[] = [];
    const overlay = createOverlay(doc, article, report, { onError: (error) => errors.push(error) });
    expect(overlay.counts()).toEqual({
      anonymous: report.profile.anonymous,
      onRecord: report.profile.onRecord,
      condition: report.profile.conditions,
      quote: report.attributions.filter((attribution) => attribution.quote !== null).length,
    });
    overlay.setVisible(false);
    overlay.setVisible(true);
    overlay.destroy();
    expect(errors).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(html);
    const after = textNodes(doc);
    expect(after.length).toBe(nodes.length);
    expect(after.every((node, index) => node === nodes[index])).toBe(true);
  });
});
