/**
 * The in-page overlay: marks a Report's findings where the article is read,
 * and explains each in a card on hover or keyboard focus.
 *
 *   const article = extractArticle(document);
 *   const report = analyse(article.text, { language: article.language ?? undefined });
 *   const overlay = createOverlay(document, article, report, { onError });
 *   overlay.counts();          // { anonymous, onRecord, condition, quote } marked on the page
 *   overlay.focusFinding('a3'); // scroll to the mark and flash it; false for an unknown id
 *   overlay.setVisible(false); // every mark and card gone, the DOM exactly as found
 *   overlay.destroy();         // the same, for good, listeners included
 *
 * On a long article, draw in slices so that no task blocks the page:
 *
 *   const overlay = await createOverlayInSlices(document, article, report, { signal }); // rejects when aborted
 *   overlay.setVisible(false);  // immediate
 *   await overlay.show();       // drawn again in slices; true once every mark and focus target is in place
 *
 * Both entry points run the same drawing job (`runToEnd` or `runInSlices`).
 * A second `createOverlay` on the same document destroys the first. No
 * method throws: errors go to `options.onError` (or the console).
 */
import type { ArticleText } from '../extract/types';
import type { Report, Span } from '../../core/types';
import { anchorSpan, describeSpan, findQuote, type TextQuoteSelector } from './anchor';
import { describeMark, markLabel } from './card';
import {
  drawWithElements,
  drawWithHighlights,
  highlightApiOf,
  installStyleSheet,
  MARKS_PER_PAUSE,
  OVERLAY_PAINT,
  type AnchoredMark,
  type Drawing,
  type DrawnMark,
} from './highlight';
import { firstRect, HIT_SLOP_PX, HitIndex, measureMark, type MarkGeometry, type VerticalExtent } from './geometry';
import { createLayer, type Layer, type OpenCard } from './layer';
import { AFTER_NEXT_FRAME, runInSlices, runToEnd, type SlicedJob } from '../slices';
import { MARK_KINDS, markForFinding, markLength, marksFromReport, type Mark, type MarkKind } from './marks';
import { CARD_LAYOUT, fallbackCss, highlightCss, type ColourScheme } from './styles';

export type { TextQuoteSelector } from './anchor';
export { describeSpan, findQuote } from './anchor';
export type { MarkKind } from './marks';
export { MARK_KINDS };
export { COLOUR_SCHEME_NAMES, COLOUR_SCHEMES, MARK_STYLES, type ColourScheme } from './styles';

/** Numbers of findings of each kind that are marked on the page. */
export type MarkCounts = Record<MarkKind, number>;

export interface Overlay {
  /** The marks drawn, by kind (while a drawing in slices is under way: those drawn so far). */
  counts(): MarkCounts;
  /** Scrolls to the mark of attribution `a…` or condition `c…` and flashes it; false when the id is unknown or not on the page. */
  focusFinding(id: string): boolean;
  /**
   * Moves the keyboard to the next or previous marked finding in text order
   * (only those of `kind` when given), from the one whose card is open or the
   * last one stepped to; wraps round. Focuses its target, which opens its
   * card (and so screen readers announce it), and scrolls it into view.
   * Returns the mark's key, or null when there is none to go to.
   */
  step(direction: StepDirection, kind?: MarkKind): string | null;
  /**
   * false: every mark and card removed at once, the DOM as found; true: drawn
   * again in one go (or a drawing in slices still under way finished in one go).
   */
  setVisible(on: boolean): void;
  /**
   * Draws again in slices, yielding to the page between them (a long article
   * never blocks it). Resolves true once every mark is drawn and its focus
   * target placed (at once when already shown); false when the drawing was
   * abandoned (`signal`, `setVisible(false)`, `destroy`) or failed, in which
   * case nothing of ours is left in the page. Never rejects.
   */
  show(options?: ShowOptions): Promise<boolean>;
  destroy(): void;
}

/** How a drawing in slices runs. */
export interface ShowOptions {
  /** Aborting it abandons the drawing: everything drawn so far leaves the page at once. */
  signal?: AbortSignal;
  /** Time per slice (ms); default `SLICE_BUDGET_MS` of `slices.ts`. */
  budgetMs?: number;
}

/** Options of `createOverlayInSlices`: those of `createOverlay`, and how the slices run (its promise rejects with the signal's reason when aborted). */
export interface SlicedOverlayOptions extends OverlayOptions, ShowOptions {}

