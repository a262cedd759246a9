/**
 * The real-browser checks, written once for both browsers. For each page:
 * grant, inject (a second time: the popup reuses the first run), compare the
 * marks drawn in the page with the Report, hover a mark and read its card,
 * read the popup's figures, jump to a finding, switch the overlay off and
 * compare the DOM with the page as loaded, and watch every request.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/types';
import type { PageState } from '../../../extension/messages';
import { MARK_STYLES, type MarkKind } from '../../../src/page/overlay';
import { FLASH_STYLE, registeredHighlightName } from '../../../src/page/overlay/styles';
import { formatMarkdown } from '../../../src/report/format/markdown';
import { findBrowser, INSTALL_HINT, type BrowserName } from './browsers';
import { DRIVERS, requestsLeaving, resultsDir, waitInShadow, type BrowserDriver, type PageHandle } from './drivers';
import { aebPages, hasCorpus, NO_ARTICLE_PAGE, SEED_FURNITURE, SEED_GOLD, SEED_PAGE, SERVED_FOLDERS, type TestPage } from './pages';
import { scoreReport, type Gold } from '../../../src/report/score';
import { startPageServer, type PageServer } from './server';

type MarkCounts = Record<MarkKind, number>;

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The marks a Report asks for: one per attribution (by kind), per attributed quote, per condition. */
export function expectedMarks(report: Report): MarkCounts {
  return {
    anonymous: report.attributions.filter((a) => a.kind === 'anonymous').length,
    onRecord: report.attributions.filter((a) => a.kind === 'on-record').length,
    quote: report.attributions.filter((a) => a.quote !== null).length,
    condition: report.conditions.length,
  };
}

const KINDS = Object.keys(MARK_STYLES) as MarkKind[];

/** Page-side: our highlight's registered name for `kind` (random per drawing, found by its stem), or undefined. */
export const ourHighlightName = (kind: MarkKind) => registeredHighlightName(MARK_STYLES[kind].highlightStem);

/** Page-side: our registered highlight names, by kind. */
const OUR_NAMES = `({ ${KINDS.map((kind) => `${kind}: ${ourHighlightName(kind)}`).join(', ')} })`;

/** Page-side: sizes (ranges) of our named highlights in the page's own `CSS.highlights`. */
export const HIGHLIGHT_SIZES = `(() => {
  const names = ${OUR_NAMES};
  const out = {};
  for (const [kind, name] of Object.entries(names)) out[kind] = (name && CSS.highlights.get(name)?.size) ?? 0;
  return out;
})()`;

/**
 * Page-side (a promise): the highlight ranges painted, by kind, counted over
 * a scroll through the whole page, a viewport at a time, each waited for two
 * frames (the overlay paints the marks near the viewport once per frame), and
 * back to the top. A range counts once however often it is painted again.
 */
export const PAINTED_SCROLLING_THROUGH = `(async () => {
  const names = ${OUR_NAMES};
  const seen = Object.fromEntries(Object.keys(names).map((kind) => [kind, new Set()]));
  const nodeIds = new Map();
  const idOf = (node) => nodeIds.get(node) ?? (nodeIds.set(node, nodeIds.size), nodeIds.size - 1);
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const collect = () => {
    for (const [kind, name] of Object.entries(names)) {
      for (const range of CSS.highlights.get(name) ?? []) {
        seen[kind].add(idOf(range.startContainer) + ':' + range.startOffset + '-' + idOf(range.endContainer) + ':' + range.endOffset);
      }
    }
  };
  const end = () => document.documentElement.scrollHeight - innerHeight;
  for (let top = 0; ; top += innerHeight) {
    scrollTo({ top: Math.min(top, end()), behavior: 'instant' });
    await frames();
    collect();
    if (top >= end()) break;
  }
  scrollTo({ top: 0, behavior: 'instant' });
  await frames();
  return Object.fromEntries(Object.entries(seen).map(([kind, ranges]) => [kind, ranges.size]));
})()`;

