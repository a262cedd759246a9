/**
 * Drawing: marks already anchored to DOM pieces are painted, either with the
 * CSS Custom Highlight API (nothing in the page changes but one adopted style
 * sheet), or, where the API is missing, by wrapping pieces in
 * `<mark data-sourcelens>` elements that are undone exactly. This module never
 * sees a Report offset or a selector: only pieces (see `anchor.ts`).
 *
 * With the Highlight API a long article's marks can be painted only near
 * where the reader is (`paintOnly`): Chromium re-validates every registered
 * range in each frame after any change to the page's DOM, and updates every
 * live Range on each DOM mutation, at a cost that grows with all of them.
 */
import { pieceToRange, placeOnPiece, type TextPiece } from './anchor';
import { AFTER_NEXT_FRAME, runToEnd, type SlicedJob } from '../slices';
import type { Mark, MarkKind } from './marks';
import { FLASH_ATTRIBUTE, FLASH_STYLE, HIGHLIGHT_PRIORITY, MARK_STYLES, MARKER_ATTRIBUTE } from './styles';

/** What drawing needs of a mark: a unique key and a kind (the overlay's `Mark`, or another feature's own marks). */
export interface Paintable {
  key: string;
  kind: string;
}

/** How one kind of mark is painted: its `CSS.highlights` name, and its priority where marks overlap (higher on top, innermost). */
export interface Paint {
  highlightName: string;
  priority: number;
}

/** The paint of every kind of a feature's marks. Fallback `<mark>` elements carry the kind as their marker attribute's value. */
export type PaintTable<K extends string> = Readonly<Record<K, Paint>>;

/** The `CSS.highlights` names of one overlay drawing: one per kind of mark, and the flash's. */
export type OverlayHighlightNames = Readonly<Record<MarkKind | 'flash', string>>;

/** The overlay's names before a drawing makes them its own (`freshHighlightNames`): the stems. */
export const OVERLAY_HIGHLIGHT_STEMS: OverlayHighlightNames = {
  anonymous: MARK_STYLES.anonymous.highlightStem,
  onRecord: MARK_STYLES.onRecord.highlightStem,
  condition: MARK_STYLES.condition.highlightStem,
  quote: MARK_STYLES.quote.highlightStem,
  flash: FLASH_STYLE.highlightStem,
};

/** The overlay's own kinds of mark, painted under `names`. */
export function overlayPaint(names: OverlayHighlightNames = OVERLAY_HIGHLIGHT_STEMS): PaintTable<MarkKind> {
  return {
    anonymous: { highlightName: names.anonymous, priority: HIGHLIGHT_PRIORITY.anonymous },
    onRecord: { highlightName: names.onRecord, priority: HIGHLIGHT_PRIORITY.onRecord },
    condition: { highlightName: names.condition, priority: HIGHLIGHT_PRIORITY.condition },
    quote: { highlightName: names.quote, priority: HIGHLIGHT_PRIORITY.quote },
  };
}

/** Random bits in each drawing's highlight names: too many to guess. */
const NAME_TOKEN_BYTES = 8;

