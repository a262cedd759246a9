/**
 * Hostile pages, in real Chromium and Firefox: text that looks like HTML or
 * script in every field that reaches a card or the popup, a strict
 * Content-Security-Policy (served as a header), shadow roots, an iframe,
 * contenteditable and form fields, a page that mutates every few
 * milliseconds, a 5 MB page, an article of a million characters (the page
 * must never freeze while it is marked), a page with no article, a page that breaks
 * the built-ins our code uses (content scripts run in an isolated world in
 * both browsers: this proves it), and forged messages to the background from
 * the page's frames. Each ends with the page still working, its
 * DOM as before once the overlay is off, the extension still answering, and
 * no request of ours leaving the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, TEXT_PART_CHARS, type PageState } from '../../extension/messages';
import { longArticleHtml } from '../../src/cli/bench/long-article';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, requestsLeaving, resultsDir, type BrowserDriver, type PageHandle } from './support/drivers';
import { NO_ARTICLE_PAGE, SERVED_FOLDERS } from './support/pages';
import { askState, DECLARED_URLS, expectedMarks, expectOurUnderlines, firstRangeCentre, marksInside, OVERLAY_HOST, ourRanges, TRACES_OF_US, waitForCard } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

const HOSTILE_PREFIX = '/fixtures/hostile/';
const GENERATED_PREFIX = '/generated/';
/** Pages whose inline scripts run: the flag a parsed payload would set, timers that prove the page alive. */
const INLINE_SCRIPTS = "script-src 'unsafe-inline'";
/** As strict as a page can be: nothing loads, nothing inline runs, Trusted Types required. */
const STRICT_POLICY =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; " +
  "frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
/** The big page: its size, made of article paragraphs and furniture. */
const BIG_PAGE_BYTES = 5 * 1024 * 1024;

/** The long article: characters of prose (the sample's paragraphs, repeated). */
const LONG_ARTICLE_CHARS = 1_000_000;
const LONG_PAGE = `${GENERATED_PREFIX}long.html`;
/**
 * A page frozen this long is one a reader notices and gives up on; the goal
 * is far stricter (no task over 50 ms, measured by `npm run bench`), this
 * catches work done in one go, which on this article takes seconds.
 */
const FROZEN_MS = 1_000;
/** Page-side: the page's own timer, ticking every 10 ms, keeps when it ran. */
const TICKER = '<script>window.__ticks = []; (function tick() { window.__ticks.push(performance.now()); setTimeout(tick, 10); })();</script>';
/** Page-side: the longest time the page's timer waited, since `from` (page clock). */
const longestWaitSince = (from: number) => `(() => {
  const ticks = window.__ticks.filter((t) => t >= ${from});
  let longest = 0;
  for (let i = 1; i < ticks.length; i++) longest = Math.max(longest, ticks[i] - ticks[i - 1]);
  return { longest, ticks: ticks.length };
})()`;

function policyFor(urlPath: string): string | undefined {
  if (urlPath === `${HOSTILE_PREFIX}csp-strict.html`) return STRICT_POLICY;
  if (urlPath === LONG_PAGE) return INLINE_SCRIPTS;
  if (urlPath.startsWith(HOSTILE_PREFIX)) return INLINE_SCRIPTS;
  return undefined;
}

/** Paragraphs of the big page's article; the rest of its 5 MB is markup and furniture, as on real heavy pages. */
const BIG_PAGE_PARAGRAPHS = 60;

/**
 * A 5 MB page: an article of ordinary length among thousands of link lists,
 * comments and inline data, written to a temporary folder (never committed).
 * (An article of 5 MB of prose is the analyser's property tests' case, in Node.)
 */
function writeBigPage(folder: string): void {
  const paragraph =
    '<p>The council approved the budget on Monday, Mayor Jane Doe said, provided that the state covers the rest. ' +
    'A senior official, who asked not to be named, said the plan would fail unless funding came through.</p>\n';
  const furniture =
    '<nav class="related"><ul>' + '<li><a href="#r">Related story about the council and its budget</a></li>'.repeat(20) + '</ul></nav>\n' +
    '<div class="comment"><span class="author">reader</span><span class="date">today</span></div>\n' +
    '<div hidden data-state="' + 'x'.repeat(2000) + '"></div>\n';
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title></head><body>';
  const article = `<article><h1>The big page</h1>${paragraph.repeat(BIG_PAGE_PARAGRAPHS)}</article>`;
  const parts: string[] = [head, furniture.repeat(50), article];
  let size = parts.join('').length;
  while (size < BIG_PAGE_BYTES) {
    parts.push(furniture);
    size += furniture.length;
  }
  parts.push('</body></html>');
  writeFileSync(path.join(folder, 'big.html'), parts.join(''));
}

