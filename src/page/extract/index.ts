/**
 * Finds the article in a page: its headline, and its lead and paragraphs
 * without the page's furniture. Read-only: the DOM it is given is walked,
 * never changed or cloned, so it runs on the live page as well as on a
 * happy-dom Document in Node.
 *
 * 1. measure: one walk over <body> gives every element its visible text, link
 *    text and commas, and collects the runs of inline text ("paragraphs").
 * 2. score: each paragraph scores its block's ancestors (Readability's
 *    scheme), weighted by tag and class/id hints, discounted by link density.
 * 3. choose: the best block, moved up to the ancestor shared by close
 *    alternatives, plus the siblings that look like more of the same.
 * 4. emit: the chosen blocks' text, leaving out the furniture inside them.
 *
 * Every step is a sliced job (src/page/slices.ts): a generator that pauses
 * every WORK_PER_PAUSE units of work (pause.ts), so that on the page it runs
 * in short slices (`extractArticleInSlices`) and in Node in one go
 * (`extractArticle`), with the same result.
 */
import type { ArticleText } from './types';
import { runInSlices, runToEnd, type SliceOptions, type SlicedJob } from '../slices';
import { PauseCounter, TEXT_CHUNK_CHARS } from './pause';
import { TextBuilder, TextMeasure, collapseSpace } from './text';
import { documentTitle, elementsNamed, metaContent, textOf } from './walk';
import { metadataArticle } from './metadata';
import {
  ARTICLE_MINIMUM,
  BLOCK_TAGS,
  BODY_HINT,
  CLASS_HINTS,
  CLEANING,
  COMMENT_CONTAINER_WORDS,
  FURNITURE_HINT,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  HEADING_TAGS,
  HIDDEN_STYLE,
  LEAD_HINT,
  OWN_UI_ATTRIBUTE,
  PICTURE_HINT,
  SCORING,
  SKIPPED_TAGS,
  TAG_BASE_SCORE,
} from './hints';

export type { ArticleText, TextSegment } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** What one walk learns about an element's visible content. */
interface Measure {
  chars: number;
  linkChars: number;
  commas: number;
}

/** A run of inline text inside one block: what Readability calls a paragraph. */
interface Run extends Measure {
  block: Element;
}

