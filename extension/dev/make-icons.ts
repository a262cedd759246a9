/**
 * Renders `icon.svg` to the toolbar and store PNGs in `public/icons/` with
 * headless Chromium. Run once after changing the SVG (`npx tsx extension/dev/make-icons.ts`);
 * the PNGs are committed, so builds need no browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../tests/e2e/support/browsers';

const ICON_SIZES = [16, 32, 48, 128];
const here = path.dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(path.join(here, 'icon.svg'), 'utf8');
const outDir = path.resolve(here, '../../public/icons');

const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('make-icons needs Chromium: apt-get install -y chromium');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless=new'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(outDir, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
