/**
 * Practice mode in the page: the student selects words in the article and
 * marks them as an anonymous source or a condition; "Check" scores the marks
 * against the Report (`score.ts`) and draws what was found, missed and
 * over-marked. Nothing of the Report is shown before "Check".
 *
 *   const practice = startPractice(document, article, report, { translate, onStop });
 *   practice.counts();   // null until checked, then the figures per kind
 *   practice.destroy();  // every mark, the toolbar and our styles gone: the DOM as found
 *
 * Marks are drawn with the overlay's drawing code under names of our own
 * (Custom Highlight API, or `<mark>` elements where it is missing). No
 * method throws: errors go to `options.onError`.
 */
import type { Report } from '../../core/types';
import { explainMiss, explainWrongGuess, shortWords, type Explanation } from '../../report/explain';
import type { ArticleText } from '../extract/types';
import { anchorSpan, describeSpan, findQuote, type TextRange } from '../overlay/anchor';
import { runToEnd } from '../slices';
import { drawWithElements, drawWithHighlights, highlightApiOf, installStyleSheet, type AnchoredMark, type Drawing } from '../overlay/highlight';
import { practiceCounts, scorePractice, type PracticeCounts, type PracticeKind, type PracticeScore, type StudentMark } from './score';
import { selectionToText, type SelectionProblem } from './selection';
import { PRACTICE_PAINT, practiceFallbackCss, practiceHighlightCss, type PracticeMarkKind } from './styles';
import { createToolbar, PRACTICE_KEYS, resultSentences, type ExplainedResult, type ListedMark, type ToolbarState, type Translate } from './toolbar';

export type { PracticeCounts, PracticeKind } from './score';
export { TOOLBAR_MESSAGES, type Translate } from './toolbar';

export interface PracticeOptions {
  /** The interface words (the extension's `_locales`). */
  translate: Translate;
  /** The student pressed "Stop practice": the caller ends the practice (`destroy`) and restores what it hid. */
  onStop(): void;
  onError?(error: unknown): void;
  /** Wrap marks in `<mark>` elements even where the Custom Highlight API exists (tests). */
  forceFallback?: boolean;
}

export interface Practice {
  /** The student's marks, in the order made. */
  marks(): readonly StudentMark[];
  /** The last check's figures; null before a check, and again once the marks change. */
  counts(): PracticeCounts | null;
  /**
   * The page re-rendered the article or changed its words, and `report` is
   * its Report now: the student's marks follow the words they covered (found
   * again by quote where the text changed, dropped where the words are gone);
   * a check stands only while the Report is the same.
   */
  follow(article: ArticleText, report: Report): void;
  destroy(): void;
}

/** The longest stretch of marked words the toolbar lists (in characters). */
const LISTED_TEXT_LENGTH = 60;

/** What the drawing code needs of a practice mark. */
interface PaintedMark {
  key: string;
  kind: PracticeMarkKind;
}

/** A painted stretch: a practice mark kind over a range of `article.text`. */
interface Painted extends PaintedMark {
  range: TextRange;
}

const STUDENT_PAINT: Readonly<Record<PracticeKind, PracticeMarkKind>> = {
  anonymous: 'practice-anonymous',
  condition: 'practice-condition',
};

const shortened = (text: string) => shortWords(text, LISTED_TEXT_LENGTH);

/** A keydown meant for a field of the page (or with a modifier) is never ours. */
function isTyping(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return true;
  const target = event.target as (Element & { isContentEditable?: boolean }) | null;
  return !!target && (target.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? ''));
}

