/**
 * Scores the extractor on the Article Extraction Benchmark
 * (`../shared/corpus/aeb`: gzipped pages + ground-truth.json) with the
 * benchmark's own metric, beside @mozilla/readability run on the same pages
 * in the same run.
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
import { extractArticle } from '../../page/extract';

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
  for (const id of ids) {
    const truth = groundTruth[id].articleBody ?? '';
    const url = groundTruth[id].url ?? '';
    const html = gunzipSync(readFileSync(path.join(corpusDir, 'html', `${id}.html.gz`))).toString('utf8');

    const doc = parseHtml(html, url || undefined);
    let started = performance.now();
    const ours = extractArticle(doc)?.text ?? '';
    const oursMs = performance.now() - started;

    // Readability changes the document it reads, so it gets a DOM of its own.
    const readabilityDoc = parseHtml(html, url || undefined);
    started = performance.now();
    const theirs = new Readability(readabilityDoc).parse()?.textContent ?? '';
    const readabilityMs = performance.now() - started;

    perPage.push({
      id,
      url,
      ours: withF1(shingleMatch(truth, ours)),
      readability: withF1(shingleMatch(truth, theirs)),
      oursMs,
      readabilityMs,
    });
  }
  return {
    pages: perPage.length,
    ours: aggregate(perPage.map((p) => p.ours)),
    readability: aggregate(perPage.map((p) => p.readability)),
    perPage,
    oursMs: perPage.reduce((sum, p) => sum + p.oursMs, 0),
    readabilityMs: perPage.reduce((sum, p) => sum + p.readabilityMs, 0),
  };
}
