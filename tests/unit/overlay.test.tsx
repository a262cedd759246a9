// @vitest-environment happy-dom
/**
 * The in-page overlay on small hand-made pages: anchoring, both drawing paths
 * (Custom Highlight API through a test double of its registry, since
 * happy-dom has none, and the real `<mark>` fallback), cards, visibility,
 * registry per document and error isolation.
 */
import { catchShadowRoots, shadowOf } from './own-roots';
import { trustedKeydown } from './trusted-input';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutTextInRows } from './layout-double';
import type { Attribution, Condition, Report, Source, Span } from '../../src/core/types';
import type { ArticleText, TextSegment } from '../../src/page/extract/types';
import { computeProfile } from '../../src/core/profile';
import type { Correction } from '../../src/report/corrections';
import { anchorSpan, describeSpan, findQuote, pieceToRange } from '../../src/page/overlay/anchor';
import { CARD_CLOSE_DELAY_MS, createOverlay, describeFindings, POINTER_THROTTLE_MS, type Overlay, type OverlayOptions } from '../../src/page/overlay/index';
import { highlightTargets, highlightTargetsJob, installStyleSheet, MAX_HIGHLIGHT_SELECTORS, MAX_TARGETED_SHARE, OVERLAY_HIGHLIGHT_STEMS, TEXTS_PER_PAUSE } from '../../src/page/overlay/highlight';
import { markForFinding, marksFromReport } from '../../src/page/overlay/marks';
import { englishWords, fillMessage, type CardTranslate } from '../../src/page/overlay/words';
import ukrainianMessages from '../../public/_locales/uk/messages.json';

const NO_REASON_TEXT = englishWords('cardNoReason');
const UNCREDITED_CONDITION_TEXT = englishWords('cardUncredited');
import { fallbackCss, FLASH_STYLE, highlightCss, highlightNamePattern, MARK_STYLES } from '../../src/page/overlay/styles';

// ---------------------------------------------------------------------------
// Fixtures: a page, the ArticleText an extractor would give for it, a Report.

/** Paragraphs of a small article, with inline markup splitting text nodes and HTML-looking text. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Fixture</title></head><body>
<nav>Home · World</nav>
<article>
<h1>Putin ready for talks, with conditions</h1>
<p>Putin is ready to negotiate <em>provided that</em> Kyiv recognizes the front line, three sources familiar with the discussions told Reuters.</p>
<p>“We are open to talks,” Putin's spokesman Dmitry Peskov said, adding that Moscow would act if the West refused.</p>
<p>A senior official, who spoke on condition of anonymity because he was not authorised to speak publicly, said talks could start soon.</p>
<p>The &lt;img src=x onerror=alert(1)&gt; group said it would wait. “The war</p>
<p>will end,” he said.</p>
</article>
<aside>Related: other news</aside>
</body></html>`;

/** A tiny stand-in for the extractor: the `<p>`s of `<article>`, joined by "\n\n". */
function articleOf(doc: Document): ArticleText {
  let text = '';
  const segments: TextSegment[] = [];
  const paragraphs = Array.from(doc.querySelectorAll('article p'));
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += '\n\n';
    const walker = doc.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      segments.push({ start: text.length, end: text.length + node.data.length, node, nodeOffset: 0 });
      text += node.data;
    }
  });
  return { text, title: 'Putin ready for talks, with conditions', language: 'en', segments };
}

function spanOf(text: string, needle: string, after = 0): Span {
  const start = text.indexOf(needle, after);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}

function sentenceAround(text: string, span: Span): Span {
  const start = Math.max(0, text.lastIndexOf('\n\n', span.start) + 2);
  const found = text.indexOf('\n\n', span.end);
  const end = found < 0 ? text.length : found;
  return { text: text.slice(start, end), start, end };
}

function reportOf(article: ArticleText): Report {
  const { text } = article;
  const attribution = (
    id: string,
    kind: Attribution['kind'],
    type: Attribution['type'],
    source: string | Span,
    cue: string,
    extra: Partial<Pick<Attribution, 'quote' | 'reason' | 'refersTo'>> = {},
  ): Attribution => {
    const sourceSpan = typeof source === 'string' ? spanOf(text, source) : source;
    const cueSpan = spanOf(text, cue, sourceSpan.end);
    return {
      id,
      kind,
      type,
      source: sourceSpan,
      cue: cueSpan,
      sentence: sentenceAround(text, sourceSpan),
      quote: null,
      reason: null,
      refersTo: null,
      ...extra,
    };
  };
  const splitQuote = spanOf(text, '“The war\n\nwill end,”');
  const attributions: Attribution[] = [
    attribution('a1', 'anonymous', 'group', 'three sources familiar with the discussions', 'told'),
    attribution('a2', 'on-record', 'person', "Putin's spokesman Dmitry Peskov", 'said', {
      quote: spanOf(text, '“We are open to talks,”'),
    }),
    attribution('a3', 'anonymous', 'person', 'A senior official', 'said', {
      reason: spanOf(text, 'because he was not authorised to speak publicly'),
    }),
    attribution('a4', 'anonymous', 'group', 'The <img src=x onerror=alert(1)> group', 'said'),
    attribution('a5', 'anonymous', 'person', spanOf(text, 'he', spanOf(text, 'will end').end), 'said', { quote: splitQuote, refersTo: 's3' }),
  ];
  const condition = (id: string, marker: string, clause: string, owner: string | null): Condition => {
    const markerSpan = spanOf(text, marker);
    const clauseSpan = spanOf(text, clause);
    return { id, marker: markerSpan, clause: clauseSpan, sentence: sentenceAround(text, clauseSpan), attribution: owner, holder: null, via: [] };
  };
  const conditions: Condition[] = [
    condition('c1', 'provided that', 'provided that Kyiv recognizes the front line', null),
    condition('c2', 'if', 'if the West refused', 'a2'),
  ];
  const sources: Source[] = [
    { id: 's1', name: 'three sources familiar with the discussions', descriptor: 'familiar with the discussions', kind: 'anonymous', type: 'group', attributions: ['a1'], mentions: [] },
    { id: 's2', name: 'Dmitry Peskov', descriptor: "Putin's spokesman", kind: 'on-record', type: 'person', attributions: ['a2'], mentions: [] },
    { id: 's3', name: 'A senior official', descriptor: null, kind: 'anonymous', type: 'person', attributions: ['a3', 'a5'], mentions: [] },
    { id: 's4', name: 'The <img src=x onerror=alert(1)> group', descriptor: null, kind: 'anonymous', type: 'group', attributions: ['a4'], mentions: [] },
  ];
  return {
    schema: 2,
    page: { url: '', outlet: null, analysedAt: '', tool: 'SourceLens test' },
    input: '',
    title: article.title,
    language: 'en',
    article: { text, words: text.split(/\s+/).length, paragraphs: 5 },
    attributions,
    conditions,
    sources,
    chain: [],
    profile: computeProfile(attributions, conditions, sources),
  };
}

