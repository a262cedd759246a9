/**
 * The content script's transfer of a text to the background's analysis and
 * of its Report back: in parts and pages of bounded size, assembled into the
 * very Report `analyse` makes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseByMessages, type SendMessage } from '../../extension/content/analysis-transfer';
import { packReport, splitText, unpackReport } from '../../extension/report-pages';
import {
  FINDINGS_PER_PAGE,
  isAnalysisRequest,
  isContentRequest,
  isFindingsRequest,
  isTextPart,
  TEXT_PART_CHARS,
} from '../../extension/messages';
import { longArticleHtml } from '../../src/cli/bench/long-article';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { backgroundLink, type LoggedMessage } from './background-link';

const SAMPLE = path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html');

function articleText(html: string): string {
  const article = extractArticle(parseHtml(html, 'https://example.invalid/'));
  if (!article) throw new Error('no article');
  return article.text;
}

/** The most a reply may weigh as JSON: parsed on the page's main thread in one task. */
const MAX_REPLY_CHARS = 100_000;

const count = (log: LoggedMessage[], type: string) => log.filter(({ message }) => message.type === type).length;

/**
 * Every message and reply within the limits, and as many of each as the text
 * and the Report call for: the text's last part goes with the request, and
 * findings that fit in one page with the reply.
 */