function randomToken(win: Window): string {
  const bytes = new Uint8Array(NAME_TOKEN_BYTES);
  win.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Names of our own for one drawing: each stem with a random token
 * ("sourcelens-anonymous-3f9c…"), drawn again while any of them is already in
 * the registry. The registry is the page's too: a page that registers our
 * stems, or names it guessed, first neither has its entry overwritten nor
 * gets ours by asking for a name it knows.
 */
export function freshHighlightNames<K extends string>(
  doc: Document,
  registry: HighlightApi['registry'],
  stems: Readonly<Record<K, string>>,
): Record<K, string> {
  const win = doc.defaultView;
  if (!win) throw new Error('freshHighlightNames: the document has no window');
  for (;;) {
    const token = randomToken(win);
    const names = Object.fromEntries(Object.entries(stems).map(([key, stem]) => [key, `${stem}-${token}`])) as Record<K, string>;
    if (!Object.values<string>(names).some((name) => registry.has(name))) return names;
  }
}

export interface AnchoredMark<M extends Paintable = Mark> {
  mark: M;
  /** In text order; never empty. */
  pieces: TextPiece[];
}

/** Anything that can say where it is on screen: a Range, or a fallback `<mark>` element. */
export interface Box {
  getClientRects(): ArrayLike<DOMRect>;
  getBoundingClientRect(): DOMRect;
}

export interface DrawnMark<M extends Paintable = Mark> {
  mark: M;
  /** What the mark covers on screen, in text order (read when asked: no live Range is kept per box). */
  boxes: Box[];
  /** The element to scroll into view to show the mark. */
  scrollTarget: Element | null;
}

export interface Drawing<M extends Paintable = Mark> {
  /** The marks drawn, by key, in the order given (the overlay's: attributions with their quotes, then conditions). */
  readonly drawn: ReadonlyMap<string, DrawnMark<M>>;
  /** Shows the short extra highlight over one drawn mark. */
  flash(key: string): void;
  /** Takes every mark off the page; afterwards the DOM is as it was before drawing. */
  remove(): void;
  /**
   * Paints only the drawn marks of `keys`, the others staying drawn (measured,
   * focusable, counted) but uncoloured until a later call names them. Where
   * missing (the `<mark>` drawing), every drawn mark is painted.
   */
  paintOnly?(keys: ReadonlySet<string>): void;
  /**
   * The text nodes standing in the page for `node` while the marks are
   * drawn with `<mark>` elements (copies of its pieces, each with where it
   * starts in `node`); undefined when `node` itself is in the page.
   */
  standIns?(node: Text): readonly StandIn[] | undefined;
}

/** A copy of part of a page's text node, put in its place by the `<mark>` drawing. */
export interface StandIn {
  node: Text;
  /** Where the copy's text starts in the original node. */
  offset: number;
}

/**
 * A piece as it is in the page while `drawing` is shown: itself, or, where
 * `<mark>`s have put copies of its node in its place, the parts of those
 * copies it covers.
 */
export function piecesInPage(drawing: Pick<Drawing<Paintable>, 'standIns'>, piece: TextPiece): TextPiece[] {
  const standIns = drawing.standIns?.(piece.node);
  if (!standIns) return [piece];
  const pieces: TextPiece[] = [];
  for (const { node, offset } of standIns) {
    const from = Math.max(piece.nodeStart, offset);
    const to = Math.min(piece.nodeEnd, offset + node.data.length);
    if (from >= to) continue;
    const textStart = piece.textStart + (from - piece.nodeStart);
    pieces.push({ node, nodeStart: from - offset, nodeEnd: to - offset, textStart, textEnd: textStart + (to - from) });
  }
  return pieces;
}

/** The registry and constructor of the Custom Highlight API, where the window has them. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): unknown; has(name: string): boolean };
  Highlight: new (...ranges: AbstractRange[]) => { priority: number; add(range: AbstractRange): unknown; delete(range: AbstractRange): unknown };
}

/** One Range per document, moved over each piece to measure it (see `pieceBox`). */
const measuringRanges = new WeakMap<Document, Range>();

/**
 * A piece's boxes on screen, read when asked through the document's one
 * measuring Range: a live Range per piece of a long article (tens of
 * thousands) would make every DOM mutation of the page pay for each of them.
 */
export function pieceBox(doc: Document, piece: TextPiece): Box {
  const over = (): Range => {
    let range = measuringRanges.get(doc);
    if (!range) measuringRanges.set(doc, (range = doc.createRange()));
    return placeOnPiece(range, piece);
  };
  return {
    getClientRects: () => over().getClientRects(),
    getBoundingClientRect: () => over().getBoundingClientRect(),
  };
}

/** The window's Highlight API, or null where it is missing. */
export function highlightApiOf(doc: Document): HighlightApi | null {
  const win = doc.defaultView as unknown as {
    CSS?: { highlights?: HighlightApi['registry'] };
    Highlight?: HighlightApi['Highlight'];
  } | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || typeof win.Highlight !== 'function') return null;
  return { registry, Highlight: win.Highlight };
}

/** More selectors than this, and the rules go back to applying to every element (a long list costs more than it saves). */
export const MAX_HIGHLIGHT_SELECTORS = 64;

/**
 * The rules name elements only when those are at most this share of the
 * page's: restyling named elements costs more per element than restyling the
 * whole page at once (Chromium, a 1M-character article: its 5,000 paragraphs
 * 30 ms, all its 5,454 elements 19 ms).
 */
export const MAX_TARGETED_SHARE = 1 / 3;

/** Text nodes looked at between two pauses of `highlightTargetsJob`. */
export const TEXTS_PER_PAUSE = 256;

