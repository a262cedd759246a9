/** The card of the mark that is open: which one, where it goes, and its citation for the clipboard. */
import { pushAll } from '../../core/arrays';
import { anchorSpan } from './anchor';
import { describeMark } from './card';
import { englishWords } from './words';
import type { OpenedBy, OverlayContext } from './context';
import { pieceBox, piecesInPage, type Drawing, type DrawnMark } from './highlight';
import { cardPosition, keepClearOf } from './placement';

export function createCards(context: OverlayContext) {
  const { doc, win, article, report, options, reportError } = context;
  const words = options.translate ?? englishWords;

  /**
   * The boxes a card must leave visible: the mark's, and its finding's whole
   * sentence where the Report's offsets still hold for the page's text.
   */
  function boxesToKeepClear(drawing: Drawing, { mark, boxes }: DrawnMark): DOMRect[] {
    const rects = boxes.flatMap((box) => Array.from(box.getClientRects()));
    if (report.article.text !== article.text) return rects;
    const { finding } = mark;
    const sentence = finding.type === 'condition' ? finding.condition.sentence : finding.attribution.sentence;
    for (const piece of anchorSpan(article, sentence).flatMap((piece) => piecesInPage(drawing, piece))) {
      pushAll(rects, Array.from(pieceBox(doc, piece).getClientRects()));
    }
    return rects;
  }

  /** "Finding 3 of 27": where mark `key` is among the marks in text order; null before the targets are placed. */
  function positionOf(key: string): string | null {
    const shown = context.shown();
    const position = shown?.positionOf.get(key);
    return shown && position !== undefined ? words('findingPosition', position + 1, shown.inTextOrder.length) : null;
  }

  /** Tells screen readers, politely, where the focused finding is. */
  function announcePosition(key: string): void {
    const position = positionOf(key);
    if (position) context.shown()?.layer.announce(position);
  }

  function render(): void {
    const shown = context.shown();
    if (!shown) return;
    const { drawing, open: opened } = shown;
    const openMark = opened ? drawing.drawn.get(opened.key) : undefined;
    shown.layer.setCard(
      openMark
        ? {
            key: openMark.mark.key,
            content: {
              ...describeMark(report, openMark.mark, { classroom: options.classroom, translate: options.translate }),
              position: positionOf(openMark.mark.key) ?? undefined,
              keys: words('cardKeys'),
            },
            translate: options.translate,
            position: cardPosition(win, keepClearOf(boxesToKeepClear(drawing, openMark))),
            pinned: shown.pinned,
            onClose: context.guarded(undefined, () => open(null, opened?.via ?? 'pointer')),
            onTogglePin: context.guarded(undefined, togglePin),
          }
        : null,
    );
  }

  /** Opens the card of mark `key` (null: closes the open one, pinned or not), as `via` asked; another mark's card is not pinned. */
  function open(key: string | null, via: OpenedBy): void {
    const shown = context.shown();
    if (!shown) return;
    const next = key === null ? null : { key, via };
    if (shown.open?.key === next?.key && shown.open?.via === next?.via) return;
    if (shown.open?.key !== next?.key) shown.pinned = false;
    shown.open = next;
    render();
  }

  /** Pins the open card (it stays while the reader moves on), or unpins it. */
  function togglePin(): void {
    const shown = context.shown();
    if (!shown?.open) return;
    shown.pinned = !shown.pinned;
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

  return { open, togglePin, copyOpenCitation, announcePosition };
}

export type Cards = ReturnType<typeof createCards>;
