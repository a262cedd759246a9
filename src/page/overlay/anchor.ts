/**
 * Anchoring: from spans of `article.text` to places in the DOM, and back to
 * text by quotation when offsets can no longer be trusted. Nothing here draws;
 * `highlight.ts` takes the pieces this module finds (see EXAMPLES.md §1,
 * Hypothesis: anchoring is separate from drawing).
 */
import type { ArticleText, TextSegment } from '../extract/types';

/** A half-open stretch `[start, end)` of a text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * One piece of a span that lies inside a single DOM Text node:
 * `node.data.slice(nodeStart, nodeEnd) === text.slice(textStart, textEnd)`.
 */
export interface TextPiece {
  node: Text;
  nodeStart: number;
  nodeEnd: number;
  textStart: number;
  textEnd: number;
}

/**
 * A span described by its words, so it can be found again after the page
 * re-renders and offsets have moved (the W3C Web Annotation selector of the
 * same name). `exact` is the span's text; `prefix`/`suffix` are up to
 * `QUOTE_CONTEXT_LENGTH` characters of `article.text` either side of it.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much context a quote selector keeps either side (Hypothesis keeps 32 too). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Index of the first segment whose end lies after `offset` (segments are in text order). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (segments[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The pieces of `span` that the page's text nodes hold, in text order. The
 * characters the extractor inserted (paragraph breaks, collapsed white space)
 * belong to no node, so a span that starts or ends on them is clipped to the
 * pieces it covers. Pieces whose node no longer holds the expected text (the
 * page changed it since extraction) are left out: we never mark wrong text.
 */
export function anchorSpan(article: ArticleText, span: TextRange): TextPiece[] {
  const pieces: TextPiece[] = [];
  const { segments } = article;
  for (let index = firstSegmentEndingAfter(segments, span.start); index < segments.length; index++) {
    const segment = segments[index];
    if (segment.start >= span.end) break;
    const textStart = Math.max(span.start, segment.start);
    const textEnd = Math.min(span.end, segment.end);
    if (textEnd <= textStart) continue;
    const nodeStart = segment.nodeOffset + (textStart - segment.start);
    const nodeEnd = nodeStart + (textEnd - textStart);
    if (segment.node.data.slice(nodeStart, nodeEnd) !== article.text.slice(textStart, textEnd)) continue;
    pieces.push({ node: segment.node, nodeStart, nodeEnd, textStart, textEnd });
  }
  return pieces;
}

/** A live DOM Range over one piece (live, so it follows edits elsewhere in the page, and can report its client rects). */
export function pieceToRange(doc: Document, piece: TextPiece): Range {
  return placeOnPiece(doc.createRange(), piece);
}

/**
 * Moves `range` over one piece, its offsets clipped to the node's text as it
 * is now: a range is made or moved when a mark is painted or measured, and
 * the page may have shortened the text since it was anchored.
 */
export function placeOnPiece(range: Range, piece: TextPiece): Range {
  const { length } = piece.node;
  range.setStart(piece.node, Math.min(piece.nodeStart, length));
  range.setEnd(piece.node, Math.min(piece.nodeEnd, length));
  return range;
}

/** The quote selector of `span` in `source.text` (an ArticleText or a Report's article). */
export function describeSpan(source: { text: string }, span: TextRange): TextQuoteSelector {
  const { text } = source;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH),
  };
}

/** Length of the common ending of `a` and `b`. */
function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

/** Length of the common beginning of `a` and `b`. */
function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Finds `selector` in `source.text` again: among the exact occurrences of the
 * quote, the one whose surroundings agree best with the recorded prefix and
 * suffix (characters in common next to the quote), ties going to the one
 * nearest `expectedStart` when given, else the first. Null when the quote is
 * empty or no longer occurs. Exact text only: no fuzzy matching yet.
 */
export function findQuote(
  source: { text: string },
  selector: TextQuoteSelector,
  expectedStart?: number,
): TextRange | null {
  const { text } = source;
  const { exact, prefix, suffix } = selector;
  if (exact.length === 0) return null;
  let best: TextRange | null = null;
  let bestContext = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const context =
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(end, end + suffix.length), suffix);
    const distance = expectedStart === undefined ? 0 : Math.abs(at - expectedStart);
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = { start: at, end };
      bestContext = context;
      bestDistance = distance;
    }
  }
  return best;
}
