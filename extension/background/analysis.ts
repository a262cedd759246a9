/**
 * The analysis of pages, in the background script: the content script sends
 * the article's text here so that analysing a long article never runs on the
 * page's main thread (Chrome's service worker and Firefox's background page
 * have threads of their own). Pure text in, Report out: the page's DOM stays
 * in the page.
 *
 * One incremental analyser per tab: when a live page changes (a live blog's
 * new post, "read more"), only the paragraphs the change touched are read
 * again; the Report is the same as a fresh analysis's.
 */
import { createAnalyser, type Analyser } from '../../src/core/incremental';
import { errorSummary } from '../diagnostics';
import { packReport, type AnalysisReply, type AnalysisRequest } from '../messages';

/** Tabs whose analyser is kept (the most recently analysed): each holds its article's findings. */
const ANALYSERS_KEPT = 4;

/** By tab, the least recently used first (a Map keeps insertion order). */
const analysers = new Map<number, Analyser>();

function analyserOf(tabId: number): Analyser {
  const analyser = analysers.get(tabId) ?? createAnalyser();
  analysers.delete(tabId);
  analysers.set(tabId, analyser);
  while (analysers.size > ANALYSERS_KEPT) analysers.delete(analysers.keys().next().value!);
  return analyser;
}

/** Analyses a request's text; an error comes back as a reply, never as a throw. */
export function answerAnalysis(tabId: number, request: AnalysisRequest): AnalysisReply {
  try {
    return { ok: true, report: packReport(analyserOf(tabId).analyse(request.text, request.options)) };
  } catch (error) {
    // A failed analyser may hold a half-made cache: the next call starts afresh.
    analysers.delete(tabId);
    return { ok: false, error: errorSummary(error) };
  }
}

/** The tab closed or loaded another page: its cache is of no more use. */
export function forgetAnalysis(tabId: number): void {
  analysers.delete(tabId);
}
