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
import type { ErrorSummary } from '../diagnostics';
import {
  FINDINGS_PER_PAGE,
  TEXT_PART_CHARS,
  unpackFindings,
  type AnalysisReply,
  type AnalysisRequest,
  type FindingList,
  type FindingsReply,
  type FindingsRequest,
  type TextPart,
  type TextPartReply,
} from '../messages';

/** Sends one message to the background script and resolves to its reply. */
export type SendMessage = (message: TextPart | AnalysisRequest | FindingsRequest) => Promise<unknown>;

/** The background's analysis failed: its error, by its own name, for the popup and diagnostics. */
export class AnalysisError extends Error {
  constructor(summary: ErrorSummary) {
    super(summary.message);
    this.name = summary.name;
  }
}

/**
 * The text in parts of at most `partChars` code units, none ending between
 * the two halves of a surrogate pair (an emoji), so each part is well-formed
 * text whatever a browser's messaging does with a lone half. An empty text
 * has no parts.
 */
export function splitText(text: string, partChars = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + partChars, text.length);
    if (end < text.length && end - start > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A reply's content when it is a success; an `AnalysisError` otherwise (the background's own, or none at all). */
async function okReply<R extends { ok: boolean }>(reply: Promise<unknown>): Promise<Extract<R, { ok: true }>> {
  const answer = (await reply) as R | { ok: false; error: ErrorSummary } | undefined;
  if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') {
    throw new AnalysisError({ name: 'AnalysisUnavailable', message: 'the background script did not answer' });
  }
  if (!answer.ok) throw new AnalysisError((answer as { error: ErrorSummary }).error);
  return answer as Extract<R, { ok: true }>;
}

let transfers = 0;

/** A name for a new transfer, unlike any other of this tab's (a content script injected again starts counting anew). */
function newTransferId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++transfers}`;
}

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

/** The `count` findings of `list`, fetched and unpacked a page at a time. */
async function fetchFindings<L extends FindingList>(send: SendMessage, transfer: string, list: L, count: number, text: string): Promise<Report[L]> {
  const found: Report[L][number][] = [];
  while (found.length < count) {
    const { findings } = await okReply<FindingsReply>(send({ type: 'sourcelens/findings', transfer, list, from: found.length }));
    if (findings.length === 0 || findings.length > Math.min(FINDINGS_PER_PAGE, count - found.length)) {
      throw new AnalysisError({ name: 'AnalysisTransferIncomplete', message: `a page of ${findings.length} ${list} after ${found.length} of ${count}` });
    }
    found.push(...unpackFindings(list, findings as Report[L], text));
  }
  return found as Report[L];
}
