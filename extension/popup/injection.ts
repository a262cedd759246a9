/**
 * Injecting the content script into the tab, kept apart from the popup's
 * interface so that the popup's entry can start it before the interface's
 * code (Preact, the profile, the exports) has loaded: the page's work then
 * runs while the popup parses and draws.
 */
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_PATH } from '../content-script-path';

/**
 * The tab to show: `?tabId=N` in the popup's URL (a test or a pinned popup
 * opened as a page), otherwise the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The injection the entry started, taken over by the first `injectContentScript` for its tab. */
let started: { tabId: number; injection: Promise<unknown> } | null = null;

/** Starts the injection into the tab the popup shows, ahead of its interface. Errors wait for `injectContentScript`. */
export function startInjection(search: string): void {
  void targetTabId(search).then((tabId) => {
    if (tabId === null) return;
    const injection = browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] });
    // Kept, rejection and all, for the interface's first connect to report; marked handled meanwhile.
    injection.catch(() => undefined);
    started = { tabId, injection };
  }, () => undefined);
}

/** Injects the content script (idempotent: a second injection finds the first run and reuses it), or takes over the one the entry started. */
export async function injectContentScript(tabId: number): Promise<void> {
  const early = started?.tabId === tabId ? started.injection : null;
  started = null;
  await (early ?? browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] }));
}
