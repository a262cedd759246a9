/**
 * Injecting the content script into the tab, kept apart from the popup's
 * interface so that the popup's entry can start it before the interface's
 * code (Preact, the profile, the exports) has loaded: the page's work then
 * runs while the popup parses and draws.
 *
 * The two calls it makes are the browsers' own (`browser` in Firefox,
 * `chrome` in Chromium; both return promises in Manifest V3), not the
 * polyfill's: the entry then loads no more than this module, and in Chromium
 * traces the polyfill's setup and the interop that copies every API namespace
 * came before the injection (3-5 ms), the entry's five more modules too.
 */
import { CONTENT_SCRIPT_PATH } from '../content-script-path';

/** The part of the extension API this module uses. */
interface InjectionApi {
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

function extensionApi(): InjectionApi {
  const scope = globalThis as unknown as { browser?: InjectionApi; chrome?: InjectionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API here: the popup runs only inside the extension');
  return api;
}

/**
 * The tab to show: `?tabId=N` in the popup's URL (a test or a pinned popup
 * opened as a page), otherwise the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function executeContentScript(tabId: number): Promise<unknown> {
  return extensionApi().scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] });
}

/** The injection the entry started, taken over by the first `injectContentScript` for its tab. */
let started: { tabId: number; injection: Promise<unknown> } | null = null;

/**
 * Starts the injection into the tab the popup shows, ahead of its interface;
 * settles (never rejects) once the injection is asked for, or could not be.
 * Errors wait for `injectContentScript`.
 */
export async function startInjection(search: string): Promise<void> {
  try {
    const tabId = await targetTabId(search);
    if (tabId === null) return;
    const injection = executeContentScript(tabId);
    // Kept, rejection and all, for the interface's first connect to report; marked handled meanwhile.
    injection.catch(() => undefined);
    started = { tabId, injection };
  } catch {
    // No tab or no API: the interface's own connect asks again and shows why.
  }
}

/** Injects the content script (idempotent: a second injection finds the first run and reuses it), or takes over the one the entry started. */
export async function injectContentScript(tabId: number): Promise<void> {
  const early = started?.tabId === tabId ? started.injection : null;
  started = null;
  await (early ?? executeContentScript(tabId));
}
