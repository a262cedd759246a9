/**
 * The keyboard among marks: stepping to the next or previous finding, copying
 * the focused finding's citation, closing its card with Escape. Keys act only
 * while the keyboard is on one of our focus targets, so the page's own
 * shortcuts and typing are never taken. Only trusted events count: a page
 * script's own `KeyboardEvent`s never drive them.
 */
import type { Cards } from './cards';
import type { OverlayContext } from './context';
import type { DrawnMark } from './highlight';
import type { MarkKind } from './marks';
import { centreScroll } from './placement';

export type StepDirection = 'next' | 'previous';

/** Keys that step through findings while the keyboard is on one of our marks (Tab reaches them). */
export const STEP_KEYS: Readonly<Record<string, { direction: StepDirection; kind?: MarkKind }>> = {
  n: { direction: 'next' },
  p: { direction: 'previous' },
  a: { direction: 'next', kind: 'anonymous' },
};

/** Copies the focused mark's finding as a citation: the keyboard's way to the card's "Copy citation" button. */
export const COPY_CITATION_KEY = 'c';

/** The first position, going `direction` from `from` (exclusive) and wrapping round, whose mark is of `kind`; -1 for none. */
function nextPosition(inTextOrder: readonly DrawnMark[], from: number, direction: StepDirection, kind?: MarkKind): number {
  const count = inTextOrder.length;
  const stride = direction === 'next' ? 1 : count - 1;
  // From nowhere (-1), 'next' starts at the first mark and 'previous' at the last.
  const start = from === -1 ? (direction === 'next' ? 0 : count - 1) : (from + stride) % count;
  for (let tried = 0, position = start; tried < count; tried++, position = (position + stride) % count) {
    if (!kind || inTextOrder[position].mark.kind === kind) return position;
  }
  return -1;
}

export function createKeyboard(context: OverlayContext, cards: Cards, placeTarget: (key: string) => void) {
  /** The last mark stepped to: where the next step starts when no card is open. */
  let lastStepped: string | null = null;

  /** Steps from where the reader is (the open card's mark, or the last stepped to), or from the start with `fromStart`. */
  function step(direction: StepDirection, kind?: MarkKind, fromStart = false): string | null {
    const shown = context.shown();
    if (!shown) return null;
    const { inTextOrder } = shown;
    if (inTextOrder.length === 0) return null;
    const fromKey = fromStart ? null : (shown.open?.key ?? lastStepped);
    const from = (fromKey !== null ? shown.positionOf.get(fromKey) : undefined) ?? -1;
    const position = nextPosition(inTextOrder, from, direction, kind);
    if (position === -1) return null;
    const key = inTextOrder[position].mark.key;
    lastStepped = key;
    placeTarget(key);
    const element = shown.layer.targetElement(key);
    element?.scrollIntoView(centreScroll(context.win));
    // Focus opens the card (onTargetFocus) and tells screen readers what the mark is.
    element?.focus({ preventScroll: true });
    context.shown()?.drawing.flash(key);
    return key;
  }

  function onKeyDown(event: KeyboardEvent): void {
    const shown = context.shown();
    // Only the reader's own key presses: a page script can make and dispatch KeyboardEvents (not trusted).
    if (!shown || !event.isTrusted) return;
    const focusOnOurs = shown.layer.shadow.activeElement !== null;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === COPY_CITATION_KEY && focusOnOurs && plain) {
      event.preventDefault();
      event.stopPropagation();
      cards.copyOpenCitation();
      return;
    }
    const stepKey = STEP_KEYS[event.key];
    if (stepKey && focusOnOurs && plain) {
      event.preventDefault();
      event.stopPropagation();
      step(stepKey.direction, stepKey.kind);
      return;
    }
    if (event.key !== 'Escape' || !shown.open) return;
    cards.open(null, shown.open.via);
    // Only keep Escape from the page when the keyboard was in our buttons.
    if (focusOnOurs) event.stopPropagation();
  }

  /** The skip link's work: the keyboard to the first finding. */
  const first = () => step('next', undefined, true);

  return { step, first, onKeyDown };
}
