/**
 * The real command, spawned as a user runs it (`node bin/sourcelens.js`, from
 * a temporary working directory), on files this test writes itself.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Span } from '../../src/core/types';
import { CSV_COLUMNS } from '../../src/report/format/csv';
import { parseCsv } from './csv-reader';

const repoRoot = path.resolve(__dirname, '../..');
/** Each spawn starts Node, tsx and happy-dom; on a busy two-core machine a batch takes a while. */
const SPAWN_TIMEOUT = 180_000;
const bin = path.join(repoRoot, 'bin/sourcelens.js');

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args` in `cwd`, feeding `stdin` if given. */
function cli(args: string[], options: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? work,
      // A fixed analysis time, so that two runs' outputs can be compared byte for byte.
      env: { ...process.env, NO_COLOR: '', SOURCE_DATE_EPOCH: '1780000000', ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

function jsonLines(stdout: string): Report[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Report);
}

/** Every span of a report, with where it came from. */
function spans(report: Report): Array<[string, Span]> {
  const all: Array<[string, Span]> = [];
  for (const a of report.attributions) {
    for (const key of ['source', 'cue', 'sentence', 'quote', 'reason'] as const) {
      const span = a[key];
      if (span) all.push([`${a.id}.${key}`, span]);
    }
  }
  for (const c of report.conditions) {
    for (const key of ['marker', 'clause', 'sentence'] as const) all.push([`${c.id}.${key}`, c[key]]);
  }
  return all;
}

/** A small news article of our own, different for each `n`. */
function articleParagraphs(n: number): string[] {
  return [
    `The city council will approve the budget number ${n} provided that the mayor cuts spending, officials said on Tuesday.`,
    `“We will not sign anything unless the figures add up,” council leader Maria Lopez told reporters after meeting ${n}.`,
    `Two people familiar with the negotiations said the vote could slip, speaking on condition of anonymity because the talks are private.`,
    `According to a report by the city auditor, the deficit has grown for ${n + 2} years in a row.`,
  ];
}

/** A short article in German, a language with no lexicon: its declared language is kept. */
function germanArticleHtml(lang: string): string {
  const paragraphs = [
    'Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten, wie die Verwaltung mitteilte.',
    'Nach Angaben der Bürgermeisterin sollen die Ausgaben für Schulen und Straßen deutlich steigen, während die Gebühren gleich bleiben.',
    'Mehrere Mitglieder des Rates kritisierten den Entwurf, weil er keine neuen Mittel für den öffentlichen Verkehr vorsieht.',
    'Die endgültige Abstimmung ist für die nächste Sitzung im Dezember geplant, wenn die Prüfung durch den Kämmerer abgeschlossen ist.',
  ].map((p) => `      <p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>Haushalt im Stadtrat</title></head>
  <body>
    <article>
      <h1>Haushalt im Stadtrat</h1>
${paragraphs}
    </article>
  </body>
</html>
`;
}

function articleHtml(n: number, title = `Council budget vote ${n}`, lang = 'en'): string {
  const paragraphs = articleParagraphs(n).map((p) => `      <p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>${title} - Example News</title></head>
  <body>
    <nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
    <article>
      <h1>${title}</h1>
${paragraphs}
    </article>
    <footer>© Example News</footer>
  </body>