/**
 * Selectors for the elements that hold the marks' text (`texts`: the text
 * nodes drawn over), for the `::highlight()` rules to apply to; empty for
 * every element. Adding a rule makes the browser compute again the style of
 * every element it may apply to, in one rendering task no slicing of ours can
 * split: a rule for every element took 9-11 ms on a large news page when the
 * machine was quiet (aeb-d605bdef, Chromium), 50-60 ms when it was busy, most
 * of it in the article's own container (scoping the rules to it saved a
 * tenth); rules for the elements holding the marks' text took 1.5-2 ms.
 * Only when those elements are a small part of the page (MAX_TARGETED_SHARE).
 *
 * Each element is named by its tag and first class (`div.story-text`), else
 * by its id, else by its tag under the nearest ancestor so named
 * (`div.story-text a`), else by its tag alone: names that many paragraphs
 * share, so the list stays short. A class the page takes off later leaves
 * those marks unstyled until they are drawn again (as they are when the page
 * changes its text or the reader their settings).
 */
export function highlightTargets(doc: Document, texts: Iterable<Text>): string[] {
  return runToEnd(highlightTargetsJob(doc, texts));
}

/**
 * `highlightTargets` as a job that pauses every TEXTS_PER_PAUSE text nodes: a
 * long article has tens of thousands of them (in Chromium traces of the
 * 1M-character article, looking at them all at once was most of a 76-105 ms
 * task, with the drawing's first step).
 */
export function* highlightTargetsJob(doc: Document, texts: Iterable<Text>): SlicedJob<string[]> {
  const escape = doc.defaultView?.CSS?.escape;
  if (!escape) return [];
  const own = (element: Element): string | null => {
    const tag = escape(element.localName);
    const firstClass = element.classList?.[0];
    if (firstClass) return `${tag}.${escape(firstClass)}`;
    return element.id ? `#${escape(element.id)}` : null;
  };
  /** The name of the nearest named ancestor below `<body>`, by the element it is looked up from (siblings share it). */
  const nearestNamed = new Map<Element, string | null>();
  const nameAbove = (parent: Element | null): string | null => {
    const unnamed: Element[] = [];
    let name: string | null = null;
    for (let ancestor = parent; ancestor && ancestor !== doc.body; ancestor = ancestor.parentElement) {
      const known = nearestNamed.get(ancestor);
      if (known !== undefined) {
        name = known;
        break;
      }
      name = own(ancestor);
      if (name !== null) {
        nearestNamed.set(ancestor, name);
        break;
      }
      unnamed.push(ancestor);
    }
    for (const ancestor of unnamed) nearestNamed.set(ancestor, name);
    return name;
  };
  const named = new Set<Element>();
  const selectors = new Set<string>();
  let looked = 0;
  for (const text of texts) {
    if (++looked % TEXTS_PER_PAUSE === 0) yield;
    const element = text.parentElement;
    if (!element || named.has(element)) continue;
    let selector = own(element);
    if (selector === null) {
      const ancestorName = nameAbove(element.parentElement);
      const tag = escape(element.localName);
      selector = ancestorName ? `${ancestorName} ${tag}` : tag;
    }
    named.add(element);
    selectors.add(selector);
    if (selectors.size > MAX_HIGHLIGHT_SELECTORS) return [];
  }
  const targets = [...selectors];
  if (targets.length === 0) return targets;
  yield;
  let targeted: number;
  try {
    targeted = doc.querySelectorAll(targets.join(', ')).length;
  } catch {
    // A selector this document cannot read: the rules for every element.
    return [];
  }
  return targeted <= doc.getElementsByTagName('*').length * MAX_TARGETED_SHARE ? targets : [];
}

/**
 * The selector of the rules for every element where highlight styles are
 * inherited (CSS Pseudo 4's highlight inheritance: Chromium does it for
 * `::highlight()`, Firefox 153 does not): the root's rules reach all its text.
 * Adding them restyles the page as rules for every element do, but each
 * element inherits its highlight styles instead of matching five rules: on
 * long-1m (5,459 elements), Chromium traces gave 15.5-17.8 ms for the restyle
 * against 29.5-32.6 ms (5 rounds each), and later restyles of the page's own
 * changes pay the same lesser price.
 */
export const INHERITED_HIGHLIGHT_TARGETS: readonly string[] = [':root'];

