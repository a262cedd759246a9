/**
 * The page side of SourceLens: extract → analyse → overlay, and the answers
 * to the popup's requests. With `live`, it follows a page that changes: the
 * article is looked at again after the page's own changes settle (marks
 * re-anchored when only the nodes were replaced, the text analysed again when
 * it changed), and a navigation inside a single-page site starts afresh.
 *
 * Long articles must never freeze the page, so each look is asynchronous:
 * the analysis is the caller's `analyseText` (the content script sends the
 * text to the background script, off the page's main thread), and the work
 * that must touch the page is done in slices. Looks run one at a time; a
 * change that comes while one runs is looked at once it is done.
 *
 * Free of extension APIs so the same logic runs under happy-dom in unit
 * tests; `page-script.ts` wires it to the browser.
 */
import type { AnalyseOptions, Report } from '../../src/core/types';
import type { Correction } from '../../src/report/corrections';
import { extractArticle, extractArticleInSlices } from '../../src/page/extract';
import type { ArticleText } from '../../src/page/extract/types';
import { findOutlet } from '../../src/page/outlet';
import { watchPage, type PageWatcher, type PageWatcherOptions } from '../../src/page/live/watch';
import { createOverlay, createOverlayInSlices, MARK_KINDS, type Overlay, type OverlayOptions } from '../../src/page/overlay';
import { MARKER_ATTRIBUTE } from '../../src/page/overlay/styles';
import { errorSummary, FORCED_FAILURE_MESSAGE, type ErrorSummary } from '../diagnostics';
import type { ContentRequest, FocusReply, PageState, StepReply } from '../messages';

export interface PageController {
  state(): PageState;
  /** The article and its Report as last analysed, or null (no article yet, or an error). */
  current(): { article: ArticleText; report: Report } | null;
  /** Answers a request once the look in progress (if any) is done. */
  handle<R extends ContentRequest>(request: R): Promise<ReplyTo<R>>;
  /** Looks at the page again now (what the live watcher does after changes settle). */
  refresh(): Promise<RefreshOutcome>;
  /** Draws the marks again as the reader's settings now say (kinds shown, colours). */
  configure(display: OverlayDisplay): Promise<void>;
  /** The reader's corrections kept for the page now: cards show them, this overlay's and the next ones'. */
  setCorrections(corrections: readonly Correction[]): void;
  /** Stops following the page and takes the overlay off. */
  destroy(): void;
}

/** The reader's choices for the overlay (from the settings). */
export type OverlayDisplay = Pick<OverlayOptions, 'kinds' | 'scheme' | 'classroom'>;

/** The reply to each request: a focus or a step says where it went; the rest answer with the state. */
export type ReplyTo<R extends ContentRequest> = R extends { type: 'sourcelens/focus-finding' }
  ? FocusReply
  : R extends { type: 'sourcelens/step' }
    ? StepReply
    : PageState;

/** What a look at the page found: nothing new, the same text in new nodes, new text, or no article any more. */
export type RefreshOutcome = 'unchanged' | 'reanchored' | 'reanalysed' | 'no-article' | 'error';

/** Text in, Report out, wherever the analysis runs (the background script in the extension; in-process in tests). */
export type AnalyseText = (text: string, options: AnalyseOptions) => Promise<Report> | Report;

export interface PageControllerOptions {
  /** Makes the Report of the article's text. */
  analyseText: AnalyseText;
  /** Follow the page's changes and in-page navigation (the content script does; one-shot uses do not). */
  live?: boolean;
  /** Called after the state changed by itself (a change or navigation of the page), e.g. to update the badge. */
  onUpdate?(state: PageState): void;
  /** The reader's choices for the overlay; default: every kind, default colours. */
  display?: OverlayDisplay;
  /** The cards' words in the interface language; default English. */
  translate?: OverlayOptions['translate'];
  /** Timings of the live watcher (tests shorten them). */
  watch?: Pick<PageWatcherOptions, 'debounceMs' | 'maxWaitMs'>;
  /** Corrections made on a card, sent up to whoever keeps them (`OverlayOptions`); answered with `setCorrections`. */
  onCorrect?: OverlayOptions['onCorrect'];
  onUndoCorrections?: OverlayOptions['onUndoCorrections'];
  /**
   * Make the first analysis fail (the `debugFailNextAnalysis` test flag): proves a failure stays contained.
   * May be a promise (a storage read), awaited only once the article is extracted.
   */
  forceFailure?: boolean | PromiseLike<boolean>;
}

/** The error a forced failure throws, named so the diagnostics show it for what it is. */
class ForcedFailure extends Error {
  override name = 'ForcedFailure';
}

/** Our fallback marks in the page (see `src/page/overlay/highlight.ts`). */
const FALLBACK_MARK_SELECTOR = `mark[${MARKER_ATTRIBUTE}]`;