</html>
`;
}

function articleText(n: number): string {
  return `Council budget vote ${n}\n\n${articleParagraphs(n).join('\n\n')}\n`;
}

/** A page with navigation and nothing else: no article in it. */
const NO_ARTICLE_HTML = `<!doctype html><html><head><title>Index</title></head><body>
<nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>`;

/** How long /late takes to answer: long enough for later inputs to finish first. */
const LATE_ANSWER_MS = 1500;

let work: string;
let server: Server;
let baseUrl: string;
/** A port that was open a moment ago and is now closed: connections to it are refused. */
let closedPortUrl: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sourcelens-cli-'));
  for (let n = 1; n <= 3; n++) writeFileSync(path.join(work, `page${n}.html`), articleHtml(n));
  writeFileSync(path.join(work, 'page4.htm'), articleHtml(4));
  writeFileSync(path.join(work, 'page5.html.gz'), gzipSync(articleHtml(5)));
  writeFileSync(path.join(work, 'notes.txt'), articleText(6).replace(/\n/g, '\r\n') + 'Ünïcödé “quotes” — and 😀 emoji, the mayor said.\n');
  writeFileSync(path.join(work, 'bom.txt'), '\uFEFF' + articleText(7));
  writeFileSync(path.join(work, 'empty.txt'), '');
  writeFileSync(path.join(work, 'binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(path.join(work, 'noarticle.html'), NO_ARTICLE_HTML);
  writeFileSync(path.join(work, 'latin1.txt'), Buffer.concat([Buffer.from('Officials said the caf'), Buffer.from([0xe9]), Buffer.from(' was closed.\n')]));
  writeFileSync(path.join(work, 'fake.html.gz'), articleHtml(8));
  mkdirSync(path.join(work, 'folder'));

  server = createServer((req, res) => {
    const send = (status: number, type: string | null, body: string | Buffer) => {
      res.writeHead(status, type ? { 'content-type': type } : {});
      res.end(body);
    };
    switch (req.url) {
      case '/article':
        return send(200, 'text/html; charset=utf-8', articleHtml(10));
      case '/moved':
        res.writeHead(302, { location: '/article' });
        return res.end();
      case '/latin1':
        // Declared by the response, not by the page: "café" in windows-1252.
        return send(200, 'text/html; charset=windows-1252', Buffer.from(articleHtml(11, 'Caf\u00e9 budget'), 'latin1'));
      case '/plain':
        return send(200, 'text/plain; charset=utf-8', articleText(12));
      case '/picture':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/slow':
        return; // never answers
      case '/late':
        setTimeout(() => send(200, 'text/html', articleHtml(13)), LATE_ANSWER_MS);
        return;
      default:
        return send(404, 'text/plain', 'not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closing = createServer();
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(closing.address() as AddressInfo).port}/gone`;
  await new Promise<void>((resolve) => closing.close(() => resolve()));
}, SPAWN_TIMEOUT);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The batch used by several tests: good inputs of every kind with bad ones among them. */
const GOOD_BATCH = ['page1.html', 'page2.html', 'page3.html', 'page4.htm', 'page5.html.gz', 'notes.txt', 'bom.txt'];
const BAD_INPUTS: Record<string, RegExp> = {
  'missing.txt': /^sourcelens: missing\.txt: no such file; check the path/,
  folder: /^sourcelens: folder: a directory, not a file; give the files inside it/,
  'binary.html': /^sourcelens: binary\.html: a binary file, not HTML \(NUL byte at offset 3\); /,
  'empty.txt': /^sourcelens: empty\.txt: the file is empty; /,
  'noarticle.html': /^sourcelens: noarticle\.html: this page doesn't look like an article \(no main text in paragraphs: an index, a product page or a login wall\?\); give the address or file of the article itself/,
  'latin1.txt': /^sourcelens: latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 22\); save the file as UTF-8 and try again$/,
  'fake.html.gz': /^sourcelens: fake\.html\.gz: not a gzip file .*; /,
};
function mixedBatch(): string[] {
  const bad = Object.keys(BAD_INPUTS);
  return [
    GOOD_BATCH[0], bad[0], GOOD_BATCH[1], bad[1], GOOD_BATCH[2], bad[2], GOOD_BATCH[3], bad[3],
    GOOD_BATCH[4], bad[4], GOOD_BATCH[5], bad[5], GOOD_BATCH[6], bad[6], closedPortUrl, `${baseUrl}/article`,
  ];
}

