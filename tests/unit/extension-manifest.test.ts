import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import manifestFor, { FIREFOX_MIN_VERSION, GECKO_ID, PANEL_PAGE } from '../../manifest.config';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: Record<string, unknown>;
  browser_specific_settings?: { gecko: { id: string; strict_min_version?: string } };
};

async function manifest(mode: string): Promise<Manifest> {
  const make = manifestFor as unknown as (env: { mode: string; command: string }) => Manifest | Promise<Manifest>;
  return make({ mode, command: 'build' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the manifest', () => {
  it.each([
    ['chrome', ['activeTab', 'scripting', 'sidePanel', 'storage']],
    ['firefox', ['activeTab', 'scripting', 'storage']],
  ])('asks %s for exactly %j (Chrome adds its side panel), and no host by default', async (mode, permissions) => {
    const m = await manifest(mode);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(permissions);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_scripts).toBeUndefined();
  });

  it('gives both browsers the one panel page: Chrome as its side panel, Firefox as its sidebar', async () => {
    const chrome = await manifest('chrome');
    const firefox = await manifest('firefox');
    expect(chrome.side_panel).toEqual({ default_path: PANEL_PAGE });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(firefox.sidebar_action).toMatchObject({ default_panel: PANEL_PAGE, open_at_install: false });
    expect(firefox.side_panel).toBeUndefined();
    expect(statSync(path.join(repoRoot, PANEL_PAGE)).isFile()).toBe(true);
  });

  it('gives Chrome a service worker and Firefox background scripts with its gecko id', async () => {
    const chrome = await manifest('chrome');
    const firefox = await manifest('firefox');
    expect(chrome.background).toMatchObject({ service_worker: expect.any(String), type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toMatchObject({ scripts: [expect.any(String)], type: 'module' });
    expect(firefox.background).not.toHaveProperty('service_worker');
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({ id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION });
  });

  it('names every __MSG_ string it uses in _locales/en', async () => {
    const keys = [...JSON.stringify(await manifest('firefox')).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(messages[key]?.message, key).toBeTruthy();
  });

  it('has every UI string the extension asks for with t() in _locales/en', () => {
    const sources = filesUnder(path.join(repoRoot, 'extension')).filter((f) => /\.tsx?$/.test(f));
    const keys = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(messages[key]?.message, key).toBeTruthy();
  });
});
