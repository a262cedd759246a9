/**
 * The popup's line to a tab: inject the content script (the `activeTab` grant
 * from opening the popup, or a host permission the reader gave), then ask it.
 */
import browser from 'webextension-polyfill';
import { errorSummary } from '../diagnostics';
import type { ContentRequest, FocusReply, PackedPageState, PageState, PracticeAction, PracticeReply } from '../messages';
import { receivePageState } from '../report-pages';
import { CONTENT_SCRIPT_PATH } from '../content-script-path';
import type { EarlyConnection } from './injection';
import { tabIdInSearch } from './tab-in-url';

/** The page state, or `unreachable` when the browser does not let us in. */
export type TabState = PageState | { status: 'unreachable'; message: string };

/**
 * The tab to show: `?tabId=N` in the URL (a test or a pinned popup opened as
 * a page), otherwise the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = tabIdInSearch(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Injects the content script into the tab (idempotent: a second injection
 * finds the first run and reuses it) and asks its state; or takes over the
 * injection and the question the popup's entry started (`early`).
 */
export async function connect(tabId: number, early?: EarlyConnection | null): Promise<TabState> {
  const started = early?.tabId === tabId ? early : null;
  try {
    await (started?.injection ?? browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] }));
  } catch (error) {
    return { status: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  return started ? receive(tabId, started.answer) : ask(tabId, { type: 'sourcelens/get-state' });
}

/** The tab's state after `request`, its Report fetched whole (the content script sends it in parts: `report-pages.ts`). */
export async function ask(tabId: number, request: Exclude<ContentRequest, { type: 'sourcelens/focus-finding' }>): Promise<TabState> {
  return receive(tabId, browser.tabs.sendMessage(tabId, request));
}

/** The tab's state from the content script's `answer`, its Report fetched whole. */
async function receive(tabId: number, answer: Promise<unknown>): Promise<TabState> {
  try {
    const send = (message: unknown) => browser.tabs.sendMessage(tabId, message);
    return await receivePageState(send, (await answer) as PackedPageState);
  } catch (error) {
    return { status: 'error', ...errorSummary(error) };
  }
}

export async function focusFinding(tabId: number, id: string): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'sourcelens/focus-finding', id })) as FocusReply;
    return reply.found;
  } catch {
    return false;
  }
}

/** Starts, stops or asks about practice mode in the tab; `unavailable` when the tab cannot answer. */
export async function askPractice(tabId: number, action: PracticeAction): Promise<PracticeReply> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type: 'sourcelens/practice', action })) as PracticeReply | undefined) ?? { status: 'unavailable' };
  } catch {
    return { status: 'unavailable' };
  }
}
