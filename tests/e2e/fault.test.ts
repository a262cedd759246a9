/**
 * Fault containment in real Chromium: the `debugFailNextAnalysis` test flag
 * (set from an extension page, as no site can) makes the next analysis fail.
 * The popup must say it could not analyse the page, the page must be exactly
 * as loaded with nothing of ours in it, the options page must list the error
 * (origin only), and the extension must still work on the next analysis.
 * Chromium opens our pages in tabs of their own; Firefox's driver has one
 * control tab for our pages, and its grant (a host permission) makes the page
 * analyse itself on load, so the flag is set first and the page reloaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBUG_FAIL_FLAG, FAILURES_KEY, FORCED_FAILURE_MESSAGE } from '../../extension/diagnostics';
import { repoRoot } from './support/build';
import { findBrowser } from './support/browsers';
import { DRIVERS, type BrowserDriver, type PageHandle } from './support/drivers';
import { SEED_PAGE, SERVED_FOLDERS } from './support/pages';
import { askState, badgeText, TRACES_OF_US } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

const en = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

const storage = `(globalThis.browser ?? globalThis.chrome).storage.local`;
const DIAGNOSTICS_TEXT = `document.querySelector('[data-testid=diagnostics]')?.textContent ?? ''`;

/** The popup says the page could not be analysed, the badge shows it, and the page has nothing of ours. */
async function expectContained(popup: PageHandle, page: PageHandle, tabId: number, domAsLoaded: string): Promise<void> {
  await popup.waitFor(`document.querySelector('[data-state]')`);
  expect(await popup.evaluate<string>(`document.querySelector('[data-state]').dataset.state`)).toBe('error');
  expect(await popup.evaluate<string>('document.body.textContent')).toContain(en.popupError.message);
  expect(await askState(popup, tabId)).toEqual({ status: 'error', name: 'ForcedFailure', message: FORCED_FAILURE_MESSAGE });
  await popup.waitFor(`${badgeText(tabId)}.then((text) => text === '!')`);
  // The page is exactly as loaded: no mark, shadow host, highlight or style sheet of ours.
  expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
  expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
  expect(await page.evaluate<number>('document.querySelectorAll("mark").length')).toBe(0);
  // The flag was used up by that one run.
  expect(await popup.evaluate(`${storage}.get(${JSON.stringify(DEBUG_FAIL_FLAG)})`)).toEqual({});
}

/** The options page (open in `options`) lists exactly that one error, by origin only. */
async function expectListed(options: PageHandle, origin: string): Promise<void> {
  await options.waitFor(`(${DIAGNOSTICS_TEXT}).includes('ForcedFailure')`);
  const listed = await options.evaluate<string>(DIAGNOSTICS_TEXT);
  expect(listed).toContain(origin);
  expect(listed).toContain(FORCED_FAILURE_MESSAGE);
  expect(listed).not.toContain(SEED_PAGE.path);
  expect(await options.evaluate<number>(`document.querySelectorAll('[data-testid=diagnostics] li').length`)).toBe(1);
}

/** The next analysis works (the extension still answers) and marks the page. */
async function expectWorking(popup: PageHandle, page: PageHandle, tabId: number): Promise<void> {
  await popup.waitFor(`document.querySelector('[data-state=ready]')`);
  const ready = await askState(popup, tabId);
  expect(ready.status).toBe('ready');
  if (ready.status === 'ready') expect(ready.report.profile.attributions).toBeGreaterThan(0);
  expect((await page.evaluate<{ highlights: number }>(TRACES_OF_US)).highlights).toBeGreaterThan(0);
}

/** Extension-side: forget earlier failures and arm the flag. */
const ARM_FLAG = `${storage}.remove(${JSON.stringify(FAILURES_KEY)}).then(() => ${storage}.set({ ${DEBUG_FAIL_FLAG}: true }))`;

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
    const options = await driver.openPage(`${driver.extensionBase}/extension/options/index.html`);
    await options.evaluate(ARM_FLAG);

    const url = `${server.origin}${SEED_PAGE.path}`;
    const page = await driver.openPage(url);
    const domAsLoaded = await page.evaluate<string>('document.documentElement.outerHTML');
    const tabId = await driver.grant(page, url);
    const popup = await driver.openPopup(tabId);
    try {
      await expectContained(popup, page, tabId, domAsLoaded);
      await options.reload();
      await expectListed(options, server.origin);
    } finally {
      await popup.close();
    }

    // A new document, no flag: the next analysis works.
    await page.reload();
    const tabAgain = await driver.grant(page, url);
    const popupAgain = await driver.openPopup(tabAgain);
    try {
      await expectWorking(popupAgain, page, tabAgain);
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

describe.skipIf(!findBrowser('firefox'))('fault containment in firefox', () => {
  let server: PageServer;
  let driver: BrowserDriver;

  beforeAll(async () => {
    server = await startPageServer(SERVED_FOLDERS);
    driver = await DRIVERS.firefox(server.origin);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('contains a failed analysis of a granted site that analyses itself on load', async () => {
    const url = `${server.origin}${SEED_PAGE.path}`;
    const page = await driver.openPage(url);
    const domAsLoaded = await page.evaluate<string>('document.documentElement.outerHTML');
    const tabId = await driver.grant(page, url);
    try {
      // The control tab on one of our pages (a popup for no tab) arms the flag; the reload then fails.
      const control = await driver.openPopup(2 ** 30);
      await control.evaluate(ARM_FLAG);
      await page.reload();
      const popup = await driver.openPopup(tabId);
      await expectContained(popup, page, tabId, domAsLoaded);
      await popup.evaluate(`location.href = ${JSON.stringify(`${driver.extensionBase}/extension/options/index.html`)}`).catch(() => undefined);
      await expectListed(popup, server.origin);

      // A new document, no flag: it analyses itself again, and this time it works.
      await page.reload();
      await page.waitFor(`CSS.highlights.size > 0`);
      await expectWorking(await driver.openPopup(tabId), page, tabId);
    } finally {
      await driver.revoke();
      await page.close();
    }
  });
});