/** Paragraph-level elements: judged as prose, not as link lists. */
const PROSE_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'pre', 'td']);
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** Text that ends like a sentence (a label, date or counter does not). */
const SENTENCE_END = /[.!?…。]["”’»)]?\s*$/;

/** Is this element (and all it holds) left out of the text wherever it is? */
function isSkipped(element: Element): boolean {
  // A <noscript> parsed into elements is what this document shows: it was
  // parsed without scripting (a saved page read by the command line, as a
  // browser without JavaScript shows it). A browser running scripts parses
  // its content as one text node of markup, which stays skipped.
  if (element.localName === 'noscript' && element.firstElementChild) return false;
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  // A region the reader edits (an editor, a comment box) is theirs, not the article's: never marked.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function hintText(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

function classWeight(element: Element): number {
  const hints = hintText(element);
  if (hints.length <= 1) return 0;
  let weight = 0;
  for (const { pattern, weight: w } of CLASS_HINTS) if (pattern.test(hints)) weight += w;
  return weight;
}

function linkDensity(measure: Measure | undefined): number {
  return measure && measure.chars > 0 ? measure.linkChars / measure.chars : 0;
}

/**
 * One element being measured: the state the walk keeps for it while its
 * children are visited.
 */
interface MeasureFrame {
  element: Element;
  /** The element itself when it is a block, else the block it sits in. */
  ownBlock: Element;
  isBlock: boolean;
  linked: boolean;
  measure: Measure;
  /** The run of inline text being collected in `ownBlock`. */
  run: Run;
  /** Two <br> in a row end a paragraph, as Readability reads them. */
  afterLineBreak: boolean;
  /** The next child to visit. */
  next: ChildNode | null;
}

class PageMeasure {
  readonly measures = new Map<Element, Measure>();
  readonly runs: Run[] = [];
  /** Blocks that hold other blocks: their own inline runs are not whole paragraphs. */
  readonly blocksWithBlockChildren = new Set<Element>();

  /**
   * Measures `root` and every element in it, depth first. The walk keeps
   * its own stack, not the call stack: a page nested thousands deep (which
   * a script can build) must not overflow it and crash the content script.
   */
  *measureTree(root: Element, pauses: PauseCounter): SlicedJob<void> {
    const stack: MeasureFrame[] = [this.openFrame(root, root, false)];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const child = frame.next;
      if (!child) {
        stack.pop();
        this.closeFrame(frame);
        if (stack.length > 0) this.addChildMeasure(stack[stack.length - 1], frame);
        continue;
      }
      if (pauses.tick()) yield;
      frame.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        const text = new TextMeasure();
        // A long text node is measured a chunk at a time, each chunk a unit of work.
        for (let from = 0; from < data.length; from += TEXT_CHUNK_CHARS) {
          if (from > 0 && pauses.tick()) yield;
          text.add(data, from, Math.min(data.length, from + TEXT_CHUNK_CHARS));
        }
        const { chars, commas } = text;
        if (chars === 0) continue;
        frame.afterLineBreak = false;
        const linkChars = frame.linked ? chars : 0;
        addTo(frame.measure, chars, linkChars, commas);
        addTo(frame.run, chars, linkChars, commas);
      } else if (child.nodeType === ELEMENT_NODE) {
        const childElement = child as Element;
        if (isSkipped(childElement)) continue;
        if (childElement.localName === 'br') {
          if (frame.afterLineBreak) this.startRun(frame);
          frame.afterLineBreak = true;
          continue;
        }
        frame.afterLineBreak = false;
        if (BLOCK_TAGS.has(childElement.localName)) this.startRun(frame);
        stack.push(this.openFrame(childElement, frame.ownBlock, frame.linked));
      }
    }
  }

  /** Starts measuring `element`, which sits in `block` (inside a link when `inLink`). */
  private openFrame(element: Element, block: Element, inLink: boolean): MeasureFrame {
    const isBlock = BLOCK_TAGS.has(element.localName) || element === block;
    const ownBlock = isBlock ? element : block;
    if (isBlock && element !== block) this.blocksWithBlockChildren.add(block);
    return {
      element,
      ownBlock,
      isBlock,
      linked: inLink || element.localName === 'a',
      measure: { chars: 0, linkChars: 0, commas: 0 },
      run: { block: ownBlock, chars: 0, linkChars: 0, commas: 0 },
      afterLineBreak: false,
      next: element.firstChild,
    };
  }

  /** All of the element's children are measured. */
  private closeFrame(frame: MeasureFrame): void {
    // An inline element's text reaches its block's run through its parent (addChildMeasure).
    if (frame.isBlock) this.flush(frame.run);
    this.measures.set(frame.element, frame.measure);
  }

  private addChildMeasure(parent: MeasureFrame, child: MeasureFrame): void {
    const { chars, linkChars, commas } = child.measure;
    addTo(parent.measure, chars, linkChars, commas);
    // Inline content: its text belongs to the parent's run.
    if (!child.isBlock) addTo(parent.run, chars, linkChars, commas);
  }

  /** Ends the frame's current run of inline text and starts another. */
  private startRun(frame: MeasureFrame): void {
    this.flush(frame.run);
    frame.run = { block: frame.ownBlock, chars: 0, linkChars: 0, commas: 0 };
  }

  private flush(run: Run): void {
    if (run.chars > 0) this.runs.push(run);
  }
}

function addTo(measure: Measure, chars: number, linkChars: number, commas: number): void {
  measure.chars += chars;
  measure.linkChars += linkChars;
  measure.commas += commas;
}

interface BlockScores {
  /** Readability's candidate score: near ancestors only, after link discount. */
  scores: Map<Element, number>;
  /** Every paragraph's points, summed over all its ancestors without decay. */
  contentPoints: Map<Element, number>;
  /** Elements holding paragraphs of running prose (SCORING.longProseChars without their links), and how many. */
  proseHolders: Map<Element, number>;
}

/** Scores every block that holds paragraphs. */
function* scoreBlocks(page: PageMeasure, root: Element, pauses: PauseCounter): SlicedJob<BlockScores> {
  const scores = new Map<Element, number>();
  const contentPoints = new Map<Element, number>();
  const proseHolders = new Map<Element, number>();
  const initial = (element: Element): number =>
    (TAG_BASE_SCORE[element.localName] ?? 0) + classWeight(element);
  for (const run of page.runs) {
    if (pauses.tick()) yield;
    const prose = run.chars - run.linkChars;
    if (prose < SCORING.minParagraphChars) continue;
    const points =
      1 + run.commas + Math.min(Math.floor(prose / SCORING.charsPerPoint), SCORING.maxLengthPoints);
    // A block that is all one paragraph passes its score up, as a <p> does.
    let target: Element | null = page.blocksWithBlockChildren.has(run.block) ? run.block : run.block.parentElement;
    for (let level = 0; target && level < SCORING.ancestorLevels; level++) {
      if (!scores.has(target)) scores.set(target, initial(target));
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, scores.get(target)! + points / share);
      if (target === root) break;
      target = target.parentElement;
    }
    // Up to the root: as deep as the page is nested, so each step is a unit of work.
    const isLongProse = prose >= SCORING.longProseChars;
    for (let holder: Element | null = run.block; holder; holder = holder === root ? null : holder.parentElement) {
      contentPoints.set(holder, (contentPoints.get(holder) ?? 0) + points);
      if (isLongProse) proseHolders.set(holder, (proseHolders.get(holder) ?? 0) + 1);
      if (pauses.tick()) yield;
    }
  }
  for (const [element, score] of scores) {
    scores.set(element, score * (1 - linkDensity(page.measures.get(element))));
    if (pauses.tick()) yield;
  }
  return { scores, contentPoints, proseHolders };
}

