/**
 * What the incremental analyser saves on a live page: the time to analyse
 * again after one paragraph is added (a live blog's new post, at the end or,
 * newest first, at the top, which moves every other paragraph), against a
 * full `analyse` of the same text, in the same run (a ratio, since the
 * machine is shared and noisy). On the bundled sample's paragraphs, numbered
 * so that no two are alike, repeated up to ~80 000 and ~1 000 000 characters.
 * A benchmark, not a test: `npx tsx src/cli/bench/incremental.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../core/analyse';
import { createAnalyser } from '../../core/incremental';
import { parseHtml } from '../../page/dom';
import { extractArticle } from '../../page/extract';
import { REPO_ROOT } from '../paths';

const SAMPLE = path.join(REPO_ROOT, 'samples', 'seed-unn-putin-conditions.html');
/** Rounds run first and not counted: the JIT compiles the paths both take. */
const WARM_UP_ROUNDS = 2;
/** Article lengths measured (characters), with the rounds timed at each. */
const SIZES = [
  { chars: 80_000, rounds: 7 },
  { chars: 1_000_000, rounds: 3 },
];

/** Where each round's new paragraph goes. */
const PLACES = ['end', 'top'] as const;

export interface IncrementalFigure {
  place: (typeof PLACES)[number];
  chars: number;
  paragraphs: number;
  /** Medians over the rounds (ms). */
  fullMs: number;
  incrementalMs: number;
  /** incremental / full. */
  ratio: number;
  /** Paragraphs read afresh in the last round (the rest reused). */
  read: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function benchIncremental(): IncrementalFigure[] {
  const sample = extractArticle(parseHtml(readFileSync(SAMPLE, 'utf8')))!.text.split(/\n\s*\n/).filter((p) => p.trim());
  const paragraph = (n: number) => `${sample[n % sample.length]} (${n})`;
  return SIZES.flatMap(({ chars, rounds }) => PLACES.map((place) => {
    const paragraphs: string[] = [];
    for (let length = 0; length < chars; length += paragraphs[paragraphs.length - 1].length + 2) paragraphs.push(paragraph(paragraphs.length));
    const analyser = createAnalyser();
    analyser.analyse(paragraphs.join('\n\n'));
    analyse(paragraphs.join('\n\n'));
    const full: number[] = [];
    const incremental: number[] = [];
    for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      // A live blog: each round one more post.
      if (place === 'end') paragraphs.push(paragraph(paragraphs.length));
      else paragraphs.unshift(paragraph(paragraphs.length));
      const text = paragraphs.join('\n\n');
      const incrementalMs = timed(() => analyser.analyse(text));
      const fullMs = timed(() => analyse(text));
      if (round < WARM_UP_ROUNDS) continue;
      incremental.push(incrementalMs);
      full.push(fullMs);
    }
    const fullMs = median(full);
    const incrementalMs = median(incremental);
    return {
      place,
      chars: paragraphs.join('\n\n').length,
      paragraphs: paragraphs.length,
      fullMs: Math.round(fullMs),
      incrementalMs: Math.round(incrementalMs),
      ratio: Number((incrementalMs / fullMs).toFixed(3)),
      read: analyser.stats().read,
    };
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of benchIncremental()) {
    console.log(
      `${String(f.chars).padStart(9)} chars, ${f.paragraphs} paragraphs: full ${f.fullMs} ms, after adding one at the ${f.place} ${f.incrementalMs} ms ` +
        `(ratio ${f.ratio}; ${f.read} paragraphs read, the rest reused)`,
    );
  }
}
