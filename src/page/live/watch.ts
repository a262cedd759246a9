/**
 * Pages that change under the reader: articles that load late, "read more"
 * buttons, re-rendered articles and navigation inside single-page sites.
 * `watchPage` turns the page's own changes into two debounced calls:
 * `onChange` (look at the article again) and `onNavigate` (a new URL in the
 * same document: start afresh). Our own marks and host never count as a
 * change. DOM only: no extension API here.
 */
import { MARKER_ATTRIBUTE } from '../overlay/styles';

/** Quiet time after the page's last change before we look again: re-renders come in bursts. */
export const CHANGE_DEBOUNCE_MS = 400;
/** A page that never stops changing (a live blog, a ticker) is still looked at this often. */
export const CHANGE_MAX_WAIT_MS = 2_000;

export interface PageWatcherOptions {
  /** The page's article may have changed (debounced). */
  onChange(): void;
  /** The document's URL changed without a load: a single-page site navigated (debounced like a change, so the new article has rendered). */
  onNavigate(url: string): void;
  debounceMs?: number;
  maxWaitMs?: number;
}

export interface PageWatcher {
  /** Runs `work` (our own drawing), then forgets the DOM changes it made, so they never come back as the page's. */
  ignoring<T>(work: () => T): T;
  stop(): void;
}

/** The Navigation API, where the browser has it (Chromium): it reports `history.pushState` too. */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options?: AddEventListenerOptions): void;
}

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest(`[${MARKER_ATTRIBUTE}]`);
}

/**
 * A mutation of the page's own: not inside our host or marks, and not only
 * adding or removing nodes of ours. (Our fallback `<mark>` wrapping is also
 * dropped through `ignoring`.)
 */
export function isPageMutation(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !isOurs(record.target);
  if (isOurs(record.target)) return false;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length === 0 || changed.some((node) => !(node.nodeType === 1 && (node as Element).hasAttribute(MARKER_ATTRIBUTE)));
}

export function watchPage(doc: Document, options: PageWatcherOptions): PageWatcher {
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function') return { ignoring: (work) => work(), stop: () => {} };
  const debounceMs = options.debounceMs ?? CHANGE_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? CHANGE_MAX_WAIT_MS;
  const listeners = new AbortController();
  let lastUrl = doc.location?.href ?? '';
  let navigated = false;
  let timer: ReturnType<Window['setTimeout']> | null = null;
  let firstPendingAt = 0;
  let stopped = false;

  const fire = () => {
    timer = null;
    if (stopped) return;
    if (navigated) {
      navigated = false;
      options.onNavigate(lastUrl);
    } else {
      options.onChange();
    }
  };

  /** Debounced, with a ceiling: fires `debounceMs` after the last change, or `maxWaitMs` after the first. */
  const schedule = () => {
    const now = Date.now();
    if (timer === null) firstPendingAt = now;
    else win.clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = win.setTimeout(fire, wait);
  };

  /** Content scripts cannot see the page's `pushState`; a changed URL is how we learn of it. */
  const checkUrl = () => {
    const url = doc.location?.href ?? '';
    if (url === lastUrl) return false;
    lastUrl = url;
    navigated = true;
    schedule();
    return true;
  };

  const handle = (records: MutationRecord[]) => {
    if (stopped || records.length === 0) return;
    if (checkUrl()) return;
    if (records.some(isPageMutation)) schedule();
  };
  const observer = new win.MutationObserver(handle);
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });

  const { signal } = listeners;
  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener?.('currententrychange', checkUrl, { signal });

  return {
    ignoring(work) {
      // Records are delivered in a later microtask: the page's from before are still queued; take them first.
      handle(observer.takeRecords());
      try {
        return work();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      listeners.abort();
      if (timer !== null) win.clearTimeout(timer);
    },
  };
}
