/**
 * The extraction pauses often, whatever the page's size: between two of
 * `extractionJob`'s pauses it visits a bounded number of DOM nodes, so that
 * `runInSlices` can keep every slice near its budget and no task on the
 * page's main thread grows with the article (issue 4: no task over 50 ms).
 *
 * Instrumented, not timed: every link the extractor follows from one node to
 * another (firstChild, nextSibling, parentElement, firstElementChild,
 * nextElementSibling) is counted through a wrapper around happy-dom's own
 * getter, and so is every call that walks the DOM in one native step in a
 * browser (a TreeWalker's nextNode, contains, compareDocumentPosition); the
 * count is read at every pause.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/page/dom';
import { extractArticle, extractionJob } from '../../src/page/extract';
import { TEXT_CHUNK_CHARS, WORK_PER_PAUSE } from '../../src/page/extract/pause';
import { TextBuilder } from '../../src/page/extract/text';
import { SCORING } from '../../src/page/extract/hints';
import type { SlicedJob } from '../../src/page/slices';

/** The node-to-node links the extractor follows. */
const LINKS = ['firstChild', 'nextSibling', 'parentElement', 'firstElementChild', 'nextElementSibling'] as const;

/**
 * The most links one unit of work follows: a paragraph scoring its
 * ancestors climbs SCORING.ancestorLevels of them before its next pause
 * point, plus the link to the next node and a child's first child.
 */
const MAX_LINKS_PER_UNIT = SCORING.ancestorLevels + 2;
const MAX_LINKS_BETWEEN_PAUSES = MAX_LINKS_PER_UNIT * WORK_PER_PAUSE;

const SENTENCES = [
  'The council voted on Tuesday to expand the bus network, officials said, after a year of debate.',
  'Mayor Jane Doe told reporters that the plan would be paid for by a levy, provided that the state agrees.',
  'Critics, including two members who asked not to be named, said the cost had been understated.',
];

let restoreLinks: (() => void) | null = null;
afterEach(() => {
  restoreLinks?.();
  restoreLinks = null;
});

/** DOM methods that go from node to node in one call (native in a browser): each call counts as one link. */
const NATIVE_WALKS = [
  ['TreeWalker', 'nextNode'],
  ['Node', 'contains'],
  ['Node', 'compareDocumentPosition'],
] as const;

/** Where `name` is defined on `object`'s prototype chain. */
function ownerOf(object: object, name: string): object | null {
  let owner: object | null = object;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
  return owner;
}

/** Counts every link followed in `doc`'s DOM from now on (undone after each test). */
function countLinks(doc: Document): () => number {
  let followed = 0;
  // Inside one of NATIVE_WALKS the DOM's own steps are not the extractor's: not counted.
  let insideNativeWalk = 0;
  const restores: (() => void)[] = [];
  const wrap = (owner: object, name: string, descriptor: PropertyDescriptor, wrapped: PropertyDescriptor): void => {
    Object.defineProperty(owner, name, { ...descriptor, ...wrapped });
    restores.push(() => Object.defineProperty(owner, name, descriptor));
  };
  for (const name of LINKS) {
    for (const sample of [doc.body, doc.createTextNode('x')]) {
      const owner = ownerOf(sample, name);
      if (!owner) continue;
      const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
      // The element and the text node may share the getter's owner: wrap it once.
      if ((descriptor.get as { counted?: boolean } | undefined)?.counted) continue;
      const get = function (this: Node): unknown {
        if (insideNativeWalk === 0) followed++;
        return descriptor.get!.call(this);
      };
      (get as { counted?: boolean }).counted = true;
      wrap(owner, name, descriptor, { get });
    }
  }
  const samples: Record<string, object> = { TreeWalker: doc.createTreeWalker(doc), Node: doc.body };
  for (const [kind, name] of NATIVE_WALKS) {
    const owner = ownerOf(samples[kind], name)!;
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    const method = descriptor.value as (...args: unknown[]) => unknown;
    const value = function (this: unknown, ...args: unknown[]): unknown {
      if (insideNativeWalk === 0) followed++;
      insideNativeWalk++;
      try {
        return method.apply(this, args);
      } finally {
        insideNativeWalk--;
      }
    };
    wrap(owner, name, descriptor, { value });
  }
  restoreLinks = () => restores.reverse().forEach((restore) => restore());
  return () => followed;
}

/** Runs `job` to its end, noting the links followed between each pause and the next. */
function linksBetweenPauses<T>(job: SlicedJob<T>, linksFollowed: () => number): { result: T; stretches: number[] } {
  const stretches: number[] = [];
  let before = linksFollowed();
  for (;;) {
    const step = job.next();
    const now = linksFollowed();
    stretches.push(now - before);
    before = now;
    if (step.done) return { result: step.value, stretches };
  }
}

