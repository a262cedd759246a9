/**
 * A layout double for the overlay's tests: happy-dom lays nothing out, so
 * every rect is empty and the overlay, which paints only the marks it
 * measured near the viewport, would paint none. Here each Range has one
 * client rect, 200 × 20 px, on the row of the text node it starts in: text
 * nodes in document order, `rowHeightPx` apart (0: all on the first row).
 * Restored by `vi.restoreAllMocks()`.
 */
import { vi } from 'vitest';

export function layOutTextInRows(doc: Document, rowHeightPx = 0): void {
  const rows = new Map<Node, number>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let row = 0; walker.nextNode(); row++) rows.set(walker.currentNode, row);
  const win = doc.defaultView!;
  const rectOf = (range: Range) => {
    const top = (rows.get(range.startContainer) ?? 0) * rowHeightPx - win.scrollY;
    return { top, bottom: top + 20, left: 0, right: 200, width: 200, height: 20, x: 0, y: top } as DOMRect;
  };
  vi.spyOn(win.Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return [rectOf(this)] as unknown as DOMRectList;
  });
  vi.spyOn(win.Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return rectOf(this);
  });
}