/** The overlay reports its own errors here; they stay out of the page and its console noise. */
function logOverlayError(error: unknown): void {
  console.debug('[SourceLens]', error);
}

/** Two displays that draw the same (absent values are the overlay's defaults). */
function sameDisplay(a: OverlayDisplay, b: OverlayDisplay): boolean {
  const kinds = (display: OverlayDisplay) => [...(display.kinds ?? MARK_KINDS)].sort().join();
  return kinds(a) === kinds(b) && (a.scheme ?? 'default') === (b.scheme ?? 'default') && !!a.classroom === !!b.classroom;
}

/** The same text nodes, still in the page, at the same offsets: the marks drawn still stand. */
function sameNodes(a: ArticleText, b: ArticleText): boolean {
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((segment, index) => {
    const other = b.segments[index];
    return segment.node === other.node && segment.nodeOffset === other.nodeOffset && segment.start === other.start && segment.node.isConnected;
  });
}

/**
 * Runs `job`s one after another. A job asked for while another waits to run
 * joins the waiting one (a burst of changes is one more look, not many);
 * `fresh` asks are kept fresh.
 */
function lookQueue(run: (fresh: boolean) => Promise<RefreshOutcome>) {
  let last: Promise<unknown> = Promise.resolve();
  let waiting: { fresh: boolean; done: Promise<RefreshOutcome> } | null = null;
  return {
    /** Settles when every look asked for so far is done. */
    idle: () => last.then(() => undefined),
    look(fresh: boolean): Promise<RefreshOutcome> {
      if (waiting) {
        waiting.fresh ||= fresh;
        return waiting.done;
      }
      const entry: { fresh: boolean; done: Promise<RefreshOutcome> } = { fresh, done: Promise.resolve('unchanged') };
      entry.done = last.then(() => {
        waiting = null;
        return run(entry.fresh);
      });
      waiting = entry;
      last = entry.done.catch(() => undefined);
      return entry.done;
    },
  };
}

/**
 * Runs the pipeline on `doc` and resolves once the first look is done, with
 * its result kept. Never rejects and never throws into the page: a failure
 * becomes an `error` state, which the popup shows as "could not analyse this
 * page".
 */
