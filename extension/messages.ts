/**
 * Every message the extension's parts exchange, in one place. Each has a
 * `type` tag; helpers below narrow unknown input so a stray message from
 * elsewhere is ignored rather than trusted.
 */
import type { AnalyseOptions, Report, Span } from '../src/core/types';
import type { MarkCounts, MarkKind, StepDirection } from '../src/page/overlay';
import type { PracticeCounts } from '../src/page/practice/score';
import type { ErrorSummary } from './diagnostics';

export type { MarkCounts };

/** What the content script knows about its page. */
export type PageState =
  /** `marks`: findings of each kind marked on the page now (all 0 while the overlay is off). */
  | { status: 'ready'; report: Report; marks: MarkCounts; overlayVisible: boolean; /** When the Report was made (ISO 8601). */ analysedAt: string }
  | { status: 'no-article' }
  /** The error's name and shortened message (`errorSummary`): never page text. */
  | ({ status: 'error' } & ErrorSummary);

/**
 * A `PageState` as the content script sends it: a ready state's Report
 * without its text and findings, which the popup fetches in parts and pages
 * (`sourcelens/report-text`, `sourcelens/findings`) as the content script
 * fetches them from the background: serialising a long article's whole
 * Report in one reply cost the page one task of 200-300 ms.
 */
export type PackedPageState =
  | Exclude<PageState, { status: 'ready' }>
  | (Extract<PageState, { status: 'ready' }> & {
      /** Names this Report among the content script's: the fetches of its parts give it. */
      transfer: string;
      /** `article.text`'s length, and the number of findings in each list, to fetch. */
      textLength: number;
      findings: Record<FindingList, number>;
    });

/** Popup → content script: the article's text of Report `transfer`, from `from` on (at most `TEXT_PART_CHARS`). */
export interface ReportTextRequest {
  type: 'sourcelens/report-text';
  transfer: string;
  from: number;
}

export type ReportTextReply = { ok: true; text: string } | { ok: false; error: ErrorSummary };

/** Popup → content script (through `tabs.sendMessage`). */
export type ContentRequest =
  | { type: 'sourcelens/get-state' }
  | { type: 'sourcelens/set-overlay'; visible: boolean }
  | { type: 'sourcelens/focus-finding'; id: string }
  /** Keyboard: to the next or previous finding (of `kind` when given), from a command or the popup. */
  | { type: 'sourcelens/step'; direction: StepDirection; kind?: MarkKind };

/**
 * Popup → content script: practice mode (`practice-session.ts`). Kept out of
 * `ContentRequest`, which the page controller answers in full, so the
 * controller needs no case for it; the content script routes by
 * `isPracticeRequest` first.
 */
export type PracticeRequest = { type: 'sourcelens/practice'; action: PracticeAction };
/** `start` hides the marks and opens the toolbar; `stop` ends it and restores them; `state` only asks. */
export type PracticeAction = 'start' | 'stop' | 'state';
const PRACTICE_ACTIONS = new Set<string>(['start', 'stop', 'state']);

/** Content script → popup: practice on or off, and the last check's figures. */
export type PracticeReply =
  | { status: 'off' }
  | { status: 'on'; counts: PracticeCounts | null }
  /** No analysed article in the page to practise on. */
  | { status: 'unavailable' };

/** The keyboard commands of the manifest, and the step each one takes. */
export const STEP_COMMANDS: Readonly<Record<string, { direction: StepDirection; kind?: MarkKind }>> = {
  'next-finding': { direction: 'next' },
  'previous-finding': { direction: 'previous' },
  'next-anonymous': { direction: 'next', kind: 'anonymous' },
};

/** Content script → popup replies. */
export interface FocusReply {
  found: boolean;
}

/** The key of the mark a step went to ("a3", "c1"), or null. */
export interface StepReply {
  stepped: string | null;
}

/**
 * Content script → the side panel (through `runtime.sendMessage`): the
 * finding the reader is at now (scrolled to, jumped or stepped to), or null
 * when no mark is in view. The panel follows it in its list.
 */
export interface CurrentFindingMessage {
  type: 'sourcelens/current-finding';
  id: string | null;
}

export function isCurrentFindingMessage(message: unknown): message is CurrentFindingMessage {
  if (!hasType(message) || message.type !== 'sourcelens/current-finding') return false;
  const { id } = message as { id?: unknown };
  return id === null || (typeof id === 'string' && id.length <= 16);
}

/** Content script → background (through `runtime.sendMessage`). */
export type BackgroundMessage =
  | { type: 'sourcelens/analysed'; anonymous: number; attributions: number }
  | { type: 'sourcelens/no-article' }
  | { type: 'sourcelens/failed'; error: ErrorSummary };

/**
 * Content script → background: the article's text travels in parts, then a
 * request for its analysis, and the findings come back a page at a time.
 * The analysis runs in the background script, off the page's main thread, so
 * a long article never freezes the page; and since a message is serialised
 * (sent) and parsed (received) on that thread in one task, no message may be
 * large either.
 *
 * The longest part of the text in one message: serialising 64 Ki characters
 * takes a few milliseconds on the page's thread (a million took 70-90 ms in
 * one task), and an article of a million characters still goes in 16 parts.
 */
