/**
 * Pages that change under the reader, in real Chromium and Firefox: our own
 * fixture pages of a fictional paper whose scripts append paragraphs ("read
 * more"), re-render the article, and navigate with history.pushState. The
 * content script must follow: new findings marked, marks kept on the new
 * nodes, a fresh analysis for the new URL, and the badge with it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../extension/messages';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, resultsDir, type BrowserDriver, type PageHandle } from './support/drivers';
import { LIVE_PREFIX, SERVED_FOLDERS } from './support/pages';
import { askState, badgeText, expectedMarks, ourRanges, PAINTED_SCROLLING_THROUGH } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

type Ready = Extract<PageState, { status: 'ready' }>;

/** Page-side: our highlight ranges, and those that no longer lie in the page (their nodes were replaced). */
const RANGES_DETACHED = ourRanges('!range.startContainer.isConnected || range.collapsed');

const totalMarks = (state: Ready) => Object.values(state.marks).reduce((sum, n) => sum + n, 0);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`live pages in ${name}`, () => {
    let server: PageServer;
    let driver: BrowserDriver;

    beforeAll(async () => {
      server = await startPageServer(SERVED_FOLDERS, [LIVE_PREFIX]);
      driver = await DRIVERS[name](server.origin);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    /** Opens a fixture page, grants and injects as the popup does, and returns the first state. */
    async function openLive(file: string): Promise<{ page: PageHandle; popup: PageHandle; tabId: number; first: Ready }> {
      const url = `${server.origin}${LIVE_PREFIX}${file}`;
      driver.setPhase(`load ${file}`);
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase(`ours ${file}`);
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      await popup.waitFor(`document.querySelector('[data-state]')`);
      const first = await askState(popup, tabId);
      if (first.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(first).slice(0, 300)}`);
      return { page, popup, tabId, first };
    }

    async function waitForState(popup: PageHandle, tabId: number, test: (state: Ready) => boolean): Promise<Ready> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await askState(popup, tabId);
        if (state.status === 'ready' && test(state)) return state;
        if (Date.now() > deadline) throw new Error(`state never matched: ${JSON.stringify(state).slice(0, 300)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    async function finish(page: PageHandle, popup: PageHandle): Promise<void> {
      await popup.close();
      await driver.revoke();
      await page.close();
    }

    it('marks the paragraphs a "read more" button appends, and the badge follows', async () => {
      const { page, popup, tabId, first } = await openLive('read-more.html');
      try {
        expect(first.report.article.text).not.toContain('senior council official');
        await page.bringToFront();
        await page.click('#read-more');
        const after = await waitForState(popup, tabId, (s) => s.report.article.text.includes('senior council official'));
        expect(after.report.input).toBe(first.report.input);
        expect(after.report.profile.anonymous).toBeGreaterThan(first.report.profile.anonymous);
        expect(after.marks).toEqual(expectedMarks(after.report));
        const sizes = await page.evaluate<Record<string, number>>(PAINTED_SCROLLING_THROUGH);
        expect(sizes.anonymous).toBeGreaterThanOrEqual(after.report.profile.anonymous);
        await popup.waitFor(`${badgeText(tabId)}.then((text) => text === ${JSON.stringify(String(after.report.profile.anonymous))})`);
        await page.screenshot(path.join(resultsDir, `live-read-more-${name}.png`));
      } finally {
        await finish(page, popup);
      }
    });

    it('keeps the marks on the article when the page re-renders it with new nodes', async () => {
      const { page, popup, tabId, first } = await openLive('rerender.html');
      try {
        expect(totalMarks(first)).toBeGreaterThan(0);
        await page.bringToFront();
        await page.evaluate(`document.querySelector('article p').dataset.before = 'yes'`);
        await page.click('#rerender');
        await page.waitFor(`!document.querySelector('[data-before]')`);
        // Re-anchored: every range of ours lies in the new nodes again, as many marks as before.
        await page.waitFor(`(${RANGES_DETACHED}).passing === 0 && (${RANGES_DETACHED}).total > 0`);
        const after = await waitForState(popup, tabId, () => true);
        expect(after.report).toEqual(first.report);
        expect(after.marks).toEqual(first.marks);
        const ranges = await page.evaluate<{ total: number; passing: number }>(RANGES_DETACHED);
        expect(ranges.total).toBeGreaterThanOrEqual(totalMarks(first));
      } finally {
        await finish(page, popup);
      }
    });

    it('starts a fresh analysis when a single-page site navigates with pushState, and on Back', async () => {
      const { page, popup, tabId, first } = await openLive('spa.html');
      try {
        expect(first.report.title).toMatch(/ferry pier/);
        await page.bringToFront();
        await page.click('a[data-story=library]');
        const library = await waitForState(popup, tabId, (s) => s.report.input.endsWith('?story=library'));
        expect(library.report.title).toBe('City library to stay open late during exam season');
        expect(library.report.article.text).not.toContain('ferry');
        expect(library.marks).toEqual(expectedMarks(library.report));
        await page.evaluate('history.back()');
        const back = await waitForState(popup, tabId, (s) => !s.report.input.endsWith('?story=library'));
        expect(back.report.title).toBe(first.report.title);
        expect(back.report.attributions.length).toBe(first.report.attributions.length);
      } finally {
        await finish(page, popup);
      }
    });
  });
}
