/**
 * Bytes to text, the way a careful reader's tools would: byte-order marks,
 * declared charsets, and a precise complaint when a file is not what it says.
 * Pure (no I/O).
 *
 * HTML is decoded as browsers decode it (the HTML standard's encoding
 * sniffing): encoding-sniffer does the standard's prescan of the bytes for a
 * `<meta charset>`, http-equiv or XML declaration; chardet guesses the
 * encoding of a page that declares none and is not UTF-8; iconv-lite turns
 * legacy bytes into text (Node 20's TextDecoder reads windows-1252 as
 * Latin-1, losing its quotes, dashes and euro sign).
 */
import { detect as detectEncoding } from 'chardet';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';
import { InputError } from './errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * How far into a document we look to tell what it is: the HTML standard's
 * charset "prescan" window, also used to tell HTML from text.
 */
export const SNIFF_BYTES = 1024;

const SAVE_AS_UTF8 = 'save the file as UTF-8 and try again';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Which Unicode encoding a byte-order mark announces, if any. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  return null;
}

/** The offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (codePoint < min || codePoint > 0x10ffff || surrogate) return i;
    i += length;
  }
  return -1;
}

function hexByte(b: number): string {
  return `0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * UTF-8 text exactly as stored, a leading byte-order mark dropped and nothing
 * else changed. Invalid UTF-8 is an error naming the first bad byte.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const local = firstInvalidUtf8(body);
    const offset = local + (body === bytes ? 0 : UTF8_BOM.length);
    const where = local < 0 ? '' : ` (byte ${hexByte(bytes[offset])} at offset ${offset})`;
    throw new InputError(`not valid UTF-8${where}`, SAVE_AS_UTF8);
  }
}

/** Fails on a file that is binary (a NUL byte) or empty. */
export function checkIsText(bytes: Uint8Array, expected: string): void {
  if (bytes.length === 0) throw new InputError('the file is empty', `give a file with ${expected} in it`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(
      `a binary file, not ${expected} (NUL byte at offset ${nul})`,
      'give an .html, .htm, .html.gz or .txt file',
    );
  }
}

/** The charset a label names, if TextDecoder knows it ("latin1" → "windows-1252"). */
export function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** `bytes` in `encoding` (a WHATWG name), bad bytes replaced as a browser replaces them. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding.startsWith('utf-') || !iconv.encodingExists(encoding)) return new TextDecoder(encoding).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * How far the prescan looks for a declaration: the whole `<head>`, as
 * Chromium reads it, not only the standard's first 1024 bytes (pages put a
 * long run of scripts and links before their `<meta charset>`), up to this.
 */
const PRESCAN_MAX_BYTES = 64 * 1024;
const BODY_START = /<body[\s>]/i;

/** What WHATWG calls the default for a page that says nothing (most of the world's browsers). */
const FALLBACK_ENCODING = 'windows-1252';

/**
 * The charset declared in an HTML document's bytes (`<meta charset>`,
 * `<meta http-equiv="Content-Type" content>`, an XML declaration), found by
 * the HTML standard's prescan over the document's head; null when none is.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const window = bytes.subarray(0, PRESCAN_MAX_BYTES);
  const bodyAt = new TextDecoder('latin1').decode(window).search(BODY_START);
  const sniffer = new Sniffer({ maxBytes: bodyAt < 0 ? window.length : Math.max(SNIFF_BYTES, bodyAt) });
  sniffer.write(window);
  const declared = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING;
  return declared ? knownEncoding(sniffer.encoding) : null;
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | null): string | null {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return match ? knownEncoding(match[1]) : null;
}

export interface HtmlDecodeOptions {
  /** A charset from outside the document (HTTP Content-Type), which wins over `<meta>`. */
  transportCharset?: string | null;
}

/**
 * Bytes said to be (or guessed to be) UTF-8 that are not valid UTF-8: a page
 * of UTF-8 with a few stray bytes (a pasted word in Latin-1) is read as UTF-8
 * with those bytes replaced, as a browser shows it; bytes that are mostly not
 * UTF-8 were mislabelled or never labelled, so their encoding is detected.
 */
function decodeInvalidUtf8(bytes: Uint8Array): string {
  const replaced = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  let nonAscii = 0;
  for (let i = 0; i < replaced.length; i++) {
    const code = replaced.charCodeAt(i);
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f) nonAscii++;
  }
  if (nonAscii > invalid) return replaced;
  const detected = knownEncoding(detectEncoding(bytes));
  return decodeBytes(bytes, detected && detected !== 'utf-8' ? detected : FALLBACK_ENCODING);
}

/**
 * An HTML document's text, decoded as a browser would: byte-order mark, then
 * the transport's charset, then the document's declaration, then UTF-8 when
 * the bytes are UTF-8, else the encoding detected. Never fails: a browser
 * shows any bytes (binary files are refused before, by `checkIsText`).
 */
export function decodeHtml(bytes: Uint8Array, options: HtmlDecodeOptions = {}): string {
  const encoding = bomEncoding(bytes) ?? options.transportCharset ?? declaredHtmlCharset(bytes) ?? 'utf-8';
  if (encoding !== 'utf-8') return decodeBytes(bytes, encoding);
  try {
    return decodeUtf8Strict(bytes);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return decodeInvalidUtf8(startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes);
  }
}

/**
 * A plain-text file's text: UTF-8 exactly as stored, so that offsets point
 * into the file. A UTF-16 file gets a clear message rather than "binary".
 */
export function decodePlainText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    throw new InputError(`saved as ${bom.toUpperCase()}, not UTF-8`, SAVE_AS_UTF8);
  }
  checkIsText(bytes, 'text');
  return decodeUtf8Strict(bytes);
}

/** The first bytes of a gzip stream (RFC 1952). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether text that came without a name or type looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, SNIFF_BYTES);
  if (!start.startsWith('<')) return false;
  return /^<(!doctype\s+html|html|head|body|meta|article|main|div|p|!--)/i.test(start) || /<\/?(html|body|p|div|article)\b/i.test(start);
}
