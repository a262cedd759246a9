// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageController } from '../../extension/content/controller';
import { FORCED_FAILURE_MESSAGE } from '../../extension/diagnostics';
import type { FocusReply, PageState } from '../../extension/messages';
import { closeParser, parseHtml } from '../../src/page/dom';

const seedHtml = readFileSync(path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8');
const NO_ARTICLE_HTML = '<!doctype html><html lang="en"><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';

afterAll(closeParser);

function ready(state: PageState | FocusReply): Extract<PageState, { status: 'ready' }> {
  if (!('status' in state) || state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state).slice(0, 200)}`);
  return state;
}

describe('the content controller (happy-dom: the overlay draws <mark> fallbacks here)', () => {
  it('analyses the page once and marks what the Report finds', () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const state = ready(createPageController(doc, 'https://news.example/seed').state());
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

  it('switching off leaves the DOM as it was, and on draws the same marks again', () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const before = doc.documentElement.outerHTML;
    const controller = createPageController(doc, '');
    const on = ready(controller.state());
    expect(doc.documentElement.outerHTML).not.toBe(before);

    const off = ready(controller.handle({ type: 'sourcelens/set-overlay', visible: false }));
    expect(off.overlayVisible).toBe(false);
    expect(off.marks).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);

    const again = ready(controller.handle({ type: 'sourcelens/set-overlay', visible: true }));
    expect(again.marks).toEqual(on.marks);
  });

  it('jumps to a finding, turning the overlay back on, and says so for an unknown id', () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const controller = createPageController(doc, '');
    const { report } = ready(controller.state());
    controller.handle({ type: 'sourcelens/set-overlay', visible: false });
    expect(controller.handle({ type: 'sourcelens/focus-finding', id: report.attributions[0].id })).toEqual({ found: true });
    expect(ready(controller.state()).overlayVisible).toBe(true);
    expect(controller.handle({ type: 'sourcelens/focus-finding', id: 'a9999' })).toEqual({ found: false });
  });

  it('says there is no article on a page of links', () => {
    const doc = parseHtml(NO_ARTICLE_HTML);
    const controller = createPageController(doc, '');
    expect(controller.state()).toEqual({ status: 'no-article' });
    expect(controller.handle({ type: 'sourcelens/focus-finding', id: 'a1' })).toEqual({ found: false });
  });

  it('turns a failure into an error state instead of throwing into the page', () => {
    const broken = new Proxy(parseHtml(seedHtml), {
      get(target, key) {
        if (key === 'body') throw new Error('this page fights back');
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const controller = createPageController(broken, '');
    expect(controller.state()).toEqual({ status: 'error', name: 'Error', message: 'this page fights back' });
  });

  it('fails the first analysis on purpose when asked (the test flag), leaves the page untouched, and recovers on the next look', () => {
    const doc = parseHtml(seedHtml);
    const before = doc.documentElement.outerHTML;
    const controller = createPageController(doc, '', { forceFailure: true });
    expect(controller.state()).toEqual({ status: 'error', name: 'ForcedFailure', message: FORCED_FAILURE_MESSAGE });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(controller.refresh()).toBe('reanalysed');
    expect(controller.state().status).toBe('ready');
    controller.destroy();
  });
});
