/**
 * The one drawing job of a showing, run whole (`runToEnd`) or in slices
 * (`runInSlices`): anchor the marks, draw them, measure them, place one
 * focus target per mark and paint those near the viewport (before the last
 * frame of targets). Also the re-measuring when the page
 * moves. Every step checks that its showing is still the current one.
 */
import { anchorSpan } from './anchor';
import { markLabel } from './card';
import type { OverlayContext, Shown } from './context';
import { HitIndex, measureMark, type MarkGeometry } from './geometry';
import {
  drawWithElements,
  drawWithHighlights,
  highlightApiOf,
  highlightStylesInherit,
  highlightTargetsJob,
  INHERITED_HIGHLIGHT_TARGETS,
  knownHighlightInheritance,
  installStyleSheet,
  freshHighlightNames,
  MARKS_PER_PAUSE,
  OVERLAY_HIGHLIGHT_STEMS,
  overlayPaint,
  type AnchoredMark,
  type Drawing,
  type DrawnMark,
} from './highlight';
import { marksInArticle, marksInArticleJob } from './marks-in-article';
import { MARK_KINDS, type Mark } from './marks';
import { fallbackCss, highlightCss, MARK_STYLES } from './styles';
import { AFTER_NEXT_FRAME, runInSlices, type SlicedJob } from '../slices';

/** Focus targets added or moved between two renderings of the page (a multiple of MARKS_PER_PAUSE): tens of thousands at once make one long style and layout task. */
export const TARGETS_PER_FRAME = 8 * MARKS_PER_PAUSE;

/**
 * Marks are painted (Highlight API) this many viewport heights above and
 * below the viewport, so that scrolling finds them painted already; the rest
 * are drawn but uncoloured until the reader nears them.
 */
export const PAINT_MARGIN_VIEWPORTS = 1;

/** A band of the page, in document coordinates (CSS pixels from its top). */
interface PaintBand {
  top: number;
  bottom: number;
}

/** The drawing before anything is drawn. */
export const NOTHING_DRAWN: Drawing = { drawn: new Map(), flash: () => {}, remove: () => {} };

/** The text nodes the marks are drawn over, mark by mark. */
function* textsOf(anchored: readonly AnchoredMark[]): Generator<Text> {
  for (const { pieces } of anchored) for (const piece of pieces) yield piece.node;
}

