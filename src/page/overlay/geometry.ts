/**
 * Where drawn marks are on the page: measuring them (which forces layout, so
 * the overlay does it in slices and only when the page may have moved), and
 * an index by page row, so that finding the marks under the pointer tests a
 * few marks instead of every mark of a long article.
 */
import type { Box } from './highlight';
import type { PageRect } from './layer';

/** A pointer this close (CSS pixels) to a mark's box counts as on it. */
export const HIT_SLOP_PX = 1;

/** Height of one row of the hit index (CSS pixels): a few lines of text, so a row holds a few marks. */
export const HIT_ROW_HEIGHT_PX = 64;

/** The stretch of the page, top to bottom (page coordinates), that a mark's boxes cover. */
export interface VerticalExtent {
  top: number;
  bottom: number;
}

/** A mark's place on the page: where its focus target goes, and every box it covers. */
export interface MarkGeometry {
  target: PageRect;
  /** Its non-empty client rects, in page coordinates. */
  rects: PageRect[];
  /** From the top of its first rect to the bottom of its lowest; null when it has no box on screen. */
  extent: VerticalExtent | null;
}

/** The first non-empty rect of `boxes`, else the first box's bounding rect. */
export function firstRect(boxes: readonly Box[]): DOMRect | null {
  for (const box of boxes) {
    const rects = box.getClientRects();
    for (let index = 0; index < rects.length; index++) {
      if (rects[index].width > 0 || rects[index].height > 0) return rects[index];
    }
  }
  return boxes.length > 0 ? boxes[0].getBoundingClientRect() : null;
}

/** The page is scrolled by `win`: client coordinates plus the scroll offsets. */
export function toPageRect(win: Window, rect: DOMRect | null): PageRect {
  if (!rect) return { top: 0, left: 0, width: 0, height: 0 };
  return { top: rect.top + win.scrollY, left: rect.left + win.scrollX, width: rect.width, height: rect.height };
}

/** Measures one mark's boxes, reading each box's rects once: its focus target's place as `firstRect` gives it, and its boxes for the hit index. */
export function measureMark(win: Window, boxes: readonly Box[]): MarkGeometry {
  const rects: PageRect[] = [];
  let target: DOMRect | null = null;
  for (const box of boxes) {
    const clientRects = box.getClientRects();
    for (let index = 0; index < clientRects.length; index++) {
      const rect = clientRects[index];
      if (!target && (rect.width > 0 || rect.height > 0)) target = rect;
      if (rect.width > 0 && rect.height > 0) rects.push(toPageRect(win, rect));
    }
  }
  if (!target && boxes.length > 0) target = boxes[0].getBoundingClientRect();
  let extent: VerticalExtent | null = null;
  for (const { top, height } of rects) {
    extent = extent ? { top: Math.min(extent.top, top), bottom: Math.max(extent.bottom, top + height) } : { top, bottom: top + height };
  }
  return { target: toPageRect(win, target), rects, extent };
}

/**
 * Marks by the page rows their boxes cross. Ids are added in increasing order
 * (each mark's position in text order), so every row's list stays sorted and
 * free of repeats without sorting.
 */
export class HitIndex {
  private readonly rows = new Map<number, number[]>();

  add(id: number, rects: readonly PageRect[]): void {
    for (const rect of rects) {
      const first = Math.floor((rect.top - HIT_SLOP_PX) / HIT_ROW_HEIGHT_PX);
      const last = Math.floor((rect.top + rect.height + HIT_SLOP_PX) / HIT_ROW_HEIGHT_PX);
      for (let row = first; row <= last; row++) {
        const ids = this.rows.get(row);
        if (!ids) this.rows.set(row, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    }
  }

  /** The marks that may lie under a point in page coordinates, in increasing id order; check each against its live boxes. */
  candidatesAt(pageY: number): readonly number[] {
    return this.rows.get(Math.floor(pageY / HIT_ROW_HEIGHT_PX)) ?? [];
  }
}
