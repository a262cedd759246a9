/**
 * Forged and oversized messages: each request is declared once as a schema
 * (`extension/messages.ts`), and what passes is what our own code sends and
 * nothing bigger or stranger; the background answers only our own content
 * script in a tab's top frame.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentScriptTab } from '../../extension/background/sender';
import { analyseByMessages } from '../../extension/content/analysis-transfer';
import {
  MAX_NAME_CHARS,
  MAX_OPTION_CHARS,
  MAX_TEXT_PARTS,
  TEXT_PART_CHARS,
  isAnalysisRequest,
  isBackgroundMessage,
  isContentRequest,
  isCurrentFindingMessage,
  isFindingsRequest,
  isPracticeRequest,
  isReportTextRequest,
  isTextPart,
  isTransferMessage,
} from '../../extension/messages';
import { analyse } from '../../src/core/analyse';
import { backgroundLink } from './background-link';

const GUARDS = [isCurrentFindingMessage, isTextPart, isAnalysisRequest, isFindingsRequest, isReportTextRequest, isTransferMessage, isContentRequest, isPracticeRequest, isBackgroundMessage];

const part = { type: 'sourcelens/text-part', transfer: 't1', index: 0, parts: 2, text: 'The mayor said' };
const analysis = { type: 'sourcelens/analyse', transfer: 't1', parts: 2, length: 30, lastPart: ' the pier closes', options: { language: 'en', input: 'https://news.example/a', title: 'A' } };

describe('a request from the content script to the background', () => {
  it('passes as our own code sends it', () => {
    expect(isTextPart(part)).toBe(true);
    expect(isAnalysisRequest(analysis)).toBe(true);
    expect(isAnalysisRequest({ ...analysis, options: {} })).toBe(true);
    expect(isTransferMessage({ type: 'sourcelens/findings', transfer: 't1', list: 'conditions', from: 200 })).toBe(true);
    expect(isBackgroundMessage({ type: 'sourcelens/analysed', anonymous: 2, attributions: 9 })).toBe(true);
  });

  it('is refused when a part is too long, past the last, or one of too many', () => {
    expect(isTextPart({ ...part, text: 'x'.repeat(TEXT_PART_CHARS + 1) })).toBe(false);
    expect(isTextPart({ ...part, index: 2 })).toBe(false);
    expect(isTextPart({ ...part, parts: MAX_TEXT_PARTS + 1 })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, parts: MAX_TEXT_PARTS + 1 })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, length: MAX_TEXT_PARTS * TEXT_PART_CHARS + 1 })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, lastPart: 'x'.repeat(TEXT_PART_CHARS + 1) })).toBe(false);
    // The last part comes with the request whenever there are parts, and never without.
    const { lastPart: _lastPart, ...withoutLastPart } = analysis;
    expect(isAnalysisRequest(withoutLastPart)).toBe(false);
    expect(isAnalysisRequest({ ...analysis, parts: 0, length: 0 })).toBe(false);
    expect(isAnalysisRequest({ ...withoutLastPart, parts: 0, length: 0 })).toBe(true);
  });

  it('is refused with counts that are not counts', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1']) {
      expect(isTextPart({ ...part, index: bad })).toBe(false);
      expect(isBackgroundMessage({ type: 'sourcelens/analysed', anonymous: bad, attributions: 3 })).toBe(false);
      expect(isFindingsRequest({ type: 'sourcelens/findings', transfer: 't1', list: 'attributions', from: bad })).toBe(false);
    }
  });

  it('is refused with a field it does not declare, or options other than the analyser\'s', () => {
    expect(isTextPart({ ...part, payload: 'x'.repeat(1_000_000) })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, options: { ...analysis.options, extra: 1 } })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, options: { title: 7 } })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, options: { title: 'x'.repeat(MAX_OPTION_CHARS + 1) } })).toBe(false);
    expect(isAnalysisRequest({ ...analysis, options: { language: 'x'.repeat(MAX_NAME_CHARS + 1) } })).toBe(false);
  });

  it('is refused with names and error summaries longer than ours', () => {
    expect(isTextPart({ ...part, transfer: '' })).toBe(false);
    expect(isTextPart({ ...part, transfer: 'x'.repeat(MAX_NAME_CHARS + 1) })).toBe(false);
    expect(isBackgroundMessage({ type: 'sourcelens/failed', error: { name: 'Error', message: 'x'.repeat(5_000) } })).toBe(false);
    expect(isBackgroundMessage({ type: 'sourcelens/failed', error: { name: 'Error', message: 'm', stack: 'at …' } })).toBe(false);
  });
});

describe('a request to the content script', () => {
  it('passes as the popup and the commands send it, and not otherwise', () => {
    expect(isContentRequest({ type: 'sourcelens/get-state' })).toBe(true);
    expect(isContentRequest({ type: 'sourcelens/focus-finding', id: 'a3' })).toBe(true);
    expect(isContentRequest({ type: 'sourcelens/focus-finding', id: 'a'.repeat(MAX_NAME_CHARS + 1) })).toBe(false);
    expect(isContentRequest({ type: 'sourcelens/set-overlay', visible: 'yes' })).toBe(false);
    expect(isContentRequest({ type: 'sourcelens/get-state', report: {} })).toBe(false);
    expect(isPracticeRequest({ type: 'sourcelens/practice', action: 'start' })).toBe(true);
    expect(isPracticeRequest({ type: 'sourcelens/practice', action: 'cheat' })).toBe(false);
    expect(isReportTextRequest({ type: 'sourcelens/report-text', transfer: 'r', from: -1 })).toBe(false);
  });
});

describe('any value at all', () => {
  it('is judged by every guard without a throw, and never passes two kinds of request', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('sourcelens/text-part', 'sourcelens/analyse', 'sourcelens/step', 'sourcelens/failed') }, { requiredKeys: [] })), (value) => {
        const passed = [isTextPart, isAnalysisRequest, isFindingsRequest, isReportTextRequest, isContentRequest, isPracticeRequest, isBackgroundMessage].filter((guard) => guard(value));
        expect(passed.length).toBeLessThanOrEqual(1);
        for (const guard of GUARDS) expect(typeof guard(value)).toBe('boolean');
      }),
      { seed: 15, numRuns: 2_000 },
    );
  });
});

describe('the background script', () => {
  const OWN = 'our-extension-id';

  it('answers our own content script in a tab\'s top frame', () => {
    expect(contentScriptTab({ id: OWN, frameId: 0, tab: { id: 12 } }, OWN)).toBe(12);
  });

  it('ignores another extension, a subframe, and a sender with no tab', () => {
    expect(contentScriptTab({ id: 'another-extension', frameId: 0, tab: { id: 12 } }, OWN)).toBeNull();
    expect(contentScriptTab({ frameId: 0, tab: { id: 12 } }, OWN)).toBeNull();
    expect(contentScriptTab({ id: OWN, frameId: 3, tab: { id: 12 } }, OWN)).toBeNull();
    expect(contentScriptTab({ id: OWN, tab: { id: 12 } }, OWN)).toBeNull();
    expect(contentScriptTab({ id: OWN, frameId: 0 }, OWN)).toBeNull();
    expect(contentScriptTab({ id: OWN, frameId: 0, tab: { id: -1 } }, OWN)).toBeNull();
  });
});

describe('the content script\'s requests', () => {
  it('keep within the bounds whatever the page\'s title, address and language tag', async () => {
    const text = 'The mayor said the pier would close in May, a port official said.';
    const options = { language: 'x'.repeat(500), input: `https://news.example/${'p'.repeat(20_000)}`, title: 'T'.repeat(20_000) };
    // The link checks each message with `isTransferMessage`, as the background does.
    const report = await analyseByMessages(backgroundLink(301).send, text, options);
    expect(report.title).toBe('T'.repeat(MAX_OPTION_CHARS));
    expect(report.input).toHaveLength(MAX_OPTION_CHARS);
    expect(report.attributions).toEqual(analyse(text).attributions);
  });

  it('refuse an article longer than the background takes, with a clear error and no message sent', async () => {
    let sent = 0;
    const text = 'a'.repeat(MAX_TEXT_PARTS * TEXT_PART_CHARS + 1);
    await expect(analyseByMessages(async () => ++sent, text, {})).rejects.toMatchObject({ name: 'ArticleTooLong', message: expect.stringContaining(`at most ${MAX_TEXT_PARTS * TEXT_PART_CHARS}`) });
    expect(sent).toBe(0);
  });
});

describe('the content script telling the side panel where the reader is', () => {
  it('passes with a finding id or null, and nothing bigger or stranger', () => {
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding', id: 'a12' })).toBe(true);
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding', id: null })).toBe(true);
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding', id: 'a'.repeat(MAX_NAME_CHARS + 1) })).toBe(false);
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding', id: 12 })).toBe(false);
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding', id: 'a1', text: 'page text' })).toBe(false);
    expect(isCurrentFindingMessage({ type: 'sourcelens/current-finding' })).toBe(false);
  });
});
