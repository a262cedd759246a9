// @vitest-environment happy-dom
/** Keyboard stepping through findings: commands (through the controller) and in-page keys on our marks. */
import { catchShadowRoots, shadowOf } from './own-roots';
import { trustedKeydown } from './trusted-input';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createPageController } from '../../extension/content/controller';
import { isContentRequest, STEP_COMMANDS } from '../../extension/messages';
import { closeParser, parseHtml } from '../../src/page/dom';

const seedHtml = readFileSync(path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8');
afterAll(closeParser);

async function setUp() {
  const doc = parseHtml(seedHtml, 'https://news.example/seed');
  catchShadowRoots(doc.defaultView!);
  const controller = await createPageController(doc, '', { analyseText: analyse });
  const state = controller.state();
  if (state.status !== 'ready') throw new Error('the seed page should be ready');
  const shadow = shadowOf(doc.querySelector('[data-sourcelens=overlay]')!);
  const targetKeys = [...shadow.querySelectorAll<HTMLElement>('button[data-key]')].map((button) => button.dataset.key!);
  return { doc, controller, report: state.report, shadow, targetKeys };
}

describe('stepping through findings', () => {
  it('goes to the next and previous finding in text order, wrapping round, and opens its card', async () => {
    const { controller, shadow, targetKeys } = await setUp();
    expect(targetKeys.length).toBeGreaterThan(3);
    expect(await controller.handle({ type: 'sourcelens/step', direction: 'next' })).toEqual({ stepped: targetKeys[0] });
    expect((shadow.activeElement as HTMLElement | null)?.dataset.key).toBe(targetKeys[0]);
    expect(shadow.getElementById('sourcelens-card')?.textContent?.length).toBeGreaterThan(0);
    expect(await controller.handle({ type: 'sourcelens/step', direction: 'next' })).toEqual({ stepped: targetKeys[1] });
    expect(await controller.handle({ type: 'sourcelens/step', direction: 'previous' })).toEqual({ stepped: targetKeys[0] });
    expect(await controller.handle({ type: 'sourcelens/step', direction: 'previous' })).toEqual({ stepped: targetKeys.at(-1) });
    expect(await controller.handle({ type: 'sourcelens/step', direction: 'next' })).toEqual({ stepped: targetKeys[0] });
  });

  it('goes from anonymous source to anonymous source only, when asked for the next anonymous one', async () => {
    const { controller, report } = await setUp();
    const anonymousIds = report.attributions.filter((a) => a.kind === 'anonymous').map((a) => a.id);
    expect(anonymousIds.length).toBeGreaterThan(0);
    const visited: (string | null)[] = [];
    for (const _ of anonymousIds) visited.push((await controller.handle({ type: 'sourcelens/step', direction: 'next', kind: 'anonymous' })).stepped);
    expect(new Set(visited)).toEqual(new Set(anonymousIds));
    // And round again to the first.
    expect((await controller.handle({ type: 'sourcelens/step', direction: 'next', kind: 'anonymous' })).stepped).toBe(visited[0]);
  });

  it('steps with n, p and a while the keyboard is on one of our marks, and leaves those keys to the page elsewhere', async () => {
    const { doc, controller, shadow, targetKeys } = await setUp();
    const press = (target: EventTarget, key: string) => {
      const event = trustedKeydown(doc.defaultView!, { key, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press(doc.body, 'n')).toBe(false);
    await controller.handle({ type: 'sourcelens/step', direction: 'next' });
    expect(press(shadow.activeElement!, 'n')).toBe(true);
    expect((shadow.activeElement as HTMLElement).dataset.key).toBe(targetKeys[1]);
    press(shadow.activeElement!, 'p');
    expect((shadow.activeElement as HTMLElement).dataset.key).toBe(targetKeys[0]);
  });

  it('takes no orders from KeyboardEvents a page script makes (not trusted)', async () => {
    const { doc, controller, shadow, targetKeys } = await setUp();
    await controller.handle({ type: 'sourcelens/step', direction: 'next' });
    expect((shadow.activeElement as HTMLElement).dataset.key).toBe(targetKeys[0]);
    for (const key of ['n', 'p', 'a', 'c', 'Escape']) {
      const forged = new (doc.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      expect(forged.isTrusted).not.toBe(true);
      shadow.activeElement!.dispatchEvent(forged);
      expect(forged.defaultPrevented, key).toBe(false);
      expect((shadow.activeElement as HTMLElement).dataset.key, key).toBe(targetKeys[0]);
    }
    expect(shadow.getElementById('sourcelens-card')).not.toBeNull();
  });

  it('copies the focused finding as a citation with c', async () => {
    const { doc, controller, shadow, report } = await setUp();
    let copied = '';
    const win = doc.defaultView as unknown as { navigator: Navigator };
    Object.defineProperty(win.navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) }, configurable: true });
    const { stepped } = await controller.handle({ type: 'sourcelens/step', direction: 'next', kind: 'anonymous' });
    const event = trustedKeydown(doc.defaultView!, { key: 'c', bubbles: true, composed: true, cancelable: true });
    shadow.activeElement!.dispatchEvent(event);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(event.defaultPrevented).toBe(true);
    expect(copied).toContain('(anonymous)');
    expect(copied).toContain(report.attributions.find((a) => a.id === stepped)!.source.text);
  });

  it('turns the overlay on to step, and accepts only well-formed step messages', async () => {
    const { controller } = await setUp();
    await controller.handle({ type: 'sourcelens/set-overlay', visible: false });
    expect((await controller.handle({ type: 'sourcelens/step', direction: 'next' })).stepped).not.toBeNull();
    expect(isContentRequest({ type: 'sourcelens/step', direction: 'next' })).toBe(true);
    expect(isContentRequest({ type: 'sourcelens/step', direction: 'sideways' })).toBe(false);
    expect(isContentRequest({ type: 'sourcelens/step', direction: 'next', kind: 'quote' })).toBe(false);
    for (const step of Object.values(STEP_COMMANDS)) expect(isContentRequest({ type: 'sourcelens/step', ...step })).toBe(true);
  });
});
