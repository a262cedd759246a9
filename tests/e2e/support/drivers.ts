/**
 * One interface over the two automation libraries (playwright-core for
 * Chromium, puppeteer-core over WebDriver BiDi for Firefox), so the e2e
 * scenario is written once. Page code is passed as strings: it runs in the
 * browser, not in Node.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../manifest.config';
import { distDir } from './build';
import { launchChromium, launchFirefox, type BrowserName } from './browsers';

export interface PageHandle {
  /** Evaluates a JavaScript expression in the page's main world; a promise is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Resolves once the expression is truthy in the page. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses the mouse at a point of the viewport, as real input. */
  clickAt(x: number, y: number): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  /** Presses a key (a name such as 'n', 'Escape', 'Tab', or with modifiers, 'Shift+Tab') as real, trusted input to the focused element. */
  press(key: string): Promise<void>;
  /**
   * Evaluates `expression` with `this` the shadow root of the first element
   * matching `hostSelector`, closed roots included, the way developer tools
   * reach them (CDP's pierce in Chromium, WebDriver BiDi's shadow tree
   * serialisation in Firefox); null when there is no such host or root.
   */
  inShadow<T>(hostSelector: string, expression: string): Promise<T | null>;
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  bringToFront(): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** Clicks and returns the text of the file it downloads (the file the browser saved); null where the driver cannot catch downloads. */
  download(selector: string): Promise<{ fileName: string; text: string } | null>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  url: string;
  /** The page (or worker) that asked; an extension URL for our own pages. */
  from: string;
  /** What the scenario was doing then: loading the page, or running our code. */
  phase: string;
}

export interface BrowserDriver {
  name: BrowserName;
  /** Where the extension's own pages are served from ("chrome-extension://ID"). */
  extensionBase: string;
  requests: RecordedRequest[];
  /** Labels requests recorded from now on. */
  setPhase(phase: string): void;
  openPage(url: string): Promise<PageHandle>;
  /** Gives the extension the right to run in the tab of `url` the way this browser allows in a test; returns the tab id. */
  grant(page: PageHandle, url: string): Promise<number>;
  /** Takes the grant back (where there is one to take back). */
  revoke(): Promise<void>;
  /** The popup, opened as a page for tab `tabId` (`?tabId=N`). */
  openPopup(tabId: number, viewport?: { width: number; height: number }): Promise<PageHandle>;
  /** One of our pages (`extension/panel/index.html`), opened as a page for tab `tabId` (`?tabId=N`). */
  openExtensionPage(pagePath: string, tabId: number, viewport?: { width: number; height: number }): Promise<PageHandle>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 15_000;
export const POPUP_PAGE = 'extension/popup/index.html';
const POLL_MS = 100;

/** URLs that never leave the machine. */
export function isLocalUrl(url: string, localOrigin: string): boolean {
  return (
    url.startsWith(`${localOrigin}/`) ||
    /^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url)
  );
}

/**
 * The requests made while our code ran (every phase but the pages' own
 * `load …`) to somewhere off this machine that the pages did not declare
 * themselves (`declared`: a page's own late fetches, such as its icon).
 */
export function requestsLeaving(driver: BrowserDriver, localOrigin: string, declared: ReadonlySet<string>): RecordedRequest[] {
  return driver.requests.filter((r) => !r.phase.startsWith('load') && !isLocalUrl(r.url, localOrigin) && !declared.has(r.url));
}

/**
 * Polls from Node. The libraries' own wait functions eval the expression
 * inside the page, which our pages' CSP (extension pages; test pages with
 * scripts off) forbids; a plain evaluation from the driver is not affected.
 * An evaluation that fails (a document being replaced) counts as not yet.
 */
/** Clicks on the options page's "allow this site" before the test gives up (see `grant`). */
const GRANT_ATTEMPTS = 3;

async function pollUntil(evaluate: (expression: string) => Promise<unknown>, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await evaluate(`!!(${expression})`).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Chromium: the host's shadow root through CDP (`DOM.describeNode` with `pierce` reports closed roots too). */
async function inShadowByCdp<T>(page: PlaywrightPage, hostSelector: string, expression: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(hostSelector)})` });
    if (!host.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    const called = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return (${expression}); }`,
      returnByValue: true,
      awaitPromise: true,
    });
    if (called.exceptionDetails) throw new Error(`in shadow root: ${called.exceptionDetails.exception?.description ?? called.exceptionDetails.text}`);
    return (called.result.value ?? null) as T | null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Resolves once `expression` is truthy with `this` the closed shadow root of `hostSelector` (see `PageHandle.inShadow`). */
