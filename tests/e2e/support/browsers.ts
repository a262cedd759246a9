/**
 * Finding and launching the real browsers with the built extension loaded.
 * Shared by the e2e suite, `npm start` and the icon script (one launcher).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const INSTALL_HINT = 'apt-get install -y chromium firefox-esr';

/** Debian's packages first; `CHROMIUM_PATH` / `FIREFOX_PATH` override. */
const EXECUTABLE_CANDIDATES: Record<BrowserName, string[]> = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const EXECUTABLE_OVERRIDES: Record<BrowserName, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

export function findBrowser(name: BrowserName): string | null {
  const override = process.env[EXECUTABLE_OVERRIDES[name]];
  if (override) return existsSync(override) ? override : null;
  return EXECUTABLE_CANDIDATES[name].find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Chromium flags. The networking ones keep the browser itself from calling
 * home (this machine's network is closed, and the suite checks that no
 * request leaves it).
 */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Lets the suite press the toolbar button through CDP (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  ];
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(
  extensionDir: string,
  options: { headless: boolean; viewport?: { width: number; height: number }; /** The browser's interface language ("uk"), which extensions' i18n follows. */ locale?: string },
): Promise<ChromiumSession> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_HINT}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    // Headless is chosen through --headless=new: the old headless mode has no extensions.
    headless: false,
    args: [...chromiumArgs(extensionDir, options.headless), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    viewport: options.viewport ?? { width: 1200, height: 900 },
    // On Linux Chromium takes its interface language from LANGUAGE as well.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

/** Fixed so tests can open `moz-extension://<uuid>/…` pages (Firefox otherwise picks one at random). */
export const FIREFOX_EXTENSION_UUID = '5f1c0a2e-9d7b-4c4e-8a61-0c2b5e7d9a31';

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  extensionBase: string;
  /** Where the browser saves downloads, without asking (a fresh folder per session). */
  downloadDir: string;
  close(): Promise<void>;
}

/** The discard port: nothing listens there. */
const DEAD_PORT = 9;

/**
 * Firefox prefs: a fixed extension UUID, optional permissions granted without
 * the prompt a test cannot click (the grant itself still goes through
 * `permissions.request`), and no calling home.
 */
function firefoxPrefs(geckoId: string, downloadDir: string): Record<string, unknown> {
  return {
    // Downloads go straight to our folder, no dialog and no downloads panel, so a test can read them.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    // Lets a test read the clipboard with navigator.clipboard.readText without the paste prompt nobody can click.
    'dom.events.testing.asyncClipboard': true,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.search.update': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage': 'about:blank',
    // The network here is closed: send anything not local to a dead proxy so it fails at once.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': DEAD_PORT,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': DEAD_PORT,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export async function launchFirefox(
  extensionDir: string,
  geckoId: string,
  options: { /** The interface language asked for (`intl.locale.requested`, e.g. "uk"). */ locale?: string } = {},
): Promise<FirefoxSession> {
  const executablePath = findBrowser('firefox');
  if (!executablePath) throw new Error(`Firefox not found: ${INSTALL_HINT}`);
  const puppeteer = await import('puppeteer-core');
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'sourcelens-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // WebDriver BiDi refuses to open moz-extension:// pages without it; the
    // suite opens the popup and options pages in tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...firefoxPrefs(geckoId, downloadDir), ...(options.locale ? { 'intl.locale.requested': options.locale } : {}) },
    defaultViewport: { width: 1200, height: 900 },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    downloadDir,
    close: async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
