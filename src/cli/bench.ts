/**
 * `npm run bench`: what SourceLens costs, measured against what a reader's
 * browser already pays for reader mode. A benchmark, not a test.
 *
 * On AEB pages (`../shared/corpus/aeb`), in Node through happy-dom, each page
 * is parsed once; then per round: Readability.parse() on a clone of the
 * document (it mutates what it reads), a bare walk over the document's text
 * nodes (the floor: no extractor can read less), our extraction, and our
 * analysis of its text. Per page the median of the rounds; figures are
 * ratios (ours / theirs in the same run), since the machine is shared and
 * noisy. Then the analyser's growth on one article repeated 1×, 10×, 100×:
 * time (batches of equal text per size, median batch) and memory, with the
 * fitted exponent (1 = linear).
 *
 * Writes `bench/results.json`:
 *   extractVsReadability, analyseVsReadability, pipelineVsReadability
 *     {median, total}: our time / Readability's; median of the per-page
 *     ratios, and total = sum of ours / sum of theirs. pipeline = extract + analyse.
 *   vsTextWalk {median, total}: pipeline time / text-walk time; and
 *     extractVsTextWalk, analyseVsTextWalk for each part.
 *   growthExponent {time, memory}: fitted exponents b in cost ∝ length^b;
 *     memory is the heap the Report keeps alive (measured after a GC).
 *   contentScriptGzipBytes: gzip size of dist/chrome's content script, or null.
 *   machine {cpu, cores, node}; browser: null (measured elsewhere).
 *
 *   --pages N   AEB pages to time, spread evenly over the set (default 16; --all for
 *               every page). The default run takes no new page after 75 s, so
 *               that the whole bench stays near two minutes on a busy machine.
 *   --rounds N  timed rounds per page (default 3)
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { analyse } from '../core/analyse';
import { parseHtml } from '../page/dom';
import { extractArticle } from '../page/extract';
import { REPO_ROOT } from './paths';
import {
  benchInBrowser,
  COLD_SUFFIX,
  FAST_SUFFIX,
  FLOOR_GOAL,
  FLOOR_KEY,
  LONG_TASK_GOAL_MS,
  SETTLE_MS,
  SETTLED_SUFFIX,
  SLOW_SUFFIX,
  type BrowserPageResult,
  type BrowserResults,
} from './bench/browser';
import { contentScriptBudget, contentScriptGzipBytes } from './bench/content-script-size';

const AEB_DIR = path.resolve(REPO_ROOT, '../shared/corpus/aeb');
const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results.json');
const CHROME_BUILD = path.join(REPO_ROOT, 'dist', 'chrome');
/** The article whose text is repeated for the growth measurement. */
const GROWTH_SAMPLE = path.join(REPO_ROOT, 'samples', 'seed-unn-putin-conditions.html');

const DEFAULT_PAGES = 16;
/** Timing stops taking new pages after this long, so the bench stays near two minutes on a busy machine. */
const PAGE_BUDGET_MS = 70_000;
const DEFAULT_ROUNDS = 3;
/** Pages run untimed first, so the JIT has compiled every path before timing starts. */
const WARMUP_PAGES = 3;
const GROWTH_FACTORS = [1, 10, 100] as const;
/**
 * Growth is timed in batches that each analyse about 100× the article (100
 * runs at 1×, 10 at 10×, 1 at 100×), so that every size is timed over the
 * same amount of text and a GC pause or a busy neighbour weighs the same on
 * each; the figure is the median batch's time per run.
 */
const GROWTH_TEXT_PER_BATCH = 100;
const GROWTH_BATCHES = 5;
/** Reports kept alive at 1× for the memory measurement (fewer, in proportion, at larger sizes). */
const MEMORY_COPIES_AT_1X = 100;
/** The goal: our extraction + analysis costs less than Readability's parse. */
const PIPELINE_GOAL_RATIO = 1;

interface PageTimes {
  id: string;
  readabilityMs: number;
  textWalkMs: number;
  extractMs: number;
  analyseMs: number;
  /** Characters of article text we analysed. */
  chars: number;
}

interface Ratio {
  median: number;
  total: number;
}

interface GrowthPoint {
  factor: number;
  chars: number;
  ms: number;
  /** Heap kept alive by the Report, bytes (after a GC). */
  reportBytes: number;
}

