/**
 * Fault containment in real Chromium: the `debugFailNextAnalysis` test flag
 * (set from an extension page, as no site can) makes the next analysis fail.
 * The popup must say it could not analyse the page, the page must be exactly
 * as loaded with nothing of ours in it, the options page must list the error
 * (origin only), and the extension must still work on the next analysis.
 * Chromium only: Firefox's driver moves one control tab between our pages,
 * and the failure path is the same code in both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBUG_FAIL_FLAG, FAILURES_KEY, FORCED_FAILURE_MESSAGE } from '../../extension/diagnostics';
import { repoRoot } from './support/build';
import { findBrowser } from './support/browsers';
import { DRIVERS, type BrowserDriver } from './support/drivers';
import { SEED_PAGE, SERVED_FOLDERS } from './support/pages';
import { askState, badgeText, TRACES_OF_US } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

const en = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

const storage = `(globalThis.browser ?? globalThis.chrome).storage.local`;
const DIAGNOSTICS_TEXT = `document.querySelector('[data-testid=diagnostics]')?.textContent ?? ''`;

describe.skipIf(!findBrowser('chromium'))('fault containment in chromium', () => {
  let server: PageServer;
  let driver: BrowserDriver;

  beforeAll(async () => {
    server = await startPageServer(SERVED_FOLDERS);
    driver = await DRIVERS.chromium(server.origin);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('contains a failed analysis: an honest popup, an untouched page, a recorded error, and a working next run', async () => {
    const optionsUrl = `${driver.extensionBase}/extension/options/index.html`;
    const options = await driver.openPage(optionsUrl);
    await options.evaluate(`${storage}.remove(${JSON.stringify(FAILURES_KEY)}).then(() => ${storage}.set({ ${DEBUG_FAIL_FLAG}: true }))`);

    const url = `${server.origin}${SEED_PAGE.path}`;
    const page = await driver.openPage(url);
    const domAsLoaded = await page.evaluate<string>('document.documentElement.outerHTML');
    const tabId = await driver.grant(page, url);
    const popup = await driver.openPopup(tabId);
    try {
      // The popup says so, and the badge shows the failure.
      await popup.waitFor(`document.querySelector('[data-state]')`);
      expect(await popup.evaluate<string>(`document.querySelector('[data-state]').dataset.state`)).toBe('error');
      expect(await popup.evaluate<string>('document.body.textContent')).toContain(en.popupError.message);
      const state = await askState(popup, tabId);
      expect(state).toEqual({ status: 'error', name: 'ForcedFailure', message: FORCED_FAILURE_MESSAGE });
      await popup.waitFor(`${badgeText(tabId)}.then((text) => text === '!')`);

      // The page is exactly as loaded: no mark, shadow host, highlight or style sheet of ours.
      expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
      expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
      expect(await page.evaluate<number>('document.querySelectorAll("mark").length')).toBe(0);

      // The flag was used up by that one run.
      expect(await options.evaluate(`${storage}.get(${JSON.stringify(DEBUG_FAIL_FLAG)})`)).toEqual({});

      // The options page lists the error with the page's origin only (no path).
      await options.reload();
      await options.waitFor(`(${DIAGNOSTICS_TEXT}).includes('ForcedFailure')`);
      const listed = await options.evaluate<string>(DIAGNOSTICS_TEXT);
      expect(listed).toContain(server.origin);
      expect(listed).toContain(FORCED_FAILURE_MESSAGE);
      expect(listed).not.toContain(SEED_PAGE.path);
      expect(await options.evaluate<number>(`document.querySelectorAll('[data-testid=diagnostics] li').length`)).toBe(1);
    } finally {
      await popup.close();
    }

    // The extension still answers: the next analysis (a new document, no flag) works and marks the page.
    await page.reload();
    const tabAgain = await driver.grant(page, url);
    const popupAgain = await driver.openPopup(tabAgain);
    try {
      await popupAgain.waitFor(`document.querySelector('[data-state=ready]')`);
      const ready = await askState(popupAgain, tabAgain);
      expect(ready.status).toBe('ready');
      if (ready.status === 'ready') expect(ready.report.profile.attributions).toBeGreaterThan(0);
      expect((await page.evaluate<{ highlights: number }>(TRACES_OF_US)).highlights).toBeGreaterThan(0);
    } finally {
      await popupAgain.close();
    }

    // Clear empties the list.
    await options.click('[data-testid=clear-diagnostics]');
    await options.waitFor(`document.querySelector('[data-testid=no-diagnostics]')`);
    expect(await options.evaluate(`${storage}.get(${JSON.stringify(FAILURES_KEY)})`)).toEqual({});
    await options.close();
    await page.close();
  });
});
