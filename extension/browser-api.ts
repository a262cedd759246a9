/**
 * The browsers' own extension API, for the content script and the modules it
 * shares with the extension's pages (messages of the interface, settings,
 * corrections, the diagnostics' test flag): `browser` in Firefox, `chrome` in
 * Chromium, both promise-based in Manifest V3 for every call made here.
 *
 * Not webextension-polyfill: in cold Chromium traces of the seed its setup,
 * and the bundler's interop that copies each namespace of the object it
 * returns (instantiating every `chrome.*` binding on the way, `chrome.app`
 * and all), took 4-8 ms of the content script's first run, before the
 * extraction could start. The polyfill's types are used, nothing of its code.
 *
 * What differs between the two browsers is how a message listener answers
 * later: see `onMessage`.
 */
import type { Runtime, Storage } from 'webextension-polyfill';

/** A storage area (`storage.local`, `storage.sync`) as far as we use it. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChanges = Record<string, Storage.StorageChange>;

interface ApiEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** A `runtime.onMessage` listener as the browsers call it. */
type NativeMessageListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | Promise<unknown>;

/** The part of the extension API these modules use. */
export interface BrowserApi {
  runtime: {
    readonly id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ApiEvent<NativeMessageListener>;
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  storage: {
    local: StorageArea;
    sync: StorageArea;
    onChanged: ApiEvent<(changes: StorageChanges, areaName: string) => void>;
  };
}

interface ApiScope {
  browser?: BrowserApi;
  chrome?: BrowserApi;
}

/** `browser` where the browser has it (its API with `runtime.id`, as the polyfill checks), else `chrome`. */
function promiseNamespace(): BrowserApi | undefined {
  const scope = globalThis as unknown as ApiScope;
  return scope.browser?.runtime?.id ? scope.browser : undefined;
}

/**
 * The extension API of this context. Looked up at each call, not when the
 * module loads: in Node (unit tests, the CLI) these modules are imported
 * where there is no API.
 */
export function browserApi(): BrowserApi {
  const api = promiseNamespace() ?? (globalThis as unknown as ApiScope).chrome;
  if (!api?.runtime) throw new Error('no extension API here: this runs only inside the extension');
  return api;
}

/** What a message handler does with a message: answers it (a promise), or leaves it to other listeners (undefined). */
export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * The answer by which webextension-polyfill's `sendMessage` in Chromium
 * rejects (the popup's interface and the side panel ask the page through
 * it): what the polyfill's own listener sent when a handler's promise
 * rejected, kept so those callers see a failure as they did.
 */
export function rejectionReply(error: unknown): { __mozWebExtensionPolyfillReject__: true; message: string } {
  const message = error && (error instanceof Error || typeof (error as { message?: unknown }).message === 'string') ? String((error as { message: unknown }).message) : 'An unexpected error occurred';
  return { __mozWebExtensionPolyfillReject__: true, message };
}

/**
 * Listens to `runtime.onMessage` with a handler that answers with a promise.
 * Firefox (`browser`) takes the returned promise as the answer, and its
 * rejection reaches the sender as one. Chromium's `chrome` takes an answer
 * only through `sendResponse`, kept open for a later answer by returning
 * true; a rejection goes as `rejectionReply`. A message the handler leaves
 * (undefined) gets no answer from this listener.
 */
export function onMessage(handler: MessageHandler): void {
  const answersPromises = promiseNamespace() !== undefined;
  browserApi().runtime.onMessage.addListener((message, sender, sendResponse) => {
    let reply: Promise<unknown> | undefined;
    try {
      reply = handler(message, sender);
    } catch (error) {
      reply = Promise.reject(error);
    }
    if (reply === undefined) return false;
    if (answersPromises) return reply;
    reply.then(sendResponse, (error: unknown) => sendResponse(rejectionReply(error))).catch((error: unknown) => console.debug('[SourceLens] could not answer a message:', error));
    return true;
  });
}
