/**
 * The one tokenizer of the analyser's stages: a sentence as words and single
 * punctuation marks, with their offsets in the text. Attribution reads a
 * compound ("Texas-based", "U.S.", "PG&E") as one word, because a name or a
 * title is; conditions read it part by part, as their markers and traps
 * are written and as a clause's dashes and brackets are found.
 */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** `lower` without invisible characters and without a possessive "'s" / "'". */
  bare: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Ends in a possessive "'s" / "’s" / "s'". */
  possessive: boolean;
}

/** How a word may be built: whole compounds, or only letters and inner apostrophes ("didn't"). */
export type WordShape = 'compound' | 'simple';

const TOKEN: Record<WordShape, RegExp> = {
  /**
   * Dotted abbreviations ("U.S."), words with inner apostrophes, hyphens,
   * periods or ampersands ("Orlov's", "Texas-based", "PG&E", "Polygraph.info"),
   * numbers with thousands separators ("10,000") or slashes ("9/11", "24/7"), a number after the numero sign
   * ("№ 12", "№12": a designation, as "School 12" is, read whole so that no symbol splits the phrase), or one
   * punctuation character.
   */
  compound: /№\s?\p{N}+(?:[\-\/]?\p{L}{1,2}(?!\p{L}))?|(?:\p{L}\.){2,}(?:['’]s)?|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?!\p{N})|\p{N}+(?:\/\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:['’\-&.]|\p{Cf}+)[\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu,
  simple: /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu,
};
/** Soft hyphens and zero-width characters: invisible, so not part of a word's spelling. */
const INVISIBLE = /\p{Cf}/gu;
const POSSESSIVE = /['’]s$|s['’]$/;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{M}\p{N}№]/u;

/** Lower case, one apostrophe for all ("didn’t" = "didn't"), as lexicons write their words. */
export const lowerWord = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** The tokens of text[offset, end). */
export function tokenize(text: string, offset: number, end: number, shape: WordShape = 'compound'): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(offset, end);
  for (const m of slice.matchAll(TOKEN[shape])) {
    let raw = m[0];
    const start = offset + m.index;
    const isWord = WORD_START.test(raw);
    // A trailing apostrophe is kept only as a plural possessive ("officials'").
    if (isWord && /['’]$/.test(raw) && !/s['’]$/i.test(raw)) {
      raw = raw.slice(0, -1);
    }
    const lower = lowerWord(raw);
    const visible = lower.replace(INVISIBLE, '');
    const possessive = isWord && POSSESSIVE.test(visible) && visible.length > 2;
    tokens.push({
      text: raw,
      lower,
      bare: possessive ? visible.replace(/'s$|'$/, '') : visible,
      start,
      end: start + raw.length,
      isWord,
      capitalized: UPPER_START.test(raw),
      possessive,
    });
  }
  return tokens;
}

/**
 * A phrase written in a lexicon as the text is tokenised in `shape`: the
 * lower-case forms of its words and marks ("за умови, що" → за · умови · , · що).
 */
export function phraseTokens(phrase: string, shape: WordShape): string[] {
  return [...phrase.matchAll(TOKEN[shape])].map((m) => lowerWord(m[0]));
}
