/** The CLI's pure parts: options, decoding, sniffing, titles. (The spawned command is in cli.test.ts.) */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatForOutputFile, parseArgs } from '../../src/cli/args';
import {
  contentTypeCharset,
  decodeHtml,
  decodePlainText,
  declaredHtmlCharset,
  firstInvalidUtf8,
  looksLikeHtml,
} from '../../src/cli/decode';
import { InputError, UsageError } from '../../src/cli/errors';
import { describeFetchFailure, fileOfInput } from '../../src/cli/input';
import { titleOfText } from '../../src/cli/pipeline';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseArgs', () => {
  it('takes options in short, long and --name=value forms, and inputs in order', () => {
    const options = parseArgs(['-f', 'md', 'a.html', '--language=uk', '-', '--jobs', '3', '--timeout=2.5', '--no-color', 'b.txt']);
    expect(options.inputs).toEqual(['a.html', '-', 'b.txt']);
    expect(options.format).toBe('md');
    expect(options.language).toBe('uk');
    expect(options.jobs).toBe(3);
    expect(options.timeoutSeconds).toBe(2.5);
    expect(options.color).toBe('never');
    expect(parseArgs(['--color']).color).toBe('always');
    expect(parseArgs([]).color).toBe('auto');
  });

  it('treats everything after -- as an input, even names that start with a dash', () => {
    expect(parseArgs(['--', '-odd.html', '--help']).inputs).toEqual(['-odd.html', '--help']);
  });

  it('accepts the usual other names of the formats', () => {
    expect(parseArgs(['--format', 'markdown']).format).toBe('md');
    expect(parseArgs(['--format', 'JSONL']).format).toBe('jsonl');
    expect(parseArgs(['-f', 'ndjson']).format).toBe('jsonl');
    expect(parseArgs(['-f', 'CSV']).format).toBe('csv');
  });

  it('keeps only the primary language subtag', () => {
    expect(parseArgs(['-l', 'en-GB']).language).toBe('en');
  });

  it.each([
    [['--nope'], 'unknown option --nope; see sourcelens --help'],
    [['-x'], 'unknown option -x; see sourcelens --help'],
    [['--format'], '--format needs a value; see sourcelens --help'],
    [['--format', 'pdf'], 'unknown format "pdf"; use text, md, csv or jsonl'],
    [['--jobs', '0'], '--jobs needs a positive whole number, not "0"'],
    [['--jobs', '1.5'], '--jobs needs a positive whole number, not "1.5"'],
    [['--timeout', 'soon'], '--timeout needs a positive number, not "soon"'],
    [['--language', 'english!'], '--language needs a language tag such as "en", not "english!"'],
    [['--help=yes'], '--help takes no value; see sourcelens --help'],
    [['-', 'a.html', '-'], 'standard input ("-") can be read only once; see sourcelens --help'],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('picks the format of an output file from its name', () => {
    expect(formatForOutputFile('check.md')).toBe('md');
    expect(formatForOutputFile('profile.TXT')).toBe('text');
    expect(formatForOutputFile('findings.CSV')).toBe('csv');
    expect(formatForOutputFile('reports.jsonl')).toBe('jsonl');
    expect(formatForOutputFile('reports')).toBe('jsonl');
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with TextDecoder on any bytes, and names the first bad byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const offset = firstInvalidUtf8(input);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        expect(offset === -1).toBe(valid);
        if (offset >= 0) {
          // Everything before it is valid UTF-8.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2); // cut short
    expect(firstInvalidUtf8(utf8('héllo “ok” 😀'))).toBe(-1);
  });
});

describe('decodePlainText', () => {
  it('drops a leading byte-order mark and changes nothing else', () => {
    expect(decodePlainText(utf8('\uFEFFa\r\nb\u00a0 c\n'))).toBe('a\r\nb\u00a0 c\n');
    // Only the leading one: a BOM inside the text is text.
    expect(decodePlainText(utf8('a\uFEFFb'))).toBe('a\uFEFFb');
  });

  it('names the offending byte of invalid UTF-8, counting the byte-order mark', () => {
    expect(() => decodePlainText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff))).toThrow(
      'not valid UTF-8 (byte 0xff at offset 4); save the file as UTF-8 and try again',
    );
  });

  it('says a UTF-16 file is UTF-16, not "binary"', () => {
    expect(() => decodePlainText(bytes(0xff, 0xfe, 0x61, 0x00))).toThrow('saved as UTF-16LE, not UTF-8');
  });

  it('refuses binary and empty files', () => {
    expect(() => decodePlainText(bytes(0x61, 0x00))).toThrow(InputError);
    expect(() => decodePlainText(bytes(0x61, 0x00))).toThrow('a binary file, not text (NUL byte at offset 1)');
    expect(() => decodePlainText(bytes())).toThrow('the file is empty');
  });
});