/**
 * The `size` highest-scoring blocks offered, in the order a stable sort by
 * descending score gives them. Choosing them in one pass, which can pause,
 * replaces sorting every scored block, which could not.
 */
class Leaders {
  readonly ranked: [Element, number][] = [];

  constructor(private readonly size: number) {}

  offer(entry: [Element, number]): void {
    // After every block scoring as much: ties keep the order they came in.
    let at = this.ranked.length;
    while (at > 0 && this.ranked[at - 1][1] < entry[1]) at--;
    if (at >= this.size) return;
    this.ranked.splice(at, 0, entry);
    if (this.ranked.length > this.size) this.ranked.pop();
  }
}

/** The best-scoring blocks, best first: the candidates for the article. */
function* rankBlocks(
  { scores, contentPoints }: BlockScores,
  root: Element,
  headline: Element | null,
  pauses: PauseCounter,
): SlicedJob<[Element, number][]> {
  // A block needs paragraphs of its own to be the article: a class name
  // ("content-title") and one line do not make one.
  const isSubstantial = (element: Element): boolean => (contentPoints.get(element) ?? 0) >= SCORING.minCandidatePoints;
  let anySubstantial = false;
  for (const [element] of scores) {
    if (pauses.tick()) yield;
    if (isSubstantial(element)) {
      anySubstantial = true;
      break;
    }
  }
  // Comments, sidebars and teaser lists can outscore a short article: a
  // block inside furniture is a candidate only when there is no other.
  const all = new Leaders(SCORING.topCandidates);
  const outside = new Leaders(SCORING.topCandidates);
  for (const entry of scores) {
    if (pauses.tick()) yield;
    if (anySubstantial && !isSubstantial(entry[0])) continue;
    all.offer(entry);
    if (!(yield* insideFurniture(entry[0], root, headline, pauses))) outside.offer(entry);
  }
  const outsideHolds = outside.ranked.length > 0 && outside.ranked[0][1] >= all.ranked[0][1] * SCORING.outsideFurnitureShare;
  const ranked = (outsideHolds ? outside : all).ranked;
  // A page that runs several stories one after another (an endless scroll)
  // sets each in an <article> of its own: when the best block is in another
  // story's <article>, the story is the one whose <article> holds the
  // headline, if that one has paragraphs of its own.
  const story = headline ? yield* enclosingArticle(headline, root, pauses) : null;
  const best = ranked[0]?.[0];
  const bestStory = story && best ? yield* enclosingArticle(best, root, pauses) : null;
  if (story && best && bestStory && !story.contains(best) && !bestStory.contains(story)) {
    const inStory = ranked.filter(([element]) => story.contains(element));
    if (inStory.length > 0 && inStory[0][1] >= ranked[0][1] * SCORING.headlineStoryShare) return inStory;
  }
  return ranked;
}

/** The nearest <article> element around `element` (itself included), if any. */
function* enclosingArticle(element: Element, root: Element, pauses: PauseCounter): SlicedJob<Element | null> {
  for (let ancestor: Element | null = element; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (pauses.tick()) yield;
    if (ancestor.localName === 'article') return ancestor;
  }
  return null;
}

/**
 * `core`: the `rank`-th of the ranked blocks (0, the best, or a fallback when
 * the better ones gave no article), which is article text whatever its
 * class/id says; `top`: the block the article is taken from.
 */
function* articleTop(
  ranked: readonly [Element, number][],
  rank: number,
  root: Element,
  pauses: PauseCounter,
): SlicedJob<{ core: Element; top: Element }> {
  const [core, topScore] = ranked[rank];
  let top = core;
  // Close alternatives elsewhere mean the article is split in blocks: take
  // the nearest ancestor holding enough of them.
  const alternatives = ranked
    .filter(([element, score]) => element !== core && score >= topScore * SCORING.alternativeShare)
    .map(([element]) => element);
  if (alternatives.length >= SCORING.alternativesNeeded) {
    for (let parent = top.parentElement; parent && parent !== root.parentElement; parent = parent.parentElement) {
      if (pauses.tick()) yield;
      const held = alternatives.filter((element) => parent!.contains(element)).length;
      if (held >= SCORING.alternativesNeeded) {
        top = parent;
        break;
      }
    }
  }
  // A wrapper holding nothing but the best block says the same thing, better named.
  while (top !== root && top.parentElement && (yield* onlyElementChild(top.parentElement, pauses)) === top) {
    top = top.parentElement;
  }
  return { core, top };
}

