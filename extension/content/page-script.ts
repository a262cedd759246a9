/**
 * Injected into the active tab by the popup (`scripting.executeScript`). Runs
 * the pipeline once per document and follows the page's changes; injecting it again finds the first run through
 * a global guard (this content script's own isolated world) and reuses it.
 * Nothing it does may throw into the page.
 */
import type { Runtime } from 'webextension-polyfill';
import { browserApi, onMessage } from '../browser-api';
import { forgetCorrections, loadCorrections, onCorrectionsChanged, recordCorrection } from '../corrections-storage';
import { takeForcedFailure } from '../diagnostics-storage';
import { t } from '../i18n';
import type { AnalyseOptions, Report } from '../../src/core/types';
import { errorSummary } from '../diagnostics';
import { isContentRequest, type CurrentFindingMessage, isFindingsRequest, isPracticeRequest, isReportTextRequest, type BackgroundMessage, type ContentRequest, type PageState } from '../messages';
import { answerReportPage, newTransferId, packPageState } from '../report-pages';
import { analyseByMessages } from './analysis-transfer';
import { createPageController, type PageController } from './controller';
import { followReader, type ReaderFollower } from './current-finding';
import { createPracticeSession } from './practice-session';
import { kindsShown, type Settings } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-storage';
import { afterNextFrame } from '../../src/page/slices';

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

/** Analyses the article in the background script, off the page's main thread. */
function analyseInBackground(text: string, options: AnalyseOptions): Promise<Report> {
  return analyseByMessages((message) => {
    const reply = browserApi().runtime.sendMessage(message);
    loadMessagesMeanwhile();
    return reply;
  }, text, options);
}

let messagesLoaded = false;

/**
 * The browser hands a content script the extension's messages (`_locales`) on
 * its first `i18n.getMessage`, a call that waits for the browser (9 ms in a
 * cold Chromium trace of the seed, in the first drawing slice: the marks'
 * labels). Asked once the text is on its way to the background, the page's
 * thread being idle until the Report comes back, so the drawing finds them
 * here. In a task of its own, after the message has left.
 */
function loadMessagesMeanwhile(): void {
  if (messagesLoaded) return;
  messagesLoaded = true;
  setTimeout(() => {
    try {
      t('skipToFirstFinding');
    } catch {
      // Only a head start: the drawing asks again, and reports any failure its own way.
    }
  }, 0);
}

/** Only our own popup and background ask the page anything (browsers route other extensions' messages elsewhere; this says so in code). */
const fromOurExtension = (sender: Runtime.MessageSender) => sender.id === browserApi().runtime.id;

/** Requests that show the overlay's marks, refused during practice. */
const REVEALING = new Set<ContentRequest['type']>(['sourcelens/set-overlay', 'sourcelens/focus-finding', 'sourcelens/step']);

/** The answer to a request refused during practice: nothing was stepped to or shown. */
function refusedDuringPractice(request: ContentRequest, state: PageState) {
  if (request.type === 'sourcelens/step') return { stepped: null };
  if (request.type === 'sourcelens/focus-finding') return { found: false };
  return state;
}

