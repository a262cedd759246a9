/**
 * Injected into the active tab by the popup (`scripting.executeScript`). Runs
 * the pipeline once per document and follows the page's changes; injecting it again finds the first run through
 * a global guard (this content script's own isolated world) and reuses it.
 * Nothing it does may throw into the page.
 */
import browser from 'webextension-polyfill';
import { isContentRequest, type BackgroundMessage, type PageState } from '../messages';
import { createPageController, type PageController } from './controller';
import { kindsShown, type Settings } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-storage';

declare global {
  // eslint-disable-next-line no-var
  var __sourcelensController: PageController | undefined;
}

function summary(state: PageState): BackgroundMessage {
  if (state.status === 'ready') {
    const { anonymous, attributions } = state.report.profile;
    return { type: 'sourcelens/analysed', anonymous, attributions };
  }
  return state.status === 'no-article' ? { type: 'sourcelens/no-article' } : { type: 'sourcelens/failed' };
}

function start(): void {
  if (globalThis.__sourcelensController) return;
  // The badge is the background's; a closed popup or a missing listener is no error of the page's.
  const tellBackground = (state: PageState) => {
    browser.runtime.sendMessage(summary(state)).catch(() => undefined);
  };
  // Live: the page's later changes and in-page navigation are followed, and the badge with them.
  const controller = createPageController(document, location.href, { live: true, onUpdate: tellBackground });
  globalThis.__sourcelensController = controller;
  // The reader's settings: applied as soon as they load, and again whenever they change (in any tab).
  const applySettings = (settings: Settings) => controller.configure({ kinds: kindsShown(settings), scheme: settings.scheme, classroom: settings.classroom });
  loadSettings().then(applySettings, () => undefined);
  onSettingsChanged(applySettings);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    return Promise.resolve(controller.handle(message));
  });
  tellBackground(controller.state());
}

try {
  start();
} catch (error) {
  console.debug('SourceLens could not start on this page:', error);
}