export interface OverlayOptions {
  /** Receives every error caught in the overlay's code (default: `console.warn`). */
  onError?: (error: unknown) => void;
  /** Wrap marks in `<mark>` elements even where the Custom Highlight API exists (tests, browsers with a broken API). */
  forceFallback?: boolean;
  /** The kinds of mark to draw (the reader's settings); default all. Findings of other kinds stay in the Report. */
  kinds?: readonly MarkKind[];
  /** The marks' colours (the reader's settings); default `default`. */
  scheme?: ColourScheme;
  /** Classroom mode: cards explain each kind of finding in plain words for students. */
  classroom?: boolean;
  /**
   * Runs each step of the overlay's own work on the page between two pauses
   * of a drawing (the caller wraps whole calls such as `setVisible` itself).
   * A page watcher passes its `ignoring`, so that the `<mark>`s of a drawing
   * in slices, made over many tasks, are never taken for the page's changes.
   */
  ownWork?: <T>(work: () => T) => T;
}

export type StepDirection = 'next' | 'previous';

/**
 * Keys that step through findings while the keyboard is on one of our marks
 * (Tab reaches them): only there, so the page's own shortcuts and typing are
 * never taken.
 */
export const STEP_KEYS: Readonly<Record<string, { direction: StepDirection; kind?: MarkKind }>> = {
  n: { direction: 'next' },
  p: { direction: 'previous' },
  a: { direction: 'next', kind: 'anonymous' },
};

/** Copies the focused mark's finding as a citation: the keyboard's way to the card's "Copy citation" button. */
export const COPY_CITATION_KEY = 'c';

/** Focus targets added or moved between two renderings of the page (a multiple of MARKS_PER_PAUSE): tens of thousands at once make one long style and layout task. */
export const TARGETS_PER_FRAME = 8 * MARKS_PER_PAUSE;

/**
 * Marks are painted (Highlight API) this many viewport heights above and
 * below the viewport, so that scrolling finds them painted already; the rest
 * are drawn but uncoloured until the reader nears them.
 */
export const PAINT_MARGIN_VIEWPORTS = 1;

/** At most one hover check, and one re-layout, per this many milliseconds. */
export const POINTER_THROTTLE_MS = 50;
/** How long a card stays open after the pointer leaves its mark, so the pointer can reach the card. */
export const CARD_CLOSE_DELAY_MS = 250;
export { HIT_SLOP_PX };

/** Where the current overlay of a document is kept: `Symbol.for`, so a re-injected copy of this module finds it too. */
const REGISTRY_KEY = Symbol.for('sourcelens.overlay');
type Registered = { [REGISTRY_KEY]?: Overlay };

function reportErrorTo(options: OverlayOptions): (error: unknown) => void {
  return (error) => {
    try {
      if (options.onError) options.onError(error);
      else console.warn('[SourceLens overlay]', error);
    } catch {
      // The error handler itself failed: nothing more we can safely do.
    }
  };
}

/**
 * The Report's spans moved into `article.text`. They are the same offsets when
 * the Report was made from this text (the usual case); otherwise each span is
 * found again by its quote, and left out when it no longer occurs.
 */
function spansInArticle(article: ArticleText, report: Report, spans: Span[]): Span[] {
  if (report.article.text === article.text) return spans;
  const found: Span[] = [];
  for (const span of spans) {
    const range = findQuote(article, describeSpan(report.article, span), span.start);
    if (range) found.push({ text: article.text.slice(range.start, range.end), ...range });
  }
  return found;
}

/** The Report's marks, their spans in `article.text`, made a few findings at a time (a long article has thousands). */
function* marksInArticleJob(article: ArticleText, report: Report): SlicedJob<Mark[]> {
  const marks: Mark[] = [];
  const add = (attributions: Report['attributions'], conditions: Report['conditions']) => {
    for (const mark of marksFromReport({ ...report, attributions, conditions })) {
      marks.push({ ...mark, spans: spansInArticle(article, report, mark.spans) });
    }
  };
  // Attributions (with their quotes) first, then conditions: the order of `marksFromReport`.
  for (let from = 0; from < report.attributions.length; from += MARKS_PER_PAUSE) {
    add(report.attributions.slice(from, from + MARKS_PER_PAUSE), []);
    yield;
  }
  for (let from = 0; from < report.conditions.length; from += MARKS_PER_PAUSE) {
    add([], report.conditions.slice(from, from + MARKS_PER_PAUSE));
    yield;
  }
  return marks;
}

/** The Report's marks, their spans in `article.text`. */
function marksInArticle(article: ArticleText, report: Report): Mark[] {
  return runToEnd(marksInArticleJob(article, report));
}