/**
 * Is `element` inside a thread of comments (or nav/aside/footer)? Only whole
 * class/id words count here, and never a container that holds the headline.
 */
function* insideFurniture(element: Element, root: Element, headline: Element | null, pauses: PauseCounter): SlicedJob<boolean> {
  for (let ancestor: Element | null = element; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (pauses.tick()) yield;
    if (headline && ancestor.contains(headline)) return false;
    if (isFurnitureContainer(ancestor)) return true;
  }
  return false;
}

function isFurnitureContainer(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  // "comment-list", "commentsContainer", "related_posts" → comment, list, comments, …
  for (const word of names.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)) {
    if (COMMENT_CONTAINER_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

function* onlyElementChild(element: Element, pauses: PauseCounter): SlicedJob<Element | null> {
  let only: Element | null = null;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (pauses.tick()) yield;
    if (isSkipped(child)) continue;
    if (only) return null;
    only = child;
  }
  return only;
}

/** The best block and the siblings that continue it, in document order. */
function* articleBlocks(top: Element, { scores, contentPoints, proseHolders }: BlockScores, page: PageMeasure, root: Element, pauses: PauseCounter): SlicedJob<Element[]> {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(SCORING.siblingMinScore, topScore * SCORING.siblingShareOfTop);
  const topClass = top.getAttribute('class') ?? '';
  const deepScoreOf = (element: Element): number =>
    (contentPoints.get(element) ?? 0) * (1 - linkDensity(page.measures.get(element)));
  const deepThreshold = Math.max(SCORING.siblingMinScore, deepScoreOf(top) * SCORING.siblingShareOfTop);
  // A block made like `block` (same tag and class: the next chunk a CMS's body
  // field is cut in) with a paragraph of its own continues it, however short.
  const continuesLike = (sibling: Element, block: Element): boolean => {
    const kind = block.getAttribute('class');
    return Boolean(kind) && sibling.localName === block.localName && sibling.getAttribute('class') === kind && (contentPoints.get(sibling) ?? 0) > 0;
  };
  const blocks: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (pauses.tick()) yield;
    if (sibling === top) {
      blocks.push(sibling);
      continue;
    }
    if (isSkipped(sibling) || (yield* isDroppedInside(sibling, page, proseHolders, pauses))) continue;
    const sameClassBonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * SCORING.siblingShareOfTop : 0;
    // A sibling wrapping paragraphs deeper than the scores reach still counts them all.
    // (A class name alone does not make a sibling: it needs paragraphs of its own.)
    const deepScore = deepScoreOf(sibling);
    const scored = (scores.get(sibling) ?? -Infinity) + sameClassBonus >= threshold && deepScore >= SCORING.siblingMinScore;
    const sameKind = continuesLike(sibling, top) && linkDensity(page.measures.get(sibling)) <= SCORING.chunkMaxLinkDensity;
    if (scored || sameKind || deepScore >= deepThreshold) {
      blocks.push(sibling);
      continue;
    }
    const measure = page.measures.get(sibling);
    // (A wrapper around one paragraph is that paragraph: a CMS's box for the first one, "(CNN) …".)
    const wrapsOneParagraph = page.blocksWithBlockChildren.has(sibling) && PROSE_TAGS.has((yield* onlyElementChild(sibling, pauses))?.localName ?? '');
    if (!measure || (page.blocksWithBlockChildren.has(sibling) && !wrapsOneParagraph)) continue;
    const density = linkDensity(measure);
    const text = measure.chars;
    if (text > SCORING.siblingParagraphChars && density < SCORING.siblingMaxLinkDensity) blocks.push(sibling);
    else if (text > 0 && text <= SCORING.siblingParagraphChars && density === 0 && SENTENCE_END.test(yield* textOf(sibling, pauses))) {
      blocks.push(sibling);
    }
  }
  // An article cut in chunks (each beside its own ad rail) continues in the
  // siblings of the wrappers around the best block: take those that hold as
  // many paragraphs as a sibling must, with few links (unlike story lists).
  // An <article> is a whole story: what stands beside it is another one.
  let found = false;
  for (let node = parent; node !== root && node.parentElement && node.localName !== 'article' && isWrapperOf(node, top, page); node = node.parentElement) {
    for (let sibling = node.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (pauses.tick()) yield;
      if (sibling === node || isSkipped(sibling) || (yield* isDroppedInside(sibling, page, proseHolders, pauses))) continue;
      if ((continuesLike(sibling, node) || deepScoreOf(sibling) >= deepThreshold) && linkDensity(page.measures.get(sibling)) <= SCORING.chunkMaxLinkDensity) {
        blocks.push(sibling);
        found = true;
      }
    }
  }
  // (One sort of the blocks kept, not of the page: it cannot pause, but there are few.)
  if (found) blocks.sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return blocks;
}