export async function createPageController(doc: Document, input: string, options: PageControllerOptions): Promise<PageController> {
  let ready: { article: ArticleText; report: Report; overlay: Overlay; analysedAt: string } | null = null;
  let visible = true;
  let failure: ErrorSummary | null = null;
  let failOnPurpose: boolean | PromiseLike<boolean> = options.forceFailure ?? false;
  let currentInput = input;
  let watcher: PageWatcher | null = null;
  let display: OverlayDisplay = options.display ?? {};
  let corrections: readonly Correction[] = [];
  let destroyed = false;

  /** Our own DOM work, kept out of the live watcher's sight. */
  const ours = <T>(work: () => T): T => (watcher ? watcher.ignoring(work) : work());

  /** The drawing under way, abandoned when a newer one starts. */
  let drawingUnderWay: AbortController | null = null;

  /**
   * Draws the Report's marks, in slices (each step of ours kept out of the
   * live watcher's sight). A new overlay on the same document replaces
   * (destroys) the previous one. Hidden, it is made without drawing.
   */
  async function drawOverlay(article: ArticleText, report: Report): Promise<Overlay> {
    drawingUnderWay?.abort();
    // The previous overlay off first, in our own sight: its fallback marks' removal is no change of the page's.
    if (ready) {
      const { overlay } = ready;
      ours(() => overlay.destroy());
    }
    const overlayOptions: OverlayOptions = {
      ...display,
      translate: options.translate,
      onError: logOverlayError,
      corrections,
      onCorrect: options.onCorrect,
      onUndoCorrections: options.onUndoCorrections,
    };
    if (!visible) {
      return ours(() => {
        const overlay = createOverlay(doc, article, report, overlayOptions);
        overlay.setVisible(false);
        return overlay;
      });
    }
    const drawing = new AbortController();
    drawingUnderWay = drawing;
    try {
      return await createOverlayInSlices(doc, article, report, { ...overlayOptions, ownWork: ours, signal: drawing.signal });
    } finally {
      if (drawingUnderWay === drawing) drawingUnderWay = null;
    }
  }

  function dropOverlay(): void {
    if (ready) {
      const { overlay } = ready;
      ours(() => overlay.destroy());
    }
    ready = null;
  }

  /**
   * The article as the page has it. Fallback `<mark>` elements (browsers
   * without the Highlight API) carry our marker attribute, which the
   * extractor skips as our own UI, so they are taken off first: the text
   * they wrap is the page's.
   */
  async function extractPageArticle(): Promise<ArticleText | null> {
    if (ready && visible && doc.querySelector(FALLBACK_MARK_SELECTOR)) {
      // (Only browsers without the Highlight API: off and on again in one go, so the reader never sees them gone.)
      const { overlay } = ready;
      ours(() => overlay.setVisible(false));
      const article = extractArticle(doc);
      ours(() => overlay.setVisible(true));
      return article;
    }
    return extractArticleInSlices(doc);
  }

  /** `fresh`: a new page (navigation): analyse even when the text looks the same. */
  async function look(fresh: boolean): Promise<RefreshOutcome> {
    if (destroyed) return 'unchanged';
    try {
      const article = await extractPageArticle();
      failure = null;
      if (!article) {
        dropOverlay();
        return 'no-article';
      }
      if (ready && !fresh && article.text === ready.report.article.text) {
        if (sameNodes(article, ready.article)) return 'unchanged';
        // Same words in new nodes (a re-render): the Report holds; its marks are anchored again.
        const { report, analysedAt } = ready;
        ready = { article, report, analysedAt, overlay: await drawOverlay(article, report) };
        return 'reanchored';
      }
      // The first analysis only; a flag still being read is waited for here, after the extraction.
      const forced = await failOnPurpose;
      failOnPurpose = false;
      if (forced) throw new ForcedFailure(FORCED_FAILURE_MESSAGE);
      const analysedAt = new Date().toISOString();
      const report = await options.analyseText(article.text, {
        language: article.language ?? undefined,
        input: currentInput,
        title: article.title,
        url: doc.URL,
        outlet: findOutlet(doc),
        analysedAt,
      });
      if (destroyed) return 'unchanged';
      ready = { article, report, overlay: await drawOverlay(article, report), analysedAt };
      return 'reanalysed';
    } catch (error) {
      failure = errorSummary(error);
      return 'error';
    }
  }

  const looks = lookQueue(look);

  function state(): PageState {
    if (failure !== null) return { status: 'error', ...failure };
    if (!ready) return { status: 'no-article' };
    return { status: 'ready', report: ready.report, marks: ready.overlay.counts(), overlayVisible: visible, analysedAt: ready.analysedAt };
  }

  /** Off removes every mark, card and our shadow host at once (the DOM as it was); on draws them again in slices. */
  async function setOverlay(on: boolean): Promise<void> {
    if (on !== visible) {
      visible = on;
      if (!on) drawingUnderWay?.abort();
    }
    if (!ready) return;
    const { overlay } = ready;
    if (on) await overlay.show();
    else ours(() => overlay.setVisible(false));
  }

  async function reply(request: ContentRequest): Promise<PageState | FocusReply | StepReply> {
    try {
      switch (request.type) {
        case 'sourcelens/get-state':
          return state();
        case 'sourcelens/set-overlay':
          await setOverlay(request.visible);
          return state();
        case 'sourcelens/focus-finding': {
          // Showing a finding needs its mark, so it turns the overlay on.
          await setOverlay(true);
          const overlay = ready?.overlay;
          return { found: overlay ? ours(() => overlay.focusFinding(request.id)) : false };
        }
        case 'sourcelens/step': {
          await setOverlay(true);
          const overlay = ready?.overlay;
          return { stepped: overlay ? ours(() => overlay.step(request.direction, request.kind)) : null };
        }
      }
    } catch (error) {
      failure = errorSummary(error);
      return state();
    }
  }

  function lookAndTell(fresh: boolean): void {
    void looks.look(fresh).then((outcome) => {
      if (outcome !== 'unchanged' && !destroyed) options.onUpdate?.(state());
    });
  }

  await looks.look(false);
  if (options.live && !destroyed) {
    try {
      watcher = watchPage(doc, {
        ...options.watch,
        onChange: () => lookAndTell(false),
        onNavigate: (url) => {
          currentInput = url;
          lookAndTell(true);
        },
      });
    } catch (error) {
      // Without a watcher the first analysis still stands.
      logOverlayError(error);
    }
  }

  return {
    state,
    current: () => (ready ? { article: ready.article, report: ready.report } : null),
    handle: async <R extends ContentRequest>(request: R) => {
      await looks.idle();
      return (await reply(request)) as ReplyTo<R>;
    },
    refresh: () => looks.look(false),
    configure: async (next) => {
      // Unchanged settings (the usual case, just after loading them) cost no redraw.
      if (sameDisplay(display, next)) return;
      display = next;
      await looks.idle();
      if (ready) {
        const { article, report } = ready;
        ready = { ...ready, overlay: await drawOverlay(article, report) };
      }
    },
    setCorrections: (next) => {
      corrections = next;
      ready?.overlay.setCorrections(next);
    },
    destroy: () => {
      destroyed = true;
      drawingUnderWay?.abort();
      watcher?.stop();
      watcher = null;
      dropOverlay();
    },
  };
}
