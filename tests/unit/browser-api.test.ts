import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserApi, onMessage, rejectionReply, type BrowserApi } from '../../extension/browser-api';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => unknown;

/** A stand-in for one browser's namespace: keeps the listeners added, so a test can call them as the browser would. */
function fakeApi(id = 'our-extension') {
  const listeners: Listener[] = [];
  const api = {
    runtime: { id, sendMessage: vi.fn(), onMessage: { addListener: (listener: Listener) => listeners.push(listener), removeListener: vi.fn() } },
    i18n: { getMessage: vi.fn() },
    storage: {},
  };
  return { api: api as unknown as BrowserApi, listeners };
}

const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };

afterEach(() => {
  delete scope.browser;
  delete scope.chrome;
});

/** Calls the listener as the browser does; resolves with what it returned and what it sent through sendResponse (if anything, within a few ticks). */
async function deliver(listener: Listener, message: unknown) {
  const sent: unknown[] = [];
  const returned = listener(message, { id: 'our-extension' }, (reply) => sent.push(reply));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { returned, sent };
}

describe('browserApi', () => {
  it('is Firefox’s `browser` where it has an API, else Chromium’s `chrome`', () => {
    const chrome = fakeApi();
    scope.chrome = chrome.api;
    expect(browserApi()).toBe(chrome.api);
    // A `browser` without an extension API (say, an element with that id on a page) is not taken.
    scope.browser = {};
    expect(browserApi()).toBe(chrome.api);
    const firefox = fakeApi();
    scope.browser = firefox.api;
    expect(browserApi()).toBe(firefox.api);
  });

  it('says so where there is no extension API (Node)', () => {
    expect(() => browserApi()).toThrow(/no extension API/);
  });
});

describe('onMessage', () => {
  it('in Chromium, answers through sendResponse and keeps the channel open by returning true', async () => {
    const chrome = fakeApi();
    scope.chrome = chrome.api;
    onMessage((message) => (message === 'ask' ? Promise.resolve({ answer: 42 }) : undefined));
    const [listener] = chrome.listeners;
    expect(await deliver(listener, 'ask')).toEqual({ returned: true, sent: [{ answer: 42 }] });
    // Left to other listeners: no answer, and the channel is not held open.
    expect(await deliver(listener, 'other')).toEqual({ returned: false, sent: [] });
  });

  it('in Chromium, sends a failure in the form the polyfill’s sendMessage rejects with', async () => {
    const chrome = fakeApi();
    scope.chrome = chrome.api;
    onMessage((message) => {
      if (message === 'throw') throw new Error('thrown at once');
      return Promise.reject(new Error('failed later'));
    });
    const [listener] = chrome.listeners;
    expect(await deliver(listener, 'reject')).toEqual({ returned: true, sent: [{ __mozWebExtensionPolyfillReject__: true, message: 'failed later' }] });
    expect(await deliver(listener, 'throw')).toEqual({ returned: true, sent: [{ __mozWebExtensionPolyfillReject__: true, message: 'thrown at once' }] });
  });

  it('in Firefox, returns the promise itself (its rejection reaches the sender as one)', async () => {
    const firefox = fakeApi();
    scope.browser = firefox.api;
    scope.chrome = fakeApi().api;
    const failure = new Error('no');
    onMessage((message) => (message === 'ask' ? Promise.resolve('yes') : message === 'fail' ? Promise.reject(failure) : undefined));
    const [listener] = firefox.listeners;
    const asked = await deliver(listener, 'ask');
    expect(asked.sent).toEqual([]);
    await expect(asked.returned).resolves.toBe('yes');
    // Called as the browser calls it (the browser handles the returned promise at once).
    await expect(listener('fail', { id: 'our-extension' }, () => undefined)).rejects.toBe(failure);
    expect((await deliver(listener, 'other')).returned).toBe(false);
  });
});

describe('rejectionReply', () => {
  it('carries an error’s message, or the polyfill’s words for anything else', () => {
    expect(rejectionReply(new TypeError('bad'))).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'bad' });
    expect(rejectionReply({ message: 'like an error' })).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'like an error' });
    expect(rejectionReply('text')).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'An unexpected error occurred' });
    expect(rejectionReply(undefined)).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'An unexpected error occurred' });
  });
});
