import { mkdirSync } from 'node:fs';
import { ensureBuilt } from './support/build';
import { resultsDir } from './support/drivers';

/**
 * The e2e suite runs against the built extensions: build them once, first, if
 * stale. The folder for screenshots is made here too: a fresh checkout has none,
 * and a test that takes a screenshot before any result is saved failed on it.
 */
export default function setup(): void {
  ensureBuilt();
  mkdirSync(resultsDir, { recursive: true });
}
