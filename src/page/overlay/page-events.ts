/**
 * The page's events a showing listens to, all removed at once when it ends:
 * pointer moves (hover cards), keys (stepping, Escape), and whatever moves
 * the text (resize, scrolling boxes, late images and fonts), which re-measure
 * the marks; scrolling the window only paints the marks that come near.
 */
import type { OverlayContext, Shown } from './context';
import { throttle, POINTER_THROTTLE_MS, type Pointer } from './pointer';

export interface PageEventHandlers {
  pointer: Pointer;
  onKeyDown(event: KeyboardEvent): void;
  relayout(state: Shown): void;
  paintNearViewport(state: Shown): void;
}

export function listenToPage(context: OverlayContext, state: Shown, handlers: PageEventHandlers): void {
  const { doc, win, guarded } = context;
  const { signal } = state.listeners;
  const checkPointer = throttle(win, POINTER_THROTTLE_MS, signal, guarded(undefined, handlers.pointer.onMove));
  const pointerMove = guarded(undefined, (event: MouseEvent) => checkPointer(handlers.pointer.pointerAt(event)));
  const relayoutSoon = throttle(win, POINTER_THROTTLE_MS, signal, guarded(undefined, () => handlers.relayout(state)));
  doc.addEventListener('mousemove', pointerMove, { passive: true, signal });
  doc.addEventListener('keydown', guarded(undefined, handlers.onKeyDown), { signal });
  win.addEventListener('resize', relayoutSoon, { passive: true, signal });
  // Scrolling the window moves nothing in page coordinates, only what is near the viewport (painted
  // once per frame at most); scrolling a box inside the page moves its marks.
  let paintFrame: number | null = null;
  const paintSoon = () => {
    if (paintFrame !== null) return;
    paintFrame = win.requestAnimationFrame(
      guarded(undefined, () => {
        paintFrame = null;
        if (context.shown() === state) handlers.paintNearViewport(state);
      }),
    );
  };
  signal.addEventListener('abort', () => paintFrame !== null && win.cancelAnimationFrame(paintFrame), { once: true });
  const onScroll = (event: Event) => (event.target === doc ? paintSoon() : relayoutSoon());
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  // Late images, fonts and ads move the text: keep the focus targets over their marks.
  if (typeof win.ResizeObserver === 'function' && doc.body) {
    // Its first report only says the body is there: the marks were measured just now.
    let first = true;
    const observer = new win.ResizeObserver(() => (first ? (first = false) : relayoutSoon()));
    observer.observe(doc.body);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
}
