/**
 * Our hosts' shadow roots are closed (`host.shadowRoot` is null, for the page
 * and for tests alike). A test reads inside them the way the platform allows
 * anyone who watches `attachShadow`: by keeping each root as it is returned.
 * Nothing in the product hands a root out.
 */
import { vi } from 'vitest';

const roots = new WeakMap<Element, ShadowRoot>();

/** From now until `vi.restoreAllMocks()`, keeps every shadow root attached in `win`, closed ones included. */
export function catchShadowRoots(win: Window): void {
  const prototype = (win as unknown as typeof globalThis).Element.prototype;
  // Already watched (a test that sets up twice): one spy is enough.
  if (vi.isMockFunction(prototype.attachShadow)) return;
  const attach = prototype.attachShadow;
  vi.spyOn(prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
}

/** The shadow root attached to `host` since `catchShadowRoots`. */
export function shadowOf(host: Element): ShadowRoot {
  const root = roots.get(host);
  if (!root) throw new Error(`no shadow root caught for <${host.tagName.toLowerCase()} ${host.getAttributeNames().join(' ')}>`);
  return root;
}
