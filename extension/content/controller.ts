/**
 * The page side of SourceLens: extract → analyse → overlay, once per page,
 * and the answers to the popup's requests. Free of extension APIs so the same
 * logic runs under happy-dom in unit tests; `index.ts` wires it to the browser.
 */
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { extractArticle } from '../../src/page/extract';
import { createOverlay, type Overlay } from '../../src/page/overlay';
import type { ContentRequest, FocusReply, PageState } from '../messages';

export interface PageController {
  state(): PageState;
  handle(request: ContentRequest): PageState | FocusReply;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The overlay reports its own errors here; they stay out of the page and its console noise. */
function logOverlayError(error: unknown): void {
  console.debug('[SourceLens]', error);
}

/**
 * Runs the pipeline on `doc` now and keeps the result. Never throws: a
 * failure becomes an `error` state, which the popup shows as "could not
 * analyse this page".
 */
export function createPageController(doc: Document, input: string): PageController {
  let ready: { report: Report; overlay: Overlay } | null = null;
  let visible = true;
  let failure: string | null = null;

  try {
    const article = extractArticle(doc);
    if (article) {
      const report = analyse(article.text, { language: article.language ?? undefined, input, title: article.title });
      ready = { report, overlay: createOverlay(doc, article, report, { onError: logOverlayError }) };
    }
  } catch (error) {
    failure = describe(error);
  }

  function state(): PageState {
    if (failure !== null) return { status: 'error', message: failure };
    if (!ready) return { status: 'no-article' };
    return { status: 'ready', report: ready.report, marks: ready.overlay.counts(), overlayVisible: visible };
  }

  function setOverlay(on: boolean): void {
    if (!ready || on === visible) return;
    // Off removes every mark, card and our shadow host: the DOM is as it was.
    ready.overlay.setVisible(on);
    visible = on;
  }

  function handle(request: ContentRequest): PageState | FocusReply {
    try {
      switch (request.type) {
        case 'sourcelens/get-state':
          return state();
        case 'sourcelens/set-overlay':
          setOverlay(request.visible);
          return state();
        case 'sourcelens/focus-finding':
          // Showing a finding needs its mark, so it turns the overlay on.
          setOverlay(true);
          return { found: ready?.overlay.focusFinding(request.id) ?? false };
      }
    } catch (error) {
      failure = describe(error);
      return state();
    }
  }

  return { state, handle };
}
