/**
 * Direct quotations in every common style: “ ” " " « » „ “ ‘ ’ and straight
 * quotes, and direct speech opened by a dash at a paragraph's start. A quotation may run over several sentences, and over several
 * paragraphs when a paragraph opens a quote without closing it and the next
 * paragraph reopens it (the newspaper convention). A quote that is never
 * closed is dropped rather than allowed to swallow the rest of the article.
 *
 * One pass over the text, no backtracking: linear in its length.
 */
import type { Span } from './types';

/** A quotation, its marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** True when the quotation opens and closes inside one paragraph. */
  withinParagraph: boolean;
}

/** Marks that open a quotation, with the marks that may close it. */
const CLOSERS_BY_OPENER: Readonly<Record<string, string>> = {
  '“': '”“"',
  '„': '“”"',
  '«': '»',
  '"': '"”',
  '‘': '’\'',
  "'": "'’",
};

/** Any mark that opens or closes a quotation: at any other character nothing happens. */
const QUOTE_MARK = new RegExp(
  `[${[...new Set(Object.entries(CLOSERS_BY_OPENER).flat().join(''))].join('').replace(/[\]\\^-]/g, '\\$&')}]`,
  'g',
);

/** Single-quote styles: closed only inside their paragraph, never continued. */
const SINGLE_QUOTE_OPENERS = '‘\'';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters after which a straight quote opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-\/:;,]/u;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function opensHere(text: string, i: number, paragraphStart: number): boolean {
  const ch = text[i];
  if (!(ch in CLOSERS_BY_OPENER)) return false;
  const before = i > paragraphStart ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (ch === '"' || ch === "'" || ch === '‘') {
    // Straight and single quotes open only at a word's start: "rock 'n' roll"
    // and apostrophes ("don't") stay out.
    if (before !== undefined && !OPENING_CONTEXT.test(before) && !(before in CLOSERS_BY_OPENER)) return false;
    if (ch !== '"' && !isLetterOrDigit(after)) return false;
    if (after === undefined || /\s/.test(after)) return false;
  }
  return true;
}

function closesHere(text: string, i: number, opener: string, paragraphEnd: number): boolean {
  const ch = text[i];
  if (!CLOSERS_BY_OPENER[opener].includes(ch)) return false;
  const after = i + 1 < paragraphEnd ? text[i + 1] : undefined;
  if (SINGLE_QUOTE_OPENERS.includes(opener) || opener === "'") {
    // ’ inside a word is an apostrophe ("don’t", "Orlov’s").
    return !isLetterOrDigit(after);
  }
  if (ch === '“' && opener === '“') {
    // Same-mark pairs only close where a word ends.
    return !isLetterOrDigit(after);
  }
  if (ch === '"') {
    const before = text[i - 1];
    return !(before !== undefined && /\s/.test(before) && isLetterOrDigit(after));
  }
  return true;
}

/**
 * Two apostrophes standing for a double quotation mark (''…''), as typewritten
 * copy and older news archives write it; a pair opens only before a word and
 * closes only after one.
 */
const TWO_APOSTROPHES = "''";
const isTwoApostrophes = (text: string, i: number) => text.startsWith(TWO_APOSTROPHES, i);
function twoApostrophesOpen(text: string, i: number, paragraphStart: number): boolean {
  const before = i > paragraphStart ? text[i - 1] : undefined;
  return isTwoApostrophes(text, i) && (before === undefined || OPENING_CONTEXT.test(before)) && isLetterOrDigit(text[i + 2]) ;
}

/** Two right single quotation marks standing for a closing double one, and the marks they may close. */
const TWO_RIGHT_SINGLES = '’’';
const DOUBLE_OPENERS = '“"„';

/** The opening mark at `i` ("''" counts as one), or null. */
function openerAt(text: string, i: number, paragraphStart: number): string | null {
  if (twoApostrophesOpen(text, i, paragraphStart)) return TWO_APOSTROPHES;
  return opensHere(text, i, paragraphStart) ? text[i] : null;
}

/** The first opening mark of a paragraph, if it starts with one (white space aside). */
function paragraphOpensWith(text: string, paragraph: Span): string | null {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i])) i++;
  return i < paragraph.end ? openerAt(text, i, paragraph.start) : null;
}

/** Most characters between an opening guillemet and one that opens a title inside the title ("«ФК «Горизонт»", "«ТОВ «…»"). */
const MAX_TITLE_PREFIX = 12;

