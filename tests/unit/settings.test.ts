// @vitest-environment happy-dom
/** The reader's settings: read from whatever storage holds, and applied to the marks of an open page at once. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { createPageController } from '../../extension/content/controller';
import { DEFAULT_SETTINGS, kindsShown, readSettings } from '../../extension/settings';
import { closeParser, parseHtml } from '../../src/page/dom';
import { COLOUR_SCHEMES, MARK_KINDS } from '../../src/page/overlay';
import { fallbackCss, highlightCss } from '../../src/page/overlay/styles';
import { OVERLAY_HIGHLIGHT_STEMS } from '../../src/page/overlay/highlight';

const seedHtml = readFileSync(path.resolve(import.meta.dirname, '../../samples/seed-unn-putin-conditions.html'), 'utf8');
afterAll(closeParser);

describe('readSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not settings', async () => {
    for (const stored of [undefined, null, 'x', 42, [], {}]) expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value and replaces each invalid one by its default', async () => {
    expect(readSettings({ kinds: { anonymous: false, quote: 'no', extra: true }, scheme: 'colourBlind' })).toEqual({
      kinds: { anonymous: false, onRecord: true, condition: true, quote: true },
      scheme: 'colourBlind',
      classroom: false,
    });
    expect(readSettings({ classroom: true }).classroom).toBe(true);
    expect(readSettings({ classroom: 'yes' }).classroom).toBe(false);
    expect(readSettings({ scheme: 'neon' }).scheme).toBe('default');
  });

  it('lists the kinds shown in the overlay\'s order', () => {
    const settings = readSettings({ kinds: { onRecord: false, quote: false } });
    expect(kindsShown(settings)).toEqual(['anonymous', 'condition']);
    expect(kindsShown(DEFAULT_SETTINGS)).toEqual([...MARK_KINDS]);
  });
});

describe('colour schemes', () => {
  it('give every kind its own colours in every scheme, and the CSS uses them', async () => {
    for (const [scheme, colours] of Object.entries(COLOUR_SCHEMES) as [keyof typeof COLOUR_SCHEMES, (typeof COLOUR_SCHEMES)['default']][]) {
      const underlines = MARK_KINDS.map((kind) => colours[kind].underlineColor);
      const backgrounds = MARK_KINDS.map((kind) => colours[kind].background);
      expect(new Set(backgrounds).size, scheme).toBe(MARK_KINDS.length);
      for (const colour of [...underlines, ...backgrounds]) {
        expect(highlightCss(scheme, OVERLAY_HIGHLIGHT_STEMS)).toContain(colour);
        expect(fallbackCss(scheme)).toContain(colour);
      }
    }
  });
});

describe('settings applied to an open page', () => {
  it('draws only the kinds chosen, and all again when they are chosen back', async () => {
    const doc = parseHtml(seedHtml, 'https://news.example/seed');
    const controller = await createPageController(doc, '', { analyseText: analyse });
    const before = controller.state();
    if (before.status !== 'ready') throw new Error('the seed page should be ready');
    expect(before.marks.anonymous).toBeGreaterThan(0);

    await controller.configure({ kinds: ['onRecord', 'condition'] });
    const narrowed = controller.state();
    expect(narrowed.status === 'ready' && narrowed.marks).toEqual({ ...before.marks, anonymous: 0, quote: 0 });
    expect(doc.querySelectorAll('mark[data-sourcelens="anonymous"]').length).toBe(0);
    expect(doc.querySelectorAll('mark[data-sourcelens="onRecord"]').length).toBeGreaterThan(0);
    // The Report does not change with what is shown.
    expect(narrowed.status === 'ready' && narrowed.report).toBe(before.report);

    await controller.configure({ kinds: [...MARK_KINDS], scheme: 'highContrast' });
    const again = controller.state();
    expect(again.status === 'ready' && again.marks).toEqual(before.marks);
    // Our style sheet (adopted where the host allows it) now holds exactly the chosen scheme's rules.
    const sheets = doc.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    const elements = [...doc.querySelectorAll('style[data-sourcelens]')].map((style) => style.textContent ?? '');
    expect([...sheets, ...elements].join('\n')).toMatch(/#ffd8a8|rgb\(255, 216, 168\)/i);
    controller.destroy();
  });
});

describe('classroom mode', () => {
  it('adds plain words to the cards, saying whether the article explains an anonymity', async () => {
    const { analyse } = await import('../../src/core/analyse');
    const { describeMark } = await import('../../src/page/overlay/card');
    const { englishWords } = await import('../../src/page/overlay/words');
    const { marksFromReport } = await import('../../src/page/overlay/marks');
    const report = analyse(
      'The pier will close, according to two officials, who spoke on condition of anonymity because the plan is secret. A council source said the budget was late. Maria Lindqvist said repairs would start if the council pays.',
    );
    const marks = marksFromReport(report);
    const anonymous = marks.filter((mark) => mark.kind === 'anonymous');
    expect(anonymous.length).toBe(2);
    expect(describeMark(report, anonymous[0]).lesson).toBeUndefined();
    expect(describeMark(report, anonymous[0], { classroom: true }).lesson).toBe(englishWords('cardLessonAnonymousWithReason'));
    expect(describeMark(report, anonymous[1], { classroom: true }).lesson).toBe(englishWords('cardLessonAnonymousWithoutReason'));
    const onRecord = marks.find((mark) => mark.kind === 'onRecord')!;
    expect(describeMark(report, onRecord, { classroom: true }).lesson).toBe(englishWords('cardLessonOnRecord'));
    const condition = marks.find((mark) => mark.kind === 'condition')!;
    expect(describeMark(report, condition, { classroom: true }).lesson).toBe(englishWords('cardLessonCondition'));
  });
});
