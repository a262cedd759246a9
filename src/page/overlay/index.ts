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
import type { Report } from '../../core/types';
import { applyCorrections, type CorrectedReport, type Correction } from '../../report/corrections';
import { anchorSpan } from './anchor';
import { createCards } from './cards';
import { guardWith, emptyShowing, reportErrorTo, type OverlayContext, type OverlayOptions, type Shown } from './context';
import { createDrawing, eachStepThrough, lazyMarks, NOTHING_DRAWN } from './drawing';
import { createKeyboard, type StepDirection } from './keyboard';
import { createLayer } from './layer';
import { markForFinding, type MarkKind } from './marks';
import { listenToPage } from './page-events';
import { centreScroll } from './placement';
import { createPointer } from './pointer';
import { createSkipLink } from './skip-link';
import { englishWords } from './words';
import { runInSlices, runToEnd } from '../slices';

export type { TextQuoteSelector } from './anchor';
export { describeSpan, findQuote } from './anchor';
export { MARK_KINDS, type MarkKind } from './marks';
export { COLOUR_SCHEME_NAMES, COLOUR_SCHEMES, MARK_STYLES, type ColourScheme } from './styles';
export type { OverlayOptions } from './context';
export { describeFindings } from './marks-in-article';
export { COPY_CITATION_KEY, STEP_KEYS, type StepDirection } from './keyboard';
export { PAINT_MARGIN_VIEWPORTS, TARGETS_PER_FRAME } from './drawing';
export { CARD_CLOSE_DELAY_MS, POINTER_THROTTLE_MS } from './pointer';
export { HIT_SLOP_PX } from './geometry';

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
  /** The reader's corrections kept for the page now: the open card shows them at once. */
  setCorrections(corrections: readonly Correction[]): void;
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


/** Where the current overlay of a document is kept: `Symbol.for`, so a re-injected copy of this module finds it too. */
const REGISTRY_KEY = Symbol.for('sourcelens.overlay');
type Registered = { [REGISTRY_KEY]?: Overlay };

function zeroCounts(): MarkCounts {
  return { anonymous: 0, onRecord: 0, condition: 0, quote: 0 };
}

/** The overlay that does nothing, returned when making a real one failed. */
function inertOverlay(): Overlay {
  return {
    counts: zeroCounts,
    focusFinding: () => false,
    step: () => null,
    setVisible: () => {},
    show: () => Promise.resolve(false),
    setCorrections: () => {},
    destroy: () => {},
  };
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

/**
 * An overlay: its modules (drawing, cards, pointer, keyboard, page events)
 * made over one shared context, and the showing's life (show, hide, destroy).
 */
function buildOverlay(
  doc: Document,
  article: ArticleText,
  report: Report,
  options: OverlayOptions,
  reportError: (error: unknown) => void,
): BuiltOverlay {
  const view = doc.defaultView;
  if (!view) throw new Error('createOverlay: the document has no window');
  const win = view;
  let shown: Shown | null = null;
  let destroyed = false;
  /** The sliced drawing under way, shared by every `show()` call made meanwhile. */
  let showing: Promise<boolean> | null = null;
  let showFailed = false;

  const marks = lazyMarks({ article, report });
  const guarded = guardWith(reportError);
  /** Applied once per change of the corrections, not per card opened. */
  const correctedBy = (corrections: readonly Correction[]) => (corrections.length > 0 ? applyCorrections(report, corrections) : null);
  let corrected: CorrectedReport | null = correctedBy(options.corrections ?? []);
  const context: OverlayContext = {
    doc,
    win,
    article,
    report,
    options,
    reportError,
    guarded,
    ownWork: options.ownWork ?? ((work) => work()),
    shown: () => shown,
    corrected: () => corrected,
  };
  const cards = createCards(context);
  const pointer = createPointer(context, cards);
  const drawing = createDrawing(context, {
    marksJob: () => marks.job(),
    drawn: (state) => {
      listenToPage(context, state, { pointer, onKeyDown: keyboard.onKeyDown, ...drawing });
      if (state.inTextOrder.length > 0) {
        const label = (options.translate ?? englishWords)('skipToFirstFinding');
        state.skipLink = addSkipLink(label);
      }
    },
  });
  const placeTarget = (key: string) => shown && drawing.placeTarget(shown, key);
  const addSkipLink = (label: string) => createSkipLink(doc, label, guarded(undefined, () => keyboard.first()));
  const keyboard = createKeyboard(context, cards, placeTarget);

  /** Starts a showing: `shown` holds it from the start, so hiding at any pause takes off what is drawn so far. */
  function startShowing(): Shown {
    const layer = createLayer(doc, {
      onTargetFocus: guarded(undefined, (key: string) => {
        cards.open(key, 'focus');
        cards.announcePosition(key);
      }),
      onTargetBlur: guarded(undefined, (key: string, focusTo: EventTarget | null) => {
        // Focus moving into the card (its buttons) keeps it; so does a pin.
        const card = shown?.layer.cardElement();
        if (shown?.pinned || (card && focusTo instanceof win.Node && card.contains(focusTo))) return;
        if (shown?.open?.key === key && shown.open.via === 'focus') cards.open(null, 'focus');
      }),
    });
    const state = emptyShowing(layer, NOTHING_DRAWN);
    state.job = eachStepThrough(drawing.drawAll(state), context.ownWork);
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
    const run = runInSlices(state.job!, { window: win, budgetMs, signal })
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
    pointer.cancelClose();
    const state = shown;
    shown = null;
    state.listeners.abort();
    state.relayout?.abort();
    // Each step on its own, so one failing still lets the others clean up.
    for (const undo of [() => state.skipLink?.remove(), () => state.layer.remove(), () => state.drawing.remove(), () => state.removeStyles()]) {
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
      const mark = markForFinding(marks.now(), id);
      if (!mark || destroyed) return false;
      const drawnMark = shown?.drawing.drawn.get(mark.key);
      if (shown && drawnMark) {
        // The mark's focus target lies exactly over it: centring it centres the mark,
        // where the element holding the text may be a paragraph taller than the window.
        drawing.placeTarget(shown, mark.key);
        const target = shown.layer.targetElement(mark.key) ?? drawnMark.scrollTarget;
        target?.scrollIntoView(centreScroll(win));
        shown.drawing.flash(mark.key);
        return true;
      }
      // Hidden: nothing of ours is on the page, so bring the text's own element into view.
      const element = mark.spans.flatMap((span) => anchorSpan(article, span))[0]?.node.parentElement;
      element?.scrollIntoView(centreScroll(win));
      return !!element;
    }),
    step: guarded(null, (direction: StepDirection, kind?: MarkKind) => keyboard.step(direction, kind)),
    setVisible: guarded(undefined, (on: boolean) => (on ? showNow() : hide())),
    show: (showOptions?: ShowOptions) => {
      try {
        return show(showOptions);
      } catch (error) {
        reportError(error);
        return Promise.resolve(false);
      }
    },
    setCorrections: guarded(undefined, (corrections: readonly Correction[]) => {
      corrected = correctedBy(corrections);
      cards.render();
    }),
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
