/**
 * Our one place in the page: a single host element with `data-sourcelens` on
 * `document.documentElement`, holding a shadow root with the styles, one
 * transparent focusable button per mark (laid over the mark, so keyboard users
 * reach every finding with Tab) and the card. Page CSS cannot reach in, ours
 * cannot leak out.
 *
 * A long article has tens of thousands of marks, so the focus targets are
 * plain buttons kept by key: they are added in batches, moved one at a time,
 * and opening a card touches only the card and the one or two targets it
 * concerns. Only the card is rendered with Preact.
 */
import { createOwnHost } from '../own-host';
import { render } from 'preact';
import { Card, type CardContent, type CardCorrection } from './card';
import type { CardTranslate } from './words';
import { shadowCss } from './styles';

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
  pinned: boolean;
  onClose(): void;
  onTogglePin(): void;
  translate?: CardTranslate;
  correction?: CardCorrection;
}

export interface LayerEvents {
  onTargetFocus(key: string): void;
  /** Focus left a mark's target, for `focusTo` (null: out of the page). */
  onTargetBlur(key: string, focusTo: EventTarget | null): void;
}

export interface Layer {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The card's element while one is open. */
  cardElement(): HTMLElement | null;
  /** The focus target of a mark, laid over it. */
  targetElement(key: string): HTMLElement | null;
  /** Appends focus targets after those already there: call in text order, so that Tab follows the article. */
  addTargets(targets: readonly FocusTarget[]): void;
  /** Lays a mark's focus target over its new place. */
  placeTarget(key: string, rect: PageRect): void;
  /** Shows `card` (or none), and points its mark's target at it for screen readers. */
  setCard(card: OpenCard | null): void;
  /** Says `text` politely to screen readers (a live region, not shown). */
  announce(text: string): void;
  remove(): void;
}

/** The id of the card inside our shadow root, for `aria-describedby`. */
export const CARD_ID = 'sourcelens-card';

/** The attribute holding a focus target's mark key (`data-key`). */
const KEY_ATTRIBUTE = 'data-key';

/**
 * Focus targets per group element (class `targets`, laid out on its own):
 * without groups, the browser lays out every target again each time some are
 * added, and adding them frame by frame costs the square of their number.
 */
export const TARGETS_PER_GROUP = 256;

function setRect(button: HTMLElement, rect: PageRect): void {
  const { style } = button;
  style.top = `${rect.top}px`;
  style.left = `${rect.left}px`;
  style.width = `${rect.width}px`;
  style.height = `${rect.height}px`;
}

/** Makes the host and its shadow root; nothing is in the page until targets or a card are first added. */
export function createLayer(doc: Document, events: LayerEvents): Layer {
  const { host, shadow } = createOwnHost(doc, 'overlay', 'position: absolute; top: 0; left: 0; width: 0; height: 0;', shadowCss());
  // Targets first, card after: the card follows every target in Tab order, as it always has.
  const targetsRoot = doc.createElement('div');
  const cardRoot = doc.createElement('div');
  const status = doc.createElement('p');
  status.setAttribute('class', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  shadow.append(targetsRoot, cardRoot, status);
  const targets = new Map<string, HTMLElement>();
  let describedKey: string | null = null;
  let group: HTMLElement | null = null;
  let inGroup = 0;

  // One listener for all targets rather than two per target. focusin/focusout bubble, focus/blur do not.
  const keyOf = (event: Event) => (event.target as HTMLElement | null)?.getAttribute?.(KEY_ATTRIBUTE) ?? null;
  targetsRoot.addEventListener('focusin', (event) => {
    const key = keyOf(event);
    if (key !== null) events.onTargetFocus(key);
  });
  targetsRoot.addEventListener('focusout', (event) => {
    const key = keyOf(event);
    if (key !== null) events.onTargetBlur(key, (event as FocusEvent).relatedTarget);
  });

  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };

  return {
    host,
    shadow,
    cardElement: () => shadow.getElementById(CARD_ID) as HTMLElement | null,
    targetElement: (key) => targets.get(key) ?? null,
    addTargets(added) {
      for (const target of added) {
        if (!group || inGroup === TARGETS_PER_GROUP) {
          group = doc.createElement('div');
          group.setAttribute('class', 'targets');
          targetsRoot.appendChild(group);
          inGroup = 0;
        }
        const button = doc.createElement('button');
        button.setAttribute('type', 'button');
        button.setAttribute('class', 'target');
        button.setAttribute(KEY_ATTRIBUTE, target.key);
        // An attribute, never markup: the label holds page text.
        button.setAttribute('aria-label', target.label);
        setRect(button, target.rect);
        targets.set(target.key, button);
        group.appendChild(button);
        inGroup++;
      }
      attach();
    },
    placeTarget(key, rect) {
      const button = targets.get(key);
      if (button) setRect(button, rect);
    },
    setCard(card) {
      const nextKey = card?.key ?? null;
      if (describedKey !== nextKey) {
        if (describedKey !== null) targets.get(describedKey)?.removeAttribute('aria-describedby');
        if (nextKey !== null) targets.get(nextKey)?.setAttribute('aria-describedby', CARD_ID);
        describedKey = nextKey;
      }
      render(
        card ? (
          <Card
            id={CARD_ID}
            content={card.content}
            position={card.position}
            pinned={card.pinned}
            onClose={card.onClose}
            onTogglePin={card.onTogglePin}
            translate={card.translate}
            correction={card.correction}
          />
        ) : null,
        cardRoot,
      );
      attach();
    },
    announce(text) {
      status.textContent = text;
      attach();
    },
    remove() {
      // The host leaves the page first, whatever unmounting does.
      host.remove();
      render(null, cardRoot);
      targets.clear();
    },
  };
}
