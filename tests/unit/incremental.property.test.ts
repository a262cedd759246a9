// @vitest-environment node
/**
 * The incremental analyser gives, after any sequence of edits, the very
 * Report `analyse` gives from scratch: property tests (fast-check) on real
 * article texts — the bundled sample through the extractor, the gold pages'
 * texts and the Ukrainian corpus texts when ../shared is there — edited the
 * way live pages change: paragraphs appended, inserted, deleted, split and
 * joined, a word edited, quotations opened across paragraphs or closed,
 * a paragraph switched to another language, the declared language changed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/cli/eval/sourcing';
import { loadFile } from '../../src/cli/input';
import { analyse } from '../../src/core/analyse';
import { createAnalyser } from '../../src/core/incremental';
import { parseHtml } from '../../src/page/dom';
import { extractArticle } from '../../src/page/extract';

const repoRoot = path.resolve(__dirname, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.warn(`incremental.property: ${corpusDir} absent — only the bundled sample is used`);

const BLANK_LINE = /\n\s*\n/;

function sampleText(): string {
  const html = readFileSync(path.join(repoRoot, 'samples/seed-unn-putin-conditions.html'), 'utf8');
  return extractArticle(parseHtml(html))!.text;
}

async function goldTexts(): Promise<string[]> {
  const goldDir = path.join(corpusDir, 'gold');
  if (!existsSync(goldDir)) return [];
  const texts: string[] = [];
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = readGold(path.join(goldDir, name));
    const loaded = await loadFile(path.resolve(goldDir, '..', gold.page));
    const text = loaded.kind === 'html' ? extractArticle(parseHtml(loaded.content, loaded.url))?.text : loaded.content;
    if (text) texts.push(text);
  }
  return texts;
}

function ukrainianTexts(): string[] {
  const dir = path.join(corpusDir, 'uk');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(dir, n), 'utf8'));
}

const paragraphsOf = (text: string) => text.split(BLANK_LINE).map((p) => p.trim()).filter(Boolean);

/** Words an edit may put in: cues, pronouns, condition markers, names, in both languages. */
const EDIT_WORDS = ['said', 'told', 'according to', 'he', 'they', 'unless', 'if', 'provided that', 'Putin', 'officials', 'anonymous', 'сказав', 'заявив', 'якщо', 'він', 'джерела'];
/** Marks an edit may put at a paragraph's start or end: quotations that may run on over paragraphs, dash speech, a "said:". */
const OPENERS = ['“', '"', '«', '„', '— ', '‘'];
const CLOSERS = ['”', '"', '»', '“', ' said:', '.'];

type Edit =
  | { op: 'append' | 'insert'; at: number; from: number }
  | { op: 'delete' | 'split' | 'join'; at: number }
  | { op: 'word'; at: number; word: number; position: number }
  | { op: 'open'; at: number; mark: number; both: boolean }
  | { op: 'close'; at: number; mark: number }
  | { op: 'language'; at: number; from: number }
  | { op: 'declare'; language: string | undefined };

const index = fc.nat({ max: 10_000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('append' as const), at: index, from: index }) },
  fc.record({ op: fc.constant('insert' as const), at: index, from: index }),
  fc.record({ op: fc.constantFrom('delete' as const, 'split' as const, 'join' as const), at: index }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('word' as const), at: index, word: index, position: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('open' as const), at: index, mark: index, both: fc.boolean() }) },
  fc.record({ op: fc.constant('close' as const), at: index, mark: index }),
  fc.record({ op: fc.constant('language' as const), at: index, from: index }),
  fc.record({ op: fc.constant('declare' as const), language: fc.constantFrom(undefined, 'en', 'uk', 'en-GB', 'ru') }),
);

interface Page {
  paragraphs: string[];
  language: string | undefined;
}

/** Applies one edit; `pool` gives new paragraphs, `otherPool` paragraphs in another language. */
function applyEdit(page: Page, e: Edit, pool: readonly string[], otherPool: readonly string[]): void {
  const ps = page.paragraphs;
  const at = (n: number) => (ps.length === 0 ? 0 : n % ps.length);
  switch (e.op) {
    case 'append':
      ps.push(pool[e.from % pool.length]);
      break;
    case 'insert':
      ps.splice(at(e.at), 0, pool[e.from % pool.length]);
      break;
    case 'delete':
      if (ps.length > 1) ps.splice(at(e.at), 1);
      break;
    case 'split': {
      const i = at(e.at);
      const p = ps[i] ?? '';
      const cut = p.indexOf(' ', Math.floor(p.length / 2));
      if (cut > 0) ps.splice(i, 1, p.slice(0, cut), p.slice(cut + 1));
      break;
    }
    case 'join':
      if (ps.length > 1) {
        const i = e.at % (ps.length - 1);
        ps.splice(i, 2, `${ps[i]} ${ps[i + 1]}`);
      }
      break;
    case 'word': {
      const i = at(e.at);
      const words = (ps[i] ?? '').split(' ');
      words[e.position % words.length] = EDIT_WORDS[e.word % EDIT_WORDS.length];
      ps[i] = words.join(' ');
      break;
    }
    case 'open': {
      // An opening mark, alone or on two paragraphs running: a quotation carried over paragraphs.
      const i = at(e.at);
      const mark = OPENERS[e.mark % OPENERS.length];
      ps[i] = mark + (ps[i] ?? '');
      if (e.both && i + 1 < ps.length) ps[i + 1] = mark + ps[i + 1];
      break;
    }
    case 'close': {
      const i = at(e.at);
      ps[i] = (ps[i] ?? '') + CLOSERS[e.mark % CLOSERS.length];
      break;
    }
    case 'language':
      if (otherPool.length > 0) ps[at(e.at)] = otherPool[e.from % otherPool.length];
      break;
    case 'declare':
      page.language = e.language;
      break;
  }
}

