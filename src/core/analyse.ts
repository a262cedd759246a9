import { version } from '../../package.json';
import { pushAll } from './arrays';
import type { FoundAttribution, Mention } from './attribution';
import { buildChain, conditionHolders } from './chain';
import type { ConditionFinding } from './conditions';
import { resolveLanguage } from './language';
import { lexiconFor } from './lexicon';
import { documentNames } from './names';
import { paragraphInputs, readParagraph, type ParagraphFindings, type ParagraphInput } from './paragraph';
import { computeProfile } from './profile';
import { findQuotes } from './quotes';
import { splitParagraphs } from './sentences';
import { mergeSources } from './sources';
import type { AnalyseOptions, Attribution, Condition, Report, Source, Span } from './types';
import { clusterVoices } from './voices';

/** The tool that wrote a Report, as `Report.page.tool` names it. */
export const TOOL = `SourceLens ${version}`;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The attribution whose content holds a condition: one whose quote holds it,
 * else one in the same sentence whose source and cue it lies outside of (the
 * nearest cue before the condition, else the first after it). Indexed once,
 * so that owning every condition of a long article stays linear.
 */
function conditionOwners(attributions: readonly Attribution[]): (condition: { marker: Span; sentence: Span }) => string | null {
  // Quotations never overlap: two attributions' quotes are the same span or apart.
  // For each quote, the first attribution that has it; in text order.
  const firstByQuoteStart = new Map<number, { quote: Span; id: string }>();
  const bySentence = new Map<number, Attribution[]>();
  for (const a of attributions) {
    if (a.quote !== null && !firstByQuoteStart.has(a.quote.start)) firstByQuoteStart.set(a.quote.start, { quote: a.quote, id: a.id });
    const inSentence = bySentence.get(a.sentence.start);
    if (inSentence) inSentence.push(a);
    else bySentence.set(a.sentence.start, [a]);
  }
  const quoted = [...firstByQuoteStart.values()].sort((x, y) => x.quote.start - y.quote.start);
  return ({ marker, sentence }) => {
    const q = lastStartingAtOrBefore(quoted, marker.start);
    if (q >= 0 && marker.end <= quoted[q].quote.end) return quoted[q].id;
    const candidates = (bySentence.get(sentence.start) ?? []).filter((a) => !overlaps(a.source, marker) && !overlaps(a.cue, marker));
    const before = candidates.filter((a) => a.cue.start < marker.start);
    if (before.length > 0) return before[before.length - 1].id;
    return candidates.length > 0 ? candidates[0].id : null;
  };
}

/** Index of the last quote starting at or before `offset`, or -1 (binary search over quotes sorted by start). */
function lastStartingAtOrBefore(quoted: readonly { quote: Span }[], offset: number): number {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].quote.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The attribution's source is its voice's name itself (not a pronoun or a description of it). */
function namesItsVoice(f: FoundAttribution, voice: Source): boolean {
  return voice.kind === 'on-record' && !f.pronoun && f.source.text.toLowerCase() === voice.name.toLowerCase();
}

/**
 * The costly steps of the analysis, given: as they are (`analyse`), or with
 * a cache in front of them (`incremental.ts`).
 */
export interface AnalysisSteps {
  /** `resolveLanguage`: the language of the article. */
  articleLanguage: (text: string, declared: string | undefined) => string;
  /** `readParagraph`: one paragraph's findings. */
  readParagraph: (input: ParagraphInput) => ParagraphFindings;
}

const STEPS_AS_THEY_ARE: AnalysisSteps = { articleLanguage: resolveLanguage, readParagraph };

/**
 * Text in, Report out: finds the attributions, conditions and sources of an
 * article's plain text. Pure: no DOM, no extension APIs, no I/O.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Report {
  return analyseWith(STEPS_AS_THEY_ARE, text, options);
}

/**
 * The analysis, with its costly steps given: the article's language, and
 * each paragraph's reading; what reaches across paragraphs (quotations,
 * sources, ids, owners of conditions, profile) is done here.
 */
