/**
 * Our one place in the page: a single host element with `data-sourcelens` on
 * `document.documentElement`, holding a shadow root with the styles, one
 * transparent focusable button per mark (laid over the mark, so keyboard users
 * reach every finding with Tab) and the card. Page CSS cannot reach in, ours
 * cannot leak out.
 */
import { render } from 'preact';
import { Card, type CardContent } from './card';
import { MARKER_ATTRIBUTE, shadowCss } from './styles';

/** A rectangle in document coordinates (CSS pixels from the page's top left). */
export interface PageRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FocusTarget {
  key: string;
  label: string;
  rect: PageRect;
}

export interface OpenCard {
  key: string;
  content: CardContent;
  position: { top: number; left: number; above: boolean };
}

export interface LayerState {
  targets: readonly FocusTarget[];
  card: OpenCard | null;
}

export interface LayerEvents {
  onTargetFocus(key: string): void;
  onTargetBlur(key: string): void;
}

export interface Layer {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The card's element while one is open. */
  cardElement(): HTMLElement | null;
  /** The focus target of a mark, laid over it. */
  targetElement(key: string): HTMLElement | null;
  update(state: LayerState): void;
  remove(): void;
}

/** The id of the card inside our shadow root, for `aria-describedby`. */
export const CARD_ID = 'sourcelens-card';

function LayerView({ state, events }: { state: LayerState; events: LayerEvents }) {
  return (
    <>
      {state.targets.map((target) => (
        <button
          key={target.key}
          type="button"
          class="target"
          data-key={target.key}
          aria-label={target.label}
          aria-describedby={state.card?.key === target.key ? CARD_ID : undefined}
          style={{
            top: `${target.rect.top}px`,
            left: `${target.rect.left}px`,
            width: `${target.rect.width}px`,
            height: `${target.rect.height}px`,
          }}
          onFocus={() => events.onTargetFocus(target.key)}
          onBlur={() => events.onTargetBlur(target.key)}
        />
      ))}
      {state.card && <Card id={CARD_ID} content={state.card.content} position={state.card.position} />}
    </>
  );
}

/** Makes the host and its shadow root; nothing is in the page until `update` is first called. */
export function createLayer(doc: Document, events: LayerEvents): Layer {
  const host = doc.createElement('div');
  host.setAttribute(MARKER_ATTRIBUTE, 'overlay');
  // Inline too, in case the shadow styles are refused: our box must never push the page about.
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = shadowCss();
  shadow.appendChild(style);
  const root = doc.createElement('div');
  shadow.appendChild(root);
  return {
    host,
    shadow,
    cardElement: () => shadow.getElementById(CARD_ID) as HTMLElement | null,
    targetElement: (key) =>
      Array.from(shadow.querySelectorAll<HTMLElement>('button[data-key]')).find((button) => button.dataset.key === key) ??
      null,
    update(state) {
      render(<LayerView state={state} events={events} />, root);
      if (!host.isConnected) doc.documentElement.appendChild(host);
    },
    remove() {
      // The host leaves the page first, whatever unmounting does.
      host.remove();
      render(null, root);
    },
  };
}
