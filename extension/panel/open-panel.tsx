/**
 * The popup's way to the side panel: Chrome's `sidePanel`, Firefox's
 * `sidebarAction`. Both open only in answer to the reader's click, so the
 * call is made at once in the click handler, before anything is awaited.
 */
import browser from 'webextension-polyfill';
import { t } from '../i18n';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Chrome's `chrome.sidePanel`, absent in Firefox (and absent from the polyfill's types). */
function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Whether this browser has a side panel for us: Chrome's side panel or Firefox's sidebar. */
export function canOpenPanel(): boolean {
  return chromeSidePanel() !== undefined || typeof browser.sidebarAction?.open === 'function';
}

/** Opens the panel beside tab `tabId`; the popup then closes, its work done. */
export function openPanel(tabId: number): Promise<void> {
  const sidePanel = chromeSidePanel();
  const opened = sidePanel ? sidePanel.open({ tabId }) : browser.sidebarAction.open();
  return opened.then(() => window.close());
}

export function OpenPanel({ tabId }: { tabId: number }) {
  if (!canOpenPanel()) return null;
  return (
    <button type="button" class="open-panel" data-testid="open-panel" onClick={() => void openPanel(tabId).catch((error) => console.debug('[SourceLens]', error))}>
      {t('openPanel')}
    </button>
  );
}
