/**
 * Every message the extension's parts exchange, in one place. Each request
 * (a message that arrives unasked, with a `type` tag) is declared once, as a
 * valibot schema: its TypeScript type is inferred from the schema and the
 * `is…` guards below check it, so the two cannot drift. Every field is
 * bounded, and objects are strict (no field beyond the declared ones), so a
 * request that passes is small whatever its sender put in it. Replies come
 * from the side that was asked and stay plain types.
 *
 * Packing and unpacking of Reports for travel lives in `report-pages.ts`.
 */
import * as v from 'valibot';
import type { AnalyseOptions, Report } from '../src/core/types';
import type { MarkCounts } from '../src/page/overlay';
import type { PracticeCounts } from '../src/page/practice/score';
import { MAX_ERROR_MESSAGE_CHARS, type ErrorSummary } from './diagnostics';

export type { MarkCounts };

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
 * The most parts of one text: 16 Mi characters, sixteen times the longest
 * article the e2e suite marks. It bounds what one tab can make the
 * background hold.
 */
export const MAX_TEXT_PARTS = 256;

/**
 * The most findings in one page of the reply: a packed attribution's JSON is
 * at most about 280 characters, so a page stays near 56 KB, parsed and
 * unpacked in about a millisecond.
 */
export const FINDINGS_PER_PAGE = 200;

/** Longest transfer name, finding id, and analysis option (a page's address or title) a request may carry. */
export const MAX_NAME_CHARS = 64;
export const MAX_OPTION_CHARS = 8_192;

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const transferName = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_CHARS));
const option = v.optional(v.pipe(v.string(), v.maxLength(MAX_OPTION_CHARS)));

/** An error as it crosses a message boundary (`errorSummary` makes it): never longer than the failure log keeps. */
const errorSummarySchema: v.GenericSchema<ErrorSummary> = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(MAX_ERROR_MESSAGE_CHARS)),
  message: v.pipe(v.string(), v.maxLength(MAX_ERROR_MESSAGE_CHARS)),
});

/** The lists of findings in a Report, fetched page by page. */
export const FINDING_LISTS = ['attributions', 'conditions'] as const;
export type FindingList = (typeof FINDING_LISTS)[number];

/** Part `index` (from 0) of the `parts` parts of the text of transfer `transfer` (a name the content script makes). */
const textPartSchema = v.pipe(
  v.strictObject({
    type: v.literal('sourcelens/text-part'),
    transfer: transferName,
    index: count,
    parts: v.pipe(count, v.minValue(1), v.maxValue(MAX_TEXT_PARTS)),
    text: v.pipe(v.string(), v.maxLength(TEXT_PART_CHARS)),
  }),
  v.check(({ index, parts }) => index < parts, 'a part after the last'),
);
export type TextPart = v.InferOutput<typeof textPartSchema>;

/** `AnalyseOptions`: a field added there and not here fails the typecheck (`satisfies`). */
const analyseOptionsEntries = {
  language: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
  input: option,
  title: option,
  url: option,
  outlet: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_OPTION_CHARS)))),
  analysedAt: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
} satisfies Record<keyof AnalyseOptions, unknown>;

/**
 * Content script → background: analyse the text of `transfer`, `parts` parts
 * (`length` characters in all). The last part comes with the request
 * (`lastPart`), the others before it: an article of one part, most of them,
 * goes in this one message.
 */
const analysisRequestSchema = v.pipe(
  v.strictObject({
    type: v.literal('sourcelens/analyse'),
    transfer: transferName,
    parts: v.pipe(count, v.maxValue(MAX_TEXT_PARTS)),
    length: v.pipe(count, v.maxValue(MAX_TEXT_PARTS * TEXT_PART_CHARS)),
    lastPart: v.optional(v.pipe(v.string(), v.maxLength(TEXT_PART_CHARS))),
    options: v.strictObject(analyseOptionsEntries),
  }),
  v.check(({ parts, lastPart }) => (parts === 0) === (lastPart === undefined), 'a last part without parts, or parts without their last'),
);
export type AnalysisRequest = v.InferOutput<typeof analysisRequestSchema>;

/** Content script → background, popup → content script: the findings of `list` from `from` on (at most `FINDINGS_PER_PAGE`). */
const findingsRequestSchema = v.strictObject({
  type: v.literal('sourcelens/findings'),
  transfer: transferName,
  list: v.picklist(FINDING_LISTS),
  from: count,
});
export type FindingsRequest = v.InferOutput<typeof findingsRequestSchema>;

/** Popup → content script: the article's text of Report `transfer`, from `from` on (at most `TEXT_PART_CHARS`). */
const reportTextRequestSchema = v.strictObject({
  type: v.literal('sourcelens/report-text'),
  transfer: transferName,
  from: count,
});
export type ReportTextRequest = v.InferOutput<typeof reportTextRequestSchema>;

/** Every message of the transfer of a text and its Report to the background. */
const transferMessageSchema = v.variant('type', [textPartSchema, analysisRequestSchema, findingsRequestSchema]);
export type TransferMessage = v.InferOutput<typeof transferMessageSchema>;

