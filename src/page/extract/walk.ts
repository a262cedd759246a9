/**
 * DOM look-ups the extractor needs, done with a TreeWalker so that they
 * never recurse on the page's depth. A browser's own querySelector and
 * textContent are native and safe, but happy-dom's (the CLI's and the
 * tests' DOM) recurse once per level and overflow the stack on a page
 * nested thousands deep; these give the same answers on both. Each is a
 * sliced job (src/page/slices.ts): it pauses as `pauses` says, since the
 * walk can cover the whole page.
 */
import type { SlicedJob } from '../slices';
import type { PauseCounter } from './pause';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The elements with each of `localNames` inside `root`, each list in document
 * order (as `querySelectorAll(name)`), found in one walk.
 */
export function* elementsNamed(root: Node, localNames: readonly string[], pauses: PauseCounter): SlicedJob<Map<string, Element[]>> {
  const found = new Map<string, Element[]>(localNames.map((name) => [name, []]));
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.get((node as Element).localName)?.push(node as Element);
    if (pauses.tick()) yield;
  }
  return found;
}

/** All the text inside `node`, as `textContent` gives it. */
export function* textOf(node: Node, pauses: PauseCounter): SlicedJob<string> {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  const parts: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    parts.push((text as Text).data);
    if (pauses.tick()) yield;
  }
  return parts.join('');
}

/** The `content` of the first of `metas` whose `attribute` is `value` (as `querySelector('meta[attribute="value"]')`). */
export function* metaContent(metas: readonly Element[], attribute: string, value: string, pauses: PauseCounter): SlicedJob<string | null> {
  for (const meta of metas) {
    if (meta.getAttribute(attribute) === value) return meta.getAttribute('content');
    if (pauses.tick()) yield;
  }
  return null;
}

/** The document's title (as `document.title`, before white space is collapsed) from its `titles` elements: the first HTML one's text. */
export function* documentTitle(titles: readonly Element[], pauses: PauseCounter): SlicedJob<string> {
  for (const title of titles) {
    if (title.namespaceURI === HTML_NAMESPACE) return yield* textOf(title, pauses);
    if (pauses.tick()) yield;
  }
  return '';
}
