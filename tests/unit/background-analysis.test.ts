/**
 * The background's analysis service: per tab, the Report equal to a fresh
 * analysis as the page changes, and each tab's transfer of text and Report
 * kept apart, bounded, and checked whole.
 */
import { describe, expect, it } from 'vitest';
import { answerAnalysis, answerFindings, forgetAnalysis, receiveTextPart } from '../../extension/background/analysis';
import { analyseByMessages } from '../../extension/content/analysis-transfer';
import type { AnalysisRequest } from '../../extension/messages';
import { analyse } from '../../src/core/analyse';
import { backgroundLink } from './background-link';

const POSTS = [
  'The mayor said the pier would close in May, provided that the ferry company agrees.',
  '"We have not decided," a port official said on condition of anonymity because the talks are private.',
  'Residents told the Courier they would oppose any closure unless a new pier is built.',
];

const analyseInTab = (tabId: number, text: string, options = {}) => analyseByMessages(backgroundLink(tabId).send, text, options);

/** Sends `texts` as the parts of `transfer` from `tabId`, straight to the background. */
function sendParts(tabId: number, transfer: string, texts: string[], indexes = texts.map((_, index) => index)): void {
  for (const index of indexes) expect(receiveTextPart(tabId, { type: 'sourcelens/text-part', transfer, index, parts: texts.length, text: texts[index] })).toEqual({ ok: true });
}

function analysisRequest(transfer: string, texts: string[]): AnalysisRequest {
  return { type: 'sourcelens/analyse', transfer, parts: texts.length, length: texts.join('').length, options: {} };
}

describe('the analysis in the background script', () => {
  it('answers each tab as a fresh analysis would, while a live page grows post by post', async () => {
    let text = '';
    for (const post of POSTS) {
      text = text ? `${text}\n\n${post}` : post;
      const options = { language: 'en', input: 'https://news.example/live', title: 'Live' };
      expect(await analyseInTab(7, text, options)).toEqual(analyse(text, options));
      // Another tab's page in between changes nothing for this one.
      expect(await analyseInTab(8, POSTS[2])).toEqual(analyse(POSTS[2]));
    }
    forgetAnalysis(7);
    expect(await analyseInTab(7, POSTS[0])).toEqual(analyse(POSTS[0]));
  });

  it('keeps the analysers of a few tabs only, and each still answers right after being dropped', async () => {
    for (let tab = 100; tab < 120; tab++) {
      const text = POSTS[tab % POSTS.length];
      expect(await analyseInTab(tab, text)).toEqual(analyse(text));
    }
    expect(await analyseInTab(100, POSTS[1])).toEqual(analyse(POSTS[1]));
  });

  it('keeps the transfers of two tabs apart, even under the same name and sent at once', async () => {
    sendParts(21, 'same', [POSTS[0], POSTS[1]]);
    sendParts(22, 'same', [POSTS[2]]);
    const first = answerAnalysis(21, analysisRequest('same', [POSTS[0], POSTS[1]]));
    const second = answerAnalysis(22, analysisRequest('same', [POSTS[2]]));
    expect(first.ok && first.report.profile).toEqual(analyse(POSTS[0] + POSTS[1]).profile);
    expect(second.ok && second.report.profile).toEqual(analyse(POSTS[2]).profile);

    // Interleaved, message by message, as two tabs' content scripts would send them.
    const texts = [POSTS.join('\n\n'), POSTS[1]];
    const reports = await Promise.all(texts.map((text, i) => analyseInTab(23 + i, text)));
    expect(reports).toEqual(texts.map((text) => analyse(text)));
  });

  it('answers a clear error, and never throws, when a part is missing or the length is not the one said', () => {
    const texts = ['The mayor said ', 'the pier would close.'];
    sendParts(30, 't1', texts, [0]);
    expect(answerAnalysis(30, analysisRequest('t1', texts))).toEqual({
      ok: false,
      error: { name: 'AnalysisTransferIncomplete', message: 'received 1 of 2 parts, 15 of 36 characters' },
    });
    sendParts(30, 't2', texts);
    expect(answerAnalysis(30, { ...analysisRequest('t2', texts), length: 35 })).toMatchObject({ ok: false, error: { name: 'AnalysisTransferIncomplete' } });
    // Nothing was kept of a failed transfer: asking again is no better.
    expect(answerAnalysis(30, analysisRequest('t2', texts))).toMatchObject({ ok: false, error: { name: 'AnalysisTransferIncomplete' } });
    expect(answerFindings(30, { type: 'sourcelens/findings', transfer: 't2', list: 'attributions', from: 0 })).toMatchObject({ ok: false, error: { name: 'AnalysisTransferIncomplete' } });
  });

  it('takes the last part with the request: one message for a text of one part, and a clear error when an earlier part is missing', () => {
    const text = 'The mayor said the pier would close.';
    const reply = answerAnalysis(31, { type: 'sourcelens/analyse', transfer: 'one', parts: 1, length: text.length, lastPart: text, options: {} });
    expect(reply).toMatchObject({ ok: true, findings: { attributions: 1 } });
    // Few findings come with the reply, packed (their spans without text).
    expect(reply.ok && reply.allFindings?.attributions.map((a) => [a.source.start, a.source.text])).toEqual(analyse(text).attributions.map((a) => [a.source.start, '']));
    expect(answerAnalysis(31, { type: 'sourcelens/analyse', transfer: 'two', parts: 2, length: text.length + 5, lastPart: text, options: {} })).toEqual({
      ok: false,
      error: { name: 'AnalysisTransferIncomplete', message: `received 1 of 2 parts, ${text.length} of ${text.length + 5} characters` },
    });
  });

  it('drops an older transfer, finished or not, when the tab starts a new one', () => {
    const older = [POSTS[0], POSTS[1]];
    sendParts(40, 'older', older, [0]);
    sendParts(40, 'newer', [POSTS[2]]);
    sendParts(40, 'older', older, [1]);
    // The newer transfer dropped the older's first part; the older's late part then dropped the newer.
    expect(answerAnalysis(40, analysisRequest('older', older))).toMatchObject({ ok: false, error: { name: 'AnalysisTransferIncomplete' } });
    expect(answerAnalysis(40, analysisRequest('newer', [POSTS[2]]))).toMatchObject({ ok: false });

    sendParts(40, 'finished', [POSTS[1]]);
    expect(answerAnalysis(40, analysisRequest('finished', [POSTS[1]]))).toMatchObject({ ok: true, findings: { attributions: 1 } });
    expect(answerFindings(40, { type: 'sourcelens/findings', transfer: 'finished', list: 'attributions', from: 0 })).toMatchObject({ ok: true, findings: [{ id: 'a1' }] });
    sendParts(40, 'next', [POSTS[0]]);
    expect(answerFindings(40, { type: 'sourcelens/findings', transfer: 'finished', list: 'attributions', from: 0 })).toMatchObject({ ok: false });
  });

  it('forgets a tab\'s transfer with its analyser', () => {
    sendParts(50, 'parts', [POSTS[0]]);
    forgetAnalysis(50);
    expect(answerAnalysis(50, analysisRequest('parts', [POSTS[0]]))).toMatchObject({ ok: false, error: { name: 'AnalysisTransferIncomplete' } });

    sendParts(50, 'report', [POSTS[0]]);
    expect(answerAnalysis(50, analysisRequest('report', [POSTS[0]]))).toMatchObject({ ok: true });
    forgetAnalysis(50);
    expect(answerFindings(50, { type: 'sourcelens/findings', transfer: 'report', list: 'conditions', from: 0 })).toMatchObject({ ok: false });
  });
});
