/** The card of the mark that is open: which one, where it goes, and its citation for the clipboard. */
import { describeMark } from './card';
import type { OpenedBy, OverlayContext } from './context';
import { firstRect } from './geometry';
import { cardPosition } from './placement';

export function createCards(context: OverlayContext) {
  const { win, report, options, reportError } = context;

  function render(): void {
    const shown = context.shown();
    if (!shown) return;
    const { drawing, open } = shown;
    const openMark = open ? drawing.drawn.get(open.key) : undefined;
    shown.layer.setCard(
      openMark
        ? {
            key: openMark.mark.key,
            content: describeMark(report, openMark.mark, { classroom: options.classroom }),
            position: cardPosition(win, firstRect(openMark.boxes)),
          }
        : null,
    );
  }

  /** Opens the card of mark `key` (null: closes the open one), as `via` asked. */
  function open(key: string | null, via: OpenedBy): void {
    const shown = context.shown();
    if (!shown) return;
    const next = key === null ? null : { key, via };
    if (shown.open?.key === next?.key && shown.open?.via === next?.via) return;
    shown.open = next;
    render();
  }

  /** The open card's finding as a citation on the clipboard (the card's button does the same by pointer). */
  function copyOpenCitation(): void {
    const shown = context.shown();
    const openMark = shown?.open ? shown.drawing.drawn.get(shown.open.key) : undefined;
    if (!openMark) return;
    const { citation } = describeMark(report, openMark.mark);
    if (citation) void win.navigator.clipboard?.writeText(citation).catch(reportError);
  }

  return { open, copyOpenCitation };
}

export type Cards = ReturnType<typeof createCards>;
