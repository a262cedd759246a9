/**
 * The command line: options and inputs, and the help text that documents
 * them. Pure: parsing never touches the file system.
 */
import { FORMAT_NAMES, type FormatName } from '../report/format';
import { UsageError } from './errors';
import { DEFAULT_MAX_INPUT_MB, DEFAULT_URL_TIMEOUT_SECONDS } from './input';

export interface CliOptions {
  inputs: string[];
  /** Null when not given: then it follows the output (terminal → text, else jsonl). */
  format: FormatName | null;
  language: string | null;
  output: string | null;
  /** Worker threads; null = automatic (the machine's cores, for large batches). */
  jobs: number | null;
  timeoutSeconds: number;
  /** The largest input read, in MB (`DEFAULT_MAX_INPUT_MB`). */
  maxSizeMb: number;
  /** Colour in text output: on a terminal without NO_COLOR ('auto'), or as forced. */
  color: 'auto' | 'always' | 'never';
  verbose: boolean;
  help: boolean;
  version: boolean;
}

/** Other names people type for a format. */
const FORMAT_ALIASES: Record<string, FormatName> = {
  markdown: 'md',
  'json-lines': 'jsonl',
  ndjson: 'jsonl',
  txt: 'text',
};

/** A BCP 47 tag, loosely: "en", "uk", "pt-BR". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export const USAGE = `Usage: sourcelens [options] [inputs…]

Shows the sourcing of news articles: every attribution (who a claim is
credited to, anonymous or on-record), every condition ("provided that…",
"unless…"), and the sourcing profile that sums them up. Everything runs
locally; only the URLs you give are fetched.

Inputs (any number, reported in the order given):
  page.html, page.htm      a saved web page; the article is found in it
  page.html.gz             the same, gzipped
  notes.txt                plain UTF-8 text, analysed exactly as it is (offsets
                           point into the file); its title is its first line
                           when that reads as a headline (at most 150
                           characters, not ending in a full stop, more text
                           after it), else the file name
  other files              HTML or text, recognised by their content
  -                        standard input, HTML or text (recognised by content)
  https://…                a web page, fetched (redirects followed)
  (none)                   the bundled sample article

Options:
  -f, --format FORMAT      text      a readable profile (default on a terminal)
                           md        a Markdown report for a fact-check file
                           csv       one row per finding (attributions and
                                     conditions, with source ids, voices,
                                     reasons), one header for a whole batch
                                     and the input named on each row: for
                                     a spreadsheet
                           jsonl     one JSON Report per input and line
                                     (default when the output is not a terminal;
                                     the schema is spec/report.md)
  -o, --output FILE        write the reports to FILE instead of standard output
                           (format from its ending when -f is not given:
                           .md → md, .csv → csv, .txt → text, anything
                           else → jsonl)
  -l, --language LANG      the articles' language (e.g. en); default: the
                           page's declared language, else en
  -j, --jobs N             worker threads for a batch; default: the machine's
                           cores when there are 8 inputs or more; 1 = none
      --timeout SECONDS    time allowed per URL, its whole page included
                           (default ${DEFAULT_URL_TIMEOUT_SECONDS})
      --max-size MB        the largest input read: a file, standard input, a
                           fetched page, or a .gz file once inflated (default
                           ${DEFAULT_MAX_INPUT_MB}); a larger one is refused, the rest still run
      --color, --no-color  colour in text output even when it is not shown on a
                           terminal (e.g. for less -R), or never; default:
                           on a terminal, unless NO_COLOR is set
  -v, --verbose            say on standard error how the batch is run
  -h, --help               show this help
  -V, --version            show the version

Exit status: 0 when every input was reported, 1 when some input could not be
(each one named on standard error, the others still reported), 2 for a usage
error.

Examples:
  sourcelens                                  the sample article's profile
  sourcelens article.html                     one saved page, on the terminal
  sourcelens -f md -o check.md article.html   a Markdown file for a fact-check
  sourcelens saved/*.html.gz > reports.jsonl  a batch, one Report per line
  sourcelens -o findings.csv saved/*.html     a batch as one spreadsheet
  curl -s https://example.com/story | sourcelens -
  sourcelens https://example.com/story
  sourcelens -f jsonl notes.txt | jq '.profile'
`;

/** Options that take a value, by every name they answer to. */
const VALUE_OPTIONS: Record<string, 'format' | 'language' | 'output' | 'jobs' | 'timeout' | 'maxSize'> = {
  '-f': 'format',
  '--format': 'format',
  '-l': 'language',
  '--language': 'language',
  '--lang': 'language',
  '-o': 'output',
  '--output': 'output',
  '-j': 'jobs',
  '--jobs': 'jobs',
  '--timeout': 'timeout',
  '--max-size': 'maxSize',
};

const FLAG_OPTIONS: Record<string, 'color' | 'noColor' | 'verbose' | 'help' | 'version'> = {
  '--color': 'color',
  '--no-color': 'noColor',
  '-v': 'verbose',
  '--verbose': 'verbose',
  '-h': 'help',
  '--help': 'help',
  '-V': 'version',
  '--version': 'version',
};

const SEE_HELP = 'see sourcelens --help';

function parseFormat(value: string): FormatName {
  const name = value.toLowerCase();
  const format = (FORMAT_NAMES as readonly string[]).includes(name) ? (name as FormatName) : FORMAT_ALIASES[name];
  if (!format) throw new UsageError(`unknown format "${value}"; use text, md, csv or jsonl`);
  return format;
}

function parsePositiveNumber(option: string, value: string, integer: boolean): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`${option} needs a positive ${integer ? 'whole ' : ''}number, not "${value}"`);
  }
  return number;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    inputs: [],
    format: null,
    language: null,
    output: null,
    jobs: null,
    timeoutSeconds: DEFAULT_URL_TIMEOUT_SECONDS,
    maxSizeMb: DEFAULT_MAX_INPUT_MB,
    color: 'auto',
    verbose: false,
    help: false,
    version: false,
  };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (equals > 0) throw new UsageError(`${name} takes no value; ${SEE_HELP}`);
      if (flag === 'noColor') options.color = 'never';
      else if (flag === 'color') options.color = 'always';
      else options[flag] = true;
      continue;
    }
    const key = VALUE_OPTIONS[name];
    if (!key) throw new UsageError(`unknown option ${name}; ${SEE_HELP}`);
    let value: string | undefined;
    if (equals > 0) value = arg.slice(equals + 1);
    else value = argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value; ${SEE_HELP}`);
    switch (key) {
      case 'format':
        options.format = parseFormat(value);
        break;
      case 'language':
        if (!LANGUAGE_TAG.test(value)) throw new UsageError(`${name} needs a language tag such as "en", not "${value}"`);
        options.language = value.split('-')[0].toLowerCase();
        break;
      case 'output':
        if (value === '') throw new UsageError(`${name} needs a file name; ${SEE_HELP}`);
        options.output = value;
        break;
      case 'jobs':
        options.jobs = parsePositiveNumber(name, value, true);
        break;
      case 'timeout':
        options.timeoutSeconds = parsePositiveNumber(name, value, false);
        break;
      case 'maxSize':
        options.maxSizeMb = parsePositiveNumber(name, value, false);
        break;
    }
  }
  if (options.inputs.filter((input) => input === '-').length > 1) {
    throw new UsageError(`standard input ("-") can be read only once; ${SEE_HELP}`);
  }
  return options;
}

/** The format an output file's name suggests, when --format is not given. */
export function formatForOutputFile(file: string): FormatName {
  const lower = file.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.txt')) return 'text';
  return 'jsonl';
}
