/**
 * An HTML string → a DOM Document, in Node (CLI, eval, tests), through
 * happy-dom. Nothing on the page runs and nothing is fetched: scripts, CSS,
 * images and iframes stay unloaded, and any request happy-dom would still try
 * to make is refused by the fetch interceptor.
 *
 * Documents are parsed by a shared window (with DOMParser), so a batch of
 * hundreds of pages does not pay for a window per page. happy-dom's window
 * keeps hold of every document parsed in it (custom-element callbacks and
 * more), so after WINDOW_PARSES_BEFORE_RECYCLING documents the window is
 * closed and a fresh one takes over: memory stays flat over any batch. A
 * closed window's documents remain readable (text, queries, ranges).
 */
import { Window } from 'happy-dom';

/** Where documents parsed without a URL claim to come from. */
const DEFAULT_URL = 'about:blank';

const OFFLINE_SETTINGS = {
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  fetch: {
    // A second lock behind the disabled loaders: no request leaves the process.
    interceptor: {
      beforeAsyncRequest: async () => {
        throw new Error('SourceLens: network access is disabled');
      },
      beforeSyncRequest: () => {
        throw new Error('SourceLens: network access is disabled');
      },
    },
  },
};

/**
 * `<link rel="preload">` and `rel="modulepreload"`: happy-dom preloads these
 * whatever the settings, and an unparsable href makes it throw in a promise
 * nobody awaits, which ends a Node process. They hold no text, so their rel
 * is renamed before parsing.
 */
const PRELOAD_LINK = /(<link\b[^>]*?\brel\s*=\s*["']?)((?:module)?preload)\b/gi;
const INERT_REL = 'sourcelens-inert-$2';

/**
 * A `<style>` or `<script>` inside an `<svg>` (an inline logo's CSS): happy-dom
 * 21's parser never closes it and drops the rest of the document with it.
 * SVG holds no article text, so those elements are taken out of each
 * `<svg>…</svg>` before parsing (the browser's own parser needs no such help).
 */
const SVG_ELEMENT = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const RAW_TEXT_ELEMENT = /<(style|script)\b[\s\S]*?<\/\1\s*>/gi;

function withoutRawTextInSvg(html: string): string {
  return html.replace(SVG_ELEMENT, (svg) => svg.replace(RAW_TEXT_ELEMENT, ''));
}

/** Measured: ~7 MB held per AEB page without recycling, flat with it. */
const WINDOW_PARSES_BEFORE_RECYCLING = 16;

let sharedWindow: Window | null = null;
let parsesInWindow = 0;

function parserWindow(): Window {
  if (sharedWindow && parsesInWindow >= WINDOW_PARSES_BEFORE_RECYCLING) {
    const retired = sharedWindow;
    sharedWindow = null;
    retired.happyDOM.close().catch(() => {
      // Closing only frees memory; a failure there must not reach the caller.
    });
  }
  if (!sharedWindow) {
    sharedWindow = new Window({ url: DEFAULT_URL, settings: OFFLINE_SETTINGS });
    parsesInWindow = 0;
  }
  parsesInWindow++;
  return sharedWindow;
}

/**
 * Parses `html` as a full HTML document. `url` becomes the document's URL
 * (relative links resolve against it). Documents share their window, so
 * `document.URL` reports the URL of the most recent parse in it: read it
 * right after parsing when it matters.
 */
export function parseHtml(html: string, url?: string): Document {
  const window = parserWindow();
  const targetUrl = url ?? DEFAULT_URL;
  if (window.location.href !== targetUrl) {
    try {
      window.happyDOM.setURL(targetUrl);
    } catch {
      // An unparsable URL keeps the previous one; the document is still useful.
    }
  }
  const parser = new window.DOMParser();
  return parser.parseFromString(withoutRawTextInSvg(html.replace(PRELOAD_LINK, `$1${INERT_REL}`)), 'text/html') as unknown as Document;
}

/** Closes the shared window (end of a batch, or a test's teardown). A later parse opens a new one. */
export async function closeParser(): Promise<void> {
  const window = sharedWindow;
  sharedWindow = null;
  if (window) await window.happyDOM.close();
}
