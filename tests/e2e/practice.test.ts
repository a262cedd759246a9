/**
 * Practice mode in real Chromium and Firefox, on the bundled seed article:
 * started from the popup, the marks are hidden; the student's selections
 * (made here programmatically in the page) are marked with the toolbar's key
 * and buttons; "Check" shows found / missed / over-marked as the Report
 * implies; "Stop practice" restores the page and the overlay exactly. The
 * toolbar passes axe-core, and nothing leaves the machine.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../extension/messages';
import type { Report } from '../../src/core/types';
import { practiceCounts, scorePractice, type PracticeKind, type StudentMark } from '../../src/page/practice/score';
import { PRACTICE_MARK_STYLES } from '../../src/page/practice/styles';
import { findBrowser, type BrowserName } from './support/browsers';
import { DRIVERS, requestsLeaving, resultsDir, waitInShadow, type BrowserDriver, type PageHandle } from './support/drivers';
import { LIVE_PREFIX, SEED_PAGE, SERVED_FOLDERS } from './support/pages';
import { askState, axeViolations, axeViolationsInShadow, centreInShadow, DECLARED_URLS, HIGHLIGHT_SIZES, saveResult } from './support/scenario';
import { startPageServer, type PageServer } from './support/server';

type Ready = Extract<PageState, { status: 'ready' }>;

/** The practice toolbar's host: its shadow root is closed, read with `PageHandle.inShadow` (`this` is the root). */
const TOOLBAR_HOST = '[data-sourcelens=practice]';
const STATUS = `(this.querySelector('[data-testid=practice-status]')?.textContent ?? '')`;
const RESULTS = `(this.querySelector('[data-testid=practice-results]')?.textContent ?? '')`;
const MARKS_LISTED = `this.querySelectorAll('[data-testid=practice-marks] li').length`;

/**
 * Page-side: the words the student's anonymous marks cover in the page now
 * (a range over nodes the page replaced covers none: it is out of the page,
 * or collapsed).
 */
const STUDENT_WORDS = `[...(CSS.highlights.get(${JSON.stringify(PRACTICE_MARK_STYLES['practice-anonymous'].highlightName)}) ?? [])]
  .map((range) => (range.startContainer.isConnected ? range.toString() : ''))
  .join('')`;

const press = (action: string) => `this.querySelector('[data-action=${action}]').click()`;

/** Page-side: sizes of the practice's highlights, by kind. */
const PRACTICE_SIZES = `(() => {
  const names = ${JSON.stringify(Object.fromEntries(Object.entries(PRACTICE_MARK_STYLES).map(([kind, style]) => [kind, style.highlightName])))};
  const out = {};
  for (const [kind, name] of Object.entries(names)) out[kind] = CSS.highlights.get(name)?.size ?? 0;
  return out;
})()`;

/**
 * Page-side: selects the first occurrence of `words` in the page's text
 * (white space matched loosely, as the page's source may break lines
 * anywhere), as a student's drag would. False when the words are not in
 * one text node.
 */
const selectWords = (words: string) => `(() => {
  const pattern = new RegExp(${JSON.stringify(words)}.split(/\\s+/).map((w) => w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).join('\\\\s+'));
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = pattern.exec(node.data);
    if (!match) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
})()`;

/** Words of the Report to mark, and where they are in its text (each must occur there once). */
interface PlannedMark {
  kind: PracticeKind;
  words: string;
  /** The key dispatched in the page, or a real click on the toolbar's button. */
  how: 'key' | 'button';
}

function occursOnce(text: string, words: string): boolean {
  const at = text.indexOf(words);
  return at >= 0 && text.indexOf(words, at + 1) < 0;
}

/** Pick an anonymous source, a condition and an on-record source whose words occur once (so the page selection is unambiguous). */
function plan(report: Report): PlannedMark[] {
  const { text } = report.article;
  const anonymous = report.attributions.find((a) => a.kind === 'anonymous' && occursOnce(text, a.source.text));
  const condition = report.conditions.find((c) => occursOnce(text, c.clause.text) && !/\u00a0/.test(c.clause.text));
  const anonymousSpans = report.attributions.filter((a) => a.kind === 'anonymous').flatMap((a) => [a.source, a.cue]);
  const onRecord = report.attributions.find(
    (a) =>
      a.kind === 'on-record' &&
      occursOnce(text, a.source.text) &&
      !anonymousSpans.some((span) => span.start < a.source.end && a.source.start < span.end),
  );
  if (!anonymous || !condition || !onRecord) throw new Error('the seed page lacks an anonymous source, a condition or an on-record source to mark');
  return [
    { kind: 'anonymous', words: anonymous.source.text, how: 'key' },
    { kind: 'condition', words: condition.clause.text, how: 'button' },
    // Wrong on purpose: an on-record source marked as anonymous.
    { kind: 'anonymous', words: onRecord.source.text, how: 'button' },
  ];
}