export function waitInShadow(page: PageHandle, hostSelector: string, expression: string, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  return pollUntil((e) => page.inShadow(hostSelector, e), expression, timeoutMs);
}

function playwrightHandle(page: PlaywrightPage): PageHandle {
  return {
    evaluate: (expression) => page.evaluate(expression),
    waitFor: (expression, timeoutMs = DEFAULT_WAIT_MS) => pollUntil((e) => page.evaluate(e), expression, timeoutMs),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    inShadow: (hostSelector, expression) => inShadowByCdp(page, hostSelector, expression),
    moveMouse: (x, y) => page.mouse.move(x, y),
    screenshot: async (file, options) => {
      await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const file = await download.path();
      return { fileName: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    },
    close: () => page.close(),
  };
}

/**
 * Page-side: the centre of an element, in viewport coordinates, scrolled into
 * view. Looks into open shadow roots too when the document has no match, as
 * Playwright's selectors do (our overlay's cards and the practice box live there).
 */
const elementCentre = (selector: string) => `(() => {
  const find = (root) => {
    const found = root.querySelector(${JSON.stringify(selector)});
    if (found) return found;
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) {
      const inside = find(host.shadowRoot);
      if (inside) return inside;
    }
    return null;
  };
  const element = find(document);
  if (!element) return null;
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
})()`;

/**
 * Puppeteer's element helpers can hold on to a document our control tab has
 * left (BiDi does not report navigations into moz-extension:// pages), so
 * clicks go by coordinates: found by a fresh evaluation, pressed as real
 * input (which also counts as the user action `permissions.request` needs).
 */
async function clickByCoordinates(page: PuppeteerPage, selector: string): Promise<void> {
  await pollUntil((e) => page.evaluate(e), elementCentre(selector), DEFAULT_WAIT_MS);
  const centre = (await page.evaluate(elementCentre(selector))) as { x: number; y: number };
  await page.mouse.click(centre.x, centre.y);
}

/** How long a Firefox download may take to land in the folder. */
const DOWNLOAD_WAIT_MS = 10_000;

/**
 * Clicks, then waits for a new complete file in `downloadDir` (Firefox saves
 * there without asking, see `firefoxPrefs`; a `.part` file is one still being
 * written), reads it and deletes it so the next download keeps its name.
 */
async function downloadInto(downloadDir: string, click: () => Promise<void>): Promise<{ fileName: string; text: string }> {
  const complete = () => new Set(readdirSync(downloadDir).filter((name) => !name.endsWith('.part')));
  const before = complete();
  await click();
  const deadline = Date.now() + DOWNLOAD_WAIT_MS;
  for (;;) {
    const partial = readdirSync(downloadDir).some((name) => name.endsWith('.part'));
    const fresh = [...complete()].filter((name) => !before.has(name));
    if (fresh.length > 0 && !partial) {
      const file = path.join(downloadDir, fresh[0]);
      // Written in one go for files this small; an empty file is one just created.
      if (statSync(file).size > 0) {
        const text = readFileSync(file, 'utf8');
        rmSync(file);
        return { fileName: fresh[0], text };
      }
    }
    if (Date.now() > deadline) throw new Error(`no download landed in ${downloadDir} within ${DOWNLOAD_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** What of puppeteer's WebDriver BiDi session `inShadowByBidi` uses: its connection, and a frame's browsing context id. */
interface BidiInternals {
  connection: { send(method: string, params: object): Promise<{ result: BidiResult }> };
}
interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
type BidiResult = { type: 'success'; result: BidiRemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * Firefox: the host's shadow root through WebDriver BiDi. A node serialised
 * with `includeShadowTree: 'all'` carries its shadow root, closed or open, as
 * a shared reference; the expression is called with it as `this`.
 */
async function inShadowByBidi<T>(page: PuppeteerPage, hostSelector: string, expression: string): Promise<T | null> {
  const { connection } = page.browser() as unknown as BidiInternals;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: found } = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (found.type !== 'success') throw new Error(`finding the host: ${found.exceptionDetails.text}`);
  const root = (found.result.value as { shadowRoot?: BidiRemoteValue } | undefined)?.shadowRoot;
  if (!root?.sharedId) return null;
  const { result: called } = await connection.send('script.callFunction', {
    functionDeclaration: `function () { return (${expression}); }`,
    this: { sharedId: root.sharedId },
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (called.type !== 'success') throw new Error(`in shadow root: ${called.exceptionDetails.text}`);
  return bidiValue(called.result) as T | null;
}

/** A BiDi remote value as plain data (the primitives, arrays and objects page expressions here return). */
function bidiValue(remote: BidiRemoteValue): unknown {
  switch (remote.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'array':
      return (remote.value as BidiRemoteValue[]).map(bidiValue);
    case 'object':
      return Object.fromEntries((remote.value as [string, BidiRemoteValue][]).map(([key, value]) => [key, bidiValue(value)]));
    case 'number':
    case 'string':
    case 'boolean':
      return remote.value;
    default:
      throw new Error(`inShadow: return plain data, not a ${remote.type}`);
  }
}

function puppeteerHandle(page: PuppeteerPage, downloadDir: string): PageHandle {
  return {
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    waitFor: (expression, timeoutMs = DEFAULT_WAIT_MS) => pollUntil((e) => page.evaluate(e), expression, timeoutMs),
    click: (selector) => clickByCoordinates(page, selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: async (keys) => {
      // Playwright's "Shift+Tab" form: modifiers held down around the last key.
      type Key = Parameters<PuppeteerPage['keyboard']['press']>[0];
      const parts = keys.split('+') as Key[];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    inShadow: (hostSelector, expression) => inShadowByBidi(page, hostSelector, expression),
    moveMouse: (x, y) => page.mouse.move(x, y),
    screenshot: async (file, options) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    // BiDi announces no download: the file is read from the folder the profile saves to.
    download: (selector) => downloadInto(downloadDir, () => clickByCoordinates(page, selector)),
    close: () => page.close(),
  };
}

/**
 * Chromium. The grant is the real one: the toolbar button is pressed through
 * CDP `Extensions.triggerAction`, which opens the real popup, gives the
 * `activeTab` grant and injects the content script. The `?tabId=N` popup
 * then works under that grant (it lasts until the tab navigates).
 */
export async function chromiumDriver(localOrigin: string, options: { locale?: string } = {}): Promise<BrowserDriver> {
  const session = await launchChromium(distDir('chrome'), { headless: true, locale: options.locale });
  const { context, extensionId } = session;
  const requests: RecordedRequest[] = [];
  let phase = 'start';
  context.on('request', (request) => {
    let from = 'worker';
    try {
      from = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    requests.push({ url: request.url(), from, phase });
  });
  // The readers' test reads back what "Copy citation" wrote: the served test pages may use the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: localOrigin });
  // The network here is closed: refuse anything not local at once rather than wait on DNS.
  await context.route((url) => !isLocalUrl(url.href, localOrigin), (route) => route.abort());
  const browser = context.browser();
  if (!browser) throw new Error('playwright gave no Browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  const extensionBase = `chrome-extension://${extensionId}`;
  const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(extensionBase));
  const openExtensionPage: BrowserDriver['openExtensionPage'] = async (pagePath, tabId, viewport) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${extensionBase}/${pagePath}?tabId=${tabId}`);
    return playwrightHandle(page);
  };

  return {
    name: 'chromium',
    extensionBase,
    requests,
    setPhase: (next) => {
      phase = next;
    },
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return playwrightHandle(page);
    },
    grant: async (_page, url) => {
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const tab = targetInfos.find((target) => target.type === 'tab' && target.url === url);
      if (!tab) throw new Error(`no tab target for ${url}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      // The grant makes the tab's URL visible to the extension: find its id from the background.
      const sw = worker();
      if (!sw) throw new Error('the extension has no service worker');
      const deadline = Date.now() + DEFAULT_WAIT_MS;
      while (Date.now() < deadline) {
        const id = await sw.evaluate(
          `chrome.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(url)}) || {}).id ?? null)`,
        );
        if (typeof id === 'number') return id;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      throw new Error(`the extension never saw the tab of ${url}`);
    },
    revoke: async () => {
      // activeTab ends by itself when the tab closes.
    },
    openPopup: (tabId, viewport) => openExtensionPage(POPUP_PAGE, tabId, viewport),
    openExtensionPage,
    close: () => session.close(),
  };
}

/**
 * Firefox. No toolbar button can be pressed here, so the grant is the
 * optional host permission: the options page's "Allow" form is submitted with
 * a real click (`permissions.request` needs one), the profile's
 * `extensions.webextOptionalPermissionPrompts=false` answers the prompt, and
 * the grant is removed again after each page. WebDriver BiDi cannot follow
 * a tab into moz-extension:// pages reliably, so one control tab moves between
 * our pages by `location.href`.
 */
/** `locale`: the interface language asked for; Firefox takes it only where a language pack for it is installed. */
export async function firefoxDriver(localOrigin: string, options: { locale?: string } = {}): Promise<BrowserDriver> {
  const session = await launchFirefox(distDir('firefox'), GECKO_ID, options);
  const { browser, extensionBase, downloadDir } = session;
  const requests: RecordedRequest[] = [];
  let phase = 'start';
  const watch = (page: PuppeteerPage) => {
    page.on('request', (request) => {
      requests.push({ url: request.url(), from: request.frame()?.url() ?? 'unknown', phase });
    });
  };

  const control = await browser.newPage();
  watch(control);
  const controlHandle = puppeteerHandle(control, downloadDir);
  const optionsUrl = `${extensionBase}/extension/options/index.html`;
  const sitePattern = `${new URL(localOrigin).protocol}//${new URL(localOrigin).hostname}/*`;

  /** Moves the control tab to one of our pages and waits for it to be ready. */
  async function goControl(url: string, readyExpression: string): Promise<void> {
    const current = await control.evaluate('location.href').catch(() => 'about:blank');
    if (String(current).startsWith(extensionBase)) {
      // Mark the document we leave, so the wait below cannot mistake it (same URL) for the next one.
      await control.evaluate(`window.__sourcelensLeft = true; location.href = ${JSON.stringify(url)}`).catch(() => undefined);
    } else {
      // The first time: BiDi navigates, but may never report the load.
      await control.goto(url, { timeout: 2_000 }).catch(() => undefined);
    }
    await pollUntil(
      (e) => control.evaluate(e),
      `!window.__sourcelensLeft && location.href === ${JSON.stringify(url)} && document.readyState === 'complete' && (${readyExpression})`,
      DEFAULT_WAIT_MS,
    );
  }

  /** Our pages share the one control tab: opening one leaves the last. */
  const openExtensionPage: BrowserDriver['openExtensionPage'] = async (pagePath, tabId, viewport) => {
    if (viewport) await control.setViewport(viewport);
    await goControl(`${extensionBase}/${pagePath}?tabId=${tabId}`, `document.querySelector('#app > *')`);
    return { ...controlHandle, close: async () => undefined };
  };

  return {
    name: 'firefox',
    extensionBase,
    requests,
    setPhase: (next) => {
      phase = next;
    },
    openPage: async (url) => {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url, { waitUntil: 'load' });
      return puppeteerHandle(page, downloadDir);
    },
    grant: async (_page, url) => {
      await goControl(optionsUrl, `document.querySelector('[data-testid=allow-site]')`);
      // Typed as a reader would, through the field's input event.
      await control.evaluate(`(() => {
        const field = document.querySelector('input[name=site]');
        field.value = ${JSON.stringify(sitePattern.replace('/*', ''))};
        field.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
      // A click that lands while the loaded machine is still laying the page out can miss the
      // button; the reader would click again, and so does the test (the list is what counts).
      const listed = `document.querySelector('[data-testid=sites]')?.textContent.includes(${JSON.stringify(sitePattern)})`;
      for (let attempt = 1; ; attempt++) {
        await clickByCoordinates(control, '[data-testid=allow-site]');
        const granted = await controlHandle.waitFor(listed, DEFAULT_WAIT_MS / GRANT_ATTEMPTS).then(() => true, () => false);
        if (granted) break;
        if (attempt === GRANT_ATTEMPTS) throw new Error(`Firefox: ${sitePattern} not listed as granted after ${GRANT_ATTEMPTS} clicks on "allow"`);
      }
      const id = await control.evaluate(
        `browser.tabs.query({ url: ${JSON.stringify(sitePattern)} }).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(url)}) || {}).id ?? null)`,
      );
      if (typeof id !== 'number') throw new Error(`the extension does not see the tab of ${url}`);
      return id;
    },
    revoke: async () => {
      await goControl(optionsUrl, `document.querySelector('[data-testid=allow-site]')`);
      await control.evaluate(`browser.permissions.remove({ origins: [${JSON.stringify(sitePattern)}] })`);
    },
    openPopup: (tabId, viewport) => openExtensionPage(POPUP_PAGE, tabId, viewport),
    openExtensionPage,
    close: () => session.close(),
  };
}

export const DRIVERS: Record<BrowserName, (localOrigin: string, options?: { locale?: string }) => Promise<BrowserDriver>> = {
  chromium: chromiumDriver,
  firefox: firefoxDriver,
};

export const resultsDir = path.resolve(distDir('chrome'), '../../test-results/e2e');
