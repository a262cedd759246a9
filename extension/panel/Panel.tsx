/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the tab's
 * sourcing profile beside the article, staying open while the reader scrolls
 * and clicks in the page. The profile on top, then every finding in text
 * order; choosing one shows its mark in the page, and the finding the reader
 * is at is followed in the list (`current-finding.ts` in the content script).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import type { Report } from '../../src/core/types';
import { t } from '../i18n';
import { isBackgroundMessage, isCurrentFindingMessage } from '../messages';
import { ask, connect, focusFinding, targetTabId } from '../popup/page-link';
import { conditionSetter } from '../popup/summary';
import { Shortcuts } from '../shortcuts';
import { Exports } from '../ui/Exports';
import { findingsInTextOrder, type Finding } from '../ui/findings';
import { KIND_NAMES, SINGLE_TYPE_LABELS } from '../ui/labels';
import { OverlaySwitch } from '../ui/OverlaySwitch';
import { ProfileSummary } from '../ui/ProfileSummary';
import { TabStatus, type TabView } from '../ui/TabStatus';

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

  if (view.status !== 'ready' || typeof tabId !== 'number') return <TabStatus view={view.status === 'ready' ? { status: 'loading' } : view} />;

  const jump = async (id: string) => {
    setCurrent(id);
    await focusFinding(tabId, id);
    // Jumping turns the overlay on; keep the switch truthful.
    setView(await ask(tabId, { type: 'sourcelens/get-state' }));
  };

  return (
    <main data-state="ready" data-view="panel">
      <ProfileSummary report={view.report} />
      <OverlaySwitch visible={view.overlayVisible} onToggle={async (visible) => setView(await ask(tabId, { type: 'sourcelens/set-overlay', visible }))} />
      <Exports report={view.report} analysedAt={view.analysedAt} />
      <FindingList report={view.report} current={current} onJump={(id) => void jump(id)} />
      <Shortcuts headingLevel={2} />
    </main>
  );
}

function FindingList({ report, current, onJump }: { report: Report; current: string | null; onJump(id: string): void }) {
  const list = useRef<HTMLOListElement>(null);
  const findings = findingsInTextOrder(report);

  // The finding the reader is at stays in sight in the list (without taking the keyboard focus).
  useEffect(() => {
    if (current === null) return;
    list.current?.querySelector(`[data-finding="${CSS.escape(current)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        {t('findingsHeading')} <span class="count">({findings.length})</span>
      </h2>
      <p class="note">{t('findingsHint')}</p>
      <ol class="findings" ref={list}>
        {findings.map((finding) => (
          <li key={finding.id}>
            <FindingItem report={report} finding={finding} current={finding.id === current} onJump={onJump} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function FindingItem({ report, finding, current, onJump }: { report: Report; finding: Finding; current: boolean; onJump(id: string): void }) {
  const shared = {
    type: 'button' as const,
    'data-finding': finding.id,
    'aria-current': current ? ('true' as const) : undefined,
    onClick: () => onJump(finding.id),
  };
  if (finding.kind === 'condition') {
    const setter = conditionSetter(report, finding.condition);
    return (
      <button {...shared} class="finding condition">
        <span class="label">{t('findingCondition')}</span>
        <span class="clause">{finding.condition.clause.text}</span>
        <span class="setter">{setter ? t('conditionSetBy', setter.name) : t('conditionUnattributed')}</span>
      </button>
    );
  }
  const { attribution } = finding;
  return (
    <button {...shared} class={`finding kind-${attribution.kind}`}>
      <span class="label">
        {t(KIND_NAMES[attribution.kind])} · {t(SINGLE_TYPE_LABELS[attribution.type])}
      </span>
      <span class="name">{attribution.source.text}</span>
      <span class="cue">{attribution.cue.text}</span>
    </button>
  );
}
