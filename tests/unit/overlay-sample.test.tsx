// @vitest-environment happy-dom
/**
 * The overlay on the bundled sample article with the real pipeline, as the
 * content script runs it: the page in `document`, `extractArticle(document)`,
 * `analyse(article.text)`, `createOverlay`. Whatever the analyser finds, every
 * finding must be marked, over exactly its text, and taken off exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutTextInRows } from './layout-double';
import { analyse } from '../../src/core/analyse';
import type { Report, Span } from '../../src/core/types';
import { extractArticle } from '../../src/page/extract/index';
import type { ArticleText } from '../../src/page/extract/types';
import { anchorSpan, pieceToRange } from '../../src/page/overlay/anchor';
import { createOverlay, type Overlay } from '../../src/page/overlay/index';
import { highlightNamePattern, MARK_STYLES } from '../../src/page/overlay/styles';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = readFileSync(path.join(repoRoot, 'samples/seed-unn-putin-conditions.html'), 'utf8');

/** The analyser may still be a skeleton on a given checkout: say so rather than fail here. */
function analyserReady(): boolean {
  try {
    analyse('Peskov said so.');
    return true;
  } catch (error) {
    console.warn(`overlay-sample: skipped, the analyser is not built yet (${String(error)})`);
    return false;
  }
}

function loadSample(): void {
  document.open();
  document.write(SAMPLE);
  document.close();
}

/** The span's characters that lie in some segment: what the page's text nodes show of it. */
function visibleText(article: ArticleText, span: Span): string {
  let text = '';
  for (const segment of article.segments) {
    const start = Math.max(segment.start, span.start);
    const end = Math.min(segment.end, span.end);
    if (start < end) text += article.text.slice(start, end);
  }
  return text;
}

function textNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

describe.skipIf(!analyserReady())('the overlay on the bundled sample, real extractor and analyser', () => {
  let article: ArticleText;
  let report: Report;
  let overlay: Overlay | null = null;
  const errors: unknown[] = [];

  beforeEach(() => {
    loadSample();
    const extracted = extractArticle(document);
    expect(extracted).not.toBeNull();
    article = extracted!;
    report = analyse(article.text, { language: article.language ?? undefined });
    errors.length = 0;
  });

  afterEach(() => {
    overlay?.destroy();
    overlay = null;
    vi.restoreAllMocks();
    expect(errors).toEqual([]);
  });

  function expectedCounts() {
    return {
      anonymous: report.profile.anonymous,
      onRecord: report.profile.onRecord,
      condition: report.profile.conditions,
      quote: report.attributions.filter((attribution) => attribution.quote !== null).length,
    };
  }

  it('finds something to mark', () => {
    expect(report.attributions.length).toBeGreaterThan(0);
    expect(report.conditions.length).toBeGreaterThan(0);
  });

  it('anchors every span of every finding over exactly its text', () => {
    const spans = [
      ...report.attributions.flatMap((a) => [a.source, a.cue, ...(a.quote ? [a.quote] : [])]),
      ...report.conditions.map((c) => c.clause),
    ];
    for (const span of spans) {
      const pieces = anchorSpan(article, span);
      expect(pieces.length, `"${span.text}" has no piece`).toBeGreaterThan(0);
      expect(pieces.map((piece) => pieceToRange(document, piece).toString()).join('')).toBe(visibleText(article, span));
    }
  });

  it('marks every finding with the <mark> fallback, and leaves the DOM exactly as found', () => {
    const html = document.documentElement.outerHTML;
    const nodes = textNodes();
    overlay = createOverlay(document, article, report, { onError: (error) => errors.push(error) });
    expect(overlay.counts()).toEqual(expectedCounts());
    expect(document.documentElement.outerHTML).not.toBe(html);
    overlay.setVisible(false);
    expect(document.documentElement.outerHTML).toBe(html);
    const after = textNodes();
    expect(after.length).toBe(nodes.length);
    after.forEach((node, index) => expect(node).toBe(nodes[index]));
  });

  it('marks every finding with the Highlight API (test double), one range per piece', () => {
    const registry = new Map<string, FakeHighlight>();
    const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    (window as unknown as { Highlight?: unknown }).Highlight = FakeHighlight;
    try {
      const html = document.documentElement.outerHTML;
      // Every mark on the first screen: all of them are painted.
      layOutTextInRows(document);
      overlay = createOverlay(document, article, report, { onError: (error) => errors.push(error) });
      const counts = expectedCounts();
      expect(overlay.counts()).toEqual(counts);
      const quoteRanges = [...registry].find(([name]) => highlightNamePattern(MARK_STYLES.quote.highlightStem).test(name))?.[1];
      const quotePieces = report.attributions.flatMap((a) => (a.quote ? anchorSpan(article, a.quote) : []));
      expect(quoteRanges?.size ?? 0).toBe(quotePieces.length);
      overlay.destroy();
      expect(registry.size).toBe(0);
      expect(document.documentElement.outerHTML).toBe(html);
    } finally {
      if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
      delete (window as unknown as { Highlight?: unknown }).Highlight;
    }
  });

  it('jumps to every attribution and condition by id', () => {
    overlay = createOverlay(document, article, report, { onError: (error) => errors.push(error) });
    vi.spyOn(window.Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    for (const finding of [...report.attributions, ...report.conditions]) {
      expect(overlay.focusFinding(finding.id), finding.id).toBe(true);
    }
  });
});
