/**
 * For readers, in real Chromium and Firefox: the options page's settings
 * (kinds of mark, colour scheme) reach a page already open and analysed, at
 * once; the options page passes axe-core.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_SCHEMES } from '../../src/page/overlay';
import { CSV_COLUMNS } from '../../src/report/format/csv';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, resultsDir, waitInShadow, type BrowserDriver } from './support/drivers';
import { LIVE_PREFIX, SERVED_FOLDERS } from './support/pages';
import { askState, axeViolations, axeViolationsInShadow, cardText, centreInShadow, firstRangeCentre, HIGHLIGHT_SIZES, OVERLAY_HOST } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';


/** `#rrggbb` as browsers serialise it in CSS text. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Page-side: the text of every adopted style sheet (ours is one). */
const ADOPTED_CSS = `[...document.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n')`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`settings in ${name}`, () => {
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

    it('applies the kinds of mark and the colour scheme chosen in the options page to an open tab at once', async () => {
      const url = `${server.origin}${LIVE_PREFIX}rerender.html`;
      driver.setPhase('load settings');
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours settings');
      const tabId = await driver.grant(page, url);
      const control = await driver.openPopup(tabId);
      try {
        await control.waitFor(`document.querySelector('[data-state=ready]')`);
        const before = await page.evaluate<Record<string, number>>(HIGHLIGHT_SIZES);
        expect(before.anonymous).toBeGreaterThan(0);

        // The options page, in the same extension tab (Firefox's driver has one control tab).
        await control.evaluate(`location.href = '/extension/options/index.html'`).catch(() => undefined);
        await control.waitFor(`document.querySelector('[data-testid=mark-kinds] input') && document.querySelector('[data-testid=sites], [data-testid=no-sites]')`);
        expect(await axeViolations(control)).toEqual([]);

        await control.click('input[name=kind-anonymous]');
        // The marks are drawn again without the anonymous ones (their highlights registered once all are in).
        await page.waitFor(`(${HIGHLIGHT_SIZES}).anonymous === 0 && (${HIGHLIGHT_SIZES}).onRecord > 0`);
        const sizes = await page.evaluate<Record<string, number>>(HIGHLIGHT_SIZES);
        expect(sizes.onRecord).toBe(before.onRecord);
        const state = await askState(control, tabId);
        expect(state.status === 'ready' && state.marks.anonymous).toBe(0);

        await control.click('input[value=colourBlind]');
        const okabeBlue = rgb(COLOUR_SCHEMES.colourBlind.onRecord.underlineColor);
        await page.waitFor(`(${ADOPTED_CSS}).includes(${JSON.stringify(okabeBlue)})`);
        expect(await page.evaluate<string>(ADOPTED_CSS)).not.toContain(rgb(COLOUR_SCHEMES.default.onRecord.underlineColor));

        if (name === 'chromium') {
          await control.screenshot(path.join(resultsDir, `options-${name}.png`), { fullPage: true });
          await page.bringToFront();
          await page.screenshot(path.join(resultsDir, `colour-blind-${name}.png`));
        }

        // Back to the defaults: all kinds marked again.
        await control.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.sync.clear()`);
        await page.waitFor(`(${HIGHLIGHT_SIZES}).anonymous === ${before.anonymous}`);
      } finally {
        await control.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.sync.clear()`).catch(() => undefined);
        await control.close();
        await driver.revoke();
        await page.close();
      }
    });

    it('lists the keyboard shortcuts in the popup, steps through findings as the commands do, and with n / p on a mark', async () => {
      const url = `${server.origin}${LIVE_PREFIX}rerender.html`;
      driver.setPhase('load keyboard');
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours keyboard');
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId, { width: 400, height: 1200 });
      try {
        await popup.waitFor(`document.querySelector('[data-state=ready] [data-testid=shortcuts] [data-command=next-finding]')`);
        const listed = await popup.evaluate<string>(`document.querySelector('[data-testid=shortcuts]').textContent`);
        expect(listed).toContain('Go to the next finding in the article');
        expect(listed).toContain('Go to the next anonymous source');
        expect(listed).toMatch(/Alt\+Shift\+J/);
        expect(await axeViolations(popup)).toEqual([]);
        if (name === 'chromium') await popup.screenshot(path.join(resultsDir, `shortcuts-${name}.png`), { fullPage: true });

        // What the background sends on a command.
        const step = (direction: string, kind?: string) =>
          popup.evaluate<{ stepped: string | null }>(
            `(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, ${JSON.stringify({ type: 'sourcelens/step', direction, kind })})`,
          );
        const state = await askState(popup, tabId);
        if (state.status !== 'ready') throw new Error('not ready');
        const first = await step('next');
        expect(first.stepped).toMatch(/^[ac][0-9]+$/);
        const anonymous = await step('next', 'anonymous');
        expect(state.report.attributions.find((a) => a.id === anonymous.stepped)?.kind).toBe('anonymous');

        const focusedKey = () => page.inShadow<string | null>(OVERLAY_HOST, `this.activeElement?.dataset.key ?? null`);
        await page.bringToFront();
        expect(await focusedKey()).toBe(anonymous.stepped);
        expect(await cardText(page)).toMatch(/No name is given/);
        // The reader's own keys (trusted input) step on and back.
        await page.press('n');
        const afterNext = await focusedKey();
        expect(afterNext).not.toBe(anonymous.stepped);
        await page.press('p');
        expect(await focusedKey()).toBe(anonymous.stepped);
        // The skip link comes before every link of the page in Tab order (Shift+Tab from the page's first link
        // reaches it: on a fresh page it is the first Tab stop); Enter there goes to the first finding, announced politely.
        await page.evaluate(`document.querySelector('a[href], button, input, select, textarea').focus()`);
        await page.press('Shift+Tab');
        expect(await page.evaluate<string | null>(`document.activeElement?.getAttribute('data-sourcelens') ?? null`)).toBe('skip');
        expect(await page.inShadow<string>('[data-sourcelens=skip]', `this.activeElement?.textContent ?? ''`)).toBe('Skip to the first finding');
        await page.press('Enter');
        const targets = (await page.inShadow<string[]>(OVERLAY_HOST, `[...this.querySelectorAll('button[data-key]')].map((b) => b.dataset.key)`))!;
        expect(await focusedKey()).toBe(targets[0]);
        expect(await page.inShadow<string>(OVERLAY_HOST, `this.querySelector('[role=status]').textContent`)).toBe(`Finding 1 of ${targets.length}`);
        await page.press('n');
        expect(await page.inShadow<string>(OVERLAY_HOST, `this.querySelector('[role=status]').textContent`)).toBe(`Finding 2 of ${targets.length}`);
        await page.press('p');
        // Back on the anonymous source for the checks below.
        await step('next', 'anonymous');
        await page.bringToFront();
        expect(await focusedKey()).toBe(anonymous.stepped);

        // Keys a page script makes (isTrusted false) drive nothing: focus stays, the card stays open.
        for (const key of ['n', 'p', 'a', 'Escape']) {
          await page.evaluate(
            `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, composed: true, cancelable: true }))`,
          );
          expect(await focusedKey(), key).toBe(anonymous.stepped);
        }
        expect(await cardText(page)).toMatch(/No name is given/);
        if (name === 'chromium') await page.screenshot(path.join(resultsDir, `keyboard-${name}.png`));
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });

    // Both browsers: Chromium's driver catches the download event; Firefox saves the file to the profile's
    // download folder, where the driver reads it (drivers.ts). The citation is read back from the real
    // clipboard with navigator.clipboard.readText (Chromium: clipboard permissions granted to the test
    // pages; Firefox: the testing pref that skips the paste prompt).
    it('exports CSV with the page on every row, and a card copies its finding as a citation; cards pass axe-core', async () => {
      const url = `${server.origin}${LIVE_PREFIX}rerender.html`;
      driver.setPhase('load exports');
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours exports');
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      try {
        await popup.waitFor(`document.querySelector('[data-state=ready]')`);
        const state = await askState(popup, tabId);
        if (state.status !== 'ready') throw new Error('not ready');
        const csv = await popup.download('[data-testid=export-csv]');
        expect(csv, 'the driver catches the download').not.toBeNull();
        expect(csv?.fileName).toMatch(/^sourcelens-.+\.csv$/);
        const lines = csv!.text.split('\r\n');
        expect(lines[0]).toBe(CSV_COLUMNS.join(','));
        expect(lines.at(-1)).toBe('');
        // One record per finding, attributions and conditions (no cell of this page holds a line break).
        expect(lines.length - 2).toBe(state.report.attributions.length + state.report.conditions.length);
        for (const line of lines.slice(1, -1)) expect(line.startsWith(`${url},`)).toBe(true);
        expect(csv!.text).toContain(state.analysedAt);
        expect(csv!.text).toContain(state.report.page.tool);

        // The card of an anonymous source, opened by hovering its mark.
        await page.bringToFront();
        const centre = await page.evaluate<{ x: number; y: number } | null>(firstRangeCentre('anonymous'));
        await page.moveMouse(centre!.x, centre!.y);
        const CITE = `this.querySelector('#sourcelens-card button.cite')`;
        await waitInShadow(page, OVERLAY_HOST, CITE);
        const citation = (await page.inShadow<string>(OVERLAY_HOST, `${CITE}.dataset.citation`))!;
        expect(citation).toMatch(/ — .+ \(anonymous\)\. Harbour authority weighs closing the old ferry pier, http:/);
        expect(citation.endsWith(url)).toBe(true);
        const button = await centreInShadow(page, OVERLAY_HOST, '#sourcelens-card button.cite');
        await page.clickAt(button.x, button.y);
        await waitInShadow(page, OVERLAY_HOST, `${CITE}.textContent !== 'Copy citation'`);
        expect(await page.inShadow<string>(OVERLAY_HOST, `${CITE}.textContent`)).toBe('Copied');
        expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(citation);

        // The card and focus targets pass axe-core's WCAG 2 A/AA rules.
        expect(await axeViolationsInShadow(page, OVERLAY_HOST)).toEqual([]);
        expect(await axeViolationsInShadow(page, '[data-sourcelens=skip]')).toEqual([]);
        await page.screenshot(path.join(resultsDir, `citation-${name}.png`));
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });

    it('classroom mode explains findings on the cards in plain words; the popup has a glossary', async () => {
      const url = `${server.origin}${LIVE_PREFIX}rerender.html`;
      driver.setPhase('load classroom');
      const page = await driver.openPage(url);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours classroom');
      const tabId = await driver.grant(page, url);
      const control = await driver.openPopup(tabId, { width: 400, height: 1400 });
      try {
        await control.waitFor(`document.querySelector('[data-state=ready] [data-testid=glossary]')`);
        await control.evaluate(`document.querySelector('[data-testid=glossary]').open = true`);
        const glossary = await control.evaluate<string>(`document.querySelector('[data-testid=glossary]').textContent`);
        expect(glossary).toContain('Anonymous source');
        expect(glossary).toContain('Condition');
        expect(await axeViolations(control)).toEqual([]);

        await control.evaluate(`location.href = '/extension/options/index.html'`).catch(() => undefined);
        await control.waitFor(`document.querySelector('input[name=classroom]')`);
        await control.click('input[name=classroom]');

        await page.bringToFront();
        const hoverAnonymous = firstRangeCentre('anonymous');
        // The setting redraws the overlay; hover again until the card carries the lesson.
        const deadline = Date.now() + 15_000;
        while (!(await cardText(page)).includes('An anonymous source is one the reader cannot identify')) {
          if (Date.now() > deadline) throw new Error(`no lesson on the card: ${await cardText(page)}`);
          await page.moveMouse(1, 1);
          const centre = await page.evaluate<{ x: number; y: number }>(hoverAnonymous);
          await page.moveMouse(centre.x, centre.y);
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        expect(await cardText(page)).toMatch(/Newsrooms are expected to say why they granted anonymity; this article does( not)?\./);
        if (name === 'chromium') await page.screenshot(path.join(resultsDir, `classroom-${name}.png`));
      } finally {
        await control.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.sync.clear()`).catch(() => undefined);
        await control.close();
        await driver.revoke();
        await page.close();
      }
    });
  });
}
