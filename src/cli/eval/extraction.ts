/**
 * Scores the extractor beside @mozilla/readability, run on the same pages in
 * the same run, on two sets, each with its own measure:
 *
 * - the Article Extraction Benchmark (`../shared/corpus/aeb`: gzipped pages +
 *   ground-truth.json), with the benchmark's shingle metric (below);
 * - the development half of Trafilatura's evaluation set
 *   (`../shared/corpus/trafilatura-dev`: gzipped pages as served +
 *   segments.json), with Trafilatura's with/without-segment measure
 *   (`evaluateSegments`).
 *
 * The metric follows the benchmark's evaluate.py: tokens are runs of word
 * characters (Python's `\w`: letters, digits, underscore), shingles are
 * 4-token n-grams counted with multiplicity (a text shorter than four tokens
 * is one shorter shingle), each page's TP/FP/FN are normalised to sum to 1,
 * precision is averaged over pages with TP+FP > 0, recall over pages with
 * TP+FN > 0, and F1 is taken of the two averages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../page/dom';
import { extractArticleOrDeclared } from '../../page/extract';
import { decodeHtml } from '../decode';
import { InputError } from '../errors';

export const SHINGLE_SIZE = 4;

/** Python's `\w` under re.UNICODE: letters (L*), numbers (N*), underscore. */
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractorScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface PageExtraction {
  id: string;
  url: string;
  ours: PageCounts & { f1: number };
  readability: PageCounts & { f1: number };
  /** Milliseconds spent in extraction on this page. */
  oursMs: number;
  readabilityMs: number;
}

export interface ExtractionEvaluation {
  pages: number;
  ours: ExtractorScore;
  readability: ExtractorScore;
  /** Pages where each extractor found no article at all. */
  noArticle: { ours: number; readability: number };
  perPage: PageExtraction[];
  /** Total extraction time, milliseconds (parsing not included). */
  oursMs: number;
  readabilityMs: number;
}