/** Marks expected from the fixture Report: 4 anonymous, 1 on-record, 2 conditions, 2 quotes. */
const EXPECTED_COUNTS = { anonymous: 4, onRecord: 1, condition: 2, quote: 2 };

// ---------------------------------------------------------------------------
// A test double of the Custom Highlight API (happy-dom has none).

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;
let originalCss: PropertyDescriptor | undefined;

function installHighlightDouble(): void {
  registry = new Map();
  originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  (window as unknown as { Highlight?: unknown }).Highlight = FakeHighlight;
}

/** The registered names a drawing gave `stem` (random per drawing: found by their stem). */
function namesOf(stem: string): string[] {
  return [...registry.keys()].filter((name) => highlightNamePattern(stem).test(name));
}

/** Our one registered highlight of `stem`. */
function ourHighlight(stem: string): FakeHighlight | undefined {
  const [name] = namesOf(stem);
  return name === undefined ? undefined : registry.get(name);
}

function removeHighlightDouble(): void {
  if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
  else delete (window as unknown as { CSS?: unknown }).CSS;
  delete (window as unknown as { Highlight?: unknown }).Highlight;
}

function allTextNodes(doc: Document): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** What must be identical after the overlay leaves: markup, node identities, their data, style sheets. */
function snapshot(doc: Document) {
  const nodes = allTextNodes(doc);
  return {
    html: doc.documentElement.outerHTML,
    nodes,
    data: nodes.map((node) => node.data),
    sheets: [...doc.adoptedStyleSheets],
  };
}

function expectUnchanged(doc: Document, before: ReturnType<typeof snapshot>): void {
  const after = snapshot(doc);
  expect(after.html).toBe(before.html);
  expect(after.nodes.length).toBe(before.nodes.length);
  after.nodes.forEach((node, index) => expect(node).toBe(before.nodes[index]));
  expect(after.data).toEqual(before.data);
  expect(after.sheets).toEqual(before.sheets);
  expect(doc.querySelectorAll('[data-sourcelens]').length).toBe(0);
}

function hostOf(doc: Document): HTMLElement {
  const hosts = doc.documentElement.querySelectorAll(':scope > [data-sourcelens]');
  expect(hosts.length).toBe(1);
  return hosts[0] as HTMLElement;
}

function targetFor(doc: Document, key: string): HTMLButtonElement {
  const button = shadowOf(hostOf(doc)).querySelector(`button[data-key="${key}"]`);
  expect(button).not.toBeNull();
  return button as HTMLButtonElement;
}

function cardOf(doc: Document): HTMLElement | null {
  return shadowOf(hostOf(doc)).querySelector('.card');
}

let article: ArticleText;
let report: Report;
let overlays: Overlay[];

function open(options: OverlayOptions = {}): Overlay {
  const overlay = createOverlay(document, article, report, { onError: (error) => { throw error; }, ...options });
  overlays.push(overlay);
  return overlay;
}

beforeEach(() => {
  catchShadowRoots(window as unknown as Window);
  document.open();
  document.write(PAGE);
  document.close();
  article = articleOf(document);
  report = reportOf(article);
  overlays = [];
});

afterEach(() => {
  for (const overlay of overlays) overlay.destroy();
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------

describe('anchoring (anchor.ts)', () => {
  it('turns every span into ranges that cover exactly its text, one per text-node piece', () => {
    const spans = report.attributions.flatMap((a) => [a.source, a.cue, ...(a.quote ? [a.quote] : [])]);
    spans.push(...report.conditions.map((c) => c.clause));
    for (const span of spans) {
      const pieces = anchorSpan(article, span);
      expect(pieces.length).toBeGreaterThan(0);
      const covered = pieces.map((piece) => pieceToRange(document, piece).toString()).join('');
      // Only the inserted paragraph break is missing from the ranges.
      expect(covered).toBe(span.text.replace(/\n\n/g, ''));
      for (const piece of pieces) {
        expect(piece.node.data.slice(piece.nodeStart, piece.nodeEnd)).toBe(article.text.slice(piece.textStart, piece.textEnd));
      }
    }
  });

  it('splits a span crossing inline markup into one piece per text node', () => {
    const clause = report.conditions[0].clause; // "provided that" is inside <em>
    const pieces = anchorSpan(article, clause);
    expect(pieces.map((piece) => piece.node.data.slice(piece.nodeStart, piece.nodeEnd))).toEqual([
      'provided that',
      ' Kyiv recognizes the front line',
    ]);
    expect(pieces[0].node.parentElement!.tagName).toBe('EM');
  });

  it('clips spans that start or end on characters the extractor inserted', () => {
    const breakAt = article.text.indexOf('\n\n');
    const pieces = anchorSpan(article, { start: breakAt, end: breakAt + 5 });
    expect(pieces).toHaveLength(1);
    expect(pieces[0].textStart).toBe(breakAt + 2);
    expect(pieces[0].node.data.slice(pieces[0].nodeStart, pieces[0].nodeEnd)).toBe('“We');
    expect(anchorSpan(article, { start: breakAt, end: breakAt + 2 })).toEqual([]);
  });

  it('leaves out pieces whose node no longer holds the text', () => {
    const clause = report.conditions[0].clause;
    const [first] = anchorSpan(article, clause);
    first.node.data = 'changed by the page';
    expect(anchorSpan(article, clause).map((piece) => piece.node)).not.toContain(first.node);
  });

  it('round-trips every span through its quote selector', () => {
    for (const [key, selectors] of describeFindings(article, report)) {
      expect(key).toMatch(/^[ac]\d+(\/quote)?$/);
      for (const selector of selectors) {
        const span = findQuote(article, selector);
        expect(span).not.toBeNull();
        expect(describeSpan(article, span!)).toEqual(selector);
      }
    }
  });

  it('tells repeated words apart by their context, and follows text that moved', () => {
    const text = 'Peskov said yes. Lavrov said no. Ushakov said maybe.';
    const second = spanOf(text, 'said', text.indexOf('Lavrov'));
    const selector = describeSpan({ text }, second);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'said', prefix: 'Peskov said yes. Lavrov ', suffix: ' no. Ushakov said maybe.' });
    expect(findQuote({ text }, selector)).toEqual({ start: second.start, end: second.end });
    const moved = `Updated 10:42. ${text}`;
    expect(findQuote({ text: moved }, selector)).toEqual({ start: second.start + 15, end: second.end + 15 });
    expect(findQuote({ text: 'Nobody spoke.' }, selector)).toBeNull();
    expect(findQuote({ text }, { ...selector, exact: '' })).toBeNull();
  });
});

