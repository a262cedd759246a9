// @vitest-environment happy-dom
/**
 * The overlay drawn in slices (`createOverlayInSlices`, `Overlay.show`) on
 * the bundled sample and on a long article made of its paragraphs repeated:
 * the same marks, counts, focus targets and DOM as the synchronous
 * `createOverlay`; an abandoned drawing leaves the page exactly as found;
 * and the drawing job pauses at least once per `MARKS_PER_PAUSE` marks.
 *
 * Pauses are counted, never timed: with `budgetMs: 0` every pause of the job
 * gives the page its turn, through a counting `scheduler.yield` installed on
 * the window (which `runInSlices` prefers to a timer).
 */
import { catchShadowRoots, shadowOf } from './own-roots';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { extractArticle } from '../../src/page/extract/index';
import type { ArticleText } from '../../src/page/extract/types';
import { MARKS_PER_PAUSE } from '../../src/page/overlay/highlight';
import { createOverlay, createOverlayInSlices, PAINT_MARGIN_VIEWPORTS, type Overlay, type OverlayOptions } from '../../src/page/overlay/index';
import { TARGETS_PER_FRAME } from '../../src/page/overlay/drawing';
import { layOutTextInRows } from './layout-double';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = readFileSync(path.join(repoRoot, 'samples/seed-unn-putin-conditions.html'), 'utf8');

/** Rows of text in the layout double (px). */
const ROW_HEIGHT_PX = 30;

/** Copies of the sample's article body (~2,900 characters each) in the long article: about 100k characters of text. */
const LONG_ARTICLE_COPIES = 34;

/** The sample with its article body (lead to last paragraph) repeated `copies` times. */
function pageWithCopies(copies: number): string {
  const start = SAMPLE.indexOf('<p class="lead">');
  const end = SAMPLE.indexOf('<section class="tags">');
  if (start < 0 || end < start) throw new Error('the bundled sample changed: no article body to repeat');
  return SAMPLE.slice(0, start) + SAMPLE.slice(start, end).repeat(copies) + SAMPLE.slice(end);
}

function analyserReady(): boolean {
  try {
    analyse('Peskov said so.');
    return true;
  } catch (error) {
    console.warn(`overlay-slices: skipped, the analyser is not built yet (${String(error)})`);
    return false;
  }
}

// A test double of the Custom Highlight API (happy-dom has none).
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

function installHighlightDouble(): void {
  registry = new Map();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  (window as unknown as { Highlight?: unknown }).Highlight = FakeHighlight;
}

function removeHighlightDouble(): void {
  delete (window as unknown as { CSS?: unknown }).CSS;
  delete (window as unknown as { Highlight?: unknown }).Highlight;
}

/**
 * Counts the pauses of a sliced job run with `budgetMs: 0`, calling `atPause`
 * at each: the page's turns (`scheduler.yield`) and the waits for a rendered
 * frame (`requestAnimationFrame`), which `runInSlices` uses after a job's
 * larger changes to the page.
 */
function countPauses(atPause: (pause: number) => void = () => {}): { pauses: () => number; restore: () => void } {
  let pauses = 0;
  const win = window as unknown as { scheduler?: unknown; requestAnimationFrame: (callback: () => void) => number };
  const pageFrame = win.requestAnimationFrame;
  win.scheduler = {
    yield: () => {
      atPause(++pauses);
      return Promise.resolve();
    },
  };
  win.requestAnimationFrame = (callback) => {
    atPause(++pauses);
    return window.setTimeout(callback, 0) as unknown as number;
  };
  return {
    pauses: () => pauses,
    restore: () => {
      delete win.scheduler;
      win.requestAnimationFrame = pageFrame;
    },
  };
}

function textNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** What must be identical after the overlay leaves: markup, node identities, style sheets, highlights. */
function snapshot() {
  const nodes = textNodes();
  return { html: document.documentElement.outerHTML, nodes, sheets: [...document.adoptedStyleSheets] };
}

