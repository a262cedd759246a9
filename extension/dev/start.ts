/**
 * `npm start`: builds the extension, serves the bundled samples on
 * 127.0.0.1, and opens Chromium with SourceLens loaded on the seed article,
 * marked (the toolbar action is pressed for you, as in the e2e suite).
 *
 * `npm start -- --screenshot FILE` runs headless instead and writes a picture
 * of the marked page to FILE.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, distDir, repoRoot } from '../../tests/e2e/support/build';
import { findBrowser, INSTALL_HINT, launchChromium } from '../../tests/e2e/support/browsers';
import { startPageServer } from '../../tests/e2e/support/server';
import { MARK_STYLES } from '../../src/page/overlay';
import { registeredHighlightName } from '../../src/page/overlay/styles';

const SEED_PATH = '/samples/seed-unn-putin-conditions.html';
const SCREENSHOT_VIEWPORT = { width: 1200, height: 900 };
/** How long to wait for the marks to appear before giving up. */
const MARKS_TIMEOUT_MS = 20_000;

function screenshotTarget(argv: string[]): string | null {
  const index = argv.indexOf('--screenshot');
  if (index === -1) return null;
  const file = argv[index + 1];
  if (!file) {
    console.error('start: --screenshot needs a file name, e.g. npm start -- --screenshot docs/seed.png');
    process.exit(2);
  }
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

async function main(): Promise<void> {
  const screenshot = screenshotTarget(process.argv.slice(2));
  if (!findBrowser('chromium')) {
    console.error(`start: Chromium is not installed. Install it with: ${INSTALL_HINT}`);
    process.exit(1);
  }
  if (!screenshot && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('start: no display to open a browser window on. Run it on a desktop, or write a picture: npm start -- --screenshot seed.png');
    process.exit(1);
  }
  ensureBuilt();
  const server = await startPageServer({ '/samples/': path.join(repoRoot, 'samples') });
  const session = await launchChromium(distDir('chrome'), { headless: screenshot !== null, viewport: SCREENSHOT_VIEWPORT });
  const { context, extensionId } = session;
  const url = `${server.origin}${SEED_PATH}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);

  // Press the toolbar button the way the e2e suite does: the real popup analyses the tab.
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((target) => target.url === url);
  if (tab) await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const anyMark = Object.values(MARK_STYLES).map((style) => `${registeredHighlightName(style.highlightStem)} !== undefined`).join(' || ');
  const deadline = Date.now() + MARKS_TIMEOUT_MS;
  while (!(await page.evaluate(anyMark)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

  if (screenshot) {
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`start: wrote ${path.relative(process.cwd(), screenshot) || screenshot}`);
    await session.close();
    await server.close();
    return;
  }

  console.log(`SourceLens is loaded in Chromium on ${url}`);
  console.log(`The popup for this tab: chrome-extension://${extensionId}/extension/popup/index.html (or press the SourceLens toolbar button, Alt+Shift+S).`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await session.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
