/**
 * Reading the Russian and Ukrainian lexical resources that Debian packages:
 * the LibreOffice thesauri (mythes-ru, mythes-uk) and Apertium's
 * Russian–Ukrainian data (apertium-rus-ukr: morphological analysers and
 * generators, a bilingual dictionary), the latter through Apertium's own
 * `lt-proc`. Only the build script reads them; the analyser reads its output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const APERTIUM = '/usr/share/apertium/apertium-rus-ukr';
const MYTHES = '/usr/share/mythes';

/** The Debian packages the build reads, for the error message and the README. */
export const DEBIAN_PACKAGES = ['mythes-ru', 'apertium-rus-ukr', 'wukrainian', 'hunspell-ru'] as const;

function missing(what: string, path: string): Error {
  return new Error(
    `build-uk-ru: ${what} is not at ${path}. The Russian and Ukrainian speech verbs and person nouns are built from Debian's ${DEBIAN_PACKAGES.join(' and ')}: ` +
      `run \`apt-get install ${DEBIAN_PACKAGES.join(' ')}\` and build again.`,
  );
}

/** A Debian package's installed version ("0.2.1-4"), recorded in each list's source. */
export function debianVersion(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    throw missing(`the Debian package ${name}`, 'dpkg');
  }
}

/**
 * A thesaurus of the MyThes format: a line "word|n" opens an entry of n
 * lines, each "(kind)|synonym|synonym…". Returns, per headword, its rows of
 * the kind asked for ("(синоним)"); each row is the words of one sense.
 */
export function thesaurusRows(file: string, kind: string): Map<string, string[][]> {
  const path = join(MYTHES, file);
  if (!existsSync(path)) throw missing(`the thesaurus ${file}`, MYTHES);
  const lines = readFileSync(path, 'utf8').split('\n');
  const entries = new Map<string, string[][]>();
  for (let i = 1; i < lines.length; i++) {
    const [head, count] = lines[i].split('|');
    const n = Number(count);
    if (!head || !Number.isInteger(n)) continue;
    const rows: string[][] = [];
    for (const row of lines.slice(i + 1, i + 1 + n)) {
      const [label, ...words] = row.split('|');
      if (label === kind) rows.push(words.map((w) => w.trim()));
    }
    entries.set(head, rows);
    i += n;
  }
  return entries;
}

/**
 * The lower-case words of a word list: Debian's wukrainian (/usr/share/dict/ukrainian, one word a line)
 * or a hunspell dictionary (/usr/share/hunspell/ru_RU.dic, "stem/FLAGS" after a count line).
 */
export function wordList(path: string, letters: RegExp): string[] {
  if (!existsSync(path)) throw missing(`the word list ${path}`, path);
  const words = readFileSync(path, 'utf8').split('\n').map((line) => line.split('/')[0].trim());
  return [...new Set(words.filter((word) => letters.test(word)))];
}

/** One analysis of Apertium's stream format: "сказать<vblex><perf><tv><inf>" → lemma and tags. */
export interface Analysis {
  lemma: string;
  tags: string[];
}

function parseAnalysis(text: string): Analysis {
  const at = text.indexOf('<');
  return { lemma: text.slice(0, at < 0 ? text.length : at), tags: [...text.matchAll(/<([^>]+)>/g)].map((m) => m[1]) };
}

/** Runs `lt-proc` over one query per line; one answer line per query. */
function ltProc(flags: string[], transducer: string, queries: readonly string[]): string[] {
  const path = join(APERTIUM, transducer);
  if (!existsSync(path)) throw missing(`Apertium's ${transducer}`, APERTIUM);
  if (queries.length === 0) return [];
  const out = execFileSync('lt-proc', [...flags, path], { input: queries.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.split('\n').slice(0, queries.length);
}

/** Stream units "^surface/analysis/analysis$" → the analyses (none when the word is unknown, "*word"). */
function readings(line: string): Analysis[] {
  const body = line.replace(/^\^/, '').replace(/\$$/, '');
  return body.split('/').slice(1).filter((a) => !a.startsWith('*') && !a.startsWith('@')).map(parseAnalysis);
}

export type Language = 'rus' | 'ukr';

/** Each word's analyses by Apertium's morphological dictionary of `language`. */
export function analyse(language: Language, words: readonly string[]): Map<string, Analysis[]> {
  const transducer = language === 'rus' ? 'rus-ukr.automorf.bin' : 'ukr-rus.automorf.bin';
  const lines = ltProc([], transducer, words);
  return new Map(words.map((word, i) => [word, readings(lines[i] ?? '')]));
}

const unit = (a: Analysis) => `^${a.lemma}${a.tags.map((t) => `<${t}>`).join('')}$`;

/** Each lexical unit's Ukrainian translations by Apertium's Russian–Ukrainian bilingual dictionary. */
export function translateToUkrainian(units: readonly Analysis[]): Analysis[][] {
  const lines = ltProc(['-b'], 'rus-ukr.autobil.bin', units.map(unit));
  return lines.map(readings);
}

/** The surface form of each lexical unit by Apertium's generator of `language`; null where it has none. */
export function generate(language: Language, units: readonly Analysis[]): (string | null)[] {
  // The generator of a pair writes its target language: ukr-rus writes Russian.
  const transducer = language === 'rus' ? 'ukr-rus.autogen.bin' : 'rus-ukr.autogen.bin';
  return ltProc(['-g'], transducer, units.map(unit)).map((line) => (/^[\p{Ll}\p{Lu}'’-]+$/u.test(line) ? line : null));
}
