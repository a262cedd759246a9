/**
 * From a DOM selection to a stretch of `article.text`: the way back of
 * `anchorSpan` (overlay/anchor.ts), through the same segments.
 */
import type { TextRange } from '../overlay/anchor';
import type { StandIn } from '../overlay/highlight';
import type { ArticleText } from '../extract/types';

/** Why a selection cannot be marked. */
export type SelectionProblem = 'empty' | 'outside';

/** White space at the edges of a selection is no part of what the student meant. */
const EDGE_SPACE = /\s/;

/**
 * The stretch of `article.text` that `range` covers, from the first to the
 * last article character in it, trimmed of white space at both ends. A
 * selection running from the article into the page around it is clipped to
 * the article. `outside` when it covers no article text at all, `empty` when
 * it is collapsed or only white space.
 *
 * Where marks are drawn with `<mark>` elements, a segment's node is out of
 * the page and copies of its pieces stand in for it: `standIns` gives them,
 * and the selection is read in them.
 */
export function selectionToText(
  article: ArticleText,
  range: AbstractRange & Pick<Range, 'intersectsNode'>,
  standIns: (node: Text) => readonly StandIn[] | undefined = () => undefined,
): TextRange | SelectionProblem {
  if (range.collapsed) return 'empty';
  let start = Infinity;
  let end = -Infinity;
  for (const segment of article.segments) {
    const length = segment.end - segment.start;
    for (const { node, offset } of standIns(segment.node) ?? [{ node: segment.node, offset: 0 }]) {
      if (!range.intersectsNode(node)) continue;
      // The part of the node inside the range (in the original node's offsets), then the part of that inside the segment.
      const nodeFrom = offset + (node === range.startContainer ? range.startOffset : 0);
      const nodeTo = offset + (node === range.endContainer ? range.endOffset : node.data.length);
      const from = Math.max(nodeFrom, segment.nodeOffset);
      const to = Math.min(nodeTo, segment.nodeOffset + length);
      if (to <= from) continue;
      start = Math.min(start, segment.start + (from - segment.nodeOffset));
      end = Math.max(end, segment.start + (to - segment.nodeOffset));
    }
  }
  if (start >= end) return 'outside';
  const { text } = article;
  while (start < end && EDGE_SPACE.test(text[start])) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1])) end--;
  return start < end ? { start, end } : 'empty';
}