function expectAsFound(before: ReturnType<typeof snapshot>): void {
  const after = snapshot();
  expect(after.html).toBe(before.html);
  expect(after.nodes.length).toBe(before.nodes.length);
  after.nodes.forEach((node, index) => expect(node).toBe(before.nodes[index]));
  expect(after.sheets).toEqual(before.sheets);
  expect(document.querySelectorAll('[data-sourcelens]').length).toBe(0);
  if (registry) expect(registry.size).toBe(0);
}

function shadow(): ShadowRoot | null {
  const host = document.documentElement.querySelector(':scope > [data-sourcelens]');
  return host ? shadowOf(host) : null;
}

/**
 * Everything of ours that shows: the page's markup (with `<mark>`s), our shadow root's, the highlights' ranges
 * (by stem: each drawing registers them under a random name of its own).
 */
function drawnState(overlay: Overlay) {
  const stem = (name: string) => name.replace(/-[0-9a-f]{16}$/, '');
  const highlights = registry
    ? [...registry].map(([name, ranges]) => [stem(name), [...ranges].map((range) => `${range.startOffset}:${(range as Range).toString()}`)])
    : [];
  return {
    counts: overlay.counts(),
    html: document.documentElement.outerHTML,
    layer: shadow()?.innerHTML ?? null,
    targets: Array.from(shadow()?.querySelectorAll('button.target') ?? []).map((button) => button.getAttribute('data-key')),
    highlights,
  };
}

function loadPage(html: string): ArticleText {
  document.open();
  document.write(html);
  document.close();
  const article = extractArticle(document);
  expect(article).not.toBeNull();
  return article!;
}

