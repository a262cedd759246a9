import { connectEarly, earlyMessage, settledWithin } from './injection';

/**
 * Longest the interface waits for the page's first answer before it loads
 * anyway (ms): on a long article the reader sees it say "analysing" meanwhile.
 */
const INTERFACE_WAIT_MS = 1_500;

const root = document.getElementById('app') as HTMLElement;

// The page's work starts first: the tab, the injection and the page's first question, in this one small chunk
// (its stylesheet comes with the interface, so that no stylesheet holds the script back; index.html styles
// the message below). The interface (Preact, the profile, the exports, popup.css) is loaded once the page has
// answered: in cold Chromium traces, parsing and drawing it competed with the page's own work for the cores.
showLoading(root);
void connectEarly(location.search)
  .then(async (early) => {
    if (early) await settledWithin(early.answer, INTERFACE_WAIT_MS);
    const { mountPopup } = await import('./mount');
    mountPopup(root, early);
  });

/** The interface's own 'loading' message (`TabStatus`), put in place without its code. */
function showLoading(into: HTMLElement): void {
  const text = earlyMessage('popupLoading');
  if (!text) return;
  const message = document.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'status');
  message.textContent = text;
  into.replaceChildren(message);
}
