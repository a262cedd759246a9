/** Where the CLI's own files are, found from this module rather than the working directory. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundled sample article, analysed when no input is given. */
export const DEFAULT_SAMPLE = 'samples/seed-unn-putin-conditions.html';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