/** What each window was found to do (`highlightStylesInherit`), so each asks once. */
const inheritanceByWindow = new WeakMap<Window, boolean>();

/** Whether `win` is known to inherit highlight styles (true), known not to (false), or not asked yet (undefined). */
export function knownHighlightInheritance(win: Window): boolean | undefined {
  return inheritanceByWindow.get(win);
}

/**
 * Whether the highlight named `name`, styled on the root alone with a
 * `style` underline, reaches `element` (which holds text the rules are for):
 * its `::highlight()` computed style has that underline and its own style
 * has not. Reads computed style, so call it once the page has been restyled
 * (after a frame). The answer is kept for the window; a host that cannot say
 * counts as one that does not inherit.
 */
export function highlightStylesInherit(win: Window, element: Element, name: string, style: string): boolean {
  let inherits = false;
  try {
    const highlight = win.getComputedStyle(element, `::highlight(${name})`).textDecorationStyle;
    inherits = highlight === style && win.getComputedStyle(element).textDecorationStyle !== style;
  } catch {
    // No computed style for highlights here: the rules for every element.
  }
  inheritanceByWindow.set(win, inherits);
  return inherits;
}

/**
 * Adds `css` to the document without adding a node (a constructable sheet in
 * `adoptedStyleSheets`), or as a `<style data-sourcelens>` where constructable
 * sheets are missing or refused. Returns the function that takes it away.
 */
