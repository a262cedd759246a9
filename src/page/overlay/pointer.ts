/**
 * The pointer over marks: which mark is under it (through the hit index of
 * the showing), opening its card, and closing it a moment after the pointer
 * leaves, so the pointer can cross to the card.
 */
import type { Cards } from './cards';
import type { OverlayContext } from './context';
import { HIT_SLOP_PX } from './geometry';
import type { DrawnMark } from './highlight';
import { markLength } from './marks';

/** At most one hover check, and one re-layout, per this many milliseconds. */
export const POINTER_THROTTLE_MS = 50;
/** How long a card stays open after the pointer leaves its mark, so the pointer can reach the card. */
export const CARD_CLOSE_DELAY_MS = 250;

/** Where the pointer is, and whether it is over our card. */
export interface PointerAt {
  x: number;
  y: number;
  overCard: boolean;
}

/** Leading and trailing throttle on the document's timers, cancelled by `signal`. */
export function throttle<A extends unknown[]>(win: Window, waitMs: number, signal: AbortSignal, run: (...args: A) => void) {
  let last = -Infinity;
  let timer: ReturnType<Window['setTimeout']> | null = null;
  let pending: A | null = null;
  signal.addEventListener('abort', () => timer !== null && win.clearTimeout(timer), { once: true });
  const fire = () => {
    timer = null;
    last = Date.now();
    const args = pending;
    pending = null;
    if (args && !signal.aborted) run(...args);
  };
  return (...args: A) => {
    pending = args;
    if (timer !== null) return;
    const wait = waitMs - (Date.now() - last);
    if (wait <= 0) fire();
    else timer = win.setTimeout(fire, wait);
  };
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    x >= rect.left - HIT_SLOP_PX &&
    x <= rect.right + HIT_SLOP_PX &&
    y >= rect.top - HIT_SLOP_PX &&
    y <= rect.bottom + HIT_SLOP_PX
  );
}

export function createPointer(context: OverlayContext, cards: Cards) {
  const { win } = context;

  /** The drawn mark under a point in client coordinates; the narrowest where marks overlap. Only the marks in the point's row are tested. */
  function markAt(x: number, y: number): DrawnMark | null {
    const shown = context.shown();
    if (!shown) return null;
    let best: DrawnMark | null = null;
    for (const position of shown.hits.candidatesAt(y + win.scrollY)) {
      const drawnMark = shown.inTextOrder[position];
      if (best && markLength(drawnMark.mark) >= markLength(best.mark)) continue;
      // Their boxes as they are now: the index only narrows the search, it never decides.
      const hit = drawnMark.boxes.some((box) => Array.from(box.getClientRects()).some((rect) => contains(rect, x, y)));
      if (hit) best = drawnMark;
    }
    return best;
  }

  function cancelClose(): void {
    const shown = context.shown();
    if (shown?.closeTimer != null) win.clearTimeout(shown.closeTimer);
    if (shown) shown.closeTimer = null;
  }

  /**
   * Where the pointer is, and whether over our card: by the card's box, as a
   * listener on the document is not shown the nodes of our closed shadow root
   * in `composedPath()`.
   */
  function pointerAt(event: MouseEvent): PointerAt {
    const card = context.shown()?.layer.cardElement();
    const { clientX: x, clientY: y } = event;
    return { x, y, overCard: !!card && contains(card.getBoundingClientRect(), x, y) };
  }

  function onMove({ x, y, overCard }: PointerAt): void {
    const shown = context.shown();
    if (!shown) return;
    // Over our own card: keep it open so it can be read and its text selected. A pinned card stays put.
    if (overCard || shown.pinned) return cancelClose();
    const hit = markAt(x, y);
    if (hit) {
      cancelClose();
      cards.open(hit.mark.key, 'pointer');
    } else if (shown.open?.via === 'pointer' && shown.closeTimer === null) {
      // Not at once: the pointer may be crossing the gap between the mark and its card.
      shown.closeTimer = win.setTimeout(
        context.guarded(undefined, () => {
          const now = context.shown();
          if (now) now.closeTimer = null;
          if (now?.open?.via === 'pointer') cards.open(null, 'pointer');
        }),
        CARD_CLOSE_DELAY_MS,
      );
    }
  }

  return { pointerAt, onMove, cancelClose };
}

export type Pointer = ReturnType<typeof createPointer>;
