/**
 * The skip link: while marks are on, the first stop of Tab on the page
 * ("Skip to the first finding"), so a keyboard user reaches the findings
 * without first going through every link of the page. Hidden until focused.
 * Its host is the first child of `<body>` (first in Tab order), ours and
 * marked as such, and leaves with the marks.
 */
import { createOwnHost } from '../own-host';

const SKIP_CSS = `
.skip { position: fixed; left: 8px; top: -100px; margin: 0; padding: 8px 14px; border: 2px solid #1c7ed6;
  border-radius: 6px; background: #ffffff; color: #1a1b1e; font: 15px/1.4 system-ui, sans-serif; cursor: pointer;
  z-index: 2147483647; }
.skip:focus { top: 8px; outline: 2px solid #1c7ed6; outline-offset: 2px; }
`;

export interface SkipLink {
  remove(): void;
}

/** Puts the skip link at the start of the page; `onActivate` runs when the reader presses it. */
export function createSkipLink(doc: Document, label: string, onActivate: () => void): SkipLink {
  const { host, shadow } = createOwnHost(doc, 'skip', 'position: absolute; top: 0; left: 0; width: 0; height: 0;', SKIP_CSS);
  const button = doc.createElement('button');
  button.setAttribute('type', 'button');
  button.setAttribute('class', 'skip');
  button.textContent = label;
  button.addEventListener('click', onActivate);
  shadow.appendChild(button);
  const parent = doc.body ?? doc.documentElement;
  parent.insertBefore(host, parent.firstChild);
  return { remove: () => host.remove() };
}