/**
 * The article's lead (standfirst, intro): the paragraphs of prose between
 * the headline and the first block of the body, which pages often set in the
 * article's header, outside the block the body is in. Bylines, dates and
 * captions there are not prose (or are furniture); when the
 * headline is far from the body (more than SCORING.leadRegionChars of text
 * between them), nothing between them is taken.
 */
function* leadBlocks(
  heading: Element,
  firstBlock: Element,
  page: PageMeasure,
  description: string,
  pauses: PauseCounter,
): SlicedJob<Element[]> {
  if (heading.contains(firstBlock) || firstBlock.contains(heading)) return [];
  if (!(heading.compareDocumentPosition(firstBlock) & DOCUMENT_POSITION_FOLLOWING)) return [];
  const lead: Element[] = [];
  const leadTexts = new Set<string>();
  let bodyStart: string | undefined;
  let seen = 0;
  for (let element = nextAfter(heading); element && element !== firstBlock; ) {
    if (pauses.tick()) yield;
    if (element.contains(firstBlock)) {
      element = element.firstElementChild;
      continue;
    }
    const measure = page.measures.get(element);
    // A heading there is the headline's deck (a subtitle), not the body's first paragraph.
    const isHeading = HEADING_TAGS.has(element.localName);
    if (!measure || measure.chars === 0 || isHeading || isSkipped(element) || ((isFurniture(element) || classWeight(element) < 0) && !LEAD_HINT.test(hintText(element)))) {
      element = nextAfter(element);
      continue;
    }
    if (page.blocksWithBlockChildren.has(element)) {
      element = element.firstElementChild;
      continue;
    }
    seen += measure.chars;
    if (seen > SCORING.leadRegionChars) return [];
    const text = collapseSpace(yield* textOf(element, pauses));
    const isProse =
      linkDensity(measure) <= SCORING.siblingMaxLinkDensity && (measure.chars > SCORING.siblingParagraphChars || SENTENCE_END.test(text));
    if (isProse && (classWeight(element) >= 0 || LEAD_HINT.test(hintText(element)))) {
      // A deck set twice (once for small screens, or again at the top of the body) is read once.
      bodyStart ??= collapseSpace(yield* textOf(firstBlock, pauses));
      // A deck styled apart (a class of its own) that is the page's description is a summary set
      // under the headline; a plain paragraph there is the story's start, which pages reuse as
      // their description (a CMS's excerpt is the first paragraph).
      const isDescription =
        element.hasAttribute('class') && description !== '' && (description.includes(text) || text.includes(description));
      if (!isDescription && !leadTexts.has(text) && !bodyStart.startsWith(text)) lead.push(element);
      leadTexts.add(text);
    }
    element = nextAfter(element);
  }
  return lead;
}

