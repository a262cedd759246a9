// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createPageController } from '../../extension/content/controller';
import { FORCED_FAILURE_MESSAGE } from '../../extension/diagnostics';
import type { FocusReply, PageState } from '../../extension/messages';
import type { AnalyseOptions } from '../../src/core/types';
import { closeParser, parseHtml } from '../../src/page/dom';
import type { Correction } from '../../src/report/corrections';
import { catchShadowRoots, shadowOf } from './own-roots';

const seedHtml = readFileSync(path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8');
const NO_ARTICLE_HTML = '<!doctype html><html lang="en"><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';

afterAll(closeParser);

function ready(state: PageState | FocusReply): Extract<PageState, { status: 'ready' }> {
  if (!('status' in state) || state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state).slice(0, 200)}`);
  return state;
}

describe('the content controller (happy-dom: the overlay draws <mark> fallbacks here)', () => {
  it('analyses the page once and marks what the Report finds', async () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const state = ready((await createPageController(doc, 'https://news.example/seed', { analyseText: analyse })).state());
    const { report, marks } = state;
    expect(report.input).toBe('https://news.example/seed');
    expect(report.title).toContain('Putin ready for talks');
    expect(report.profile.attributions).toBeGreaterThan(0);
    expect(marks.anonymous).toBe(report.profile.anonymous);
    expect(marks.onRecord).toBe(report.profile.onRecord);
    expect(marks.condition).toBe(report.profile.conditions);
    expect(marks.quote).toBe(report.attributions.filter((a) => a.quote).length);
    expect(state.overlayVisible).toBe(true);
  });

  it('switching off leaves the DOM as it was, and on draws the same marks again', async () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const before = doc.documentElement.outerHTML;
    const controller = await createPageController(doc, '', { analyseText: analyse });
    const on = ready(controller.state());
    expect(doc.documentElement.outerHTML).not.toBe(before);

    const off = ready(await controller.handle({ type: 'sourcelens/set-overlay', visible: false }));
    expect(off.overlayVisible).toBe(false);
    expect(off.marks).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);

    const again = ready(await controller.handle({ type: 'sourcelens/set-overlay', visible: true }));
    expect(again.marks).toEqual(on.marks);
  });

  it('jumps to a finding, turning the overlay back on, and says so for an unknown id', async () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const controller = await createPageController(doc, '', { analyseText: analyse });
    const { report } = ready(controller.state());
    await controller.handle({ type: 'sourcelens/set-overlay', visible: false });
    expect(await controller.handle({ type: 'sourcelens/focus-finding', id: report.attributions[0].id })).toEqual({ found: true });
    expect(ready(controller.state()).overlayVisible).toBe(true);
    expect(await controller.handle({ type: 'sourcelens/focus-finding', id: 'a9999' })).toEqual({ found: false });
  });

  it('passes a correction made on a card up, and shows the kept ones on its overlay and on the next one', async () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    catchShadowRoots(doc.defaultView as unknown as Window);
    try {
      const made: Correction[] = [];
      const controller = await createPageController(doc, 'https://news.example/seed', { analyseText: analyse, onCorrect: (correction) => made.push(correction) });
      const anonymous = ready(controller.state()).report.attributions.find((a) => a.kind === 'anonymous')!;
      const layer = () => shadowOf(doc.documentElement.querySelector(':scope > [data-sourcelens=overlay]')!);
      const openCard = () => {
        (layer().querySelector(`button[data-key="${anonymous.id}"]`) as HTMLElement).focus();
        return layer().querySelector('#sourcelens-card')!;
      };
      (openCard().querySelector('[data-testid=remove]') as HTMLButtonElement).click();
      expect(made).toEqual([{ finding: anonymous.id, text: anonymous.source.text, action: 'remove' }]);
      expect(openCard().querySelector('[data-testid=card-corrected]'), 'nothing shows until the keeper answers').toBeNull();

      controller.setCorrections(made);
      expect(openCard().querySelector('[data-testid=card-corrected]')?.textContent).toContain('You marked this as not an attribution.');
      // New settings draw a new overlay: its cards know the corrections too.
      await controller.configure({ scheme: 'highContrast' });
      expect(openCard().querySelector('[data-testid=card-corrected]')?.textContent).toContain('You marked this as not an attribution.');
      controller.destroy();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('says there is no article on a page of links', async () => {
    const doc = parseHtml(NO_ARTICLE_HTML);
    const controller = await createPageController(doc, '', { analyseText: analyse });
    expect(controller.state()).toEqual({ status: 'no-article' });
    expect(await controller.handle({ type: 'sourcelens/focus-finding', id: 'a1' })).toEqual({ found: false });
  });

  it('turns a failure into an error state instead of throwing into the page', async () => {
    const broken = new Proxy(parseHtml(seedHtml), {
      get(target, key) {
        if (key === 'body') throw new Error('this page fights back');
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const controller = await createPageController(broken, '', { analyseText: analyse });
    expect(controller.state()).toEqual({ status: 'error', name: 'Error', message: 'this page fights back' });
  });

  it('fails the first analysis on purpose when asked (the test flag), leaves the page untouched, and recovers on the next look', async () => {
    const doc = parseHtml(seedHtml);
    const before = doc.documentElement.outerHTML;
    const controller = await createPageController(doc, '', { analyseText: analyse, forceFailure: true });
    expect(controller.state()).toEqual({ status: 'error', name: 'ForcedFailure', message: FORCED_FAILURE_MESSAGE });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(await controller.refresh()).toBe('reanalysed');
    expect(controller.state().status).toBe('ready');
    controller.destroy();
  });

  it('takes the test flag as it is read (a promise): the extraction does not wait for it, the analysis does', async () => {
    for (const flag of [true, false]) {
      const doc = parseHtml(seedHtml);
      let answer: (value: boolean) => void = () => {};
      const flagRead = new Promise<boolean>((resolve) => (answer = resolve));
      const analysed: string[] = [];
      const walks = vi.spyOn(doc, 'createTreeWalker');
      const ready = createPageController(doc, '', { analyseText: (text, options) => (analysed.push(text), analyse(text, options)), forceFailure: flagRead });
      // The flag is still being read: the article is read meanwhile, but nothing is analysed, whatever the flag will say.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(walks).toHaveBeenCalled();
      expect(analysed).toEqual([]);
      answer(flag);
      const controller = await ready;
      expect(controller.state().status).toBe(flag ? 'error' : 'ready');
      expect(analysed.length).toBe(flag ? 0 : 1);
      controller.destroy();
    }
  });

  it('waits for an analysis that takes its time, and answers requests only once it is done', async () => {
    const doc = parseHtml(seedHtml);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const slowAnalysis = async (text: string, options: AnalyseOptions) => {
      calls.push(text);
      await gate;
      return analyse(text, options);
    };
    let settled = false;
    const starting = createPageController(doc, '', { analyseText: slowAnalysis }).then((controller) => ((settled = true), controller));
    // (Waited for, not timed: extraction may take a while on a loaded machine; the gate holds the analysis.)
    await vi.waitFor(() => expect(calls.length).toBe(1), { timeout: 10_000 });
    expect(settled).toBe(false);
    expect(doc.querySelector('mark[data-sourcelens]')).toBeNull();
    release();
    const controller = await starting;
    expect(ready(await controller.handle({ type: 'sourcelens/get-state' })).marks.anonymous).toBeGreaterThan(0);
    controller.destroy();
  });

  it('runs looks one at a time, and a burst of them while one runs is one more look', async () => {
    const doc = parseHtml(seedHtml);
    const analysed: string[] = [];
    let gate: Promise<void> = Promise.resolve();
    const gatedAnalysis = async (text: string, options: AnalyseOptions) => {
      analysed.push(text);
      await gate;
      return analyse(text, options);
    };
    const controller = await createPageController(doc, '', { analyseText: gatedAnalysis });
    const paragraph = doc.querySelector('p')!;
    const addSentence = (sentence: string) => paragraph.append(doc.createTextNode(` ${sentence}`));

    let release: () => void = () => {};
    gate = new Promise((resolve) => (release = resolve));
    addSentence('An official said the talks would go on.');
    const first = controller.refresh();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(analysed.length).toBe(2); // the first look is analysing, held at the gate
    // The page changes again and five looks are asked for while the first one runs.
    addSentence('A diplomat said the date was not set.');
    const burst = [1, 2, 3, 4, 5].map(() => controller.refresh());
    expect(analysed.length).toBe(2);
    release();
    expect(await first).toBe('reanalysed');
    expect(await Promise.all(burst)).toEqual(['reanalysed', 'reanalysed', 'reanalysed', 'reanalysed', 'reanalysed']);
    expect(analysed.length).toBe(3);
    expect(analysed[2]).toContain('A diplomat said the date was not set.');
    controller.destroy();
  });

  it('shows an analysis that failed elsewhere (the background) as an error state with its name', async () => {
    const doc = parseHtml(seedHtml);
    const before = doc.documentElement.outerHTML;
    const failing = async () => {
      throw Object.assign(new Error('the background script did not answer'), { name: 'AnalysisUnavailable' });
    };
    const controller = await createPageController(doc, '', { analyseText: failing });
    expect(controller.state()).toEqual({ status: 'error', name: 'AnalysisUnavailable', message: 'the background script did not answer' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
