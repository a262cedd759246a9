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

/** A start tag's attributes: a quoted value may hold a `>`. */
const ATTRIBUTES = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;

/**
 * A `<script>`'s or `<style>`'s text, which ends at its first end tag, as
 * HTML says. happy-dom 21 reads a `<` followed by a letter or digit in it as
 * a tag (`if(a<b){…}`), which swallows the `<` of `</script>`, and the rest of
 * the page goes into the script. Such a `<` is written `\u003c` before
 * parsing: nothing here runs, and JSON-LD reads the same (JSON has `<` only
 * in strings, where `\u003c` is that character).
 */
const RAW_TEXT_CONTENT = new RegExp(String.raw`(<(script|style)\b${ATTRIBUTES}>)([\s\S]*?)(?=<\/\2[\s/>])`, 'gi');
const LESS_THAN_BEFORE_NAME = /<(?=[^\s/!>?])/g;

function withRawTextEscaped(html: string): string {
  return html.replace(RAW_TEXT_CONTENT, (_, startTag: string, _name: string, text: string) =>
    startTag + text.replace(LESS_THAN_BEFORE_NAME, '\\u003c'),
  );
}

/**
 * An inline `<svg>` holds no article text, and happy-dom 21 parses two kinds
 * of it wrongly: a `<style>` or `<script>` inside it is never closed, and an
 * `<svg>` left open (`<svg><use/></div>`) is never closed either; both take
 * the rest of the page with them. So each `<svg>` is emptied before parsing,
 * and ends where a browser's parser ends it (HTML's rules for foreign
 * content): at its end tag, or at a tag only HTML has.
 */
const SVG_START = new RegExp(String.raw`<svg\b${ATTRIBUTES}>`, 'gi');
const SVG_CONTENT_END =
  /<\/svg\s*>|<(?:b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|hr|i|img|li|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|sub|sup|table|tt|u|ul|var)\b|<\/(?:article|aside|blockquote|body|button|dd|div|dl|dt|figure|footer|form|h[1-6]|header|html|label|li|main|nav|ol|p|section|span|table|td|th|tr|ul)\s*>/gi;

function withSvgEmptied(html: string): string {
  const parts: string[] = [];
  let from = 0;
  SVG_START.lastIndex = 0;
  for (let start = SVG_START.exec(html); start; start = SVG_START.exec(html)) {
    const contentStart = start.index + start[0].length;
    if (start[0].endsWith('/>')) continue;
    SVG_CONTENT_END.lastIndex = contentStart;
    const end = SVG_CONTENT_END.exec(html);
    // Open to the end of the page: nothing after it to save.
    if (!end) break;
    parts.push(html.slice(from, contentStart), '</svg>');
    from = end[0][1] === '/' && end[0].slice(2, 5).toLowerCase() === 'svg' ? end.index + end[0].length : end.index;
    SVG_START.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join('');
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
  return parser.parseFromString(withSvgEmptied(withRawTextEscaped(html.replace(PRELOAD_LINK, `$1${INERT_REL}`))), 'text/html') as unknown as Document;
}

/** Closes the shared window (end of a batch, or a test's teardown). A later parse opens a new one. */
export async function closeParser(): Promise<void> {
  const window = sharedWindow;
  sharedWindow = null;
  if (window) await window.happyDOM.close();
}