export function tokenize(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

function shingleCounts(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    // U+0000 never occurs inside a \w token, so the key is unambiguous.
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle TP/FP/FN, normalised to sum to 1 (all 0 when both texts are empty). */
export function shingleMatch(truth: string, predicted: string): PageCounts {
  const truthShingles = shingleCounts(truth);
  const predictedShingles = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, truthCount] of truthShingles) {
    const predictedCount = predictedShingles.get(key) ?? 0;
    tp += Math.min(truthCount, predictedCount);
    fn += Math.max(0, truthCount - predictedCount);
  }
  for (const [key, predictedCount] of predictedShingles) {
    fp += Math.max(0, predictedCount - (truthShingles.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** The benchmark's aggregate: per-page precision and recall averaged, then F1. */
export function aggregate(pages: PageCounts[]): ExtractorScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  return { precision, recall, f1: f1Of(precision, recall) };
}

function withF1(counts: PageCounts): PageCounts & { f1: number } {
  return { ...counts, f1: f1Of(precisionOf(counts), recallOf(counts)) };
}

/** What the two extractors found in one page, and how long each took (parsing not included). */
interface BothExtractions {
  ours: { title: string; text: string } | null;
  readability: { title: string; text: string } | null;
  oursMs: number;
  readabilityMs: number;
}

function extractBoth(html: string, url: string | undefined): BothExtractions {
  const doc = parseHtml(html, url);
  let started = performance.now();
  // As the command line reads a page (the extension gives no text from metadata alone).
  const article = extractArticleOrDeclared(doc);
  const oursMs = performance.now() - started;

  // Readability changes the document it reads, so it gets a DOM of its own.
  const readabilityDoc = parseHtml(html, url);
  started = performance.now();
  const parsed = new Readability(readabilityDoc).parse();
  const readabilityMs = performance.now() - started;
  return {
    ours: article && { title: article.title, text: article.text },
    readability: parsed && { title: parsed.title ?? '', text: parsed.textContent ?? '' },
    oursMs,
    readabilityMs,
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** `../shared/corpus/aeb` beside the repository. */
export const DEFAULT_AEB_DIR = path.resolve(here, '../../../../shared/corpus/aeb');

interface GroundTruthEntry {
  articleBody?: string;
  url?: string;
}


export async function evaluateExtraction(options: { corpusDir?: string; only?: string[] } = {}): Promise<ExtractionEvaluation> {
  const corpusDir = options.corpusDir ?? DEFAULT_AEB_DIR;
  const truthPath = path.join(corpusDir, 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`AEB corpus not found: ${truthPath}`);
  const groundTruth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, GroundTruthEntry>;
  const ids = Object.keys(groundTruth).filter((id) => !options.only || options.only.includes(id));
  const perPage: PageExtraction[] = [];
  const noArticle = { ours: 0, readability: 0 };
  for (const id of ids) {
    // The parser frees a retired window asynchronously: give it its turn, or memory grows with the set.
    await new Promise((resolve) => setImmediate(resolve));
    const truth = groundTruth[id].articleBody ?? '';
    const url = groundTruth[id].url ?? '';
    const html = gunzipSync(readFileSync(path.join(corpusDir, 'html', `${id}.html.gz`))).toString('utf8');

    const found = extractBoth(html, url || undefined);
    if (!found.ours) noArticle.ours++;
    if (!found.readability) noArticle.readability++;
    perPage.push({
      id,
      url,
      ours: withF1(shingleMatch(truth, found.ours?.text ?? '')),
      readability: withF1(shingleMatch(truth, found.readability?.text ?? '')),
      oursMs: found.oursMs,
      readabilityMs: found.readabilityMs,
    });
  }
  return {
    pages: perPage.length,
    ours: aggregate(perPage.map((p) => p.ours)),
    readability: aggregate(perPage.map((p) => p.readability)),
    noArticle,
    perPage,
    oursMs: perPage.reduce((sum, p) => sum + p.oursMs, 0),
    readabilityMs: perPage.reduce((sum, p) => sum + p.readabilityMs, 0),
  };
}

/** `../shared/corpus/trafilatura-dev` beside the repository. */
export const DEFAULT_TRAFILATURA_DEV_DIR = path.resolve(here, '../../../../shared/corpus/trafilatura-dev');

/** Trafilatura's measure, pooled over pages: "with" segments found are TP, missed FN; "without" segments found are FP. */
export interface SegmentScore extends ExtractorScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageSegments {
  id: string;
  url: string;
  ours: { tp: number; fp: number; fn: number };
  readability: { tp: number; fp: number; fn: number };
  /** Why the page could not be decoded, when it could not (it then scores as no article). */
  refused: string | null;
  oursFound: boolean;
  readabilityFound: boolean;
  oursMs: number;
  readabilityMs: number;
}

export interface SegmentEvaluation {
  pages: number;
  ours: SegmentScore;
  readability: SegmentScore;
  noArticle: { ours: number; readability: number };
  /** Pages the decoder refused, with its reason. */
  refused: { id: string; reason: string }[];
  perPage: PageSegments[];
  oursMs: number;
  readabilityMs: number;
}

interface SegmentEntry {
  url?: string;
  with?: string[];
  without?: string[];
}

/** White space collapsed, as Trafilatura's evaluation compares text. */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One page's segment counts for the title and text an extractor gave (null: nothing found). */
export function segmentMatch(entry: { with: readonly string[]; without: readonly string[] }, found: { title: string; text: string } | null) {
  const text = found ? flatten(`${found.title} ${found.text}`) : '';
  const tp = entry.with.filter((segment) => text.includes(flatten(segment))).length;
  const fp = found ? entry.without.filter((segment) => text.includes(flatten(segment))).length : 0;
  return { tp, fp, fn: entry.with.length - tp };
}

/** Pooled precision, recall and F1 of segment counts. */
export function pooledSegmentScore(pages: readonly { tp: number; fp: number; fn: number }[]): SegmentScore {
  const tp = pages.reduce((sum, p) => sum + p.tp, 0);
  const fp = pages.reduce((sum, p) => sum + p.fp, 0);
  const fn = pages.reduce((sum, p) => sum + p.fn, 0);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: f1Of(precision, recall) };
}

/**
 * Trafilatura's development pages, decoded as the command line decodes a
 * saved page (their bytes are as served, not all UTF-8), each extractor
 * scored with the with/without measure (the set's README).
 */
export async function evaluateSegments(options: { corpusDir?: string; only?: string[] } = {}): Promise<SegmentEvaluation> {
  const corpusDir = options.corpusDir ?? DEFAULT_TRAFILATURA_DEV_DIR;
  const segmentsPath = path.join(corpusDir, 'segments.json');
  if (!existsSync(segmentsPath)) throw new Error(`Trafilatura dev corpus not found: ${segmentsPath}`);
  const entries = JSON.parse(readFileSync(segmentsPath, 'utf8')) as Record<string, SegmentEntry>;
  const ids = Object.keys(entries).filter((id) => !options.only || options.only.includes(id));
  const perPage: PageSegments[] = [];
  for (const id of ids) {
    // The parser frees a retired window asynchronously: give it its turn, or memory grows with the set.
    await new Promise((resolve) => setImmediate(resolve));
    const entry = { with: entries[id].with ?? [], without: entries[id].without ?? [] };
    const url = entries[id].url ?? '';
    const bytes = new Uint8Array(gunzipSync(readFileSync(path.join(corpusDir, 'pages', `${id}.html.gz`))));
    let html: string | null = null;
    let refused: string | null = null;
    try {
      html = decodeHtml(bytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused = error.message;
    }
    // The set's addresses are labels ("hard::site.html"), not URLs a DOM could take.
    const found = html === null ? null : extractBoth(html, undefined);
    perPage.push({
      id,
      url,
      ours: segmentMatch(entry, found?.ours ?? null),
      readability: segmentMatch(entry, found?.readability ?? null),
      refused,
      oursFound: Boolean(found?.ours),
      readabilityFound: Boolean(found?.readability),
      oursMs: found?.oursMs ?? 0,
      readabilityMs: found?.readabilityMs ?? 0,
    });
  }
  return {
    pages: perPage.length,
    ours: pooledSegmentScore(perPage.map((p) => p.ours)),
    readability: pooledSegmentScore(perPage.map((p) => p.readability)),
    noArticle: {
      ours: perPage.filter((p) => !p.oursFound).length,
      readability: perPage.filter((p) => !p.readabilityFound).length,
    },
    refused: perPage.filter((p) => p.refused !== null).map((p) => ({ id: p.id, reason: p.refused! })),
    perPage,
    oursMs: perPage.reduce((sum, p) => sum + p.oursMs, 0),
    readabilityMs: perPage.reduce((sum, p) => sum + p.readabilityMs, 0),
  };
}
