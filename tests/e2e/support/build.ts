/**
 * Makes sure `dist/chrome` and `dist/firefox` are built from the current
 * sources: builds when a manifest is missing or older than any source file
 * (so a clean checkout, where `dist/` does not exist, just works).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = (target: 'chrome' | 'firefox') => path.join(repoRoot, 'dist', target);

/** What the extension is built from. */
const SOURCE_PATHS = ['extension', 'src', 'public', 'manifest.config.ts', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestModification(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestModification(path.join(entry, name)));
  return newest;
}

function builtAt(target: 'chrome' | 'firefox'): number {
  const manifest = path.join(distDir(target), 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
}

export function buildIsFresh(): boolean {
  const sources = Math.max(
    ...SOURCE_PATHS.map((p) => path.join(repoRoot, p)).filter((p) => existsSync(p)).map(newestModification),
  );
  return builtAt('chrome') > sources && builtAt('firefox') > sources;
}

/** Runs `npm run build` unless the build is fresh. Returns whether it built. */
export function ensureBuilt(log: (line: string) => void = console.log): boolean {
  if (buildIsFresh()) return false;
  log('building the extension (npm run build)…');
  // Without the test runner's NODE_ENV=test: Vite would build otherwise than `npm run build` does (the
  // content script 156,266 bytes instead of 152,020), and the suite, and a bench run after it, would time that build.
  const { NODE_ENV: _testRunner, ...env } = process.env;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}
