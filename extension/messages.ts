/**
 * Every message the extension's parts exchange, in one place. Each has a
 * `type` tag; helpers below narrow unknown input so a stray message from
 * elsewhere is ignored rather than trusted.
 */
import type { Report } from '../src/core/types';
import type { MarkCounts } from '../src/page/overlay';

export type { MarkCounts };

/** What the content script knows about its page. */
export type PageState =
  /** `marks`: findings of each kind marked on the page now (all 0 while the overlay is off). */
  | { status: 'ready'; report: Report; marks: MarkCounts; overlayVisible: boolean; /** When the Report was made (ISO 8601). */ analysedAt: string }
  | { status: 'no-article' }
  | { status: 'error'; message: string };

/** Popup → content script (through `tabs.sendMessage`). */
export type ContentRequest =
  | { type: 'sourcelens/get-state' }
  | { type: 'sourcelens/set-overlay'; visible: boolean }
  | { type: 'sourcelens/focus-finding'; id: string };

/** Content script → popup replies. */
export interface FocusReply {
  found: boolean;
}

/** Content script → background (through `runtime.sendMessage`). */
export type BackgroundMessage =
  | { type: 'sourcelens/analysed'; anonymous: number; attributions: number }
  | { type: 'sourcelens/no-article' }
  | { type: 'sourcelens/failed' };

const CONTENT_REQUEST_TYPES = new Set<string>([
  'sourcelens/get-state',
  'sourcelens/set-overlay',
  'sourcelens/focus-finding',
]);
const BACKGROUND_MESSAGE_TYPES = new Set<string>([
  'sourcelens/analysed',
  'sourcelens/no-article',
  'sourcelens/failed',
]);

function hasType(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!hasType(message) || !CONTENT_REQUEST_TYPES.has(message.type)) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'sourcelens/set-overlay') return typeof m.visible === 'boolean';
  if (m.type === 'sourcelens/focus-finding') return typeof m.id === 'string';
  return true;
}

export function isBackgroundMessage(message: unknown): message is BackgroundMessage {
  if (!hasType(message) || !BACKGROUND_MESSAGE_TYPES.has(message.type)) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'sourcelens/analysed') return typeof m.anonymous === 'number' && typeof m.attributions === 'number';
  return true;
}