/**
 * Page-side (a promise): for each kind, the underline style its text gets
 * from our rules (the element holding the start of its first painted range,
 * its ::highlight() computed style), else null: the page is scrolled from
 * the top a viewport at a time (two frames each) until some range is painted,
 * then back to the top.
 */
const PAINTED_UNDERLINES = `(async () => {
  const names = ${OUR_NAMES};
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const underlines = () => {
    const out = {};
    for (const [kind, name] of Object.entries(names)) {
      const range = name ? [...(CSS.highlights.get(name) ?? [])][0] : undefined;
      const element = range?.startContainer.parentElement;
      out[kind] = element ? getComputedStyle(element, '::highlight(' + name + ')').textDecorationStyle : null;
    }
    return out;
  };
  const end = () => document.documentElement.scrollHeight - innerHeight;
  let out = underlines();
  for (let top = 0; Object.values(out).every((style) => style === null) && top <= end() + innerHeight; top += innerHeight) {
    scrollTo({ top: Math.min(top, end()), behavior: 'instant' });
    await frames();
    out = underlines();
  }
  scrollTo({ top: 0, behavior: 'instant' });
  await frames();
  return out;
})()`;

/** Our rules reach the marked text: each kind painted has its underline style (see PAINTED_UNDERLINES), and some kind is painted. */
export async function expectOurUnderlines(page: PageHandle): Promise<void> {
  const underlines = await page.evaluate<Record<MarkKind, string | null>>(PAINTED_UNDERLINES);
  const styled = KINDS.filter((kind) => underlines[kind] !== null);
  expect(styled.length, JSON.stringify(underlines)).toBeGreaterThan(0);
  for (const kind of styled) expect(underlines[kind], kind).toBe(MARK_STYLES[kind].underline);
}

/**
 * Page-side: the overlay's painted highlight ranges (the short flash aside),
 * and how many of them pass `test`, an expression of `range`.
 */
export const ourRanges = (test: string) => `(() => {
  let total = 0, passing = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelens') || name.startsWith('sourcelens-flash')) continue;
    for (const range of highlight) {
      total++;
      if (${test}) passing++;
    }
  }
  return { total, passing };
})()`;

/** Page-side: what of ours is in the page (shadow host, fallback marks, highlights, adopted sheets). */
export const TRACES_OF_US = `(() => ({
  host: document.querySelectorAll('[data-sourcelens]').length,
  highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('sourcelens')).length,
  adoptedSheets: document.adoptedStyleSheets.length,
}))()`;

/**
 * Page-side (a promise): the centre of the first range painted in a
 * highlight, scrolled into view first. The overlay paints only the marks
 * near the viewport, so the page is scrolled from the top a viewport at a
 * time (two frames each) until one is painted; null when none ever is.
 */
export const firstRangeCentre = (kind: MarkKind) => `(async () => {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const firstRange = () => [...(CSS.highlights.get(${ourHighlightName(kind)}) ?? [])][0];
  const end = () => document.documentElement.scrollHeight - innerHeight;
  let range = firstRange();
  for (let top = 0; !range && top <= end() + innerHeight; top += innerHeight) {
    scrollTo({ top: Math.min(top, end()), behavior: 'instant' });
    await frames();
    range = firstRange();
  }
  if (!range) return null;
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  await frames();
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
})()`;

/**
 * Page-side: every URL the page itself declares (links, icons, images, scripts,
 * frames). The browser may fetch these late (Firefox asks for the tab's icon
 * after the load event); a request for one is the page's, never ours.
 */
export const DECLARED_URLS = `(() => {
  const urls = [];
  for (const element of document.querySelectorAll('[href], [src], [srcset]')) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value) try { urls.push(new URL(value, document.baseURI).href); } catch {}
    }
    for (const candidate of (element.getAttribute('srcset') || '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) try { urls.push(new URL(value, document.baseURI).href); } catch {}
    }
  }
  return urls;
})()`;

