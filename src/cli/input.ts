/**
 * Inputs as the user names them (a file path, "-" for standard input, an
 * http(s) URL) turned into text ready to analyse, or an InputError that says
 * in one line what is wrong and what to do.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import {
  bomEncoding,
  checkIsText,
  contentTypeCharset,
  decodeBytes,
  decodeHtml,
  decodePlainText,
  isGzip,
  looksLikeHtml,
  SNIFF_BYTES,
} from './decode';
import { InputError } from './errors';

const gunzip = promisify(gunzipCallback);

export type ContentKind = 'html' | 'text';

/** An input read and decoded, ready for the pipeline. Plain data: it crosses to worker threads. */
export interface LoadedInput {
  /** The input as given (a path, "-", a URL): goes to `Report.input`. */
  input: string;
  kind: ContentKind;
  content: string;
  /** The document's address, for an HTML page (a file: or http(s): URL). */
  url?: string;
  /** What to call the input when it has no title of its own: the file's name, or the URL. */
  name: string;
}

export const STDIN_INPUT = '-';

/** File name endings, lower case, and what they hold. `.gz` is unwrapped first. */
const EXTENSION_KIND: Record<string, ContentKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
};

const GZIP_EXTENSION = '.gz';

/** Content types that are an HTML page, and that are plain text. */
const HTML_CONTENT_TYPES = ['text/html', 'application/xhtml+xml'];
const TEXT_CONTENT_TYPES = ['text/plain'];

export const DEFAULT_URL_TIMEOUT_SECONDS = 30;

/** A megabyte as the size limit counts it (2^20 bytes). */
export const MB = 1024 * 1024;
/**
 * The largest input read, in MB: a file, standard input, a fetched page (as
 * it arrives, after the server's own compression is undone) or a .gz file
 * once inflated. An article page is rarely above 5 MB; the limit stops an
 * endless body or a gzip bomb before it fills the memory.
 */
export const DEFAULT_MAX_INPUT_MB = 20;
const DEFAULT_MAX_BYTES = DEFAULT_MAX_INPUT_MB * MB;

/** The size limit in words, for errors: "20 MB". */
function sizeLimit(maxBytes: number): string {
  return `${Number((maxBytes / MB).toFixed(3))} MB`;
}

/** The error for an input over the size limit: what went over, the limit, and the option that raises it. */
function tooLarge(what: string, maxBytes: number): InputError {
  return new InputError(`${what} more than ${sizeLimit(maxBytes)} (the --max-size limit)`, 'raise it with --max-size MB if the input is meant to be this large');
}

/** What the CLI says it is, to servers. */
const USER_AGENT = 'SourceLens-CLI (+https://github.com/sourcelens)';

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** "file:///…", "ftp://…": an address with a scheme (a Windows drive letter is not one). */
const URL_WITH_SCHEME = /^[a-z][a-z0-9+.-]+:\/\//i;

/**
 * Where to read a non-http input from: a file: URL names a file; any other
 * scheme is an error, since only http(s) pages are fetched.
 */
export function fileOfInput(input: string): string {
  if (!URL_WITH_SCHEME.test(input)) return input;
  if (/^file:/i.test(input)) {
    try {
      return fileURLToPath(input);
    } catch {
      throw new InputError('not a valid file: URL', 'give the file\'s path instead');
    }
  }
  const scheme = input.slice(0, input.indexOf(':'));
  throw new InputError(`${scheme}: addresses cannot be fetched`, 'give an http(s) address or a saved file');
}

/** A missing "www.example.com/story" was most likely meant as an address. */
function looksLikeAddress(input: string): boolean {
  return /^www\.[^/\s]+\.[a-z]{2,}(\/|$)/i.test(input);
}

function kindOfName(name: string): ContentKind | null {
  return EXTENSION_KIND[path.extname(name).toLowerCase()] ?? null;
}

function contentKindFromBytes(bytes: Uint8Array): ContentKind {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return 'html';
  return looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))) ? 'html' : 'text';
}

async function unwrapGzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (!isGzip(bytes)) {
    throw new InputError(
      'not a gzip file (it lacks the gzip signature)',
      'remove the .gz ending if it is plain HTML, or compress it with gzip',
    );
  }
  try {
    // Inflation stops at the limit: a few MB of gzip can hold gigabytes.
    return new Uint8Array(await gunzip(bytes, { maxOutputLength: maxBytes }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('it inflates to', maxBytes);
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`a damaged gzip file (${detail})`, 'download or compress the file again');
  }
}

/** Bytes of a known or sniffed kind to text, with the checks each kind needs. */
function decodeAs(kind: ContentKind, bytes: Uint8Array, transportCharset?: string | null, lenient = false): string {
  if (kind === 'text') {
    let text: string;
    if (lenient || (transportCharset && transportCharset !== 'utf-8')) {
      const encoding = bomEncoding(bytes) ?? transportCharset ?? 'utf-8';
      if (!encoding.startsWith('utf-16')) checkIsText(bytes, 'text');
      text = decodeBytes(bytes, encoding);
    } else {
      text = decodePlainText(bytes);
    }
    if (text.trim() === '') throw new InputError('the text is only white space', 'give a file with the article text in it');
    return text;
  }
  const unicodeWithBom = bomEncoding(bytes)?.startsWith('utf-16') ?? false;
  if (!unicodeWithBom) checkIsText(bytes, 'HTML');
  return decodeHtml(bytes, { transportCharset });
}

