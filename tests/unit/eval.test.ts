import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvalArgs, runEval } from '../../src/cli/eval';
import { selectPages } from '../../src/cli/eval/sourcing';

/**
 * The eval command's plumbing on a corpus of our own making (one small page
 * and its gold file, written here), so it runs without ../shared.
 */
const PAGE = `<!doctype html><html lang="en"><head><title>Talks stall - Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks stall over border demands</h1>
<p>The negotiations will not resume unless the border guards are withdrawn, Foreign Minister Anna Berg said on Monday.</p>
<p>Two officials familiar with the talks told reporters that the delegations had not met for a week.</p>
<p>"We are ready to return to the table if the other side shows good faith," Berg said in a statement.</p>
</article><footer>© Example News</footer></body></html>`;

const GOLD = {
  page: 'pages/mini.html',
  language: 'en',
  attributions: [
    { anchor: 'Foreign Minister Anna Berg said', source: 'Foreign Minister Anna Berg', cue: 'said', kind: 'on-record', type: 'person' },
    { anchor: 'Two officials familiar with the talks told', source: 'Two officials familiar with the talks', cue: 'told', kind: 'anonymous', type: 'group' },
    { anchor: 'Berg said', source: 'Berg', cue: 'said', kind: 'on-record', type: 'person', quote: true },
    // Not in the text: must show up as a miss.
    { anchor: 'a planted gold item', source: 'Planted Source', cue: 'said', kind: 'on-record', type: 'person' },
  ],
  conditions: [
    { marker: 'unless', text: 'unless the border guards are withdrawn' },
    { marker: 'if', text: 'if the other side shows good faith' },
  ],
};

