/**
 * A Ukrainian page in real Chromium and Firefox: our own fixture of a
 * fictional paper, whose <html lang="en"> contradicts its Ukrainian text.
 * The content script must read it as Ukrainian and mark what the analyser,
 * run here in Node on the same page, finds: named and anonymous sources in
 * any grammatical case, « » and dash-opened direct speech, conditions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, type BrowserDriver, type PageHandle } from './support/drivers';
import { SERVED_FOLDERS } from './support/pages';
import { askState, expectedMarks, OVERLAY_HOST, PAINTED_SCROLLING_THROUGH, waitForCard } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

const PAGE_PATH = '/fixtures/ukrainian/novyny.html';
const PAGE_FILE = path.join(SERVED_FOLDERS['/fixtures/'], 'ukrainian', 'novyny.html');

/** What the analyser finds on the page, in Node: the browsers must mark the same. */
function expectedReport() {
  const article = extractArticle(parseHtml(readFileSync(PAGE_FILE, 'utf8')));
  if (!article) throw new Error('the Ukrainian fixture has no article');
  return analyse(article.text, { language: article.language ?? undefined });
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`a Ukrainian page in ${name}`, () => {
    let server: PageServer;
    let driver: BrowserDriver;

    beforeAll(async () => {
      server = await startPageServer(SERVED_FOLDERS);
      driver = await DRIVERS[name](server.origin);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('is read as Ukrainian and marked as the analyser finds it', async () => {
      const expected = expectedReport();
      // The fixture's own figures, so that a lexicon gone silent fails here too.
      expect(expected.language).toBe('uk');
      expect(expected.attributions.filter((a) => a.kind === 'anonymous').length).toBeGreaterThanOrEqual(2);
      expect(expected.conditions.length).toBeGreaterThanOrEqual(2);

      const url = `${server.origin}${PAGE_PATH}`;
      driver.setPhase('load ukrainian');
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours ukrainian');
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      try {
        await popup.waitFor(`document.querySelector('[data-state]')`);
        const state = await askState(popup, tabId);
        if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state).slice(0, 300)}`);
        expect(state.report.language).toBe('uk');
        expect(state.report.attributions.map((a) => [a.kind, a.cue.text, a.source.text])).toEqual(
          expected.attributions.map((a) => [a.kind, a.cue.text, a.source.text]),
        );
        expect(state.marks).toEqual(expectedMarks(expected));
        // Drawn in the page: at least one highlight range per finding (a source and its cue may be two),
        // painted as the reader scrolls through.
        const sizes = await page.evaluate<Record<string, number>>(PAINTED_SCROLLING_THROUGH);
        expect(sizes.anonymous).toBeGreaterThanOrEqual(state.marks.anonymous);
        expect(sizes.onRecord).toBeGreaterThanOrEqual(state.marks.onRecord);
        expect(sizes.condition).toBeGreaterThanOrEqual(state.marks.condition);
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });
  });
}

/** The interface strings, to read the popup by. */
const MESSAGES = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.resolve(SERVED_FOLDERS['/fixtures/'], '../../../public/_locales', lang, 'messages.json'), 'utf8'));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`the popup in Ukrainian, in ${name} with a Ukrainian interface`, () => {
    let server: PageServer;
    let driver: BrowserDriver;

    beforeAll(async () => {
      server = await startPageServer(SERVED_FOLDERS);
      driver = await DRIVERS[name](server.origin, { locale: 'uk' });
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    /** Opens the Ukrainian page, analysed, with its popup; `check` runs on them, then all is closed. */
    async function withAnalysedPage(skip: () => void, check: (page: PageHandle, popup: PageHandle, tabId: number) => Promise<void>): Promise<void> {
      const url = `${server.origin}${PAGE_PATH}`;
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      try {
        await popup.waitFor(`document.querySelector('[data-state=ready]')`);
        // Firefox takes a requested interface language only from an installed language pack (Debian:
        // firefox-esr-l10n-uk); without one it stays English, and so does every extension's i18n.
        const interfaceLanguage = await popup.evaluate<string>(`(globalThis.browser ?? globalThis.chrome).i18n.getUILanguage()`);
        if (!interfaceLanguage.startsWith('uk')) {
          console.warn(`skipped in ${name}: its interface language is ${interfaceLanguage}, not Ukrainian (no language pack installed)`);
          return skip();
        }
        await check(page, popup, tabId);
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    }

    it('shows its headings in Ukrainian, not in English', async (context) => {
      const uk = MESSAGES('uk');
      const en = MESSAGES('en');
      await withAnalysedPage(() => context.skip(), async (_page, popup) => {
        const text = await popup.evaluate<string>(`document.body.textContent`);
        expect(text).toContain(uk.sourcesHeading.message);
        expect(text).toContain(uk.conditionsHeading.message);
        expect(text).not.toContain(en.sourcesHeading.message);
      });
    });

    it('gives Ukrainian cards and accessible names of marks', async (context) => {
      const uk = MESSAGES('uk');
      const en = MESSAGES('en');
      await withAnalysedPage(() => context.skip(), async (page, popup, tabId) => {
        // The keyboard's way to a finding: its mark's target takes focus and opens its card.
        const { stepped } = await popup.evaluate<{ stepped: string | null }>(
          `(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, { type: 'sourcelens/step', direction: 'next' })`,
        );
        expect(stepped).not.toBeNull();
        await page.bringToFront();
        await waitForCard(page, true);
        const seen = (await page.inShadow<{ label: string; title: string; close: string; cite: string }>(
          OVERLAY_HOST,
          `({ label: this.activeElement.getAttribute('aria-label'), title: this.querySelector('#sourcelens-card h2').textContent,
              close: this.querySelector('#sourcelens-card button.close').getAttribute('aria-label'),
              cite: this.querySelector('#sourcelens-card button.cite').textContent })`,
        ))!;
        const titles = ['cardTitleAnonymous', 'cardTitleOnRecord', 'cardTitleQuote', 'cardTitleCondition'];
        expect(titles.map((key) => uk[key].message)).toContain(seen.title);
        expect(titles.map((key) => en[key].message)).not.toContain(seen.title);
        expect(seen.label).toMatch(/^(Анонімне джерело|Назване джерело|Умова|Пряма цитата з джерелом): /);
        expect(seen.close).toBe(uk.cardClose.message);
        expect(seen.cite).toBe(uk.cardCopyCitation.message);
      });
    });
  });
}