/** Runs the edits, checking after each that the incremental Report is the from-scratch one. */
function expectSameReports(start: readonly string[], edits: readonly Edit[], pool: readonly string[], otherPool: readonly string[], separator: string): void {
  const analyser = createAnalyser();
  const page: Page = { paragraphs: [...start], language: undefined };
  for (const e of [null, ...edits]) {
    if (e) applyEdit(page, e, pool, otherPool);
    const text = page.paragraphs.join(separator);
    const options = page.language ? { language: page.language } : {};
    expect(analyser.analyse(text, options)).toStrictEqual(analyse(text, options));
    const stats = analyser.stats();
    expect(stats.reused + stats.read).toBe(stats.paragraphs);
    expect(stats.cached).toBeLessThanOrEqual(stats.paragraphs);
  }
}

const EDIT_SEQUENCE = fc.array(edit, { minLength: 1, maxLength: 8 });

describe('createAnalyser: the Report after any edits is the one analyse gives from scratch', async () => {
  const english = [sampleText(), ...(await goldTexts())];
  const ukrainian = ukrainianTexts();
  const englishPool = english.flatMap(paragraphsOf);
  const ukrainianPool = ukrainian.flatMap(paragraphsOf);

  it('on the bundled sample (through the extractor), paragraphs apart by blank lines', () => {
    const paragraphs = paragraphsOf(english[0]);
    fc.assert(
      fc.property(EDIT_SEQUENCE, (edits) => expectSameReports(paragraphs, edits, englishPool, ukrainianPool, '\n\n')),
      { numRuns: 60 },
    );
  });

  it('on the bundled sample, one paragraph a line (no blank lines)', () => {
    const paragraphs = paragraphsOf(english[0]);
    fc.assert(
      fc.property(EDIT_SEQUENCE, (edits) => expectSameReports(paragraphs, edits, englishPool, ukrainianPool, '\n')),
      { numRuns: 30 },
    );
  });

  it.skipIf(english.length < 2)('on the gold pages\' texts', () => {
    fc.assert(
      fc.property(fc.nat({ max: english.length - 1 }), EDIT_SEQUENCE, (page, edits) =>
        expectSameReports(paragraphsOf(english[page]), edits, englishPool, ukrainianPool, '\n\n'),
      ),
      { numRuns: 40 },
    );
  });

  it.skipIf(ukrainian.length === 0)('on the Ukrainian corpus texts (English paragraphs switched in)', () => {
    fc.assert(
      fc.property(fc.nat({ max: Math.max(0, ukrainian.length - 1) }), EDIT_SEQUENCE, (page, edits) =>
        expectSameReports(paragraphsOf(ukrainian[page]), edits, ukrainianPool, englishPool, '\n\n'),
      ),
      { numRuns: 40 },
    );
  });
});

/** Pieces of text that drive the analyser into its paths, and the edges of Unicode and of paragraphs. */
const PIECES = [
  'said', 'told', 'according to', ' he said.', 'Putin', 'Dmitry Peskov', 'Reuters', 'sources', 'a senior official',
  'who asked not to be named', 'because', 'provided that', 'if', 'unless', 'U.S.', 'Dr.', 'сказав речник', 'якщо',
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", ',', '.', ':', '— ', '\n', '\n\n', '\r\n', ' \n \n', '😀', '\uD800', '\u00A0',
];
const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ maxLength: 4, unit: 'binary' }));
const pieceText = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', ' ')), { maxLength: 80 }).map((parts) => parts.map(([p, gap]) => p + gap).join(''));
const characterEdit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), insert: pieceText.map((t) => t.slice(0, 40)) });

describe('createAnalyser: the same on any text edited anywhere', () => {
  it('on article-like text with astral, lone-surrogate and unbalanced-quote pieces, edited character by character', () => {
    fc.assert(
      fc.property(pieceText, fc.array(characterEdit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const analyser = createAnalyser();
        let text = start;
        expect(analyser.analyse(text)).toStrictEqual(analyse(text));
        for (const { at, length, insert } of edits) {
          const from = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(from + length);
          expect(analyser.analyse(text)).toStrictEqual(analyse(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

