/**
 * The content script's link to the background script's analysis, without a
 * browser: each message and each reply goes through JSON, as Chrome's
 * messaging does, and is logged for the tests to count and measure.
 */
import { expect } from 'vitest';
import { answerTransfer } from '../../extension/background/analysis';
import { isTransferMessage, type TransferMessage } from '../../extension/messages';
import type { SendMessage } from '../../extension/content/analysis-transfer';

export interface LoggedMessage {
  message: TransferMessage;
  reply: unknown;
}

/** A `send` to the background from tab `tabId`, and the log of what went each way. */
export function backgroundLink(tabId: number): { send: SendMessage; log: LoggedMessage[] } {
  const log: LoggedMessage[] = [];
  const send: SendMessage = async (message) => {
    const sent: unknown = JSON.parse(JSON.stringify(message));
    expect(isTransferMessage(sent)).toBe(true);
    // A reply comes in a later task in a browser: other tabs' messages may come in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reply: unknown = JSON.parse(JSON.stringify(answerTransfer(tabId, sent as TransferMessage)));
    log.push({ message: sent as TransferMessage, reply });
    return reply;
  };
  return { send, log };
}
