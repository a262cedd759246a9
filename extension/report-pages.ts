/**
 * A Report carried between the extension's parts in small messages: the
 * article's text in parts of at most `TEXT_PART_CHARS`, the findings in pages
 * of at most `FINDINGS_PER_PAGE` (`messages.ts` says why). The content script
 * fetches its Report so from the background script, and the popup fetches the
 * content script's so; each side keeps the whole Report and answers requests
 * for pages of it. Each message is awaited before the next is sent, so the
 * page's main thread only ever serialises or parses one part at a time.
 *
 * Packing and unpacking a Report (its spans without their copies of the
 * text) is here too, and only here.
 *
 * Free of extension APIs: callers pass `send` (`runtime.sendMessage`,
 * `tabs.sendMessage`, or the answering functions directly in unit tests).
 */
import { pushAll } from '../src/core/arrays';
import type { Report, Span } from '../src/core/types';
import type { ErrorSummary } from './diagnostics';
import {
  FINDING_LISTS,
  FINDINGS_PER_PAGE,
  TEXT_PART_CHARS,
  type FindingList,
  type FindingsReply,
  type FindingsRequest,
  type PackedPageState,
  type PageState,
  type ReportTextReply,
  type ReportTextRequest,
} from './messages';

/** The fields of a finding that hold spans of the article's text, by list. */
const SPAN_FIELDS: Record<FindingList, readonly string[]> = {
  attributions: ['source', 'cue', 'sentence', 'quote', 'reason'],
  conditions: ['marker', 'clause', 'sentence'],
};

function mapSpans<T extends object>(finding: T, fields: readonly string[], map: (span: Span) => Span): T {
  const copy = { ...finding } as Record<string, unknown>;
  for (const field of fields) if (copy[field]) copy[field] = map(copy[field] as Span);
  return copy as T;
}

function mapFindingSpans<L extends FindingList>(list: L, findings: Report[L], map: (span: Span) => Span): Report[L] {
  return (findings as object[]).map((finding) => mapSpans(finding, SPAN_FIELDS[list], map)) as Report[L];
}

function mapReportSpans(report: Report, map: (span: Span) => Span): Report {
  return {
    ...report,
    attributions: mapFindingSpans('attributions', report.attributions, map),
    conditions: mapFindingSpans('conditions', report.conditions, map),
  };
}

const blanked = ({ start, end }: Span): Span => ({ text: '', start, end });
const slicedFrom = (text: string) => ({ start, end }: Span): Span => ({ text: text.slice(start, end), start, end });

/**
 * The Report without the article's text and without each span's copy of
 * it: the page has the text already, and on a long article those copies
 * (a sentence per finding) are most of the message. Offsets stay.
 */
export function packReport(report: Report): Report {
  const packed = mapReportSpans(report, blanked);
  return { ...packed, article: { ...report.article, text: '' } };
}

/** The packed Report whole again, from the text that was analysed. */
export function unpackReport(packed: Report, text: string): Report {
  const report = mapReportSpans(packed, slicedFrom(text));
  return { ...report, article: { ...packed.article, text } };
}

/** Packed findings of `list` (a page of them) whole again, from the text that was analysed. */
export function unpackFindings<L extends FindingList>(list: L, packed: Report[L], text: string): Report[L] {
  return mapFindingSpans(list, packed, slicedFrom(text));
}

/** Sends one message to the other side and resolves to its reply. */
export type SendMessage<M = unknown> = (message: M) => Promise<unknown>;