export function startPractice(doc: Document, article: ArticleText, report: Report, options: PracticeOptions): Practice {
  const { translate } = options;
  const reportError = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // The handler failed too: nothing more to do safely.
    }
  };
  const api = options.forceFallback ? null : highlightApiOf(doc);
  const listeners = new AbortController();
  let marks: StudentMark[] = [];
  let nextId = 1;
  /** The last check, until the marks change. */
  let checked: { score: PracticeScore; counts: PracticeCounts } | null = null;
  let status: ToolbarState['status'] = null;
  let drawing: Drawing<PaintedMark> | null = null;
  /** The article words the page's selection covers now (kept while the keyboard is in the toolbar). */
  let selected: TextRange | SelectionProblem = 'empty';

  const toolbar = createToolbar(doc, {
    mark: (kind) => guarded(() => mark(kind)),
    undo: () => guarded(() => remove(marks.at(-1)?.id)),
    remove: (id) => guarded(() => remove(id)),
    check: () => guarded(check),
    stop: () => guarded(() => options.onStop()),
  }, translate);
  // After the toolbar, which is the step that can refuse (no shadow DOM): nothing of ours is left behind then.
  const removeStyles = installStyleSheet(doc, api ? practiceHighlightCss() : practiceFallbackCss());

  function guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      reportError(error);
    }
  }

  function paint(items: readonly Painted[]): void {
    drawing?.remove();
    drawing = null;
    const anchored: AnchoredMark<PaintedMark>[] = [];
    for (const { key, kind, range } of items) {
      const pieces = anchorSpan(article, range);
      if (pieces.length > 0) anchored.push({ mark: { key, kind }, pieces });
    }
    // A student's few marks: drawn in one go.
    const drawingJob = api ? drawWithHighlights(doc, api, anchored, PRACTICE_PAINT) : drawWithElements(doc, anchored, PRACTICE_PAINT);
    runToEnd(drawingJob.job);
    drawingJob.reveal();
    drawing = drawingJob.drawing;
  }

  /** What the page shows: the student's marks while marking; found, missed and over-marked after a check. */
  function itemsToPaint(): Painted[] {
    if (!checked) return marks.map((m) => ({ key: `m${m.id}`, kind: STUDENT_PAINT[m.kind], range: m }));
    const { score } = checked;
    const items: Painted[] = [];
    for (const { target } of score.found) target.spans.forEach((range, i) => items.push({ key: `f-${target.findingId}-${i}`, kind: 'practice-found', range }));
    for (const target of score.missed) target.spans.forEach((range, i) => items.push({ key: `x-${target.findingId}-${i}`, kind: 'practice-missed', range }));
    for (const m of score.overMarked) items.push({ key: `o${m.id}`, kind: 'practice-over', range: m });
    return items;
  }

  function listed(): ListedMark[] {
    return marks.map((m) => ({ id: m.id, kind: m.kind, text: shortened(article.text.slice(m.start, m.end)) }));
  }

  const say = (sentences: readonly Explanation[]) => sentences.map(({ key, substitutions }) => translate(key, ...substitutions)).join(' ');

  /** After a check: each miss and each over-marking with the rule that applies, in text order. */
  function explained(): ExplainedResult[] {
    if (!checked) return [];
    const { score } = checked;
    const items = [
      ...score.missed.map((target) => ({ at: target.spans[0]?.start ?? 0, key: `x-${target.findingId}`, result: 'missed' as const, text: say(explainMiss(report, target.findingId)) })),
      ...score.overMarked.map((m) => ({ at: m.start, key: `o${m.id}`, result: 'over' as const, text: say(explainWrongGuess(report, m.kind, m)) })),
    ];
    return items.sort((a, b) => a.at - b.at).map(({ key, result, text }) => ({ key, result, text }));
  }

  function show(): void {
    paint(itemsToPaint());
    toolbar.update({ marks: listed(), counts: checked?.counts ?? null, explained: explained(), status });
  }

  function tell(text: string, problem = false): void {
    status = { text, problem };
  }

  /** The article words the page's selection covers now. */
  function selectionNow(): TextRange | SelectionProblem {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return 'empty';
    return selectionToText(article, selection.getRangeAt(0), (node) => drawing?.standIns?.(node));
  }

  function mark(kind: PracticeKind): void {
    // The selection as it is; if the press took it away, the one last seen in the page.
    const now = selectionNow();
    const chosen = now === 'empty' ? selected : now;
    if (typeof chosen === 'string') {
      tell(translate(chosen === 'outside' ? 'practiceOutside' : 'practiceSelectFirst'), true);
      return show();
    }
    const { start, end } = chosen;
    const words = shortened(article.text.slice(start, end));
    if (marks.some((m) => m.kind === kind && m.start === start && m.end === end)) {
      tell(translate('practiceAlreadyMarked', words), true);
      return show();
    }
    marks = [...marks, { id: nextId++, kind, start, end }];
    checked = null;
    tell(translate('practiceMarked', translate(kind === 'anonymous' ? 'practiceMarkAnonymous' : 'practiceMarkCondition'), words));
    // The selection is marked: let it go, so the mark shows.
    doc.getSelection()?.removeAllRanges();
    selected = 'empty';
    show();
  }

  function remove(id: number | undefined): void {
    const gone = marks.find((m) => m.id === id);
    if (!gone) {
      tell(translate('practiceNothingToUndo'), true);
      return show();
    }
    marks = marks.filter((m) => m !== gone);
    checked = null;
    tell(translate('practiceRemoved', shortened(article.text.slice(gone.start, gone.end))));
    show();
  }

  function check(): void {
    const score = scorePractice(report, marks);
    checked = { score, counts: practiceCounts(report, score) };
    tell(resultSentences(checked.counts, translate).join(' '));
    show();
  }

  /** The host has the keyboard (events from inside a shadow root come out retargeted to it). */
  const inToolbar = (target: EventTarget | null) => target === toolbar.host;

  doc.addEventListener(
    'selectionchange',
    () => {
      // Focus moving into the toolbar must not forget the words the student chose.
      if (!inToolbar(doc.activeElement)) selected = selectionNow();
    },
    { signal: listeners.signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      const action = PRACTICE_KEYS[event.key?.toLowerCase() ?? ''];
      if (!action || isTyping(event)) return;
      // Only with words chosen in the article, or the keyboard in the toolbar: the page's own keys stay its own.
      if (!event.composedPath().includes(toolbar.host) && typeof selectionNow() === 'string') return;
      event.preventDefault();
      event.stopPropagation();
      guarded(() => (action === 'undo' ? remove(marks.at(-1)?.id) : mark(action)));
    },
    { signal: listeners.signal },
  );

  function follow(nextArticle: ArticleText, nextReport: Report): void {
    if (nextArticle.text !== article.text) {
      marks = marks.flatMap((m) => {
        const found = findQuote(nextArticle, describeSpan(article, m), m.start);
        return found ? [{ ...m, ...found }] : [];
      });
    }
    if (nextReport !== report) checked = null;
    // The parameters are the practice's article and Report: from now on, these.
    article = nextArticle;
    report = nextReport;
    selected = 'empty';
    show();
  }

  guarded(show);

  return {
    marks: () => marks,
    counts: () => checked?.counts ?? null,
    follow: (nextArticle, nextReport) => guarded(() => follow(nextArticle, nextReport)),
    destroy() {
      listeners.abort();
      // Each step on its own: one failing must not leave the others behind.
      for (const step of [() => toolbar.remove(), () => drawing?.remove(), removeStyles]) guarded(step);
      drawing = null;
    },
  };
}