describe.skipIf(!analyserReady())('the overlay drawn in slices', () => {
  const errors: unknown[] = [];
  const options: OverlayOptions = { onError: (error) => errors.push(error) };
  let overlays: Overlay[] = [];

  beforeEach(() => {
    catchShadowRoots(window as unknown as Window);
    errors.length = 0;
    overlays = [];
  });

  afterEach(() => {
    for (const overlay of overlays) overlay.destroy();
    vi.restoreAllMocks();
    removeHighlightDouble();
    registry = undefined as unknown as Map<string, FakeHighlight>;
    expect(errors).toEqual([]);
  });

  /** The sliced drawing's state, then the synchronous one's, on the same page. */
  async function bothWays(html: string, extra: OverlayOptions = {}) {
    const article = loadPage(html);
    // Text nodes 30 px apart: on the long article, only the marks near the first screen are painted.
    layOutTextInRows(document, ROW_HEIGHT_PX);
    const report: Report = analyse(article.text, { language: article.language ?? undefined });
    const before = snapshot();
    const sliced = await createOverlayInSlices(document, article, report, { ...options, ...extra, budgetMs: 0 });
    overlays.push(sliced);
    const slicedState = drawnState(sliced);
    sliced.destroy();
    expectAsFound(before);
    const whole = createOverlay(document, article, report, { ...options, ...extra });
    overlays.push(whole);
    return { report, sliced: slicedState, whole: drawnState(whole) };
  }

  for (const [name, copies] of [['the bundled sample', 1], ['a long article (the sample repeated)', LONG_ARTICLE_COPIES]] as const) {
    it(`${name}: the same marks, counts, focus targets and DOM as createOverlay (<mark> fallback)`, async () => {
      const { report, sliced, whole } = await bothWays(pageWithCopies(copies));
      expect(sliced).toEqual(whole);
      expect(sliced.counts.anonymous + sliced.counts.onRecord).toBe(report.attributions.length);
      expect(sliced.counts.condition).toBe(report.conditions.length);
      expect(sliced.targets.length).toBe(Object.values(sliced.counts).reduce((sum, count) => sum + count, 0));
      expect(sliced.html).toContain('<mark data-sourcelens');
    });

    it(`${name}: the same with the Highlight API (test double)`, async () => {
      installHighlightDouble();
      const { sliced, whole } = await bothWays(pageWithCopies(copies));
      expect(sliced).toEqual(whole);
      expect(sliced.highlights.flatMap(([, ranges]) => ranges).length).toBeGreaterThan(0);
      expect(sliced.html).not.toContain('<mark data-sourcelens');
    });
  }

  it('paints only the marks near the viewport, and those the reader scrolls to', async () => {
    installHighlightDouble();
    const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
    const report = analyse(article.text, { language: article.language ?? undefined });
    layOutTextInRows(document, ROW_HEIGHT_PX);
    const overlay = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    overlays.push(overlay);
    const painted = () => [...registry].flatMap(([, ranges]) => [...ranges] as Range[]);
    /** Every painted range lies within PAINT_MARGIN_VIEWPORTS of the viewport (the double's rects are relative to it). */
    const expectNearViewport = (ranges: Range[]) => {
      const margin = window.innerHeight * PAINT_MARGIN_VIEWPORTS;
      for (const range of ranges) {
        const { top, bottom } = range.getBoundingClientRect();
        expect(bottom).toBeGreaterThanOrEqual(-margin);
        expect(top).toBeLessThanOrEqual(window.innerHeight + margin);
      }
    };
    const scrollTo = async (y: number) => {
      window.scrollTo(0, y);
      document.dispatchEvent(new window.Event('scroll'));
      await new Promise((resolve) => window.requestAnimationFrame(() => resolve(undefined)));
    };
    const marks = Object.values(overlay.counts()).reduce((sum, count) => sum + count, 0);
    expect(marks).toBe(shadow()!.querySelectorAll('button.target').length);
    const atTop = painted();
    expect(atTop.length).toBeGreaterThan(0);
    expect(atTop.length).toBeLessThan(marks / 4);
    expectNearViewport(atTop);

    // Far down the article: the marks there are painted, those left behind are not; the page has
    // meanwhile shortened text there, which painting takes as it is now (errors would reach onError).
    const nodes = textNodes();
    for (const node of nodes.slice(Math.floor(nodes.length * 0.55), Math.floor(nodes.length * 0.65))) node.data = node.data.slice(0, 2);
    await scrollTo(nodes.length * ROW_HEIGHT_PX * 0.6);
    expect(window.scrollY).toBeGreaterThan(0);
    const further = painted();
    expect(further.length).toBeGreaterThan(0);
    expectNearViewport(further);
    for (const range of atTop) expect(further).not.toContain(range);
    // Every mark still counts, has its focus target and can be stepped to.
    expect(Object.values(overlay.counts()).reduce((sum, count) => sum + count, 0)).toBe(marks);

    await scrollTo(0);
    expect(painted().map((range) => range.toString())).toEqual(atTop.map((range) => range.toString()));
    overlay.setVisible(false);
    expect(registry.size).toBe(0);
  });

  it('the long article is long: ~100k characters, hundreds of marks', () => {
    const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
    const report = analyse(article.text, { language: article.language ?? undefined });
    expect(article.text.length).toBeGreaterThan(90_000);
    expect(report.attributions.length + report.conditions.length).toBeGreaterThan(10 * MARKS_PER_PAUSE);
  });

  for (const drawWith of ['<mark> fallback', 'Highlight API'] as const) {
    it(`${drawWith}: aborting mid-way leaves the DOM exactly as found, at once, and the promise rejects`, async () => {
      if (drawWith === 'Highlight API') installHighlightDouble();
      const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
      const report = analyse(article.text, { language: article.language ?? undefined });
      const before = snapshot();
      // Abort at several points of the job: while anchoring, drawing, measuring, adding targets.
      const whole = createOverlay(document, article, report, options);
      const totalMarks = Object.values(whole.counts()).reduce((sum, count) => sum + count, 0);
      whole.destroy();
      const pausesInAll = Math.ceil((4 * totalMarks) / MARKS_PER_PAUSE);
      for (const abortAt of [1, Math.floor(pausesInAll / 4), Math.floor(pausesInAll / 2), Math.floor((3 * pausesInAll) / 4)]) {
        const controller = new AbortController();
        let reached = false;
        const pauses = countPauses((pause) => {
          if (pause !== abortAt) return;
          reached = true;
          controller.abort(new Error('stale'));
          // Gone at once, not at the next slice.
          expectAsFound(before);
        });
        const drawing = createOverlayInSlices(document, article, report, { ...options, signal: controller.signal, budgetMs: 0 });
        await expect(drawing).rejects.toThrow('stale');
        pauses.restore();
        expect(reached, `abort at pause ${abortAt}`).toBe(true);
        expectAsFound(before);
      }
    });
  }

  it('an abort mid-way really had something drawn to undo', async () => {
    const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const before = snapshot();
    const controller = new AbortController();
    let marksWhenAborted = 0;
    let buttonsWhenAborted = 0;
    const pauses = countPauses(() => {
      buttonsWhenAborted = shadow()?.querySelectorAll('button.target').length ?? 0;
      // Half the focus targets placed: every mark drawn, so the page is at its most changed.
      if (buttonsWhenAborted > 0 && !controller.signal.aborted) {
        marksWhenAborted = document.querySelectorAll('mark[data-sourcelens]').length;
        controller.abort(new Error('stale'));
      }
    });
    await expect(createOverlayInSlices(document, article, report, { ...options, signal: controller.signal, budgetMs: 0 })).rejects.toThrow('stale');
    pauses.restore();
    expect(marksWhenAborted).toBeGreaterThan(0);
    expect(buttonsWhenAborted).toBeGreaterThan(0);
    expectAsFound(before);
  });

  for (const drawWith of ['<mark> fallback', 'Highlight API'] as const) {
    it(`${drawWith}: setVisible(false) then show() in slices restores the same marks`, async () => {
      if (drawWith === 'Highlight API') installHighlightDouble();
      const article = loadPage(pageWithCopies(4));
      const report = analyse(article.text, { language: article.language ?? undefined });
      const before = snapshot();
      const overlay = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
      overlays.push(overlay);
      const first = drawnState(overlay);
      overlay.setVisible(false);
      expectAsFound(before);
      const pauses = countPauses();
      expect(await overlay.show({ budgetMs: 0 })).toBe(true);
      pauses.restore();
      expect(pauses.pauses()).toBeGreaterThan(0);
      expect(drawnState(overlay)).toEqual(first);
      // Shown already: at once, nothing drawn twice.
      expect(await overlay.show()).toBe(true);
      expect(drawnState(overlay)).toEqual(first);
    });
  }

  it('setVisible(false) during show() takes it all off and show() resolves false; setVisible(true) finishes a sliced drawing at once', async () => {
    const article = loadPage(pageWithCopies(4));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const before = snapshot();
    const overlay = createOverlay(document, article, report, options);
    overlays.push(overlay);
    const whole = drawnState(overlay);
    overlay.setVisible(false);
    let hideAt = 3;
    const pauses = countPauses((pause) => pause === hideAt && overlay.setVisible(false));
    expect(await overlay.show({ budgetMs: 0 })).toBe(false);
    expectAsFound(before);
    // The same, but the reader turns it on in one go meanwhile: the sliced drawing is finished there and then.
    hideAt = -1;
    let finishedAt = 0;
    const finishing = countPauses((pause) => {
      if (pause !== 5) return;
      overlay.setVisible(true);
      finishedAt = pause;
      expect(drawnState(overlay)).toEqual(whole);
    });
    expect(await overlay.show({ budgetMs: 0 })).toBe(true);
    finishing.restore();
    pauses.restore();
    expect(finishedAt).toBe(5);
    expect(drawnState(overlay)).toEqual(whole);
  });

  it('hidden by the reader while createOverlayInSlices draws: resolves with an overlay that shows again', async () => {
    const article = loadPage(pageWithCopies(4));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const before = snapshot();
    let hideAgain: (() => void) | null = null;
    const pauses = countPauses((pause) => pause === 6 && hideAgain?.());
    const drawing = createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    const registered = () => (document as unknown as Record<symbol, Overlay | undefined>)[Symbol.for('sourcelens.overlay')];
    hideAgain = () => registered()?.setVisible(false);
    const overlay = await drawing;
    pauses.restore();
    overlays.push(overlay);
    expectAsFound(before);
    expect(overlay.counts()).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    expect(await overlay.show()).toBe(true);
    expect(overlay.counts().anonymous).toBeGreaterThan(0);
    expect(registered()).toBe(overlay);
  });

  it('a drawing that fails part-way: the error goes to onError, nothing is left, and the overlay does nothing', async () => {
    const article = loadPage(pageWithCopies(4));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const before = snapshot();
    const createElement = document.createElement.bind(document);
    let made = 0;
    vi.spyOn(document, 'createElement').mockImplementation((name: string, ...rest: unknown[]) => {
      if (name === 'mark' && ++made > 40) throw new Error('no more marks');
      return (createElement as (name: string, ...rest: unknown[]) => HTMLElement)(name, ...rest);
    });
    const failures: unknown[] = [];
    const overlay = await createOverlayInSlices(document, article, report, { onError: (error) => failures.push(error), budgetMs: 0 });
    expect(failures.map(String)).toEqual(['Error: no more marks']);
    expectAsFound(before);
    expect(await overlay.show()).toBe(false);
    expect(overlay.counts()).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
  });

  it('every change a sliced drawing makes to the page happens inside options.ownWork (a page watcher never sees our marks)', async () => {
    const article = loadPage(pageWithCopies(4));
    const report = analyse(article.text, { language: article.language ?? undefined });
    // A watcher like the content script's: records taken before and after our work are dropped, any others are "the page's".
    let seenOutside = 0;
    let steps = 0;
    const observer = new window.MutationObserver((records) => (seenOutside += records.length));
    observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true, attributes: true });
    const ownWork = <T,>(work: () => T): T => {
      seenOutside += observer.takeRecords().length;
      steps++;
      try {
        return work();
      } finally {
        observer.takeRecords();
      }
    };
    const overlay = await createOverlayInSlices(document, article, report, { ...options, ownWork, budgetMs: 0 });
    overlays.push(overlay);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(document.querySelectorAll('mark[data-sourcelens]').length).toBeGreaterThan(0);
    expect(steps).toBeGreaterThan(10);
    expect(seenOutside).toBe(0);
  });

  it('a newer createOverlay during a sliced drawing replaces it: one layer, the newer marks only', async () => {
    const article = loadPage(pageWithCopies(4));
    const report = analyse(article.text, { language: article.language ?? undefined });
    let newer: Overlay | null = null;
    const pauses = countPauses((pause) => {
      if (pause === 10) newer = createOverlay(document, article, report, { ...options, kinds: ['condition'] });
    });
    const older = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    pauses.restore();
    overlays.push(older, newer!);
    expect(newer).not.toBeNull();
    expect(older.counts()).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    expect(document.documentElement.querySelectorAll(':scope > [data-sourcelens]').length).toBe(1);
    expect(new Set(Array.from(document.querySelectorAll('mark[data-sourcelens]')).map((mark) => mark.getAttribute('data-sourcelens')))).toEqual(
      new Set(['condition']),
    );
  });

  it('pauses at least once per MARKS_PER_PAUSE marks drawn, focus targets added and layout reads', async () => {
    installHighlightDouble();
    const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const reads = vi.spyOn(window.Range.prototype, 'getClientRects');
    const ranges = vi.spyOn(document, 'createRange');
    const progressNow = () => ({
      ranges: ranges.mock.calls.length,
      targets: shadow()?.querySelectorAll('button.target').length ?? 0,
      reads: reads.mock.calls.length,
    });
    const progress = [progressNow()];
    const pauses = countPauses(() => progress.push(progressNow()));
    const overlay = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    overlays.push(overlay);
    pauses.restore();
    progress.push(progressNow());
    const marks = Object.values(overlay.counts()).reduce((sum, count) => sum + count, 0);
    expect(marks).toBeGreaterThan(10 * MARKS_PER_PAUSE);
    expect(progress[progress.length - 1].targets).toBe(marks);
    // Anchoring, drawing, measuring and adding targets each pause once per MARKS_PER_PAUSE marks.
    expect(pauses.pauses()).toBeGreaterThanOrEqual(Math.floor((4 * marks) / MARKS_PER_PAUSE) - 4);
    // A mark is a source and a cue, or a quote or clause across a few inline elements: a few boxes at most.
    const maxBoxesPerMark = 8;
    for (let index = 1; index < progress.length; index++) {
      const [from, to] = [progress[index - 1], progress[index]];
      expect(to.ranges - from.ranges).toBeLessThanOrEqual(MARKS_PER_PAUSE * maxBoxesPerMark);
      expect(to.targets - from.targets).toBeLessThanOrEqual(MARKS_PER_PAUSE);
      // measureMark reads each box's rects once.
      expect(to.reads - from.reads).toBeLessThanOrEqual(MARKS_PER_PAUSE * maxBoxesPerMark);
    }
  });

  /**
   * Draws `html`'s article in slices with the Highlight API double, noting at
   * each pause how many ranges are painted and focus targets placed.
   */
  async function paintAndTargetsAtEachPause(html: string) {
    installHighlightDouble();
    const article = loadPage(html);
    layOutTextInRows(document, ROW_HEIGHT_PX);
    const report = analyse(article.text, { language: article.language ?? undefined });
    const progressNow = () => ({
      painted: [...registry.values()].reduce((sum, ranges) => sum + ranges.size, 0),
      targets: shadow()?.querySelectorAll('button.target').length ?? 0,
    });
    const progress: ReturnType<typeof progressNow>[] = [];
    const pauses = countPauses(() => progress.push(progressNow()));
    const overlay = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    overlays.push(overlay);
    pauses.restore();
    const marks = Object.values(overlay.counts()).reduce((sum, count) => sum + count, 0);
    const firstPainted = progress.findIndex((step) => step.painted > 0);
    return { progress, marks, firstPainted, end: progressNow() };
  }

  it('places the focus targets of all frames but the last before it paints the marks near the viewport (no frame before the last adds targets while marks are shown)', async () => {
    const { progress, marks, firstPainted, end } = await paintAndTargetsAtEachPause(pageWithCopies(LONG_ARTICLE_COPIES));
    const lastFrameFrom = Math.floor((marks - 1) / TARGETS_PER_FRAME) * TARGETS_PER_FRAME;
    expect(lastFrameFrom).toBeGreaterThan(0);
    // The targets come in several frames with nothing painted meanwhile; then the marks near the viewport, then the last frame's targets.
    expect(progress.filter((step) => step.targets > 0 && step.targets < lastFrameFrom).length).toBeGreaterThan(1);
    expect(progress.filter((step) => step.painted > 0 && step.targets < lastFrameFrom)).toEqual([]);
    expect(progress[firstPainted].targets).toBe(lastFrameFrom);
    expect(end).toEqual({ painted: progress[firstPainted].painted, targets: marks });
  });

  it('paints the marks of a short article before it places their focus targets (the reader sees them first)', async () => {
    const { progress, marks, firstPainted, end } = await paintAndTargetsAtEachPause(SAMPLE);
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(TARGETS_PER_FRAME);
    expect(firstPainted).toBeGreaterThan(0);
    expect(progress[firstPainted].targets).toBe(0);
    expect(end).toEqual({ painted: progress[firstPainted].painted, targets: marks });
  });

  it('the <mark> fallback pauses at least once per MARKS_PER_PAUSE text nodes wrapped', async () => {
    const article = loadPage(pageWithCopies(LONG_ARTICLE_COPIES));
    const report = analyse(article.text, { language: article.language ?? undefined });
    const progress: number[] = [];
    const pauses = countPauses(() => progress.push(document.querySelectorAll('mark[data-sourcelens]').length));
    const overlay = await createOverlayInSlices(document, article, report, { ...options, budgetMs: 0 });
    overlays.push(overlay);
    pauses.restore();
    progress.push(document.querySelectorAll('mark[data-sourcelens]').length);
    // One text node holds at most a paragraph's marks, nested at most four deep: bound the elements one node makes.
    const maxElementsPerNode = 4 * 16;
    for (let index = 1; index < progress.length; index++) {
      expect(progress[index] - progress[index - 1]).toBeLessThanOrEqual(MARKS_PER_PAUSE * maxElementsPerNode);
    }
    expect(progress.filter((count, index) => index > 0 && count > progress[index - 1]).length).toBeGreaterThan(5);
  });
});