async function readFileBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (looksLikeAddress(file)) throw new InputError('no such file', `to fetch the page, give its full address: https://${file}`);
      throw new InputError('no such file', 'check the path and try again');
    }
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('permission denied', 'check that you may read the file');
    throw new InputError(`cannot be read (${code ?? 'unknown error'})`, 'check the path and try again');
  }
  if (info.isDirectory()) {
    throw new InputError('a directory, not a file', `give the files inside it (e.g. ${path.join(file, '*.html')})`);
  }
  if (!info.isFile()) throw new InputError('not a regular file', 'give an .html, .htm, .html.gz or .txt file');
  if (info.size > maxBytes) throw tooLarge('the file has', maxBytes);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot be read (${code ?? 'unknown error'})`, 'check that you may read the file');
  }
}

/** A file, by its name's ending: .html/.htm (also gzipped), .txt; anything else is sniffed. */
export async function loadFile(input: string, file = fileOfInput(input), maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedInput> {
  let bytes = await readFileBytes(file, maxBytes);
  let name = path.basename(file);
  if (name.toLowerCase().endsWith(GZIP_EXTENSION)) {
    bytes = await unwrapGzip(bytes, maxBytes);
    name = name.slice(0, -GZIP_EXTENSION.length);
  }
  if (bytes.length === 0) throw new InputError('the file is empty', 'give a file with the article in it');
  const kind = kindOfName(name) ?? contentKindFromBytes(bytes);
  const content = decodeAs(kind, bytes);
  return { input, kind, content, name, ...(kind === 'html' ? { url: pathToFileURL(path.resolve(file)).href } : {}) };
}

/** Standard input, HTML or text (sniffed), gzipped or not. */
export async function loadStdin(stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedInput> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) throw tooLarge('standard input has', maxBytes);
    chunks.push(buffer);
  }
  let bytes: Uint8Array = new Uint8Array(Buffer.concat(chunks));
  if (isGzip(bytes)) bytes = await unwrapGzip(bytes, maxBytes);
  if (bytes.length === 0) throw new InputError('standard input is empty', 'pipe an article into it, e.g. sourcelens - < article.html');
  const kind = contentKindFromBytes(bytes);
  return { input: STDIN_INPUT, kind, content: decodeAs(kind, bytes), name: 'stdin' };
}

/**
 * Why a fetch failed, in words, from undici's error and its cause. A time
 * out says whether the server never answered or answered too slowly
 * (`answered`: the headers came, the body did not finish).
 */
export function describeFetchFailure(error: unknown, url: URL, timeoutSeconds: number, answered = false): InputError {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new InputError(
      answered ? `the page did not arrive in full within ${timeoutSeconds} s (the --timeout limit)` : `no answer within ${timeoutSeconds} s (the --timeout limit)`,
      'check the address, or allow more time with --timeout SECONDS',
    );
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new InputError(`the host ${url.hostname} was not found`, 'check the address and your network connection');
  }
  if (code === 'ECONNREFUSED') {
    return new InputError(`the server at ${url.host} refused the connection`, 'check the address, or try again later');
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return new InputError(`the server at ${url.host} closed the connection`, 'try again later');
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new InputError(`a secure connection to ${url.host} failed (${code})`, 'check the address, or save the page and analyse the file');
  }
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new InputError(`the page could not be fetched (${detail})`, 'check the address and your network connection');
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * A response's body, read as it arrives and given up as soon as it passes
 * `maxBytes` (an endless body, or one the server's compression inflates
 * without end): the bytes are counted after fetch undoes Content-Encoding.
 */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes && !response.headers.get('content-encoding')) {
    await response.body?.cancel();
    throw tooLarge('the page has', maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge('the page has', maxBytes);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

/**
 * An http(s) page: redirects followed, a time limit for the whole page (the
 * answer and its body) and a size limit, decoded by the response's charset.
 * Bytes that are not valid in that charset are replaced as a browser does
 * (the reader cannot re-save someone else's page).
 */
export async function loadUrl(input: string, timeoutSeconds = DEFAULT_URL_TIMEOUT_SECONDS, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedInput> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError('not a valid URL', 'check the address');
  }
  let response: Response | undefined;
  let bytes: Uint8Array;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
      },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new InputError(`the server answered HTTP ${status}`, 'check the address, or save the page and analyse the file');
    }
    bytes = await readBody(response, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describeFetchFailure(error, url, timeoutSeconds, response !== undefined);
  }
  const contentType = response.headers.get('content-type');
  const type = mediaType(contentType);
  let kind: ContentKind;
  if (HTML_CONTENT_TYPES.includes(type)) kind = 'html';
  else if (TEXT_CONTENT_TYPES.includes(type)) kind = 'text';
  else if (type === '') kind = contentKindFromBytes(bytes);
  else throw new InputError(`the page is ${type}, not HTML or text`, 'give the address of an article page');
  if (bytes.length === 0) throw new InputError('the page is empty', 'check the address');
  const content = decodeAs(kind, bytes, contentTypeCharset(contentType), true);
  return { input, kind, content, name: input, url: response.url || url.href };
}
