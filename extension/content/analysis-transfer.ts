/**
 * The content script's side of an analysis in the background script: the
 * article's text goes in parts, the Report comes back in pages (`messages.ts`
 * says why). The last part goes with the request for the analysis, and
 * findings that fit in one page come with its reply, so an article of one
 * part and a few hundred findings costs one round trip (each took 3-8 ms in
 * Chromium traces of the seed). Each message is awaited before the next is sent, and each reply
 * arrives in a task of its own, so the page's main thread only ever
 * serialises one part or parses one page at a time.
 *
 * Free of extension APIs: the caller passes `send` (`runtime.sendMessage` in
 * the content script, the background's functions directly in unit tests).
 */
import type { AnalyseOptions, Report } from '../../src/core/types';
import {
  MAX_NAME_CHARS,
  MAX_OPTION_CHARS,
  MAX_TEXT_PARTS,
  TEXT_PART_CHARS,
  type AnalysisReply,
  type AnalysisRequest,
  type FindingList,
  type FindingsRequest,
  type TextPart,
  type TextPartReply,
} from '../messages';
import { AnalysisError, fetchFindings, newTransferId, okReply, splitText, unpackFindings, type SendMessage as SendAny } from '../report-pages';

/** Sends one message to the background script and resolves to its reply. */
export type SendMessage = SendAny<TextPart | AnalysisRequest | FindingsRequest>;

/**
 * The options within the request's bounds (`messages.ts`): the page makes its
 * language tag, address and title as long as it likes. A tag too long to be
 * one is dropped (the analyser then guesses); an address or title is cut.
 */
function boundedOptions({ language, input, title, url, outlet, analysedAt }: AnalyseOptions): AnalyseOptions {
  return {
    language: language !== undefined && language.length <= MAX_NAME_CHARS ? language : undefined,
    input: input?.slice(0, MAX_OPTION_CHARS),
    title: title?.slice(0, MAX_OPTION_CHARS),
    // The page's address, outlet and time of analysis go into Report.page (schema 2), and so into every export.
    url: url?.slice(0, MAX_OPTION_CHARS),
    outlet: outlet === null || outlet === undefined ? outlet : outlet.slice(0, MAX_OPTION_CHARS),
    analysedAt: analysedAt !== undefined && analysedAt.length <= MAX_NAME_CHARS ? analysedAt : undefined,
  };
}

/** Analyses `text` in the background script through `send`, and assembles its Report whole. */
export async function analyseByMessages(send: SendMessage, text: string, options: AnalyseOptions): Promise<Report> {
  // The text was made in the step just before (the extraction's last, which cannot pause): sending starts in a task of its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const transfer = newTransferId();
  const parts = splitText(text);
  if (parts.length > MAX_TEXT_PARTS) {
    throw new AnalysisError({ name: 'ArticleTooLong', message: `the article has ${text.length} characters; at most ${MAX_TEXT_PARTS * TEXT_PART_CHARS} are analysed` });
  }
  // Every part but the last before the request; the last goes with it.
  for (const [index, part] of parts.slice(0, -1).entries()) {
    await okReply<TextPartReply>(send({ type: 'sourcelens/text-part', transfer, index, parts: parts.length, text: part }));
  }
  const lastPart = parts.length > 0 ? { lastPart: parts[parts.length - 1] } : {};
  const { report, findings, allFindings } = await okReply<AnalysisReply>(
    send({ type: 'sourcelens/analyse', transfer, parts: parts.length, length: text.length, ...lastPart, options: boundedOptions(options) }),
  );
  const findingsOf = async <L extends FindingList>(list: L): Promise<Report[L]> => {
    if (!allFindings) return fetchFindings(send, transfer, list, findings[list], text);
    if (allFindings[list].length !== findings[list]) {
      throw new AnalysisError({ name: 'AnalysisTransferIncomplete', message: `${allFindings[list].length} ${list} came of ${findings[list]}` });
    }
    return unpackFindings(list, allFindings[list] as Report[L], text);
  };
  return {
    ...report,
    article: { ...report.article, text },
    attributions: await findingsOf('attributions'),
    conditions: await findingsOf('conditions'),
  };
}
