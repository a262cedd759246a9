/**
 * One browser with the built extension, and the page server, for a suite:
 * started before its tests and closed after them (the hooks registered here).
 */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserName } from './browsers';
import { DRIVERS, type BrowserDriver } from './drivers';
import { SERVED_FOLDERS } from './pages';
import { startPageServer, type PageServer } from './server';

export interface BrowserSession {
  readonly server: PageServer;
  readonly driver: BrowserDriver;
}

/** Call inside a `describe`: the session's fields are there once `beforeAll` has run. */
export function browserSession(name: BrowserName, scriptPrefixes: string[] = []): BrowserSession {
  const session = {} as { server: PageServer; driver: BrowserDriver };
  beforeAll(async () => {
    session.server = await startPageServer(SERVED_FOLDERS, scriptPrefixes);
    session.driver = await DRIVERS[name](session.server.origin);
  });
  afterAll(async () => {
    await session.driver?.close();
    await session.server?.close();
  });
  return session;
}