export function installStyleSheet(doc: Document, css: string): () => void {
  const win = doc.defaultView;
  try {
    if (win && typeof win.CSSStyleSheet === 'function' && Array.isArray(doc.adoptedStyleSheets)) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      // A content script's view of the page may drop the assignment without an error: check it took.
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        };
      }
    }
  } catch {
    // Some hosts (e.g. a content script's view of the page) refuse adopted sheets: use an element.
  }
  const style = doc.createElement('style');
  style.setAttribute(MARKER_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** Calls `callback` after the flash duration, through the document's own timers. */
function flashTimer(doc: Document, callback: () => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const timer = win.setTimeout(callback, FLASH_STYLE.durationMs);
  return () => win.clearTimeout(timer);
}

/**
 * A drawing and the job that makes it. The drawing can be used, and removed
 * exactly, at any of the job's pauses: `remove()` takes off what is drawn so
 * far and ends the job at its next step.
 */
export interface DrawingJob<M extends Paintable = Mark> {
  drawing: Drawing<M>;
  job: SlicedJob<void>;
  /** Puts on screen what the job drew, where that waits for the end (the Highlight API); nothing to do otherwise. */
  reveal(): void;
}

/** Marks (or, for `<mark>` elements, text nodes) drawn between two pauses of a drawing job. */
export const MARKS_PER_PAUSE = 32;

/**
 * Text nodes wrapped in `<mark>`s between two renderings of the page (a
 * multiple of MARKS_PER_PAUSE): the browser's style and layout work for new
 * elements grows with how many changed, so it is kept small per frame.
 */
export const NODES_WRAPPED_PER_FRAME = 2 * MARKS_PER_PAUSE;

/** How `drawWithHighlights` paints. */
export interface HighlightDrawingOptions {
  /**
   * Paint nothing until `paintOnly` names the marks to paint (the overlay
   * paints those near the viewport); default: paint every mark drawn.
   */
  windowed?: boolean;
  /** The `CSS.highlights` name of the flash over a mark; default its stem. */
  flashName?: string;
}

/**
 * Paints the marks with one named highlight per kind, registered by
 * `reveal()` once the job is done and the rest of the overlay is built (each
 * change to registered highlights costs a re-validation of all their ranges
 * in the next frame). The job only records the marks; ranges are made for
 * the marks painted, so a windowed drawing of a long article holds a few
 * hundred live Ranges, not one per piece of every mark.
 */
export function drawWithHighlights<M extends Paintable>(
  doc: Document,
  api: HighlightApi,
  anchored: readonly AnchoredMark<M>[],
  paint: PaintTable<M['kind']>,
  { windowed = false, flashName = FLASH_STYLE.highlightStem }: HighlightDrawingOptions = {},
): DrawingJob<M> {
  const drawn = new Map<string, DrawnMark<M>>();
  const piecesOf = new Map<string, TextPiece[]>();
  const highlights = new Map<M['kind'], InstanceType<HighlightApi['Highlight']>>();
  /** The ranges of each painted mark, by key. */
  const painted = new Map<string, Range[]>();
  let revealed = false;
  let removed = false;
  let cancelFlash = () => {};
  const endFlash = () => {
    cancelFlash();
    cancelFlash = () => {};
    api.registry.delete(flashName);
  };
  const highlightOf = (kind: M['kind']) => {
    let highlight = highlights.get(kind);
    if (!highlight) {
      highlight = new api.Highlight();
      highlight.priority = paint[kind].priority;
      highlights.set(kind, highlight);
      if (revealed) api.registry.set(paint[kind].highlightName, highlight);
    }
    return highlight;
  };
  const paintMark = (key: string) => {
    const mark = drawn.get(key)?.mark;
    if (!mark || painted.has(key)) return;
    const ranges = piecesOf.get(key)!.map((piece) => pieceToRange(doc, piece));
    const highlight = highlightOf(mark.kind);
    for (const range of ranges) highlight.add(range);
    painted.set(key, ranges);
  };
  const unpaintMark = (key: string, ranges: Range[]) => {
    const highlight = highlights.get(drawn.get(key)!.mark.kind as M['kind']);
    for (const range of ranges) highlight?.delete(range);
    painted.delete(key);
  };
  function* job(): SlicedJob<void> {
    // A host whose Highlight API fails (a content script's view of it) fails here, before anything is drawn,
    // so the caller can draw with `<mark>`s instead: every kind's highlight made, a first mark added and taken out.
    for (const { mark } of anchored) highlightOf(mark.kind);
    if (anchored.length > 0) {
      const probe = pieceToRange(doc, anchored[0].pieces[0]);
      highlightOf(anchored[0].mark.kind).add(probe);
      highlightOf(anchored[0].mark.kind).delete(probe);
    }
    for (let index = 0; index < anchored.length; index++) {
      if (index > 0 && index % MARKS_PER_PAUSE === 0) {
        yield;
        if (removed) return;
      }
      const { mark, pieces } = anchored[index];
      piecesOf.set(mark.key, pieces);
      drawn.set(mark.key, { mark, boxes: pieces.map((piece) => pieceBox(doc, piece)), scrollTarget: pieces[0].node.parentElement });
      if (!windowed) paintMark(mark.key);
    }
  }
  const drawing: Drawing<M> = {
    drawn,
    flash(key) {
      const pieces = piecesOf.get(key);
      if (!pieces || !drawn.has(key)) return;
      endFlash();
      // Added one at a time: a spread of a long mark's pieces would pass them all on the stack.
      const highlight = new api.Highlight();
      for (const piece of pieces) highlight.add(pieceToRange(doc, piece));
      highlight.priority = FLASH_STYLE.priority;
      api.registry.set(flashName, highlight);
      cancelFlash = flashTimer(doc, endFlash);
    },
    remove() {
      removed = true;
      endFlash();
      for (const kind of highlights.keys()) api.registry.delete(paint[kind as M['kind']].highlightName);
      highlights.clear();
      painted.clear();
      drawn.clear();
    },
    paintOnly(keys) {
      if (removed) return;
      for (const [key, ranges] of painted) if (!keys.has(key)) unpaintMark(key, ranges);
      for (const key of keys) paintMark(key);
    },
  };
  const reveal = () => {
    if (removed || revealed) return;
    revealed = true;
    for (const [kind, highlight] of highlights) api.registry.set(paint[kind as M['kind']].highlightName, highlight);
  };
  return { drawing, job: job(), reveal };
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, named here so no global `Node` is needed. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** A replaced text node and the nodes standing in its place. */
interface Replacement {
  original: Text;
  inserted: Node[];
  standIns: StandIn[];
}

/**
 * Replaces `node` by copies of its text, the pieces `covering` it wrapped in
 * nested `<mark>`s (the highest priority innermost), and records each mark
 * element under its mark's key. Null when the node is no longer in the page.
 */
function wrapPieces<M extends Paintable>(
  doc: Document,
  node: Text,
  covering: readonly { piece: TextPiece; mark: M }[],
  elementsByKey: Map<string, Element[]>,
  paint: PaintTable<M['kind']>,
): Replacement | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const boundaries = new Set<number>([0, node.data.length]);
  for (const { piece } of covering) boundaries.add(piece.nodeStart).add(piece.nodeEnd);
  const cuts = [...boundaries].sort((a, b) => a - b);
  const inserted: Node[] = [];
  const standIns: StandIn[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index], cuts[index + 1]];
    const copy = doc.createTextNode(node.data.slice(from, to));
    standIns.push({ node: copy, offset: from });
    let content: Node = copy;
    const marksHere = covering
      .filter(({ piece }) => piece.nodeStart <= from && to <= piece.nodeEnd)
      .map(({ mark }) => mark)
      .sort((a, b) => paint[b.kind as M['kind']].priority - paint[a.kind as M['kind']].priority);
    for (const mark of marksHere) {
      const element = doc.createElement('mark');
      element.setAttribute(MARKER_ATTRIBUTE, mark.kind);
      element.appendChild(content);
      content = element;
      const list = elementsByKey.get(mark.key) ?? [];
      list.push(element);
      elementsByKey.set(mark.key, list);
    }
    inserted.push(content);
  }
  for (const replacement of inserted) parent.insertBefore(replacement, node);
  parent.removeChild(node);
  return { original: node, inserted, standIns };
}

