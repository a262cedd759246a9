/**
 * The command: parse the options, read each input, analyse it (here, or on a
 * pool of worker threads for large batches), and print the reports in input
 * order as they are ready. Returns the exit status.
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { REPORT_SEPARATOR, STREAM_HEADER } from '../report/format';
import { formatForOutputFile, parseArgs, USAGE, type CliOptions } from './args';
import {
  describeFailure,
  EXIT_BAD_INPUT,
  EXIT_INTERRUPTED,
  EXIT_OK,
  EXIT_USAGE,
  inputErrorLine,
  PROGRAM,
  UsageError,
} from './errors';
import { isUrl, loadFile, loadStdin, loadUrl, MB, STDIN_INPUT, type LoadedInput } from './input';
import type { Outcome, PipelineOptions } from './pipeline';
import { ProgressBar } from './progress';
import { DEFAULT_SAMPLE, packageVersion, REPO_ROOT } from './paths';

/** From this many inputs on, a batch uses worker threads (unless --jobs says otherwise). */
export const POOL_MIN_INPUTS = 8;
/** Inputs read ahead of the one being printed, on the main thread (overlaps file and network waits). */
const READ_AHEAD = 4;
/** Inputs queued per worker, so that none waits while the main thread reads the next. */
const QUEUE_PER_WORKER = 2;

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** An input as given, and where to read it from when that is not the input itself. */
interface InputSpec {
  input: string;
  file?: string;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

function outputErrorLine(file: string, error: NodeJS.ErrnoException): string {
  return `${PROGRAM}: cannot write ${file} (${error.code ?? error.message}); check the disk and try again\n`;
}

/** No inputs means the bundled sample, found beside the code rather than in the working directory. */
function inputSpecs(options: CliOptions): InputSpec[] {
  if (options.inputs.length === 0) return [{ input: DEFAULT_SAMPLE, file: path.join(REPO_ROOT, DEFAULT_SAMPLE) }];
  return options.inputs.map((input) => ({ input }));
}

function load(spec: InputSpec, options: CliOptions, io: CliIO): Promise<LoadedInput> {
  const maxBytes = options.maxSizeMb * MB;
  if (spec.input === STDIN_INPUT) return loadStdin(io.stdin, maxBytes);
  if (isUrl(spec.input)) return loadUrl(spec.input, options.timeoutSeconds, maxBytes);
  return loadFile(spec.input, spec.file, maxBytes);
}

/** Worker threads for this batch: --jobs, else the cores for a large batch; 1 means no pool. */
function workerCount(options: CliOptions, inputs: number): number {
  const wanted = options.jobs ?? (inputs >= POOL_MIN_INPUTS ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, inputs));
}

/**
 * Colour for the text format: as forced by --color / --no-color, else on a
 * terminal unless NO_COLOR is set and not empty (no-color.org).
 */
/**
 * When this run analysed its inputs: one time for the whole batch, or
 * SOURCE_DATE_EPOCH's (seconds, the reproducible-builds convention) so that
 * two runs can give byte-identical output.
 */
function runTime(env: NodeJS.ProcessEnv): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()).toISOString();
}