let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'sourcelens-eval-'));
  mkdirSync(path.join(corpus, 'gold'));
  mkdirSync(path.join(corpus, 'pages'));
  writeFileSync(path.join(corpus, 'pages', 'mini.html'), PAGE);
  writeFileSync(path.join(corpus, 'gold', 'mini.json'), JSON.stringify(GOLD));
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEval(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('npm run eval', () => {
  it('scores a page end to end and prints figures as JSON', async () => {
    const { code, out } = await run(['--corpus', corpus, '--json']);
    expect(code).toBe(0);
    const figures = JSON.parse(out.join('\n'));
    const [page] = figures.sourcing.pages;
    expect(page.name).toBe('mini');
    expect(page.error).toBeNull();
    // Both conditions are found and nothing else (the condition finder's share of the pipeline).
    expect(page.conditions).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // The planted item cannot be found: recall is below 1 whatever the analyser does.
    expect(page.attributions.fn).toBeGreaterThanOrEqual(1);
    expect(figures.sourcing.total.conditions.f1).toBe(1);
    expect(figures.extraction).toBeNull();
    expect(figures.extractionNote).toMatch(/skipped \(no AEB corpus at /);
  });

  it('lists each miss with --verbose, and keeps the summary at the tail', async () => {
    const { out } = await run(['--corpus', corpus, '--verbose', '--no-extraction']);
    expect(out.some((l) => l.includes('missed') && l.includes('a planted gold item'))).toBe(true);
    const tail = out.slice(-14).join('\n');
    expect(tail).toMatch(/Sourcing: 1 gold page/);
    expect(tail).toMatch(/attributions\s+\d\.\d{3}/);
    expect(tail).toMatch(/conditions\s+1\.000\s+1\.000\s+1\.000/);
    expect(tail).toMatch(/kind accuracy/);
    expect(tail).toMatch(/Extraction: skipped/);
  });

  it('gives each page’s errors as data with --json --verbose', async () => {
    const { out } = await run(['--corpus', corpus, '--json', '--verbose']);
    const [page] = JSON.parse(out.join('\n')).sourcing.pages;
    expect(page.errors.missedAttributions).toContainEqual({
      anchor: 'a planted gold item',
      source: 'Planted Source',
      kind: 'on-record',
      type: 'person',
    });
    expect(page.errors.missedConditions).toEqual([]);
    const { out: plain } = await run(['--corpus', corpus, '--json']);
    expect(JSON.parse(plain.join('\n')).sourcing.pages[0].errors).toBeUndefined();
  });

  it('fails clearly, without a stack, when the corpus is absent', async () => {
    const missing = path.join(corpus, 'no-such-corpus');
    const { code, out, err } = await run(['--corpus', missing]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(path.join(missing, 'gold'));
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('reads another gold folder of the corpus with --gold', async () => {
    const { code, err } = await run(['--corpus', corpus, '--gold', 'gold-xx']);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(path.join(corpus, 'gold-xx'));
    const { code: ok, out } = await run(['--corpus', corpus, '--gold', 'gold', '--json']);
    expect(ok).toBe(0);
    expect(JSON.parse(out.join('\n')).sourcing.goldDir).toBe(path.join(corpus, 'gold'));
  });

  it('names a broken gold file instead of crashing', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'sourcelens-eval-broken-'));
    try {
      mkdirSync(path.join(broken, 'gold'));
      writeFileSync(path.join(broken, 'gold', 'bad.json'), '{"page": "pages/x.html"}');
      const { code, err } = await run(['--corpus', broken, '--no-extraction']);
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(/bad\.json: a gold file needs "page", "attributions" and "conditions"/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('says which pages exist when --only names none', async () => {
    const { code, err } = await run(['--corpus', corpus, '--only', 'nothing']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/no gold file named "nothing".*mini/);
  });

  it('scores extraction on both sets, beside readability.js, in the text summary and in --json', async () => {
    const withSets = mkdtempSync(path.join(tmpdir(), 'sourcelens-eval-sets-'));
    try {
      mkdirSync(path.join(withSets, 'gold'));
      mkdirSync(path.join(withSets, 'pages'));
      writeFileSync(path.join(withSets, 'pages', 'mini.html'), PAGE);
      writeFileSync(path.join(withSets, 'gold', 'mini.json'), JSON.stringify(GOLD));
      mkdirSync(path.join(withSets, 'aeb', 'html'), { recursive: true });
      writeFileSync(path.join(withSets, 'aeb', 'html', 'mini.html.gz'), gzipSync(PAGE));
      const body = 'The negotiations will not resume unless the border guards are withdrawn, Foreign Minister Anna Berg said on Monday.';
      writeFileSync(path.join(withSets, 'aeb', 'ground-truth.json'), JSON.stringify({ mini: { articleBody: body, url: '' } }));
      mkdirSync(path.join(withSets, 'trafilatura-dev', 'pages'), { recursive: true });
      // Served as iso-8859-1, as it declares: the set's pages are bytes as served.
      const latin1 = PAGE.replace('<head>', '<head><meta charset="iso-8859-1">').replace('Anna Berg', 'Anna Bérg');
      writeFileSync(path.join(withSets, 'trafilatura-dev', 'pages', 'mini.html.gz'), gzipSync(Buffer.from(latin1, 'latin1')));
      writeFileSync(
        path.join(withSets, 'trafilatura-dev', 'segments.json'),
        JSON.stringify({ mini: { url: 'x', with: ['Foreign Minister Anna Bérg said', 'not a sentence of the page'], without: ['© Example News'] } }),
      );
      const { code, out } = await run(['--corpus', withSets, '--json']);
      expect(code).toBe(0);
      const figures = JSON.parse(out.join('\n'));
      expect(figures.extraction.pages).toBe(1);
      expect(figures.extraction.readability.f1).toBeGreaterThan(0);
      expect(figures.trafilaturaDev).toMatchObject({ pages: 1, refused: [], noArticle: { ours: 0 } });
      // One segment found, the planted one missed, the footer left out.
      expect(figures.trafilaturaDev.ours).toMatchObject({ tp: 1, fn: 1, fp: 0 });
      expect(figures.trafilaturaDev.readability.tp + figures.trafilaturaDev.readability.fn).toBe(2);
      const { out: text } = await run(['--corpus', withSets]);
      const tail = text.join('\n');
      expect(tail).toMatch(/Extraction: AEB, 1 pages/);
      expect(tail).toMatch(/Extraction: Trafilatura dev, 1 pages[^\n]*\n\s+SourceLens +P 1\.000 +R 0\.500[^\n]*\n\s+readability\.js +P/);
    } finally {
      rmSync(withSets, { recursive: true, force: true });
    }
  });

  it('rejects unknown options with its usage', async () => {
    const { code, err } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/unknown option --bogus[\s\S]*usage/);
  });
});

describe('eval arguments', () => {
  it('--only implies no extraction run', () => {
    expect(parseEvalArgs(['--only', 'seed']).extraction).toBe(false);
    expect(parseEvalArgs([]).extraction).toBe(true);
  });

  it('--only takes a name, a file name or a unique prefix', () => {
    const names = ['57d46c9d', '5f9c5ed5', 'seed-unn-putin-conditions'];
    expect(selectPages(names, 'seed')).toEqual(['seed-unn-putin-conditions']);
    expect(selectPages(names, '57d46c9d.json')).toEqual(['57d46c9d']);
    expect(() => selectPages(names, '5')).toThrow(/names 2 gold files/);
  });
});
