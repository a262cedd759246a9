/**
 * The floor of click-to-marks: a bare extension that does what any such
 * extension must and nothing more. Its toolbar button opens a popup that
 * injects a script into the tab (`scripting.executeScript`, as ours does),
 * and the script paints one highlight over the page's first paragraph. The
 * bench times it like ours, in the same run, so our figures can be read as
 * how far above that floor we are.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The floor's one highlight (the bench waits for it to be painted). */
export const FLOOR_HIGHLIGHT = 'sourcelens-floor';

const MANIFEST = {
  manifest_version: 3,
  name: 'click-to-marks floor',
  version: '1.0.0',
  action: { default_popup: 'popup.html' },
  // The bench finds an extension's id through its service worker.
  background: { service_worker: 'background.js' },
  permissions: ['activeTab', 'scripting'],
};

const POPUP_SCRIPT = `chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) =>
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['paint.js'] }));`;

const PAINT_SCRIPT = `(() => {
  const paragraph = document.querySelector('article p, main p, p');
  const text = paragraph && [...paragraph.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.data.trim());
  if (!text) return;
  const range = document.createRange();
  range.selectNodeContents(text);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(${FLOOR_HIGHLIGHT}) { background: #ffd8a8; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set('${FLOOR_HIGHLIGHT}', new Highlight(range));
})();`;

/** Writes the floor extension to a new temporary folder and returns the folder. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelens-floor-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(path.join(dir, 'background.js'), '// Nothing: present so the bench can find the extension.\n');
  writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><script src="popup.js"></script>');
  writeFileSync(path.join(dir, 'popup.js'), POPUP_SCRIPT);
  writeFileSync(path.join(dir, 'paint.js'), PAINT_SCRIPT);
  return dir;
}
