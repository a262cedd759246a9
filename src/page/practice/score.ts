/**
 * Practice scoring: what a student marked, held against what the Report
 * found. Pure data, no DOM.
 *
 * A student's "anonymous source" mark finds an anonymous attribution when it
 * overlaps the attribution's source or its cue; a "condition" mark finds a
 * condition when it overlaps its marker or its clause. Source and cue both
 * count because they are what the overlay draws for an attribution (and what
 * "missed" shows afterwards): a student who marked "officials said" or only
 * "according to" has seen the same finding the overlay shows. On-record
 * attributions are no target: marking one as anonymous is over-marking.
 *
 * Each finding is found at most once and each mark finds at most one finding
 * (a maximum matching of marks to findings they overlap), so selecting a whole
 * paragraph earns one finding, not all of them. A mark that overlaps findings
 * of its kind which other marks have already found is a repeat: neither a find
 * nor over-marking. Over-marked = marks that overlap nothing of their kind.
 */
import type { Report } from '../../core/types';
import type { TextRange } from '../overlay/anchor';
import { marksFromReport } from '../overlay/marks';

/** What a student can mark. */
export type PracticeKind = 'anonymous' | 'condition';
export const PRACTICE_KINDS: readonly PracticeKind[] = ['anonymous', 'condition'];

/** One stretch of `article.text` the student marked as `kind`. */
export interface StudentMark extends TextRange {
  /** Unique within a practice (the order of marking). */
  id: number;
  kind: PracticeKind;
}

/** A finding the student is asked to find. */
export interface PracticeTarget {
  kind: PracticeKind;
  /** The Report id ("a3", "c1"). */
  findingId: string;
  /** What the overlay marks for it, in text order: shown when missed. */
  spans: TextRange[];
  /** What a student mark must overlap to find it (the drawn spans, and the condition's marker). */
  hits: TextRange[];
}

export interface PracticeScore {
  found: { target: PracticeTarget; mark: StudentMark }[];
  missed: PracticeTarget[];
  overMarked: StudentMark[];
  /** Marks of findings another mark had already found. */
  repeated: StudentMark[];
}

/** Figures per kind, for the toolbar and the popup. */
export interface PracticeCounts {
  /** Findings of each kind in the article. */
  targets: Record<PracticeKind, number>;
  found: Record<PracticeKind, number>;
  missed: Record<PracticeKind, number>;
  overMarked: Record<PracticeKind, number>;
}

/** The findings to find: anonymous attributions and conditions, in the Report's order. */
export function practiceTargets(report: Report): PracticeTarget[] {
  const targets: PracticeTarget[] = [];
  for (const mark of marksFromReport(report)) {
    const { finding } = mark;
    const spans = mark.spans.map(({ start, end }) => ({ start, end }));
    if (finding.type === 'attribution' && finding.attribution.kind === 'anonymous') {
      targets.push({ kind: 'anonymous', findingId: mark.findingId, spans, hits: spans });
    } else if (finding.type === 'condition') {
      const { marker } = finding.condition;
      targets.push({ kind: 'condition', findingId: mark.findingId, spans, hits: [...spans, { start: marker.start, end: marker.end }] });
    }
  }
  return targets;
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

function hits(mark: StudentMark, target: PracticeTarget): boolean {
  return mark.kind === target.kind && target.hits.some((range) => overlaps(mark, range));
}

/** Scores the student's marks against the Report's findings. */
export function scorePractice(report: Report, marks: readonly StudentMark[]): PracticeScore {
  const targets = practiceTargets(report);
  const inTextOrder = [...marks].sort((a, b) => a.start - b.start || a.id - b.id);
  const candidates = inTextOrder.map((mark) => targets.filter((target) => hits(mark, target)));
  // Maximum bipartite matching (augmenting paths): mark index ↔ target.
  const markOfTarget = new Map<PracticeTarget, number>();
  const tryAssign = (markIndex: number, visited: Set<PracticeTarget>): boolean => {
    for (const target of candidates[markIndex]) {
      if (visited.has(target)) continue;
      visited.add(target);
      const holder = markOfTarget.get(target);
      if (holder === undefined || tryAssign(holder, visited)) {
        markOfTarget.set(target, markIndex);
        return true;
      }
    }
    return false;
  };
  inTextOrder.forEach((_, index) => tryAssign(index, new Set()));

  const matchedMarks = new Set(markOfTarget.values());
  return {
    found: targets.filter((target) => markOfTarget.has(target)).map((target) => ({ target, mark: inTextOrder[markOfTarget.get(target)!] })),
    missed: targets.filter((target) => !markOfTarget.has(target)),
    overMarked: inTextOrder.filter((_, index) => candidates[index].length === 0),
    repeated: inTextOrder.filter((_, index) => candidates[index].length > 0 && !matchedMarks.has(index)),
  };
}

function perKind(items: readonly { kind: PracticeKind }[]): Record<PracticeKind, number> {
  const counts = { anonymous: 0, condition: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}

/** The score as figures per kind. */
export function practiceCounts(report: Report, score: PracticeScore): PracticeCounts {
  return {
    targets: perKind(practiceTargets(report)),
    found: perKind(score.found.map(({ target }) => target)),
    missed: perKind(score.missed),
    overMarked: perKind(score.overMarked),
  };
}