/**
 * Finds the quotations of `text`, given its paragraphs (in order, not
 * overlapping). Quotations are returned in text order and never nest.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const nextMark = markFinder(text);
  // A quote carried over from the previous paragraph (opened, not closed).
  let carried: { start: number; opener: string } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    let open: { start: number; opener: string } | null = null;
    // Guillemets inside guillemets ("«… аналитик ИК «Меридиан» Марина Кольцова …»"): a quoted name, not the close; where
    // the outer quotation never closes in the paragraph, the inner mark closed both ("«Ніколи не кажи «ніколи» таки …").
    let nested = 0;
    let nestedClosedAt = -1;
    let i = paragraph.start;
    if (carried) {
      // Reopened: skip the mark that reopens it.
      while (i < paragraph.end && /\s/.test(text[i])) i++;
      open = carried;
      i += paragraphOpensWith(text, paragraph)?.length ?? 1;
      carried = null;
    }
    if (open === null) {
      const speech = dashSpeech(text, paragraph);
      if (speech) {
        quotes.push(speech);
        i = speech.end;
      }
    }
    for (; (i = nextMark(i)) < paragraph.end; i++) {
      if (open === null) {
        const opener = openerAt(text, i, paragraph.start);
        if (opener !== null) open = { start: i, opener };
        if (opener === TWO_APOSTROPHES) i++;
      } else if (open.opener === TWO_APOSTROPHES) {
        // Only another pair closes it; a lone apostrophe inside is one ("don't").
        if (isTwoApostrophes(text, i) && /[\p{L}\p{N}.,!?;:…—–-]/u.test(text[i - 1])) {
          quotes.push({ start: open.start, end: i + 2, withinParagraph: open.start >= paragraph.start });
          open = null;
          i++;
        }
      } else if (DOUBLE_OPENERS.includes(open.opener) && text.startsWith(TWO_RIGHT_SINGLES, i) && /[\p{L}\p{N}.,!?;:…—–-]/u.test(text[i - 1])) {
        // ("…,’’ Will Moy said": two right single marks close a double quotation, as converted copy writes it.)
        pushSpeakerBroken(quotes, text, { start: open.start, end: i + 2, withinParagraph: open.start >= paragraph.start });
        open = null;
        i++;
      } else if (open.opener === '«' && text[i] === '«' && (nested > 0 || i - open.start > MAX_TITLE_PREFIX)) {
        // (Not a title inside a title right after its opening, "«ФК «Горизонт»", which one mark closes, or two: "»»".)
        nested++;
      } else if (nested > 0 && open.opener === '«' && text[i] === '»') {
        if (--nested === 0) nestedClosedAt = i;
      } else if (closesHere(text, i, open.opener, paragraph.end)) {
        pushSpeakerBroken(quotes, text, { start: open.start, end: i + 1, withinParagraph: open.start >= paragraph.start });
        open = null;
      }
    }
    if (open !== null && nestedClosedAt > open.start) {
      pushSpeakerBroken(quotes, text, { start: open.start, end: nestedClosedAt + 1, withinParagraph: open.start >= paragraph.start });
      open = null;
    }
    if (open !== null) {
      const next = paragraphs[p + 1];
      const continues =
        next !== undefined &&
        !SINGLE_QUOTE_OPENERS.includes(open.opener) &&
        paragraphOpensWith(text, next) !== null;
      // Unclosed and not continued: dropped, so it swallows nothing.
      if (continues) carried = open;
    }
  }
  return quotes;
}

/**
 * The offset of the first quotation mark at or after a given one (the
 * text's length if none): asked with offsets that only grow, it reads the
 * text once.
 */
function markFinder(text: string): (from: number) => number {
  let askedFrom = 0;
  let found = -1;
  return (from) => {
    if (from < askedFrom || from > found) {
      QUOTE_MARK.lastIndex = from;
      found = QUOTE_MARK.exec(text)?.index ?? text.length;
    }
    askedFrom = from;
    return found;
  };
}

/**
 * The author's words set inside a quotation between dashes ("«Сьогодні, – запевнив він, – усе
 * буде»"): not quoted, so the quotation is pushed as its parts around them.
 */
const SPEAKER_INSIDE = /[,!?…]\s+[—–]\s+(?:[^—–«»"“”„]|«[^«»]{1,40}»){1,80}?[,.:]\s+[—–]\s+/gu;

function pushSpeakerBroken(quotes: QuoteSpan[], text: string, quote: QuoteSpan): void {
  let from = quote.start;
  for (const match of text.slice(quote.start, quote.end).matchAll(SPEAKER_INSIDE)) {
    const at = quote.start + match.index;
    quotes.push({ ...quote, start: from, end: at + 1 });
    // (A name the author's words quote is a quotation of its own: "— говорит аналитик ИК «Меридиан» Марина Кольцова. —".)
    for (const name of match[0].matchAll(/«[^«»]+»/gu)) quotes.push({ ...quote, start: at + name.index, end: at + name.index + name[0].length });
    from = at + match[0].length;
  }
  quotes.push({ ...quote, start: from });
}

/** A paragraph opening with a dash: direct speech ("— Ми готові, — заявив він."). */
const SPEECH_DASH = /^\s*[—–]\s/u;
/**
 * Where the speaker's words break in: a comma, "!", "?" or "…" before a spaced dash, or a period before one and a
 * lower-case word ("— …обов’язково. — розповіла вона. — …").
 */
const SPEAKER_BREAK = /[,!?…]\s+[—–]\s|\.\s+[—–]\s+(?=\p{Ll})/u;

/**
 * Direct speech opened by a dash, the convention of Ukrainian and Russian
 * (and other) news: from the dash to the speaker's words ("— Ми готові,"), or
 * the whole paragraph when no speaker breaks in (an interview's answer).
 */
function dashSpeech(text: string, paragraph: Span): QuoteSpan | null {
  const body = text.slice(paragraph.start, paragraph.end);
  const opening = SPEECH_DASH.exec(body);
  if (!opening) return null;
  const start = paragraph.start + opening[0].search(/[—–]/u);
  const rest = body.slice(opening[0].length);
  const speaker = SPEAKER_BREAK.exec(rest);
  const end = speaker ? paragraph.start + opening[0].length + speaker.index + 1 : paragraph.end;
  return { start, end, withinParagraph: true };
}

/** Index of the first quote ending after offset `at` (quotes.length when none does). */
export function firstQuoteEndingAfter(quotes: readonly QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the quote holding offset `at`, or -1 (binary search over sorted quotes). */
export function quoteAt(quotes: readonly QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
