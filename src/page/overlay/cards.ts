/** The card of the mark that is open: which one, where it goes, and its citation for the clipboard. */
import { pushAll } from '../../core/arrays';
import { anchorSpan } from './anchor';
import type { Report } from '../../core/types';
import { correctionStateOf, findingText, type CorrectionAction } from '../../report/corrections';
import { findingById, type Finding } from '../../report/findings';
import { describeMark, type CardCorrection } from './card';
import type { Mark } from './marks';
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

  /**
   * The mark as the reader's corrections have it (its attribution's kind and
   * type as corrected), where its finding stands, and the corrections it
   * offers when someone keeps them.
   */
  function correctionOf(mark: Mark): { mark: Mark; report: Report; correction: CardCorrection } {
    const corrected = context.corrected();
    const { onCorrect, onUndoCorrections } = options;
    const state = corrected ? correctionStateOf(corrected, mark.findingId) : 'as-analysed';
    const analysed = findingById(report, mark.findingId);
    const current = corrected && state !== 'removed' ? findingById(corrected, mark.findingId) : undefined;
    const correction: CardCorrection = { state };
    if (corrected && state !== 'as-analysed' && onUndoCorrections && corrected.corrections.some((c) => c.finding === mark.findingId)) {
      correction.onUndo = context.guarded(undefined, () => onUndoCorrections(mark.findingId));
    }
    if (onCorrect && analysed && state !== 'removed') {
      const words = findingText(analysed.kind === 'condition' ? analysed.condition : analysed.attribution);
      const now: Finding = current ?? analysed;
      correction.controls = {
        report: corrected ?? { ...report, corrections: [] },
        finding: analysed,
        attribution: now.kind === 'attribution' ? now.attribution : null,
        onCorrect: context.guarded(undefined, (action: CorrectionAction) => onCorrect({ finding: mark.findingId, text: words, ...action })),
      };
    }
    if (!corrected || current?.kind !== 'attribution' || mark.finding.type === 'condition') return { mark, report, correction };
    return { mark: { ...mark, finding: { ...mark.finding, attribution: current.attribution } }, report: corrected, correction };
  }

  function render(): void {
    const shown = context.shown();
    if (!shown) return;
    const { drawing, open: opened } = shown;
    const openMark = opened ? drawing.drawn.get(opened.key) : undefined;
    const asCorrected = openMark ? correctionOf(openMark.mark) : null;
    shown.layer.setCard(
      openMark && asCorrected
        ? {
            key: openMark.mark.key,
            correction: asCorrected.correction,
            content: {
              ...describeMark(asCorrected.report, asCorrected.mark, { classroom: options.classroom, translate: options.translate }),
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

  return { open, togglePin, copyOpenCitation, announcePosition, render };
}

export type Cards = ReturnType<typeof createCards>;