function start(): void {
  if (globalThis.__sourcelensController) return;
  // The side panel follows the reader; with no panel open, nobody listens, which is no error.
  let follower: ReaderFollower | null = null;
  const tellPanel = (id: string | null) => {
    const message: CurrentFindingMessage = { type: 'sourcelens/current-finding', id };
    browserApi().runtime.sendMessage(message).catch(() => undefined);
  };
  // The badge is the background's; a closed popup or a missing listener is no error of the page's.
  const tellBackground = (state: PageState) => {
    browserApi().runtime.sendMessage(summary(state)).catch(() => undefined);
  };
  // The test flag (one storage read) is read while the first look extracts the article; a failure to read
  // it is no reason not to analyse. (Read first, it held the extraction back by a round trip.)
  const forceFailure = takeForcedFailure().catch(() => false);
  const controllerReady = Promise.resolve().then(async () => {
    // Live: the page's later changes and in-page navigation are followed, and the badge with them.
    // The page whose corrections apply: the Report's input, as the panel keys them.
    // (`controller` is set once the first look is done; the callbacks below come later, or find it unset.)
    let controller: PageController | undefined = undefined;
    const page = () => controller?.current()?.report.input ?? location.href;
    const keepingFailed = (error: unknown) => console.debug('[SourceLens]', errorSummary(error));
    const showCorrections = () => loadCorrections(page()).then((corrections) => controller?.setCorrections(corrections), keepingFailed);
    controller = await createPageController(document, location.href, {
      analyseText: analyseInBackground,
      live: true,
      // Cards and marks' names in the interface language (the browser's, as the popup's).
      translate: (key, ...substitutions) => t(key, ...substitutions),
      // A card's corrections are kept as the panel's are; the change comes back through onCorrectionsChanged.
      onCorrect: (correction) => void recordCorrection(page(), correction).catch(keepingFailed),
      onUndoCorrections: (finding) => void forgetCorrections(page(), finding).catch(keepingFailed),
      onUpdate: (state) => {
        tellBackground(state);
        // A navigation inside the site is another page, with its own corrections.
        void showCorrections();
        // A student practising keeps marking the article as the page shows it now.
        void practiceReady.then((practice) => practice.follow());
      },
      forceFailure,
    });
    // The reader's settings: applied as soon as they load, and again whenever they change (in any tab).
    const applySettings = (settings: Settings) =>
      void controller.configure({ kinds: kindsShown(settings), scheme: settings.scheme, classroom: settings.classroom }).catch((error) => console.debug('[SourceLens]', errorSummary(error)));
    loadSettings().then(applySettings, () => undefined);
    onSettingsChanged(applySettings);
    void showCorrections();
    onCorrectionsChanged(page, (corrections) => controller?.setCorrections(corrections));
    tellBackground(controller.state());
    follower = followReader(window, () => controller.current(), tellPanel);
    // The popup loads its interface on the first answer: given once the page has rendered the marks, so
    // that parsing and drawing the interface do not hold up that frame (in cold Chromium traces it did,
    // making it a 60-90 ms task while the machine's cores were busy with both).
    await afterNextFrame(window).catch(() => undefined);
    return controller;
  });
  globalThis.__sourcelensController = controllerReady;

  // Practice mode (the popup's "Practice" button): its own requests, on top of the controller.
  const practiceReady = controllerReady.then((controller) => createPracticeSession(document, controller));
  onMessage((message, sender) => {
    if (!fromOurExtension(sender) || !isPracticeRequest(message)) return undefined;
    return practiceReady.then((practice) => practice.handle(message));
  });

  // Listening at once, so the popup's first question (right after injecting) waits for the answer.
  onMessage((message, sender) => {
    if (!fromOurExtension(sender) || !isContentRequest(message)) return undefined;
    return Promise.all([controllerReady, practiceReady]).then(async ([controller, practice]) => {
      // While a student practises, nothing may show the answers: steps and jumps would turn the marks on.
      const reply = practice.active() && REVEALING.has(message.type) ? refusedDuringPractice(message, controller.state()) : await controller.handle(message);
      // A jump or a step moves the reader to that finding.
      if ('found' in reply && reply.found && message.type === 'sourcelens/focus-finding') follower?.announce(message.id);
      if ('stepped' in reply && reply.stepped !== null) follower?.announce(reply.stepped);
      // A state goes without its Report's text and findings: the popup fetches those in parts.
      return 'status' in reply ? packPageState(reply, reportName) : reply;
    });
  });
  onMessage((message, sender) => {
    if (!fromOurExtension(sender) || !(isReportTextRequest(message) || isFindingsRequest(message))) return undefined;
    return controllerReady.then((controller) => {
      const report = controller.current()?.report;
      if (!report) return { ok: false, error: { name: 'AnalysisTransferIncomplete', message: 'no Report here any more' } };
      return answerReportPage(report, reportName(report), message);
    });
  });
}

/** Each Report's name for the popup's fetches of its parts: a newer analysis's Report has another. */
const reportNames = new WeakMap<Report, string>();
function reportName(report: Report): string {
  let name = reportNames.get(report);
  if (!name) reportNames.set(report, (name = newTransferId()));
  return name;
}

try {
  start();
} catch (error) {
  console.debug('SourceLens could not start on this page:', error);
}