export const TEXT_PART_CHARS = 65_536;

/**
 * The most findings in one page of the reply: a packed attribution's JSON is
 * at most about 280 characters, so a page stays near 56 KB, parsed and
 * unpacked in about a millisecond.
 */
export const FINDINGS_PER_PAGE = 200;

/** Part `index` (from 0) of the `parts` parts of the text of transfer `transfer`. */
export interface TextPart {
  type: 'sourcelens/text-part';
  /** Names one sending of one text, made by the content script. */
  transfer: string;
  index: number;
  parts: number;
  text: string;
}

/** The background's answer to a part: taken, or why not. */
export type TextPartReply = { ok: true } | { ok: false; error: ErrorSummary };

/**
 * Content script → background: analyse the text of `transfer`, whose
 * `parts` parts (`length` characters in all) were sent before.
 */
export interface AnalysisRequest {
  type: 'sourcelens/analyse';
  transfer: string;
  parts: number;
  length: number;
  options: AnalyseOptions;
}

/** The lists of findings in a Report, fetched page by page. */
export type FindingList = 'attributions' | 'conditions';
export const FINDING_LISTS: readonly FindingList[] = ['attributions', 'conditions'];

/**
 * Background → content script: the Report packed (`packReport`) and without
 * its findings, and how many findings of each list there are to fetch.
 */
export type AnalysisReply =
  | { ok: true; report: Report; findings: Record<FindingList, number> }
  | { ok: false; error: ErrorSummary };

/** Content script → background: the findings of `list` from `from` on (at most `FINDINGS_PER_PAGE`). */
export interface FindingsRequest {
  type: 'sourcelens/findings';
  transfer: string;
  list: FindingList;
  from: number;
}

/** Background → content script: one page of findings, packed. */
export type FindingsReply =
  | { ok: true; findings: Report[FindingList] }
  | { ok: false; error: ErrorSummary };

/** Every message of the transfer of a text and its Report. */
export type TransferMessage = TextPart | AnalysisRequest | FindingsRequest;

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

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTransferId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

export function isTextPart(message: unknown): message is TextPart {
  if (!hasType(message) || message.type !== 'sourcelens/text-part') return false;
  const m = message as Record<string, unknown>;
  return isTransferId(m.transfer) && isCount(m.index) && isCount(m.parts) && m.index < m.parts && typeof m.text === 'string' && m.text.length <= TEXT_PART_CHARS;
}

export function isAnalysisRequest(message: unknown): message is AnalysisRequest {
  if (!hasType(message) || message.type !== 'sourcelens/analyse') return false;
  const m = message as Record<string, unknown>;
  return isTransferId(m.transfer) && isCount(m.parts) && isCount(m.length) && typeof m.options === 'object' && m.options !== null;
}

export function isFindingsRequest(message: unknown): message is FindingsRequest {
  if (!hasType(message) || message.type !== 'sourcelens/findings') return false;
  const m = message as Record<string, unknown>;
  return isTransferId(m.transfer) && FINDING_LISTS.includes(m.list as FindingList) && isCount(m.from);
}

export function isReportTextRequest(message: unknown): message is ReportTextRequest {
  if (!hasType(message) || message.type !== 'sourcelens/report-text') return false;
  const m = message as Record<string, unknown>;
  return isTransferId(m.transfer) && isCount(m.from);
}

export function isTransferMessage(message: unknown): message is TransferMessage {
  return isTextPart(message) || isAnalysisRequest(message) || isFindingsRequest(message);
}

const CONTENT_REQUEST_TYPES = new Set<string>([
  'sourcelens/get-state',
  'sourcelens/set-overlay',
  'sourcelens/focus-finding',
  'sourcelens/step',
]);
const BACKGROUND_MESSAGE_TYPES = new Set<string>([
  'sourcelens/analysed',
  'sourcelens/no-article',
  'sourcelens/failed',
]);

function hasType(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!hasType(message) || !CONTENT_REQUEST_TYPES.has(message.type)) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'sourcelens/set-overlay') return typeof m.visible === 'boolean';
  if (m.type === 'sourcelens/focus-finding') return typeof m.id === 'string';
  if (m.type === 'sourcelens/step') return (m.direction === 'next' || m.direction === 'previous') && (m.kind === undefined || m.kind === 'anonymous');
  return true;
}

export function isPracticeRequest(message: unknown): message is PracticeRequest {
  return hasType(message) && message.type === 'sourcelens/practice' && PRACTICE_ACTIONS.has((message as { action?: unknown }).action as string);
}

export function isBackgroundMessage(message: unknown): message is BackgroundMessage {
  if (!hasType(message) || !BACKGROUND_MESSAGE_TYPES.has(message.type)) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'sourcelens/analysed') return typeof m.anonymous === 'number' && typeof m.attributions === 'number';
  if (m.type === 'sourcelens/failed') {
    const error = m.error as Record<string, unknown> | null | undefined;
    return typeof error === 'object' && error !== null && typeof error.name === 'string' && typeof error.message === 'string';
  }
  return true;
}