/**
 * The quote selectors of every mark's spans, by mark key ("a3", "a3/quote",
 * "c1"): what a caller keeps to find the findings again with `findQuote` once
 * the page has re-rendered and offsets no longer hold.
 */
export function describeFindings(article: ArticleText, report: Report): Map<string, TextQuoteSelector[]> {
  return new Map(
    marksInArticle(article, report).map((mark) => [mark.key, mark.spans.map((span) => describeSpan(article, span))]),
  );
}

function zeroCounts(): MarkCounts {
  return { anonymous: 0, onRecord: 0, condition: 0, quote: 0 };
}

/** Leading and trailing throttle on the document's timers, cancelled by `signal`. */
function throttle<A extends unknown[]>(win: Window, waitMs: number, signal: AbortSignal, run: (...args: A) => void) {
  let last = -Infinity;
  let timer: ReturnType<Window['setTimeout']> | null = null;
  let pending: A | null = null;
  signal.addEventListener('abort', () => timer !== null && win.clearTimeout(timer), { once: true });
  const fire = () => {
    timer = null;
    last = Date.now();
    const args = pending;
    pending = null;
    if (args && !signal.aborted) run(...args);
  };
  return (...args: A) => {
    pending = args;
    if (timer !== null) return;
    const wait = waitMs - (Date.now() - last);
    if (wait <= 0) fire();
    else timer = win.setTimeout(fire, wait);
  };
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    x >= rect.left - HIT_SLOP_PX &&
    x <= rect.right + HIT_SLOP_PX &&
    y >= rect.top - HIT_SLOP_PX &&
    y <= rect.bottom + HIT_SLOP_PX
  );
}

/** Below the mark, or above it when there is no room below; kept inside the viewport horizontally. */
function cardPosition(win: Window, rect: DOMRect | null): OpenCard['position'] {
  const anchor = rect ?? ({ top: 0, bottom: 0, left: 0 } as DOMRect);
  const roomBelow = win.innerHeight - anchor.bottom;
  const above = roomBelow < CARD_LAYOUT.estimatedHeight + CARD_LAYOUT.gap && anchor.top > roomBelow;
  const maxLeft = win.innerWidth - CARD_LAYOUT.maxWidth - CARD_LAYOUT.margin;
  const left = Math.max(CARD_LAYOUT.margin, Math.min(anchor.left, maxLeft));
  return {
    top: (above ? anchor.top - CARD_LAYOUT.gap : anchor.bottom + CARD_LAYOUT.gap) + win.scrollY,
    left: left + win.scrollX,
    above,
  };
}