export function analyseWith(steps: AnalysisSteps, text: string, options: AnalyseOptions = {}): Report {
  // The declared language unless the text plainly is in another; paragraphs in a third
  // language (a Ukrainian teaser on an English page) are read with their own lexicon.
  const language = steps.articleLanguage(text, options.language);
  const lexicon = lexiconFor(language);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const found: FoundAttribution[] = [];
  const mentions: Mention[] = [];
  const conditionsFound: ConditionFinding[] = [];
  let words = 0;
  const names = documentNames(text, lexicon.attributions.nameJoiners, lexicon.attributions.nonNameCapitals);
  for (const input of paragraphInputs(text, paragraphs, quotes, language, names.openings)) {
    const findings = steps.readParagraph(input);
    pushAll(found, findings.attributions);
    pushAll(mentions, findings.mentions);
    pushAll(conditionsFound, findings.conditions);
    words += findings.words;
  }
  // Paragraphs are read in text order, and each gives its findings in text order: this only
  // makes sure of it.
  const firstOffset = (f: FoundAttribution) => Math.min(f.source.start, f.cue.start);
  found.sort((a, b) => a.sentence.start - b.sentence.start || firstOffset(a) - firstOffset(b));
  mentions.sort((a, b) => a.source.start - b.source.start);
  conditionsFound.sort((a, b) => a.marker.start - b.marker.start);
  const ids = found.map((_, i) => `a${i + 1}`);
  const merged = mergeSources(text, found, mentions, ids, lexicon.attributions, names.capitalisedInside);
  const outlet = options.outlet ?? null;
  const voices = clusterVoices(text, found, ids, merged, lexicon.attributions, outlet);
  const attributions: Attribution[] = found.map((f, i) => ({
    id: ids[i],
    kind: merged.kinds[i].kind,
    // One name is one type: a mention joined to its voice by name takes the voice's ("As Reuters notes").
    type: namesItsVoice(f, voices.sources[voices.sourceOf[i]]) ? voices.sources[voices.sourceOf[i]].type : merged.kinds[i].type,
    source: f.markedSource,
    cue: f.cue,
    sentence: f.sentence,
    quote: f.quote,
    reason: merged.kinds[i].kind === 'anonymous' ? f.reason : null,
    refersTo: merged.resolved[i] ? voices.sources[voices.sourceOf[i]].id : null,
  }));

  // A source's stated reason for anonymity holds for its later attributions too ("the source said").
  const reasonOfSource = new Map<number, Span>();
  attributions.forEach((a, i) => {
    const source = voices.sourceOf[i];
    if (a.kind !== 'anonymous') return;
    if (a.reason) reasonOfSource.set(source, a.reason);
    else a.reason = reasonOfSource.get(source) ?? null;
  });

  const ownerOf = conditionOwners(attributions);
  const owned: Condition[] = conditionsFound.map((c, i) => ({
    id: `c${i + 1}`,
    marker: c.marker,
    clause: c.clause,
    sentence: c.sentence,
    attribution: ownerOf(c),
    holder: null,
    via: [],
  }));
  const relay = { attributions, sources: voices.sources, sourceOf: voices.sourceOf, outlet, lexicon: lexicon.chain };
  const chain = buildChain(relay);
  const conditions = conditionHolders(owned, { ...relay, text, chain });

  return {
    schema: 2,
    // The analyser reads no clock: the caller says when (the content script, the command line).
    page: { url: options.url ?? '', outlet, analysedAt: options.analysedAt ?? '', tool: TOOL },
    input: options.input ?? '',
    title: options.title ?? '',
    language,
    article: { text, words, paragraphs: paragraphs.length },
    attributions,
    conditions,
    sources: voices.sources,
    chain,
    profile: computeProfile(attributions, conditions, voices.sources),
  };
}