/** The next element after `element` and all it holds, in document order. */
function nextAfter(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function isWrapperOf(wrapper: Element, block: Element, page: PageMeasure): boolean {
  const wrapperChars = page.measures.get(wrapper)?.chars ?? 0;
  const blockChars = page.measures.get(block)?.chars ?? 0;
  return wrapperChars > 0 && blockChars >= wrapperChars * SCORING.wrapperTextShare;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const FURNITURE_WORDS = new RegExp(FURNITURE_HINT.source, 'g');

/** The furniture words in an element's class/id ("slideshow" in "slideshowPackage"). */
function furnitureWords(element: Element): string[] {
  const hints = hintText(element);
  return hints.length > 1 ? Array.from(hints.matchAll(FURNITURE_WORDS), (match) => match[0]) : [];
}

/**
 * Furniture by tag, role or class/id, wherever it stands. `articleWords`:
 * furniture words the article's own blocks are named with, which say nothing
 * of the blocks inside them (a slideshow's slides, a live ticker's entries
 * in its "comments").
 */
function isFurniture(element: Element, articleWords: ReadonlySet<string> = NO_WORDS): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const hints = hintText(element);
  if (hints.length <= 1 || BODY_HINT.test(hints)) return false;
  return furnitureWords(element).some((word) => !articleWords.has(word));
}

/** Inside the article: is this block furniture (a link list, a label, a teaser)? */
function* isDroppedInside(
  element: Element,
  page: PageMeasure,
  proseHolders: ReadonlyMap<Element, number>,
  pauses: PauseCounter,
  articleWords: ReadonlySet<string> = NO_WORDS,
): SlicedJob<boolean> {
  if (isFurniture(element, articleWords)) return true;
  if (!BLOCK_TAGS.has(element.localName)) return false;
  const measure = page.measures.get(element);
  if (!measure || measure.chars === 0) return false;
  const density = linkDensity(measure);
  // A paragraph mostly made of a link is still prose when it says something
  // besides ("…shelved in 2017 but was <a>re-opened…</a>"); "Read more: <a>…</a>" is not.
  // A container holding a paragraph of prose is looked into, not dropped: its
  // link lists (a widget inside the post's body) are dropped one by one.
  if (density > CLEANING.maxLinkDensity && !proseHolders.has(element)) {
    const prose = measure.chars - measure.linkChars;
    if (!PROSE_TAGS.has(element.localName) || prose < SCORING.minParagraphChars) return true;
  }
  if (measure.chars <= CLEANING.maxCaptionChars && PICTURE_HINT.test(hintText(element))) return true;
  const suspect = classWeight(element) < 0;
  if (suspect && density > CLEANING.maxLinkDensityWhenSuspect) return true;
  // A short block the page itself calls furniture (a dateline, a counter).
  if (suspect && measure.chars < CLEANING.maxSuspectLabelChars && !SENTENCE_END.test(yield* textOf(element, pauses))) return true;
  if (measure.chars <= CLEANING.maxUrlChars && !page.blocksWithBlockChildren.has(element) && (yield* isBareUrl(element, pauses))) return true;
  return false;
}

/** A block that is only a bare URL (a share widget's or a print view's). */
function* isBareUrl(element: Element, pauses: PauseCounter): SlicedJob<boolean> {
  return BARE_URL.test(collapseSpace(yield* textOf(element, pauses)));
}

/** An element whose text is being emitted: its block-ness and the next child to visit. */
interface EmitFrame {
  isBlock: boolean;
  /** Furniture words of the article's own blocks around this one (see `isFurniture`). */
  articleWords: ReadonlySet<string>;
  /** Inside a link: its text counts as link text of the article. */
  linked: boolean;
  next: ChildNode | null;
}

/** The article's text, and how much of it is link text. */
interface Emitted {
  builder: TextBuilder;
  linkChars: number;
}

function* emitArticle(
  blocks: Element[],
  core: Element,
  page: PageMeasure,
  proseHolders: ReadonlyMap<Element, number>,
  title: string,
  pauses: PauseCounter,
): SlicedJob<Emitted> {
  const builder = new TextBuilder(ARTICLE_MINIMUM.paragraphChars);
  let linkChars = 0;
  /** Starts emitting `element`: the frame for its children, or null when it adds none. */
  const coreChars = page.measures.get(core)?.chars ?? 0;
  const holdsMostOf = (element: Element, of: Element): boolean =>
    (page.measures.get(element)?.chars ?? 0) >= coreChars * SCORING.furnitureMaxShareOfCore && of.contains(element);
  function* open(element: Element, isRoot: boolean, inLink: boolean, articleWords: ReadonlySet<string>): SlicedJob<EmitFrame | null> {
    const tag = element.localName;
    // The core block and its wrappers stay, whatever their class names say
    // (a post's classes list its tags: "tag-…", "format-gallery"), and so does
    // a block holding most of the core's text: furniture is never most of the
    // article (a live ticker's "comments" are its text). The words they are
    // named with then say nothing of the blocks inside (its "comment"s).
    const holdsMost = !isRoot && !element.contains(core) && holdsMostOf(element, core);
    const isArticleOwn = isRoot || holdsMost || element.contains(core);
    if (!isArticleOwn && (yield* isDroppedInside(element, page, proseHolders, pauses, articleWords))) return null;
    // (Not those of a block that leaves some of the article's prose out: a
    // thread of comments under a short post.)
    const speaksForArticle = holdsMost ? (proseHolders.get(element) ?? 0) === (proseHolders.get(core) ?? 0) : element.contains(core);
    const words = speaksForArticle ? furnitureWords(element) : [];
    const innerWords = words.length > 0 ? new Set([...articleWords, ...words]) : articleWords;
    if (tag === 'br') {
      builder.lineBreak();
      return null;
    }
    // The headline is the title, not the body.
    if (
      tag === 'h1' ||
      ((HEADING_TAGS.has(tag) || !page.blocksWithBlockChildren.has(element)) && BLOCK_TAGS.has(tag) && sameText(yield* textOf(element, pauses), title))
    ) {
      return null;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) builder.blockBoundary();
    return { isBlock, articleWords: innerWords, linked: inLink || tag === 'a', next: element.firstChild };
  }
  // Depth first with a stack of our own, not the call stack: a page nested
  // thousands deep must not overflow it.
  for (const block of blocks) {
    const first = yield* open(block, true, false, NO_WORDS);
    const stack: EmitFrame[] = first ? [first] : [];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const child = frame.next;
      if (!child) {
        stack.pop();
        if (frame.isBlock) builder.blockBoundary();
        continue;
      }
      if (pauses.tick()) yield;
      frame.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        const text = child as Text;
        const sizeBefore = builder.size;
        // A long text node goes in a chunk at a time, each chunk a unit of work.
        for (let at = builder.appendTextNode(text, 0, TEXT_CHUNK_CHARS); at < text.data.length; at = builder.appendTextNode(text, at, at + TEXT_CHUNK_CHARS)) {
          if (pauses.tick()) yield;
        }
        if (frame.linked) linkChars += builder.size - sizeBefore;
      } else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element)) {
        const childFrame = yield* open(child as Element, false, frame.linked, frame.articleWords);
        if (childFrame) stack.push(childFrame);
      }
    }
  }
  return { builder, linkChars };
}

