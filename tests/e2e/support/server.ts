/**
 * A local page server on 127.0.0.1 for the real-browser runs: the bundled
 * samples, and AEB pages decompressed from `../shared/corpus` on the fly
 * (never copied into the repository).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  origin: string;
  /** Every path a browser asked for, in order (the no-network check reads it). */
  requests: string[];
  close(): Promise<void>;
}

/** URL prefixes and the folders they serve. `.html.gz` files are served as `.html`. */
export interface ServedFolders {
  [prefix: string]: string;
}

function resolveFile(folders: ServedFolders, urlPath: string): string | null {
  for (const [prefix, folder] of Object.entries(folders)) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = decodeURIComponent(urlPath.slice(prefix.length));
    const file = path.resolve(folder, relative);
    // No escaping the served folder.
    if (!file.startsWith(path.resolve(folder) + path.sep)) return null;
    if (existsSync(file)) return file;
    if (file.endsWith('.html') && existsSync(`${file}.gz`)) return `${file}.gz`;
  }
  return null;
}

/**
 * Served with every page: the pages are captures whose own scripts would only
 * reach for the network and change the DOM on timers (anti-flicker snippets),
 * which would blur what the suite measures. Extension scripts are exempt from
 * a page's CSP, so ours still run.
 */
export const PAGE_SCRIPTS_OFF = "script-src 'none'";
/** For our own fixtures of script-driven sites (listed by URL prefix): their own script files run, nothing else. */
export const PAGE_SCRIPTS_OWN = "script-src 'self'";

/**
 * `policyFor`, when given and it answers, chooses a page's policy by its URL
 * path instead (the hostile-page suite: a strict policy, and a page whose
 * inline handlers would run if any text of it were ever parsed as HTML).
 */
export async function startPageServer(
  folders: ServedFolders,
  ownScriptsUnder: readonly string[] = [],
  policyFor: (urlPath: string) => string | undefined = () => undefined,
): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(urlPath);
    const file = resolveFile(folders, urlPath);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
    // Pages captured without their charset header: the AEB pages are UTF-8.
    const type = /\.html?(\.gz)?$/.test(file)
      ? 'text/html; charset=utf-8'
      : file.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'application/octet-stream';
    const scripts =
      policyFor(urlPath) ?? (ownScriptsUnder.some((prefix) => urlPath.startsWith(prefix)) ? PAGE_SCRIPTS_OWN : PAGE_SCRIPTS_OFF);
    response
      .writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': scripts })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
