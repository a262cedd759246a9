/** The background's analysis service: the packed Report, per tab, equal to a fresh analysis as the page changes. */
import { describe, expect, it } from 'vitest';
import { answerAnalysis, forgetAnalysis } from '../../extension/background/analysis';
import { unpackReport, type AnalysisReply } from '../../extension/messages';
import { analyse } from '../../src/core/analyse';

const POSTS = [
  'The mayor said the pier would close in May, provided that the ferry company agrees.',
  '"We have not decided," a port official said on condition of anonymity because the talks are private.',
  'Residents told the Courier they would oppose any closure unless a new pier is built.',
];

function reportOf(reply: AnalysisReply, text: string) {
  if (!reply.ok) throw new Error(`analysis failed: ${reply.error.message}`);
  return unpackReport(reply.report, text);
}

describe('the analysis in the background script', () => {
  it('answers each tab as a fresh analysis would, while a live page grows post by post', () => {
    let text = '';
    for (const post of POSTS) {
      text = text ? `${text}\n\n${post}` : post;
      const options = { language: 'en', input: 'https://news.example/live', title: 'Live' };
      expect(reportOf(answerAnalysis(7, { type: 'sourcelens/analyse', text, options }), text)).toEqual(analyse(text, options));
      // Another tab's page in between changes nothing for this one.
      expect(reportOf(answerAnalysis(8, { type: 'sourcelens/analyse', text: POSTS[2], options: {} }), POSTS[2])).toEqual(analyse(POSTS[2]));
    }
    forgetAnalysis(7);
    expect(reportOf(answerAnalysis(7, { type: 'sourcelens/analyse', text: POSTS[0], options: {} }), POSTS[0])).toEqual(analyse(POSTS[0]));
  });

  it('keeps the analysers of a few tabs only, and each still answers right after being dropped', () => {
    for (let tab = 100; tab < 120; tab++) {
      const text = POSTS[tab % POSTS.length];
      expect(reportOf(answerAnalysis(tab, { type: 'sourcelens/analyse', text, options: {} }), text)).toEqual(analyse(text));
    }
    expect(reportOf(answerAnalysis(100, { type: 'sourcelens/analyse', text: POSTS[1], options: {} }), POSTS[1])).toEqual(analyse(POSTS[1]));
  });
});
