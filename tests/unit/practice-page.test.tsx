// @vitest-environment happy-dom
/**
 * Practice mode in a page (happy-dom, so the `<mark>` fallback draws): the
 * toolbar marks the selection by button and key, refuses words outside the
 * article, leaves the page's own typing alone, checks against the Report,
 * and leaves the DOM exactly as found when it ends.
 */
import { catchShadowRoots, shadowOf } from './own-roots';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { extractArticle } from '../../src/page/extract';
import type { ArticleText } from '../../src/page/extract/types';
import { startPractice, TOOLBAR_MESSAGES, type Practice, type Translate } from '../../src/page/practice';
import { practiceCounts, scorePractice } from '../../src/page/practice/score';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Messages;

/** `browser.i18n.getMessage` as the extension does it, over the English messages. */
const translate: Translate = (key, ...substitutions) => {
  const entry = EN[key];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return String(substitutions[Number(content.slice(1)) - 1] ?? '');
  });
};

const PAGE = `<header class="site"><nav>Home · World · Business</nav></header>
<main><article><h1>Harbour pier may close</h1>
<p>The harbour authority will close the old ferry pier next year, a senior official said on Tuesday.</p>
<p>The mayor, Anna Berg, said the city would pay for repairs provided that the state agrees to share the cost.</p>
<p>Talks with the ferry company will resume unless the union objects, according to people familiar with the matter.</p>
<p>Residents have protested every weekend since the plan became known, and the council has promised a public meeting before any vote.</p>
<form><input name="q"></form>
</article></main>
<footer>© Courier</footer>`;

/** The page's words as one string, to find where an explanation's quoted words are. */
const TEXT_OF_PAGE = PAGE.replace(/<[^>]+>/g, '');

let article: ArticleText;
let report: Report;
let practice: Practice | null = null;
let stopped = 0;
let domBefore: string;

const toolbar = () => shadowOf(document.querySelector('[data-sourcelens=practice]')!);
const press = (action: string) => (toolbar().querySelector(`[data-action=${action}]`) as HTMLButtonElement).click();
const status = () => toolbar().querySelector('[data-testid=practice-status]')!.textContent ?? '';
const listed = () => toolbar().querySelectorAll('[data-testid=practice-marks] li').length;

/** Selects the first occurrence of `words` in the page's text nodes. */
function select(words: string, root: Element = document.body): void {
  const walker = document.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return;
  }
  throw new Error(`"${words}" is not in the page`);
}

/**
 * The page renders its article again, as a script would from its own data: new
 * nodes with the same words (none of our `<mark>`s, which stay with the old
 * nodes), changed first by `change` when given. Returns the new article element.
 */
function rerender(change: (copy: Element) => void = () => {}): Element {
  const old = document.querySelector('article')!;
  const copy = old.cloneNode(true) as Element;
  copy.querySelectorAll('mark[data-sourcelens]').forEach((mark) => mark.replaceWith(...mark.childNodes));
  copy.normalize();
  change(copy);
  old.replaceWith(copy);
  return copy;
}

