/**
 * Per-tab state and the toolbar badge. The content script reports each
 * analysis here; the badge shows the page's number of anonymous attributions.
 * State lives in `storage.session` because Chrome may stop this worker at any
 * time; it is dropped when the tab navigates or closes.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundMessage, isTransferMessage, STEP_COMMANDS, type BackgroundMessage, type ContentRequest } from '../messages';
import { originOf } from '../diagnostics';
import { recordFailure } from '../diagnostics-storage';
import { answerTransfer, forgetAnalysis } from './analysis';
import { warmAnalyser } from './warm-up';
import { keepAutoRunInSync } from './auto-run';
import { contentScriptTab } from './sender';
import { BADGE_COLOURS, tabStateKey, type TabState } from './tab-state';

async function record(tabId: number, message: BackgroundMessage, pageUrl: string | undefined): Promise<void> {
  let state: TabState;
  switch (message.type) {
    case 'sourcelens/analysed':
      state = { status: 'ready', anonymous: message.anonymous, attributions: message.attributions };
      break;
    case 'sourcelens/no-article':
      state = { status: 'no-article' };
      break;
    case 'sourcelens/failed':
      state = { status: 'error' };
      // Kept for the options page's diagnostics: the origin only, never the page's address or text.
      await recordFailure({ time: new Date().toISOString(), origin: originOf(pageUrl), name: message.error.name, message: message.error.message });
      break;
  }
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await showBadge(tabId, state);
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const text = state.status === 'ready' ? String(state.anonymous) : state.status === 'error' ? '!' : '';
  await browser.action.setBadgeText({ tabId, text });
  if (state.status === 'ready') {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS.anonymous });
    await browser.action.setTitle({
      tabId,
      title: browser.i18n.getMessage('badgeTitle', [String(state.anonymous)]),
    });
  } else if (state.status === 'error') {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS.error });
  }
}

async function forget(tabId: number): Promise<void> {
  forgetAnalysis(tabId);
  await browser.storage.session.remove(tabStateKey(tabId));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content script, in a tab's top frame, sends texts to analyse and figures for the badge.
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (tabId === null) return undefined;
  if (isTransferMessage(message)) return Promise.resolve(answerTransfer(tabId, message));
  if (!isBackgroundMessage(message)) return undefined;
  return record(tabId, message, sender.url ?? sender.tab?.url).then(() => ({ ok: true }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forget(tabId);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: the old analysis (and its badge) no longer applies. (Without
  // the `tabs` permission `change.url` is often absent, so the status alone decides; a badge
  // set per tab otherwise outlives navigation in Chrome.)
  if (change.status === 'loading') {
    void forget(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  }
});

// Keyboard commands step through the findings of the active tab, where SourceLens has run.
browser.commands.onCommand.addListener((command) => {
  const step = STEP_COMMANDS[command];
  if (!step) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const request: ContentRequest = { type: 'sourcelens/step', ...step };
    // No content script in the tab (not analysed yet): nothing to step through.
    return browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});

keepAutoRunInSync();
// After the listeners are in place, so that a message which woke this background is not kept waiting behind it.
setTimeout(warmAnalyser, 0);