/** A well-formed part of a text for the background, as a forger would send it. */
const textPart = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'sourcelens/text-part', transfer: 'forged', index: 0, parts: 1, text, ...extra });

/**
 * Extension-side (our popup page): runs `runtime.sendMessage(message)` in every frame of tab
 * `tabId`, in the content scripts' world; each frame's answer as JSON, or "ignored" when none came.
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

type Ready = Extract<PageState, { status: 'ready' }>;

/** Page-side: the payload flag, and whether the page's own timers still run. */
const PAGE_HEALTH = `(() => ({ pwned: window.__pwned ?? null, alive: window.__pageAlive ?? null }))()`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`hostile pages in ${name}`, () => {
    let server: PageServer;
    let driver: BrowserDriver;
    let generated: string;
    const declaredByPages = new Set<string>();

    beforeAll(async () => {
      generated = mkdtempSync(path.join(os.tmpdir(), 'sourcelens-hostile-'));
      writeBigPage(generated);
      writeFileSync(path.join(generated, 'long.html'), longArticleHtml(LONG_ARTICLE_CHARS).replace('</head>', `${TICKER}</head>`));
      server = await startPageServer({ ...SERVED_FOLDERS, [GENERATED_PREFIX]: generated }, [], policyFor);
      driver = await DRIVERS[name](server.origin);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
      if (generated) rmSync(generated, { recursive: true, force: true });
    });

    /** Opens a page, keeps its DOM as loaded, grants and opens the popup, and returns the content script's state. */
    async function open(urlPath: string, ready = `document.readyState === 'complete'`, popupWaitMs = 60_000) {
      const url = `${server.origin}${urlPath}`;
      driver.setPhase(`load ${urlPath}`);
      const page = await driver.openPage(url);
      await page.waitFor(ready);
      // (On the page that breaks built-ins the page-side listing itself fails; that page declares no URL.)
      const declared = await page.evaluate<string[]>(DECLARED_URLS).catch(() => []);
      for (const url of Array.isArray(declared) ? declared : []) declaredByPages.add(url);
      const domAsLoaded = await page.evaluate<string>('document.documentElement.outerHTML');
      /** The page's clock when our work began. */
      const startedAt = await page.evaluate<number>('performance.now()');
      /** Calls of the page's broken built-ins so far (the overrides page counts them), all made by the test itself. */
      const overridesCalledBeforeUs = await page.evaluate<number | null>('window.__overrideCalled ?? null');
      driver.setPhase(`ours ${urlPath}`);
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId, { width: 400, height: 900 });
      await popup.waitFor(`document.querySelector('[data-state]')`, popupWaitMs);
      const state = await askState(popup, tabId);
      return { page, popup, tabId, state, domAsLoaded, overridesCalledBeforeUs, startedAt };
    }

    /** Switches the overlay off from the popup and checks that nothing of ours is left in the page. */
    async function overlayOff(page: PageHandle, popup: PageHandle, tabId: number): Promise<void> {
      await popup.bringToFront();
      await popup.click('[data-testid=overlay-switch]');
      await popup.waitFor(`!document.querySelector('[data-testid=overlay-switch]').checked`);
      const off = await askState(popup, tabId);
      expect(off.status === 'ready' && off.overlayVisible).toBe(false);
      expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
    }

    /** The page's own timers still tick, and no payload ran. */
    async function expectPageWorking(page: PageHandle): Promise<void> {
      const first = await page.evaluate<{ pwned: unknown; alive: number | null }>(PAGE_HEALTH);
      expect(first.pwned).toBeNull();
      if (first.alive !== null) await page.waitFor(`window.__pageAlive > ${first.alive}`);
    }

    async function finish(page: PageHandle, popup: PageHandle): Promise<void> {
      await popup.close();
      await driver.revoke();
      await page.close();
    }

    function expectReady(state: PageState): asserts state is Ready {
      expect(state.status, JSON.stringify(state).slice(0, 300)).toBe('ready');
    }

    it('shows text that looks like HTML or script as text, in the cards and the popup; nothing runs', async () => {
      const { page, popup, tabId, state, domAsLoaded } = await open(`${HOSTILE_PREFIX}payload-text.html`);
      try {
        expectReady(state);
        expect(state.marks).toEqual(expectedMarks(state.report));
        // The payloads are in the Report as text (title, quote, conditions).
        const json = JSON.stringify(state.report);
        expect(json).toContain('<img src=x onerror=');
        expect(state.report.title).toContain('<img src=x');
        expect(state.report.conditions.some((c) => c.clause.text.includes('<svg onload='))).toBe(true);

        // The popup: the payloads appear as text, no element of theirs exists, no flag set there.
        const popupText = await popup.evaluate<string>('document.body.textContent');
        expect(popupText).toContain('<svg onload=window.__pwned=3>');
        expect(await popup.evaluate<number>(`document.querySelectorAll('img[src=x], svg[onload], iframe, script:not([src]), [onerror], [onmouseover]').length`)).toBe(0);
        expect(await popup.evaluate('window.__pwned ?? null')).toBeNull();

        // Every card: hover each kind of mark; the card shows text, and holds no element a payload makes.
        await page.bringToFront();
        for (const kind of ['onRecord', 'condition', 'quote', 'anonymous'] as const) {
          if (expectedMarks(state.report)[kind] === 0) continue;
          const centre = await page.evaluate<{ x: number; y: number } | null>(firstRangeCentre(kind));
          if (!centre) continue;
          await page.moveMouse(centre.x, centre.y);
          await waitForCard(page, true);
          expect(
            await page.inShadow<number>(OVERLAY_HOST, `this.querySelectorAll('img, svg, iframe, script, a[href^="javascript"], [onerror], [onload], [onmouseover]').length`),
            kind,
          ).toBe(0);
          // And the page cannot read or rewrite the card: our shadow root is closed to its scripts.
          expect(await page.evaluate(`document.querySelector(${JSON.stringify(OVERLAY_HOST)}).shadowRoot`), kind).toBeNull();
          await page.moveMouse(1, 1);
        }
        await expectPageWorking(page);
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
        expect(await page.evaluate('window.__pwned ?? null')).toBeNull();
      } finally {
        await finish(page, popup);
      }
    });

    it('works under a strict Content-Security-Policy header (Trusted Types required)', async () => {
      const { page, popup, tabId, state, domAsLoaded } = await open(`${HOSTILE_PREFIX}csp-strict.html`);
      try {
        expectReady(state);
        expect(state.report.profile.attributions).toBeGreaterThan(3);
        expect(state.marks).toEqual(expectedMarks(state.report));
        await page.bringToFront();
        const centre = await page.evaluate<{ x: number; y: number } | null>(firstRangeCentre('anonymous'));
        expect(centre).not.toBeNull();
        await page.moveMouse(centre!.x, centre!.y);
        await waitForCard(page, true);
        await page.moveMouse(1, 1);
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
      } finally {
        await finish(page, popup);
      }
    });

    it('leaves shadow roots, iframes, contenteditable regions and form fields alone', async () => {
      const { page, popup, tabId, state } = await open(`${HOSTILE_PREFIX}embedded.html`, `window.__closedRoot && document.getElementById('open-host').shadowRoot`);
      try {
        const fields = `(() => ({
          name: document.getElementById('name').value,
          text: document.getElementById('text').value,
          choice: document.getElementById('choice').value,
          editor: document.getElementById('editor').innerHTML,
          open: document.getElementById('open-host').shadowRoot.innerHTML,
          closed: window.__closedRoot.innerHTML,
          frame: document.getElementById('frame').contentDocument?.body?.innerHTML ?? null,
        }))()`;
        const before = await page.evaluate<Record<string, string>>(fields);
        expectReady(state);
        expect(state.marks).toEqual(expectedMarks(state.report));
        expect(state.report.profile.attributions).toBeGreaterThan(3);
        await page.bringToFront();
        expect(await page.evaluate<number>(marksInside('[contenteditable], textarea, input, select, form'))).toBe(0);
        // What the user types is theirs: typing in the editor and the field still works, untouched by us.
        await page.evaluate(`document.getElementById('name').value += ' typed'`);
        expect(await page.evaluate<string>(`document.getElementById('name').value`)).toBe(`${before.name} typed`);
        await page.evaluate(`document.getElementById('name').value = ${JSON.stringify(before.name)}`);
        expect(await page.evaluate(fields)).toEqual(before);
        await expectPageWorking(page);
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate(fields)).toEqual(before);
      } finally {
        await finish(page, popup);
      }
    });

    it('follows a page that mutates every few milliseconds, and the page keeps running', async () => {
      const { page, popup, tabId, state } = await open(`${HOSTILE_PREFIX}mutating.html`, `window.__pageAlive > 20`);
      try {
        expectReady(state);
        expect(state.report.profile.attributions).toBeGreaterThan(3);
        await expectPageWorking(page);
        // Still answering while the page churns.
        for (let i = 0; i < 5; i++) expect((await askState(popup, tabId)).status).toBe('ready');
        await page.evaluate('window.__stopMutating()');
        const article = `document.querySelector('article').outerHTML`;
        const withOverlay = await page.evaluate<string>(article);
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate<string>(article)).toBe(withOverlay);
      } finally {
        await finish(page, popup);
      }
    });

    it('analyses a 5 MB page and leaves it as it was', async () => {
      const { page, popup, tabId, state, domAsLoaded } = await open(`${GENERATED_PREFIX}big.html`);
      try {
        expect(domAsLoaded.length).toBeGreaterThan(BIG_PAGE_BYTES * 0.95);
        expectReady(state);
        expect(state.report.profile.attributions).toBeGreaterThanOrEqual(BIG_PAGE_PARAGRAPHS);
        expect(state.marks).toEqual(expectedMarks(state.report));
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
      } finally {
        await finish(page, popup);
      }
    }, 240_000);

    /** Page-side: our painted highlight ranges, and those within two viewport heights of the viewport. */
    const PAINTED_NEAR_VIEWPORT = ourRanges('range.getBoundingClientRect().bottom > -2 * innerHeight && range.getBoundingClientRect().top < 3 * innerHeight');

    it('marks an article of a million characters in full, and the page never freezes meanwhile', async () => {
      const { page, popup, tabId, state, domAsLoaded, startedAt } = await open(LONG_PAGE, `document.readyState === 'complete'`, 180_000);
      try {
        expectReady(state);
        expect(state.report.article.text.length).toBeGreaterThanOrEqual(LONG_ARTICLE_CHARS);
        // Every finding of the Report is marked (the sample's density: thousands of them).
        expect(state.report.profile.attributions).toBeGreaterThan(LONG_ARTICLE_CHARS / 1000);
        expect(state.marks).toEqual(expectedMarks(state.report));
        const { longest, ticks } = await page.evaluate<{ longest: number; ticks: number }>(longestWaitSince(startedAt));
        expect(ticks).toBeGreaterThan(10);
        expect(longest, `the page's 10 ms timer waited ${longest.toFixed(0)} ms at most while we worked`).toBeLessThan(FROZEN_MS);
        // Halfway down, the marks there are painted; only those near the viewport are, not the thousands
        // of the whole article (each frame after a change of the page re-checks every painted range).
        await page.bringToFront();
        await page.evaluate(`window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' })`);
        await page.waitFor(`(${PAINTED_NEAR_VIEWPORT}).passing > 0`);
        const painted = await page.evaluate<{ total: number; passing: number }>(PAINTED_NEAR_VIEWPORT);
        expect(painted.passing).toBe(painted.total);
        expect(painted.total).toBeLessThan(Object.values(state.marks).reduce((sum, n) => sum + n, 0) / 20);
        await page.screenshot(path.join(resultsDir, `long-article-${name}.png`));
        // The rules for every element here (the paragraphs are most of the page): they reach the marked text,
        // whether the browser inherits highlight styles from the root (Chromium) or not (Firefox).
        await expectOurUnderlines(page);
        await overlayOff(page, popup, tabId);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
      } finally {
        await finish(page, popup);
      }
    }, 300_000);

    it('says so on a page with no article, and changes nothing', async () => {
      const { page, popup, tabId, state, domAsLoaded } = await open(NO_ARTICLE_PAGE.path);
      try {
        expect(state.status).toBe('no-article');
        await popup.waitFor(`document.querySelector('[data-state=no-article]')`);
        expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
        expect((await askState(popup, tabId)).status).toBe('no-article');
      } finally {
        await finish(page, popup);
      }
    });

    it("is untouched by a page that breaks built-ins (Array.prototype.map, JSON, Node.textContent …): our code runs in its own world", async () => {
      const { page, popup, tabId, state, domAsLoaded, overridesCalledBeforeUs } = await open(`${HOSTILE_PREFIX}overrides.html`);
      try {
        // The page really did break them, in its own world.
        expect(await page.evaluate<boolean>(`(() => { try { [1].map((x) => x); return false; } catch { return true; } })()`)).toBe(true);
        expectReady(state);
        expect(state.report.profile.attributions).toBeGreaterThan(3);
        expect(state.marks).toEqual(expectedMarks(state.report));
        // Our code runs again, built-ins still broken: hover a mark (its card), then the overlay off.
        await page.bringToFront();
        await page.moveMouse(1, 1);
        await popup.bringToFront();
        await popup.click('[data-testid=overlay-switch]');
        await popup.waitFor(`!document.querySelector('[data-testid=overlay-switch]').checked`);
        expect((await askState(popup, tabId)).status).toBe('ready');
        // None of the page's broken functions was ever called by us, the page still runs; then the
        // page's own built-ins come back so that the checks below (page-side code) can run.
        // (+1: the test's own proof above that map is broken.)
        expect(await page.evaluate<number>('window.__overrideCalled')).toBe(overridesCalledBeforeUs! + 1);
        await page.evaluate('window.__restoreBuiltins()');
        await expectPageWorking(page);
        expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);
      } finally {
        await finish(page, popup);
      }
    });

    it('keeps a page that claimed our highlight names first from having them overwritten, or reading our ranges by name', async () => {
      const { page, popup, tabId, state } = await open(`${HOSTILE_PREFIX}highlights.html`, `window.__pageHighlights?.size === 5`);
      try {
        expectReady(state);
        expect(state.marks).toEqual(expectedMarks(state.report));
        await page.bringToFront();
        const pageOwn = { ownEntry: true, texts: ['Page-owned highlighted note.'] };
        const expectPageEntriesIntact = async () => {
          for (const { name, ...seen } of await page.evaluate<{ name: string; ownEntry: boolean; texts: string[] | null }[]>('window.__readKnownNames()')) {
            expect(seen, name).toEqual(pageOwn);
          }
        };
        await expectPageEntriesIntact();
        // Ours are drawn all the same, under names of their own: a hover still opens a card.
        const centre = await page.evaluate<{ x: number; y: number } | null>(firstRangeCentre('anonymous'));
        expect(centre).not.toBeNull();
        await page.moveMouse(centre!.x, centre!.y);
        await waitForCard(page, true);
        await page.moveMouse(1, 1);
        await expectPageEntriesIntact();
        await popup.bringToFront();
        await popup.click('[data-testid=overlay-switch]');
        await popup.waitFor(`!document.querySelector('[data-testid=overlay-switch]').checked`);
        // Switched off: the page's five entries are all that is left, still its own.
        expect(await page.evaluate<number>('CSS.highlights.size')).toBe(5);
        await expectPageEntriesIntact();
        await expectPageWorking(page);
        expect((await askState(popup, tabId)).status).toBe('ready');
      } finally {
        await finish(page, popup);
      }
    });

    it('answers forged messages to the background from the top frame only, and none oversized or with undeclared fields', async () => {
      // Script in every frame, in the content scripts' world (as ours would be, were it injected
      // there), sends a well-formed part of a text: `extension/background/sender.ts`, `extension/messages.ts`.
      const { page, popup, tabId } = await open(`${HOSTILE_PREFIX}framed.html`, `document.getElementById('frame').contentDocument?.readyState === 'complete'`);
      try {
        const send = (message: unknown) => popup.evaluate<{ top: boolean; result: string }[]>(sendFromEveryFrame(tabId, message));
        const answers = await send(textPart('The mayor said so.'));
        expect(answers).toHaveLength(2);
        expect(answers.find((a) => a.top)?.result).toBe('{"ok":true}');
        expect(answers.find((a) => !a.top)?.result).toBe('ignored');
        expect((await send(textPart('x'.repeat(TEXT_PART_CHARS + 1)))).map((a) => a.result)).toEqual(['ignored', 'ignored']);
        expect((await send(textPart('The mayor said so.', { payload: 'y'.repeat(MAX_NAME_CHARS) }))).map((a) => a.result)).toEqual(['ignored', 'ignored']);
      } finally {
        await finish(page, popup);
      }
    });

    it('sends no request off this machine on any of these pages', () => {
      const leaving = requestsLeaving(driver, server.origin, declaredByPages);
      expect(leaving, JSON.stringify(leaving.slice(0, 5))).toEqual([]);
      const fromExtension = driver.requests.filter((r) => /^(chrome|moz)-extension:/.test(r.from));
      expect(fromExtension.filter((r) => !/^(chrome|moz)-extension:|^data:|^blob:/.test(r.url))).toEqual([]);
    });
  });
}
