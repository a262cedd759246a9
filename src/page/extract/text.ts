/**
 * Builds ArticleText's `text` and `segments` from DOM text nodes, the way a
 * reader sees them: white space collapsed to one space, a block boundary as
 * "\n\n", a `<br>` as "\n" (two in a row as "\n\n"). Every copied character
 * stays mapped to its node; the characters we insert map to nothing.
 */
import type { TextSegment } from './types';

/** CSS collapsible white space (not U+00A0, which a page means to keep). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

const enum Break {
  None = 0,
  Line = 1,
  Paragraph = 2,
}

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  private pendingBreak: Break = Break.None;
  private pendingSpace = false;

  /** A block starts or ends here. */
  blockBoundary(): void {
    this.pendingBreak = Break.Paragraph;
  }

  /** A `<br>`: a line break; a second one in a row ends the paragraph. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak === Break.None ? Break.Line : Break.Paragraph;
  }

  appendTextNode(node: Text): void {
    const data = node.data;
    COLLAPSIBLE_SPACE.lastIndex = 0;
    let wordStart = 0;
    let match: RegExpExecArray | null;
    while ((match = COLLAPSIBLE_SPACE.exec(data)) !== null) {
      if (match.index > wordStart) this.appendWord(node, wordStart, match.index);
      this.pendingSpace = true;
      wordStart = match.index + match[0].length;
    }
    if (wordStart < data.length) this.appendWord(node, wordStart, data.length);
  }

  get text(): string {
    return this.parts.join('');
  }

  /** Characters of text so far. */
  get size(): number {
    return this.length;
  }

  /** Copies `node.data[from, to)`, a stretch without collapsible white space. */
  private appendWord(node: Text, from: number, to: number): void {
    if (this.length > 0 && this.pendingBreak !== Break.None) {
      this.insert(this.pendingBreak === Break.Paragraph ? '\n\n' : '\n');
    } else if (this.length > 0 && this.pendingSpace) {
      // One plain space in the same node, right after the previous stretch:
      // copy it rather than insert one, so the segment stays whole.
      const last = this.segments[this.segments.length - 1];
      const lastEndInNode = last ? last.nodeOffset + (last.end - last.start) : -1;
      if (last && last.node === node && last.end === this.length && lastEndInNode === from - 1 && node.data[from - 1] === ' ') {
        this.copy(node, from - 1, to);
        this.pendingBreak = Break.None;
        this.pendingSpace = false;
        return;
      }
      this.insert(' ');
    }
    this.pendingBreak = Break.None;
    this.pendingSpace = false;
    this.copy(node, from, to);
  }

  private insert(chars: string): void {
    this.parts.push(chars);
    this.length += chars.length;
  }

  private copy(node: Text, from: number, to: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeOffset + (last.end - last.start) === from) {
      last.end += to - from;
    } else {
      this.segments.push({ start: this.length, end: this.length + (to - from), node, nodeOffset: from });
    }
    this.parts.push(node.data.slice(from, to));
    this.length += to - from;
  }
}

/** Length of `data` as shown: runs of white space count one, leading and trailing none. */
export function visibleLength(data: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
    if (isSpace) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return inSpace && length > 0 ? length - 1 : length;
}

/** Collapses white space the same way, for short strings (titles). */
export function collapseSpace(text: string): string {
  return text.replace(COLLAPSIBLE_SPACE, ' ').trim();
}