describe('decodeHtml', () => {
  it('follows <meta charset> and http-equiv declarations', () => {
    const latin = Buffer.from('<html><head><meta charset="windows-1252"></head><body>caf\u00e9</body></html>', 'latin1');
    expect(decodeHtml(latin)).toContain('café');
    const httpEquiv = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na\u00efve</p>', 'latin1');
    expect(declaredHtmlCharset(httpEquiv)).toBe('windows-1252');
    expect(decodeHtml(httpEquiv)).toContain('naïve');
  });

  it('lets the transport charset win over the page, and a BOM win over both', () => {
    const page = Buffer.from('<meta charset="utf-8"><p>caf\u00e9</p>', 'latin1');
    expect(decodeHtml(page, { transportCharset: 'windows-1252' })).toContain('café');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>café</p>')]);
    expect(decodeHtml(withBom, { transportCharset: 'windows-1252' })).toBe('<p>café</p>');
  });

  // Pages as a legacy site serves them: bytes made by an encoder, not by hand.
  const CHINESE = '据三名知情人士透露，双方代表团已经一周没有见面。外交部长周一表示，谈判不会恢复，除非边防部队撤出。';
  const JAPANESE = '協議に詳しい二人の関係者によると、代表団は一週間会っていない。外務大臣は月曜日、国境警備隊が撤退しない限り交渉は再開されないと述べた。';
  const FRENCH = 'Selon deux fonctionnaires proches des négociations, les délégations ne se sont pas rencontrées depuis une semaine. « Ça n’avancera pas », a déclaré le ministre.';
  const page = (body: string, head = '') =>
    `<!doctype html><html><head>${head}<title>Test</title></head><body><article><p>${body}</p></article></body></html>`;

  it.each([
    ['iso-8859-1', FRENCH.replace('’', "'")],
    ['windows-1252', FRENCH],
    ['gb2312', CHINESE],
    ['shift_jis', JAPANESE],
  ])('decodes a page in %s by its <meta charset>, by its http-equiv, and by detection when it declares nothing', (charset, text) => {
    const declared = iconv.encode(page(text, `<meta charset="${charset}">`), charset);
    expect(decodeHtml(declared)).toContain(text);
    const httpEquiv = iconv.encode(page(text, `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`), charset);
    expect(decodeHtml(httpEquiv)).toContain(text);
    const undeclared = iconv.encode(page(`${text} ${text}`), charset);
    expect(decodeHtml(undeclared)).toContain(text);
  });

  it('finds a declaration after a long run of scripts in the head, as Chromium does, but not in the body', () => {
    const scripts = `<script>${'var x = 1;\n'.repeat(300)}</script>`;
    const late = iconv.encode(page(FRENCH, `${scripts}<meta charset="windows-1250">`), 'windows-1250');
    expect(late.indexOf(Buffer.from('charset'))).toBeGreaterThan(1024);
    expect(declaredHtmlCharset(late)).toBe('windows-1250');
    // (The standard's first 1024 bytes are read whatever they hold.)
    const inBody = Buffer.from(page(`${FRENCH.repeat(8)} <meta charset="shift_jis">`));
    expect(inBody.indexOf(Buffer.from('charset'))).toBeGreaterThan(1024);
    expect(declaredHtmlCharset(inBody)).toBeNull();
  });

  it('reads UTF-8 with a few stray bytes as a browser does, and mislabelled Latin-1 as Latin-1', () => {
    const [before, after] = page(`${CHINESE} caf|STRAY| end`, '<meta charset="utf-8">').split('|STRAY|');
    const mostlyUtf8 = Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
    const mixed = decodeHtml(mostlyUtf8);
    expect(mixed).toContain(CHINESE);
    expect(mixed).toContain('caf\uFFFD end');
    const mislabelled = Buffer.from(page(FRENCH.replace('’', "'"), '<meta charset="utf-8">'), 'latin1');
    expect(decodeHtml(mislabelled)).toContain(FRENCH.replace('’', "'"));
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(contentTypeCharset('text/html; charset="Shift_JIS"')).toBe('shift_jis');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(contentTypeCharset('text/html; charset=no-such-charset')).toBeNull();
  });
});

