/**
 * Injected into the active tab by the popup (`scripting.executeScript`). Runs
 * the pipeline once per document and follows the page's changes; injecting it again finds the first run through
 * a global guard (this content script's own isolated world) and reuses it.
 * Nothing it does may throw into the page.
 */
import browser from 'webextension-polyfill';
import { takeForcedFailure } from '../diagnostics-storage';
import { isContentRequest, isPracticeRequest, type BackgroundMessage, type PageState } from '../messages';
import { createPageController, type PageController } from './controller';
import { createPracticeSession } from './practice-session';
import { kindsShown, type Settings } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-storage';

declare global {
  // eslint-disable-next-line no-var
  var __sourcelensController: Promise<PageController> | undefined;
}

function summary(state: PageState): BackgroundMessage {
  if (state.status === 'ready') {
    const { anonymous, attributions } = state.report.profile;
    return { type: 'sourcelens/analysed', anonymous, attributions };
  }
  if (state.status === 'no-article') return { type: 'sourcelens/no-article' };
  return { type: 'sourcelens/failed', error: { name: state.name, message: state.message } };
}

function start(): void {
  if (globalThis.__sourcelensController) return;
  // The badge is the background's; a closed popup or a missing listener is no error of the page's.
  const tellBackground = (state: PageState) => {
    browser.runtime.sendMessage(summary(state)).catch(() => undefined);
  };
  // The test flag is read first (one storage read); a failure to read it is no reason not to analyse.
  const controllerReady = takeForcedFailure()
    .catch(() => false)
    .then((forceFailure) => {
      // Live: the page's later changes and in-page navigation are followed, and the badge with them.
      const controller = createPageController(document, location.href, { live: true, onUpdate: tellBackground, forceFailure });
      // The reader's settings: applied as soon as they load, and again whenever they change (in any tab).
      const applySettings = (settings: Settings) => controller.configure({ kinds: kindsShown(settings), scheme: settings.scheme, classroom: settings.classroom });
      loadSettings().then(applySettings, () => undefined);
      onSettingsChanged(applySettings);
      tellBackground(controller.state());
      return controller;
    });
  globalThis.__sourcelensController = controllerReady;

  // Practice mode (the popup's "Practice" button): its own requests, on top of the controller.
  const practiceReady = controllerReady.then((controller) => createPracticeSession(document, controller));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPracticeRequest(message)) return undefined;
    return practiceReady.then((practice) => practice.handle(message));
  });

  // Listening at once, so the popup's first question (right after injecting) waits for the answer.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    return controllerReady.then((controller) => controller.handle(message));
  });
}

try {
  start();
} catch (error) {
  console.debug('SourceLens could not start on this page:', error);
}