/** Equal but for case and white space. */
function sameText(a: string, b: string): boolean {
  return a.length < b.length * 2 + 16 && collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase();
}

/** Share of the declared title an <h1> must cover to be taken as the headline. */
const HEADLINE_MIN_LIKENESS = 0.5;

interface Headline {
  title: string;
  /** The <h1> that carries it, when the page has one. */
  heading: Element | null;
}

/** The headline: the page's <h1> when it names the article, else og:title, else <title>. */
function* findHeadline(elements: ReadonlyMap<string, Element[]>, pauses: PauseCounter): SlicedJob<Headline> {
  const metas = elements.get('meta')!;
  const declared =
    collapseSpace((yield* metaContent(metas, 'property', 'og:title', pauses)) ?? '') ||
    collapseSpace((yield* metaContent(metas, 'name', 'twitter:title', pauses)) ?? '');
  const titleText = collapseSpace(yield* documentTitle(elements.get('title')!, pauses));
  const named = declared || titleText;
  const headings = elements.get('h1')!;
  // The <h1> closest to the declared title (a site's logo is often an <h1>
  // whose name is also in the <title>).
  let best: Headline | null = null;
  let bestLikeness = HEADLINE_MIN_LIKENESS;
  for (const heading of headings) {
    const text = collapseSpace(yield* textOf(heading, pauses));
    if (!text || !named || !(named.includes(text) || text.includes(named))) continue;
    const likeness = Math.min(text.length, named.length) / Math.max(text.length, named.length);
    if (likeness >= bestLikeness) {
      best = { title: text, heading };
      bestLikeness = likeness;
    }
  }
  if (best) return best;
  // A page's only <h1> is its headline, even when og:title says otherwise.
  if (headings.length === 1) {
    const only = collapseSpace(yield* textOf(headings[0], pauses));
    if (only) return { title: only, heading: headings[0] };
  }
  if (declared) return { title: declared, heading: null };
  const firstHeading = headings[0] ?? null;
  const firstHeadingText = collapseSpace(firstHeading ? yield* textOf(firstHeading, pauses) : '');
  return firstHeadingText ? { title: firstHeadingText, heading: firstHeading } : { title: titleText, heading: null };
}

/** The page's summary of itself: its meta description, or og:description. */
function* pageDescription(metas: readonly Element[], pauses: PauseCounter): SlicedJob<string> {
  return (
    collapseSpace((yield* metaContent(metas, 'name', 'description', pauses)) ?? '') ||
    collapseSpace((yield* metaContent(metas, 'property', 'og:description', pauses)) ?? '')
  );
}

function findLanguage(doc: Document): string | null {
  const tag = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  return /^[a-z]{2,8}$/.test(primary) ? primary : null;
}

/** The article the `rank`-th of the ranked blocks gives: its lead and body blocks, and their text. */
function* articleFrom(
  ranked: readonly [Element, number][],
  rank: number,
  blockScores: BlockScores,
  page: PageMeasure,
  root: Element,
  headline: Headline,
  description: string,
  pauses: PauseCounter,
  place?: { core: Element; top: Element },
): SlicedJob<{ core: Element; blocks: Element[]; emitted: Emitted }> {
  const { core, top } = place ?? (yield* articleTop(ranked, rank, root, pauses));
  const body = yield* articleBlocks(top, blockScores, page, root, pauses);
  const lead = headline.heading ? yield* leadBlocks(headline.heading, body[0], page, description, pauses) : [];
  const blocks = lead.length > 0 ? [...lead, ...body] : body;
  const emitted = yield* emitArticle(blocks, core, page, blockScores.proseHolders, headline.title, pauses);
  return { core, blocks, emitted };
}

/**
 * The whole extraction as a sliced job (src/page/slices.ts): it pauses
 * every WORK_PER_PAUSE units of work, and returns what `extractArticle`
 * returns. Read-only, like every step: the page is never changed.
 */
