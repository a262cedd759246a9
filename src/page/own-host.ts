/**
 * The hosts of our own UI in a page (the overlay's layer, the practice box):
 * an element marked as ours, styled inline so that it never pushes the page
 * about even where shadow styles are refused, with a closed shadow root that
 * holds our style sheet. Closed: the page's scripts get null from
 * `host.shadowRoot`, so they can neither read our cards nor rewrite them; only
 * the caller holds the root. The host joins the page when its owner adds it.
 */
import { MARKER_ATTRIBUTE } from './overlay/styles';

export function createOwnHost(doc: Document, name: string, hostStyle: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(MARKER_ATTRIBUTE, name);
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
  return { host, shadow };
}
