/**
 * The CLI's size and time limits against inputs made to exhaust it: a URL
 * whose body never ends, a server that sends a byte now and then (slow
 * loris), a gzip bomb as a file, on standard input and as a response's
 * Content-Encoding. Each stops at its limit with one line naming it, within
 * bounded time and memory, and the rest of a batch still runs. The server
 * listens on 127.0.0.1 only, and stops writing by itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { InputError } from '../../src/cli/errors';
import { DEFAULT_MAX_INPUT_MB, loadFile, loadStdin, loadUrl, MB } from '../../src/cli/input';
import { DEFAULT_SAMPLE, REPO_ROOT } from '../../src/cli/paths';
import { run } from '../../src/cli/run';

/** One gzip member of 1 MB of zeros (about 1 KB); members concatenated are one gzip stream. */
const ZEROS_MEMBER = gzipSync(Buffer.alloc(MB));
/** A gzip bomb: `mb` MB once inflated, about a thousandth of that on disk. */
const gzipBomb = (mb: number) => Buffer.concat(Array.from({ length: mb }, () => ZEROS_MEMBER));

/** A server never writes more than this to one response, nor for longer: the test cannot hang on it. */
const SERVER_MAX_BYTES = 256 * MB;
const SERVER_MAX_MS = 20_000;

let server: Server;
let baseUrl: string;
let work: string;
/** Bytes each response had written when its connection closed, by path. */
const writtenWhenClosed = new Map<string, number>();

/** Writes `chunk` every `everyMs` until the client leaves or the server's own bounds are reached. */
function keepWriting(res: ServerResponse, url: string, chunk: Buffer, everyMs: number): void {
  let written = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    if (written >= SERVER_MAX_BYTES || Date.now() - started > SERVER_MAX_MS) {
      clearInterval(timer);
      res.end();
      return;
    }
    // Back-pressure: write only when the client keeps up, as a real server does.
    if (res.writableNeedDrain) return;
    res.write(chunk);
    written += chunk.length;
  }, everyMs);
  res.on('close', () => {
    clearInterval(timer);
    writtenWhenClosed.set(url, written);
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'sourcelens-limits-'));
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><p>');
      return keepWriting(res, url, Buffer.alloc(64 * 1024, 'a'), 1);
    }
    if (url === '/slow-loris') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return keepWriting(res, url, Buffer.from('a'), 100);
    }
    if (url === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(gzipBomb(100));
    }
    if (url === '/declared-large') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(30 * MB) });
      return keepWriting(res, url, Buffer.alloc(64 * 1024, 'a'), 50);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The InputError `load` ends with, and how long it took. */
async function failure(load: () => Promise<unknown>): Promise<{ error: InputError; ms: number }> {
  const started = performance.now();
  const error = await load().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return { error: error as InputError, ms: performance.now() - started };
}

describe('a fetched page', () => {
  it('whose body never ends stops at the default size limit, in one line naming it, and the connection is closed', async () => {
    const { error, ms } = await failure(() => loadUrl(`${baseUrl}/endless`, 30));
    expect(error.message).toBe(`the page has more than ${DEFAULT_MAX_INPUT_MB} MB (the --max-size limit); raise it with --max-size MB if the input is meant to be this large`);
    expect(ms).toBeLessThan(15_000);
    await expect.poll(() => writtenWhenClosed.get('/endless'), { timeout: 5_000 }).toBeLessThan(2 * DEFAULT_MAX_INPUT_MB * MB);
  });

  it('stops at a smaller limit when one is given', async () => {
    const { error } = await failure(() => loadUrl(`${baseUrl}/endless`, 30, MB / 2));
    expect(error.problem).toBe('the page has more than 0.5 MB (the --max-size limit)');
  });

  it('that declares a length over the limit is refused before its body is read', async () => {
    const { error, ms } = await failure(() => loadUrl(`${baseUrl}/declared-large`, 30));
    expect(error.problem).toBe(`the page has more than ${DEFAULT_MAX_INPUT_MB} MB (the --max-size limit)`);
    expect(ms).toBeLessThan(2_000);
  });

  it('sent a byte at a time (slow loris) stops at the time limit, which it names', async () => {
    const { error, ms } = await failure(() => loadUrl(`${baseUrl}/slow-loris`, 0.6));
    expect(error.message).toBe('the page did not arrive in full within 0.6 s (the --timeout limit); check the address, or allow more time with --timeout SECONDS');
    expect(ms).toBeGreaterThanOrEqual(550);
    expect(ms).toBeLessThan(5_000);
  });

  it('whose Content-Encoding inflates without end (a gzip bomb) stops at the size limit', async () => {
    const { error } = await failure(() => loadUrl(`${baseUrl}/gzip-bomb`, 30));
    expect(error.problem).toBe(`the page has more than ${DEFAULT_MAX_INPUT_MB} MB (the --max-size limit)`);
  });
});

