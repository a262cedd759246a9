/**
 * The popup's first steps, before its interface's code (Preact, the profile,
 * the exports: a chunk of their own) has loaded: find the tab, inject the
 * content script, and ask the page its state (answered once its marks are
 * drawn). The interface takes all three over (`EarlyConnection`, handed to
 * `mountPopup`) rather than doing them again.
 *
 * This module (with `tab-in-url.ts`) is the popup entry's only code: nothing else imports it (the
 * interface imports its type alone), so the entry is one small chunk that
 * waits for nothing but the content script's path. The calls it makes are the
 * browsers' own (`browser` in Firefox, `chrome` in Chromium; both return
 * promises in Manifest V3), not the polyfill's, whose setup and interop came
 * before the injection in Chromium traces (3-5 ms).
 */
import { CONTENT_SCRIPT_PATH } from '../content-script-path';
import { tabIdInSearch } from './tab-in-url';

/** The part of the extension API this module uses. */
interface EarlyApi {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  i18n: { getMessage(key: string): string };
}

function extensionApi(): EarlyApi {
  const scope = globalThis as unknown as { browser?: EarlyApi; chrome?: EarlyApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API here: the popup runs only inside the extension');
  return api;
}

/** What the entry started in a tab, for the interface to take over. */
export interface EarlyConnection {
  tabId: number;
  /** The content script's injection (rejects when the browser does not let us in). */
  injection: Promise<unknown>;
  /** The content script's answer to `sourcelens/get-state`, asked once it is injected: a packed page state. */
  answer: Promise<unknown>;
}

/**
 * Finds the tab the popup shows (`?tabId=N`, else the active tab of the
 * current window), injects the content script and asks the page its state.
 * Never rejects: null when there is no tab or no API (the interface then asks
 * again and says why); a failed injection or question rejects its own promise,
 * for the interface to report.
 */
export async function connectEarly(search: string): Promise<EarlyConnection | null> {
  try {
    const api = extensionApi();
    const tabId = tabIdInSearch(search) ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return null;
    const injection = api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] });
    const answer = injection.then(() => api.tabs.sendMessage(tabId, { type: 'sourcelens/get-state' }));
    // Kept, rejections and all, for the interface to report; marked handled meanwhile.
    injection.catch(() => undefined);
    answer.catch(() => undefined);
    return { tabId, injection, answer };
  } catch {
    return null;
  }
}

/** Settles once `promise` has, or after `waitMs`, whichever is first. Never rejects. */
export function settledWithin(promise: Promise<unknown>, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

/** A UI string from `_locales`, or '' (no API, or no such key). */
export function earlyMessage(key: string): string {
  try {
    return extensionApi().i18n.getMessage(key);
  } catch {
    return '';
  }
}
