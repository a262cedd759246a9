/**
 * The content script's size budget: one place that says where the build puts
 * the script, how its size is measured and what the budget is. The build
 * (vite.config.ts) prints it; `npm run bench` records it and fails when over.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The budget, kept in the repo. */
export const BUDGET_FILE = path.join(REPO_ROOT, 'bench', 'budget.json');
/** Where a target's build puts the content script (the `page-script.ts?script&iife` entry). */
export const CONTENT_SCRIPT_IN_BUILD = 'extension/content/page-script.js';

/** Gzipped size (level 9) of the content script in a target's build folder, or null when not built. */
export function contentScriptGzipBytes(buildDir: string): number | null {
  const file = path.join(buildDir, CONTENT_SCRIPT_IN_BUILD);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : null;
}

/** The content script's budget in gzipped bytes. */
export function contentScriptBudget(): number {
  return (JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as { contentScriptGzipBytes: number }).contentScriptGzipBytes;
}