/** The other side's error, or a transfer that lost its way: by its own name, for the popup and diagnostics. */
export class AnalysisError extends Error {
  constructor(summary: ErrorSummary) {
    super(summary.message);
    this.name = summary.name;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The part of `text` from `from`: at most `partChars` code units, never
 * ending between the two halves of a surrogate pair (an emoji), so each part
 * is well-formed text whatever a browser's messaging does with a lone half.
 */
export function textPartAt(text: string, from: number, partChars = TEXT_PART_CHARS): string {
  let end = Math.min(from + partChars, text.length);
  if (end < text.length && end - from > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(from, end);
}

/** The text in parts (`textPartAt`); an empty text has no parts. */
export function splitText(text: string, partChars = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += parts[parts.length - 1].length) parts.push(textPartAt(text, start, partChars));
  return parts;
}

let transfers = 0;

/** A name for a new transfer, unlike any other of this tab's (a content script injected again starts counting anew). */
export function newTransferId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++transfers}`;
}

/** A reply's content when it is a success; an `AnalysisError` otherwise (the other side's own, or none at all). */
export async function okReply<R extends { ok: boolean }>(reply: Promise<unknown>): Promise<Extract<R, { ok: true }>> {
  const answer = (await reply) as R | { ok: false; error: ErrorSummary } | undefined;
  if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') {
    throw new AnalysisError({ name: 'AnalysisUnavailable', message: 'the other side did not answer' });
  }
  if (!answer.ok) throw new AnalysisError((answer as { error: ErrorSummary }).error);
  return answer as Extract<R, { ok: true }>;
}

/** A page of a Report's findings of `list`, packed. */
export function findingsPage<L extends FindingList>(report: Report, list: L, from: number): Report[L] {
  return packReport({ ...report, [list]: report[list].slice(from, from + FINDINGS_PER_PAGE) })[list];
}

/** The findings of a packed Report when all of them fit in one page (`AnalysisReply.allFindings`), or undefined. */
export function allFindingsInOnePage(report: Report): Pick<Report, FindingList> | undefined {
  if (report.attributions.length + report.conditions.length > FINDINGS_PER_PAGE) return undefined;
  return { attributions: report.attributions, conditions: report.conditions };
}

/** The `count` findings of `list`, fetched and unpacked a page at a time. */
export async function fetchFindings<L extends FindingList>(
  send: SendMessage<FindingsRequest>,
  transfer: string,
  list: L,
  count: number,
  text: string,
): Promise<Report[L]> {
  const found: Report[L][number][] = [];
  while (found.length < count) {
    const { findings } = await okReply<FindingsReply>(send({ type: 'sourcelens/findings', transfer, list, from: found.length }));
    if (findings.length === 0 || findings.length > Math.min(FINDINGS_PER_PAGE, count - found.length)) {
      throw new AnalysisError({ name: 'AnalysisTransferIncomplete', message: `a page of ${findings.length} ${list} after ${found.length} of ${count}` });
    }
    pushAll(found, unpackFindings(list, findings as Report[L], text));
  }
  return found as Report[L];
}

/** The content script's state as it sends it: a ready state's Report without its text and findings, named by `nameOf`. */
export function packPageState(state: PageState, nameOf: (report: Report) => string): PackedPageState {
  if (state.status !== 'ready') return state;
  const { report } = state;
  return {
    ...state,
    report: packReport({ ...report, attributions: [], conditions: [] }),
    transfer: nameOf(report),
    textLength: report.article.text.length,
    findings: { attributions: report.attributions.length, conditions: report.conditions.length },
  };
}

/** Answers a request for a part of `report` (named `transfer`); an error when the request names another Report. */
export function answerReportPage(report: Report, transfer: string, request: ReportTextRequest | FindingsRequest): ReportTextReply | FindingsReply {
  if (request.transfer !== transfer) {
    return { ok: false, error: { name: 'AnalysisTransferIncomplete', message: `Report ${request.transfer} was replaced by a newer analysis` } };
  }
  if (request.type === 'sourcelens/report-text') return { ok: true, text: textPartAt(report.article.text, request.from) };
  return { ok: true, findings: findingsPage(report, request.list, request.from) };
}

/** The state whole again: a ready state's text and findings fetched through `send` (to the content script). */
export async function receivePageState(send: SendMessage<ReportTextRequest | FindingsRequest>, packed: PackedPageState): Promise<PageState> {
  if (packed.status !== 'ready') return packed;
  const { transfer, textLength, findings, ...state } = packed;
  let text = '';
  while (text.length < textLength) {
    const part = await okReply<ReportTextReply>(send({ type: 'sourcelens/report-text', transfer, from: text.length }));
    if (part.text.length === 0) throw new AnalysisError({ name: 'AnalysisTransferIncomplete', message: `no text after ${text.length} of ${textLength} characters` });
    text += part.text;
  }
  const report: Report = { ...state.report, article: { ...state.report.article, text } };
  for (const list of FINDING_LISTS) (report as Record<FindingList, unknown>)[list] = await fetchFindings(send, transfer, list, findings[list], text);
  return { ...state, report };
}