export function* extractionJob(doc: Document): SlicedJob<ArticleText | null> {
  const root = doc.body;
  if (!root) return null;
  const pauses = new PauseCounter();
  const page = new PageMeasure();
  yield* page.measureTree(root, pauses);
  const blockScores = yield* scoreBlocks(page, root, pauses);
  // One walk finds them all (see walk.ts for why not querySelector).
  const named = yield* elementsNamed(doc, ['meta', 'title', 'h1'], pauses);
  const headline = yield* findHeadline(named, pauses);
  const description = yield* pageDescription(named.get('meta')!, pauses);
  const title = headline.title;
  // The best block first; when it gives no article (a thin block, a list of
  // links), the next ones, as Readability retries with looser rules.
  const ranked = yield* rankBlocks(blockScores, root, headline.heading, pauses);
  const tried: Element[] = [];
  let chosen: { rank: number; core: Element; emitted: Emitted } | null = null;
  for (let rank = 0; rank < Math.min(ranked.length, SCORING.fallbackCandidates); rank++) {
    // A wrapper of a block tried holds the same text and more furniture: not worth a try.
    const candidate = ranked[rank][0];
    if (tried.some((block) => candidate.contains(block))) continue;
    const { core, blocks, emitted } = yield* articleFrom(ranked, rank, blockScores, page, root, headline, description, pauses);
    tried.push(core);
    if (isArticle(emitted)) {
      chosen = { rank, core, emitted };
      break;
    }
  }
  if (!chosen) return null;
  // A thin first choice (a donation box, a blurb above the story) is
  // checked against the other candidates, as trafilatura checks its result
  // against other algorithms': one with more than twice its prose wins.
  const chosenProse = chosen.emitted.builder.charsInLongParagraphs;
  if (chosenProse < SCORING.thinArticleChars) {
    let best = chosen;
    for (let rank = 0; rank < ranked.length; rank++) {
      // A block inside the chosen one offers nothing more; only one holding
      // that much text of its own is worth emitting (each try walks its text again).
      const candidate = ranked[rank][0];
      if (rank === chosen.rank || chosen.core.contains(candidate)) continue;
      const place = yield* articleTop(ranked, rank, root, pauses);
      const measure = page.measures.get(place.top);
      if (!measure || measure.chars - measure.linkChars <= chosenProse * SCORING.thinArticleRatio) continue;
      const { emitted } = yield* articleFrom(ranked, rank, blockScores, page, root, headline, description, pauses, place);
      const prose = emitted.builder.charsInLongParagraphs;
      if (isArticle(emitted) && prose > chosenProse * SCORING.thinArticleRatio && prose > best.emitted.builder.charsInLongParagraphs) {
        best = { rank, core: place.core, emitted };
      }
    }
    chosen = best;
  }
  const { builder } = chosen.emitted;
  return { text: builder.text, title, language: findLanguage(doc), segments: builder.segments };
}

/**
 * Is this text an article? Judged on the text kept, not on the blocks it
 * came from: link lists dropped inside them do not count. An article is
 * running prose: a price, a list of specifications and a one-line blurb are
 * not one, nor is a text that is mostly links.
 */
function isArticle({ builder, linkChars }: Emitted): boolean {
  return builder.charsInLongParagraphs >= ARTICLE_MINIMUM.chars && linkChars / builder.size <= ARTICLE_MINIMUM.maxLinkDensity;
}

/**
 * The article of `doc`, or null when it has none: no paragraph of running
 * text, or less than ARTICLE_MINIMUM.chars of text, or text that is mostly
 * links (a front page, a list of links, an empty page). In one go: for
 * Node (the CLI, eval, tests).
 */
export function extractArticle(doc: Document): ArticleText | null {
  return runToEnd(extractionJob(doc));
}

/**
 * The article of `doc` as `extractArticle` finds it, or, on a page whose
 * blocks hold none but which declares one (metadata.ts), the declared text,
 * with no segments: it is in no text node, so it can be analysed but not
 * marked. For the command line and the evaluation; the extension does not
 * use it (nor carry its code), and says the page has no article.
 */
export function extractArticleOrDeclared(doc: Document): ArticleText | null {
  return extractArticle(doc) ?? runToEnd(declaredArticleJob(doc));
}

function* declaredArticleJob(doc: Document): SlicedJob<ArticleText | null> {
  const pauses = new PauseCounter();
  const named = yield* elementsNamed(doc, ['meta', 'title', 'h1', 'script'], pauses);
  const declared = metadataArticle(named.get('script')!, named.get('meta')!);
  if (!declared) return null;
  const { title } = yield* findHeadline(named, pauses);
  return { text: declared.text, title, language: findLanguage(doc), segments: [], textFrom: declared.from };
}

/**
 * The same article, worked out in slices on the page's main thread so that
 * a long page never freezes it (no task of ours near the 50 ms long-task
 * threshold). `window` defaults to the document's own.
 */
export function extractArticleInSlices(
  doc: Document,
  options: Omit<SliceOptions, 'window'> & { window?: Window } = {},
): Promise<ArticleText | null> {
  const window = options.window ?? doc.defaultView;
  if (!window) return Promise.reject(new TypeError('extractArticleInSlices: the document has no window; pass options.window'));
  return runInSlices(extractionJob(doc), { ...options, window });
}