/** Nodes inside `root` (the measuring walk visits each of them once). */
function nodesIn(root: Node): number {
  const walker = root.ownerDocument!.createTreeWalker(root, 0xffffffff);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

const PARAGRAPH = `<p>${SENTENCES[0]} <a href="/x">A link</a> ${SENTENCES[1]} <em>${SENTENCES[2]}</em></p>`;

/** Large pages of different shapes: each has more than 20,000 nodes. */
const LAYOUTS: Record<string, () => string> = {
  'one article of 4,000 paragraphs': () =>
    `<html lang="en"><head><title>Long read</title></head><body><nav><a href="/">Home</a></nav><article><h1>Long read</h1>${PARAGRAPH.repeat(4000)}</article></body></html>`,
  '3,000 sibling blocks of one paragraph each, with comment threads': () =>
    `<html lang="en"><body><main>${`<div class="chunk">${PARAGRAPH}</div>`.repeat(3000)}</main>` +
    `<section class="comments">${`<div class="comment">${PARAGRAPH}</div>`.repeat(1000)}</section></body></html>`,
  'an article beside 7,000 sibling teasers (each weighed as more of the article)': () =>
    `<html lang="en"><body><div><article>${PARAGRAPH.repeat(1200)}</article>` +
    `${'<div class="teaser"><a href="/t">Another story that readers liked</a></div>'.repeat(7000)}</div></body></html>`,
};

describe('extractionJob pauses every few dozen nodes, whatever the page size', () => {
  it.each(Object.keys(LAYOUTS))('%s', (layout) => {
    const doc = parseHtml(LAYOUTS[layout]());
    const nodes = nodesIn(doc.body);
    expect(nodes).toBeGreaterThan(20_000);
    const expected = extractArticle(doc);
    const linksFollowed = countLinks(doc);
    const { result, stretches } = linksBetweenPauses(extractionJob(doc), linksFollowed);
    // The job did the whole extraction, with the same result.
    expect(result).not.toBeNull();
    expect(result!.text).toBe(expected!.text);
    expect(result!.text.length).toBeGreaterThan(SENTENCES.join(' ').length * 1000);
    // Every node is a unit of work in the measuring walk alone.
    const pauses = stretches.length - 1;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(nodes / WORK_PER_PAUSE));
    // No stretch between two pauses grows with the page.
    expect(Math.max(...stretches)).toBeLessThanOrEqual(MAX_LINKS_BETWEEN_PAUSES);
  });

  it('on an article nested 5,000 elements deep (paragraphs score every ancestor)', () => {
    const doc = parseHtml(`<html lang="en"><body><article>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`);
    let innermost: Element = doc.querySelector('article')!;
    for (let level = 0; level < 5000; level++) innermost = innermost.appendChild(doc.createElement('div'));
    for (let i = 0; i < 200; i++) innermost.appendChild(doc.createElement('p')).append(SENTENCES[i % SENTENCES.length]);
    const linksFollowed = countLinks(doc);
    const { result, stretches } = linksBetweenPauses(extractionJob(doc), linksFollowed);
    expect(result).not.toBeNull();
    expect(result!.text.split('\n\n')).toHaveLength(SENTENCES.length + 200);
    expect(Math.max(...stretches)).toBeLessThanOrEqual(MAX_LINKS_BETWEEN_PAUSES);
  });

  it('in a single text node of 2 MB, measured and copied a chunk at a time', () => {
    const doc = parseHtml('<html lang="en"><body><article><p></p></article></body></html>');
    const words = SENTENCES.join(' ');
    const data = Array.from({ length: Math.ceil(2_000_000 / words.length) }, () => words).join(' ');
    doc.querySelector('p')!.append(data);
    const { result, stretches } = linksBetweenPauses(extractionJob(doc), () => 0);
    expect(result!.text).toBe(data);
    expect(result!.segments).toHaveLength(1);
    // Measuring the node counts a unit per chunk, and so does copying it (whose parts end
    // at the first word break after a chunk, so are a little longer): nearly two units a chunk.
    const chunks = Math.floor(data.length / TEXT_CHUNK_CHARS);
    expect(stretches.length - 1).toBeGreaterThanOrEqual(Math.floor((1.9 * chunks) / WORK_PER_PAUSE));
  });
});

describe('TextBuilder appends a long text node in parts as it would in one go', () => {
  /** Words and runs of white space of every kind and length, crossing any part boundary. */
  function mixedText(words: number): string {
    const spaces = [' ', '  ', '\n', ' \t\n ', '\u00a0', '\r\n\r\n', ' ', '\f '];
    let data = '';
    for (let i = 0; i < words; i++) data += `word${i}${i % 5 === 0 ? ',' : ''}${spaces[i % spaces.length]}`;
    return ` \n${data}`;
  }

  it.each([1, 7, 100, TEXT_CHUNK_CHARS])('in parts of %i characters', (partChars) => {
    const doc = parseHtml('<p></p><p></p>');
    const [first, second] = [...doc.querySelectorAll('p')].map((p) => p.appendChild(doc.createTextNode(mixedText(3000))));
    const whole = new TextBuilder();
    const inParts = new TextBuilder();
    for (const node of [first, second]) {
      whole.blockBoundary();
      whole.appendTextNode(node);
      inParts.blockBoundary();
      let parts = 0;
      for (let at = inParts.appendTextNode(node, 0, partChars); at < node.data.length; at = inParts.appendTextNode(node, at, at + partChars)) parts++;
      expect(parts).toBeGreaterThanOrEqual(Math.floor(node.data.length / (partChars + 16)) - 1);
    }
    expect(inParts.text).toBe(whole.text);
    expect(inParts.segments).toEqual(whole.segments);
    expect(whole.text).toContain('word2999');
  });
});
