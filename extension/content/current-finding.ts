/**
 * Follows the reader through the findings for the side panel: the current
 * finding is the first one, in text order, whose mark is not above the top
 * of the viewport, as long as it is in view. Measured by a binary search, so
 * a scroll measures a dozen ranges however long the article.
 */
import type { Report } from '../../src/core/types';
import type { ArticleText } from '../../src/page/extract/types';
import { anchorSpan, placeOnPiece } from '../../src/page/overlay/anchor';
import { findingsInTextOrder, type Finding } from '../../src/report/findings';

/** A finding's box in the viewport's coordinates, or null when it is not in the page. */
export type MeasureFinding = (finding: Finding) => { top: number; bottom: number } | null;

/**
 * The first finding not above the viewport (its bottom below 0), when its
 * top is inside the viewport (`viewportHeight`); else null. `findings` are in
 * text order, which is the page's order from top to bottom; findings not in
 * the page count as above, so the search passes them.
 */
export function currentFinding(findings: readonly Finding[], measure: MeasureFinding, viewportHeight: number): string | null {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const box = measure(findings[middle]);
    if (box === null || box.bottom <= 0) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < findings.length; index++) {
    const box = measure(findings[index]);
    if (box === null) continue;
    return box.top < viewportHeight ? findings[index].id : null;
  }
  return null;
}

/** Measures a finding's first piece in the page through one reused Range. */
function rangeMeasure(doc: Document, article: ArticleText): MeasureFinding {
  const range = doc.createRange();
  return (finding) => {
    const [piece] = anchorSpan(article, finding);
    if (!piece || !piece.node.isConnected) return null;
    const rect = placeOnPiece(range, piece).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  };
}

/**
 * After a jump or a step, the page scrolls (smoothly) to put the mark in
 * view, and a finding above it may then lead the viewport: the jumped-to
 * one stays current for this long, until the reader scrolls on.
 */
export const JUMP_SETTLE_MS = 1_000;

export interface ReaderFollower {
  /** Tells the current finding now (after a jump or a step to it). */
  announce(id: string | null): void;
  stop(): void;
}

/**
 * Watches the reader's scrolling (passively, at most once a frame) and calls
 * `onCurrent` whenever the current finding changes. `current` gives the
 * article and Report as analysed now. Never throws into the page.
 */
export function followReader(
  win: Window,
  current: () => { article: ArticleText; report: Report } | null,
  onCurrent: (id: string | null) => void,
): ReaderFollower {
  let told: string | null | undefined;
  let frame = 0;
  let findings: { report: Report; list: Finding[] } | null = null;
  let settledAt = 0;

  const tell = (id: string | null) => {
    if (id === told) return;
    told = id;
    onCurrent(id);
  };

  let afterSettling = 0;
  const measureNow = () => {
    frame = 0;
    const wait = settledAt - win.performance.now();
    if (wait > 0) {
      // The reader may have scrolled on meanwhile: look again once the jump has settled.
      win.clearTimeout(afterSettling);
      afterSettling = win.setTimeout(measureNow, wait);
      return;
    }
    try {
      const analysed = current();
      if (!analysed) return tell(null);
      if (findings?.report !== analysed.report) findings = { report: analysed.report, list: findingsInTextOrder(analysed.report) };
      tell(currentFinding(findings.list, rangeMeasure(win.document, analysed.article), win.innerHeight));
    } catch (error) {
      console.debug('[SourceLens]', error);
    }
  };

  const onScroll = () => {
    if (frame === 0) frame = win.requestAnimationFrame(measureNow);
  };
  // Capture: scrolling containers inside the page count too.
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    announce: (id) => {
      settledAt = win.performance.now() + JUMP_SETTLE_MS;
      tell(id);
    },
    stop: () => {
      win.removeEventListener('scroll', onScroll, { capture: true });
      if (frame !== 0) win.cancelAnimationFrame(frame);
      win.clearTimeout(afterSettling);
    },
  };
}