/** What the Report implies for these marks: the unit-tested scorer over their offsets in the Report's text. */
function expectedCounts(report: Report, planned: readonly PlannedMark[]) {
  const marks: StudentMark[] = planned.map((mark, index) => {
    const start = report.article.text.indexOf(mark.words);
    return { id: index + 1, kind: mark.kind, start, end: start + mark.words.length };
  });
  return practiceCounts(report, scorePractice(report, marks));
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`practice mode in ${name}`, () => {
    let server: PageServer;
    let driver: BrowserDriver;
    const declaredByPage = new Set<string>();

    beforeAll(async () => {
      server = await startPageServer(SERVED_FOLDERS, [LIVE_PREFIX]);
      driver = await DRIVERS[name](server.origin);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('hides the marks, lets the student mark, checks found / missed / over-marked as the Report implies, and stops leaving the page as it was', async () => {
      const url = `${server.origin}${SEED_PAGE.path}`;
      driver.setPhase('load practice');
      const page = await driver.openPage(url);
      for (const declared of await page.evaluate<string[]>(DECLARED_URLS)) declaredByPage.add(declared);
      driver.setPhase('ours practice');
      const tabId = await driver.grant(page, url);
      const popup: PageHandle = await driver.openPopup(tabId, { width: 400, height: 1200 });
      try {
        await popup.waitFor(`document.querySelector('[data-state=ready] [data-testid=practice-start]')`);
        const state = (await askState(popup, tabId)) as Ready;
        expect(state.status).toBe('ready');
        const { report } = state;
        const overlayBefore = await page.evaluate<Record<string, number>>(HIGHLIGHT_SIZES);
        expect(overlayBefore.anonymous).toBeGreaterThan(0);
        const domBefore = await page.evaluate<string>('document.documentElement.outerHTML');
        const sheetsBefore = await page.evaluate<number>('document.adoptedStyleSheets.length');

        // Start from the popup: it shows the practice (no findings), the page hides every mark.
        await popup.click('[data-testid=practice-start]');
        await popup.waitFor(`document.querySelector('[data-state=practice] [data-testid=practice-stop]')`);
        expect(await popup.evaluate<number>(`document.querySelectorAll('button.finding').length`)).toBe(0);
        await page.bringToFront();
        await waitInShadow(page, TOOLBAR_HOST, `this.querySelector('[data-action=check]')`);
        expect(await page.evaluate(HIGHLIGHT_SIZES)).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
        expect(await axeViolationsInShadow(page, TOOLBAR_HOST)).toEqual([]);

        // Outside the article: refused, with the reason in the toolbar.
        await page.evaluate(`(() => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('header.site, footer'));
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        })()`);
        await page.inShadow(TOOLBAR_HOST, press('mark-anonymous'));
        await waitInShadow(page, TOOLBAR_HOST, `${STATUS}.includes('not in the article')`);

        // The student's three marks: one by the key A, two by the buttons.
        const planned = plan(report);
        for (const [index, mark] of planned.entries()) {
          expect(await page.evaluate<boolean>(selectWords(mark.words)), mark.words).toBe(true);
          if (mark.how === 'key') {
            await page.evaluate(`document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '${mark.kind[0]}', bubbles: true, cancelable: true }))`);
          } else {
            // A real pointer click on the toolbar's button (the selection must survive the press).
            const button = await centreInShadow(page, TOOLBAR_HOST, `[data-action=mark-${mark.kind}]`);
            await page.clickAt(button.x, button.y);
          }
          await waitInShadow(page, TOOLBAR_HOST, `${MARKS_LISTED} === ${index + 1}`);
        }
        const drawnMarks = await page.evaluate<Record<string, number>>(PRACTICE_SIZES);
        expect(drawnMarks['practice-anonymous']).toBeGreaterThanOrEqual(2);
        expect(drawnMarks['practice-condition']).toBeGreaterThanOrEqual(1);

        // Undo takes the last mark off; marking it again puts it back.
        await page.inShadow(TOOLBAR_HOST, press('undo'));
        await waitInShadow(page, TOOLBAR_HOST, `${MARKS_LISTED} === 2`);
        const last = planned.at(-1)!;
        expect(await page.evaluate<boolean>(selectWords(last.words))).toBe(true);
        await page.inShadow(TOOLBAR_HOST, press(`mark-${last.kind}`));
        await waitInShadow(page, TOOLBAR_HOST, `${MARKS_LISTED} === 3`);

        // Check: the figures the Report implies, in words, announced; the findings drawn by outcome.
        const expected = expectedCounts(report, planned);
        expect(expected.found).toEqual({ anonymous: 1, condition: 1 });
        expect(expected.overMarked).toEqual({ anonymous: 1, condition: 0 });
        const anonymousTotal = report.attributions.filter((a) => a.kind === 'anonymous').length;
        expect(expected.targets).toEqual({ anonymous: anonymousTotal, condition: report.conditions.length });
        await page.inShadow(TOOLBAR_HOST, press('check'));
        await waitInShadow(page, TOOLBAR_HOST, `${RESULTS}.length > 0`);
        const results = (await page.inShadow<string>(TOOLBAR_HOST, RESULTS))!;
        expect(results).toContain(`Anonymous sources: you found 1 of ${anonymousTotal}.`);
        expect(results).toContain(`Conditions: you found 1 of ${report.conditions.length}.`);
        const missed = anonymousTotal - 1 + report.conditions.length - 1;
        expect(results).toContain(`Missed: ${missed} `);
        expect(results).toContain('Over-marked: 1 ');
        // Each miss and the over-marking explained by the rule that applies to it.
        const why = (await page.inShadow<{ result: string; text: string }[]>(
          TOOLBAR_HOST,
          `[...this.querySelectorAll('[data-testid=practice-why] li')].map((li) => ({ result: li.dataset.result, text: li.textContent }))`,
        ))!;
        expect(why.filter((item) => item.result === 'over')).toHaveLength(1);
        expect(why.filter((item) => item.result === 'missed' && / is anonymous: /.test(item.text))).toHaveLength(anonymousTotal - 1);
        expect(why.filter((item) => item.result === 'missed' && / is a condition: /.test(item.text))).toHaveLength(report.conditions.length - 1);
        expect(await page.inShadow<string>(TOOLBAR_HOST, STATUS)).toContain(`you found 1 of ${anonymousTotal}`);
        expect(await page.inShadow<string | null>(TOOLBAR_HOST, `this.querySelector('[data-testid=practice-status]').getAttribute('aria-live')`)).toBe('polite');
        const drawn = await page.evaluate<Record<string, number>>(PRACTICE_SIZES);
        expect(drawn['practice-found']).toBeGreaterThanOrEqual(2);
        expect(drawn['practice-missed']).toBeGreaterThanOrEqual(missed);
        expect(drawn['practice-over']).toBe(1);
        expect(drawn['practice-anonymous'] + drawn['practice-condition']).toBe(0);
        expect(await page.evaluate(HIGHLIGHT_SIZES)).toEqual({ anonymous: 0, onRecord: 0, condition: 0, quote: 0 });
        expect(await axeViolationsInShadow(page, TOOLBAR_HOST)).toEqual([]);
        await page.evaluate(`CSS.highlights.get('sourcelens-practice-found') && [...CSS.highlights.get('sourcelens-practice-found')][0].startContainer.parentElement.scrollIntoView({ block: 'center' })`);
        await page.screenshot(path.join(resultsDir, `practice-${name}.png`));
        saveResult(`practice-${name}`, { expected, results, drawn });

        // The popup, opened again, says practice is on and gives the same figures in one sentence.
        await popup.bringToFront();
        await popup.evaluate('window.__sourcelensBeforeReload = true; location.reload()').catch(() => undefined);
        await popup.waitFor(`!window.__sourcelensBeforeReload && document.querySelector('[data-testid=practice-summary]')`);
        const totalFound = expected.found.anonymous + expected.found.condition;
        const totalTargets = expected.targets.anonymous + expected.targets.condition;
        expect(await popup.evaluate<string>(`document.querySelector('[data-testid=practice-summary]').textContent`)).toBe(
          `Last check: you found ${totalFound} of ${totalTargets}, missed ${missed}, over-marked 1.`,
        );
        expect(await axeViolations(popup)).toEqual([]);
        await popup.screenshot(path.join(resultsDir, `practice-popup-${name}.png`));

        // Stop, from the toolbar: the DOM exactly as before practice, the overlay's marks back as they were.
        await page.bringToFront();
        await page.inShadow(TOOLBAR_HOST, press('stop'));
        await page.waitFor(`!document.querySelector('[data-sourcelens=practice]')`);
        // The overlay comes back drawn in slices, its highlights registered last: wait for them.
        await page.waitFor(`JSON.stringify(${HIGHLIGHT_SIZES}) === ${JSON.stringify(JSON.stringify(overlayBefore))}`);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domBefore);
        expect(await page.evaluate<number>('document.adoptedStyleSheets.length')).toBe(sheetsBefore);
        expect(await page.evaluate(`[...CSS.highlights.keys()].filter((name) => name.startsWith('sourcelens-practice'))`)).toEqual([]);
        expect(await page.evaluate(HIGHLIGHT_SIZES)).toEqual(overlayBefore);
        const after = (await askState(popup, tabId)) as Ready;
        expect(after.overlayVisible).toBe(true);
        expect(after.marks).toEqual(state.marks);

        // Again from the popup, and stopped from the popup: the page as before, the popup back to the findings.
        await popup.bringToFront();
        await popup.evaluate('window.__sourcelensBeforeReload = true; location.reload()').catch(() => undefined);
        await popup.waitFor(`!window.__sourcelensBeforeReload && document.querySelector('[data-state=ready] [data-testid=practice-start]')`);
        await popup.click('[data-testid=practice-start]');
        await popup.waitFor(`document.querySelector('[data-testid=practice-summary]')?.textContent === 'Not checked yet.'`);
        expect(await page.evaluate<boolean>(`!!document.querySelector('[data-sourcelens=practice]')`)).toBe(true);
        await popup.click('[data-testid=practice-stop]');
        await popup.waitFor(`document.querySelector('[data-state=ready] [data-testid=practice-start]')`);
        expect(await page.evaluate<string>('document.documentElement.outerHTML')).toBe(domBefore);
        expect(await page.evaluate(HIGHLIGHT_SIZES)).toEqual(overlayBefore);
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });

    it("keeps the student's marks on the article when the page renders it again", async () => {
      const url = `${server.origin}${LIVE_PREFIX}rerender.html`;
      driver.setPhase('load practice re-render');
      const page = await driver.openPage(url);
      for (const declared of await page.evaluate<string[]>(DECLARED_URLS)) declaredByPage.add(declared);
      await page.waitFor(`document.querySelector('article p')`);
      driver.setPhase('ours practice re-render');
      const tabId = await driver.grant(page, url);
      const popup: PageHandle = await driver.openPopup(tabId);
      try {
        await popup.waitFor(`document.querySelector('[data-state=ready] [data-testid=practice-start]')`);
        const { report } = (await askState(popup, tabId)) as Ready;
        const anonymous = report.attributions.find((a) => a.kind === 'anonymous' && occursOnce(report.article.text, a.source.text));
        expect(anonymous, 'the fixture has an anonymous source').toBeDefined();
        await popup.click('[data-testid=practice-start]');
        await page.bringToFront();
        await waitInShadow(page, TOOLBAR_HOST, `this.querySelector('[data-action=check]')`);
        expect(await page.evaluate<boolean>(selectWords(anonymous!.source.text))).toBe(true);
        await page.evaluate(`document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }))`);
        const words = JSON.stringify(anonymous!.source.text.replace(/\s+/g, ' '));
        const wordsMarked = `${STUDENT_WORDS}.replace(/\\s+/g, ' ') === ${words}`;
        await page.waitFor(wordsMarked);

        // The site renders the story again from its data: the same words in new nodes.
        await page.evaluate(`document.querySelector('article p').dataset.before = 'yes'`);
        await page.click('#rerender');
        await page.waitFor(`!document.querySelector('[data-before]')`);
        await page.waitFor(wordsMarked);
        expect(await page.inShadow<number>(TOOLBAR_HOST, MARKS_LISTED)).toBe(1);
        await popup.click('[data-testid=practice-stop]');
        await popup.waitFor(`document.querySelector('[data-state=ready] [data-testid=practice-start]')`);
        expect(await page.evaluate<boolean>(`!!document.querySelector('[data-sourcelens=practice]')`)).toBe(false);
      } finally {
        await popup.close();
        await driver.revoke();
        await page.close();
      }
    });

    it('sends no request off this machine', () => {
      const leaving = requestsLeaving(driver, server.origin, declaredByPage);
      expect(leaving, JSON.stringify(leaving.slice(0, 5))).toEqual([]);
    });
  });
}
