/** Where a card goes beside its mark, and how the overlay scrolls. Reads the window only. */
import type { OpenCard } from './layer';
import { CARD_LAYOUT } from './styles';

/** Below the mark, or above it when there is no room below; kept inside the viewport horizontally. */
export function cardPosition(win: Window, rect: DOMRect | null): OpenCard['position'] {
  const anchor = rect ?? ({ top: 0, bottom: 0, left: 0 } as DOMRect);
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