describe('marks from a Report (marks.ts)', () => {
  it('one mark per attribution, per attributed quote and per condition, keyed by finding', () => {
    const marks = marksFromReport(report);
    expect(marks.map((mark) => `${mark.key}:${mark.kind}`)).toEqual([
      'a1:anonymous', 'a2:onRecord', 'a2/quote:quote', 'a3:anonymous', 'a4:anonymous', 'a5:anonymous', 'a5/quote:quote', 'c1:condition', 'c2:condition',
    ]);
    expect(markForFinding(marks, 'a2')!.kind).toBe('onRecord');
    expect(markForFinding(marks, 'a2/quote')!.kind).toBe('quote');
    expect(markForFinding(marks, 'a9')).toBeUndefined();
  });

  it('marks source and cue apart, or as one span where they touch or overlap', () => {
    const text = 'Peskov said. Officials said-so. Said he.';
    const base = report.attributions[0];
    const withSpans = (source: Span, cue: Span) => marksFromReport({ ...report, conditions: [], attributions: [{ ...base, quote: null, source, cue }] })[0].spans;
    expect(withSpans(spanOf(text, 'Peskov'), spanOf(text, 'said'))).toEqual([spanOf(text, 'Peskov'), spanOf(text, 'said')]);
    const officials = spanOf(text, 'Officials said');
    expect(withSpans(officials, spanOf(text, 'said-so'))).toEqual([spanOf(text, 'Officials said-so')]);
    expect(withSpans(spanOf(text, 'he'), spanOf(text, 'Said'))).toEqual([spanOf(text, 'Said'), spanOf(text, 'he')]);
  });
});

