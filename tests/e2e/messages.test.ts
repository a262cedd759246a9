/**
 * Forged messages to the background, in real Chromium and Firefox: script
 * in every frame of a page, in the content script's own world (as our
 * content script would be, were it injected there), sends the background a
 * well-formed part of a text. Only the top frame's is answered; a subframe's,
 * an oversized part and a part with a field of its own are ignored
 * (`extension/background/sender.ts`, `extension/messages.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, TEXT_PART_CHARS } from '../../extension/messages';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, type BrowserDriver } from './support/drivers';
import { SERVED_FOLDERS } from './support/pages';
import { startPageServer, type PageServer } from './support/server';

const FRAMED_PAGE = '/fixtures/framed.html';

const part = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'sourcelens/text-part', transfer: 'forged', index: 0, parts: 1, text, ...extra });

/**
 * Extension-side (our popup page): runs `sendMessage(message)` in every frame of tab `tabId`, in
 * the content scripts' world; each frame's answer as JSON, or "ignored" when none came.
 */
const sendFromEveryFrame = (tabId: number, message: unknown) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const results = await api.scripting.executeScript({
    target: { tabId: ${tabId}, allFrames: true },
    args: [${JSON.stringify(message)}],
    func: (message) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(message).then(
      (reply) => (reply === undefined ? 'ignored' : JSON.stringify(reply)),
      () => 'ignored',
    ),
  });
  return results.map(({ frameId, result }) => ({ top: frameId === 0, result }));
})()`;

function defineMessageSuite(name: BrowserName) {
  describe.skipIf(!findBrowser(name))(`messages to the background in ${name}`, () => {
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

    it('answers the top frame only, and ignores oversized messages and undeclared fields', async () => {
      const url = `${server.origin}${FRAMED_PAGE}`;
      const page = await driver.openPage(url);
      await page.waitFor(`document.getElementById('frame').contentDocument?.readyState === 'complete'`);
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      try {
        type Answer = { top: boolean; result: string };
        const send = (message: unknown) => popup.evaluate<Answer[]>(sendFromEveryFrame(tabId, message));

        const answers = await send(part('The mayor said so.'));
        expect(answers).toHaveLength(2);
        expect(answers.find((a) => a.top)?.result).toBe('{"ok":true}');
        expect(answers.find((a) => !a.top)?.result).toBe('ignored');

        const tooLong = await send(part('x'.repeat(TEXT_PART_CHARS + 1)));
        expect(tooLong.map((a) => a.result)).toEqual(['ignored', 'ignored']);
        const undeclared = await send(part('The mayor said so.', { payload: 'y'.repeat(MAX_NAME_CHARS) }));
        expect(undeclared.map((a) => a.result)).toEqual(['ignored', 'ignored']);
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });
  });
}

defineMessageSuite('chromium');
defineMessageSuite('firefox');