function useColor(options: CliOptions, toTerminal: boolean, env: NodeJS.ProcessEnv): boolean {
  if (options.color !== 'auto') return options.color === 'always';
  return toTerminal && !env.NO_COLOR;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `${PROGRAM}: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    await write(io.stdout, USAGE);
    return EXIT_OK;
  }
  if (options.version) {
    await write(io.stdout, `${PROGRAM} ${packageVersion()}\n`);
    return EXIT_OK;
  }

  let out = io.stdout;
  /** Ends the output file; resolves to the error that writing it met, if any. */
  let closeOut = async (): Promise<NodeJS.ErrnoException | null | undefined> => null;
  if (options.output !== null) {
    try {
      const handle = await open(options.output, 'w');
      const stream = handle.createWriteStream();
      // A disk that fills up: say so and stop, rather than wait for a drain that never comes.
      let closing = false;
      // The write's own error (ENOSPC), not the ERR_STREAM_DESTROYED that end() may report after it.
      let closingError: NodeJS.ErrnoException | null = null;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (closing) {
          closingError ??= error;
          return;
        }
        io.stderr.write(outputErrorLine(options.output!, error));
        process.exit(EXIT_BAD_INPUT);
      });
      out = stream;
      closeOut = () => {
        closing = true;
        // Settled on 'close', which comes after every 'error': end()'s callback may run before the write's own error.
        return new Promise((resolve) => {
          let endError: NodeJS.ErrnoException | null | undefined;
          stream.end((error?: NodeJS.ErrnoException | null) => {
            endError = error;
          });
          stream.once('close', () => resolve(closingError ?? endError));
        });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      await write(io.stderr, `${PROGRAM}: cannot write ${options.output} (${code}); check that its folder exists and may be written\n`);
      return EXIT_USAGE;
    }
  }

  const toTerminal = options.output === null && io.stdout.isTTY === true;
  const format = options.format ?? (options.output !== null ? formatForOutputFile(options.output) : toTerminal ? 'text' : 'jsonl');
  const pipelineOptions: PipelineOptions = {
    language: options.language ?? undefined,
    format,
    color: format === 'text' && useColor(options, toTerminal, io.env),
    analysedAt: runTime(io.env),
  };

  // The engine (happy-dom, extractor, analyser) loads only now, so that
  // --help, --version and usage errors answer at once.
  const [{ runPipeline }, { WorkerPool }, { closeParser }] = await Promise.all([
    import('./pipeline'),
    import('./pool'),
    import('../page/dom'),
  ]);

  const specs = inputSpecs(options);
  const workers = workerCount(options, specs.length);
  const pool = workers > 1 ? new WorkerPool(workers, pipelineOptions) : null;
  if (options.verbose) {
    const how = pool ? `${workers} worker threads` : 'the main thread';
    await write(io.stderr, `${PROGRAM}: ${specs.length} input${specs.length === 1 ? '' : 's'} on ${how}, format ${format}\n`);
  }
  if (options.inputs.includes(STDIN_INPUT) && io.stdin.isTTY) {
    await write(io.stderr, `${PROGRAM}: reading an article from the terminal; end it with Ctrl-D\n`);
  }
  const progress = specs.length > 1 && io.stderr.isTTY ? new ProgressBar(io.stderr, specs.length) : null;
  // Ctrl-C in a batch: leave the terminal clean, with the usual status for an interrupt.
  const onInterrupt = () => {
    progress?.finish();
    process.exit(EXIT_INTERRUPTED);
  };
  if (progress) process.once('SIGINT', onInterrupt);
  const guarded = (stream: NodeJS.WritableStream, text: string) =>
    progress ? progress.around(() => write(stream, text)) : write(stream, text);

  const analyseOne = async (spec: InputSpec): Promise<Outcome> => {
    let loaded: LoadedInput;
    try {
      loaded = await load(spec, options, io);
    } catch (error) {
      return { ok: false, message: describeFailure(error) };
    }
    return pool ? pool.run(loaded) : runPipeline(loaded, pipelineOptions);
  };

  // A sliding window over the inputs: up to `window` are read or analysed
  // ahead of the one being printed, so output streams in input order while
  // memory stays bounded however long the batch.
  const window = pool ? workers * QUEUE_PER_WORKER : READ_AHEAD;
  const pending: Array<Promise<Outcome> | undefined> = [];
  let started = 0;
  const startNext = () => {
    if (started >= specs.length) return;
    const spec = specs[started];
    pending[started++] = analyseOne(spec).then((outcome) => {
      progress?.tick(!outcome.ok);
      return outcome;
    });
  };
  for (let i = 0; i < window; i++) startNext();

  let failures = 0;
  let printed = 0;
  let outputError: NodeJS.ErrnoException | null | undefined = null;
  try {
    // Once for the whole batch (CSV's header), so that every input's rows make one sheet, even when some inputs fail.
    if (STREAM_HEADER[format] !== '') await guarded(out, STREAM_HEADER[format]);
    for (let i = 0; i < specs.length; i++) {
      const outcome = await pending[i]!;
      pending[i] = undefined;
      startNext();
      if (outcome.ok) {
        await guarded(out, (printed++ > 0 ? REPORT_SEPARATOR[format] : '') + outcome.output);
      } else {
        failures++;
        await guarded(io.stderr, inputErrorLine(specs[i].input, outcome.message) + '\n');
      }
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    progress?.finish();
    await pool?.close();
    await closeParser();
    outputError = await closeOut();
  }
  if (outputError) {
    await write(io.stderr, outputErrorLine(options.output!, outputError));
    return EXIT_BAD_INPUT;
  }
  return failures > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
