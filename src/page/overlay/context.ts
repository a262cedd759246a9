/**
 * What the overlay's modules share: its options, the page it draws on, and
 * the state of a showing (what is on the page while the overlay is visible).
 * Each module (drawing, pointer, keyboard, cards) gets an `OverlayContext`
 * and reads the current showing from it, so that work for a showing that was
 * hidden meanwhile stops.
 */
import type { ArticleText } from '../extract/types';
import type { Report } from '../../core/types';
import type { CorrectedReport, Correction } from '../../report/corrections';
import type { Drawing, DrawnMark } from './highlight';
import { HitIndex, type VerticalExtent } from './geometry';
import type { Layer } from './layer';
import type { MarkKind } from './marks';
import type { ColourScheme } from './styles';
import type { CardTranslate } from './words';
import type { SlicedJob } from '../slices';

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
  /** The words of cards and marks' accessible names in the interface language (the extension's `_locales`); default English. */
  translate?: CardTranslate;
  /**
   * Runs each step of the overlay's own work on the page between two pauses
   * of a drawing (the caller wraps whole calls such as `setVisible` itself).
   * A page watcher passes its `ignoring`, so that the `<mark>`s of a drawing
   * in slices, made over many tasks, are never taken for the page's changes.
   */
  ownWork?: <T>(work: () => T) => T;
  /** The reader's corrections kept for the page: the cards show them (later ones come through `Overlay.setCorrections`). */
  corrections?: readonly Correction[];
  /**
   * A correction made on a card, and an undo of a finding's corrections.
   * The overlay keeps none: it sends them up to whoever keeps them (the
   * extension), which answers with `setCorrections`. Without it, cards offer
   * no corrections.
   */
  onCorrect?: (correction: Correction) => void;
  onUndoCorrections?: (findingId: string) => void;
}

/** How a card was opened: by keyboard focus on its mark's target, or by the pointer over the mark. */
export type OpenedBy = 'focus' | 'pointer';

/** What is on the page while the overlay is visible, or being drawn; `null` while hidden. */
export interface Shown {
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
  open: { key: string; via: OpenedBy } | null;
  /** The open card stays when the pointer leaves or focus moves off its mark, until closed (Esc, its close button). */
  pinned: boolean;
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
  /** The skip link at the start of the page, once every mark is drawn. */
  skipLink: { remove(): void } | null;
}

/** A showing with nothing drawn yet. */
export function emptyShowing(layer: Layer, nothingDrawn: Drawing): Shown {
  return {
    drawing: nothingDrawn,
    reveal: () => {},
    layer,
    removeStyles: () => {},
    job: null,
    listeners: new AbortController(),
    open: null,
    pinned: false,
    inTextOrder: [],
    positionOf: new Map(),
    hits: new HitIndex(),
    extents: [],
    relayout: null,
    closeTimer: null,
    skipLink: null,
  };
}

export interface OverlayContext {
  doc: Document;
  win: Window & typeof globalThis;
  article: ArticleText;
  report: Report;
  options: OverlayOptions;
  reportError: (error: unknown) => void;
  /** Wraps an entry point (a listener, a timer, a method) so that no error of ours reaches the page. */
  guarded<A extends unknown[], R>(fallback: R, run: (...args: A) => R): (...args: A) => R;
  /** `options.ownWork`, or plain calling. */
  ownWork<T>(work: () => T): T;
  /** The showing on the page now; null while hidden. */
  shown(): Shown | null;
  /** The Report as the reader's corrections make it, or null while there are none. */
  corrected(): CorrectedReport | null;
}

export function reportErrorTo(options: OverlayOptions): (error: unknown) => void {
  return (error) => {
    try {
      if (options.onError) options.onError(error);
      else console.warn('[SourceLens overlay]', error);
    } catch {
      // The error handler itself failed: nothing more we can safely do.
    }
  };
}

export function guardWith(reportError: (error: unknown) => void): OverlayContext['guarded'] {
  return (fallback, run) =>
    (...args) => {
      try {
        return run(...args);
      } catch (error) {
        reportError(error);
        return fallback;
      }
    };
}
