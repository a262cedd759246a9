/**
 * One finding as a citation a fact-checker can paste: the quoted words, who
 * said them (with how the article identifies them), and where. Pure.
 */
import type { Report } from '../../core/types';
import { sourceLabel } from '../../report/format/common';
import type { Mark } from './marks';

/** `“quote” — source (anonymous), Title, URL`; for a condition, the clause and who set it. */
export function citationOf(report: Report, mark: Mark): string {
  const where = [report.title, report.input].filter((part) => part.trim().length > 0).join(', ');
  const { finding } = mark;
  if (finding.type === 'condition') {
    const owner = report.attributions.find((attribution) => attribution.id === finding.condition.attribution);
    const who = owner ? ` — condition set by ${sourceLabel(report, owner)} (${owner.kind})` : ' — condition';
    return `“${finding.condition.clause.text}”${who}. ${where}`.trim();
  }
  const { attribution } = finding;
  const words = attribution.quote?.text ?? attribution.sentence.text;
  // The article's quotation marks stay its own; ours wrap only text that has none.
  const quoted = /^["“«„']/.test(words) ? words : `“${words}”`;
  return `${quoted} — ${sourceLabel(report, attribution)} (${attribution.kind}). ${where}`.trim();
}