describe('drawing with the Custom Highlight API (test double of the registry)', () => {
  beforeEach(() => {
    installHighlightDouble();
    // Every mark on the first screen: all of them are painted.
    layOutTextInRows(document);
  });
  afterEach(removeHighlightDouble);

  it('draws under names of its own: entries a page registered under our stems, or under a name it guessed, are left alone', () => {
    const pageOwn = new FakeHighlight();
    const stems = Object.values(OVERLAY_HIGHLIGHT_STEMS);
    for (const stem of stems) registry.set(stem, pageOwn);
    // The page guessed the first random part the overlay draws (all zeros here): the overlay must draw another.
    const guessed = `${MARK_STYLES.anonymous.highlightStem}-${'0'.repeat(16)}`;
    registry.set(guessed, pageOwn);
    let draws = 0;
    vi.spyOn(window.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint8Array).fill(draws++ === 0 ? 0 : draws);
      return array;
    });
    const overlay = open();
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    expect(draws).toBe(2);
    for (const name of [...stems, guessed]) expect(registry.get(name), name).toBe(pageOwn);
    expect(pageOwn.size).toBe(0);
    const ours = namesOf(MARK_STYLES.anonymous.highlightStem).filter((name) => name !== guessed);
    expect(ours).toHaveLength(1);
    expect(registry.get(ours[0])!.size).toBeGreaterThan(0);
    overlay.setVisible(false);
    expect([...registry.keys()].sort()).toEqual([...stems, guessed].sort());
  });

  it('registers one named highlight per kind, whose ranges are the marks and counts per kind', () => {
    const before = snapshot(document);
    const overlay = open();
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    // One name per kind, each its stem with the same random part, and nothing else.
    const names = Object.values(MARK_STYLES).flatMap((style) => namesOf(style.highlightStem));
    expect(names).toHaveLength(Object.values(MARK_STYLES).length);
    expect(new Set(names.map((name) => name.slice(-16))).size).toBe(1);
    expect(registry.size).toBe(names.length);
    const rangeTexts = (kind: keyof typeof MARK_STYLES) =>
      [...ourHighlight(MARK_STYLES[kind].highlightStem)!].map((range) => (range as Range).toString());
    expect(rangeTexts('onRecord')).toEqual(["Putin's spokesman Dmitry Peskov", 'said']);
    expect(rangeTexts('condition')).toEqual(['provided that', ' Kyiv recognizes the front line', 'if the West refused']);
    expect(rangeTexts('quote')).toEqual(['“We are open to talks,”', '“The war', 'will end,”']);
    expect(rangeTexts('anonymous')).toContain('three sources familiar with the discussions');
    // The page itself is untouched: one adopted sheet more, our two hosts (layer, skip link), nothing else.
    expect(document.adoptedStyleSheets.length).toBe(before.sheets.length + 1);
    hostOf(document).remove();
    expect(document.querySelectorAll('[data-sourcelens=skip]')).toHaveLength(1);
    document.querySelector('[data-sourcelens=skip]')!.remove();
    expect(document.documentElement.outerHTML).toBe(before.html);
  });

  it('setVisible(false) leaves the DOM exactly as found; setVisible(true) draws again', () => {
    const before = snapshot(document);
    const overlay = open();
    overlay.setVisible(false);
    expectUnchanged(document, before);
    expect(registry.size).toBe(0);
    expect(overlay.counts()).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    overlay.setVisible(true);
    overlay.setVisible(true);
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    expect(ourHighlight(MARK_STYLES.onRecord.highlightStem)!.size).toBe(2);
    overlay.destroy();
    expectUnchanged(document, before);
    expect(registry.size).toBe(0);
    overlay.setVisible(true);
    expectUnchanged(document, before);
  });

  it('a second overlay on the same document replaces the first: nothing marked twice', () => {
    open();
    const second = open();
    expect(second.counts()).toEqual(EXPECTED_COUNTS);
    expect(ourHighlight(MARK_STYLES.condition.highlightStem)!.size).toBe(3);
    hostOf(document); // exactly one host
    expect(document.adoptedStyleSheets.length).toBe(1);
  });

  it('focusFinding scrolls to the mark and flashes it; false for an unknown id', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(window.Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const overlay = open();
    expect(overlay.focusFinding('a99')).toBe(false);
    expect(overlay.focusFinding('nonsense')).toBe(false);
    expect(overlay.focusFinding('c1')).toBe(true);
    expect(scrolled).toHaveLength(1);
    // The mark's focus target, laid over the mark, is what is brought into view.
    expect(scrolled[0]).toBe(targetFor(document, 'c1'));
    const flash = ourHighlight(FLASH_STYLE.highlightStem)!;
    expect([...flash].map((range) => (range as Range).toString())).toEqual(['provided that', ' Kyiv recognizes the front line']);
    await new Promise((resolve) => setTimeout(resolve, FLASH_STYLE.durationMs + 100));
    expect(namesOf(FLASH_STYLE.highlightStem)).toEqual([]);
    expect(overlay.focusFinding('a2')).toBe(true);
    expect(scrolled[1]).toBe(targetFor(document, 'a2'));
    // Hidden: the text's own element is scrolled to, nothing is flashed or drawn.
    overlay.setVisible(false);
    expect(overlay.focusFinding('c1')).toBe(true);
    expect(scrolled[2].tagName).toBe('EM');
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('[data-sourcelens]').length).toBe(0);
  });

  it('hover over a mark opens its card, moving away closes it', async () => {
    // happy-dom has no layout: give the ranges of the second paragraph a box on screen.
    const secondParagraph = document.querySelectorAll('article p')[1];
    vi.spyOn(window.Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      if (!secondParagraph.contains(this.startContainer)) return [] as unknown as DOMRectList;
      const start = this.startOffset;
      return [{ left: start, right: start + 40, top: 100, bottom: 120, width: 40, height: 20 }] as unknown as DOMRectList;
    });
    // And the card its box, below the mark (the pointer is over the card when within it).
    const cardBox = { left: 0, right: 360, top: 126, bottom: 300, width: 360, height: 174 } as DOMRect;
    const elementBox = window.HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(window.HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('card') ? cardBox : elementBox.call(this);
    });
    open();
    const quoteStart = (article.segments.find((s) => s.node.parentElement === secondParagraph)!.node.data).indexOf('“We');
    document.dispatchEvent(new window.MouseEvent('mousemove', { clientX: quoteStart + 5, clientY: 110 }));
    expect(cardOf(document)?.querySelector('h2')?.textContent).toBe('Direct quote');
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(POINTER_THROTTLE_MS + 20);
    // Off the mark, on the way to the card: still open for a moment; over the card: stays open.
    // (Timers only bound the waits from below, so a slow machine cannot make this flaky.)
    document.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 5, clientY: 500 }));
    expect(cardOf(document)).not.toBeNull();
    cardOf(document)!.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 5, clientY: 130, bubbles: true, composed: true }));
    await pause(POINTER_THROTTLE_MS + CARD_CLOSE_DELAY_MS + 100);
    expect(cardOf(document)?.querySelector('h2')?.textContent).toBe('Direct quote');
    // Away from both: closes after the delay.
    document.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 5, clientY: 500 }));
    await pause(POINTER_THROTTLE_MS + CARD_CLOSE_DELAY_MS + 100);
    expect(cardOf(document)).toBeNull();
  });

  it('orders the focus targets as the text, so Tab follows the article', () => {
    open();
    const keys = Array.from(shadowOf(hostOf(document)).querySelectorAll('button')).map((b) => b.getAttribute('data-key'));
    expect(keys).toEqual(['c1', 'a1', 'a2/quote', 'a2', 'c2', 'a3', 'a4', 'a5/quote', 'a5']);
  });

  it('a Highlight API that fails in this host: the error goes to onError and the <mark> fallback draws', () => {
    const before = snapshot(document);
    (window as unknown as { Highlight: unknown }).Highlight = class {
      constructor() {
        throw new Error('broken Highlight');
      }
    };
    const errors: unknown[] = [];
    const overlay = createOverlay(document, article, report, { onError: (error) => errors.push(error) });
    overlays.push(overlay);
    expect(errors.map(String)).toEqual(['Error: broken Highlight']);
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('mark[data-sourcelens]').length).toBeGreaterThan(0);
    overlay.destroy();
    expectUnchanged(document, before);
  });

  it('an error in our code never reaches the page: onError gets it, nothing is left half-drawn', () => {
    const before = snapshot(document);
    (window as unknown as { Highlight: unknown }).Highlight = class {
      constructor() {
        throw new Error('broken Highlight');
      }
    };
    // The fallback fails too, part-way through wrapping.
    const createElement = document.createElement.bind(document);
    let made = 0;
    vi.spyOn(document, 'createElement').mockImplementation((name: string, ...rest: unknown[]) => {
      if (name === 'mark' && ++made > 3) throw new Error('no more marks');
      return (createElement as (name: string, ...rest: unknown[]) => HTMLElement)(name, ...rest);
    });
    const errors: unknown[] = [];
    const overlay = createOverlay(document, article, report, { onError: (error) => errors.push(error) });
    expect(errors.map(String)).toEqual(['Error: broken Highlight', 'Error: no more marks']);
    expectUnchanged(document, before);
    expect(overlay.counts()).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    expect(overlay.focusFinding('a1')).toBe(false);
    overlay.setVisible(true);
    overlay.destroy();
    expect(errors).toHaveLength(2);
  });

  it('errors thrown inside event handlers go to onError, not to the page', () => {
    const errors: unknown[] = [];
    // Every mark on screen at (0..40, 0..20) when drawn; layout fails afterwards, when the pointer is over them.
    const onScreen = [{ left: 0, right: 40, top: 0, bottom: 20, width: 40, height: 20 }] as unknown as DOMRectList;
    const rects = vi.spyOn(window.Range.prototype, 'getClientRects').mockImplementation(() => onScreen);
    open({ onError: (error) => errors.push(error) });
    rects.mockImplementation(() => {
      throw new Error('layout failed');
    });
    const pageHandler = vi.fn();
    window.addEventListener('error', pageHandler);
    document.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 1, clientY: 1 }));
    window.removeEventListener('error', pageHandler);
    expect(errors.map(String)).toContain('Error: layout failed');
    expect(pageHandler).not.toHaveBeenCalled();
  });
});

