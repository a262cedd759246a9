/**
 * `sourcelens` / `npm run analyze`: the command-line entry point. Everything
 * it does is in run.ts; this file only wires it to the process.
 */
import { EXIT_INTERNAL, EXIT_OK, PROGRAM } from './errors';
import { run } from './run';

// `sourcelens … | head`: a reader that stops reading is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

// `npm run analyze -- notes.txt` runs in the package's root; resolve the
// user's paths from where they typed the command, as any command would.
if (process.env.npm_lifecycle_event === 'analyze' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

try {
  const status = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  // Let standard output drain (pipes are asynchronous on some systems), then
  // leave even if a library left a timer behind.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(status);
} catch (error) {
  // Only our own bugs get here: bad input and bad usage are reported in run().
  if (process.env.SOURCELENS_DEBUG) console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${PROGRAM}: internal error (${detail}); please report it (SOURCELENS_DEBUG=1 shows details)\n`);
  process.exit(EXIT_INTERNAL);
}
