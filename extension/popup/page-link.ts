/**
 * The popup's line to a tab: inject the content script (the `activeTab` grant
 * from opening the popup, or a host permission the reader gave), then ask it.
 */
import browser from 'webextension-polyfill';
import { errorSummary } from '../diagnostics';
import type { ContentRequest, FocusReply, PackedPageState, PageState, PracticeAction, PracticeReply } from '../messages';
import { receivePageState } from '../report-pages';
import { injectContentScript } from './injection';

/** The page state, or `unreachable` when the browser does not let us in. */
export type TabState = PageState | { status: 'unreachable'; message: string };

export { targetTabId } from './injection';

export async function connect(tabId: number): Promise<TabState> {
  try {
    await injectContentScript(tabId);
  } catch (error) {
    return { status: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  return ask(tabId, { type: 'sourcelens/get-state' });
}

/** The tab's state after `request`, its Report fetched whole (the content script sends it in parts: `report-pages.ts`). */
export async function ask(tabId: number, request: Exclude<ContentRequest, { type: 'sourcelens/focus-finding' }>): Promise<TabState> {
  try {
    const send = (message: unknown) => browser.tabs.sendMessage(tabId, message);
    return await receivePageState(send, (await send(request)) as PackedPageState);
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
