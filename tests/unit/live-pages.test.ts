// @vitest-environment happy-dom
/**
 * Pages that change under the reader (the live watcher and the content
 * controller with `live`), on the fictional stories of the e2e fixtures
 * rendered into happy-dom's document. The overlay draws `<mark>` fallbacks
 * here, which change the DOM: the watcher must not take them for the page's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createPageController, type PageController } from '../../extension/content/controller';
import type { PageState } from '../../extension/messages';
import { isPageMutation, watchPage } from '../../src/page/live/watch';

interface Story {
  title: string;
  paragraphs: string[];
  more: string[];
}

const storiesSource = readFileSync(path.resolve(import.meta.dirname, '../e2e/fixtures/live/stories.js'), 'utf8');
const stories = (() => {
  const fakeWindow: { SOURCELENS_STORIES?: Record<string, Story> } = {};
  new Function('window', storiesSource)(fakeWindow);
  return fakeWindow.SOURCELENS_STORIES!;
})();

/** Short timings so the tests are quick; the behaviour is the same. */
const WATCH = { debounceMs: 30, maxWaitMs: 200 };
const settle = () => new Promise((resolve) => setTimeout(resolve, WATCH.debounceMs * 4));
/** How long a test waits for what it expects on a machine busy with other work. */
const PATIENCE_MS = 10_000;
/**
 * Settles, then waits until `done` holds (the analysis of a change may take longer than the quiet period
 * when the machine is busy), then settles once more so that a second, unexpected update would be seen.
 */
async function settleUntil(done: () => boolean): Promise<void> {
  await settle();
  const until = Date.now() + PATIENCE_MS;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  await settle();
}
const updated = () => updates.length > 0;

function renderStory(story: Story, withMore: boolean): HTMLElement {
  const main = document.querySelector('main')!;
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = story.title;
  const body = document.createElement('div');
  for (const text of [...story.paragraphs, ...(withMore ? story.more : [])]) {
    const p = document.createElement('p');
    p.textContent = text;
    body.append(p);
  }
  article.append(h1, body);
  main.replaceChildren(article);
  return body;
}

