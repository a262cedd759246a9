/**
 * Names the article itself shows to be names. A capital opening a sentence
 * says nothing of the word ("Google officials said" and "Housing advocates
 * said" look alike there); the rest of the article does: a word that stands
 * capitalised on its own inside a sentence ("said the Pentagon", "at Alibaba,")
 * and is never written in lower case is a name wherever it opens a sentence.
 */

/** A capitalised word ("Pentagon", "Al-Jazeera"), not inside another word. */
const CAPITAL_WORD = /(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*/gu;
/** Lower-case words, to rule out the capitalised ones also written so. */
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}'’\-])\p{Ll}[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+)*/gu;

/**
 * The words (lower case) written capitalised on their own inside a sentence (after a lower-case
 * word that joins no name, `nameJoiners`, and before no other capital), never in lower case, and never a
 * surname: after a given name or a title inside a sentence ("… said Jane Roe", "Ms. Roe"), a
 * name is a person's, and "Roe supporters" are no body's voice.
 */
export function documentNames(text: string, nameJoiners: readonly string[]): Set<string> {
  const joiners = new Set(nameJoiners);
  const lowered = new Set<string>();
  for (const m of text.matchAll(LOWER_WORD)) lowered.add(m[0]);
  const alone = new Set<string>();
  const surnames = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    let spaceStart = start;
    while (spaceStart > 0 && /\s/u.test(text[spaceStart - 1])) spaceStart--;
    if (spaceStart === start) continue;
    const previous = previousWord(text, start);
    if (previous === null) continue;
    const previousText = text.slice(previous.start, previous.end);
    const previousCapital = /^\p{Lu}/u.test(previousText);
    // "… said Jane Roe", "Ms. Roe": after a given name inside a sentence, or a title, a surname.
    const afterGivenName = previousCapital && previous.end === spaceStart && insideSentence(text, previous.start);
    const afterTitle = previousCapital && /^\p{Lu}\p{Ll}{0,3}$/u.test(previousText) && previous.end + 1 === spaceStart && text[previous.end] === '.';
    if (afterGivenName || afterTitle) surnames.add(lower);
    // Inside a sentence: a lower-case word that joins no name ends right before it, across white space.
    if (!insideSentence(text, start) || joiners.has(previousText) || !/^\p{Ll}/u.test(previousText)) continue;
    // Not before another capital ("the Housing Authority"), across white space or a comma.
    let after = end;
    while (after < text.length && /[\s,]/u.test(text[after])) after++;
    if (after < text.length && /\p{Lu}/u.test(text[after])) continue;
    if (!lowered.has(lower)) alone.add(lower);
  }
  for (const surname of surnames) alone.delete(surname);
  return alone;
}

/** Is the word at `start` inside its sentence: a word, a figure or a comma before it, across white space? */
function insideSentence(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && /\s/u.test(text[k - 1])) k--;
  return k > 0 && k < start && /[\p{L}\p{M}\p{N},]/u.test(text[k - 1]);
}

/** The word that ends before `end` (white space and commas aside), or null. */
function previousWord(text: string, end: number): { start: number; end: number } | null {
  let e = end;
  while (e > 0 && /[\s,.]/u.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{M}'’\-]/u.test(text[s - 1])) s--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * The names among `names` that open a sentence or a clause of `text` (sorted): what a paragraph's
 * reading needs of them, the capitals elsewhere being read by their place. (Kept this small, a
 * paragraph is read again only when the article changes what one of its openings is.)
 */
export function namesIn(text: string, names: ReadonlySet<string>): string[] {
  if (names.size === 0) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) {
    const lower = m[0].toLowerCase();
    if (names.has(lower) && !insideSentence(text, m.index!)) found.add(lower);
  }
  return [...found].sort();
}
