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
  OVERLAY_PAINT,
  type AnchoredMark,
  type Box,
  type Drawing,
  type DrawnMark,
} from './highlight';
import { createLayer, type FocusTarget, type Layer, type OpenCard, type PageRect } from './layer';
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
  /** false: every mark and card removed, the DOM as found; true: drawn again. */
  setVisible(on: boolean): void;
  destroy(): void;
}

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

/** At most one hover check, and one re-layout, per this many milliseconds. */
export const POINTER_THROTTLE_MS = 50;
/** How long a card stays open after the pointer leaves its mark, so the pointer can reach the card. */
export const CARD_CLOSE_DELAY_MS = 250;
/** A pointer this close (CSS pixels) to a mark's box counts as on it. */
export const HIT_SLOP_PX = 1;

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

/** The Report's marks, their spans in `article.text`. */
function marksInArticle(article: ArticleText, report: Report): Mark[] {
  return marksFromReport(report).map((mark) => ({ ...mark, spans: spansInArticle(article, report, mark.spans) }));
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

function firstRect(boxes: readonly Box[]): DOMRect | null {
  for (const box of boxes) {
    const rects = box.getClientRects();
    for (let index = 0; index < rects.length; index++) {
      if (rects[index].width > 0 || rects[index].height > 0) return rects[index];
    }
  }
  return boxes.length > 0 ? boxes[0].getBoundingClientRect() : null;
}

/** The page is scrolled by `win`: client coordinates plus the scroll offsets. */
function toPageRect(win: Window, rect: DOMRect | null): PageRect {
  if (!rect) return { top: 0, left: 0, width: 0, height: 0 };
  return { top: rect.top + win.scrollY, left: rect.left + win.scrollX, width: rect.width, height: rect.height };
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
  return { counts: zeroCounts, focusFinding: () => false, step: () => null, setVisible: () => {}, destroy: () => {} };
}

/** What is on the page while the overlay is visible; `null` while hidden. */
interface Shown {
  drawing: Drawing;
  layer: Layer;
  removeStyles: () => void;
  /** Every listener of this showing; aborting it removes them all. */
  listeners: AbortController;
  /** The mark whose card is open, and whether focus or the pointer opened it. */
  open: { key: string; via: 'focus' | 'pointer' } | null;
  /** The focus targets as last measured; null until measured. */
  targets: FocusTarget[] | null;
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
  try {
    const registered = doc as unknown as Registered;
    registered[REGISTRY_KEY]?.destroy();
    const overlay = buildOverlay(doc, article, report, options, reportError);
    registered[REGISTRY_KEY] = overlay;
    return overlay;
  } catch (error) {
    reportError(error);
    return inertOverlay();
  }
}

function buildOverlay(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: OverlayOptions,
  reportError: (error: unknown) => void,
): Overlay {
  const win = doc.defaultView;
  if (!win) throw new Error('createOverlay: the document has no window');
  const marks = marksInArticle(article, report);
  let shown: Shown | null = null;
  let destroyed = false;

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

  function anchorMarks(): AnchoredMark[] {
    const anchored: AnchoredMark[] = [];
    for (const mark of marks) {
      if (!kindsShown.has(mark.kind)) continue;
      const pieces = mark.spans.flatMap((span) => anchorSpan(article, span));
      if (pieces.length > 0) anchored.push({ mark, pieces });
    }
    return anchored;
  }

  /** One focus target per drawn mark, in text order so that Tab follows the article. */
  function targetsOf(drawn: ReadonlyMap<string, DrawnMark>): FocusTarget[] {
    const inTextOrder = [...drawn.values()].sort((a, b) => a.mark.spans[0].start - b.mark.spans[0].start);
    return inTextOrder.map(({ mark, boxes }) => ({
      key: mark.key,
      label: markLabel(mark),
      rect: toPageRect(win!, firstRect(boxes)),
    }));
  }

  /**
   * Renders the layer. Measuring every mark forces layout, so the focus
   * targets are measured again only when the page may have moved (`relayout`),
   * not each time a card opens or closes.
   */
  function render(relayout = false): void {
    if (!shown) return;
    const { drawing, open } = shown;
    if (relayout || shown.targets === null) shown.targets = targetsOf(drawing.drawn);
    const openMark = open ? drawing.drawn.get(open.key) : undefined;
    shown.layer.update({
      targets: shown.targets,
      card: openMark
        ? {
            key: openMark.mark.key,
            content: describeMark(report, openMark.mark, { classroom: options.classroom }),
            position: cardPosition(win!, firstRect(openMark.boxes)),
          }
        : null,
    });
  }

  function openCard(key: string | null, via: 'focus' | 'pointer'): void {
    if (!shown) return;
    const next = key === null ? null : { key, via };
    if (shown.open?.key === next?.key && shown.open?.via === next?.via) return;
    shown.open = next;
    render();
  }

  /** The drawn mark under a point in client coordinates; the narrowest where marks overlap. */
  function markAt(x: number, y: number): DrawnMark | null {
    if (!shown) return null;
    let best: DrawnMark | null = null;
    for (const drawnMark of shown.drawing.drawn.values()) {
      if (best && markLength(drawnMark.mark) >= markLength(best.mark)) continue;
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

  function step(direction: StepDirection, kind?: MarkKind): string | null {
    if (!shown) return null;
    render(true);
    const targets = shown.targets ?? [];
    const { drawn } = shown.drawing;
    const positions = targets.map((_, index) => index).filter((index) => !kind || drawn.get(targets[index].key)?.mark.kind === kind);
    if (positions.length === 0) return null;
    const fromKey = shown.open?.key ?? lastStepped;
    const from = targets.findIndex((target) => target.key === fromKey);
    const position =
      direction === 'next'
        ? (positions.find((index) => index > from) ?? positions[0])
        : from === -1
          ? positions[positions.length - 1]
          : ([...positions].reverse().find((index) => index < from) ?? positions[positions.length - 1]);
    const key = targets[position].key;
    lastStepped = key;
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

  /** Draws with the Highlight API where it works, else (missing, or failing in this host) with `<mark>` elements. */
  function draw(anchored: AnchoredMark[]): { drawing: Drawing; removeStyles: () => void } {
    const api = options.forceFallback ? null : highlightApiOf(doc);
    if (api) {
      const removeStyles = installStyleSheet(doc, highlightCss(options.scheme));
      try {
        return { drawing: drawWithHighlights(doc, api, anchored, OVERLAY_PAINT), removeStyles };
      } catch (error) {
        reportError(error);
        removeStyles();
      }
    }
    const removeStyles = installStyleSheet(doc, fallbackCss(options.scheme));
    try {
      return { drawing: drawWithElements(doc, anchored, OVERLAY_PAINT), removeStyles };
    } catch (error) {
      removeStyles();
      throw error;
    }
  }

  function show(): void {
    if (shown || destroyed) return;
    const { drawing, removeStyles } = draw(anchorMarks());
    let layer: Layer;
    try {
      layer = createLayer(doc, {
        onTargetFocus: guarded(undefined, (key: string) => openCard(key, 'focus')),
        onTargetBlur: guarded(undefined, (key: string) => {
          if (shown?.open?.key === key && shown.open.via === 'focus') openCard(null, 'focus');
        }),
      });
    } catch (error) {
      drawing.remove();
      removeStyles();
      throw error;
    }
    shown = { drawing, layer, removeStyles, listeners: new AbortController(), open: null, closeTimer: null, targets: null };
    try {
      const { signal } = shown.listeners;
      const checkPointer = throttle(win!, POINTER_THROTTLE_MS, signal, guarded(undefined, onPointerMove));
      const pointerMove = guarded(undefined, (event: MouseEvent) => checkPointer(pointerAt(event)));
      const relayout = throttle(win!, POINTER_THROTTLE_MS, signal, guarded(undefined, () => render(true)));
      doc.addEventListener('mousemove', pointerMove, { passive: true, signal });
      doc.addEventListener('keydown', guarded(undefined, onKeyDown), { signal });
      win!.addEventListener('resize', relayout, { passive: true, signal });
      // Scrolling the window moves nothing in page coordinates; scrolling a box inside the page does.
      const onInnerScroll = (event: Event) => event.target !== doc && relayout();
      doc.addEventListener('scroll', onInnerScroll, { capture: true, passive: true, signal });
      // Late images, fonts and ads move the text: keep the focus targets over their marks.
      if (typeof win!.ResizeObserver === 'function' && doc.body) {
        const observer = new win!.ResizeObserver(relayout);
        observer.observe(doc.body);
        signal.addEventListener('abort', () => observer.disconnect(), { once: true });
      }
      render();
    } catch (error) {
      hide();
      throw error;
    }
  }

  function hide(): void {
    if (!shown) return;
    cancelPointerClose();
    const { drawing, layer, removeStyles, listeners } = shown;
    shown = null;
    listeners.abort();
    // Each step on its own, so one failing still lets the others clean up.
    for (const step of [() => layer.remove(), () => drawing.remove(), removeStyles]) {
      try {
        step();
      } catch (error) {
        reportError(error);
      }
    }
  }

  const overlay: Overlay = {
    counts: guarded(zeroCounts(), () => {
      const counts = zeroCounts();
      if (shown) for (const { mark } of shown.drawing.drawn.values()) counts[mark.kind]++;
      return counts;
    }),
    focusFinding: guarded(false, (id: string) => {
      const mark = markForFinding(marks, id);
      if (!mark || destroyed) return false;
      const scrollOptions: ScrollIntoViewOptions = { block: 'center', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' };
      if (shown?.drawing.drawn.has(mark.key)) {
        // The mark's focus target lies exactly over it: centring it centres the mark,
        // where the element holding the text may be a paragraph taller than the window.
        render(true);
        const target = shown.layer.targetElement(mark.key) ?? shown.drawing.drawn.get(mark.key)!.scrollTarget;
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
    setVisible: guarded(undefined, (on: boolean) => (on ? show() : hide())),
    destroy: guarded(undefined, () => {
      hide();
      destroyed = true;
      const registered = doc as unknown as Registered;
      if (registered[REGISTRY_KEY] === overlay) delete registered[REGISTRY_KEY];
    }),
  };
  show();
  return overlay;
}