/**
 * Paints the marks by wrapping their pieces in `<mark data-sourcelens="KIND">`.
 * Each affected Text node is taken out whole and replaced by new nodes holding
 * copies of its pieces; `remove()` puts the very same node back, so node
 * identities and data are exactly as before. Overlapping marks nest, the
 * lower priority outside, so both underlines show. The job wraps node by
 * node; marks count as drawn once every node is wrapped.
 */
export function drawWithElements<M extends Paintable>(
  doc: Document,
  anchored: readonly AnchoredMark<M>[],
  paint: PaintTable<M['kind']>,
): DrawingJob<M> {
  const drawn = new Map<string, DrawnMark<M>>();
  const elementsByKey = new Map<string, Element[]>();
  const replacements: Replacement[] = [];
  let removed = false;
  const restore = () => {
    for (const { original, inserted } of replacements) {
      const first = inserted[0];
      const parent = first?.parentNode;
      if (parent) parent.insertBefore(original, first);
      for (const node of inserted) node.parentNode?.removeChild(node);
    }
    replacements.length = 0;
  };
  function* job(): SlicedJob<void> {
    const piecesByNode = new Map<Text, { piece: TextPiece; mark: M }[]>();
    for (const { mark, pieces } of anchored) {
      for (const piece of pieces) {
        const list = piecesByNode.get(piece.node) ?? [];
        list.push({ piece, mark });
        piecesByNode.set(piece.node, list);
      }
    }
    let wrapped = 0;
    try {
      for (const [node, covering] of piecesByNode) {
        if (++wrapped % MARKS_PER_PAUSE === 0) {
          yield wrapped % NODES_WRAPPED_PER_FRAME === 0 ? AFTER_NEXT_FRAME : undefined;
          if (removed) return;
        }
        const replacement = wrapPieces(doc, node, covering, elementsByKey, paint);
        if (replacement) replacements.push(replacement);
      }
    } catch (error) {
      // Half-wrapped is worse than not at all: put back what was replaced.
      restore();
      throw error;
    }
    for (let index = 0; index < anchored.length; index++) {
      if (index > 0 && index % MARKS_PER_PAUSE === 0) {
        yield;
        if (removed) return;
      }
      const { mark } = anchored[index];
      const elements = elementsByKey.get(mark.key) ?? [];
      if (elements.length === 0) continue;
      // Elements were made node by node: put them back in document order.
      elements.sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      drawn.set(mark.key, { mark, boxes: elements, scrollTarget: elements[0] });
    }
  }
  let flashing: Element[] = [];
  let cancelFlash = () => {};
  const endFlash = () => {
    cancelFlash();
    cancelFlash = () => {};
    for (const element of flashing) element.removeAttribute(FLASH_ATTRIBUTE);
    flashing = [];
  };
  const drawing: Drawing<M> = {
    drawn,
    flash(key) {
      const target = drawn.get(key);
      if (!target) return;
      endFlash();
      flashing = target.boxes as Element[];
      for (const element of flashing) element.setAttribute(FLASH_ATTRIBUTE, '');
      cancelFlash = flashTimer(doc, endFlash);
    },
    remove() {
      removed = true;
      endFlash();
      restore();
      drawn.clear();
    },
    standIns: (node) => replacements.find((replacement) => replacement.original === node)?.standIns,
  };
  return { drawing, job: job(), reveal: () => {} };
}
