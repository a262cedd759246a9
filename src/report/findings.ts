/**
 * The findings of a Report in the order a reader meets them in the article:
 * attributions and conditions together. Pure: the panel lists them so, and
 * the content script follows the reader through them in the same order.
 */
import type { Attribution, Condition, Report } from '../core/types';

export type Finding =
  | { id: string; kind: 'attribution'; start: number; end: number; attribution: Attribution }
  | { id: string; kind: 'condition'; start: number; end: number; condition: Condition };

/** Where a finding is marked: an attribution's source and cue, a condition's marker and clause. */
function attributionFinding(attribution: Attribution): Finding {
  const start = Math.min(attribution.source.start, attribution.cue.start);
  const end = Math.max(attribution.source.end, attribution.cue.end);
  return { id: attribution.id, kind: 'attribution', start, end, attribution };
}

function conditionFinding(condition: Condition): Finding {
  return { id: condition.id, kind: 'condition', start: condition.clause.start, end: condition.clause.end, condition };
}

/** The finding with id `id` ("a3", "c1"), or undefined. */
export function findingById(report: Pick<Report, 'attributions' | 'conditions'>, id: string): Finding | undefined {
  if (id.startsWith('c')) {
    const condition = report.conditions.find((c) => c.id === id);
    return condition && conditionFinding(condition);
  }
  const attribution = report.attributions.find((a) => a.id === id);
  return attribution && attributionFinding(attribution);
}

/** Every finding by where it starts in the text (ties: attributions first, as they hold their conditions). */
export function findingsInTextOrder(report: Pick<Report, 'attributions' | 'conditions'>): Finding[] {
  const findings = [...report.attributions.map(attributionFinding), ...report.conditions.map(conditionFinding)];
  return findings.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'attribution' ? -1 : 1));
}