/** Runs each step of `job` through `around`: the job's own work, wrapped, its pauses unchanged. */
export function* eachStepThrough<T>(job: SlicedJob<T>, around: <R>(work: () => R) => R): SlicedJob<T> {
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

/** The Report's marks, made once: in slices by the first drawing, or at once when asked for earlier. */
export function lazyMarks(context: Pick<OverlayContext, 'article' | 'report'>) {
  let marks: Mark[] | null = null;
  return {
    now: (): Mark[] => (marks ??= marksInArticle(context.article, context.report)),
    *job(): SlicedJob<Mark[]> {
      if (marks) return marks;
      const made = yield* marksInArticleJob(context.article, context.report);
      return (marks ??= made);
    },
  };
}

/** What the drawing job needs besides the context: the marks, and what to do once all is drawn. */
export interface DrawingHooks {
  marksJob(): SlicedJob<Mark[]>;
  /** Called once every mark is drawn, its target placed and the near ones painted. */
  drawn(state: Shown): void;
}

export function createDrawing(context: OverlayContext, hooks: DrawingHooks) {
  const { doc, win, article, options, reportError } = context;
  const kindsShown = new Set(options.kinds ?? MARK_KINDS);

  /** The marks of the kinds shown, with their pieces in the page (none of ours yet): nothing to undo. */
  function* anchorMarks(state: Shown): SlicedJob<AnchoredMark[]> {
    const anchored: AnchoredMark[] = [];
    const marks = yield* hooks.marksJob();
    if (context.shown() !== state) return anchored;
    for (let index = 0; index < marks.length; index++) {
      if (index > 0 && index % MARKS_PER_PAUSE === 0) {
        yield;
        if (context.shown() !== state) return anchored;
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
   * `state`, so that hiding at any pause takes it all off. Returns what to
   * check once the page has been restyled (see `highlightStylesInherit`):
   * true when that put other rules in, for another restyle; or null.
   */
  function* drawMarks(state: Shown, anchored: AnchoredMark[]): SlicedJob<(() => boolean) | null> {
    const api = options.forceFallback ? null : highlightApiOf(doc);
    if (api) {
      // Looked at in slices (tens of thousands of text nodes on a long article); nothing is drawn until then.
      const targets = yield* highlightTargetsJob(doc, textsOf(anchored));
      if (context.shown() !== state) return null;
      // Checked against the registry as it is now, just before drawing: see `freshHighlightNames`.
      const names = freshHighlightNames(doc, api.registry, OVERLAY_HIGHLIGHT_STEMS);
      const scheme = options.scheme ?? 'default';
      // Rules for every element: on the root alone where highlight styles are inherited (or not known yet).
      const everyElement = targets.length === 0;
      const inherited = everyElement && knownHighlightInheritance(win) !== false;
      state.removeStyles = installStyleSheet(doc, highlightCss(scheme, names, inherited ? INHERITED_HIGHLIGHT_TARGETS : targets));
      const probe = anchored[0]?.pieces[0]?.node.parentElement;
      /** Once the page is restyled: where the root's rules turn out not to reach the text, the rules for every element instead. */
      const checkInheritance =
        inherited && knownHighlightInheritance(win) === undefined && probe
          ? () => {
              if (highlightStylesInherit(win, probe, names.anonymous, MARK_STYLES.anonymous.underline)) return false;
              state.removeStyles();
              state.removeStyles = installStyleSheet(doc, highlightCss(scheme, names));
              return true;
            }
          : null;
      try {
        const { drawing, job, reveal } = drawWithHighlights(doc, api, anchored, overlayPaint(names), { windowed: true, flashName: names.flash });
        state.drawing = drawing;
        state.reveal = reveal;
        yield* job;
        return checkInheritance;
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
    const { drawing, job } = drawWithElements(doc, anchored, overlayPaint());
    state.drawing = drawing;
    yield* job;
    return null;
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
        if (context.shown() !== state) return null;
      }
      geometries.push(measureMark(win, inTextOrder[index].boxes));
    }
    return geometries;
  }

  /**
   * Measures the drawn marks and records them in text order (for the
   * pointer, the keyboard and painting near the viewport): reads only, no
   * writes. The geometries, or null when `state` was hidden meanwhile.
   */
  function* indexMarks(state: Shown): SlicedJob<MarkGeometry[] | null> {
    const inTextOrder = [...state.drawing.drawn.values()].sort((a, b) => a.mark.spans[0].start - b.mark.spans[0].start);
    const geometries = yield* measureMarks(state, inTextOrder);
    if (!geometries) return null;
    inTextOrder.forEach((drawn, position) => {
      state.inTextOrder.push(drawn);
      state.positionOf.set(drawn.mark.key, position);
      state.hits.add(position, geometries[position].rects);
      state.extents.push(geometries[position].extent);
    });
    return geometries;
  }

  /**
   * Adds one focus target per indexed mark, in text order so that Tab follows
   * the article, TARGETS_PER_FRAME between two renderings; `beforeLastFrame`
   * runs (then a pause) just before the last of those frames' targets, which
   * are all of them for an article of TARGETS_PER_FRAME marks or fewer.
   */
  function* placeTargets(state: Shown, geometries: readonly MarkGeometry[], beforeLastFrame: () => void): SlicedJob<void> {
    const inTextOrder = state.inTextOrder;
    const lastFrameFrom = Math.max(0, Math.floor((inTextOrder.length - 1) / TARGETS_PER_FRAME) * TARGETS_PER_FRAME);
    if (inTextOrder.length === 0) beforeLastFrame();
    for (let from = 0; from < inTextOrder.length; from += MARKS_PER_PAUSE) {
      if (from > 0) {
        yield from % TARGETS_PER_FRAME === 0 ? AFTER_NEXT_FRAME : undefined;
        if (context.shown() !== state) return;
      }
      if (from === lastFrameFrom) {
        beforeLastFrame();
        yield;
        if (context.shown() !== state) return;
      }
      const batch = inTextOrder.slice(from, from + MARKS_PER_PAUSE);
      state.layer.addTargets(
        batch.map(({ mark }, offset) => ({ key: mark.key, label: markLabel(mark, options.translate), rect: geometries[from + offset].target })),
      );
    }
  }

  /** The page's band (in document coordinates) within PAINT_MARGIN_VIEWPORTS of the viewport: reads the scroll position. */
  function nearViewport(): PaintBand {
    const margin = win.innerHeight * PAINT_MARGIN_VIEWPORTS;
    return { top: win.scrollY - margin, bottom: win.scrollY + win.innerHeight + margin };
  }

  /**
   * Paints the marks within PAINT_MARGIN_VIEWPORTS of the viewport (or within `band`, read earlier): a scan of
   * the extents as last measured, no layout read. A mark with no box on
   * screen (hidden text) stays unpainted until a re-measuring finds it shown.
   */
  function paintNearViewport(state: Shown, { top, bottom }: PaintBand = nearViewport()): void {
    if (!state.drawing.paintOnly) return;
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
          if (context.shown() !== state) return;
        }
        state.layer.placeTarget(state.inTextOrder[index].mark.key, geometries[index].target);
        hits.add(index, geometries[index].rects);
      }
      state.hits = hits;
      state.extents = geometries.map((geometry) => geometry.extent);
      yield AFTER_NEXT_FRAME;
      if (context.shown() !== state) return;
      paintNearViewport(state);
    }
    runInSlices(eachStepThrough(job(), context.ownWork), { window: win, signal: controller.signal }).catch((error) => {
      if (!controller.signal.aborted) reportError(error);
    });
  }

  /** Moves one mark's focus target over it, measured now: the one about to be scrolled to. */
  function placeTarget(state: Shown, key: string): void {
    const position = state.positionOf.get(key);
    if (position === undefined) return;
    state.layer.placeTarget(key, measureMark(win, state.inTextOrder[position].boxes).target);
  }

  /** The whole job: anchor, draw, measure, place the focus targets and paint near the viewport (before the last frame of targets), then `hooks.drawn`. */
  function* drawAll(state: Shown): SlicedJob<void> {
    const anchored = yield* anchorMarks(state);
    if (context.shown() !== state) return;
    const checkAfterRestyle = yield* drawMarks(state, anchored);
    if (context.shown() !== state) return;
    // Measuring forces layout: let the browser lay out what was drawn in its own time first.
    yield AFTER_NEXT_FRAME;
    if (context.shown() !== state) return;
    if (checkAfterRestyle?.()) {
      // Other rules went in (a browser whose highlight styles are not inherited): restyled in a frame of its own too.
      yield AFTER_NEXT_FRAME;
      if (context.shown() !== state) return;
    }
    const geometries = yield* indexMarks(state);
    if (!geometries || context.shown() !== state) return;
    // Where the reader is, read now: the layout was just read, so the scroll position costs none.
    const band = nearViewport();
    // The marks go on screen before the last frame's focus targets: first on an article of a frame's targets
    // or fewer (the reader sees them a slice or more sooner), after all the frames before on a longer one.
    // Once highlights are registered, Chromium rebuilds their markers after every change of the DOM and paints
    // their text again (and recomputes the overflow of their paragraphs' ancestors) in each frame that adds
    // targets: in traces of long-1m that was 9-14 ms of the 17-27 ms CPU of each such frame; without it, 8-11 ms.
    yield* placeTargets(state, geometries, () => {
      paintNearViewport(state, band);
      state.reveal();
    });
    if (context.shown() !== state) return;
    // The marks are on screen; the listeners and the skip link may wait for the next slice if this one is spent.
    yield;
    if (context.shown() !== state) return;
    hooks.drawn(state);
    state.job = null;
  }

  return { drawAll, relayout, placeTarget, paintNearViewport };
}