/** Page-side: how many ranges of our highlights start inside elements matching `selector`. */
export const marksInside = (selector: string) => `(() => {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelens')) continue;
    for (const range of highlight) if (range.startContainer.parentElement?.closest(${JSON.stringify(selector)})) count++;
  }
  return count;
})()`;

/**
 * Page-side: axe-core's WCAG 2 A/AA violations in `context` (an axe context
 * expression: `document`, or `{ include: [['[data-sourcelens=practice]']] }`
 * for what is inside our shadow host).
 */
export async function axeViolations(page: PageHandle, context = 'document'): Promise<{ id: string; nodes: unknown[] }[]> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(
    `axe.run(${context}, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })))`,
  );
}

/** In a shadow root (`this`): copies its content into an open root on a new `[data-axe-copy]` host, where axe can audit it. */
const AXE_COPY = `(() => {
  const copy = document.createElement('div');
  copy.setAttribute('data-axe-copy', '');
  document.documentElement.append(copy);
  const open = copy.attachShadow({ mode: 'open' });
  for (const node of this.childNodes) open.append(node.cloneNode(true));
  return true;
})()`;

/**
 * axe-core's WCAG 2 A/AA violations in our closed shadow root of `hostSelector`. axe cannot see into a
 * closed root: it audits a copy of the root's content (its styles, buttons, card) in an open root, which then goes.
 */
export async function axeViolationsInShadow(page: PageHandle, hostSelector: string): Promise<{ id: string; nodes: unknown[] }[]> {
  expect(await page.inShadow<boolean>(hostSelector, AXE_COPY)).toBe(true);
  try {
    return await axeViolations(page, `{ include: [['[data-axe-copy]']] }`);
  } finally {
    await page.evaluate(`document.querySelector('[data-axe-copy]')?.remove()`);
  }
}

