/**
 * A reader's corrections of a Report's findings, and the Report they make.
 * Pure (no DOM, no browser APIs): the panel applies them as the reader makes
 * them and the exports carry the result, so a classroom's corrected Report
 * can serve as its answer key.
 *
 * A correction names its finding by id and by the words it was made on; when
 * the article is analysed anew and that id now holds other words, the
 * correction no longer applies and is left out (listed as stale), never put
 * on another finding.
 */
import type { Attribution, Condition, Kind, Report, Source, SourceType } from '../core/types';
import { computeProfile } from './profile';

/** What a correction says about its finding. */
export type CorrectionAction =
  /** Not an attribution (or, on a condition, not a condition): the finding goes. */
  | { action: 'remove' }
  /** The source is anonymous, or on the record: said of the whole source (all its attributions). */
  | { action: 'kind'; kind: Kind }
  /** The source is a person, an organization…: said of the whole source. */
  | { action: 'type'; type: SourceType }
  /** This attribution's source is the source of attribution `as` (whose words were `asText`). */
  | { action: 'same-source'; as: string; asText: string };

export type Correction = CorrectionAction & {
  /** The finding corrected ("a7", "c2"). */
  finding: string;
  /** Its words when corrected: an attribution's source, a condition's clause. */
  text: string;
};

/** An attribution a correction changed. */
export type CorrectedAttribution = Attribution & { corrected?: true };

/** A Report with the reader's corrections applied, and the corrections themselves (the ones that applied). */
export interface CorrectedReport extends Report {
  attributions: CorrectedAttribution[];
  corrections: Correction[];
}

/** The words a correction of `finding` is made on. */
export function findingText(finding: Attribution | Condition): string {
  return 'clause' in finding ? finding.clause.text : finding.source.text;
}

/** A finding of `report` by id, when its words are still `text`. */
function findingOf(report: Pick<Report, 'attributions' | 'conditions'>, id: string, text: string): Attribution | Condition | undefined {
  const finding = id.startsWith('c') ? report.conditions.find((c) => c.id === id) : report.attributions.find((a) => a.id === id);
  return finding && findingText(finding) === text ? finding : undefined;
}

/**
 * Whether `correction` still applies to `report` (the analysed one): its
 * finding, and for `same-source` the other attribution, still hold the words
 * it was made on, and it asks for something an attribution or condition can be.
 */
export function appliesTo(report: Report, correction: Correction): boolean {
  const finding = findingOf(report, correction.finding, correction.text);
  if (!finding) return false;
  if (correction.action === 'remove') return true;
  if ('clause' in finding) return false;
  if (correction.action === 'same-source') return correction.as !== correction.finding && findingOf(report, correction.as, correction.asText) !== undefined;
  return true;
}

/** The working copy a correction edits. */
interface Draft {
  attributions: Map<string, CorrectedAttribution>;
  conditions: Condition[];
  sources: Source[];
}

function sourceHolding(draft: Draft, attributionId: string): Source | undefined {
  return draft.sources.find((source) => source.attributions.includes(attributionId));
}

/** Takes an attribution out of its source; a source left with none goes too. */
function detach(draft: Draft, attributionId: string): void {
  const holder = sourceHolding(draft, attributionId);
  if (!holder) return;
  const rest = holder.attributions.filter((id) => id !== attributionId);
  draft.sources = rest.length > 0 ? draft.sources.map((s) => (s === holder ? { ...s, attributions: rest } : s)) : draft.sources.filter((s) => s !== holder);
}

function markCorrected(draft: Draft, id: string, change: Partial<Attribution>): void {
  const attribution = draft.attributions.get(id);
  if (attribution) draft.attributions.set(id, { ...attribution, ...change, corrected: true });
}

