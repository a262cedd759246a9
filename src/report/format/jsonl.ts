/**
 * The Report as one line of JSON Lines: exactly the schema-2 object of
 * `spec/report.md`, keys in the spec's order whatever order the analyser
 * built them in, so that scripts and diffs see one stable form. Pure.
 */
import type { Attribution, ChainLink, Condition, Report, Source, Span } from '../../core/types';

function span(s: Span): Span {
  return { text: s.text, start: s.start, end: s.end };
}

function spanOrNull(s: Span | null): Span | null {
  return s === null ? null : span(s);
}

function attribution(a: Attribution): Attribution {
  return {
    id: a.id,
    kind: a.kind,
    type: a.type,
    source: span(a.source),
    cue: span(a.cue),
    sentence: span(a.sentence),
    quote: spanOrNull(a.quote),
    reason: spanOrNull(a.reason),
    refersTo: a.refersTo,
  };
}

function condition(c: Condition): Condition {
  return {
    id: c.id,
    marker: span(c.marker),
    clause: span(c.clause),
    sentence: span(c.sentence),
    attribution: c.attribution,
    holder: c.holder,
    via: [...c.via],
  };
}

function source(s: Source): Source {
  return {
    id: s.id,
    name: s.name,
    descriptor: s.descriptor,
    kind: s.kind,
    type: s.type,
    attributions: [...s.attributions],
    mentions: s.mentions.map((m) => ({ attribution: m.attribution, text: m.text, why: m.why })),
  };
}

function link(l: ChainLink): ChainLink {
  return { source: l.source, name: l.name, via: l.via };
}

/** The Report rebuilt key by key in the order of `spec/report.md`. */
export function inSpecOrder(report: Report): Report {
  const p = report.profile;
  return {
    schema: report.schema,
    page: { url: report.page.url, outlet: report.page.outlet, analysedAt: report.page.analysedAt, tool: report.page.tool },
    input: report.input,
    title: report.title,
    language: report.language,
    article: { text: report.article.text, words: report.article.words, paragraphs: report.article.paragraphs },
    attributions: report.attributions.map(attribution),
    conditions: report.conditions.map(condition),
    sources: report.sources.map(source),
    chain: report.chain.map(link),
    profile: {
      attributions: p.attributions,
      anonymous: p.anonymous,
      onRecord: p.onRecord,
      anonymousShare: p.anonymousShare,
      anonymousWithReason: p.anonymousWithReason,
      conditions: p.conditions,
      sources: p.sources,
      voices: p.voices,
      anonymousVoices: p.anonymousVoices,
      onRecordVoices: p.onRecordVoices,
      anonymousVoicesWithReason: p.anonymousVoicesWithReason,
      topVoiceShare: p.topVoiceShare,
    },
  };
}

/**
 * JSON.stringify leaves U+2028 and U+2029 raw; they are valid JSON but some
 * line readers (Python's `splitlines`, old JavaScript) break lines on them.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** One Report, one line, ending in "\n". */
export function formatJsonLine(report: Report): string {
  const json = JSON.stringify(inSpecOrder(report)).replace(
    LINE_SEPARATORS,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  return json + '\n';
}
