/**
 * The content script's side of an analysis in the background script: the
 * article's text goes in parts, the Report comes back in pages (`messages.ts`
 * says why). Each message is awaited before the next is sent, and each reply
 * arrives in a task of its own, so the page's main thread only ever
 * serialises one part or parses one page at a time.
 *
 * Free of extension APIs: the caller passes `send` (`runtime.sendMessage` in
 * the content script, the background's functions directly in unit tests).
 */
import type { AnalyseOptions, Report } from '../../src/core/types';
import type { AnalysisReply, AnalysisRequest, FindingsRequest, TextPart, TextPartReply } from '../messages';
import { fetchFindings, newTransferId, okReply, splitText, type SendMessage as SendAny } from '../report-pages';

/** Sends one message to the background script and resolves to its reply. */
export type SendMessage = SendAny<TextPart | AnalysisRequest | FindingsRequest>;

/** Analyses `text` in the background script through `send`, and assembles its Report whole. */
export async function analyseByMessages(send: SendMessage, text: string, options: AnalyseOptions): Promise<Report> {
  // The text was made in the step just before (the extraction's last, which cannot pause): sending starts in a task of its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const transfer = newTransferId();
  const parts = splitText(text);
  for (const [index, part] of parts.entries()) {
    await okReply<TextPartReply>(send({ type: 'sourcelens/text-part', transfer, index, parts: parts.length, text: part }));
  }
  const { report, findings } = await okReply<AnalysisReply>(
    send({ type: 'sourcelens/analyse', transfer, parts: parts.length, length: text.length, options }),
  );
  return {
    ...report,
    article: { ...report.article, text },
    attributions: await fetchFindings(send, transfer, 'attributions', findings.attributions, text),
    conditions: await fetchFindings(send, transfer, 'conditions', findings.conditions, text),
  };
}