function apply(draft: Draft, correction: Correction, order: ReadonlyMap<string, number>): void {
  const { finding } = correction;
  switch (correction.action) {
    case 'remove':
      if (finding.startsWith('c')) {
        draft.conditions = draft.conditions.filter((c) => c.id !== finding);
        return;
      }
      draft.attributions.delete(finding);
      detach(draft, finding);
      draft.conditions = draft.conditions.map((c) => (c.attribution === finding ? { ...c, attribution: null } : c));
      return;
    case 'kind':
    case 'type': {
      const change = correction.action === 'kind' ? { kind: correction.kind } : { type: correction.type };
      const source = sourceHolding(draft, finding);
      // A source's kind and type are its own, so the correction holds for all its attributions.
      for (const id of source?.attributions ?? [finding]) markCorrected(draft, id, change);
      if (source) draft.sources = draft.sources.map((s) => (s === source ? { ...s, ...change } : s));
      return;
    }
    case 'same-source': {
      const target = sourceHolding(draft, correction.as);
      const attribution = draft.attributions.get(finding);
      if (!target || !attribution || target.attributions.includes(finding)) return;
      detach(draft, finding);
      const merged = [...target.attributions, finding].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      draft.sources = draft.sources.map((s) => (s.id === target.id ? { ...s, attributions: merged } : s));
      markCorrected(draft, finding, { kind: target.kind, type: target.type, refersTo: attribution.refersTo === null ? null : target.id });
      return;
    }
  }
}

/**
 * `report` as corrected: each correction that still applies, in the order
 * made (a later one on the same finding wins), then the sourcing profile
 * computed again from what is left. Source ids stay as analysed, so every
 * reference in the exports still holds; a source left with no attribution
 * is dropped.
 */
export function applyCorrections(report: Report, corrections: readonly Correction[]): CorrectedReport {
  const order = new Map(report.attributions.map((a, index) => [a.id, index]));
  const draft: Draft = {
    attributions: new Map(report.attributions.map((a) => [a.id, a])),
    conditions: [...report.conditions],
    sources: report.sources.map((s) => ({ ...s, attributions: [...s.attributions] })),
  };
  const applied: Correction[] = [];
  for (const correction of corrections) {
    if (!appliesTo(report, correction)) continue;
    // A finding already removed takes no more corrections, nor can another join its source.
    if (!draft.attributions.has(correction.finding) && !correction.finding.startsWith('c')) continue;
    if (correction.action === 'same-source' && !draft.attributions.has(correction.as)) continue;
    apply(draft, correction, order);
    applied.push(correction);
  }
  const attributions = report.attributions.map((a) => draft.attributions.get(a.id)).filter((a): a is CorrectedAttribution => a !== undefined);
  return {
    ...report,
    attributions,
    conditions: draft.conditions,
    sources: draft.sources,
    profile: computeProfile(attributions, draft.conditions, draft.sources),
    corrections: applied,
  };
}

/** The corrections that no longer apply to `report` (the article changed since they were made). */
export function staleCorrections(report: Report, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((correction) => !appliesTo(report, correction));
}

/** The corrections without those on `finding`: the reader's undo. */
export function undoCorrections(corrections: readonly Correction[], finding: string): Correction[] {
  return corrections.filter((correction) => correction.finding !== finding);
}

const KINDS: readonly string[] = ['anonymous', 'on-record'];
const TYPES: readonly string[] = ['person', 'organization', 'publication', 'document', 'group'];
const isId = (value: unknown): value is string => typeof value === 'string' && /^[acs]\d{1,7}$/.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 10_000;

/** One stored correction, rebuilt field by field; null when it is not one (an older or damaged entry). */
function readCorrection(value: unknown): Correction | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isId(v.finding) || !isText(v.text)) return null;
  const { finding, text } = v;
  switch (v.action) {
    case 'remove':
      return { finding, text, action: 'remove' };
    case 'kind':
      return KINDS.includes(v.kind as string) ? { finding, text, action: 'kind', kind: v.kind as Kind } : null;
    case 'type':
      return TYPES.includes(v.type as string) ? { finding, text, action: 'type', type: v.type as SourceType } : null;
    case 'same-source':
      return isId(v.as) && isText(v.asText) ? { finding, text, action: 'same-source', as: v.as, asText: v.asText } : null;
    default:
      return null;
  }
}

/** Corrections as stored (in the browser's storage, which outlives versions of the extension): what is not one is dropped. */
export function readCorrections(value: unknown): Correction[] {
  if (!Array.isArray(value)) return [];
  return value.map(readCorrection).filter((c): c is Correction => c !== null);
}
