/**
 * What the extractor gives the rest of the product: the article's plain text
 * and, for each stretch of it, the DOM text node it was copied from, so that a
 * finding's offsets in `text` can be turned back into a DOM Range.
 */

/**
 * `text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start))`.
 * Offsets are UTF-16 code units. Characters the extractor inserts (paragraph
 * breaks, one space standing for collapsed white space) belong to no segment.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export interface ArticleText {
  /** Body text: lead and paragraphs, one paragraph per block, blocks joined by "\n\n". No headline. */
  text: string;
  /** The headline (h1 / og:title / <title>, whichever names the article). */
  title: string;
  /** The page's declared language (`<html lang>`), primary subtag, or null. */
  language: string | null;
  /** In text order, not overlapping. */
  segments: TextSegment[];
  /**
   * Set when the text is not the page's but its metadata's (schema.org
   * `articleBody`, or its description: see metadata.ts): then `segments` is
   * empty and nothing can be marked in the page. Only the command line asks
   * for such text (`extractArticleOrDeclared`).
   */
  textFrom?: 'articleBody' | 'description';
}