function ready(state: PageState): Extract<PageState, { status: 'ready' }> {
  if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state).slice(0, 200)}`);
  return state;
}

let controller: PageController | null = null;
let updates: PageState[] = [];

async function start(): Promise<PageController> {
  updates = [];
  controller = await createPageController(document, location.href, { analyseText: analyse, live: true, watch: WATCH, onUpdate: (s) => updates.push(s) });
  return controller;
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.innerHTML = '<header class="site"><a href="/">Eastport Courier</a></header><main></main><footer>Fictional.</footer>';
  history.replaceState({}, '', '/news/harbour');
});

afterEach(() => {
  controller?.destroy();
  controller = null;
});

describe('a page that changes under the reader', () => {
  it('analyses paragraphs a "read more" button appends, once per burst of changes', async () => {
    const body = renderStory(stories.harbour, false);
    const first = ready((await start()).state());
    expect(first.report.article.text).not.toContain('senior council official');

    for (const text of stories.harbour.more) {
      const p = document.createElement('p');
      p.textContent = text;
      body.append(p);
    }
    await settleUntil(updated);
    expect(updates).toHaveLength(1);
    const after = ready(controller!.state());
    expect(after.report.article.text).toContain('A senior council official, who asked not to be named');
    expect(after.report.profile.anonymous).toBeGreaterThan(first.report.profile.anonymous);
    const added = after.report.attributions.find((a) => a.source.text === 'A senior council official');
    expect(added?.kind).toBe('anonymous');
    // Every finding is marked, the new ones included.
    expect(after.marks.anonymous).toBe(after.report.profile.anonymous);
    expect(after.marks.onRecord).toBe(after.report.profile.onRecord);
    expect(document.querySelectorAll('mark[data-sourcelens]').length).toBeGreaterThan(0);
  });

  it('re-anchors the same Report when the article is re-rendered with the same words', async () => {
    renderStory(stories.harbour, true);
    const before = ready((await start()).state());
    const oldParagraph = document.querySelector('main p')!;
    renderStory(stories.harbour, true);
    expect(oldParagraph.isConnected).toBe(false);
    await settleUntil(updated);
    expect(updates).toHaveLength(1);
    const after = ready(controller!.state());
    // The same Report object: nothing was analysed again.
    expect(after.report).toBe(before.report);
    expect(after.marks).toEqual(before.marks);
    // The marks are in the new nodes.
    const marks = [...document.querySelectorAll('mark[data-sourcelens]')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.isConnected && mark.closest('main'))).toBe(true);
  });

  it('never takes its own marks for a change of the page', async () => {
    renderStory(stories.harbour, true);
    const { report } = ready((await start()).state());
    await settle();
    await controller!.handle({ type: 'sourcelens/set-overlay', visible: false });
    await controller!.handle({ type: 'sourcelens/set-overlay', visible: true });
    await controller!.handle({ type: 'sourcelens/focus-finding', id: 'a1' });
    await settle();
    expect(updates).toEqual([]);
    // Looking again finds the same words: the Report stands (the fallback marks may be re-drawn in new nodes).
    expect(['unchanged', 'reanchored']).toContain(await controller!.refresh());
    expect(ready(controller!.state()).report).toBe(report);
  });

  it('starts afresh when a single-page site navigates with pushState', async () => {
    renderStory(stories.harbour, true);
    const first = ready((await start()).state());
    expect(first.report.input).toMatch(/\/news\/harbour$/);
    history.pushState({}, '', '/news/library');
    renderStory(stories.library, false);
    await settleUntil(updated);
    expect(updates).toHaveLength(1);
    const after = ready(controller!.state());
    expect(after.report.input).toMatch(/\/news\/library$/);
    expect(after.report.title).toBe(stories.library.title);
    expect(after.report.article.text).not.toContain('ferry pier');
  });

  it('says so when the article goes away, and marks it again when it comes back', async () => {
    renderStory(stories.harbour, true);
    await start();
    document.querySelector('main')!.replaceChildren();
    await settleUntil(() => controller!.state().status === 'no-article');
    expect(controller!.state()).toEqual({ status: 'no-article' });
    expect(document.querySelectorAll('[data-sourcelens]').length).toBe(0);
    renderStory(stories.harbour, true);
    await settleUntil(() => controller!.state().status === 'ready');
    expect(ready(controller!.state()).marks.anonymous).toBeGreaterThan(0);
  });

  it('keeps the overlay off across changes while the reader has it off', async () => {
    const body = renderStory(stories.harbour, false);
    await (await start()).handle({ type: 'sourcelens/set-overlay', visible: false });
    body.append(Object.assign(document.createElement('p'), { textContent: stories.harbour.more[0] }));
    await settleUntil(updated);
    const after = ready(controller!.state());
    expect(after.report.article.text).toContain(stories.harbour.more[0].slice(0, 40));
    expect(after.overlayVisible).toBe(false);
    expect(document.querySelectorAll('[data-sourcelens]').length).toBe(0);
  });
});

describe('the live watcher', () => {
  it('waits for quiet, but not for ever on a page that never stops changing', async () => {
    renderStory(stories.harbour, true);
    let changes = 0;
    const watcher = watchPage(document, { debounceMs: 40, maxWaitMs: 120, onChange: () => changes++, onNavigate: () => undefined });
    const body = document.querySelector('main div')!;
    const ticker = setInterval(() => body.append(document.createElement('span')), 10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(ticker);
    watcher.stop();
    // A change every 10 ms never leaves 40 ms of quiet; the 120 ms ceiling still lets it through.
    expect(changes).toBeGreaterThanOrEqual(1);
    expect(changes).toBeLessThanOrEqual(4);
  });

  it('tells our own nodes from the page\'s', () => {
    const ours = document.createElement('mark');
    ours.setAttribute('data-sourcelens', 'anonymous');
    const theirs = document.createElement('p');
    const record = (added: Node[], target: Node = document.body) =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(isPageMutation(record([ours]))).toBe(false);
    expect(isPageMutation(record([theirs]))).toBe(true);
    expect(isPageMutation(record([theirs, ours]))).toBe(true);
    expect(isPageMutation(record([document.createTextNode('x')], ours))).toBe(false);
  });
});
