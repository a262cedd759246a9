/**
 * The analysis of pages, in the background script: the content script sends
 * the article's text here so that analysing a long article never runs on the
 * page's main thread (Chrome's service worker and Firefox's background page
 * have threads of their own). Pure text in, Report out: the page's DOM stays
 * in the page.
 */
import { analyse } from '../../src/core/analyse';
import { errorSummary } from '../diagnostics';
import { packReport, type AnalysisReply, type AnalysisRequest } from '../messages';

/** Analyses a request's text; an error comes back as a reply, never as a throw. */
export function answerAnalysis(request: AnalysisRequest): AnalysisReply {
  try {
    return { ok: true, report: packReport(analyse(request.text, request.options)) };
  } catch (error) {
    return { ok: false, error: errorSummary(error) };
  }
}