describe('the <mark> fallback (no Highlight API)', () => {
  it('wraps the marks in <mark data-sourcelens> without changing the page text', () => {
    const overlay = open();
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    const marks = Array.from(document.querySelectorAll('mark[data-sourcelens]'));
    const byKind = (kind: string) => marks.filter((mark) => mark.getAttribute('data-sourcelens') === kind);
    expect(byKind('onRecord').map((mark) => mark.textContent)).toEqual(["Putin's spokesman Dmitry Peskov", 'said']);
    expect(byKind('condition').map((mark) => mark.textContent)).toEqual(['provided that', ' Kyiv recognizes the front line', 'if the West refused']);
    expect(byKind('quote').map((mark) => mark.textContent)).toEqual(['“We are open to talks,”', '“The war', 'will end,”']);
    const articleElement = document.querySelector('article')!;
    hostOf(document);
    expect(articleElement.textContent).toBe(new DOMParser().parseFromString(PAGE, 'text/html').querySelector('article')!.textContent);
  });

  it('nests overlapping marks so each keeps its own style', () => {
    const quote = report.attributions[1].quote!;
    // A condition inside the quote: "open to talks".
    report.conditions.push({
      id: 'c3',
      marker: spanOf(article.text, 'open'),
      clause: spanOf(article.text, 'open to talks'),
      sentence: report.attributions[1].sentence,
      attribution: 'a2',
      holder: null,
      via: [],
    });
    expect(quote.text).toContain('open to talks');
    const overlay = open();
    expect(overlay.counts().condition).toBe(3);
    const inner = Array.from(document.querySelectorAll('mark[data-sourcelens="condition"]')).find((m) => m.textContent === 'open to talks')!;
    expect(inner.parentElement!.getAttribute('data-sourcelens')).toBe('quote');
  });

  it('setVisible(false) and destroy() put back the very same text nodes', () => {
    const before = snapshot(document);
    const overlay = open();
    expect(document.documentElement.outerHTML).not.toBe(before.html);
    overlay.setVisible(false);
    expectUnchanged(document, before);
    overlay.setVisible(true);
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    overlay.destroy();
    expectUnchanged(document, before);
  });

  it('a second overlay does not wrap marks twice', () => {
    open();
    const once = document.querySelectorAll('mark[data-sourcelens]').length;
    open();
    expect(document.querySelectorAll('mark[data-sourcelens]').length).toBe(once);
    expect(document.querySelectorAll('mark[data-sourcelens] mark[data-sourcelens="onRecord"]').length).toBe(0);
  });

  it('flashes the marks of a finding, then stops', async () => {
    vi.spyOn(window.Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const overlay = open();
    expect(overlay.focusFinding('a3')).toBe(true);
    const flashing = Array.from(document.querySelectorAll('mark[data-sourcelens-flash]')).map((m) => m.textContent);
    expect(flashing).toEqual(['A senior official', 'said']);
    await new Promise((resolve) => setTimeout(resolve, FLASH_STYLE.durationMs + 100));
    expect(document.querySelectorAll('mark[data-sourcelens-flash]').length).toBe(0);
  });
});

describe('teardown leaves the page exactly as found (issue 15 L1)', () => {
  /** An element's own serialisation: its tag, every attribute in order, and its child nodes. */
  function serialise(element: Element): string {
    const attributes = Array.from(element.attributes, (attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`);
    const children = Array.from(element.childNodes, (child) => (child.nodeType === 3 ? JSON.stringify((child as Text).data) : `<${child.nodeName}>`));
    return `<${element.tagName} ${attributes.join(' ')}>${children.join('')}`;
  }

  /** Every element of the page, each with its serialisation. */
  function serialiseAll(): Map<Element, string> {
    return new Map(Array.from(document.querySelectorAll('*'), (element) => [element, serialise(element)]));
  }

  /**
   * Draws, uses the overlay (a flash under way, focus on a mark, its card open), tears it down with
   * `teardown`, and checks every node a MutationObserver saw us touch, and the whole document, against before.
   */
  function expectTeardownExact(teardown: (overlay: Overlay) => void, options: OverlayOptions = {}): void {
    // The page's own attributes and inline styles on the very elements whose text is marked.
    document.querySelectorAll('article p, article em').forEach((element, index) => {
      element.setAttribute('style', `color: rgb(${index}, 20, 30); background-image: none`);
      element.setAttribute('class', `para p${index}`);
      element.setAttribute('data-page', String(index));
    });
    document.documentElement.setAttribute('style', 'scroll-behavior: auto');
    const before = serialiseAll();
    const html = document.documentElement.outerHTML;
    const focusedBefore = document.activeElement;
    const touched = new Set<Node>();
    const observer = new window.MutationObserver(() => {});
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
    const overlay = open(options);
    expect(overlay.counts()).toEqual(EXPECTED_COUNTS);
    expect(overlay.focusFinding('c1')).toBe(true);
    targetFor(document, 'a1').focus();
    expect(cardOf(document)).not.toBeNull();
    teardown(overlay);
    for (const record of observer.takeRecords()) touched.add(record.target);
    observer.disconnect();
    // Something was drawn and taken off: the observer saw our work, in the page or on its root.
    expect(touched.size).toBeGreaterThan(0);
    for (const node of touched) {
      if (node.nodeType !== 1 || !before.has(node as Element)) continue;
      expect(serialise(node as Element), (node as Element).tagName).toBe(before.get(node as Element));
    }
    expect(serialiseAll()).toEqual(before);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(document.activeElement).toBe(focusedBefore);
  }

  it('<mark> fallback, hidden with setVisible(false)', () => {
    expectTeardownExact((overlay) => overlay.setVisible(false), { forceFallback: true });
  });

  it('<mark> fallback, destroyed', () => {
    expectTeardownExact((overlay) => overlay.destroy(), { forceFallback: true });
  });

  it('Highlight API (test double), hidden and destroyed', () => {
    installHighlightDouble();
    try {
      expectTeardownExact((overlay) => {
        overlay.setVisible(false);
        overlay.destroy();
      });
      expect(registry.size).toBe(0);
    } finally {
      removeHighlightDouble();
    }
  });
});

describe('style sheets', () => {
  it('tell the four kinds apart without colour, each with its own named highlight', () => {
    const styles = Object.values(MARK_STYLES);
    expect(new Set(styles.map((style) => style.underline)).size).toBe(styles.length);
    expect(new Set(styles.map((style) => style.highlightStem)).size).toBe(styles.length);
    const css = highlightCss('default', OVERLAY_HIGHLIGHT_STEMS);
    for (const style of styles) {
      expect(css).toContain(`::highlight(${style.highlightStem}) {`);
      expect(fallbackCss()).toMatch(new RegExp(`text-decoration-style: ${style.underline}`));
    }
    expect(css).toContain('forced-colors: active');
  });

  it('put the highlight rules on the elements the targets select, or on every element without targets', () => {
    const names = OVERLAY_HIGHLIGHT_STEMS;
    const css = highlightCss('default', names, ['div.story', 'div.story a']);
    for (const style of Object.values(MARK_STYLES)) {
      expect(css).toContain(`div.story::highlight(${style.highlightStem}), div.story a::highlight(${style.highlightStem}) {`);
    }
    expect(css).toMatch(/forced-colors: active\) \{ div\.story::highlight\(/);
    expect(highlightCss('default', names)).toMatch(new RegExp(`^::highlight\\(${MARK_STYLES.anonymous.highlightStem}\\) \\{`));
  });

  it('target the elements holding the marks\' text by tag and class, id, or tag under a named ancestor, and no other', () => {
    document.body.innerHTML = `<nav><a href="/">menu</a><p>Subscribe</p><span>ad</span>${'<a href="/"><span>more</span></a>'.repeat(20)}</nav>
      <div class="story-text body"><p class="para">Officials said <a href="/x">the pier</a> would close.</p>
      <p class="para">Others <em>said</em> it would not.</p><p id="lede">A spokesperson said so.</p><p class="a:b">Odd.</p></div>
      <section><p>Bare text.</p></section>`;
    const texts = allTextNodes(document).filter((text) => document.body.contains(text) && text.data.trim() && !text.parentElement!.closest('nav'));
    const targets = highlightTargets(document, texts);
    expect(targets).toEqual(['p.para', 'p.para a', 'p.para em', '#lede', 'p.a\\:b', 'p']);
    // Every element holding marked text is selected; the navigation's link, paragraph and span are not, but for the bare 'p'.
    for (const text of texts) expect(targets.some((target) => text.parentElement!.matches(target))).toBe(true);
    const nav = document.querySelector('nav')!;
    expect(targets.some((target) => nav.querySelector('a')!.matches(target) || nav.querySelector('span')!.matches(target))).toBe(false);
  });

  it('target every element when the elements holding the text are more than MAX_TARGETED_SHARE of the page', () => {
    // A long article of bare paragraphs: restyling them all costs more than restyling the page at once.
    document.body.innerHTML = `<nav><a href="/">menu</a></nav><article>${'<p>Officials said so.</p>'.repeat(20)}</article>`;
    const paragraphs = allTextNodes(document).filter((text) => text.parentElement!.localName === 'p');
    expect(highlightTargets(document, paragraphs)).toEqual([]);
    // The same article among a page's furniture three times its size: only its paragraphs.
    document.body.insertAdjacentHTML('afterbegin', `<aside>${'<div><span>teaser</span></div>'.repeat(Math.ceil(20 / MAX_TARGETED_SHARE / 2))}</aside>`);
    expect(highlightTargets(document, paragraphs)).toEqual(['p']);
  });

  it('look at the text nodes in slices, a pause at least every TEXTS_PER_PAUSE of them, to the same selectors', () => {
    // A long article: its text nodes, many per paragraph under named and unnamed ancestors, are looked at in parts.
    const paragraph = '<p>Officials <em>said</em> the <a href="/x">pier</a> would close.</p>';
    document.body.innerHTML = `<aside>${'<div><span>teaser</span></div>'.repeat(4000)}</aside>` +
      `<div class="story"><section>${paragraph.repeat(300)}</section></div><article>${paragraph.repeat(300)}</article>`;
    const texts = allTextNodes(document).filter((text) => text.parentElement!.closest('.story, article'));
    expect(texts.length).toBeGreaterThan(4 * TEXTS_PER_PAUSE);
    const job = highlightTargetsJob(document, texts);
    let pauses = 0;
    let step = job.next();
    for (; !step.done; step = job.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(texts.length / TEXTS_PER_PAUSE));
    expect(step.value).toEqual(['div.story p', 'div.story em', 'div.story a', 'p', 'em', 'a']);
    expect(step.value).toEqual(highlightTargets(document, texts));
  });

  it('target every element when the document refuses the selectors', () => {
    document.body.innerHTML = `<aside>${'<div><span>teaser</span></div>'.repeat(10)}</aside><p class="para">Officials said so.</p>`;
    const texts = allTextNodes(document).filter((text) => text.parentElement!.localName === 'p');
    expect(highlightTargets(document, texts)).toEqual(['p.para']);
    const refuse = vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
      throw new DOMException('not a valid selector', 'SyntaxError');
    });
    try {
      expect(highlightTargets(document, texts)).toEqual([]);
    } finally {
      refuse.mockRestore();
    }
  });

  it('target every element when the elements holding the text need more than MAX_HIGHLIGHT_SELECTORS selectors', () => {
    document.body.innerHTML = `<aside>${'<div><span>teaser</span></div>'.repeat(4 * MAX_HIGHLIGHT_SELECTORS)}</aside>` +
      Array.from({ length: MAX_HIGHLIGHT_SELECTORS + 1 }, (_, i) => `<p class="p${i}">Said ${i}.</p>`).join('');
    const paragraphs = allTextNodes(document).filter((text) => text.parentElement!.localName === 'p');
    expect(highlightTargets(document, paragraphs.slice(0, MAX_HIGHLIGHT_SELECTORS))).toHaveLength(MAX_HIGHLIGHT_SELECTORS);
    expect(highlightTargets(document, paragraphs)).toEqual([]);
  });

  it('adds a constructable sheet and takes it away again', () => {
    const before = [...document.adoptedStyleSheets];
    const remove = installStyleSheet(document, 'mark { color: red; }');
    expect(document.adoptedStyleSheets.length).toBe(before.length + 1);
    remove();
    expect(document.adoptedStyleSheets).toEqual(before);
  });

  it('falls back to a <style data-sourcelens> where the page drops adopted sheets silently', () => {
    const html = document.documentElement.outerHTML;
    Object.defineProperty(document, 'adoptedStyleSheets', { get: () => [], set: () => {}, configurable: true });
    try {
      const remove = installStyleSheet(document, 'mark { color: blue; }');
      expect(document.querySelector('style[data-sourcelens]')?.textContent).toBe('mark { color: blue; }');
      remove();
      expect(document.documentElement.outerHTML).toBe(html);
    } finally {
      delete (document as unknown as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
    expect(Array.isArray(document.adoptedStyleSheets)).toBe(true);
  });

  it('falls back to a <style data-sourcelens> where constructable sheets are missing', () => {
    const html = document.documentElement.outerHTML;
    const original = Object.getOwnPropertyDescriptor(window, 'CSSStyleSheet');
    Object.defineProperty(window, 'CSSStyleSheet', { value: undefined, configurable: true, writable: true });
    try {
      const remove = installStyleSheet(document, 'mark { color: red; }');
      const style = document.querySelector('style[data-sourcelens]');
      expect(style?.textContent).toBe('mark { color: red; }');
      remove();
      expect(document.documentElement.outerHTML).toBe(html);
    } finally {
      if (original) Object.defineProperty(window, 'CSSStyleSheet', original);
    }
  });
});

describe('cards', () => {
  it('keyboard: a skip link is the first stop of Tab, goes to the first finding, and its position is announced', () => {
    open();
    const skipHost = document.body.firstElementChild!;
    expect(skipHost.getAttribute('data-sourcelens')).toBe('skip');
    const skip = shadowOf(skipHost).querySelector('button')!;
    expect(skip.textContent).toBe('Skip to the first finding');
    skip.click();
    expect((shadowOf(hostOf(document)).activeElement as HTMLElement).dataset.key).toBe('c1');
    const total = Object.values(EXPECTED_COUNTS).reduce((a, b) => a + b, 0);
    const status = shadowOf(hostOf(document)).querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe(`Finding 1 of ${total}`);
    // The card shows it too, with the keys that work on it.
    expect(cardOf(document)!.querySelector('.position')!.textContent).toBe(`Finding 1 of ${total}`);
    expect(cardOf(document)!.querySelector('.keys')!.textContent).toContain('N / P');
    targetFor(document, 'a2').focus();
    expect(status.textContent).toBe(`Finding 4 of ${total}`);
  });

  it('speak the interface language: a Ukrainian interface gives Ukrainian cards and accessible names', () => {
    const ukrainian: CardTranslate = (key, ...substitutions) => fillMessage(ukrainianMessages[key], substitutions);
    open({ translate: ukrainian });
    expect(targetFor(document, 'a1').getAttribute('aria-label')).toBe('Анонімне джерело: three sources familiar with the discussions … told');
    targetFor(document, 'a1').focus();
    const card = cardOf(document)!;
    expect(card.querySelector('h2')!.textContent).toBe('Анонімне джерело');
    expect(card.textContent).toContain('Ім\'я не назване; описане як «familiar with the discussions».');
    expect(card.textContent).toContain('Маркер цитуванняtold');
    expect(card.textContent).toContain(ukrainian('cardNoReason'));
    expect(card.querySelector('button.close')!.getAttribute('aria-label')).toBe('Закрити картку');
    expect(card.querySelector('button.pin')!.textContent).toBe('Закріпити');
    expect(card.querySelector('button.cite')!.textContent).toBe('Копіювати цитування');
    for (const english of ['Source', 'Type', 'Cue', 'Reason', 'No name is given', 'Pin', 'Copy citation', 'Close']) {
      expect(card.textContent, english).not.toContain(english);
    }
  });

  it('offer the panel\'s corrections, send them up, and show them once kept', () => {
    const made: Correction[] = [];
    const undone: string[] = [];
    const overlay = open({ onCorrect: (correction) => made.push(correction), onUndoCorrections: (id) => undone.push(id) });
    targetFor(document, 'a1').focus();
    let card = cardOf(document)!;
    expect(card.querySelector('[data-testid=card-corrected]')).toBeNull();
    expect(card.querySelector('summary')!.textContent).toBe('Correct');
    expect(card.querySelector('[data-testid=same-source]'), 'the card has no list of sources to merge with').toBeNull();
    const kind = card.querySelector('select[data-testid=kind]') as HTMLSelectElement;
    expect(kind.value).toBe('anonymous');
    kind.value = 'on-record';
    kind.dispatchEvent(new window.Event('change', { bubbles: true }));
    (card.querySelector('[data-testid=remove]') as HTMLButtonElement).click();
    const a1 = report.attributions.find((a) => a.id === 'a1')!;
    expect(made).toEqual([
      { finding: 'a1', text: a1.source.text, action: 'kind', kind: 'on-record' },
      { finding: 'a1', text: a1.source.text, action: 'remove' },
    ]);
    // Nothing changes until the keeper answers with the corrections it keeps.
    expect(cardOf(document)!.querySelector('h2')!.textContent).toBe('Anonymous source');

    overlay.setCorrections([made[0]]);
    card = cardOf(document)!;
    expect(card.querySelector('h2')!.textContent).toBe('On-record source');
    expect(card.querySelector('[data-testid=card-corrected]')!.textContent).toContain('Corrected by you.');
    expect((card.querySelector('select[data-testid=kind]') as HTMLSelectElement).value).toBe('on-record');
    (card.querySelector('[data-testid=card-corrected] button') as HTMLButtonElement).click();
    expect(undone).toEqual(['a1']);

    overlay.setCorrections(made);
    card = cardOf(document)!;
    expect(card.querySelector('[data-testid=card-corrected]')!.textContent).toContain('You marked this as not an attribution.');
    expect(card.querySelector('[data-testid=correct]'), 'a removed finding offers only the undo').toBeNull();

    // A condition's card offers "Not a condition" only.
    targetFor(document, 'c1').focus();
    card = cardOf(document)!;
    expect(card.querySelector('[data-testid=remove]')!.textContent).toBe('Not a condition');
    expect(card.querySelector('select')).toBeNull();
  });

  it('offer no corrections where no one keeps them', () => {
    open();
    targetFor(document, 'a1').focus();
    expect(cardOf(document)!.querySelector('[data-testid=correct]')).toBeNull();
  });

  it('close with their close button or Esc, and pinned stay while focus and the pointer move on', () => {
    open();
    targetFor(document, 'c1').focus();
    (cardOf(document)!.querySelector('button.close') as HTMLButtonElement).click();
    expect(cardOf(document)).toBeNull();

    targetFor(document, 'a1').focus();
    const pin = cardOf(document)!.querySelector('button.pin') as HTMLButtonElement;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    expect(cardOf(document)!.querySelector('button.close')!.getAttribute('aria-label')).toBe('Close card');
    pin.click();
    expect(cardOf(document)!.querySelector('button.pin')!.getAttribute('aria-pressed')).toBe('true');
    targetFor(document, 'a1').blur();
    document.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 5, clientY: 500 }));
    expect(cardOf(document)?.querySelector('h2')?.textContent).toBe('Anonymous source');
    // Esc (the reader's) closes it, pinned or not; the next card opens unpinned.
    document.dispatchEvent(trustedKeydown(window as unknown as Window, { key: 'Escape', bubbles: true }));
    expect(cardOf(document)).toBeNull();
    targetFor(document, 'a2').focus();
    expect(cardOf(document)!.querySelector('button.pin')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('go below (or above) the whole marked sentence, not over its lines', () => {
    // happy-dom has no layout: lines of 40 characters, 20 px high, from y = 100; a range covers the lines it spans.
    const LINE_CHARS = 40;
    const LINE_PX = 20;
    const firstParagraph = document.querySelector('article p')!;
    vi.spyOn(window.Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      if (!firstParagraph.contains(this.startContainer)) return [] as unknown as DOMRectList;
      const offsetOf = (node: Node, offset: number) => {
        let before = 0;
        const walker = document.createTreeWalker(firstParagraph, 4);
        for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode()) before += (text as Text).data.length;
        return before + offset;
      };
      const rects: DOMRect[] = [];
      const [from, to] = [offsetOf(this.startContainer, this.startOffset), offsetOf(this.endContainer, this.endOffset)];
      for (let line = Math.floor(from / LINE_CHARS); line <= Math.floor(Math.max(from, to - 1) / LINE_CHARS); line++) {
        const top = 100 + line * LINE_PX;
        rects.push({ left: 10, right: 400, top, bottom: top + LINE_PX, width: 390, height: LINE_PX } as DOMRect);
      }
      return rects as unknown as DOMRectList;
    });
    open();
    const sentence = report.attributions.find((a) => a.id === 'a1')!.sentence;
    const sentenceBottom = 100 + Math.ceil(sentence.text.length / LINE_CHARS) * LINE_PX;
    targetFor(document, 'a1').focus();
    const card = cardOf(document)!;
    const top = parseFloat(card.style.top);
    // Below: its top under the sentence's last line; above: its bottom (translateY(-100%)) over the first.
    if (card.style.transform.includes('-100%')) expect(top).toBeLessThanOrEqual(100);
    else expect(top).toBeGreaterThanOrEqual(sentenceBottom);
  });

  it('explain an anonymous attribution without a reason', () => {
    open();
    targetFor(document, 'a1').focus();
    const card = cardOf(document)!;
    expect(card.getAttribute('role')).toBe('tooltip');
    expect(card.querySelector('h2')!.textContent).toBe('Anonymous source');
    expect(card.textContent).toContain('No name is given; described as “familiar with the discussions”.');
    expect(card.textContent).toContain('a group of people');
    expect(card.textContent).toContain('Cuetold');
    expect(card.textContent).toContain(NO_REASON_TEXT);
    expect(targetFor(document, 'a1').getAttribute('aria-describedby')).toBe(card.id);
  });

  it('give the anonymity reason when the article states one', () => {
    open();
    targetFor(document, 'a3').focus();
    const card = cardOf(document)!;
    expect(card.textContent).toContain('Reasonbecause he was not authorised to speak publicly');
    expect(card.textContent).not.toContain(NO_REASON_TEXT);
    expect(card.textContent).toContain('Cited2 times in this article');
  });

  it('name an on-record source with its descriptor and its quote', () => {
    open();
    targetFor(document, 'a2').focus();
    const card = cardOf(document)!;
    expect(card.querySelector('h2')!.textContent).toBe('On-record source');
    expect(card.textContent).toContain("Named: Dmitry Peskov (Putin's spokesman).");
    expect(card.querySelector('q')!.textContent).toBe('“We are open to talks,”');
    expect(card.textContent).not.toContain('Reason');
  });

  it('for a quote, name who it is attributed to and why they are anonymous', () => {
    open();
    targetFor(document, 'a5/quote').focus();
    const card = cardOf(document)!;
    expect(card.querySelector('h2')!.textContent).toBe('Direct quote');
    expect(card.querySelector('.why')!.textContent).toBe('Attributed to he. “he” refers to A senior official. No name is given; described as “A senior official”.');
    expect(card.textContent).toContain(NO_REASON_TEXT);
    expect(card.textContent).not.toContain('Quote“');
  });

  it('resolve a pronoun source to the person it refers to', () => {
    open();
    targetFor(document, 'a5').focus();
    expect(cardOf(document)!.textContent).toContain('“he” refers to A senior official.');
  });

  it('say whose condition it is, or that nobody is credited with it', () => {
    open();
    targetFor(document, 'c2').focus();
    let card = cardOf(document)!;
    expect(card.querySelector('h2')!.textContent).toBe('Condition');
    expect(card.textContent).toContain('Markerif');
    expect(card.textContent).toContain("Set byPutin's spokesman Dmitry Peskov (on the record)");
    targetFor(document, 'c1').focus();
    card = cardOf(document)!;
    expect(card.textContent).toContain(`Set by${UNCREDITED_CONDITION_TEXT}`);
  });

  it('show HTML-looking page text literally, creating no element', () => {
    open();
    targetFor(document, 'a4').focus();
    const card = cardOf(document)!;
    expect(card.textContent).toContain('The <img src=x onerror=alert(1)> group');
    expect(card.querySelectorAll('img').length).toBe(0);
    expect(shadowOf(hostOf(document)).querySelectorAll('img').length).toBe(0);
    expect(targetFor(document, 'a4').getAttribute('aria-label')).toBe('Anonymous attribution: The <img src=x onerror=alert(1)> group … said');
  });

  it('give every mark a labelled focus target, close on Escape and on blur', () => {
    open();
    const buttons = shadowOf(hostOf(document)).querySelectorAll('button');
    expect(buttons.length).toBe(Object.values(EXPECTED_COUNTS).reduce((a, b) => a + b, 0));
    const target = targetFor(document, 'a1');
    expect(target.getAttribute('aria-label')).toBe('Anonymous attribution: three sources familiar with the discussions … told');
    target.focus();
    expect(cardOf(document)).not.toBeNull();
    // A page script's Escape (not trusted) leaves the card open; the reader's closes it.
    document.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardOf(document)).not.toBeNull();
    document.dispatchEvent(trustedKeydown(window as unknown as Window, { key: 'Escape', bubbles: true }));
    expect(cardOf(document)).toBeNull();
    targetFor(document, 'c1').focus();
    expect(cardOf(document)).not.toBeNull();
    targetFor(document, 'c1').blur();
    expect(cardOf(document)).toBeNull();
  });

  it('live in a closed shadow root: the page gets null from host.shadowRoot while a card is open', () => {
    open();
    targetFor(document, 'a1').focus();
    expect(cardOf(document)).not.toBeNull();
    expect(hostOf(document).shadowRoot).toBeNull();
    expect(shadowOf(hostOf(document)).mode).toBe('closed');
  });

  it('live in one shadow root on the documentElement, with styles inside it', () => {
    open();
    const host = hostOf(document);
    expect(host.parentElement).toBe(document.documentElement);
    expect(shadowOf(host).querySelector('style')!.textContent).toContain('all: initial');
    expect(document.head.querySelector('style')).toBeNull();
  });
});