/** Steps go to the next or previous finding; of one kind only when it is the anonymous (`STEP_COMMANDS`). */
const stepDirection = v.picklist(['next', 'previous']);

/** Popup or background → content script (through `tabs.sendMessage`). */
const contentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('sourcelens/get-state') }),
  v.strictObject({ type: v.literal('sourcelens/set-overlay'), visible: v.boolean() }),
  v.strictObject({ type: v.literal('sourcelens/focus-finding'), id: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)) }),
  /** Keyboard: to the next or previous finding (of `kind` when given), from a command or the popup. */
  v.strictObject({ type: v.literal('sourcelens/step'), direction: stepDirection, kind: v.optional(v.literal('anonymous')) }),
]);
export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;

/** `start` hides the marks and opens the toolbar; `stop` ends it and restores them; `state` only asks. */
const practiceActionSchema = v.picklist(['start', 'stop', 'state']);
export type PracticeAction = v.InferOutput<typeof practiceActionSchema>;

/**
 * Popup → content script: practice mode (`practice-session.ts`). Kept out of
 * `ContentRequest`, which the page controller answers in full, so the
 * controller needs no case for it; the content script routes by
 * `isPracticeRequest` first.
 */
const practiceRequestSchema = v.strictObject({ type: v.literal('sourcelens/practice'), action: practiceActionSchema });
export type PracticeRequest = v.InferOutput<typeof practiceRequestSchema>;

/** Content script → background (through `runtime.sendMessage`): what the toolbar badge shows. */
const backgroundMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('sourcelens/analysed'), anonymous: count, attributions: count }),
  v.strictObject({ type: v.literal('sourcelens/no-article') }),
  v.strictObject({ type: v.literal('sourcelens/failed'), error: errorSummarySchema }),
]);
export type BackgroundMessage = v.InferOutput<typeof backgroundMessageSchema>;

/**
 * Content script → the side panel (through `runtime.sendMessage`): the
 * finding the reader is at now (scrolled to, jumped or stepped to), or null
 * when no mark is in view. The panel follows it in its list.
 */
const currentFindingMessageSchema = v.strictObject({
  type: v.literal('sourcelens/current-finding'),
  id: v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
});
export type CurrentFindingMessage = v.InferOutput<typeof currentFindingMessageSchema>;

export const isTextPart = (message: unknown): message is TextPart => v.is(textPartSchema, message);
export const isAnalysisRequest = (message: unknown): message is AnalysisRequest => v.is(analysisRequestSchema, message);
export const isFindingsRequest = (message: unknown): message is FindingsRequest => v.is(findingsRequestSchema, message);
export const isReportTextRequest = (message: unknown): message is ReportTextRequest => v.is(reportTextRequestSchema, message);
export const isTransferMessage = (message: unknown): message is TransferMessage => v.is(transferMessageSchema, message);
export const isContentRequest = (message: unknown): message is ContentRequest => v.is(contentRequestSchema, message);
export const isPracticeRequest = (message: unknown): message is PracticeRequest => v.is(practiceRequestSchema, message);
export const isBackgroundMessage = (message: unknown): message is BackgroundMessage => v.is(backgroundMessageSchema, message);
export const isCurrentFindingMessage = (message: unknown): message is CurrentFindingMessage => v.is(currentFindingMessageSchema, message);

/** The keyboard commands of the manifest, and the step each one takes. */
export const STEP_COMMANDS: Readonly<Record<string, Omit<Extract<ContentRequest, { type: 'sourcelens/step' }>, 'type'>>> = {
  'next-finding': { direction: 'next' },
  'previous-finding': { direction: 'previous' },
  'next-anonymous': { direction: 'next', kind: 'anonymous' },
};

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

export type ReportTextReply = { ok: true; text: string } | { ok: false; error: ErrorSummary };

/** Content script → popup: practice on or off, and the last check's figures. */
export type PracticeReply =
  | { status: 'off' }
  | { status: 'on'; counts: PracticeCounts | null }
  /** No analysed article in the page to practise on. */
  | { status: 'unavailable' };

/** Content script → popup replies. */
export interface FocusReply {
  found: boolean;
}

/** The key of the mark a step went to ("a3", "c1"), or null. */
export interface StepReply {
  stepped: string | null;
}

/** The background's answer to a part: taken, or why not. */
export type TextPartReply = { ok: true } | { ok: false; error: ErrorSummary };

/**
 * Background → content script: the Report packed (`packReport`) and without
 * its findings, and how many findings of each list there are to fetch. When
 * all of them fit in one page (`FINDINGS_PER_PAGE` in all), they come along
 * (`allFindings`, packed) and there is nothing to fetch: one round trip less
 * for each list.
 */
export type AnalysisReply =
  | { ok: true; report: Report; findings: Record<FindingList, number>; allFindings?: Pick<Report, FindingList> }
  | { ok: false; error: ErrorSummary };

/** Background → content script: one page of findings, packed. */
export type FindingsReply =
  | { ok: true; findings: Report[FindingList] }
  | { ok: false; error: ErrorSummary };
