/**
 * Names the article itself shows to be names. A capital opening a sentence
 * says nothing of the word ("Google officials said" and "Housing advocates
 * said" look alike there); the rest of the article does: a word that stands
 * capitalised on its own inside a sentence ("said the Pentagon", "at Alibaba,")
 * and is never written in lower case is a name wherever it opens a sentence,
 * and one it writes in lower case elsewhere is a common word there ("Law
 * enforcement officials" where "law" is written so).
 */

/** A word: letters, marks and digits, with inner apostrophes and hyphens ("O'Malley's", "Al-Jazeera"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
/** A capitalised word, then lower case only ("Pentagon", "Al-Jazeera"), with its possessive ending apart. */
const CAPITALISED = /^(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*)(?:['’]s?)?$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const COMMA = 0x2c;
const PERIOD = 0x2e;
/** White space, as `\s` reads it, by its code (a regular expression per character is slow here). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** A title's short capitalised word and its period ("Ms. Roe", "Sen. Roe"). */
const TITLE = /^\p{Lu}\p{Ll}{0,3}$/u;

/** The article's names, and where each opens a sentence or a clause. */
export interface DocumentNames {
  /** The names, lower case. */
  names: Set<string>;
  /**
   * Capitalised words opening a sentence or a clause (their start, lower case), in text order, that the
   * article shows to be names, or (`common`) common words: it writes them in lower case elsewhere.
   */
  openings: { start: number; name: string; common: boolean }[];
  /** Every word (lower case) the article writes capitalised inside a sentence, names of people included: a capital that is no sentence's. */
  capitalisedInside: Set<string>;
}

/**
 * The words (lower case) written capitalised on their own inside a sentence (after a lower-case
 * word that joins no name, `nameJoiners`, and before no other capital), never in lower case, and never a
 * surname: after a given name or a title inside a sentence ("… said Jane Roe", "Ms. Roe"), a
 * name is a person's, and "Roe supporters" are no body's voice. One pass over the words. `functionWords`:
 * capitals no opening is recorded for as common.
 */
export function documentNames(text: string, nameJoiners: readonly string[], functionWords: readonly string[] = []): DocumentNames {
  const joiners = new Set(nameJoiners);
  const skipped = new Set(functionWords);
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  // Only white space between the words k - 1 and k, after `mark` (a character code) if given; `markOptional`: or without it.
  const spaceBetween = (k: number, mark: number | null = null, markOptional = false) => {
    let i = words[k - 1].end;
    const end = words[k].start;
    if (mark !== null && text.charCodeAt(i) === mark) i++;
    else if (mark !== null && !markOptional) return false;
    if (i >= end) return false;
    for (; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
    return true;
  };
  const lowered = new Set<string>();
  const alone = new Set<string>();
  const surnames = new Set<string>();
  const capitalisedInside = new Set<string>();
  const opening: { start: number; name: string }[] = [];
  // Is word k inside its sentence: only white space, or a comma and white space, since the word before?
  const inside = (k: number) => k > 0 && spaceBetween(k, COMMA, true);
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (LOWER_FIRST.test(word.text)) {
      lowered.add(word.text);
      continue;
    }
    const capitalised = CAPITALISED.exec(word.text);
    if (!capitalised) continue;
    const lower = capitalised[1].toLowerCase();
    if (inside(k)) capitalisedInside.add(lower);
    else {
      opening.push({ start: word.start, name: lower });
      // "Ms. Roe": after a title, a surname.
      const previous = words[k - 1];
      if (previous && TITLE.test(previous.text) && spaceBetween(k, PERIOD)) {
        surnames.add(lower);
        capitalisedInside.add(lower);
      }
      continue;
    }
    const previous = words[k - 1];
    // "… said Jane Roe": after a given name inside a sentence, a surname.
    if (UPPER_FIRST.test(previous.text)) {
      if (spaceBetween(k) && inside(k - 1)) surnames.add(lower);
      continue;
    }
    if (joiners.has(previous.text) || !LOWER_FIRST.test(previous.text)) continue;
    // Not before another capital ("the Housing Authority"), across white space or a comma.
    const next = words[k + 1];
    if (next && UPPER_FIRST.test(next.text) && spaceBetween(k + 1, COMMA, true)) continue;
    alone.add(lower);
  }
  const names = new Set([...alone].filter((name) => !lowered.has(name) && !surnames.has(name)));
  // (Function words, `functionWords`, are common everywhere and left out: "The", "But".)
  const openings = opening.flatMap((o) => (names.has(o.name) ? [{ ...o, common: false }] : lowered.has(o.name) && !skipped.has(o.name) ? [{ ...o, common: true }] : []));
  return { names, openings, capitalisedInside };
}