/** The centre of the element `selector` finds in the closed shadow root of `hostSelector`, in viewport coordinates. */
export async function centreInShadow(page: PageHandle, hostSelector: string, selector: string): Promise<{ x: number; y: number }> {
  const centre = await page.inShadow<{ x: number; y: number }>(
    hostSelector,
    `(() => { const r = this.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
  );
  if (!centre) throw new Error(`no ${selector} in the shadow root of ${hostSelector}`);
  return centre;
}

/** Our overlay's host: its shadow root is closed, so tests read inside it with `PageHandle.inShadow`. */
export const OVERLAY_HOST = '[data-sourcelens=overlay]';
/** In our shadow root (`this`): the open card's text, '' when none is open. */
export const CARD_TEXT = `this.getElementById('sourcelens-card')?.textContent ?? ''`;

/** The open card's text, '' when none (or no overlay) is there. */
export async function cardText(page: PageHandle): Promise<string> {
  return (await page.inShadow<string>(OVERLAY_HOST, CARD_TEXT)) ?? '';
}

/** Waits until a card is open (`open`) or none is. */
export function waitForCard(page: PageHandle, open: boolean): Promise<void> {
  return waitInShadow(page, OVERLAY_HOST, `(${CARD_TEXT}).length ${open ? '>' : '==='} 0`);
}

/**
 * Asks the content script of tab N for its state, as the popup does. It comes
 * back as JSON text: WebDriver BiDi's value serialisation drops an object the
 * second time it appears (spans shared between findings), JSON keeps it.
 */
/**
 * The popup's own code that fetches a state whole from the content script
 * (`receivePageState` of extension/report-pages.ts: the state comes without
 * its Report's text and findings, fetched in parts), bundled to run in the
 * popup's page, so the tests read states exactly as the popup does.
 */
let reportPagesSource: string | null = null;
function reportPagesBundle(): string {
  reportPagesSource ??= buildSync({
    entryPoints: [fileURLToPath(new URL('../../../extension/report-pages.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: '__sourcelensReportPages',
    target: 'es2022',
    write: false,
  }).outputFiles[0].text;
  return reportPagesSource;
}

/** Extension-side (the popup's page): the content script's state in tab N, its Report whole. */
export async function askState(popup: PageHandle, tabId: number): Promise<PageState> {
  const json = await popup.evaluate<string>(`(() => {
    ${reportPagesBundle()}
    const send = (message) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, message);
    return send({ type: 'sourcelens/get-state' })
      .then((packed) => __sourcelensReportPages.receivePageState(send, packed))
      .then(JSON.stringify);
  })()`);
  return JSON.parse(json) as PageState;
}

/** Extension-side: the toolbar badge of tab N. */
export const badgeText = (tabId: number) => `(globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: ${tabId} })`;

export function saveResult(name: string, data: unknown): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

export function defineBrowserSuite(name: BrowserName): void {
  const executable = findBrowser(name);
  const inCi = process.env.CI === 'true';

  if (!executable) {
    const message = `e2e ${name}: no ${name} on this machine; install it with: ${INSTALL_HINT}`;
    if (inCi) {
      it(`${name} is installed (required under CI=true)`, () => {
        throw new Error(message);
      });
    } else {
      console.warn(`${message} (skipped)`);
      it.skip(`${name}: ${message}`, () => undefined);
    }
    return;
  }

  describe(`the extension in ${name}`, () => {
    let server: PageServer;
    let driver: BrowserDriver;
    /** URLs the opened pages declare themselves (see DECLARED_URLS). */
    const declaredByPages = new Set<string>();

    beforeAll(async () => {
      server = await startPageServer(SERVED_FOLDERS);
      driver = await DRIVERS[name](server.origin);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const pages: TestPage[] = [SEED_PAGE, ...aebPages()];
    if (!hasCorpus) console.warn(`e2e ${name}: ../shared/corpus is absent; only the bundled sample is opened`);

    for (const testPage of pages) {
      it(`marks ${testPage.name} as the Report says, shows cards and the popup, and leaves the DOM as it was`, async () => {
        const url = `${server.origin}${testPage.path}`;
        driver.setPhase(`load ${testPage.name}`);
        const page = await driver.openPage(url);
        const domAsLoaded = await page.evaluate<string>('document.documentElement.outerHTML');
        for (const declared of await page.evaluate<string[]>(DECLARED_URLS)) declaredByPages.add(declared);

        driver.setPhase(`ours ${testPage.name}`);
        const tabId = await driver.grant(page, url);
        const popup = await driver.openPopup(tabId, { width: 400, height: 900 });
        try {
          await popup.waitFor(`document.querySelector('[data-state]')`);
          const state = await askState(popup, tabId);
          expect(state.status, `content script state: ${JSON.stringify(state).slice(0, 300)}`).toBe('ready');
          if (state.status !== 'ready') return;
          const { report } = state;
          expect(report.schema).toBe(2);
          expect(report.input).toBe(url);
          // Schema 2: the page as the content script saw it, and the time it analysed it.
          expect(report.page.url).toBe(url);
          expect(report.page.analysedAt).toBe(state.analysedAt);

          // The toolbar badge (the background's): the number of anonymous attributions.
          await popup.waitFor(`${badgeText(tabId)}.then((text) => text === ${JSON.stringify(String(report.profile.anonymous))})`);

          // Marks: the overlay's counts equal the Report's, after two injections (no doubles).
          const expected = expectedMarks(report);
          expect(state.marks).toEqual(expected);
          expect(state.overlayVisible).toBe(true);

          // Opening the popup again injects again: the first run is reused, nothing is marked twice.
          await popup.evaluate('window.__sourcelensBeforeReload = true; location.reload()').catch(() => undefined);
          await popup.waitFor(`!window.__sourcelensBeforeReload && document.querySelector('[data-state]')`);
          const again = await askState(popup, tabId);
          expect(again.status === 'ready' && again.marks).toEqual(expected);

          // The page's own view: one named highlight per kind present, with at least one range per mark
          // painted as the reader scrolls through (only the marks near the viewport are painted at a time).
          await page.bringToFront();
          const sizes = await page.evaluate<MarkCounts>(PAINTED_SCROLLING_THROUGH);
          for (const kind of KINDS) {
            if (expected[kind] === 0) expect(sizes[kind], kind).toBe(0);
            else expect(sizes[kind], kind).toBeGreaterThanOrEqual(expected[kind]);
          }
          // Our rules reach the marked text (on the root alone where highlight styles are inherited, else on every element).
          await expectOurUnderlines(page);

          // The popup's headline figure.
          const { attributions, anonymous, onRecord } = report.profile;
          const headline = await popup.evaluate<string>(`document.querySelector('[data-testid=headline]').textContent`);
          if (attributions > 1) expect(headline).toBe(`${attributions} attributions: ${anonymous} anonymous, ${onRecord} on-record`);
          expect(await popup.evaluate<number>(`document.querySelectorAll('button.finding').length`)).toBe(
            report.sources.filter((s) => s.attributions.length > 0).length + report.conditions.length,
          );

          // A hover card, read from our shadow root.
          const kindToHover: MarkKind = expected.anonymous > 0 ? 'anonymous' : 'onRecord';
          if (expected[kindToHover] > 0) {
            const centre = await page.evaluate<{ x: number; y: number } | null>(
              firstRangeCentre(kindToHover),
            );
            expect(centre).not.toBeNull();
            await page.moveMouse(centre!.x, centre!.y);
            await waitForCard(page, true);
            // The page's own scripts cannot reach it: our shadow root is closed to them.
            expect(await page.evaluate(`document.querySelector(${JSON.stringify(OVERLAY_HOST)}).shadowRoot`)).toBeNull();
            const card = await cardText(page);
            expect(card).toMatch(kindToHover === 'anonymous' ? /No name is given/ : /named/i);
            await page.moveMouse(1, 1);
            await waitForCard(page, false);

            // Keyboard: focusing a mark's focus target (in our shadow root) opens its card too.
            await page.inShadow(OVERLAY_HOST, `this.querySelector('button').focus()`);
            await waitForCard(page, true);
            await page.inShadow(OVERLAY_HOST, `this.activeElement?.blur()`);
          }

          if (testPage === SEED_PAGE) {
            // Every required gold finding is in the live page's Report with its kind (and so marked:
            // the counts above), and nothing is marked in the page's furniture.
            if (hasCorpus) {
              const score = scoreReport(report, JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold);
              expect(score.details.missedAttributions.map((g) => g.anchor)).toEqual([]);
              expect(score.details.missedConditions.map((g) => g.text)).toEqual([]);
              expect(score.kindAccuracy.accuracy).toBe(1);
            }
            expect(await page.evaluate<number>(marksInside(SEED_FURNITURE))).toBe(0);
            expect(await page.evaluate<number>(marksInside('article p'))).toBeGreaterThan(0);

            // The chain on top of the popup: the page's outlet (its JSON-LD publisher), the outlet it relays, that one's sources.
            expect(report.page.outlet).toBe('UNN');
            const chainText = await popup.evaluate<string>(`document.querySelector('[data-testid=chain]')?.textContent ?? ''`);
            expect(chainText).toContain('UNN → Reuters → sources in Russia');

            // The popup passes axe-core's WCAG 2 A/AA rules.
            await popup.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
            const violations = await popup.evaluate<{ id: string; nodes: unknown[] }[]>(
              `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })))`,
            );
            expect(violations).toEqual([]);

            // The exports: JSON is exactly the Report (schema 2); Markdown is the CLI's formatMarkdown.
            const json = await popup.download('[data-testid=export-json]');
            expect(json, 'the driver catches downloads').not.toBeNull();
            if (json) {
              expect(json.fileName).toMatch(/^sourcelens-.+\.json$/);
              expect(JSON.parse(json.text)).toEqual(report);
              const markdown = await popup.download('[data-testid=export-md]');
              expect(markdown?.text).toBe(formatMarkdown(report));
            }

            await page.evaluate('window.scrollTo(0, 0)');
            await page.screenshot(path.join(resultsDir, `seed-${name}.png`));
            saveResult(`seed-${name}`, { marks: state.marks, highlightRanges: sizes, report });
            if (name === 'chromium') {
              await popup.screenshot(path.join(resultsDir, `popup-${name}.png`), { fullPage: true });
              saveResult(`popup-${name}`, { marks: state.marks, report });
            }
          }

          // Jump-to: the popup's button for the last finding scrolls the page to it and flashes it.
          await page.evaluate('window.scrollTo(0, 0)');
          const lastCondition = report.conditions.at(-1);
          const selector = lastCondition
            ? `button[data-condition="${lastCondition.id}"]`
            : `button[data-source]`;
          await popup.bringToFront();
          await popup.click(selector);
          await page.bringToFront();
          await page.waitFor(`window.scrollY > 0 || ${registeredHighlightName(FLASH_STYLE.highlightStem)} !== undefined`);

          // Off: every trace of ours gone, the DOM exactly as loaded.
          await popup.bringToFront();
          await popup.click('[data-testid=overlay-switch]');
          await popup.waitFor(`!document.querySelector('[data-testid=overlay-switch]').checked`);
          const off = await askState(popup, tabId);
          expect(off.status === 'ready' && off.overlayVisible).toBe(false);
          expect(await page.evaluate(TRACES_OF_US)).toEqual({ host: 0, highlights: 0, adoptedSheets: 0 });
          expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domAsLoaded);

          // A new document in the tab clears the badge (the grant is taken back first, so nothing re-analyses it).
          await driver.revoke();
          driver.setPhase(`load ${testPage.name} again`);
          await page.reload();
          driver.setPhase(`ours ${testPage.name}`);
          await popup.waitFor(`${badgeText(tabId)}.then((text) => text === '')`);
        } finally {
          await popup.close();
          await driver.revoke();
          await page.close();
        }
      });
    }

    it('explains a page with no article instead of showing an empty box', async () => {
      const url = `${server.origin}${NO_ARTICLE_PAGE.path}`;
      driver.setPhase('load no-article');
      const page = await driver.openPage(url);
      driver.setPhase('ours no-article');
      const tabId = await driver.grant(page, url);
      const popup = await driver.openPopup(tabId);
      try {
        await popup.waitFor(`document.querySelector('[data-state=no-article]')`);
        expect(await popup.evaluate<string>('document.body.textContent')).toContain("This page doesn't look like an article");
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });

    it.runIf(name === 'firefox')('analyses a page of a granted site by itself, without the popup', async () => {
      // Only where the suite's grant is a host permission: Chromium's is activeTab.
      const url = `${server.origin}${SEED_PAGE.path}`;
      driver.setPhase('load auto-run');
      const page = await driver.openPage(url);
      driver.setPhase('ours auto-run');
      const tabId = await driver.grant(page, url);
      try {
        expect(await page.evaluate(HIGHLIGHT_SIZES)).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
        driver.setPhase('load auto-run again');
        await page.reload();
        driver.setPhase('ours auto-run');
        await page.waitFor(`${ourHighlightName('anonymous')} !== undefined`);
        const popup = await driver.openPopup(tabId);
        await popup.waitFor(`${badgeText(tabId)}.then((text) => /^[0-9]+$/.test(text))`);
      } finally {
        await driver.revoke();
        await page.close();
      }
    });

    it('sends no request off this machine', () => {
      const leaving = requestsLeaving(driver, server.origin, declaredByPages);
      expect(leaving, JSON.stringify(leaving.slice(0, 5))).toEqual([]);
      // Our own pages ask for nothing but extension files.
      const fromExtension = driver.requests.filter((r) => /^(chrome|moz)-extension:/.test(r.from));
      expect(fromExtension.filter((r) => !/^(chrome|moz)-extension:|^data:|^blob:/.test(r.url))).toEqual([]);
    });
  });
}
