/** Where a card goes beside its mark, and how the overlay scrolls. Reads the window only. */
import type { OpenCard } from './layer';
import { CARD_LAYOUT } from './styles';

/** What a card must not cover, in client coordinates: the marked sentence's rows, and where the mark starts. */
export interface KeepClear {
  top: number;
  bottom: number;
  left: number;
}

/** The rows all of `rects` span (empty boxes left out), from the left of the first; null when none has a box. */
export function keepClearOf(rects: Iterable<DOMRect>): KeepClear | null {
  let clear: KeepClear | null = null;
  for (const rect of rects) {
    if (rect.width <= 0 && rect.height <= 0) continue;
    clear = clear
      ? { top: Math.min(clear.top, rect.top), bottom: Math.max(clear.bottom, rect.bottom), left: clear.left }
      : { top: rect.top, bottom: rect.bottom, left: rect.left };
  }
  return clear;
}

/**
 * Below the rows to keep clear (the whole marked sentence, not only the mark's
 * first line), or above them when there is no room below; kept inside the
 * viewport horizontally.
 */
export function cardPosition(win: Window, keepClear: KeepClear | null): OpenCard['position'] {
  const anchor = keepClear ?? { top: 0, bottom: 0, left: 0 };
  const roomBelow = win.innerHeight - anchor.bottom;
  const above = roomBelow < CARD_LAYOUT.estimatedHeight + CARD_LAYOUT.gap && anchor.top > roomBelow;
  const maxLeft = win.innerWidth - CARD_LAYOUT.maxWidth - CARD_LAYOUT.margin;
  const left = Math.max(CARD_LAYOUT.margin, Math.min(anchor.left, maxLeft));
  return {
    top: (above ? anchor.top - CARD_LAYOUT.gap : anchor.bottom + CARD_LAYOUT.gap) + win.scrollY,
    left: left + win.scrollX,
    above,
  };
}

function prefersReducedMotion(win: Window): boolean {
  try {
    return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

/** How to scroll a mark to the middle of the window: smoothly, unless the reader asked for less motion. */
export function centreScroll(win: Window): ScrollIntoViewOptions {
  return { block: 'center', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' };
}
