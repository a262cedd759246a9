/**
 * What the overlay marks, derived from a Report: pure data, no DOM. One mark
 * per attribution (its source and cue), one per attributed direct quote, one
 * per condition (its clause).
 */
import type { Attribution, Condition, Report, Span } from '../../core/types';
import type { MarkKind } from '../../report/vocabulary';

export { MARK_KINDS, type MarkKind } from '../../report/vocabulary';

export type MarkFinding =
  | { type: 'attribution'; attribution: Attribution }
  | { type: 'quote'; attribution: Attribution }
  | { type: 'condition'; condition: Condition };

export interface Mark {
  /** Unique per overlay: the finding's id, with "/quote" for a quote mark ("a3", "a3/quote", "c1"). */
  key: string;
  /** The Report id of the finding this mark shows ("a3", "c1"). */
  findingId: string;
  kind: MarkKind;
  /** The stretches of `report.article.text` to mark, in text order, not overlapping. */
  spans: Span[];
  finding: MarkFinding;
}

/** Source and cue, in text order, merged into one span when they touch or overlap. */
function attributionSpans(attribution: Attribution): Span[] {
  const [first, second] = [attribution.source, attribution.cue].sort((a, b) => a.start - b.start);
  if (second.start <= first.end) {
    const end = Math.max(first.end, second.end);
    return [{ text: first.text + second.text.slice(first.end - second.start), start: first.start, end }];
  }
  return [first, second];
}

/** The marks of a Report, attributions and their quotes first, then conditions. */
export function marksFromReport(report: Report): Mark[] {
  const marks: Mark[] = [];
  for (const attribution of report.attributions) {
    marks.push({
      key: attribution.id,
      findingId: attribution.id,
      kind: attribution.kind === 'anonymous' ? 'anonymous' : 'onRecord',
      spans: attributionSpans(attribution),
      finding: { type: 'attribution', attribution },
    });
    if (attribution.quote) {
      marks.push({
        key: `${attribution.id}/quote`,
        findingId: attribution.id,
        kind: 'quote',
        spans: [attribution.quote],
        finding: { type: 'quote', attribution },
      });
    }
  }
  for (const condition of report.conditions) {
    marks.push({
      key: condition.id,
      findingId: condition.id,
      kind: 'condition',
      spans: [condition.clause],
      finding: { type: 'condition', condition },
    });
  }
  return marks;
}

/** The mark `focusFinding(id)` goes to: the attribution or condition itself, never the quote. */
export function markForFinding(marks: readonly Mark[], findingId: string): Mark | undefined {
  return marks.find((mark) => mark.key === findingId);
}

/** Characters a mark covers: the smaller mark wins where marks overlap (a condition inside a quote). */
export function markLength(mark: Mark): number {
  return mark.spans.reduce((total, span) => total + (span.end - span.start), 0);
}
