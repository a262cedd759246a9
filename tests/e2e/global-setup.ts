import { ensureBuilt } from './support/build';

/** The e2e suite runs against the built extensions: build them once, first, if stale. */
export default function setup(): void {
  ensureBuilt();
}