describe('a gzip bomb', () => {
  it('as a .html.gz file (3 MB inflating to 3 GB) stops at the size limit, in bounded time and memory', async () => {
    const file = path.join(work, 'bomb.html.gz');
    writeFileSync(file, gzipBomb(3_000));
    const before = process.memoryUsage().arrayBuffers;
    const { error, ms } = await failure(() => loadFile(file));
    expect(error.message).toBe(`it inflates to more than ${DEFAULT_MAX_INPUT_MB} MB (the --max-size limit); raise it with --max-size MB if the input is meant to be this large`);
    expect(ms).toBeLessThan(10_000);
    // The inflated bytes were never all held: at most the limit's worth, plus the file.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * DEFAULT_MAX_INPUT_MB * MB);
  });

  it('on standard input stops at the size limit too', async () => {
    const { error } = await failure(() => loadStdin(Readable.from([gzipBomb(50)]), 10 * MB));
    expect(error.problem).toBe('it inflates to more than 10 MB (the --max-size limit)');
  });
});

describe('standard input and files over the limit', () => {
  it('an endless standard input stops at the limit', async () => {
    let sent = 0;
    // Bounded by itself (1 GB) so that a missing limit fails the test rather than hanging it.
    const endless = Readable.from((function* () {
      while (sent < 1024 * MB) {
        sent += 64 * 1024;
        yield Buffer.alloc(64 * 1024, 'a');
      }
    })());
    const { error } = await failure(() => loadStdin(endless, MB));
    expect(error.problem).toBe('standard input has more than 1 MB (the --max-size limit)');
    expect(sent).toBeLessThan(2 * MB);
  });

  it('a file larger than the limit is refused without reading it', async () => {
    const file = path.join(work, 'large.html');
    writeFileSync(file, Buffer.alloc(2 * MB, 'a'));
    const { error } = await failure(() => loadFile(file, file, MB));
    expect(error.problem).toBe('the file has more than 1 MB (the --max-size limit)');
  });
});

describe('--max-size', () => {
  it('defaults to 20 MB and takes a positive number', () => {
    expect(parseArgs([]).maxSizeMb).toBe(20);
    expect(parseArgs(['--max-size', '2.5']).maxSizeMb).toBe(2.5);
    expect(() => parseArgs(['--max-size', '0'])).toThrow('--max-size needs a positive number, not "0"');
  });

  it('refuses one input of a batch with one line naming the limit, and the rest still run', async () => {
    const bomb = path.join(work, 'batch-bomb.html.gz');
    writeFileSync(bomb, gzipBomb(30));
    const sample = path.join(REPO_ROOT, DEFAULT_SAMPLE);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (b: Buffer) => (out += b.toString()));
    stderr.on('data', (b: Buffer) => (err += b.toString()));
    const status = await run(['-f', 'jsonl', '--jobs', '1', '--max-size', '5', bomb, sample], { stdin: Readable.from([]), stdout, stderr, env: {} });
    expect(status).toBe(1);
    expect(err).toBe(`sourcelens: ${bomb}: it inflates to more than 5 MB (the --max-size limit); raise it with --max-size MB if the input is meant to be this large\n`);
    const reports = out.trim().split('\n').map((line) => JSON.parse(line) as { input: string; attributions: unknown[] });
    expect(reports.map((r) => r.input)).toEqual([sample]);
    expect(reports[0].attributions.length).toBeGreaterThan(0);
  }, 60_000);
});
