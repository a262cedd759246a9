/**
 * Who may talk to the background script: only this extension's own content
 * script, in the top frame of a tab (where the popup and the auto-run
 * registration inject it; never into subframes). Browsers already keep other
 * extensions' messages to `onMessageExternal`, which we do not listen to;
 * checking the sender's id and frame as well means a message from anywhere
 * else (another extension's page, a frame we never entered) is ignored, not
 * trusted. Free of extension APIs: the caller passes our own id.
 */

/** The fields of `runtime.MessageSender` the check reads. */
export interface MessageSender {
  id?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** The tab of a message from our own content script in a tab's top frame, or null for any other sender. */
export function contentScriptTab(sender: MessageSender, ownId: string): number | null {
  if (sender.id !== ownId || sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  return Number.isSafeInteger(tabId) && (tabId as number) >= 0 ? (tabId as number) : null;
}