describe('sourcelens CLI', () => {
  describe('a batch of good and bad inputs', () => {
    let single: RunResult;
    beforeAll(async () => {
      single = await cli(['--format', 'jsonl', '--jobs', '1', '--verbose', ...mixedBatch()]);
    }, SPAWN_TIMEOUT);

    it('reports every good input, one JSON Report per line, in input order', () => {
      const reports = jsonLines(single.stdout);
      expect(reports.map((r) => r.input)).toEqual([...GOOD_BATCH, `${baseUrl}/article`]);
      for (const report of reports) {
        expect(report.schema).toBe(2);
        // SOURCE_DATE_EPOCH (set for every run here) is when the batch was analysed.
        expect(report.page.analysedAt).toBe(new Date(1780000000 * 1000).toISOString());
        expect(report.language).toBe('en');
        expect(Object.keys(report)).toEqual(['schema', 'page', 'input', 'title', 'language', 'article', 'attributions', 'conditions', 'sources', 'chain', 'profile']);
        for (const [where, span] of spans(report)) {
          expect(report.article.text.slice(span.start, span.end), `${report.input} ${where}`).toBe(span.text);
        }
      }
      // The extractor found the articles: the headline is the title, navigation and footer are not in the text.
      const page1 = reports[0];
      expect(page1.title).toContain('Council budget vote 1');
      expect(page1.article.text).toContain('The city council will approve the budget number 1');
      expect(page1.article.text).not.toContain('Politics');
      expect(page1.article.text).not.toContain('Example News');
      // .htm, .html.gz and the URL are HTML as well.
      expect(reports[3].article.text).toContain('budget number 4');
      expect(reports[4].article.text).toContain('budget number 5');
      expect(reports[7].article.text).toContain('budget number 10');
    });

    it('names each bad input with its problem and what to do, in one line each, and exits 1', () => {
      expect(single.status).toBe(1);
      const lines = single.stderr.split('\n').filter((line) => line !== '' && !line.includes(' on the main thread'));
      expect(lines).toHaveLength(Object.keys(BAD_INPUTS).length + 1);
      Object.values(BAD_INPUTS).forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
      expect(lines.at(-1)).toMatch(new RegExp(`^sourcelens: ${closedPortUrl}: the server at 127\\.0\\.0\\.1:\\d+ refused the connection; `));
      // A message, never a stack trace.
      expect(single.stderr).not.toMatch(/^\s+at /m);
      expect(single.stderr).not.toContain('internal error');
    });

    it('analyses a .txt file exactly as it is: every span is at its place in the file', () => {
      const reports = jsonLines(single.stdout);
      const notes = reports.find((r) => r.input === 'notes.txt')!;
      const fileText = readFileSync(path.join(work, 'notes.txt')).toString();
      expect(notes.article.text).toBe(fileText);
      expect(notes.title).toBe('Council budget vote 6');
      expect(notes.attributions.length).toBeGreaterThan(0);
      for (const [where, span] of spans(notes)) {
        expect(fileText.slice(span.start, span.end), where).toBe(span.text);
      }
      // A byte-order mark is dropped and nothing else changes.
      const bom = reports.find((r) => r.input === 'bom.txt')!;
      expect(bom.article.text).toBe(readFileSync(path.join(work, 'bom.txt'), 'utf8').replace(/^\uFEFF/, ''));
      expect(bom.article.text.startsWith('Council')).toBe(true);
    });

    it('gives byte-identical output on the worker pool (--jobs 2, and by default for 8 inputs or more)', async () => {
      const pooled = await cli(['--format', 'jsonl', '--jobs', '2', '--verbose', ...mixedBatch()]);
      expect(pooled.stderr).toContain('16 inputs on 2 worker threads');
      expect(pooled.status).toBe(1);
      expect(pooled.stdout).toBe(single.stdout);
      const withoutVerbose = (s: string) => s.split('\n').filter((l) => !l.includes(' inputs on ')).join('\n');
      expect(withoutVerbose(pooled.stderr)).toBe(withoutVerbose(single.stderr));

      const automatic = await cli(['--verbose', ...GOOD_BATCH, ...GOOD_BATCH.slice(0, 2)]);
      expect(automatic.stderr).toMatch(/9 inputs on (\d+ worker threads|the main thread)/);
      expect(automatic.status).toBe(0);
      // The same inputs as the single-thread batch's first seven, then its first two again.
      const singleLines = single.stdout.split('\n');
      expect(automatic.stdout).toBe([...singleLines.slice(0, 7), ...singleLines.slice(0, 2)].join('\n') + '\n');
    }, SPAWN_TIMEOUT);
  });

  it('reads HTML and text from standard input ("-"), telling them apart by content', async () => {
    const html = await cli(['-f', 'jsonl', '-'], { stdin: articleHtml(20, undefined, 'en-GB') });
    expect(html.status).toBe(0);
    const [fromHtml] = jsonLines(html.stdout);
    expect(fromHtml.input).toBe('-');
    expect(fromHtml.language).toBe('en');
    expect(fromHtml.title).toContain('Council budget vote 20');
    expect(fromHtml.article.text).not.toContain('Politics');

    const text = await cli(['-f', 'jsonl', '-', 'page1.html'], { stdin: articleText(21) });
    expect(text.status).toBe(0);
    const [fromText, after] = jsonLines(text.stdout);
    expect(fromText.input).toBe('-');
    expect(fromText.article.text).toBe(articleText(21));
    expect(after.input).toBe('page1.html');

    const empty = await cli(['-']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^sourcelens: -: standard input is empty; .+\n$/);
  }, SPAWN_TIMEOUT);

  it('fetches URLs: redirects, the response charset, text pages; fails clearly on HTTP errors, other types and timeouts', async () => {
    const r = await cli(
      // The time limit counts from each request's start, while other inputs are being analysed: not too tight.
      ['-f', 'jsonl', '--timeout', '4', `${baseUrl}/moved`, `${baseUrl}/latin1`, `${baseUrl}/plain`, `${baseUrl}/nowhere`, `${baseUrl}/picture`, `${baseUrl}/slow`],
    );
    expect(r.status).toBe(1);
    const reports = jsonLines(r.stdout);
    expect(reports.map((x) => x.input)).toEqual([`${baseUrl}/moved`, `${baseUrl}/latin1`, `${baseUrl}/plain`]);
    expect(reports[0].article.text).toContain('budget number 10');
    // The input stays as given, not the address it was redirected to.
    expect(reports[0].input).toBe(`${baseUrl}/moved`);
    expect(reports[1].title).toContain('Café budget');
    expect(reports[2].article.text).toBe(articleText(12));
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `sourcelens: ${baseUrl}/nowhere: the server answered HTTP 404 Not Found; check the address, or save the page and analyse the file`,
      `sourcelens: ${baseUrl}/picture: the page is image/png, not HTML or text; give the address of an article page`,
      `sourcelens: ${baseUrl}/slow: no answer within 4 s (the --timeout limit); check the address, or allow more time with --timeout SECONDS`,
    ]);
  }, SPAWN_TIMEOUT);

  it('streams: each report is printed as soon as those before it are, in input order', async () => {
    const child = spawn(process.execPath, [bin, '-f', 'jsonl', '--timeout', '6', 'page1.html', `${baseUrl}/slow`, `${baseUrl}/late`, 'page2.html'], {
      cwd: work,
    });
    child.stdin.end();
    const started = Date.now();
    const arrivals: Array<{ at: number; inputs: string[] }> = [];
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    let partial = '';
    child.stdout.on('data', (b: Buffer) => {
      // Only whole lines: a chunk may end inside one.
      partial += b.toString();
      const end = partial.lastIndexOf('\n') + 1;
      arrivals.push({ at: Date.now() - started, inputs: jsonLines(partial.slice(0, end)).map((r) => r.input) });
      partial = partial.slice(end);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const finished = Date.now() - started;
    expect(status).toBe(1);
    expect(stderr).toMatch(/\/slow: no answer within 6 s/);
    const order = arrivals.flatMap((a) => a.inputs);
    expect(order).toEqual(['page1.html', `${baseUrl}/late`, 'page2.html']);
    // page1 came out while /slow was still being waited for (6 s), not at the end.
    const firstReport = arrivals.find((a) => a.inputs.length > 0)!;
    expect(firstReport.inputs[0]).toBe('page1.html');
    expect(finished - firstReport.at).toBeGreaterThan(3000);
  }, SPAWN_TIMEOUT);

  it('prints the bundled sample’s profile when given no input, from any working directory', async () => {
    const jsonl = await cli([], { cwd: tmpdir() });
    expect(jsonl.stderr).toBe('');
    expect(jsonl.status).toBe(0);
    const [report] = jsonLines(jsonl.stdout);
    expect(report.input).toBe('samples/seed-unn-putin-conditions.html');
    expect(report.title).toMatch(/Putin/);
    expect(report.profile.attributions).toBeGreaterThan(0);
    expect(report.profile.conditions).toBeGreaterThan(0);

    const text = await cli(['--format', 'text'], { cwd: tmpdir() });
    expect(text.status).toBe(0);
    const { attributions, anonymous, onRecord } = report.profile;
    expect(text.stdout).toContain(`${attributions} attributions: ${anonymous} anonymous, ${onRecord} on-record`);
    expect(text.stdout).not.toContain('\x1b');
  }, SPAWN_TIMEOUT);

  it("answers a page that is not an article with one line naming it, and still reports the article beside it", async () => {
    const fixtures = path.join(repoRoot, 'tests/fixtures/pages');
    const pages = ['index-page.html', 'short-article.html', 'product-page.html', 'login-wall.html'].map((name) => path.join(fixtures, name));
    const run = await cli(['-f', 'jsonl', '--jobs', '1', ...pages]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.title)).toEqual(['Bridge closed for repairs until Friday']);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const [line, page] of lines.map((l, i) => [l, [pages[0], pages[2], pages[3]][i]])) {
      expect(line).toBe(
        `sourcelens: ${page}: this page doesn't look like an article (no main text in paragraphs: an index, a product page or a login wall?); ` +
          'give the address or file of the article itself, or save its text as .txt and analyse that',
      );
    }
  }, SPAWN_TIMEOUT);

  it('runs as `npm run --silent analyze`', async () => {
    const sample = await new Promise<RunResult>((resolve) => {
      execFile('npm', ['run', '--silent', 'analyze', '--', '-f', 'md'], { cwd: repoRoot }, (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    expect(sample.stderr).toBe('');
    expect(sample.status).toBe(0);
    expect(sample.stdout).toMatch(/^# Sourcing: .*Putin/);
    expect(sample.stdout).toContain('- **Input:** samples/seed-unn-putin-conditions.html');
  }, SPAWN_TIMEOUT);

  it('writes Markdown and text, to standard output or to --output FILE', async () => {
    const md = await cli(['-f', 'md', 'page1.html', 'notes.txt']);
    expect(md.status).toBe(0);
    expect(md.stdout.startsWith('# Sourcing: Council budget vote 1')).toBe(true);
    expect(md.stdout).toContain('\n---\n\n# Sourcing: Council budget vote 6');
    expect(md.stdout).toContain('| # | Kind | Type | Source | Voice | Cue | Quote | Anonymity reason |');

    const file = path.join(work, 'check.md');
    const toFile = await cli(['-o', file, 'page2.html']);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(file, 'utf8').startsWith('# Sourcing: Council budget vote 2')).toBe(true);

    const nowhere = await cli(['-o', path.join(work, 'no-such-folder', 'x.md'), 'page2.html']);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toMatch(/^sourcelens: cannot write .*x\.md \(ENOENT\); check that its folder exists and may be written\n$/);
    if (existsSync('/dev/full')) {
      const full = await cli(['-o', '/dev/full', 'page2.html']);
      expect(full.status).toBe(1);
      expect(full.stderr).toBe('sourcelens: cannot write /dev/full (ENOSPC); check the disk and try again\n');
    }

    // The page's declared language goes to the Report when its text does not say
    // otherwise, and --language overrides it; an English text declared German is
    // read as English (the declaration is checked against the text, issue 6).
    writeFileSync(path.join(work, 'german.html'), germanArticleHtml('de-AT'));
    const declared = await cli(['-f', 'jsonl', 'german.html']);
    expect(jsonLines(declared.stdout)[0].language).toBe('de');
    const overridden = await cli(['-f', 'jsonl', '--language', 'en', 'german.html']);
    expect(jsonLines(overridden.stdout)[0].language).toBe('en');
    writeFileSync(path.join(work, 'mislabelled.html'), articleHtml(30, undefined, 'de-AT'));
    const mislabelled = await cli(['-f', 'jsonl', 'mislabelled.html']);
    expect(jsonLines(mislabelled.stdout)[0].language).toBe('en');

    const text = await cli(['-f', 'text', '--language', 'en', 'page3.html']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Council budget vote 3/);
    expect(text.stdout).toMatch(/\d+ attributions?: \d+ anonymous, \d+ on-record/);
    expect(text.stdout).not.toContain('\x1b');

    // --color forces colour where there is no terminal (for less -R).
    const forced = await cli(['-f', 'text', '--color', 'page3.html']);
    expect(forced.stdout).toMatch(/\x1b\[[0-9;]*m/);
  }, SPAWN_TIMEOUT);

  it('writes one CSV sheet for a batch: one header, each input\'s findings named by the input, bad inputs on standard error', async () => {
    const inputs = ['page1.html', 'missing.txt', 'notes.txt', 'noarticle.html', 'page5.html.gz'];
    const good = ['page1.html', 'notes.txt', 'page5.html.gz'];
    const [csv, jsonl, pooled] = await Promise.all([
      cli(['-f', 'csv', '--jobs', '1', ...inputs]),
      cli(['-f', 'jsonl', '--jobs', '1', ...good]),
      cli(['--format', 'csv', '--jobs', '2', ...inputs]),
    ]);
    expect(csv.status).toBe(1);
    const errors = csv.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(BAD_INPUTS['missing.txt']);
    expect(errors[1]).toMatch(BAD_INPUTS['noarticle.html']);

    const rows = parseCsv(csv.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.filter((row) => row[0] === 'input'), 'one header for the whole batch').toHaveLength(1);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const reports = jsonLines(jsonl.stdout);
    expect(reports.map((r) => r.input)).toEqual(good);
    // Each good input's rows, in input order, are its Report's findings: every attribution and condition, by id.
    const body = rows.slice(1);
    expect(body.map((row) => row[column('input')])).toEqual(reports.flatMap((r) => Array<string>(r.attributions.length + r.conditions.length).fill(r.input)));
    for (const report of reports) {
      const mine = body.filter((row) => row[column('input')] === report.input);
      const ids = (finding: string) => mine.filter((row) => row[column('finding')] === finding).map((row) => row[column('id')]).sort();
      expect(ids('attribution')).toEqual(report.attributions.map((a) => a.id).sort());
      expect(ids('condition')).toEqual(report.conditions.map((c) => c.id).sort());
      expect(report.conditions.length).toBeGreaterThan(0);
      for (const a of report.attributions) {
        const row = mine.find((r) => r[column('id')] === a.id)!;
        expect(row[column('kind')]).toBe(a.kind);
        expect(row[column('source_id')]).toBe(report.sources.find((s) => s.attributions.includes(a.id))?.id);
        expect(row[column('reason')]).toBe(a.reason?.text ?? '');
        expect(row[column('corrected')]).toBe('');
      }
      expect(mine.every((row) => row[column('title')] === report.title && row[column('analysed_at')] === report.page.analysedAt)).toBe(true);
    }
    expect(body.some((row) => row[column('reason')] !== ''), 'an anonymity reason reaches its column').toBe(true);
    expect(pooled.stdout, 'the worker pool writes the same sheet').toBe(csv.stdout);

    // An output file ending in .csv gets CSV without -f.
    const file = path.join(work, 'findings.csv');
    const toFile = await cli(['-o', file, 'page2.html']);
    expect(toFile.status).toBe(0);
    expect(parseCsv(readFileSync(file, 'utf8'))[0]).toEqual([...CSV_COLUMNS]);
  }, SPAWN_TIMEOUT);

  it('answers usage errors with one line and status 2, and --help and --version with 0', async () => {
    const unknown = await cli(['--frobnicate', 'page1.html']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('sourcelens: unknown option --frobnicate; see sourcelens --help\n');

    const badFormat = await cli(['--format', 'xml', 'page1.html']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toBe('sourcelens: unknown format "xml"; use text, md, csv or jsonl\n');

    const noValue = await cli(['page1.html', '--jobs']);
    expect(noValue.status).toBe(2);
    expect(noValue.stderr).toBe('sourcelens: --jobs needs a value; see sourcelens --help\n');

    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sourcelens \[options\] \[inputs…\]/);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toMatch(/^ +csv +one row per finding/m);

    const version = await cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`sourcelens ${JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version}\n`);
  }, SPAWN_TIMEOUT);
});

/** `script` runs a command on a pseudo-terminal, so stdout is a terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('on a terminal (through script(1))', () => {
  if (!hasScript) console.warn('skipped: script(1) from util-linux is not installed, so no pseudo-terminal');

  const onTerminal = (env: NodeJS.ProcessEnv) =>
    new Promise<RunResult>((resolve) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} page1.html`;
      execFile('script', ['-qec', command, '/dev/null'], { cwd: work, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });

  it('prints the text profile in colour by default, and without colour when NO_COLOR is set', async () => {
    const coloured = await onTerminal({ NO_COLOR: '' });
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toMatch(/Council budget vote 1/);
    expect(coloured.stdout).toContain('\x1b[');
    const plain = await onTerminal({ NO_COLOR: '1' });
    expect(plain.stdout).toMatch(/\d+ attributions?: \d+ anonymous/);
    expect(plain.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
  }, SPAWN_TIMEOUT);
});
