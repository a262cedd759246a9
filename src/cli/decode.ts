/**
 * Bytes to text, the way a careful reader's tools would: byte-order marks,
 * declared charsets, and a precise complaint when a file is not what it says.
 * Pure (no I/O).
 */
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

/** The charset declared by `<meta charset>` or `<meta http-equiv content>` near the top of an HTML document. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return knownEncoding(charset[1]);
  }
  return null;
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | null): string | null {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return match ? knownEncoding(match[1]) : null;
}

export interface HtmlDecodeOptions {
  /** A charset from outside the document (HTTP Content-Type), which wins over `<meta>`. */
  transportCharset?: string | null;
  /** Replace bad bytes as a browser does, instead of failing (for pages one cannot re-save). */
  lenient?: boolean;
}

/**
 * An HTML document's text, decoded as a browser would: byte-order mark, then
 * the transport's charset, then `<meta charset>`, then UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, options: HtmlDecodeOptions = {}): string {
  const encoding = bomEncoding(bytes) ?? options.transportCharset ?? declaredHtmlCharset(bytes) ?? 'utf-8';
  if (encoding === 'utf-8' && !options.lenient) return decodeUtf8Strict(bytes);
  return new TextDecoder(encoding).decode(bytes);
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
