/**
 * Builds ArticleText's `text` and `segments` from DOM text nodes, the way a
 * reader sees them: white space collapsed to one space, a block boundary as
 * "\n\n", a `<br>` as "\n" (two in a row as "\n\n"). Every copied character
 * stays mapped to its node; the characters we insert map to nothing.
 */
import type { TextSegment } from './types';

/** The end of a sentence: a full stop, question or exclamation mark, maybe closed by a quote or bracket. */
const SENTENCE_END = /[.!?…。]["”’»)]?$/;

/**
 * A soft hyphen only says where a word may be broken across lines: the reader
 * sees none (unless the line breaks there), so the text has none either, and
 * "Mit\u00adtel\u00adal\u00adter" is one word for the analyser's word lists.
 */
const SOFT_HYPHEN = 0xad;

/** CSS collapsible white space (not U+00A0, which a page means to keep). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

const enum Break {
  None = 0,
  Line = 1,
  Paragraph = 2,
}

/**
 * Parts of text joined into one piece at a time as the text grows, so that
 * the last step, which the extraction cannot pause in, joins a few hundred
 * pieces rather than every part of the article (80,000 on a 5 MB one).
 */
const PARTS_PER_PIECE = 256;

export class TextBuilder {
  /** The text so far: joined `pieces`, then `parts`. */
  private readonly pieces: string[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  private pendingBreak: Break = Break.None;
  private pendingSpace = false;
  /**
   * Copied text not yet in `parts`: `runData[runFrom, runTo)`. Words copied
   * one after another from the same node (with the single spaces between
   * them) go into `parts` as one string, not one string a word: far less
   * for the garbage collector on a long article.
   */
  private runData = '';
  private runFrom = 0;
  private runTo = 0;
  /** Where the paragraph being built starts in the text. */
  private paragraphStart = 0;
  /** Characters in finished paragraphs of prose (long, or ending like a sentence). */
  private inLongParagraphs = 0;
  /** The last two characters copied, to tell whether the paragraph ends like a sentence. */
  private lastChars = '';

  /** `longParagraphChars`: how long a paragraph must be to count in `charsInLongParagraphs`. */
  constructor(private readonly longParagraphChars = Infinity) {}

  /** A block starts or ends here. */
  blockBoundary(): void {
    this.pendingBreak = Break.Paragraph;
  }

  /** A `<br>`: a line break; a second one in a row ends the paragraph. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak === Break.None ? Break.Line : Break.Paragraph;
  }

  /**
   * Appends `node`'s text from `from` on, and stops after the first run of
   * white space that reaches `stopAt`, so that a long node can be appended in
   * parts with pauses between them (the builder keeps its state, so the parts
   * give what one call would). Returns where it stopped: `node.data.length`
   * once the whole node is in.
   */
  appendTextNode(node: Text, from = 0, stopAt = Infinity): number {
    const data = node.data;
    COLLAPSIBLE_SPACE.lastIndex = from;
    let wordStart = from;
    // Each character looked at once: a search of the node per word would cover the rest of a long node each time.
    const appendWord = (start: number, end: number): void => {
      for (let at = start; at < end; at++) {
        if (data.charCodeAt(at) !== SOFT_HYPHEN) continue;
        if (at > start) this.appendWord(node, data, start, at);
        start = at + 1;
      }
      if (end > start) this.appendWord(node, data, start, end);
    };
    let match: RegExpExecArray | null;
    while ((match = COLLAPSIBLE_SPACE.exec(data)) !== null) {
      if (match.index > wordStart) appendWord(wordStart, match.index);
      this.pendingSpace = true;
      wordStart = match.index + match[0].length;
      if (wordStart >= stopAt) {
        this.endRun();
        return wordStart;
      }
    }
    if (wordStart < data.length) appendWord(wordStart, data.length);
    // The node may change while the job pauses: what was copied is taken from the data read now.
    this.endRun();
    return data.length;
  }

  get text(): string {
    this.endRun();
    // One join, not two joined by `+`: that makes a rope, which the first slice or send of the
    // text copies whole again (7-20 ms for a million characters, in one step that cannot pause).
    return this.pieces.concat(this.parts).join('');
  }

  /** Characters of text so far. */
  get size(): number {
    return this.length;
  }

  /**
   * Characters of text in paragraphs of prose (blocks, or runs ended by two
   * `<br>`): at least `longParagraphChars` long, or ending like a sentence.
   */
  get charsInLongParagraphs(): number {
    const last = this.length - this.paragraphStart;
    return this.inLongParagraphs + (this.isProse(last) ? last : 0);
  }

  private isProse(length: number): boolean {
    return length >= this.longParagraphChars || (length > 0 && SENTENCE_END.test(this.lastChars));
  }

  /** Copies `data[from, to)` (`data` is `node.data`), a stretch without collapsible white space. */
  private appendWord(node: Text, data: string, from: number, to: number): void {
    if (this.length > 0 && this.pendingBreak !== Break.None) {
      if (this.pendingBreak === Break.Paragraph) this.endParagraph();
      this.insert(this.pendingBreak === Break.Paragraph ? '\n\n' : '\n');
    } else if (this.length > 0 && this.pendingSpace) {
      // One plain space in the same node, right after the previous stretch:
      // copy it rather than insert one, so the segment stays whole.
      const last = this.segments[this.segments.length - 1];
      const lastEndInNode = last ? last.nodeOffset + (last.end - last.start) : -1;
      if (last && last.node === node && last.end === this.length && lastEndInNode === from - 1 && data[from - 1] === ' ') {
        this.copy(node, data, from - 1, to);
        this.pendingBreak = Break.None;
        this.pendingSpace = false;
        return;
      }
      this.insert(' ');
    }
    this.pendingBreak = Break.None;
    this.pendingSpace = false;
    this.copy(node, data, from, to);
  }

  private endParagraph(): void {
    const length = this.length - this.paragraphStart;
    if (this.isProse(length)) this.inLongParagraphs += length;
    this.paragraphStart = this.length + 2;
  }

  private insert(chars: string): void {
    this.endRun();
    this.addPart(chars);
    this.length += chars.length;
  }

  private addPart(part: string): void {
    this.parts.push(part);
    if (this.parts.length < PARTS_PER_PIECE) return;
    this.pieces.push(this.parts.join(''));
    this.parts.length = 0;
  }

  private copy(node: Text, data: string, from: number, to: number): void {
    this.lastChars = (this.lastChars + data.slice(Math.max(from, to - 2), to)).slice(-2);
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeOffset + (last.end - last.start) === from) {
      last.end += to - from;
    } else {
      this.segments.push({ start: this.length, end: this.length + (to - from), node, nodeOffset: from });
    }
    if (this.runTo > this.runFrom && this.runData === data && this.runTo === from) {
      this.runTo = to;
    } else {
      this.endRun();
      this.runData = data;
      this.runFrom = from;
      this.runTo = to;
    }
    this.length += to - from;
  }

  /** Puts the copied run into `parts`. */
  private endRun(): void {
    if (this.runTo > this.runFrom) this.addPart(this.runData.slice(this.runFrom, this.runTo));
    this.runData = '';
    this.runFrom = 0;
    this.runTo = 0;
  }
}

/** The commas the scoring counts: ",", "，", "、", "،". */
const COMMA = 0x2c;
const FULLWIDTH_COMMA = 0xff0c;
const IDEOGRAPHIC_COMMA = 0x3001;
const ARABIC_COMMA = 0x060c;

/**
 * What a text shows: its length with runs of white space counted once,
 * leading and trailing ones not at all, and its commas (in the scripts the
 * scoring reads). Fed in consecutive parts, so that a text node of megabytes
 * is measured with pauses between the parts.
 */
export class TextMeasure {
  private shown = 0;
  private inSpace = true;
  commas = 0;

  /** Measures `data[from, to)`, the part right after the last one measured. */
  add(data: string, from: number, to: number): void {
    let shown = this.shown;
    let inSpace = this.inSpace;
    let commas = this.commas;
    for (let i = from; i < to; i++) {
      const code = data.charCodeAt(i);
      if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12) {
        if (!inSpace) shown++;
        inSpace = true;
      } else {
        shown++;
        inSpace = false;
        if (code === COMMA || code === FULLWIDTH_COMMA || code === IDEOGRAPHIC_COMMA || code === ARABIC_COMMA) commas++;
      }
    }
    this.shown = shown;
    this.inSpace = inSpace;
    this.commas = commas;
  }

  /** Visible characters so far (a trailing run of white space not counted). */
  get chars(): number {
    return this.inSpace && this.shown > 0 ? this.shown - 1 : this.shown;
  }
}

/** Collapses white space the same way, for short strings (titles). */
export function collapseSpace(text: string): string {
  return text.replace(COLLAPSIBLE_SPACE, ' ').trim();
}