function keydown(key: string, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

beforeEach(() => {
  catchShadowRoots(window as unknown as Window);
  document.body.innerHTML = PAGE;
  article = extractArticle(document)!;
  report = analyse(article.text, { language: 'en' });
  domBefore = document.documentElement.outerHTML;
  stopped = 0;
  practice = startPractice(document, article, report, { translate, onStop: () => stopped++, forceFallback: true });
});

afterEach(() => {
  practice?.destroy();
  practice = null;
  vi.restoreAllMocks();
});

describe('practice in the page', () => {
  it('has every toolbar message in the English interface strings', () => {
    for (const key of TOOLBAR_MESSAGES) expect(EN[key]?.message, key).toBeTruthy();
  });

  it('shows its toolbar in a shadow root marked as ours, with named buttons', () => {
    const names = [...toolbar().querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(names).toEqual(['Anonymous source A', 'Condition C', 'Undo U', 'Check', 'Stop practice']);
    expect(toolbar().querySelector('[role=status]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('refuses words outside the article, and a press with nothing selected, saying why', () => {
    select('World');
    press('mark-anonymous');
    expect(status()).toBe(translate('practiceOutside'));
    document.getSelection()!.removeAllRanges();
    press('mark-condition');
    expect(status()).toBe(translate('practiceSelectFirst'));
    expect(practice!.marks()).toEqual([]);
  });

  it('marks the selection by button and by key, draws the marks, and undoes the last', () => {
    select('a senior official');
    press('mark-anonymous');
    expect(practice!.marks()).toMatchObject([{ kind: 'anonymous' }]);
    expect(article.text.slice(practice!.marks()[0].start, practice!.marks()[0].end)).toBe('a senior official');
    expect(document.querySelector('mark[data-sourcelens="practice-anonymous"]')?.textContent).toBe('a senior official');
    expect(status()).toBe(translate('practiceMarked', 'Anonymous source', 'a senior official'));

    select('unless the union objects');
    keydown('c');
    expect(practice!.marks().map((m) => m.kind)).toEqual(['anonymous', 'condition']);
    expect(listed()).toBe(2);

    // Undo by key from the toolbar (nothing is selected now, so the page's own keys are left alone).
    keydown('u', toolbar().querySelector('[data-action=undo]')!);
    expect(practice!.marks().map((m) => m.kind)).toEqual(['anonymous']);
    press('undo');
    expect(practice!.marks()).toEqual([]);
    expect(document.querySelector('mark[data-sourcelens]')).toBeNull();
  });

  it('leaves keys alone while the reader types in a field of the page, or has nothing selected', () => {
    const field = document.querySelector('input')!;
    select('a senior official');
    keydown('a', field);
    document.getSelection()!.removeAllRanges();
    keydown('a');
    expect(practice!.marks()).toEqual([]);
  });

  it('checks the marks as the scorer does, drawing found, missed and over-marked', () => {
    select('a senior official');
    press('mark-anonymous');
    select('provided that');
    press('mark-condition');
    select('Anna Berg');
    press('mark-anonymous');
    const expected = practiceCounts(report, scorePractice(report, practice!.marks()));
    expect(expected.found).toEqual({ anonymous: 1, condition: 1 });
    expect(expected.overMarked).toEqual({ anonymous: 1, condition: 0 });

    press('check');
    expect(practice!.counts()).toEqual(expected);
    const results = toolbar().querySelector('[data-testid=practice-results]')!.textContent;
    expect(results).toContain(`Anonymous sources: you found 1 of ${expected.targets.anonymous}.`);
    expect(results).toContain(`Conditions: you found 1 of ${expected.targets.condition}.`);
    expect(status()).toContain('Over-marked: 1');
    const drawn = (kind: string) => [...document.querySelectorAll(`mark[data-sourcelens="${kind}"]`)].map((m) => m.textContent).join('|');
    expect(drawn('practice-over')).toBe('Anna Berg');
    expect(drawn('practice-found')).toContain('a senior official');
    expect(drawn('practice-missed')).toContain('people familiar with the matter');

    // Each miss and each over-marking is explained with the rule that applies, in text order.
    const why = [...toolbar().querySelectorAll('[data-testid=practice-why] li')].map((li) => ({ result: li.getAttribute('data-result'), text: li.textContent ?? '' }));
    const missedCount = expected.missed.anonymous + expected.missed.condition;
    expect(why.filter((item) => item.result === 'missed')).toHaveLength(missedCount);
    expect(why.filter((item) => item.result === 'over')).toHaveLength(1);
    const over = why.find((item) => item.result === 'over')!;
    expect(over.text).toMatch(/“The mayor, Anna Berg, said” is on-record: it names the person who speaks, Anna Berg\./);
    expect(why.find((item) => item.text.includes('people familiar with the matter”'))?.text).toMatch(/is anonymous: no one is named and no body stands behind them\./);
    expect(why.find((item) => item.text.includes('unless the union objects'))?.text).toMatch(/is a condition: “unless” makes a claim hold only if it is met\./);
    const at = (text: string) => TEXT_OF_PAGE.indexOf(text.match(/“([^“”…]{6,})/)![1]);
    expect(why.map((item) => at(item.text)), 'in text order').toEqual(why.map((item) => at(item.text)).sort((a, b) => a - b));

    // A new mark takes the result away until the next check.
    select('the union objects');
    press('mark-condition');
    expect(practice!.counts()).toBeNull();
    expect(toolbar().querySelector('[data-testid=practice-results]')).toBeNull();
  });

  it('follows the article when the page re-renders it: the marks are drawn on the new nodes, a check stands', () => {
    select('a senior official');
    press('mark-anonymous');
    press('check');
    const counts = practice!.counts();
    expect(counts).not.toBeNull();
    const copy = rerender();
    const rerendered = extractArticle(document)!;
    expect(rerendered.text).toBe(article.text);
    practice!.follow(rerendered, report);
    const drawn = copy.querySelector('mark[data-sourcelens="practice-anonymous"], mark[data-sourcelens="practice-found"]');
    expect(drawn?.textContent).toBe('a senior official');
    expect(practice!.counts()).toEqual(counts);
  });

  it('follows the words when the page changes the text: marks move with them, vanish with them, and a check is undone', () => {
    select('a senior official');
    press('mark-anonymous');
    select('unless the union objects');
    press('mark-condition');
    press('check');
    // A new first paragraph, and the union's sentence gone.
    rerender((copy) => {
      const paragraphs = copy.querySelectorAll('p');
      paragraphs[2].remove();
      paragraphs[0].insertAdjacentHTML('beforebegin', '<p>Update: the ferry company said it will comment later.</p>');
    });
    const changed = extractArticle(document)!;
    practice!.follow(changed, analyse(changed.text, { language: 'en' }));
    expect(practice!.marks().map((m) => [m.kind, changed.text.slice(m.start, m.end)])).toEqual([['anonymous', 'a senior official']]);
    expect(practice!.counts()).toBeNull();
    expect(document.querySelector('mark[data-sourcelens="practice-anonymous"]')?.textContent).toBe('a senior official');
    expect(listed()).toBe(1);
  });

  it('asks its owner to stop, and once destroyed the DOM is exactly as found', () => {
    select('a senior official');
    press('mark-anonymous');
    press('check');
    press('stop');
    expect(stopped).toBe(1);
    practice!.destroy();
    practice = null;
    expect(document.documentElement.outerHTML).toBe(domBefore);
    expect(document.adoptedStyleSheets.length + document.querySelectorAll('[data-sourcelens]').length).toBe(0);
  });
});