function prefersReducedMotion(win: Window): boolean {
  try {
    return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

/** The overlay that does nothing, returned when making a real one failed. */
function inertOverlay(): Overlay {
  return {
    counts: zeroCounts,
    focusFinding: () => false,
    step: () => null,
    setVisible: () => {},
    show: () => Promise.resolve(false),
    destroy: () => {},
  };
}

/** Runs each step of `job` through `around`: the job's own work, wrapped, its pauses unchanged. */
function* eachStepThrough<T>(job: SlicedJob<T>, around: <R>(work: () => R) => R): SlicedJob<T> {
  try {
    for (;;) {
      const step = around(() => job.next());
      if (step.done) return step.value;
      yield step.value;
    }
  } finally {
    // Closed early (abandoned): close the inner job too, so its own `finally` blocks run.
    around(() => job.return(undefined as T));
  }
}

/** The drawing before anything is drawn. */
const NOTHING_DRAWN: Drawing = { drawn: new Map(), flash: () => {}, remove: () => {} };

/** What is on the page while the overlay is visible, or being drawn; `null` while hidden. */
interface Shown {
  drawing: Drawing;
  /** Puts the drawing on screen once the focus targets are in (see `DrawingJob.reveal`). */
  reveal: () => void;
  layer: Layer;
  removeStyles: () => void;
  /** The drawing job while it is under way (sliced or not); null once every mark and focus target is in place. */
  job: SlicedJob<void> | null;
  /** Every listener of this showing; aborting it removes them all and stops a re-measuring under way. */
  listeners: AbortController;
  /** The mark whose card is open, and whether focus or the pointer opened it. */
  open: { key: string; via: 'focus' | 'pointer' } | null;
  /** The drawn marks in text order, as their focus targets are (empty until the targets are placed). */
  inTextOrder: DrawnMark[];
  /** Each key's position in `inTextOrder`. */
  positionOf: Map<string, number>;
  /** `inTextOrder` positions by page row, as last measured. */
  hits: HitIndex;
  /** Each `inTextOrder` position's rows on the page as last measured (null: no box on screen). */
  extents: (VerticalExtent | null)[];
  /** The re-measuring under way, if any: a newer one abandons it. */
  relayout: AbortController | null;
  /** Pending close of a card the pointer has left. */
  closeTimer: ReturnType<Window['setTimeout']> | null;
}

export function createOverlay(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: OverlayOptions = {},
): Overlay {
  const reportError = reportErrorTo(options);
  let overlay: BuiltOverlay | null = null;
  try {
    overlay = registerOverlay(doc, article, report, options, reportError);
    overlay.showNow();
    return overlay;
  } catch (error) {
    reportError(error);
    overlay?.destroy();
    return inertOverlay();
  }
}

/**
 * `createOverlay` in slices: the page gets its turn every `SLICE_BUDGET_MS`
 * or so while the marks and focus targets are drawn. Resolves once every mark
 * is drawn and its focus target placed (then `counts()` is what `createOverlay`
 * gives). When `options.signal` aborts, whatever was drawn leaves the page at
 * once and the promise rejects with the signal's reason; any other failure
 * goes to `onError` and resolves with an overlay that does nothing.
 */
export async function createOverlayInSlices(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: SlicedOverlayOptions = {},
): Promise<Overlay> {
  const reportError = reportErrorTo(options);
  const { signal, budgetMs } = options;
  signal?.throwIfAborted();
  let overlay: BuiltOverlay;
  try {
    overlay = registerOverlay(doc, article, report, options, reportError);
  } catch (error) {
    reportError(error);
    return inertOverlay();
  }
  const shownAll = await overlay.show({ signal, budgetMs });
  if (signal?.aborted) {
    overlay.destroy();
    throw signal.reason;
  }
  if (!shownAll && overlay.failed()) {
    // Failed (the error went to onError): like `createOverlay`, hand back an overlay that does nothing.
    overlay.destroy();
    return inertOverlay();
  }
  return overlay;
}

/** An overlay not shown yet, with what the entry points need of it. */
interface BuiltOverlay extends Overlay {
  /** Draws everything in one go; throws when drawing failed (nothing is left drawn then). */
  showNow(): void;
  /** Whether the last drawing in slices failed (rather than finished or was abandoned). */
  failed(): boolean;
}

/** Destroys the document's previous overlay and registers a new one, not shown yet. */
function registerOverlay(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: OverlayOptions,
  reportError: (error: unknown) => void,
): BuiltOverlay {
  const registered = doc as unknown as Registered;
  registered[REGISTRY_KEY]?.destroy();
  const overlay = buildOverlay(doc, article, report, options, reportError);
  registered[REGISTRY_KEY] = overlay;
  return overlay;
}

function buildOverlay(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: OverlayOptions,
  reportError: (error: unknown) => void,
): BuiltOverlay {
  const win = doc.defaultView;
  if (!win) throw new Error('createOverlay: the document has no window');
  /** The Report's marks: made in slices by the first showing, or at once when asked for earlier. */
  let marks: Mark[] | null = null;
  const marksNow = () => (marks ??= marksInArticle(article, report));
  let shown: Shown | null = null;
  let destroyed = false;
  /** The sliced drawing under way, shared by every `show()` call made meanwhile. */
  let showing: Promise<boolean> | null = null;
  let showFailed = false;

  /** Runs an entry point so that no error of ours reaches the page. */
  function guarded<A extends unknown[], R>(fallback: R, run: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        return run(...args);
      } catch (error) {
        reportError(error);
        return fallback;
      }
    };
  }

  const kindsShown = new Set(options.kinds ?? MARK_KINDS);
  const ownWork = options.ownWork ?? (<T>(work: () => T) => work());

  /** The marks of the kinds shown, with their pieces in the page (none of ours yet): nothing to undo. */
  function* anchorMarks(state: Shown): SlicedJob<AnchoredMark[]> {
    const anchored: AnchoredMark[] = [];
    if (!marks) {
      const made = yield* marksInArticleJob(article, report);
      marks ??= made;
      if (shown !== state) return anchored;
    }
    for (let index = 0; index < marks.length; index++) {
      if (index > 0 && index % MARKS_PER_PAUSE === 0) {
        yield;
        if (shown !== state) return anchored;
      }
      const mark = marks[index];
      if (!kindsShown.has(mark.kind)) continue;
      const pieces = mark.spans.flatMap((span) => anchorSpan(article, span));
      if (pieces.length > 0) anchored.push({ mark, pieces });
    }
    return anchored;
  }

  /**
   * Draws with the Highlight API where it works, else (missing, or failing in
   * this host) with `<mark>` elements. What is drawn so far is always in
   * `state`, so that hiding at any pause takes it all off.
   */
  function* drawMarks(state: Shown, anchored: AnchoredMark[]): SlicedJob<void> {
    const api = options.forceFallback ? null : highlightApiOf(doc);
    if (api) {
      state.removeStyles = installStyleSheet(doc, highlightCss(options.scheme));
      try {
        const { drawing, job, reveal } = drawWithHighlights(doc, api, anchored, OVERLAY_PAINT, { windowed: true });
        state.drawing = drawing;
        state.reveal = reveal;
        yield* job;
        return;
      } catch (error) {
        reportError(error);
        state.drawing.remove();
        state.removeStyles();
        state.drawing = NOTHING_DRAWN;
        state.reveal = () => {};
        state.removeStyles = () => {};
      }
    }
    state.removeStyles = installStyleSheet(doc, fallbackCss(options.scheme));
    const { drawing, job } = drawWithElements(doc, anchored, OVERLAY_PAINT);
    state.drawing = drawing;
    yield* job;
  }

  /**
   * Measures the marks (in text order) in slices: all reads, no writes, so
   * layout is computed once per slice at most. Null when `state` was hidden meanwhile.
   */
  function* measureMarks(state: Shown, inTextOrder: readonly DrawnMark[]): SlicedJob<MarkGeometry[] | null> {
    const geometries: MarkGeometry[] = [];
    for (let index = 0; index < inTextOrder.length; index++) {
      if (index > 0 && index % MARKS_PER_PAUSE === 0) {
        yield;
        if (shown !== state) return null;
      }
      geometries.push(measureMark(win!, inTextOrder[index].boxes));
    }
    return geometries;
  }

  /** Adds one focus target per drawn mark, in text order so that Tab follows the article, and indexes the marks for the pointer. */
  function* placeTargets(state: Shown): SlicedJob<void> {
    const inTextOrder = [...state.drawing.drawn.values()].sort((a, b) => a.mark.spans[0].start - b.mark.spans[0].start);
    const geometries = yield* measureMarks(state, inTextOrder);
    if (!geometries) return;
    for (let from = 0; from < inTextOrder.length; from += MARKS_PER_PAUSE) {
      if (from > 0) {
        yield from % TARGETS_PER_FRAME === 0 ? AFTER_NEXT_FRAME : undefined;
        if (shown !== state) return;
      }
      const batch = inTextOrder.slice(from, from + MARKS_PER_PAUSE);
      state.layer.addTargets(
        batch.map(({ mark }, offset) => ({ key: mark.key, label: markLabel(mark), rect: geometries[from + offset].target })),
      );
      batch.forEach(({ mark }, offset) => {
        state.inTextOrder.push(inTextOrder[from + offset]);
        state.positionOf.set(mark.key, from + offset);
        state.hits.add(from + offset, geometries[from + offset].rects);
        state.extents.push(geometries[from + offset].extent);
      });
    }
  }

  /**
   * Paints the marks within PAINT_MARGIN_VIEWPORTS of the viewport: a scan of
   * the extents as last measured, no layout read. A mark with no box on
   * screen (hidden text) stays unpainted until a re-measuring finds it shown.
   */
  function paintNearViewport(state: Shown): void {
    if (!state.drawing.paintOnly) return;
    const margin = win!.innerHeight * PAINT_MARGIN_VIEWPORTS;
    const top = win!.scrollY - margin;
    const bottom = win!.scrollY + win!.innerHeight + margin;
    const keys = new Set<string>();
    state.extents.forEach((extent, position) => {
      if (extent && extent.bottom >= top && extent.top <= bottom) keys.add(state.inTextOrder[position].mark.key);
    });
    state.drawing.paintOnly(keys);
  }

  /** Measures every mark again and moves its focus target (the page moved), in slices; a newer re-measuring abandons this one. */
  function relayout(state: Shown): void {
    state.relayout?.abort();
    const controller = new AbortController();
    state.relayout = controller;
    function* job(): SlicedJob<void> {
      const geometries = yield* measureMarks(state, state.inTextOrder);
      if (!geometries) return;
      const hits = new HitIndex();
      for (let index = 0; index < geometries.length; index++) {
        if (index > 0 && index % MARKS_PER_PAUSE === 0) {
          yield index % TARGETS_PER_FRAME === 0 ? AFTER_NEXT_FRAME : undefined;
          if (shown !== state) return;
        }
        state.layer.placeTarget(state.inTextOrder[index].mark.key, geometries[index].target);
        hits.add(index, geometries[index].rects);
      }
      state.hits = hits;
      state.extents = geometries.map((geometry) => geometry.extent);
      yield AFTER_NEXT_FRAME;
      if (shown !== state) return;
      paintNearViewport(state);
    }
    runInSlices(eachStepThrough(job(), ownWork), { window: win!, signal: controller.signal }).catch((error) => {
      if (!controller.signal.aborted) reportError(error);
    });
  }

  /** Moves one mark's focus target over it, measured now: the one about to be scrolled to. */
  function placeTarget(state: Shown, key: string): void {
    const position = state.positionOf.get(key);
    if (position === undefined) return;
    state.layer.placeTarget(key, measureMark(win!, state.inTextOrder[position].boxes).target);
  }

  function renderCard(): void {
    if (!shown) return;
    const { drawing, open } = shown;
    const openMark = open ? drawing.drawn.get(open.key) : undefined;
    shown.layer.setCard(
      openMark
        ? {
            key: openMark.mark.key,
            content: describeMark(report, openMark.mark, { classroom: options.classroom }),
            position: cardPosition(win!, firstRect(openMark.boxes)),
          }
        : null,
    );
  }

  function openCard(key: string | null, via: 'focus' | 'pointer'): void {
    if (!shown) return;
    const next = key === null ? null : { key, via };
    if (shown.open?.key === next?.key && shown.open?.via === next?.via) return;
    shown.open = next;
    renderCard();
  }

  /** The drawn mark under a point in client coordinates; the narrowest where marks overlap. Only the marks in the point's row are tested. */
  function markAt(x: number, y: number): DrawnMark | null {
    if (!shown) return null;
    let best: DrawnMark | null = null;
    for (const position of shown.hits.candidatesAt(y + win!.scrollY)) {
      const drawnMark = shown.inTextOrder[position];
      if (best && markLength(drawnMark.mark) >= markLength(best.mark)) continue;
      // Their boxes as they are now: the index only narrows the search, it never decides.
      const hit = drawnMark.boxes.some((box) => Array.from(box.getClientRects()).some((rect) => contains(rect, x, y)));
      if (hit) best = drawnMark;
    }
    return best;
  }

  function cancelPointerClose(): void {
    if (shown?.closeTimer != null) win!.clearTimeout(shown.closeTimer);
    if (shown) shown.closeTimer = null;
  }

  /** Where the pointer is, read while its event is dispatched (afterwards `composedPath()` is empty). */
  function pointerAt(event: MouseEvent): { x: number; y: number; overCard: boolean } {
    const card = shown?.layer.cardElement();
    return { x: event.clientX, y: event.clientY, overCard: !!card && event.composedPath().includes(card) };
  }

  function onPointerMove({ x, y, overCard }: { x: number; y: number; overCard: boolean }): void {
    if (!shown) return;
    // Over our own card: keep it open so it can be read and its text selected.
    if (overCard) return cancelPointerClose();
    const hit = markAt(x, y);
    if (hit) {
      cancelPointerClose();
      openCard(hit.mark.key, 'pointer');
    } else if (shown.open?.via === 'pointer' && shown.closeTimer === null) {
      // Not at once: the pointer may be crossing the gap between the mark and its card.
      shown.closeTimer = win!.setTimeout(
        guarded(undefined, () => {
          if (shown) shown.closeTimer = null;
          if (shown?.open?.via === 'pointer') openCard(null, 'pointer');
        }),
        CARD_CLOSE_DELAY_MS,
      );
    }
  }

  /** The last mark stepped to: where the next step starts when no card is open. */
  let lastStepped: string | null = null;

  /** The first position, going `direction` from `from` (exclusive) and wrapping round, whose mark is of `kind`; -1 for none. */
  function nextPosition(inTextOrder: readonly DrawnMark[], from: number, direction: StepDirection, kind?: MarkKind): number {
    const count = inTextOrder.length;
    const stride = direction === 'next' ? 1 : count - 1;
    // From nowhere (-1), 'next' starts at the first mark and 'previous' at the last.
    const start = from === -1 ? (direction === 'next' ? 0 : count - 1) : (from + stride) % count;
    for (let tried = 0, position = start; tried < count; tried++, position = (position + stride) % count) {
      if (!kind || inTextOrder[position].mark.kind === kind) return position;
    }
    return -1;
  }

  function step(direction: StepDirection, kind?: MarkKind): string | null {
    if (!shown) return null;
    const { inTextOrder } = shown;
    if (inTextOrder.length === 0) return null;
    const fromKey = shown.open?.key ?? lastStepped;
    const from = (fromKey !== null ? shown.positionOf.get(fromKey) : undefined) ?? -1;
    const position = nextPosition(inTextOrder, from, direction, kind);
    if (position === -1) return null;
    const key = inTextOrder[position].mark.key;
    lastStepped = key;
    placeTarget(shown, key);
    const element = shown.layer.targetElement(key);
    element?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(win!) ? 'auto' : 'smooth' });
    // Focus opens the card (onTargetFocus) and tells screen readers what the mark is.
    element?.focus({ preventScroll: true });
    shown?.drawing.flash(key);
    return key;
  }

  /** The open card's finding as a citation on the clipboard (the card's button does the same by pointer). */
  function copyOpenCitation(): void {
    const openMark = shown?.open ? shown.drawing.drawn.get(shown.open.key) : undefined;
    if (!openMark) return;
    const { citation } = describeMark(report, openMark.mark);
    if (citation) void win!.navigator.clipboard?.writeText(citation).catch(reportError);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!shown) return;
    const focusOnOurs = shown.layer.shadow.activeElement !== null;
    if (event.key === COPY_CITATION_KEY && focusOnOurs && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      copyOpenCitation();
      return;
    }
    const stepKey = STEP_KEYS[event.key];
    if (stepKey && focusOnOurs && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      step(stepKey.direction, stepKey.kind);
      return;
    }
    if (event.key !== 'Escape' || !shown.open) return;
    const focusIsOurs = shown.layer.shadow.activeElement !== null;
    openCard(null, shown.open.via);
    // Only keep Escape from the page when the keyboard was in our buttons.
    if (focusIsOurs) event.stopPropagation();
  }

  function listen(state: Shown): void {
    const { signal } = state.listeners;
    const checkPointer = throttle(win!, POINTER_THROTTLE_MS, signal, guarded(undefined, onPointerMove));
    const pointerMove = guarded(undefined, (event: MouseEvent) => checkPointer(pointerAt(event)));
    const relayoutSoon = throttle(win!, POINTER_THROTTLE_MS, signal, guarded(undefined, () => relayout(state)));
    doc.addEventListener('mousemove', pointerMove, { passive: true, signal });
    doc.addEventListener('keydown', guarded(undefined, onKeyDown), { signal });
    win!.addEventListener('resize', relayoutSoon, { passive: true, signal });
    // Scrolling the window moves nothing in page coordinates, only what is near the viewport (painted
    // once per frame at most); scrolling a box inside the page moves its marks.
    let paintFrame: number | null = null;
    const paintSoon = () => {
      if (paintFrame !== null) return;
      paintFrame = win!.requestAnimationFrame(
        guarded(undefined, () => {
          paintFrame = null;
          if (shown === state) paintNearViewport(state);
        }),
      );
    };
    signal.addEventListener('abort', () => paintFrame !== null && win!.cancelAnimationFrame(paintFrame), { once: true });
    const onScroll = (event: Event) => (event.target === doc ? paintSoon() : relayoutSoon());
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    // Late images, fonts and ads move the text: keep the focus targets over their marks.
    if (typeof win!.ResizeObserver === 'function' && doc.body) {
      // Its first report only says the body is there: the marks were measured just now.
      let first = true;
      const observer = new win!.ResizeObserver(() => (first ? (first = false) : relayoutSoon()));
      observer.observe(doc.body);
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  }

  /** The one drawing job, run whole by `showNow` and in slices by `show`: anchor, draw, place the focus targets, listen. */
  function* drawAll(state: Shown): SlicedJob<void> {
    const anchored = yield* anchorMarks(state);
    if (shown !== state) return;
    yield* drawMarks(state, anchored);
    if (shown !== state) return;
    // Measuring forces layout: let the browser lay out what was drawn in its own time first.
    yield AFTER_NEXT_FRAME;
    if (shown !== state) return;
    yield* placeTargets(state);
    if (shown !== state) return;
    // Reading the scroll position forces layout: let the browser lay out the last targets in its own time first.
    yield AFTER_NEXT_FRAME;
    if (shown !== state) return;
    paintNearViewport(state);
    state.reveal();
    listen(state);
    state.job = null;
  }

  /** Starts a showing: `shown` holds it from the start, so hiding at any pause takes off what is drawn so far. */
  function startShowing(): Shown {
    const layer = createLayer(doc, {
      onTargetFocus: guarded(undefined, (key: string) => openCard(key, 'focus')),
      onTargetBlur: guarded(undefined, (key: string) => {
        if (shown?.open?.key === key && shown.open.via === 'focus') openCard(null, 'focus');
      }),
    });
    const state: Shown = {
      drawing: NOTHING_DRAWN,
      reveal: () => {},
      layer,
      removeStyles: () => {},
      job: null,
      listeners: new AbortController(),
      open: null,
      inTextOrder: [],
      positionOf: new Map(),
      hits: new HitIndex(),
      extents: [],
      relayout: null,
      closeTimer: null,
    };
    state.job = eachStepThrough(drawAll(state), ownWork);
    shown = state;
    return state;
  }

  /** Draws everything now, or finishes at once a drawing in slices under way. Throws, with nothing left drawn, when drawing fails. */
  function showNow(): void {
    if (destroyed) return;
    const state = shown ?? startShowing();
    if (!state.job) return;
    try {
      runToEnd(state.job);
    } catch (error) {
      hide();
      throw error;
    }
  }

  function show({ signal, budgetMs }: ShowOptions = {}): Promise<boolean> {
    if (destroyed || signal?.aborted) return Promise.resolve(false);
    if (showing) return showing;
    if (shown && !shown.job) return Promise.resolve(true);
    const state = shown ?? startShowing();
    showFailed = false;
    // Abandoned at once, not at the next slice: nothing of ours stays in the page.
    const abandon = () => shown === state && hide();
    signal?.addEventListener('abort', abandon, { once: true });
    const run = runInSlices(state.job!, { window: win!, budgetMs, signal })
      .then(
        () => shown === state && state.job === null,
        (error) => {
          if (shown === state) hide();
          if (!signal?.aborted) {
            showFailed = true;
            reportError(error);
          }
          return false;
        },
      )
      .finally(() => {
        signal?.removeEventListener('abort', abandon);
        if (showing === run) showing = null;
      });
    showing = run;
    return run;
  }

  function hide(): void {
    showing = null;
    if (!shown) return;
    cancelPointerClose();
    const state = shown;
    shown = null;
    state.listeners.abort();
    state.relayout?.abort();
    // Each step on its own, so one failing still lets the others clean up.
    for (const undo of [() => state.layer.remove(), () => state.drawing.remove(), () => state.removeStyles()]) {
      try {
        undo();
      } catch (error) {
        reportError(error);
      }
    }
  }

  const overlay: BuiltOverlay = {
    counts: guarded(zeroCounts(), () => {
      const counts = zeroCounts();
      if (shown) for (const { mark } of shown.drawing.drawn.values()) counts[mark.kind]++;
      return counts;
    }),
    focusFinding: guarded(false, (id: string) => {
      const mark = markForFinding(marksNow(), id);
      if (!mark || destroyed) return false;
      const scrollOptions: ScrollIntoViewOptions = { block: 'center', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' };
      const drawnMark = shown?.drawing.drawn.get(mark.key);
      if (shown && drawnMark) {
        // The mark's focus target lies exactly over it: centring it centres the mark,
        // where the element holding the text may be a paragraph taller than the window.
        placeTarget(shown, mark.key);
        const target = shown.layer.targetElement(mark.key) ?? drawnMark.scrollTarget;
        target?.scrollIntoView(scrollOptions);
        shown.drawing.flash(mark.key);
        return true;
      }
      // Hidden: nothing of ours is on the page, so bring the text's own element into view.
      const element = mark.spans.flatMap((span) => anchorSpan(article, span))[0]?.node.parentElement;
      element?.scrollIntoView(scrollOptions);
      return !!element;
    }),
    step: guarded(null, (direction: StepDirection, kind?: MarkKind) => step(direction, kind)),
    setVisible: guarded(undefined, (on: boolean) => (on ? showNow() : hide())),
    show: (showOptions?: ShowOptions) => {
      try {
        return show(showOptions);
      } catch (error) {
        reportError(error);
        return Promise.resolve(false);
      }
    },
    destroy: guarded(undefined, () => {
      hide();
      destroyed = true;
      const registered = doc as unknown as Registered;
      if (registered[REGISTRY_KEY] === overlay) delete registered[REGISTRY_KEY];
    }),
    showNow,
    failed: () => showFailed,
  };
  return overlay;
}