describe('looksLikeHtml', () => {
  it('tells HTML from text that merely mentions tags', () => {
    expect(looksLikeHtml('\n  <!DOCTYPE html><html><body><p>x</p>')).toBe(true);
    expect(looksLikeHtml('<div class="story"><p>Officials said…</p></div>')).toBe(true);
    expect(looksLikeHtml('\uFEFF<html lang="en">')).toBe(true);
    expect(looksLikeHtml('Officials said the <p> tag was misused.')).toBe(false);
    expect(looksLikeHtml('<3 Officials said')).toBe(false);
  });
});

describe('titleOfText', () => {
  it('is the first non-blank line when it is short enough for a headline', () => {
    expect(titleOfText('\n\n  Council backs budget  \r\nOfficials said…', 'notes.txt')).toBe('Council backs budget');
  });

  it('is the file name when the first line is body text, or all there is', () => {
    expect(titleOfText(`${'Officials said the budget would pass, or not '.repeat(4)}\nMore.`, 'notes.txt')).toBe('notes.txt');
    expect(titleOfText('Officials said the budget would pass.\nThe mayor agreed.', 'notes.txt')).toBe('notes.txt');
    expect(titleOfText('Council backs budget\n', 'notes.txt')).toBe('notes.txt');
    expect(titleOfText('   \n', 'notes.txt')).toBe('notes.txt');
  });

  it('keeps a headline that asks a question', () => {
    expect(titleOfText('Is a deal near?\n\nOfficials said…', 'notes.txt')).toBe('Is a deal near?');
  });
});

describe('fileOfInput', () => {
  it('reads paths as they are, file: URLs as the file they name, and refuses other schemes', () => {
    expect(fileOfInput('notes/a.txt')).toBe('notes/a.txt');
    expect(fileOfInput('C:\\news\\a.html')).toBe('C:\\news\\a.html');
    expect(fileOfInput('file:///tmp/a%20b.html')).toBe('/tmp/a b.html');
    expect(() => fileOfInput('ftp://example.com/a.html')).toThrow('ftp: addresses cannot be fetched; give an http(s) address or a saved file');
  });
});

describe('describeFetchFailure', () => {
  const url = new URL('https://news.example/story');
  const fetchError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

  it('says in words what went wrong with the network', () => {
    expect(describeFetchFailure(fetchError('ENOTFOUND'), url, 30).message).toBe(
      'the host news.example was not found; check the address and your network connection',
    );
    expect(describeFetchFailure(fetchError('ECONNREFUSED'), url, 30).message).toMatch(/^the server at news\.example refused the connection; /);
    expect(describeFetchFailure(fetchError('CERT_HAS_EXPIRED'), url, 30).message).toMatch(/^a secure connection to news\.example failed \(CERT_HAS_EXPIRED\); /);
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(describeFetchFailure(timeout, url, 12).message).toBe(
      'no answer within 12 s (the --timeout limit); check the address, or allow more time with --timeout SECONDS',
    );
    expect(describeFetchFailure(fetchError('EWHATEVER'), url, 30)).toBeInstanceOf(InputError);
  });
});
