/**
 * `npm run package`: zips the built extensions for the stores,
 * `dist/sourcelens-chrome.zip` and `dist/sourcelens-firefox.zip`.
 * Run after `npm run build` (the npm script does both).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip, type ZipEntry } from './zip';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = ['chrome', 'firefox'] as const;
/** Build by-products the stores do not need. */
const SKIPPED = [/^\.vite\//, /\.map$/];

function filesUnder(dir: string, prefix = ''): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) entries.push(...filesUnder(full, relative));
    else if (!SKIPPED.some((pattern) => pattern.test(relative))) entries.push({ name: relative, data: readFileSync(full) });
  }
  return entries;
}

for (const target of TARGETS) {
  const dir = path.join(repoRoot, 'dist', target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`package: ${path.relative(repoRoot, dir)} is not built; run npm run build first`);
    process.exit(1);
  }
  const out = path.join(repoRoot, 'dist', `sourcelens-${target}.zip`);
  const entries = filesUnder(dir);
  writeFileSync(out, zip(entries));
  console.log(`package: ${path.relative(repoRoot, out)} (${entries.length} files)`);
}
