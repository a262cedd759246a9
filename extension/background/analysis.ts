/**
 * The analysis of pages, in the background script: the content script sends
 * the article's text here so that analysing a long article never runs on the
 * page's main thread (Chrome's service worker and Firefox's background page
 * have threads of their own). Pure text in, Report out: the page's DOM stays
 * in the page.
 *
 * The text comes in parts and the Report goes back in pages (`messages.ts`
 * says why): per tab, one transfer at a time is kept, first its parts, then
 * its packed Report until the content script has fetched it. A new transfer
 * from the tab drops the one before, finished or not.
 *
 * One incremental analyser per tab: when a live page changes (a live blog's
 * new post, "read more"), only the paragraphs the change touched are read
 * again; the Report is the same as a fresh analysis's.
 */
import { createAnalyser, type Analyser } from '../../src/core/incremental';
import type { Report } from '../../src/core/types';
import { errorSummary, type ErrorSummary } from '../diagnostics';
import { allFindingsInOnePage, findingsPage, packReport } from '../report-pages';
import {
  type AnalysisReply,
  type AnalysisRequest,
  type FindingsReply,
  type FindingsRequest,
  type TextPart,
  type TextPartReply,
  type TransferMessage,
} from '../messages';

/** Tabs whose analysis is kept (the most recently analysed): each holds its article's findings. */
const TABS_KEPT = 4;

/** One transfer: the parts of its text as they come, then (once analysed) its packed Report. */
interface Transfer {
  id: string;
  parts: string[];
  report: Report | null;
}

interface TabAnalysis {
  analyser: Analyser;
  transfer: Transfer | null;
}

/** By tab, the least recently used first (a Map keeps insertion order). */
const tabs = new Map<number, TabAnalysis>();

function tabOf(tabId: number): TabAnalysis {
  const tab = tabs.get(tabId) ?? { analyser: createAnalyser(), transfer: null };
  tabs.delete(tabId);
  tabs.set(tabId, tab);
  while (tabs.size > TABS_KEPT) tabs.delete(tabs.keys().next().value!);
  return tab;
}

/** The tab's transfer `id`, or null when it has none by that id (never started, dropped, or replaced). */
function transferOf(tabId: number, id: string): Transfer | null {
  const transfer = tabs.get(tabId)?.transfer;
  return transfer?.id === id ? transfer : null;
}

/** The error a transfer that lost its way answers with: counts only, never page text. */
function transferError(message: string): ErrorSummary {
  return { name: 'AnalysisTransferIncomplete', message };
}

/** Keeps a part of a transfer's text; the first part of a new transfer drops the tab's older one. */
export function receiveTextPart(tabId: number, part: TextPart): TextPartReply {
  const tab = tabOf(tabId);
  if (tab.transfer?.id !== part.transfer) tab.transfer = { id: part.transfer, parts: [], report: null };
  tab.transfer.parts[part.index] = part.text;
  return { ok: true };
}

/** The whole text of a transfer, or why it cannot be had: a part missing, or a length other than said. */
function textOf(tabId: number, request: AnalysisRequest): string | ErrorSummary {
  // An empty text travels in no part at all.
  const parts = request.parts === 0 ? [] : transferOf(tabId, request.transfer)?.parts;
  if (!parts) return transferError(`no part of transfer ${request.transfer} is here (dropped or replaced)`);
  const received = parts.filter((part) => part !== undefined);
  const text = received.join('');
  if (parts.length !== request.parts || received.length !== request.parts || text.length !== request.length) {
    return transferError(`received ${received.length} of ${request.parts} parts, ${text.length} of ${request.length} characters`);
  }
  return text;
}

/**
 * Analyses a transfer's text; the reply holds the Report without its
 * findings, which stay here to be fetched by pages. An error comes back as
 * a reply, never as a throw.
 */
export function answerAnalysis(tabId: number, request: AnalysisRequest): AnalysisReply {
  if (request.lastPart !== undefined) {
    receiveTextPart(tabId, { type: 'sourcelens/text-part', transfer: request.transfer, index: request.parts - 1, parts: request.parts, text: request.lastPart });
  }
  const text = textOf(tabId, request);
  const tab = tabOf(tabId);
  if (typeof text !== 'string') {
    tab.transfer = null;
    return { ok: false, error: text };
  }
  try {
    const report = packReport(tab.analyser.analyse(text, request.options));
    // The parts are no longer needed: the analyser holds the text.
    tab.transfer = { id: request.transfer, parts: [], report };
    return {
      ok: true,
      report: { ...report, attributions: [], conditions: [] },
      findings: { attributions: report.attributions.length, conditions: report.conditions.length },
      allFindings: allFindingsInOnePage(report),
    };
  } catch (error) {
    // A failed analyser may hold a half-made cache: the next call starts afresh.
    tabs.delete(tabId);
    return { ok: false, error: errorSummary(error) };
  }
}

/** A page of the findings of a transfer's Report. */
export function answerFindings(tabId: number, request: FindingsRequest): FindingsReply {
  const report = transferOf(tabId, request.transfer)?.report;
  if (!report) return { ok: false, error: transferError(`no Report of transfer ${request.transfer} is here (not analysed, dropped or replaced)`) };
  return { ok: true, findings: findingsPage(report, request.list, request.from) };
}

/** Answers any message of a transfer from the tab. */
export function answerTransfer(tabId: number, message: TransferMessage): TextPartReply | AnalysisReply | FindingsReply {
  switch (message.type) {
    case 'sourcelens/text-part':
      return receiveTextPart(tabId, message);
    case 'sourcelens/analyse':
      return answerAnalysis(tabId, message);
    case 'sourcelens/findings':
      return answerFindings(tabId, message);
  }
}

/** The tab closed or loaded another page: its cache and any transfer are of no more use. */
export function forgetAnalysis(tabId: number): void {
  tabs.delete(tabId);
}
