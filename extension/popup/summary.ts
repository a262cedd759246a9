/**
 * The popup's reading of a Report: sources grouped by kind then type, and
 * who set each condition. Pure, so it is tested without a browser.
 */
import type { Condition, Kind, Report, Source, SourceType } from '../../src/core/types';
import { isPublishingOutlet } from '../../src/core/voices';
import type { PracticeCounts } from '../../src/page/practice/score';

export const KIND_ORDER: readonly Kind[] = ['anonymous', 'on-record'];
export const TYPE_ORDER: readonly SourceType[] = ['person', 'organization', 'publication', 'document', 'group'];

export interface SourceGroup {
  kind: Kind;
  type: SourceType;
  sources: Source[];
}

/** Non-empty groups in a fixed order; within a group, the most cited first (ties: first mentioned). */
export function groupSources(report: Report): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const kind of KIND_ORDER) {
    for (const type of TYPE_ORDER) {
      const sources = report.sources
        .filter((s) => s.kind === kind && s.type === type && s.attributions.length > 0)
        .sort((a, b) => b.attributions.length - a.attributions.length);
      if (sources.length > 0) groups.push({ kind, type, sources });
    }
  }
  return groups;
}

/**
 * Whose a condition is and the path the article knows it by (`Condition.holder`,
 * `via`, as the analyser worked them out, corrections included); a null holder
 * is the article's own.
 */
export function conditionHolder(report: Report, condition: Condition): { holder: Source | null; via: string[] } {
  const named = (id: string) => report.sources.find((s) => s.id === id);
  return { holder: (condition.holder !== null ? named(condition.holder) : undefined) ?? null, via: condition.via.map((id) => named(id)?.name ?? id) };
}

/** Whole percentages of the two kinds that add up to 100 (0/0 when there are no attributions). */
export function kindShares(report: Report): { anonymous: number; onRecord: number } {
  const { attributions, anonymous } = report.profile;
  if (attributions === 0) return { anonymous: 0, onRecord: 0 };
  const anonymousPercent = Math.round((anonymous / attributions) * 100);
  return { anonymous: anonymousPercent, onRecord: 100 - anonymousPercent };
}

/** A file name for exports, from the title: "putin-ready-for-talks.json". */
export function exportFileName(report: Report, extension: 'json' | 'md' | 'csv'): string {
  const slug = report.title
    .toLowerCase()
    // Composed, so letters such as "й" stay one letter.
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return `sourcelens-${slug || 'report'}.${extension}`;
}

const MAX_SLUG_LENGTH = 60;

/** The last practice check in one sentence: found of all findings, missed, over-marked (all kinds together). */
export function practiceSummary(counts: PracticeCounts, translate: (key: string, ...substitutions: number[]) => string): string {
  const total = (figures: PracticeCounts['found']) => figures.anonymous + figures.condition;
  return translate('practiceSummary', total(counts.found), total(counts.targets), total(counts.missed), total(counts.overMarked));
}

/**
 * The chain at the top of the profile: the outlets and relayed sources by
 * which the article knows what it reports ("UNN", "Reuters", "sources in
 * Russia"), and the voices below them: anonymous, and named ones that are
 * not the chain's outlets.
 */
export function chainSummary(report: Report): { links: string[]; anonymousVoices: number; namedVoices: number } | null {
  if (report.chain.length === 0) return null;
  const outlets = new Set(report.chain.map((l) => l.source).filter((id) => report.sources.some((s) => s.id === id && s.type === 'publication')));
  const named = report.sources.filter((s) => s.kind === 'on-record' && !outlets.has(s.id) && !isPublishingOutlet(s, report.page.outlet)).length;
  return { links: report.chain.map((l) => l.name), anonymousVoices: report.profile.anonymousVoices, namedVoices: named };
}