function expectBoundedMessages(log: LoggedMessage[], text: string, report: ReturnType<typeof analyse>): void {
  for (const { message, reply } of log) {
    if (message.type === 'sourcelens/text-part') expect(message.text.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
    if (message.type === 'sourcelens/analyse') expect(message.lastPart?.length ?? 0).toBeLessThanOrEqual(TEXT_PART_CHARS);
    if (message.type === 'sourcelens/findings') expect((reply as { findings: unknown[] }).findings.length).toBeLessThanOrEqual(FINDINGS_PER_PAGE);
    expect(JSON.stringify(reply).length).toBeLessThan(MAX_REPLY_CHARS);
  }
  expect(count(log, 'sourcelens/text-part')).toBe(Math.max(0, Math.ceil(text.length / TEXT_PART_CHARS) - 1));
  expect(count(log, 'sourcelens/analyse')).toBe(1);
  const inOnePage = report.attributions.length + report.conditions.length <= FINDINGS_PER_PAGE;
  const pages = Math.ceil(report.attributions.length / FINDINGS_PER_PAGE) + Math.ceil(report.conditions.length / FINDINGS_PER_PAGE);
  expect(count(log, 'sourcelens/findings')).toBe(inOnePage ? 0 : pages);
}

/** The text as it went, in parts and with the request. */
const textSent = (log: LoggedMessage[]) =>
  log.map(({ message }) => (message.type === 'sourcelens/text-part' ? message.text : message.type === 'sourcelens/analyse' ? (message.lastPart ?? '') : '')).join('');

describe('the transfer of an analysis between the page and the background', () => {
  it('brings back the Report of the bundled sample, as analyse makes it', async () => {
    const text = articleText(readFileSync(SAMPLE, 'utf8'));
    const options = { language: 'en', input: 'https://example.invalid/', title: 'Sample', url: 'https://example.invalid/', outlet: 'Example', analysedAt: '2026-12-04T06:00:00.000Z' };
    const { send, log } = backgroundLink(201);
    const report = await analyseByMessages(send, text, options);
    const expected = analyse(text, options);
    expect(report).toEqual(expected);
    // The page as the content script saw it reaches the Report (and so the exports).
    expect(report.page).toMatchObject({ url: options.url, outlet: 'Example', analysedAt: options.analysedAt });
    expect(report.conditions.length).toBeGreaterThan(0);
    expectBoundedMessages(log, text, expected);
    // An article of one part and a few dozen findings: one message each way.
    expect(log.map(({ message }) => message.type)).toEqual(['sourcelens/analyse']);
  });

  it('sends a long article in parts and brings its findings back in pages, none above the limits', async () => {
    const text = articleText(longArticleHtml(300_001));
    expect(text.length).toBeGreaterThan(300_000);
    const { send, log } = backgroundLink(202);
    const report = await analyseByMessages(send, text, { language: 'en' });
    const expected = analyse(text, { language: 'en' });
    expect(report).toEqual(expected);
    expect(report.attributions.length).toBeGreaterThan(FINDINGS_PER_PAGE);
    expectBoundedMessages(log, text, expected);
    expect(textSent(log)).toBe(text);
  });

  it('analyses an empty text in one message', async () => {
    const { send, log } = backgroundLink(203);
    expect(await analyseByMessages(send, '', {})).toEqual(analyse(''));
    expect(log.map(({ message }) => message.type)).toEqual(['sourcelens/analyse']);
  });

  it('keeps an emoji at a part boundary whole', async () => {
    const prefix = 'a'.repeat(TEXT_PART_CHARS - 1);
    const text = `${prefix}😀 the mayor said. ${prefix}🎉 an official said.`;
    expect(text.charCodeAt(TEXT_PART_CHARS - 1)).toBe(0xd83d);
    const parts = splitText(text);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part).not.toMatch(/[\ud800-\udfff]/u);
    const { send, log } = backgroundLink(204);
    const report = await analyseByMessages(send, text, {});
    expect(report.article.text).toBe(text);
    expect(report).toEqual(analyse(text));
    expect(textSent(log)).toBe(text);
    expect(count(log, 'sourcelens/text-part')).toBe(2);
  });

  it('splits into parts of at most the size asked for, whatever the text', () => {
    expect(splitText('')).toEqual([]);
    expect(splitText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitText('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
    // A part of one code unit is the least: a run of surrogate halves still moves on.
    expect(splitText('😀😀', 1).join('')).toBe('😀😀');
  });

  it('fails with the background\'s own error, or a clear one when nothing answers', async () => {
    const text = 'The mayor said the pier would close. '.repeat(Math.ceil(TEXT_PART_CHARS / 30));
    expect(splitText(text).length).toBeGreaterThan(1);
    const { send } = backgroundLink(205);
    const partsLost: SendMessage = (message) => (message.type === 'sourcelens/text-part' ? Promise.resolve({ ok: true }) : send(message));
    await expect(analyseByMessages(partsLost, text, {})).rejects.toMatchObject({ name: 'AnalysisTransferIncomplete' });
    await expect(analyseByMessages(() => Promise.resolve(undefined), text, {})).rejects.toMatchObject({ name: 'AnalysisUnavailable' });
  });
});

describe('the analysis messages', () => {
  it('send the Report back without the article text or its copies in spans, and put them back whole', () => {
    const report = analyse(
      '"We will not sign," said a senior official, who spoke on condition of anonymity because the talks are private. ' +
        'The deal holds unless the border is closed, Mayor Jane Doe said.',
    );
    expect(report.attributions.some((a) => a.quote !== null)).toBe(true);
    expect(report.attributions.some((a) => a.reason !== null)).toBe(true);
    expect(report.conditions.length).toBeGreaterThan(0);
    const sent = packReport(report);
    expect(sent.article.text).toBe('');
    expect(JSON.stringify(sent)).not.toContain('The deal holds unless');
    expect(unpackReport(JSON.parse(JSON.stringify(sent)), report.article.text)).toEqual(report);
  });

  it('are told from stray messages by their exact shape', () => {
    const part = { type: 'sourcelens/text-part', transfer: 't', index: 0, parts: 1, text: 'x' };
    expect(isTextPart(part)).toBe(true);
    expect(isTextPart({ ...part, index: 1 })).toBe(false);
    expect(isTextPart({ ...part, index: -1, parts: 0 })).toBe(false);
    expect(isTextPart({ ...part, transfer: '' })).toBe(false);
    expect(isTextPart({ ...part, text: 'x'.repeat(TEXT_PART_CHARS + 1) })).toBe(false);
    const request = { type: 'sourcelens/analyse', transfer: 't', parts: 1, length: 1, lastPart: 'x', options: {} };
    expect(isAnalysisRequest(request)).toBe(true);
    expect(isAnalysisRequest({ ...request, length: 1.5 })).toBe(false);
    // The former request with the whole text is no longer taken.
    expect(isAnalysisRequest({ type: 'sourcelens/analyse', text: 'x', options: {} })).toBe(false);
    expect(isContentRequest(request)).toBe(false);
    const page = { type: 'sourcelens/findings', transfer: 't', list: 'conditions', from: 200 };
    expect(isFindingsRequest(page)).toBe(true);
    expect(isFindingsRequest({ ...page, list: 'sources' })).toBe(false);
    expect(isFindingsRequest({ ...page, from: '0' })).toBe(false);
  });
});
