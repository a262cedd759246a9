/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the tab's
 * sourcing profile beside the article, staying open while the reader scrolls
 * and clicks in the page. The profile on top, then every finding in text
 * order; choosing one shows its mark in the page, and the finding the reader
 * is at is followed in the list (`current-finding.ts` in the content script).
 * The reader's corrections (`src/report/corrections.ts`) change the profile
 * and the exports at once, and are kept for the page on this device.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import type { Report } from '../../src/core/types';
import { t } from '../i18n';
import { isBackgroundMessage, isCurrentFindingMessage } from '../messages';
import { ask, connect, focusFinding, targetTabId } from '../popup/page-link';
import { Shortcuts } from '../shortcuts';
import { Exports } from '../ui/Exports';
import { OverlaySwitch } from '../ui/OverlaySwitch';
import { ProfileSummary } from '../ui/ProfileSummary';
import { TabStatus, type TabView } from '../ui/TabStatus';
import { useCorrections } from '../ui/use-corrections';
import { FindingList } from './FindingList';

/**
 * The tab the panel shows: `?tabId=N` when given (tests), else the active tab
 * of the panel's window, followed as the reader switches tabs.
 */
function useShownTab(): number | null | 'none' {
  const [tabId, setTabId] = useState<number | null | 'none'>(null);
  useEffect(() => {
    const fixed = new URLSearchParams(location.search).has('tabId');
    void targetTabId(location.search).then((id) => setTabId(id ?? 'none'));
    if (fixed) return undefined;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((window) => (windowId = window.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

export function Panel() {
  const tabId = useShownTab();
  const [view, setView] = useState<TabView>({ status: 'loading' });
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return undefined;
    if (tabId === 'none') {
      setView({ status: 'no-tab' });
      return undefined;
    }
    setView({ status: 'loading' });
    setCurrent(null);
    void connect(tabId).then(setView);
    // The content script tells where the reader is, and (to the background, heard here too) when the page was analysed anew.
    const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
      if (sender.tab?.id !== tabId) return undefined;
      if (isCurrentFindingMessage(message)) setCurrent(message.id);
      else if (isBackgroundMessage(message)) void ask(tabId, { type: 'sourcelens/get-state' }).then(setView);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  if (view.status !== 'ready' || typeof tabId !== 'number') return <TabStatus view={view.status === 'ready' ? { status: 'loading' } : view} unreachable="panelUnreachable" />;

  const jump = async (id: string) => {
    setCurrent(id);
    await focusFinding(tabId, id);
    // Jumping turns the overlay on; keep the switch truthful.
    setView(await ask(tabId, { type: 'sourcelens/get-state' }));
  };

  return (
    <ReportView
      report={view.report}
      overlayVisible={view.overlayVisible}
      current={current}
      onJump={(id) => void jump(id)}
      onToggle={async (visible) => setView(await ask(tabId, { type: 'sourcelens/set-overlay', visible }))}
    />
  );
}

interface ReportViewProps {
  report: Report;
  overlayVisible: boolean;
  current: string | null;
  onJump(id: string): void;
  onToggle(visible: boolean): void;
}

/** The profile and exports as the reader corrected them; the findings, with their corrections. */
function ReportView({ report, overlayVisible, current, onJump, onToggle }: ReportViewProps) {
  const corrections = useCorrections(report);
  return (
    <main data-state="ready" data-view="panel">
      <ProfileSummary report={corrections.corrected} />
      {corrections.corrected.corrections.length > 0 && (
        <p class="note" data-testid="corrections-count">
          {t('correctionsCount', corrections.corrected.corrections.length)}
        </p>
      )}
      <OverlaySwitch visible={overlayVisible} onToggle={onToggle} />
      <Exports report={corrections.corrected} />
      <FindingList report={report} corrections={corrections} current={current} onJump={onJump} />
      <Shortcuts headingLevel={2} />
    </main>
  );
}