export interface BenchResults {
  extractVsReadability: Ratio;
  analyseVsReadability: Ratio;
  pipelineVsReadability: Ratio;
  vsTextWalk: Ratio;
  extractVsTextWalk: Ratio;
  analyseVsTextWalk: Ratio;
  /** Fitted b in cost ∝ length^b, for time and for the memory the Report holds. */
  growthExponent: { time: number; memory: number };
  growth: GrowthPoint[];
  pages: number;
  rounds: number;
  contentScriptGzipBytes: number | null;
  machine: { cpu: string; cores: number; node: string };
  /** Per page, from the real Chromium run (src/cli/bench/browser.ts); null when it could not run. */
  /** Click to marks per page, and under `floor` a bare extension's (`bench/floor-extension.ts`). */
  browser: BrowserResults | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Least-squares slope of log(y) against log(x): the b of y ∝ x^b. */
export function fitExponent(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let cov = 0;
  let variance = 0;
  for (let i = 0; i < lx.length; i++) {
    cov += (lx[i] - mx) * (ly[i] - my);
    variance += (lx[i] - mx) ** 2;
  }
  return cov / variance;
}

/** Median of per-page ratios, and the ratio of the sums. */
export function ratio(ours: readonly number[], theirs: readonly number[]): Ratio {
  const perPage = ours.map((o, i) => o / theirs[i]);
  const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
  return { median: median(perPage), total: sum(ours) / sum(theirs) };
}

/** Every `n`th id so that `count` are spread over the whole (sorted) set. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

/** The floor: visiting every text node, which any extractor must at least do. */
function walkText(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

/** Node's gc(), made callable without a command-line flag. */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function loadPages(count: number): { id: string; url: string; html: string }[] {
  const truth = JSON.parse(readFileSync(path.join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const ids = Object.keys(truth).sort();
  return spread(ids, count).map((id) => ({
    id,
    url: truth[id].url ?? 'https://example.invalid/',
    html: gunzipSync(readFileSync(path.join(AEB_DIR, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

function timePage(page: { id: string; url: string; html: string }, rounds: number): PageTimes {
  const doc = parseHtml(page.html, page.url);
  const samples = { readability: [] as number[], walk: [] as number[], extract: [] as number[], analyse: [] as number[] };
  let chars = 0;
  for (let round = 0; round < rounds; round++) {
    const clone = doc.cloneNode(true) as Document;
    samples.readability.push(time(() => new Readability(clone).parse())[1]);
    samples.walk.push(time(() => walkText(doc))[1]);
    const [article, extractMs] = time(() => extractArticle(doc));
    samples.extract.push(extractMs);
    const text = article?.text ?? '';
    chars = text.length;
    samples.analyse.push(time(() => analyse(text, { language: article?.language ?? 'en' }))[1]);
  }
  return {
    id: page.id,
    readabilityMs: median(samples.readability),
    textWalkMs: median(samples.walk),
    extractMs: median(samples.extract),
    analyseMs: median(samples.analyse),
    chars,
  };
}

function measureGrowth(gc: () => void): GrowthPoint[] {
  const article = extractArticle(parseHtml(readFileSync(GROWTH_SAMPLE, 'utf8'), 'https://example.invalid/'));
  if (!article) throw new Error(`no article in ${GROWTH_SAMPLE}`);
  return GROWTH_FACTORS.map((factor) => {
    const text = Array.from({ length: factor }, () => article.text).join('\n\n');
    analyse(text); // warm-up at this size
    const runsPerBatch = Math.ceil(GROWTH_TEXT_PER_BATCH / factor);
    const times: number[] = [];
    for (let batch = 0; batch < GROWTH_BATCHES; batch++) {
      gc();
      const [, ms] = time(() => {
        for (let run = 0; run < runsPerBatch; run++) analyse(text);
      });
      times.push(ms / runsPerBatch);
    }
    // Memory: the heap that Reports keep alive, measured on enough copies
    // that every size holds about as many bytes, then divided back.
    const copies = Math.ceil(MEMORY_COPIES_AT_1X / factor);
    gc();
    const before = process.memoryUsage().heapUsed;
    const reports = Array.from({ length: copies }, () => analyse(text));
    gc();
    const reportBytes = Math.max(1, (process.memoryUsage().heapUsed - before) / reports.length);
    return { factor, chars: text.length, ms: median(times), reportBytes };
  });
}

/** Width of a column in the per-page table. */
const COLUMN = 10;
const f2 = (x: number) => x.toFixed(2);
const f1 = (x: number) => x.toFixed(1);
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function goalLine(label: string, r: number): string {
  const verdict = r < PIPELINE_GOAL_RATIO ? 'met' : 'NOT met';
  const gap = r < PIPELINE_GOAL_RATIO ? `${f1((1 - r) * 100)}% cheaper` : `${f1((r - 1) * 100)}% dearer`;
  return `  ${label}: ${f2(r)}× Readability — goal < ${PIPELINE_GOAL_RATIO}×: ${verdict} (${gap})`;
}

function parseArgs(argv: readonly string[]): { pages: number; rounds: number; budgetMs: number } {
  let pages = DEFAULT_PAGES;
  let rounds = DEFAULT_ROUNDS;
  // Only the default run is held to the time budget; a chosen number of pages is timed in full.
  let budgetMs = PAGE_BUDGET_MS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--all') [pages, budgetMs] = [Infinity, Infinity];
    else if (argv[i] === '--pages') [pages, budgetMs] = [Number(argv[++i]), Infinity];
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (use --pages N, --all, --rounds N)`);
  }
  if (!(pages > 0) || !(rounds > 0)) throw new Error('--pages and --rounds take a positive number');
  return { pages, rounds, budgetMs };
}

async function main(): Promise<number> {
  const { pages: pageCount, rounds, budgetMs } = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(AEB_DIR, 'ground-truth.json'))) {
    console.error(`bench: no AEB corpus at ${AEB_DIR}; the shared corpus is expected beside the repository.`);
    return 2;
  }
  const gc = garbageCollector();
  const started = performance.now();
  const pages = loadPages(pageCount);
  // Warm up on the smallest pages: the point is compiled code, not time spent.
  for (const page of [...pages].sort((a, b) => a.html.length - b.html.length).slice(0, WARMUP_PAGES)) timePage(page, 1);
  console.error(`bench: pages loaded and warmed up in ${f1((performance.now() - started) / 1000)} s`);

  console.log(`AEB pages: ${pages.length}, ${rounds} timed rounds each (medians); times in ms, ratios ours / Readability`);
  console.log(
    ['page    ', 'chars', 'readab.', 'walk', 'extract', 'analyse', 'ext/R', 'ana/R', 'pipe/R', 'pipe/walk'].map((h, i) => (i ? pad(h, COLUMN) : h)).join(''),
  );
  const timed: PageTimes[] = [];
  for (const page of pages) {
    if (performance.now() - started > budgetMs) {
      console.log(`(time budget of ${budgetMs / 1000} s reached: ${timed.length} of ${pages.length} pages timed)`);
      break;
    }
    const t = timePage(page, rounds);
    timed.push(t);
    const pipeline = t.extractMs + t.analyseMs;
    console.log(
      [
        t.id.slice(0, 8),
        String(t.chars),
        f1(t.readabilityMs),
        f1(t.textWalkMs),
        f1(t.extractMs),
        f1(t.analyseMs),
        f2(t.extractMs / t.readabilityMs),
        f2(t.analyseMs / t.readabilityMs),
        f2(pipeline / t.readabilityMs),
        f1(pipeline / t.textWalkMs),
      ]
        .map((c, i) => (i ? pad(c, COLUMN) : c))
        .join(''),
    );
  }

  const readability = timed.map((t) => t.readabilityMs);
  const pipeline = timed.map((t) => t.extractMs + t.analyseMs);
  const growthStarted = performance.now();
  const growth = measureGrowth(gc);
  console.error(`bench: pages timed by ${f1((growthStarted - started) / 1000)} s, growth took ${f1((performance.now() - growthStarted) / 1000)} s`);
  const results: BenchResults = {
    extractVsReadability: ratio(timed.map((t) => t.extractMs), readability),
    analyseVsReadability: ratio(timed.map((t) => t.analyseMs), readability),
    pipelineVsReadability: ratio(pipeline, readability),
    vsTextWalk: ratio(pipeline, timed.map((t) => t.textWalkMs)),
    extractVsTextWalk: ratio(timed.map((t) => t.extractMs), timed.map((t) => t.textWalkMs)),
    analyseVsTextWalk: ratio(timed.map((t) => t.analyseMs), timed.map((t) => t.textWalkMs)),
    growthExponent: {
      time: fitExponent(growth.map((g) => g.chars), growth.map((g) => g.ms)),
      memory: fitExponent(growth.map((g) => g.chars), growth.map((g) => g.reportBytes)),
    },
    growth,
    pages: timed.length,
    rounds,
    contentScriptGzipBytes: contentScriptGzipBytes(CHROME_BUILD),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version },
    browser: null,
  };
  console.log('');
  console.log('In Chromium with the built extension (click → marks drawn, longest main-thread task, heap held after marking):');
  results.browser = await benchInBrowser((line) => console.log(line));
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');

  console.log('');
  console.log('Analyser growth on the seed article repeated (time: median; memory: heap the Report keeps):');
  for (const g of growth) {
    console.log(`  ${pad(`${g.factor}×`, 5)} ${pad(String(g.chars), 8)} chars  ${pad(f1(g.ms), 8)} ms  ${pad(f1(g.reportBytes / 1024), 8)} KiB`);
  }
  const r = results;
  console.log(`Summary, ${r.pages} AEB pages (${rounds} rounds, medians), ${f1((performance.now() - started) / 1000)} s — ${r.machine.cpu}, Node ${r.machine.node}`);
  console.log(`  extraction / Readability:  median ${f2(r.extractVsReadability.median)}  total ${f2(r.extractVsReadability.total)}`);
  console.log(`  analysis / Readability:    median ${f2(r.analyseVsReadability.median)}  total ${f2(r.analyseVsReadability.total)}`);
  console.log(
    `  … / text walk (the floor): extraction median ${f1(r.extractVsTextWalk.median)} total ${f1(r.extractVsTextWalk.total)}, ` +
      `analysis median ${f1(r.analyseVsTextWalk.median)} total ${f1(r.analyseVsTextWalk.total)}, ` +
      `pipeline median ${f1(r.vsTextWalk.median)} total ${f1(r.vsTextWalk.total)}`,
  );
  console.log(goalLine('pipeline, median page', r.pipelineVsReadability.median));
  console.log(goalLine('pipeline, all pages  ', r.pipelineVsReadability.total));
  console.log(`  growth exponent: time ${f2(r.growthExponent.time)}, memory ${f2(r.growthExponent.memory)} (1 = linear; goal ≈ 1)`);
  console.log(
    `  content script (dist/chrome, gzip): ${r.contentScriptGzipBytes === null ? 'no build (run npm run build)' : `${r.contentScriptGzipBytes} bytes`}`,
  );
  if (r.browser) {
    const floorOf = (suffix: string) => r.browser?.[`${FLOOR_KEY}${suffix}`];
    const ours = Object.fromEntries(Object.entries(r.browser).filter(([name]) => name !== FLOOR_KEY && !name.startsWith(`${FLOOR_KEY}-`)));
    const ourPages = Object.fromEntries(Object.entries(ours).filter(([name]) => !/-(fast|slow)$/.test(name)));
    const longest = Math.max(0, ...Object.values(ourPages).map((b) => b.longestTaskMs));
    const pagesDone = Object.keys(ourPages).length;
    const seedLine = (label: string, seed: BrowserPageResult | undefined, base: BrowserPageResult | undefined) => {
      if (!seed || !base) return;
      const ratio = seed.clickToMarksMs / base.clickToMarksMs;
      console.log(
        `  click→marks on the seed, ${label}: ours ${f1(seed.clickToMarksMs)} ms, the floor (a bare extension painting one highlight) ${f1(base.clickToMarksMs)} ms: ` +
          `${f2(ratio)}× — goal ≤ ${FLOOR_GOAL}×: ${ratio <= FLOOR_GOAL ? 'met' : 'NOT met'}`,
      );
    };
    seedLine('warm (medians)', ours.seed, floorOf(''));
    seedLine('cold (medians)', ours[`seed${COLD_SUFFIX}`], floorOf(COLD_SUFFIX));
    seedLine(`settled, clicked ${SETTLE_MS / 1000} s after the page loaded (medians)`, ours[`seed${SETTLED_SUFFIX}`], floorOf(SETTLED_SUFFIX));
    seedLine('warm, the rounds whose popup opened fast (medians)', ours[`seed${FAST_SUFFIX}`], floorOf(FAST_SUFFIX));
    seedLine('warm, the rounds whose popup opened slowly (medians)', ours[`seed${SLOW_SUFFIX}`], floorOf(SLOW_SUFFIX));
    console.log(
      `  browser: ${pagesDone} pages marked; longest main-thread task ${longest === 0 ? `none over ${LONG_TASK_GOAL_MS}` : f1(longest)} ms — goal ≤ ${LONG_TASK_GOAL_MS} ms: ` +
        (longest <= LONG_TASK_GOAL_MS ? 'met' : `NOT met (${f1(longest - LONG_TASK_GOAL_MS)} ms over)`),
    );
  }
  console.log(`  written: ${path.relative(process.cwd(), RESULTS_FILE)}`);
  const budget = contentScriptBudget();
  if (r.contentScriptGzipBytes !== null && r.contentScriptGzipBytes > budget) {
    console.error(`bench: FAIL — the content script is ${r.contentScriptGzipBytes} bytes gzipped, over its budget of ${budget} bytes (bench/budget.json)`);
    return 1;
  }
  console.log(`  content script budget (bench/budget.json): ${r.contentScriptGzipBytes ?? '?'} of ${budget} bytes gzipped — within`);
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
