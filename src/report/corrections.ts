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
import { computeProfile } from '../core/profile';
import type { Attribution, ChainLink, Condition, Kind, Report, Source, SourceType, VoiceMention } from '../core/types';

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
  /** Attributions the reader moved into another source. */
  joined: Set<string>;
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

/** Applies one correction; false when it changed nothing (a merge into the source it is in already). */
function apply(draft: Draft, correction: Correction, order: ReadonlyMap<string, number>): boolean {
  const { finding } = correction;
  switch (correction.action) {
    case 'remove':
      if (finding.startsWith('c')) {
        draft.conditions = draft.conditions.filter((c) => c.id !== finding);
        return true;
      }
      draft.attributions.delete(finding);
      detach(draft, finding);
      draft.conditions = draft.conditions.map((c) => (c.attribution === finding ? { ...c, attribution: null } : c));
      return true;
    case 'kind':
    case 'type': {
      const change = correction.action === 'kind' ? { kind: correction.kind } : { type: correction.type };
      const source = sourceHolding(draft, finding);
      // A source's kind and type are its own, so the correction holds for all its attributions.
      for (const id of source?.attributions ?? [finding]) markCorrected(draft, id, change);
      if (source) draft.sources = draft.sources.map((s) => (s === source ? { ...s, ...change } : s));
      return true;
    }
    case 'same-source': {
      const target = sourceHolding(draft, correction.as);
      const attribution = draft.attributions.get(finding);
      if (!target || !attribution || target.attributions.includes(finding)) return false;
      detach(draft, finding);
      const merged = [...target.attributions, finding].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      draft.sources = draft.sources.map((s) => (s.id === target.id ? { ...s, attributions: merged } : s));
      draft.joined.add(finding);
      markCorrected(draft, finding, { kind: target.kind, type: target.type, refersTo: attribution.refersTo === null ? null : target.id });
      return true;
    }
  }
}

/**
 * A voice's other wordings, once each, as analysed while an attribution of
 * the voice still words it so (pointing to the first that does); a wording
 * the reader joined to the voice says so.
 */
function mentionsOf(source: Source, draft: Draft): VoiceMention[] {
  const wordingOf = (id: string) => draft.attributions.get(id)?.source.text ?? '';
  const firstWording = (text: string, joined: boolean) => source.attributions.find((id) => draft.joined.has(id) === joined && wordingOf(id) === text);
  const mentions = source.mentions.flatMap((mention): VoiceMention[] => {
    const attribution = firstWording(mention.text, false);
    return attribution ? [{ ...mention, attribution }] : [];
  });
  for (const id of source.attributions) {
    const text = wordingOf(id);
    if (draft.joined.has(id) && !mentions.some((mention) => mention.text === text)) mentions.push({ attribution: id, text, why: 'reader' });
  }
  return mentions;
}

/** A condition's holder and path as corrected: its attribution's voice now, the article's own when that attribution went. */
function heldBy(condition: Condition, draft: Draft, sources: readonly Source[]): Condition {
  const exists = (id: string) => sources.some((source) => source.id === id);
  if (condition.attribution !== null && !draft.attributions.has(condition.attribution)) return { ...condition, attribution: null, holder: null, via: [] };
  const holder = condition.attribution !== null && draft.joined.has(condition.attribution) ? (sourceHolding(draft, condition.attribution)?.id ?? null) : condition.holder;
  return { ...condition, holder: holder !== null && exists(holder) ? holder : null, via: condition.via.filter(exists) };
}

/** The chain without the links the reader removed; a link made by an attribution the reader moved names its new voice. */
function chainOf(chain: readonly ChainLink[], draft: Draft, sources: readonly Source[]): ChainLink[] {
  return chain.flatMap((link): ChainLink[] => {
    if (link.via === null) return [link];
    if (!draft.attributions.has(link.via)) return [];
    const source = draft.joined.has(link.via) ? sourceHolding(draft, link.via) : sources.find((s) => s.id === link.source);
    return source ? [{ ...link, source: source.id, name: source.name }] : [];
  });
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
    joined: new Set(),
  };
  const applied: Correction[] = [];
  for (const correction of corrections) {
    if (!appliesTo(report, correction)) continue;
    // A finding already removed takes no more corrections, nor can another join its source.
    if (!draft.attributions.has(correction.finding) && !correction.finding.startsWith('c')) continue;
    if (correction.action === 'same-source' && !draft.attributions.has(correction.as)) continue;
    if (apply(draft, correction, order)) applied.push(correction);
  }
  const attributions = report.attributions.map((a) => draft.attributions.get(a.id)).filter((a): a is CorrectedAttribution => a !== undefined);
  const sources = draft.sources.map((source) => ({ ...source, mentions: mentionsOf(source, draft) }));
  const conditions = draft.conditions.map((condition) => heldBy(condition, draft, sources));
  return {
    ...report,
    attributions,
    conditions,
    sources,
    chain: chainOf(report.chain, draft, sources),
    profile: computeProfile(attributions, conditions, sources),
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

/** A correction in words, for the exports: "a17 “Moscow”: the same source as a20 “The Kremlin”". */
export function describeCorrection(correction: Correction): string {
  const finding = `${correction.finding} “${correction.text}”`;
  switch (correction.action) {
    case 'remove':
      return `${finding}: ${correction.finding.startsWith('c') ? 'not a condition' : 'not an attribution'}`;
    case 'kind':
      return `${finding}: ${correction.kind}`;
    case 'type':
      return `${finding}: a ${correction.type}`;
    case 'same-source':
      return `${finding}: the same source as ${correction.as} “${correction.asText}”`;
  }
}

/** The corrections a Report carries: none for one straight from the analyser. */
export function correctionsOf(report: Report): readonly Correction[] {
  return 'corrections' in report ? (report as CorrectedReport).corrections : [];
}

/** Where a finding stands after the reader's corrections: as analysed, corrected, or removed. */
export type CorrectionState = 'as-analysed' | 'corrected' | 'removed';

/**
 * A finding of the analysed Report, as `corrected` has it: removed when it is
 * gone, corrected when a correction changed it (a kind or type said of its
 * whole source counts) or was made on it, else as analysed.
 */
export function correctionStateOf(corrected: CorrectedReport, findingId: string): CorrectionState {
  if (findingId.startsWith('c')) {
    if (!corrected.conditions.some((c) => c.id === findingId)) return 'removed';
  } else {
    const attribution = corrected.attributions.find((a) => a.id === findingId);
    if (!attribution) return 'removed';
    if (isCorrected(attribution)) return 'corrected';
  }
  return corrected.corrections.some((c) => c.finding === findingId) ? 'corrected' : 'as-analysed';
}

/** Whether a reader's correction changed this attribution. */
export function isCorrected(attribution: Attribution): boolean {
  return (attribution as CorrectedAttribution).corrected === true;
}
