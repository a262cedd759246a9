/**
 * The pages the real-browser runs open, all served from 127.0.0.1: the
 * bundled sample, a page with no article (our own fixture), and a few AEB
 * pages that have sourcing gold files, read from `../shared/corpus` in place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build';
import type { ServedFolders } from './server';

export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'aeb', 'html'));

/** How many AEB pages each browser opens: enough variety, a small wall time. */
export const AEB_PAGE_COUNT = 3;

export const SERVED_FOLDERS: ServedFolders = {
  '/samples/': path.join(repoRoot, 'samples'),
  '/fixtures/': path.join(repoRoot, 'tests', 'e2e', 'fixtures'),
  ...(hasCorpus ? { '/aeb/': path.join(corpusDir, 'aeb', 'html') } : {}),
};

export interface TestPage {
  name: string;
  path: string;
}

export const SEED_PAGE: TestPage = { name: 'seed', path: '/samples/seed-unn-putin-conditions.html' };
/** The seed's sourcing gold (the bundled sample is a copy of the corpus page). */
export const SEED_GOLD = path.join(corpusDir, 'gold', 'seed-unn-putin-conditions.json');
/** The seed page's furniture: view counter, related-news teasers, tags, sidebar, site header and footer. */
export const SEED_FURNITURE = '.meta, .read-also, .tags, aside, header.site, footer';
export const NO_ARTICLE_PAGE: TestPage = { name: 'no-article', path: '/fixtures/no-article.html' };
/** Our fixtures of script-driven sites (tests/e2e/fixtures/live): the server lets their own scripts run. */
export const LIVE_PREFIX = '/fixtures/live/';

/** The first AEB pages (by file name) that have a gold file, so their sourcing is known to be rich. */
export function aebPages(count = AEB_PAGE_COUNT): TestPage[] {
  if (!hasCorpus) return [];
  const goldDir = path.join(corpusDir, 'gold');
  const pages: TestPage[] = [];
  for (const file of readdirSync(goldDir).sort()) {
    const page = (JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as { page: string }).page;
    const match = /^aeb\/html\/([0-9a-f]+)\.html\.gz$/.exec(page);
    if (match) pages.push({ name: `aeb-${match[1].slice(0, 8)}`, path: `/aeb/${match[1]}.html` });
    if (pages.length === count) break;
  }
  return pages;
}
