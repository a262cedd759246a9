/** The direct quotation a cue attributes: the nearest in its sentence, or the one its colon introduces. */
import { firstQuoteEndingAfter, type QuoteSpan } from '../quotes';
import type { Span } from '../types';
import { type Reading, span } from './reading';

/** The quotation attributed by a cue in this sentence: the nearest one that does not hold the cue. */
export function quoteFor(r: Reading, sentence: Span, cueStart: number): Span | null {
  let best: QuoteSpan | null = null;
  let bestDistance = Infinity;
  // Quotes are sorted; find those overlapping the sentence.
  const lo = firstQuoteEndingAfter(r.quotes, sentence.start);
  for (let k = lo; k < r.quotes.length && r.quotes[k].start < sentence.end; k++) {
    const q = r.quotes[k];
    if (q.start <= cueStart && cueStart < q.end) continue;
    // Scare quotes of a word or two are not direct quotations.
    if (q.end - q.start < 25 && !/\s\S+\s\S+/.test(r.text.slice(q.start, q.end))) continue;
    const distance = q.start > cueStart ? q.start - cueStart : cueStart - q.end;
    if (distance < bestDistance) {
      best = q;
      bestDistance = distance;
    }
  }
  if (!best && /:\s*$/.test(sentence.text)) {
    // 'Smith said:' ending a sentence introduces the quotation right after it.
    const next = r.quotes[lo];
    if (next && next.start >= sentence.end && /^\s*$/.test(r.text.slice(sentence.end, next.start))) best = next;
  }
  return best ? span(r.text, best.start, best.end) : null;
}
