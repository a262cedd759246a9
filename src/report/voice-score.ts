/**
 * Scores voices and the chain against the project's own annotation
 * (`tests/fixtures/voices/NAME.json`, beside the shared gold file NAME.json
 * it keys into: one voice id per gold attribution, in the gold's order, and
 * the page's chain as a careful reader names it).
 *
 * - Voices: B-cubed precision and recall over the gold attributions the
 *   report matched (finding them is scored apart): for each, the share of
 *   its reported voice that shares its annotated voice (precision) and the
 *   share of its annotated voice that the report puts in its voice (recall).
 * - Chain: a page's chain is right when its links are the annotated ones, in
 *   order (a name matches when one's words hold the other's, or a host names
 *   it: "cbsnews.com" is "CBS News").
 */
import type { Report } from '../core/types';
import type { AttributionMatch, Gold } from './score';

export interface VoiceAnnotation {
  /** The gold file it annotates. */
  gold: string;
  /** The chain's names, outermost first. */
  chain: string[];
  /** One per gold attribution, in the gold file's order. */
  voices: { anchor: string; voice: string }[];
  notes?: string;
}

export interface VoiceScore {
  /** Gold attributions scored (those the report matched). */
  items: number;
  /** Sums of the per-item B-cubed precision and recall. */
  precisionSum: number;
  recallSum: number;
  chainCorrect: boolean;
  /** The report's chain, by name (for reading a page's errors). */
  chain: string[];
}

export interface VoiceTotal {
  pages: number;
  items: number;
  precision: number;
  recall: number;
  f1: number;
  chainsCorrect: number;
}

/** An annotation file's JSON, checked against its gold file: a stale one is named, with what to do. */
export function checkVoiceAnnotation(file: string, json: string, gold: Gold): VoiceAnnotation {
  let annotation: Partial<VoiceAnnotation>;
  try {
    annotation = JSON.parse(json) as Partial<VoiceAnnotation>;
  } catch (e) {
    throw new Error(`${file}: not a readable voice annotation (${(e as Error).message})`);
  }
  if (!Array.isArray(annotation.voices) || !Array.isArray(annotation.chain)) {
    throw new Error(`${file}: a voice annotation needs "chain" (names) and "voices" (one {anchor, voice} per gold attribution)`);
  }
  const anchors = gold.attributions.map((a) => a.anchor);
  const mismatch = annotation.voices.findIndex((v, i) => v.anchor !== anchors[i]);
  if (annotation.voices.length !== anchors.length || mismatch >= 0) {
    throw new Error(
      `${file}: its anchors no longer follow the gold file's attributions` +
        (mismatch >= 0 ? ` (at #${mismatch}: "${annotation.voices[mismatch].anchor}" vs "${anchors[mismatch]}")` : ` (${annotation.voices.length} vs ${anchors.length})`) +
        '; annotate the changed gold attributions again',
    );
  }
  return annotation as VoiceAnnotation;
}

const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (name: string) => folded(name).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a reported chain link names the annotated one. */
export function sameOutletName(reported: string, annotated: string): boolean {
  const r = wordsOf(reported.replace(/^(?:www\.)?([^\s/]+)\.[a-z]{2,}$/i, '$1'));
  const a = wordsOf(annotated);
  if (r.length === 0 || a.length === 0) return false;
  if (r.join('') === a.join('')) return true;
  const holds = (outer: string[], inner: string[]) => inner.every((w) => outer.includes(w));
  return holds(r, a) || holds(a, r);
}

export function scoreVoices(report: Report, gold: Gold, annotation: VoiceAnnotation, matches: readonly AttributionMatch[]): VoiceScore {
  const voiceOfAttribution = new Map<string, string>();
  for (const s of report.sources) for (const id of s.attributions) voiceOfAttribution.set(id, s.id);
  const items = matches.map((m) => ({
    annotated: annotation.voices[gold.attributions.indexOf(m.gold)].voice,
    reported: voiceOfAttribution.get(m.reported.id) ?? `unvoiced:${m.reported.id}`,
  }));
  let precisionSum = 0;
  let recallSum = 0;
  for (const item of items) {
    const sameReported = items.filter((o) => o.reported === item.reported);
    const sameAnnotated = items.filter((o) => o.annotated === item.annotated);
    const both = sameReported.filter((o) => o.annotated === item.annotated).length;
    precisionSum += both / sameReported.length;
    recallSum += both / sameAnnotated.length;
  }
  const chain = report.chain.map((l) => l.name);
  const chainCorrect = chain.length === annotation.chain.length && chain.every((name, i) => sameOutletName(name, annotation.chain[i]));
  return { items: items.length, precisionSum, recallSum, chainCorrect, chain };
}

/** Pooled over pages: every scored attribution weighs the same. */
export function totalVoiceScore(pages: readonly VoiceScore[]): VoiceTotal {
  const items = pages.reduce((n, p) => n + p.items, 0);
  const precision = items === 0 ? 1 : pages.reduce((n, p) => n + p.precisionSum, 0) / items;
  const recall = items === 0 ? 1 : pages.reduce((n, p) => n + p.recallSum, 0) / items;
  return {
    pages: pages.length,
    items,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    chainsCorrect: pages.filter((p) => p.chainCorrect).length,
  };
}
