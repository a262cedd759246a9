/**
 * The content script's state as the popup fetches it: the state's reply
 * without the Report's text and findings, then the text in parts and the
 * findings in pages (`extension/report-pages.ts`), assembled into the very
 * state the content script holds, with no message or reply over the limits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDINGS_PER_PAGE,
  isFindingsRequest,
  isReportTextRequest,
  TEXT_PART_CHARS,
  type PageState,
} from '../../extension/messages';
import { answerReportPage, packPageState, receivePageState } from '../../extension/report-pages';
import { longArticleHtml } from '../../src/cli/bench/long-article';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';

const SAMPLE = path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html');

/** The most any one message or reply may weigh as JSON: each is serialised or parsed on the page's main thread in one task. */
const MAX_MESSAGE_CHARS = 140_000;

function readyState(html: string): Extract<PageState, { status: 'ready' }> {
  const article = extractArticle(parseHtml(html, 'https://example.invalid/'));
  if (!article) throw new Error('no article');
  const report = analyse(article.text, { input: 'https://example.invalid/', title: article.title });
  return { status: 'ready', report, marks: { anonymous: 1, onRecord: 2, condition: 3, quote: 4 }, overlayVisible: true, analysedAt: '2026-11-27T22:00:00.000Z' };
}

/** The popup's side and the content script's, each message and reply through JSON as the browsers' messaging does. */
function popupLink(held: () => Report | null, name: (report: Report) => string) {
  const sizes: number[] = [];
  const json = (value: unknown) => {
    const text = JSON.stringify(value);
    sizes.push(text.length);
    return JSON.parse(text) as unknown;
  };
  const send = async (message: unknown) => {
    const sent = json(message);
    if (!isReportTextRequest(sent) && !isFindingsRequest(sent)) throw new Error(`not a request for a part: ${JSON.stringify(sent)}`);
    const report = held();
    return json(report ? answerReportPage(report, name(report), sent) : { ok: false, error: { name: 'Gone', message: 'no Report' } });
  };
  return { send, sizes, json };
}

describe('the state the popup fetches in parts', () => {
  for (const [name, html] of [
    ['the bundled sample', readFileSync(SAMPLE, 'utf8')],
    ['a long article (~300k characters)', longArticleHtml(300_000)],
  ] as const) {
    it(`${name}: the state whole, through messages within the limits`, async () => {
      const state = readyState(html);
      const { send, sizes, json } = popupLink(() => state.report, () => 'r1');
      const packed = json(packPageState(state, () => 'r1')) as Parameters<typeof receivePageState>[1];
      const received = await receivePageState(send, packed);
      expect(received).toEqual(state);
      expect(Math.max(...sizes)).toBeLessThan(MAX_MESSAGE_CHARS);
      const { report } = state;
      const parts = Math.ceil(report.article.text.length / TEXT_PART_CHARS);
      const pages = Math.ceil(report.attributions.length / FINDINGS_PER_PAGE) + Math.ceil(report.conditions.length / FINDINGS_PER_PAGE);
      // The state, then a request and a reply for each part and page.
      expect(sizes.length).toBe(1 + 2 * (parts + pages));
    });
  }

  it('the long article really needs parts and pages', () => {
    const { report } = readyState(longArticleHtml(300_000));
    expect(report.article.text.length).toBeGreaterThan(2 * TEXT_PART_CHARS);
    expect(report.attributions.length).toBeGreaterThan(2 * FINDINGS_PER_PAGE);
    expect(JSON.stringify(report).length).toBeGreaterThan(3 * MAX_MESSAGE_CHARS);
  });

  it('states without a Report go as they are', async () => {
    const send = async () => {
      throw new Error('nothing to fetch');
    };
    for (const state of [{ status: 'no-article' }, { status: 'error', name: 'TypeError', message: 'x' }] as PageState[]) {
      expect(await receivePageState(send, packPageState(state, () => 'unused'))).toEqual(state);
    }
  });

  it('a Report replaced by a newer analysis while the popup fetches it: a clear error, never a mix of the two', async () => {
    const first = readyState(readFileSync(SAMPLE, 'utf8'));
    const second = readyState(longArticleHtml(150_000));
    let held = first.report;
    const names = new Map([[first.report, 'first'], [second.report, 'second']]);
    const { send } = popupLink(() => held, (report) => names.get(report)!);
    const packed = packPageState(first, (report) => names.get(report)!);
    held = second.report;
    await expect(receivePageState(send, packed)).rejects.toThrow(/replaced by a newer analysis/);
  });

  it('a content script that no longer holds a Report: its error', async () => {
    const state = readyState(readFileSync(SAMPLE, 'utf8'));
    const { send } = popupLink(() => null, () => 'r1');
    await expect(receivePageState(send, packPageState(state, () => 'r1'))).rejects.toThrow('no Report');
  });
});
