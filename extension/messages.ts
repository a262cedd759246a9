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

/** Content script → background (through `runtime.sendMessage`). */
export type BackgroundMessage =
  | { type: 'sourcelens/analysed'; anonymous: number; attributions: number }
  | { type: 'sourcelens/no-article' }
  | { type: 'sourcelens/failed'; error: ErrorSummary };

/**
 * Content script → background: analyse this article's text. The analysis
 * runs in the background script, off the page's main thread, so a long
 * article never freezes the page.
 */
export interface AnalysisRequest {
  type: 'sourcelens/analyse';
  text: string;
  options: AnalyseOptions;
}

/**
 * Background → content script: the Report packed (`packReport`). Parsing
 * the reply happens on the page's main thread, so it is kept small.
 */
export type AnalysisReply = { ok: true; report: Report } | { ok: false; error: ErrorSummary };

/** The fields of a finding that hold spans of the article's text. */
const ATTRIBUTION_SPANS = ['source', 'cue', 'sentence', 'quote', 'reason'] as const;
const CONDITION_SPANS = ['marker', 'clause', 'sentence'] as const;

function mapSpans<T extends object>(finding: T, fields: readonly string[], map: (span: Span) => Span): T {
  const copy = { ...finding } as Record<string, unknown>;
  for (const field of fields) if (copy[field]) copy[field] = map(copy[field] as Span);
  return copy as T;
}

function mapReportSpans(report: Report, map: (span: Span) => Span): Report {
  return {
    ...report,
    attributions: report.attributions.map((a) => mapSpans(a, ATTRIBUTION_SPANS, map)),
    conditions: report.conditions.map((c) => mapSpans(c, CONDITION_SPANS, map)),
  };
}

/**
 * The Report without the article's text and without each span's copy of
 * it: the page has the text already, and on a long article those copies
 * (a sentence per finding) are most of the message. Offsets stay.
 */
export function packReport(report: Report): Report {
  const packed = mapReportSpans(report, ({ start, end }) => ({ text: '', start, end }));
  return { ...packed, article: { ...report.article, text: '' } };
}

/** The packed Report whole again, from the text that was analysed. */
export function unpackReport(packed: Report, text: string): Report {
  const report = mapReportSpans(packed, ({ start, end }) => ({ text: text.slice(start, end), start, end }));
  return { ...report, article: { ...packed.article, text } };
}

export function isAnalysisRequest(message: unknown): message is AnalysisRequest {
  if (!hasType(message) || message.type !== 'sourcelens/analyse') return false;
  const m = message as Record<string, unknown>;
  return typeof m.text === 'string' && typeof m.options === 'object' && m.options !== null;
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
