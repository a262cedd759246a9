/**
 * The side panel, in real Chromium and Firefox: opened as a page for the
 * seed article's tab (the way a test can open it; in use it is the browser's
 * side panel or sidebar), it lists every finding in text order, jumps to a
 * finding's mark, follows the reader through the page, keeps working while
 * the page is clicked and scrolled, and passes axe-core.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../extension/messages';
import type { Report } from '../../src/core/types';
import { PANEL_PAGE } from '../../manifest.config';
import { findBrowser, type BrowserName } from './support/browsers';
import { resultsDir, waitInShadow, type PageHandle } from './support/drivers';
import { SEED_PAGE } from './support/pages';
import { askState, axeViolations, axeViolationsInShadow, OVERLAY_HOST, waitForCard } from './support/scenario';
import { browserSession } from './support/session';

type Ready = Extract<PageState, { status: 'ready' }>;

/** Page-side: whether some occurrence of `text` in one of the page's text nodes lies inside the viewport. */
const textInView = (text: string) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(text)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${text.length});
    const rect = range.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < innerHeight) return true;
  }
  return false;
})()`;

/** Panel-side: the id of the finding outlined as the reader's, or null. */
const CURRENT_IN_PANEL = `document.querySelector('[data-finding][aria-current=true]')?.dataset.finding ?? null`;

/**
 * Chooses finding `id` in the panel while the page is in sight, as beside a
 * real side panel (here the panel is a tab of its own: a page in a hidden tab
 * does not scroll smoothly in Firefox).
 */
async function choose(panel: PageHandle, page: PageHandle, id: string): Promise<void> {
  await page.bringToFront();
  await panel.evaluate(`document.querySelector('[data-finding="${id}"]').click()`);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!findBrowser(name))(`the side panel in ${name}`, () => {
    const session = browserSession(name);

    async function openPanel(): Promise<{ page: PageHandle; panel: PageHandle; tabId: number; state: Ready }> {
      const { server, driver } = session;
      const url = `${server.origin}${SEED_PAGE.path}`;
      driver.setPhase('load seed');
      const page = await driver.openPage(url);
      driver.setPhase('ours seed');
      const tabId = await driver.grant(page, url);
      const panel = await driver.openExtensionPage(PANEL_PAGE, tabId, { width: 360, height: 900 });
      await panel.waitFor(`document.querySelector('[data-view=panel]')`);
      const state = await askState(panel, tabId);
      if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state).slice(0, 300)}`);
      return { page, panel, tabId, state };
    }

    it('lists the findings in text order, jumps to their marks and follows the reader while the page is clicked and scrolled', async () => {
      const { driver } = session;
      const { page, panel, state } = await openPanel();
      try {
        const { report } = state;
        // Every finding once, in the order of the text.
        const listed = await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-finding]')].map((b) => b.dataset.finding)`);
        expect(listed.length).toBe(report.attributions.length + report.conditions.length);
        const startOf = new Map<string, number>([
          ...report.attributions.map((a) => [a.id, Math.min(a.source.start, a.cue.start)] as [string, number]),
          ...report.conditions.map((c) => [c.id, c.clause.start] as [string, number]),
        ]);
        const starts = listed.map((id) => startOf.get(id) ?? -1);
        // The words of a finding's mark, to look for in the page.
        const markText = (id: string) =>
          report.attributions.find((a) => a.id === id)?.source.text ?? report.conditions.find((c) => c.id === id)?.clause.text ?? id;
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(await panel.evaluate<string>(`document.querySelector('[data-testid=headline]').textContent`)).toContain(String(report.profile.attributions));
        expect(await axeViolations(panel)).toEqual([]);

        // Jump to the last finding: the page scrolls to its mark, and the panel outlines it.
        const last = listed.at(-1) as string;
        expect(await page.evaluate<boolean>(textInView(markText(last)))).toBe(false);
        await choose(panel, page, last);
        await page.waitFor(textInView(markText(last)));
        await panel.waitFor(`(${CURRENT_IN_PANEL}) === ${JSON.stringify(last)}`);

        // The reader clicks into the article and scrolls back to the top: the panel is still there and follows.
        await page.click('article p, main p, p');
        await page.evaluate(`new Promise((resolve) => setTimeout(resolve, 1200))`);
        await page.evaluate(`window.scrollTo({ top: 0, behavior: 'instant' })`);
        const first = listed[0];
        await panel.waitFor(`(${CURRENT_IN_PANEL}) === ${JSON.stringify(first)}`);

        // And jumping still works after all that.
        const middle = listed[Math.floor(listed.length / 2)];
        await choose(panel, page, middle);
        await page.waitFor(`(${textInView(markText(middle))}) && window.scrollY > 0`);
        await panel.waitFor(`(${CURRENT_IN_PANEL}) === ${JSON.stringify(middle)}`);
        expect(await panel.evaluate<number>(`document.querySelectorAll('[data-finding]').length`)).toBe(listed.length);
        if (name === 'chromium') await panel.screenshot(path.join(resultsDir, `panel-${name}.png`), { fullPage: true });
      } finally {
        await panel.close();
        await driver.revoke();
        await page.close();
      }
    });

    it('takes a correction at once, keeps it when the panel opens again and through a reload of the page, exports it, and undoes it', async () => {
      const { driver } = session;
      const opened = await openPanel();
      const { page, tabId, state } = opened;
      let { panel } = opened;
      try {
        const { report } = state;
        const headline = () => panel.evaluate<string>(`document.querySelector('[data-testid=headline]').textContent`);
        const before = await headline();
        expect(before).toContain(String(report.profile.attributions));
        const removed = report.attributions.find((a) => a.kind === 'anonymous')!;
        const recast = report.attributions.find((a) => a.kind === 'on-record' && a.type === 'person')!;

        // "Not an attribution" on one, "anonymous" as the kind of another.
        await panel.click(`li:has(> [data-finding="${removed.id}"]) summary`);
        await panel.click(`li:has(> [data-finding="${removed.id}"]) [data-testid=remove]`);
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${removed.id}"])').dataset.correction === 'removed'`);
        await panel.evaluate(`(() => {
          const select = document.querySelector('li:has(> [data-finding="${recast.id}"]) [data-testid=kind]');
          select.value = 'anonymous';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        })()`);
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${recast.id}"])').dataset.correction === 'corrected'`);
        const expected = `${report.profile.attributions - 1}`;
        expect(await headline()).toContain(expected);
        expect(await headline()).not.toBe(before);
        expect(await axeViolations(panel)).toEqual([]);
        if (name === 'chromium') await panel.screenshot(path.join(resultsDir, `panel-correction-${name}.png`));

        // Kept on the device: the panel opened again shows them still.
        await panel.close();
        panel = await driver.openExtensionPage(PANEL_PAGE, tabId, { width: 360, height: 900 });
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${removed.id}"])')?.dataset.correction === 'removed'`);
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${recast.id}"])')?.dataset.correction === 'corrected'`);
        const corrected = await headline();
        expect(corrected).toContain(expected);

        // And through a reload of the page: analysed afresh (the toolbar pressed again where the grant ended),
        // the corrections kept for its URL apply to the new analysis.
        await panel.close();
        await page.reload();
        expect(await driver.grant(page, `${session.server.origin}${SEED_PAGE.path}`)).toBe(tabId);
        panel = await driver.openExtensionPage(PANEL_PAGE, tabId, { width: 360, height: 900 });
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${removed.id}"])')?.dataset.correction === 'removed'`);
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${recast.id}"])')?.dataset.correction === 'corrected'`);
        expect(await headline()).toContain(expected);

        // The exported Report is the corrected one, with its corrections.
        const json = await panel.download('[data-testid=export-json]');
        expect(json).not.toBeNull();
        const exported = JSON.parse(json!.text) as Report & { corrections: { finding: string; action: string }[]; attributions: { id: string; corrected?: boolean }[] };
        expect(exported.corrections.map((c) => [c.finding, c.action])).toEqual([[removed.id, 'remove'], [recast.id, 'kind']]);
        expect(exported.attributions.map((a) => a.id)).not.toContain(removed.id);
        expect(exported.attributions.find((a) => a.id === recast.id)).toMatchObject({ kind: 'anonymous', corrected: true });
        expect(exported.profile.attributions).toBe(report.profile.attributions - 1);
        expect(exported.profile.anonymous).toBe(report.profile.anonymous);

        const markdown = await panel.download('[data-testid=export-md]');
        expect(markdown?.text).toContain('\n## Corrections\n');
        expect(markdown?.text).toContain(`| ${recast.id} (corrected) | anonymous |`);
        expect(markdown?.text).toContain(`- ${removed.id} “`);
        const csv = await panel.download('[data-testid=export-csv]');
        const csvLines = (csv?.text ?? '').split('\r\n');
        expect(csvLines[0]).toContain('source_id');
        expect(csvLines.filter((line) => line.includes(`,${removed.id},`))).toEqual([]);
        expect(csvLines.find((line) => line.includes(`,attribution,${recast.id},`))).toMatch(/,anonymous,.*,yes$/);
        expect(csvLines.filter((line) => line.includes(',condition,c')).length).toBe(report.conditions.length);

        // Undone, the profile is the analysed one again.
        for (const id of [removed.id, recast.id]) await panel.click(`li:has(> [data-finding="${id}"]) [data-testid=undo]`);
        await panel.waitFor(`document.querySelectorAll('[data-correction=removed], [data-correction=corrected]').length === 0`);
        expect(await headline()).toBe(before);
      } finally {
        await panel.close();
        await driver.revoke();
        await page.close();
      }
    });

    it('takes a correction made on a card in the page, as the panel does, and shows it on both', async () => {
      const { driver } = session;
      const { page, panel, state } = await openPanel();
      try {
        const removed = state.report.attributions.find((a) => a.kind === 'anonymous')!;
        const inCard = (selector: string) => `this.querySelector('#sourcelens-card ${selector}')`;
        // The mark's card, opened by keyboard focus and pinned, offers the corrections.
        await page.bringToFront();
        await page.inShadow(OVERLAY_HOST, `this.querySelector('button[data-key="${removed.id}"]').focus()`);
        await waitForCard(page, true);
        await page.inShadow(OVERLAY_HOST, `${inCard('button.pin')}.click()`);
        await page.inShadow(OVERLAY_HOST, `${inCard('[data-testid=correct] summary')}.click()`);
        expect(await axeViolationsInShadow(page, OVERLAY_HOST)).toEqual([]);
        await page.inShadow(OVERLAY_HOST, `${inCard('[data-testid=remove]')}.click()`);

        // Kept by the extension: the panel shows it, the profile recomputed, and the card says so.
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${removed.id}"])')?.dataset.correction === 'removed'`);
        expect(await panel.evaluate<string>(`document.querySelector('[data-testid=headline]').textContent`)).toContain(String(state.report.profile.attributions - 1));
        await waitInShadow(page, OVERLAY_HOST, `(${inCard('[data-testid=card-corrected]')}?.textContent ?? '').includes('You marked this as not an attribution.')`);
        if (name === 'chromium') await page.screenshot(path.join(resultsDir, `card-correction-${name}.png`));

        // Undone on the card: gone from both.
        await page.inShadow(OVERLAY_HOST, `${inCard('[data-testid=card-corrected] button')}.click()`);
        await panel.waitFor(`document.querySelector('li:has(> [data-finding="${removed.id}"])')?.dataset.correction === 'as-analysed'`);
        await waitInShadow(page, OVERLAY_HOST, `${inCard('[data-testid=card-corrected]')} === null && ${inCard('[data-testid=correct]')} !== null`);
      } finally {
        await panel.close();
        await driver.revoke();
        await page.close();
      }
    });
  });
}
